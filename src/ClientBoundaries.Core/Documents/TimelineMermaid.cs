using System.Globalization;
using System.Linq;
using System.Text;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// Draws <see cref="TimelineBars"/> as a Mermaid <c>gantt</c> chart. Mermaid has no colour per task,
/// only per tag, so the tags stand for the parties: <c>done</c> for an engagement's original plan
/// (grey), <c>active</c> for the provider's bars (blue), <c>crit</c> for the client's (orange), no tag
/// for the dates stages have now, pauses and days off (light grey, each in a section that names it);
/// an <c>%%{init}%%</c> directive sets those colours on the <c>base</c> theme.
/// </summary>
/// <remarks>
/// The chart sets <c>inclusiveEndDates</c>, so a task from 2026-03-02 to 2026-03-03 covers both days and a
/// bar is written with its own first and last days, as the plan and the SVG give them. (Mermaid's default,
/// exclusive end dates, would need the day after the last one, which does not exist for a bar that ends
/// on 9999-12-31.) Mermaid's own "today" marker is turned off: it would follow the reader's clock, and an
/// engagement's "today" is the moment it was drawn as of.
/// </remarks>
internal static class TimelineMermaid
{
    /// <summary>The colours of the chart: the same as the SVG's.</summary>
    private const string Init =
        "%%{init: {\"theme\": \"base\", \"themeVariables\": {"
        + "\"doneTaskBkgColor\": \"" + TimelineSvg.PlanFill + "\", \"doneTaskBorderColor\": \"" + TimelineSvg.PlanStroke + "\", "
        + "\"activeTaskBkgColor\": \"" + TimelineSvg.ProviderFill + "\", \"activeTaskBorderColor\": \"" + TimelineSvg.ProviderStroke + "\", "
        + "\"critBkgColor\": \"" + TimelineSvg.ClientFill + "\", \"critBorderColor\": \"" + TimelineSvg.ClientStroke + "\", "
        + "\"taskBkgColor\": \"" + TimelineSvg.PauseFill + "\", \"taskBorderColor\": \"" + TimelineSvg.PauseStroke + "\", "
        + "\"taskTextColor\": \"#000000\", \"taskTextDarkColor\": \"#000000\", \"taskTextOutsideColor\": \"#000000\"}}}%%";

    private const string Indent = "    ";

    // The parties' sections, provider first, as in the legend of the SVG.
    private static readonly PartyRole[] Holders = { PartyRole.Provider, PartyRole.Client };

