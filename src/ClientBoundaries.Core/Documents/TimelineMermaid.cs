using System.Globalization;
using System.Linq;
using System.Text;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// Draws <see cref="TimelineBars"/> as a Mermaid <c>gantt</c> chart. Mermaid has no colour per task,
/// only per tag, so the tags stand for the parties: <c>done</c> for planned bars (grey), <c>active</c>
/// for bars the provider held the ball for (blue), <c>crit</c> for the client's (orange), no tag for
/// pauses (light grey); an <c>%%{init}%%</c> directive sets those colours on the <c>base</c> theme.
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

    // The actual sections, provider first, as in the legend of the SVG.
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
        Line(chart, Indent + "%% Plan (done, grey): " + (bars.IsEngagement ? "the dates each stage had in the original plan." : "the dates each stage is planned for."));
        if (bars.IsEngagement)
        {
            Line(chart, Indent + "%% Actual, in a section per party: the provider held the ball (active, blue), the client held it (crit, orange).");
            Line(chart, Indent + "%% On hold (no tag, light grey): the engagement was paused. Today (milestone): the moment the chart was drawn as of.");
        }

        // Every stage's task starts with its number, as in the one-pager ("1. Discovery call"): a name
        // that starts with a keyword (title, section, click, excludes ...) or whose second character is
        // "%" (a comment) would otherwise be read as that, and its bar would vanish.
        var labels = bars.Rows.Select((row, i) => words.Say(TextKey.StageHeading, (i + 1).ToString(CultureInfo.InvariantCulture), Text(row.Name) is { Length: > 0 } name ? name : Text(row.Key.Value))).ToList();
        Line(chart, Indent + "section " + Text(words[TextKey.TimelinePlan]));
        for (var i = 0; i < bars.Rows.Count; i++)
        {
            Task(chart, labels[i], "done", bars.Rows[i].Plan);
        }

        if (!bars.IsEngagement)
        {
            return chart.ToString();
        }

        foreach (var holder in Holders)
        {
            var held = Enumerable.Range(0, bars.Rows.Count).SelectMany(i => bars.Rows[i].Actuals.Where(a => a.Party == holder).Select(a => (Label: labels[i], Bar: a))).ToList();
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

        if (bars.Pauses.Count > 0)
        {
            Line(chart, Indent + "section " + Text(words[TextKey.TimelineOnHold]));
            foreach (var pause in bars.Pauses)
            {
                Task(chart, Text(words[TextKey.TimelineOnHold]), null, pause);
            }
        }

        var today = bars.Today!.Value.Date;
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
