using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace ClientBoundaries.Documents;

/// <summary>
/// Writes an iCalendar file (RFC 5545) line by line: content lines ended by CRLF and folded at 75
/// octets of UTF-8, TEXT values escaped, dates, local times with their TZID, UTC stamps, and the
/// VTIMEZONE of a zone built from its real transitions.
/// </summary>
/// <remarks>The one mutable thing of an export, used by one thread for one file and then dropped.</remarks>
internal sealed class ICalendarWriter
{
    /// <summary>The longest content line RFC 5545 allows, in octets, the CRLF not counted.</summary>
    internal const int MaxLineOctets = 75;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly LocalDateTime NoEarlierObservance = new(1970, 1, 1, 0, 0);
    private static readonly char[] ParameterDelimiters = { ':', ';', ',' };

    private readonly StringBuilder _text = new();

    /// <summary>Opens a component: <c>BEGIN:VEVENT</c>.</summary>
    public void Begin(string component) => Line("BEGIN:" + component);

    /// <summary>Closes a component: <c>END:VEVENT</c>.</summary>
    public void End(string component) => Line("END:" + component);

    /// <summary>A property whose value is already in its iCalendar form (a number, a keyword, a duration).</summary>
    public void Property(string name, string value) => Line(name + ":" + value);

    /// <summary>A TEXT property: the value escaped, so commas, semicolons, backslashes and line breaks survive.</summary>
    public void Text(string name, string text) => Line(name + ":" + Escape(text));

    /// <summary>A DATE property: <c>DTSTART;VALUE=DATE:20260302</c>.</summary>
    public void Date(string name, LocalDate date) => Line(name + ";VALUE=DATE:" + DatePattern.Format(date));

    /// <summary>A UTC DATE-TIME property: <c>DTSTAMP:20260220T120000Z</c>.</summary>
    public void Utc(string name, Instant instant) => Line(name + ":" + LocalPattern.Format(instant.InUtc().LocalDateTime) + "Z");

    /// <summary>
    /// A DATE-TIME property as the local time in a zone: <c>DTSTART;TZID=Europe/Madrid:20260310T180000</c>.
    /// </summary>
    /// <remarks>
    /// A local time that happens twice (the hour the clocks go back) is read by RFC 5545 as its first
    /// occurrence; an instant in the second one is written in UTC instead, so it keeps its meaning.
    /// </remarks>
    public void Local(string name, Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 2 && mapping.Last().ToInstant() == instant)
        {
            Utc(name, instant);
            return;
        }

        Line(name + ";TZID=" + ParameterValue(zone.Id) + ":" + LocalPattern.Format(local));
    }

    /// <summary>
    /// The VTIMEZONE of <paramref name="zone"/> over [<paramref name="from"/>, <paramref name="to"/>]:
    /// one observance per zone interval in that span, each starting at its real transition.
    /// </summary>
    /// <remarks>
    /// The first observance starts at the transition that began the offset in force at
    /// <paramref name="from"/>, however long ago, so every time written in the span has an observance.
    /// A zone without transitions (Asia/Jakarta since 1964, UTC) gets a single STANDARD observance.
    /// </remarks>
    public void TimeZone(DateTimeZone zone, Instant from, Instant to)
    {
        Begin("VTIMEZONE");
        Line("TZID:" + zone.Id);
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            var observance = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
            var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
            var start = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : NoEarlierObservance;
            Begin(observance);
            Property("DTSTART", LocalPattern.Format(start));
            Property("TZOFFSETFROM", UtcOffset(before));
            Property("TZOFFSETTO", UtcOffset(interval.WallOffset));
            if (!string.IsNullOrEmpty(interval.Name))
            {
                Text("TZNAME", interval.Name);
            }

            End(observance);
        }

        End("VTIMEZONE");
    }

    /// <summary>An RFC 5545 duration: <c>-P1D</c>, <c>-PT15H</c>, <c>-PT10M</c>, <c>PT0S</c>.</summary>
    public static string DurationValue(Duration duration)
    {
        var sign = duration < Duration.Zero ? "-" : string.Empty;
        var length = duration < Duration.Zero ? -duration : duration;
        var days = length.Days;
        var rest = length - Duration.FromDays(days);
        var text = new StringBuilder(sign).Append('P');
        if (days > 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (rest > Duration.Zero || days == 0)
        {
            text.Append('T');
            var hours = (int)rest.TotalHours;
            var minutes = rest.Minutes;
            var seconds = rest.Seconds;
            if (hours > 0)
            {
                text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes > 0)
            {
                text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (seconds > 0 || (hours == 0 && minutes == 0))
            {
                text.Append(seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    /// <summary>The file: every line folded and ended by CRLF.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>
    /// A TEXT value escaped as RFC 5545 says: a backslash, a semicolon and a comma get a backslash
    /// before them, a line break (CRLF, LF, CR or NEL) becomes <c>\n</c>. The control characters TEXT
    /// may not hold (U+0000 to U+001F but the tab, and DEL, U+007F) are left out, and so are the C1
    /// controls (U+0080 to U+009F), which calendars show as garbage; half a surrogate pair, which UTF-8
    /// cannot encode, becomes U+FFFD.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                case ';':
                case ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    escaped.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                case '\u0085':
                    escaped.Append("\\n");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        escaped.Append('\uFFFD');
                    }
                    else if (!char.IsControl(c) || c == '\t')
                    {
                        // Other control characters, DEL and the C1 controls included, are not text: left out.
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Splits a content line into lines of at most 75 octets of UTF-8, each continuation starting with
    /// one space; a character (a surrogate pair included) is never cut between two lines.
    /// </summary>
    internal static IEnumerable<string> Fold(string line)
    {
        var start = 0;
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length;)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            var size = width == 2 ? 4 : Utf8Octets(line[i]);
            if (octets + size > limit)
            {
                yield return (start == 0 ? string.Empty : " ") + line.Substring(start, i - start);
                start = i;
                octets = 0;

                // A continuation line's leading space counts towards its 75 octets.
                limit = MaxLineOctets - 1;
            }

            octets += size;
            i += width;
        }

        yield return (start == 0 ? string.Empty : " ") + line.Substring(start);
    }

    private static int Utf8Octets(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : 3;

    private static string UtcOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        var text = sign + (seconds / 3600).ToString("00", CultureInfo.InvariantCulture) + (seconds / 60 % 60).ToString("00", CultureInfo.InvariantCulture);
        return seconds % 60 == 0 ? text : text + (seconds % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A parameter value, quoted when it holds a character that would end it.</summary>
    private static string ParameterValue(string value) =>
        value.IndexOfAny(ParameterDelimiters) < 0 ? value : "\"" + value.Replace("\"", string.Empty) + "\"";

    private void Line(string line)
    {
        foreach (var folded in Fold(line))
        {
            _text.Append(folded).Append("\r\n");
        }
    }
}
