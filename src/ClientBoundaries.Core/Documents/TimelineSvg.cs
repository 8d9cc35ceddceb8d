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
/// every Monday), one row per stage (its name, its planned bar, for an engagement its actual bar),
/// a row of pauses, the "today" line and a legend. Only presentation attributes: no script, no
/// stylesheet, no font to fetch, so it reads the same opened from disk or embedded in a page.
/// </summary>
/// <remarks>
/// Every bar is a <c>rect</c> that says what it is: <c>class="plan"</c>, <c>class="actual provider"</c>,
/// <c>class="actual client"</c> or <c>class="pause"</c>, with <c>data-stage</c> (the stage key),
/// <c>data-first</c> and <c>data-last</c> (its inclusive ISO dates), and a <c>title</c> a browser shows
/// as a tooltip. Numbers are written in the invariant culture; lines end with "\n".
/// </remarks>
internal static class TimelineSvg
{
    // Blue and orange stay apart for the common colour-blindnesses; planned bars are grey.
    internal const string PlanFill = "#bdbdbd";
    internal const string PlanStroke = "#757575";
    internal const string ProviderFill = "#1f77b4";
    internal const string ProviderStroke = "#15537d";
    internal const string ClientFill = "#ff7f0e";
    internal const string ClientStroke = "#b35806";
    internal const string PauseFill = "#eeeeee";
    internal const string PauseStroke = "#757575";

    private const double Margin = 16;
    private const double TitleY = 30;
    private const double MonthY = 58;
    private const double TickTop = 64;
    private const double TickBottom = 70;
    private const double RowsTop = 72;
    private const double CharWidth = 7;
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
        var width = Math.Max(labelWidth + (days * dayWidth) + Margin, (2 * Margin) + (bars.Title.Length * 18 * 0.6));
        double X(LocalDate date) => labelWidth + (DaysBetween(axisStart, date) * dayWidth);

        var legend = Legend(bars).ToList();
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

        Axis(svg, words, axisStart, axisEnd, days, dayWidth, X, chartBottom);

        for (var i = 0; i < bars.Rows.Count; i++)
        {
            var row = bars.Rows[i];
            var top = RowsTop + (i * rowHeight);
            RowLabel(svg, row.Name, top + (rowHeight / 2) + 4);
            var planTitle = row.Name + " · " + words[TextKey.TimelinePlan] + ": " + Span(words, row.Plan);
            Bar(svg, "plan", row.Plan, X, top + 6, bars.IsEngagement ? 12 : 14, dayWidth, PlanFill, PlanStroke, planTitle);
            foreach (var actual in row.Actuals)
            {
                // Segments apart, so each reads as a sentence of its own in every language.
                var actualTitle = row.Name + " · " + words[TextKey.TimelineActual] + ": " + Span(words, actual) + " · " + words.Say(TextKey.TimelineHoldsBall, bars.NameOf(actual.Party));
                Bar(svg, "actual " + Role(actual.Party), actual, X, top + 20, 12, dayWidth, FillOf(actual.Party), StrokeOf(actual.Party), actualTitle);
            }
        }

        if (bars.Pauses.Count > 0)
        {
            var top = RowsTop + (bars.Rows.Count * rowHeight);
            RowLabel(svg, words[TextKey.TimelineOnHold], top + (rowHeight / 2) + 4);
            foreach (var pause in bars.Pauses)
            {
                var title = words[TextKey.TimelineOnHold] + " (" + bars.NameOf(pause.Party) + "): " + Span(words, pause);
                Bar(svg, "pause", pause, X, top + 13, 12, dayWidth, PauseFill, PauseStroke, title);
            }
        }

