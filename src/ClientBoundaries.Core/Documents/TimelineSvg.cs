using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// Draws <see cref="TimelineBars"/> as a standalone SVG: a title, a date axis (month names, a tick
/// every Monday), one row per stage (its name, its planned bar, for an engagement its actual bars and
/// the dates it has now), each owner's days off shaded behind its rows, a row of pauses, the "today"
/// line and a legend. Only presentation attributes: no script, no stylesheet, no font to fetch, so it
/// reads the same opened from disk or embedded in a page.
/// </summary>
/// <remarks>
/// Every bar is a <c>rect</c> that says what it is: <c>class="plan"</c> (with <c>data-owner</c>),
/// <c>class="actual provider"</c>, <c>class="actual client"</c>, <c>class="expected provider"</c>,
/// <c>class="expected client"</c> or <c>class="pause"</c>, with <c>data-stage</c> (the stage key),
/// <c>data-first</c> and <c>data-last</c> (its inclusive ISO dates), and a <c>title</c> a browser shows
/// as a tooltip; a day-off band is a <c>rect</c> of <c>class="day-off provider"</c> or
/// <c>class="day-off client"</c> with the same dates. The drawing is as wide as its texts need: no
/// month name, legend or label runs past its right edge. Numbers are written in the invariant
/// culture; lines end with "\n".
/// </remarks>
internal static class TimelineSvg
{
    // Blue and orange stay apart for the common colour-blindnesses; planned bars are grey. A party's days off are a
    // light tint of its colour, behind its rows.
    internal const string PlanFill = "#bdbdbd";
    internal const string PlanStroke = "#757575";
    internal const string ProviderFill = "#1f77b4";
    internal const string ProviderStroke = "#15537d";
    internal const string ClientFill = "#ff7f0e";
    internal const string ClientStroke = "#b35806";
    internal const string PauseFill = "#eeeeee";
    internal const string PauseStroke = "#757575";
    internal const string ExpectedFill = "#ffffff";
    internal const string ProviderDayOffFill = "#d2e3f1";
    internal const string ClientDayOffFill = "#ffe0c2";

    private const double Margin = 16;
    private const double TitleY = 30;
    private const double MonthY = 58;
    private const double TickTop = 64;
    private const double TickBottom = 70;
    private const double RowsTop = 72;
    private const double CharWidth = 7;
    private const double TodayCharWidth = 6.5;
    private const int LongestLabel = 42;

