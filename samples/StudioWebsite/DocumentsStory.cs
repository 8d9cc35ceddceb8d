using System;
using System.IO;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using Spectre.Console;

namespace StudioWebsite;

/// <summary>
/// The documents of the engagement: the status report printed here in Spanish, for the bakery's
/// Spanish-speaking owner, and the one-pager, the timeline, the Mermaid chart and the calendar of dates written to files.
/// </summary>
internal static class DocumentsStory
{
    public static void Tell(EngagementRecord record)
    {
        var state = record.State;
        var now = EngagementStory.Studio("2026-07-22T12:00");
        var report = StatusReport.Write(state, Assessor.Assess(state, now), Language.Spanish, DocumentFormat.PlainText);
        foreach (var line in report.Split('\n'))
        {
            AnsiConsole.WriteLine("  " + line);
        }

        var folder = Path.Combine(Path.GetTempPath(), "clientboundaries-studio-website");
        Directory.CreateDirectory(folder);
        Write(folder, "one-pager.en.md", OnePager.Write(state.Agreement!, state.Plan, Language.English, DocumentFormat.Markdown));
        Write(folder, "one-pager.ms.md", OnePager.Write(state.Agreement!, state.Plan, Language.Malay, DocumentFormat.Markdown));
        Write(folder, "timeline.mmd", Timeline.ToMermaid(state, now, Language.English));
        Write(folder, "timeline.svg", Timeline.ToSvg(state, now, Language.English));
        Write(folder, "dates.ics", CalendarExport.ToICalendar(state, Language.English, now));
    }

    private static void Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        AnsiConsole.WriteLine($"  Wrote {path} ({text.Split('\n').Length - 1} lines).");
    }
}