        if (bars.Today is { } today)
        {
            var x = X(today.Date) + (dayWidth * today.TimeOfDay.TickOfDay / NodaConstants.TicksPerDay);
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
                Line(svg, "<rect class=\"legend\" x=\"" + N(x) + "\" y=\"" + N(y - 9) + "\" width=\"16\" height=\"10\" fill=\"" + item.Fill + "\" stroke=\"" + item.Stroke + "\"" + Dashes(item.Kind.Value) + "/>");
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
    private static void Axis(StringBuilder svg, Phrasebook words, LocalDate axisStart, LocalDate axisEnd, int days, double dayWidth, Func<LocalDate, double> x, double chartBottom)
    {
        var left = x(axisStart);
        for (var monday = 0; monday <= days; monday += 7)
        {
            var at = N(left + (monday * dayWidth));
            Line(svg, "<line class=\"week\" x1=\"" + at + "\" y1=\"" + N(TickTop) + "\" x2=\"" + at + "\" y2=\"" + N(chartBottom) + "\" stroke=\"#e0e0e0\"/>");
            Line(svg, "<line class=\"tick\" x1=\"" + at + "\" y1=\"" + N(TickTop) + "\" x2=\"" + at + "\" y2=\"" + N(TickBottom) + "\" stroke=\"#757575\"/>");
        }

        Line(svg, "<line class=\"axis\" x1=\"" + N(left) + "\" y1=\"" + N(TickTop) + "\" x2=\"" + N(left + (days * dayWidth)) + "\" y2=\"" + N(TickTop) + "\" stroke=\"#757575\"/>");

        // The month the axis starts in is named only when there is room before the next month's name.
        var firstOfMonth = new LocalDate(axisStart.Year, axisStart.Month, 1);
        var nextMonth = MonthAfter(firstOfMonth);
        if (firstOfMonth < axisStart && (nextMonth is not { } next || next > axisEnd || x(next) - left >= 110))
        {
            Line(svg, "<text class=\"month\" x=\"" + N(left + 3) + "\" y=\"" + N(MonthY) + "\" fill=\"#222222\">" + Xml(words.Month(axisStart)) + "</text>");
        }

        for (var month = firstOfMonth == axisStart ? firstOfMonth : nextMonth; month is { } shown && shown <= axisEnd; month = MonthAfter(shown))
        {
            var at = N(x(shown));
            Line(svg, "<line class=\"month-start\" x1=\"" + at + "\" y1=\"" + N(MonthY - 12) + "\" x2=\"" + at + "\" y2=\"" + N(chartBottom) + "\" stroke=\"#9e9e9e\"/>");
            Line(svg, "<text class=\"month\" x=\"" + N(x(shown) + 3) + "\" y=\"" + N(MonthY) + "\" fill=\"#222222\">" + Xml(words.Month(shown)) + "</text>");
        }
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
        Line(svg, "<rect class=\"" + cssClass + "\"" + stage + " data-first=\"" + Iso(bar.First) + "\" data-last=\"" + Iso(bar.Last)
            + "\" x=\"" + N(left) + "\" y=\"" + N(y) + "\" width=\"" + N(x(bar.Last) + dayWidth - left) + "\" height=\"" + N(height)
            + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"" + Dashes(bar.Kind) + "><title>" + Xml(title) + "</title></rect>");
    }

    private static IEnumerable<LegendItem> Legend(TimelineBars bars)
    {
        var words = bars.Words;
        yield return new LegendItem(TimelineBars.BarKind.Plan, PlanFill, PlanStroke, words[TextKey.TimelinePlan]);
        if (!bars.IsEngagement)
        {
            yield break;
        }

        yield return new LegendItem(TimelineBars.BarKind.Actual, ProviderFill, ProviderStroke, words.Say(TextKey.TimelineHoldsBall, bars.Provider.Name));
        yield return new LegendItem(TimelineBars.BarKind.Actual, ClientFill, ClientStroke, words.Say(TextKey.TimelineHoldsBall, bars.Client.Name));
        if (bars.Pauses.Count > 0)
        {
            yield return new LegendItem(TimelineBars.BarKind.Pause, PauseFill, PauseStroke, words[TextKey.TimelineOnHold]);
        }

        yield return new LegendItem(null, string.Empty, string.Empty, words[TextKey.TimelineToday]);
    }

    // Left to right, wrapping onto a new line when the next item would not fit.
    private static List<(LegendItem Item, int Line, double X)> LayOut(IReadOnlyList<LegendItem> items, double width)
    {
        var placed = new List<(LegendItem, int, double)>();
        var line = 0;
        var x = Margin;
        foreach (var item in items)
        {
            var itemWidth = 22 + (item.Text.Length * CharWidth) + 18;
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

    private static string Span(Phrasebook words, TimelineBars.Bar bar) =>
        bar.First == bar.Last ? words.Date(bar.First) : words.Date(bar.First) + " – " + words.Date(bar.Last);

    private static string Dashes(TimelineBars.BarKind kind) => kind == TimelineBars.BarKind.Pause ? " stroke-dasharray=\"3 2\"" : string.Empty;

    private static string Role(PartyRole party) => party == PartyRole.Provider ? "provider" : "client";

    private static string FillOf(PartyRole party) => party == PartyRole.Provider ? ProviderFill : ClientFill;

    private static string StrokeOf(PartyRole party) => party == PartyRole.Provider ? ProviderStroke : ClientStroke;

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder svg, string line) => svg.Append(line).Append('\n');

    /// <summary>One entry of the legend: a swatch of a kind of bar (null: the "today" line) and its text.</summary>
    private sealed record LegendItem(TimelineBars.BarKind? Kind, string Fill, string Stroke, string Text);
}