    public static string Draw(TimelineBars bars)
    {
        var words = bars.Words;
        var chart = new StringBuilder();
        Line(chart, Init);
        Line(chart, "gantt");
        Line(chart, Indent + "title " + Text(bars.Title, keepColons: true));
        Line(chart, Indent + "dateFormat YYYY-MM-DD");
        Line(chart, Indent + "inclusiveEndDates");
        Line(chart, Indent + "axisFormat %Y-%m-%d");
        Line(chart, Indent + "todayMarker off");
        Line(chart, Indent + "%% End dates are inclusive: each bar runs from its first day through its last day.");
        if (bars.IsEngagement)
        {
            Line(chart, Indent + "%% Original plan (done, grey): the dates each stage had in the original plan.");
            Line(chart, Indent + "%% Actual, in a section per party: the provider held the ball (active, blue), the client held it (crit, orange);");
            Line(chart, Indent + "%% each stretch from the stage's first business day, as the status report dates it.");
            Line(chart, Indent + "%% Current plan (no tag): the start and due date of each stage not done yet, as the status report gives them.");
            Line(chart, Indent + "%% On hold (no tag): the engagement was paused. Days off (no tag): each party's holidays and closures.");
            Line(chart, Indent + "%% Today (milestone): the moment the chart was drawn as of.");
        }
        else
        {
            Line(chart, Indent + "%% Plan, in a section per party: the provider's stages (active, blue), the client's (crit, orange).");
            Line(chart, Indent + "%% Days off (no tag): each party's holidays and closures.");
        }

        // Every stage's task starts with its number, as in the one-pager ("1. Discovery call"): a name
        // that starts with a keyword (title, section, click, excludes ...) or whose second character is
        // "%" (a comment) would otherwise be read as that, and its bar would vanish.
        var labels = bars.Rows.Select((row, i) => words.Say(TextKey.StageHeading, (i + 1).ToString(CultureInfo.InvariantCulture), Text(row.Name) is { Length: > 0 } name ? name : Text(row.Key.Value))).ToList();
        if (bars.IsEngagement)
        {
            Line(chart, Indent + "section " + Text(words[TextKey.TimelineBaseline]));
            for (var i = 0; i < bars.Rows.Count; i++)
            {
                Task(chart, labels[i], "done", bars.Rows[i].Plan);
            }
        }

        foreach (var holder in Holders)
        {
            var held = Enumerable.Range(0, bars.Rows.Count)
                .SelectMany(i => (bars.IsEngagement ? bars.Rows[i].Actuals : new[] { bars.Rows[i].Plan }).Where(a => a.Party == holder).Select(a => (Label: labels[i], Bar: a)))
                .ToList();
            if (held.Count == 0)
            {
                continue;
            }

            Line(chart, Indent + "section " + Text(words.Say(TextKey.TimelineHoldsBall, bars.NameOf(holder))));
            foreach (var (label, bar) in held)
            {
                Task(chart, label, holder == PartyRole.Provider ? "active" : "crit", bar);
            }
        }

        if (bars.HasExpected)
        {
            Line(chart, Indent + "section " + Text(words[TextKey.TimelineCurrentPlan]));
            for (var i = 0; i < bars.Rows.Count; i++)
            {
                if (bars.Rows[i].Expected is { } expected)
                {
                    Task(chart, labels[i], null, expected);
                }
            }
        }

        if (bars.Pauses.Count > 0)
        {
            Line(chart, Indent + "section " + Text(words[TextKey.TimelineOnHold]));
            foreach (var pause in bars.Pauses)
            {
                Task(chart, Text(words[TextKey.TimelineOnHold]), null, pause);
            }
        }

        foreach (var party in Holders)
        {
            var runs = bars.DaysOff.Where(r => r.Party == party).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            // Each task starts with the language's word for "closed", so no holiday or closure name is read as a keyword.
            Line(chart, Indent + "section " + Text(words.Say(TextKey.TimelineDaysOffOf, bars.NameOf(party))));
            foreach (var run in runs)
            {
                Line(chart, Indent + Text(words.Say(TextKey.TimelineClosed, string.Join(", ", run.Reasons))) + " :" + Iso(run.First) + ", " + Iso(run.Last));
            }
        }

        if (bars.Today is not { } now)
        {
            return chart.ToString();
        }

        var today = now.Date;
        Line(chart, Indent + "section " + Text(words[TextKey.TimelineToday]));
        // Labelled "Today, <date>": a label that starts with an ISO date (the fallback without culture data) is read as a date by Mermaid's lexer.
        Line(chart, Indent + Text(words[TextKey.TimelineToday] + ", " + words.Date(today)) + " :milestone, " + Iso(today) + ", 0d");
        return chart.ToString();
    }

    /// <summary>
    /// Text from the agreement or the translations, made safe for a Mermaid line: no line breaks; no ":"
    /// (it ends a task's name), ";" (it ends a statement) or "#" (it starts an entity or a comment); no
    /// "%%" (a comment). A colon may stay in the title, where Mermaid reads to the end of the line.
    /// </summary>
    internal static string Text(string text, bool keepColons = false)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case ':' when !keepColons:
                case ';':
                    safe.Append(',');
                    break;
                case '#':
                    break;
                case '%' when safe.Length > 0 && safe[safe.Length - 1] == '%':
                    break;
                default:
                    safe.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        // Collapse the runs of spaces the replacements may leave.
        var collapsed = new StringBuilder(safe.Length);
        foreach (var c in safe.ToString())
        {
            if (c != ' ' || (collapsed.Length > 0 && collapsed[collapsed.Length - 1] != ' '))
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString().Trim();
    }

    /// <summary>One task line; <paramref name="label"/> is already safe (<see cref="Text"/>) and cannot be read as a keyword.</summary>
    private static void Task(StringBuilder chart, string label, string? tag, TimelineBars.Bar bar)
    {
        Line(chart, Indent + label + " :" + (tag is null ? string.Empty : tag + ", ") + Iso(bar.First) + ", " + Iso(bar.Last));
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder chart, string line) => chart.Append(line).Append('\n');
}
