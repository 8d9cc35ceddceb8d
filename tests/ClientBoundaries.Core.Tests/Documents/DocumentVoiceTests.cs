using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Documents;

/// <summary>
/// One voice per language in every document a person reads (the one-pager, the status report, the words of the SVG
/// timeline), over the foot-dragging story at the moments that exercise them: no ISO date, no zone id where the place has
/// a name, no amount in another format than the language's, and no stage key where the stage has a title. The machine
/// formats (iCalendar, Mermaid) keep theirs and are not read here.
/// </summary>
public class DocumentVoiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);
    private static readonly Regex IsoDate = new(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, Patience);
    private static readonly Regex Amount = new(@"(?<number>\d[\d.,]*) (?<currency>(?!UTC)[A-Z]{3})\b", RegexOptions.CultureInvariant, Patience);
    private static readonly string[] NamedZones = { "Europe/Madrid", "Asia/Jakarta", "America/New_York" };
    private static readonly string[] StageKeys = { "discovery", "content", "design", "feedback", "build" };

    // Before the plan, signed and waiting, content late, on hold, back at work, near the end.
    private static readonly string[] Days = { "2026-03-02", "2026-03-24", "2026-04-15", "2026-05-12", "2026-06-01" };

    [Theory]
    [InlineData("English", @"^\d{1,3}(,\d{3})*\.\d{2}$")]
    [InlineData("Spanish", @"^\d{1,3}(\.\d{3})*,\d{2}$")]
    [InlineData("Indonesian", @"^\d{1,3}(\.\d{3})*,\d{2}$")]
    [InlineData("Malay", @"^\d{1,3}(,\d{3})*\.\d{2}$")]
    public void Every_document_speaks_with_the_languages_one_voice(string name, string moneyFormat)
    {
        var language = Language.FromName(name);
        var money = new Regex(moneyFormat, RegexOptions.CultureInvariant, Patience);
        var amounts = 0;

        foreach (var (what, text) in Documents(language))
        {
            IsoDate.IsMatch(text).Should().BeFalse($"the {what} in {name} writes dates as the language does, not {IsoDate.Match(text).Value}");
            NamedZones.Should().NotContain(zone => text.Contains(zone, StringComparison.Ordinal), $"the {what} in {name} names a zone by its place");
            foreach (var key in StageKeys)
            {
                new[] { $"'{key}'", $"\"{key}\"", $"«{key}»", $"({key})" }.Should().NotContain(
                    quoted => text.Contains(quoted, StringComparison.Ordinal), $"the {what} in {name} names the stage by its title, not its key");
            }

            foreach (Match amount in Amount.Matches(text))
            {
                amounts++;
                money.IsMatch(amount.Groups["number"].Value).Should().BeTrue($"the {what} in {name} writes {amount.Value} as {name} writes money");
            }
        }

        amounts.Should().BeGreaterThan(30, "the documents state prices, payments, fees and credits");
    }

    private static IEnumerable<(string What, string Text)> Documents(Language language)
    {
        var agreement = Stories.HowWeWorkTogether().Build();
        yield return ("one-pager before the plan", OnePager.Write(agreement, null, language, DocumentFormat.Markdown));
        foreach (var day in Days)
        {
            var state = Stories.FootDragging(D(day)).State;
            var at = Madrid(day + "T12:00");
            var assessment = Assessor.Assess(state, at);
            yield return ($"one-pager of {day}", OnePager.Write(state, language, DocumentFormat.Markdown));
            yield return ($"status report of {day}", StatusReport.Write(state, assessment, language, DocumentFormat.Markdown));
            yield return ($"plain status report of {day}", StatusReport.Write(state, assessment, language, DocumentFormat.PlainText));
            if (state.Plan is not null)
            {
                // The words a person reads in the picture: its texts and titles, not its coordinates.
                var svg = XDocument.Parse(Timeline.ToSvg(state, at, language));
                yield return ($"timeline of {day}", string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName is "text" or "title").Select(e => e.Value)));
            }
        }
    }
}
