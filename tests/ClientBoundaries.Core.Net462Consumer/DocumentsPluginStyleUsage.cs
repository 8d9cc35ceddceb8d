using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Engagements;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a CRM plugin does with the documents: attach the one-pager in the contact's language to the
    /// proposal, the status report to a weekly email, and the dates to the client as an .ics file.
    /// C# 7.3; compiled, never run.
    /// </summary>
    public sealed class DocumentsPluginStyleUsage
    {
        /// <summary>The one-pager in the language stored on the contact record ("Spanish", "Malay" ...).</summary>
        public string OnePagerFor(Agreement agreement, string contactLanguage)
        {
            Language language;
            if (!Language.TryFromName(contactLanguage, true, out language))
            {
                language = Language.English;
            }

            return OnePager.Write(agreement, null, language, DocumentFormat.Markdown);
        }

        /// <summary>The weekly status email, and the calendar file and timeline attached to it.</summary>
        public string[] WeeklyEmail(EngagementState state, DateTime nowUtc)
        {
            var now = Instant.FromDateTimeUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
            var report = StatusReport.Write(state, Assessor.Assess(state, now), Language.Indonesian, DocumentFormat.PlainText);
            var calendar = CalendarExport.ToICalendar(state, Language.Indonesian, now);
            var timeline = Timeline.ToSvg(state, now, Language.Indonesian);
            return new[] { report, calendar, timeline };
        }
    }
}