    public static string Draw(TimelineBars bars)
    {
        var words = bars.Words;
        // Whole weeks, Monday to Sunday, but never past the last day there is (9999-12-31, a Friday).
        var axisStart = bars.First.PlusDays(1 - (int)bars.First.DayOfWeek);
        var toSunday = 7 - (int)bars.Last.DayOfWeek;
        var axisEnd = bars.Last <= LocalDate.MaxIsoValue.PlusDays(-toSunday) ? bars.Last.PlusDays(toSunday) : LocalDate.MaxIsoValue;
        var days = DaysBetween(axisStart, axisEnd) + 1;
        var dayWidth = Math.Max(4, Math.Min(24, Math.Floor(840.0 / days * 2) / 2));

        var labels = bars.Rows.Select(r => r.Name).ToList();
        if (bars.Pauses.Count > 0)
        {
            labels.Add(words[TextKey.TimelineOnHold]);
        }

        var labelWidth = Margin + Math.Max(100, Math.Min(LongestLabel, labels.Max(l => l.Length)) * CharWidth) + 12;
        var rowHeight = bars.IsEngagement ? 38.0 : 26.0;
        var rowCount = bars.Rows.Count + (bars.Pauses.Count > 0 ? 1 : 0);
        var chartBottom = RowsTop + (rowCount * rowHeight);
        double X(LocalDate date) => labelWidth + (DaysBetween(axisStart, date) * dayWidth);

        // As wide as the axis and the title, and as every text needs: a month that begins in the axis's last days
        // is named in full, not cut at the edge.
        var months = MonthLabels(words, axisStart, axisEnd, X);
        double? todayX = bars.Today is { } now ? X(now.Date) + (dayWidth * now.TimeOfDay.TickOfDay / NodaConstants.TicksPerDay) : null;
        var legend = Legend(bars).ToList();
        var width = new[]
        {
            labelWidth + (days * dayWidth) + Margin,
            (2 * Margin) + (bars.Title.Length * 18 * 0.6),
            months.Count == 0 ? 0 : months.Max(m => m.X + TextWidth(m.Text)) + Margin,
            todayX is { } tx ? tx + (words[TextKey.TimelineToday].Length * TodayCharWidth / 2) + Margin : 0,
            legend.Max(ItemWidth) + (2 * Margin),
        }.Max();
        width = Math.Ceiling(width);

        var legendTop = chartBottom + (bars.IsEngagement ? 34 : 22);
        var legendLines = LayOut(legend, width);
        var height = legendTop + ((legendLines.Max(i => i.Line) + 1) * 18) + Margin;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"12\" xml:lang=\"").Append(words.Language.Code)
            .Append("\" role=\"img\" aria-labelledby=\"timeline-title\">\n");
        Line(svg, "<title id=\"timeline-title\">" + Xml(bars.Title) + "</title>");
        Line(svg, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + N(width) + "\" height=\"" + N(height) + "\" fill=\"#ffffff\"/>");
        Line(svg, "<text x=\"" + N(Margin) + "\" y=\"" + N(TitleY) + "\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">" + Xml(bars.Title) + "</text>");

        // Stripes behind every other row, so a bar reads against its own label.
        for (var i = 1; i < rowCount; i += 2)
        {
            Line(svg, "<rect class=\"stripe\" x=\"" + N(Margin) + "\" y=\"" + N(RowsTop + (i * rowHeight)) + "\" width=\"" + N(width - (2 * Margin)) + "\" height=\"" + N(rowHeight) + "\" fill=\"#f5f5f5\"/>");
        }

        // A stage's dates are counted in its owner's calendar, so behind each row are its owner's days off: a bar that
        // stops before a closure and goes on after it shows the closure, not a delay.
        for (var i = 0; i < bars.Rows.Count; i++)
        {
            var top = RowsTop + (i * rowHeight);
            foreach (var run in bars.DaysOff.Where(r => r.Party == bars.Rows[i].Owner))
            {
                var title = words.Say(TextKey.TimelineDaysOffOf, bars.NameOf(run.Party)) + " · " + string.Join(", ", run.Reasons) + " · " + TimelineDates.Span(words, run.First, run.Last);
                Line(svg, "<rect class=\"day-off " + Role(run.Party) + "\" data-first=\"" + Iso(run.First) + "\" data-last=\"" + Iso(run.Last)
                    + "\" x=\"" + N(X(run.First)) + "\" y=\"" + N(top) + "\" width=\"" + N((DaysBetween(run.First, run.Last) + 1) * dayWidth) + "\" height=\"" + N(rowHeight)
                    + "\" fill=\"" + DayOffFillOf(run.Party) + "\"><title>" + Xml(title) + "</title></rect>");
            }
        }

        Axis(svg, axisStart, days, dayWidth, X, chartBottom, months);

        for (var i = 0; i < bars.Rows.Count; i++)
        {
            var row = bars.Rows[i];
            var top = RowsTop + (i * rowHeight);
            RowLabel(svg, row.Name, top + (rowHeight / 2) + 4);
            if (bars.IsEngagement)
            {
                var planTitle = row.Name + " · " + words[TextKey.TimelineBaseline] + ": " + TimelineDates.Span(words, row.Plan.First, row.Plan.Last);
                Bar(svg, "plan", row.Plan, X, top + 6, 12, dayWidth, PlanFill, PlanStroke, planTitle);
            }
            else
            {
                // A plan alone is coloured by owner, as an engagement's actual bars are.
                var planTitle = row.Name + " · " + words[TextKey.TimelinePlan] + ": " + TimelineDates.Span(words, row.Plan.First, row.Plan.Last) + " · " + words.Say(TextKey.TimelineHoldsBall, bars.NameOf(row.Owner));
                Bar(svg, "plan", row.Plan, X, top + 6, 14, dayWidth, FillOf(row.Owner), StrokeOf(row.Owner), planTitle);
            }

            if (row.Expected is { } expected)
            {
                var expectedTitle = row.Name + " · " + words[TextKey.TimelineCurrentPlan] + ": " + TimelineDates.Span(words, expected.First, expected.Last) + " · " + words.Say(TextKey.TimelineHoldsBall, bars.NameOf(expected.Party));
                Bar(svg, "expected " + Role(expected.Party), expected, X, top + 20, 12, dayWidth, ExpectedFill, StrokeOf(expected.Party), expectedTitle);
            }

            foreach (var actual in row.Actuals)
            {
                // Segments apart, so each reads as a sentence of its own in every language.
                var actualTitle = row.Name + " · " + words[TextKey.TimelineActual] + ": " + TimelineDates.Span(words, actual.First, actual.Last) + " · " + words.Say(TextKey.TimelineHoldsBall, bars.NameOf(actual.Party));
                Bar(svg, "actual " + Role(actual.Party), actual, X, top + 20, 12, dayWidth, FillOf(actual.Party), StrokeOf(actual.Party), actualTitle);
            }
        }

        if (bars.Pauses.Count > 0)
        {
            var top = RowsTop + (bars.Rows.Count * rowHeight);
            RowLabel(svg, words[TextKey.TimelineOnHold], top + (rowHeight / 2) + 4);
            foreach (var pause in bars.Pauses)
            {
                var title = words[TextKey.TimelineOnHold] + " (" + bars.NameOf(pause.Party) + "): " + TimelineDates.Span(words, pause.First, pause.Last);
                Bar(svg, "pause", pause, X, top + 13, 12, dayWidth, PauseFill, PauseStroke, title);
            }
        }

        if (bars.Today is { } today)
        {
            var x = todayX!.Value;
            Line(svg, "<line class=\"today\" x1=\"" + N(x) + "\" y1=\"" + N(TickTop) + "\" x2=\"" + N(x) + "\" y2=\"" + N(chartBottom) + "\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>"
                + Xml(words[TextKey.TimelineToday] + ": " + words.Moment(today)) + "</title></line>");
            Line(svg, "<text x=\"" + N(x) + "\" y=\"" + N(chartBottom + 14) + "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#000000\">" + Xml(words[TextKey.TimelineToday]) + "</text>");
        }

        foreach (var (item, line, x) in legendLines)
        {
            var y = legendTop + (line * 18);
            if (item.Kind is null)
            {
                Line(svg, "<line class=\"legend\" x1=\"" + N(x) + "\" y1=\"" + N(y - 4) + "\" x2=\"" + N(x + 16) + "\" y2=\"" + N(y - 4) + "\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            }
            else
            {
                var stroke = item.Stroke.Length == 0 ? string.Empty : "\" stroke=\"" + item.Stroke;
                Line(svg, "<rect class=\"legend\" x=\"" + N(x) + "\" y=\"" + N(y - 9) + "\" width=\"16\" height=\"10\" fill=\"" + item.Fill + stroke + "\"" + Dashes(item.Kind.Value) + "/>");
            }

            Line(svg, "<text x=\"" + N(x + 22) + "\" y=\"" + N(y) + "\" fill=\"#222222\">" + Xml(item.Text) + "</text>");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Text for XML content or an attribute: the five special characters escaped, and characters XML 1.0 forbids replaced by a space.</summary>
    internal static string Xml(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        escaped.Append(' ');
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    // Positions are counted in days from the axis start, never as dates past its end: the day after
    // the axis may not exist.
    private static void Axis(StringBuilder svg, LocalDate axisStart, int days, double dayWidth, Func<LocalDate, double> x, double chartBottom, IReadOnlyList<MonthLabel> months)
    {
        var left = x(axisStart);
        for (var monday = 0; monday <= days; monday += 7)
        {
            var at = N(left + (monday * dayWidth));
            Line(svg, "<line class=\"week\" x1=\"" + at + "\" y1=\"" + N(TickTop) + "\" x2=\"" + at + "\" y2=\"" + N(chartBottom) + "\" stroke=\"#e0e0e0\"/>");
            Line(svg, "<line class=\"tick\" x1=\"" + at + "\" y1=\"" + N(TickTop) + "\" x2=\"" + at + "\" y2=\"" + N(TickBottom) + "\" stroke=\"#757575\"/>");
        }

        Line(svg, "<line class=\"axis\" x1=\"" + N(left) + "\" y1=\"" + N(TickTop) + "\" x2=\"" + N(left + (days * dayWidth)) + "\" y2=\"" + N(TickTop) + "\" stroke=\"#757575\"/>");
        foreach (var month in months)
        {
            if (month.StartsHere)
            {
                var at = N(month.X - 3);
                Line(svg, "<line class=\"month-start\" x1=\"" + at + "\" y1=\"" + N(MonthY - 12) + "\" x2=\"" + at + "\" y2=\"" + N(chartBottom) + "\" stroke=\"#9e9e9e\"/>");
            }

            Line(svg, "<text class=\"month\" x=\"" + N(month.X) + "\" y=\"" + N(MonthY) + "\" fill=\"#222222\">" + Xml(month.Text) + "</text>");
        }
    }

    /// <summary>
    /// The month names over the axis, each 3 px right of where its month begins; the month the axis starts in is named
    /// at the axis's start only when there is room before the next month's name.
    /// </summary>
    private static List<MonthLabel> MonthLabels(Phrasebook words, LocalDate axisStart, LocalDate axisEnd, Func<LocalDate, double> x)
    {
        var labels = new List<MonthLabel>();
        var left = x(axisStart);
        var firstOfMonth = new LocalDate(axisStart.Year, axisStart.Month, 1);
        var nextMonth = MonthAfter(firstOfMonth);
        if (firstOfMonth < axisStart && (nextMonth is not { } next || next > axisEnd || x(next) - left >= 110))
        {
            labels.Add(new MonthLabel(left + 3, words.Month(axisStart), StartsHere: false));
        }

        for (var month = firstOfMonth == axisStart ? firstOfMonth : nextMonth; month is { } shown && shown <= axisEnd; month = MonthAfter(shown))
        {
            labels.Add(new MonthLabel(x(shown) + 3, words.Month(shown), StartsHere: true));
        }

        return labels;
    }

    /// <summary>The first day of the next month, or null after December 9999.</summary>
    private static LocalDate? MonthAfter(LocalDate firstOfMonth) =>
        firstOfMonth.Year == LocalDate.MaxIsoValue.Year && firstOfMonth.Month == 12 ? null : firstOfMonth.PlusMonths(1);

    private static void RowLabel(StringBuilder svg, string name, double y)
    {
        var shown = name.Length > LongestLabel ? name.Substring(0, LongestLabel - 1).TrimEnd() + "…" : name;
        var tooltip = shown == name ? string.Empty : "<title>" + Xml(name) + "</title>";
        Line(svg, "<text class=\"stage\" x=\"" + N(Margin + 4) + "\" y=\"" + N(y) + "\" fill=\"#222222\">" + Xml(shown) + tooltip + "</text>");
    }

    private static void Bar(StringBuilder svg, string cssClass, TimelineBars.Bar bar, Func<LocalDate, double> x, double y, double height, double dayWidth, string fill, string stroke, string title)
    {
        var left = x(bar.First);
        var stage = bar.Stage is { } key ? " data-stage=\"" + Xml(key.Value) + "\"" : " data-caused-by=\"" + Role(bar.Party) + "\"";
        if (bar.Kind == TimelineBars.BarKind.Plan)
        {
            stage += " data-owner=\"" + Role(bar.Party) + "\"";
        }

        Line(svg, "<rect class=\"" + cssClass + "\"" + stage + " data-first=\"" + Iso(bar.First) + "\" data-last=\"" + Iso(bar.Last)
            + "\" x=\"" + N(left) + "\" y=\"" + N(y) + "\" width=\"" + N(x(bar.Last) + dayWidth - left) + "\" height=\"" + N(height)
            + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"" + Dashes(bar.Kind) + "><title>" + Xml(title) + "</title></rect>");
    }

    private static IEnumerable<LegendItem> Legend(TimelineBars bars)
    {
        var words = bars.Words;
        var owners = new[] { PartyRole.Provider, PartyRole.Client }.Where(p => bars.Rows.Any(r => r.Owner == p)).ToList();
        if (bars.IsEngagement)
        {
            yield return new LegendItem(TimelineBars.BarKind.Plan, PlanFill, PlanStroke, words[TextKey.TimelineBaseline]);
            yield return new LegendItem(TimelineBars.BarKind.Actual, ProviderFill, ProviderStroke, words.Say(TextKey.TimelineHoldsBall, bars.Provider.Name));
            yield return new LegendItem(TimelineBars.BarKind.Actual, ClientFill, ClientStroke, words.Say(TextKey.TimelineHoldsBall, bars.Client.Name));
            if (bars.HasExpected)
            {
                yield return new LegendItem(TimelineBars.BarKind.Expected, ExpectedFill, PlanStroke, words[TextKey.TimelineCurrentPlan]);
            }

            if (bars.Pauses.Count > 0)
            {
                yield return new LegendItem(TimelineBars.BarKind.Pause, PauseFill, PauseStroke, words[TextKey.TimelineOnHold]);
            }
        }
        else
        {
            foreach (var owner in owners)
            {
                yield return new LegendItem(TimelineBars.BarKind.Plan, FillOf(owner), StrokeOf(owner), words.Say(TextKey.TimelineHoldsBall, bars.NameOf(owner)));
            }
        }

        foreach (var party in owners.Where(p => bars.DaysOff.Any(r => r.Party == p)))
        {
            yield return new LegendItem(TimelineBars.BarKind.Plan, DayOffFillOf(party), string.Empty, words.Say(TextKey.TimelineDaysOffOf, bars.NameOf(party)));
        }

        if (bars.IsEngagement)
        {
            yield return new LegendItem(null, string.Empty, string.Empty, words[TextKey.TimelineToday]);
        }
    }

    // Left to right, wrapping onto a new line when the next item would not fit.
    private static List<(LegendItem Item, int Line, double X)> LayOut(IReadOnlyList<LegendItem> items, double width)
    {
        var placed = new List<(LegendItem, int, double)>();
        var line = 0;
        var x = Margin;
        foreach (var item in items)
        {
            var itemWidth = ItemWidth(item);
            if (x > Margin && x + itemWidth > width - Margin)
            {
                line++;
                x = Margin;
            }

            placed.Add((item, line, x));
            x += itemWidth;
        }

        return placed;
    }

    // A swatch, a gap, the text and a gap before the next item.
    private static double ItemWidth(LegendItem item) => 22 + TextWidth(item.Text) + 18;

    // What a text in the 12 px font takes at most, by a generous average: the chart is widened by it, never cut.
    private static double TextWidth(string text) => text.Length * CharWidth;

    private static string Dashes(TimelineBars.BarKind kind) =>
        kind == TimelineBars.BarKind.Pause ? " stroke-dasharray=\"3 2\""
        : kind == TimelineBars.BarKind.Expected ? " stroke-dasharray=\"4 2\""
        : string.Empty;

    private static string Role(PartyRole party) => party == PartyRole.Provider ? "provider" : "client";

    private static string FillOf(PartyRole party) => party == PartyRole.Provider ? ProviderFill : ClientFill;

    private static string StrokeOf(PartyRole party) => party == PartyRole.Provider ? ProviderStroke : ClientStroke;

    private static string DayOffFillOf(PartyRole party) => party == PartyRole.Provider ? ProviderDayOffFill : ClientDayOffFill;

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder svg, string line) => svg.Append(line).Append('\n');

    /// <summary>One entry of the legend: a swatch of a kind of bar (null: the "today" line; no stroke: a day-off band) and its text.</summary>
    private sealed record LegendItem(TimelineBars.BarKind? Kind, string Fill, string Stroke, string Text);

    /// <summary>A month's name over the axis: where its text starts, and whether its month begins there (a line marks it).</summary>
    private sealed record MonthLabel(double X, string Text, bool StartsHere);
}
