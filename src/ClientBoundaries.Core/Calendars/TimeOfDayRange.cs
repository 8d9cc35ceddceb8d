using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A span of local time within one day, such as 09:00-13:00: a block of working hours or a
/// contact window.
/// </summary>
/// <remarks>
/// <para>The start is inclusive and the end exclusive, so 09:00-13:00 and 13:00-17:00 meet without
/// overlapping. An end of <see cref="LocalTime.Midnight"/> means the end of the day (24:00), so
/// 18:00-00:00 is the last six hours of a day and 00:00-00:00 the whole day. A range never crosses
/// midnight: split a night shift into two days.</para>
/// <para>Immutable and thread-safe; equal when start and end are equal.</para>
/// </remarks>
public sealed record TimeOfDayRange
{
    private const long NanosecondsPerDay = 86_400L * 1_000_000_000L;

    /// <summary>Creates a range of local time.</summary>
    /// <param name="start">The first moment of the range (inclusive).</param>
    /// <param name="end">The moment the range ends (exclusive); <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/> (and is not midnight).</exception>
    public TimeOfDayRange(LocalTime start, LocalTime end)
    {
        Preconditions.CheckArgument(
            end == LocalTime.Midnight || end > start,
            nameof(end),
            $"The end of a time range must be later than its start (or midnight, for the end of the day), was {start:HH:mm:ss.FFFFFFFFF}-{end:HH:mm:ss.FFFFFFFFF}.");
        Start = start;
        End = end;
    }

    /// <summary>The first moment of the range (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>The end of the range (exclusive); <see cref="LocalTime.Midnight"/> means the end of the day.</summary>
    public LocalTime End { get; }

    /// <summary>Whether the range runs to the end of the day (its end is midnight).</summary>
    public bool EndsAtMidnight => End == LocalTime.Midnight;

    /// <summary>How long the range is on a day without a clock change.</summary>
    public Duration Length => Duration.FromNanoseconds(EndNanosecondOfDay - Start.NanosecondOfDay);

    internal long EndNanosecondOfDay => EndsAtMidnight ? NanosecondsPerDay : End.NanosecondOfDay;

    /// <summary>Creates a range from whole hours and minutes: <c>TimeOfDayRange.Of(9, 0, 13, 0)</c>.</summary>
    /// <param name="startHour">Start hour, 0-23.</param>
    /// <param name="startMinute">Start minute, 0-59.</param>
    /// <param name="endHour">End hour, 0-23 (0 with minute 0 means midnight, the end of the day).</param>
    /// <param name="endMinute">End minute, 0-59.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An hour or minute is out of range.</exception>
    /// <exception cref="ArgumentException">The end is not later than the start.</exception>
    public static TimeOfDayRange Of(int startHour, int startMinute, int endHour, int endMinute)
    {
        Preconditions.CheckArgumentRange(nameof(startHour), startHour, 0, 23);
        Preconditions.CheckArgumentRange(nameof(startMinute), startMinute, 0, 59);
        Preconditions.CheckArgumentRange(nameof(endHour), endHour, 0, 23);
        Preconditions.CheckArgumentRange(nameof(endMinute), endMinute, 0, 59);
        return new TimeOfDayRange(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));
    }

    /// <summary>Whether a local time falls inside the range (start inclusive, end exclusive).</summary>
    /// <param name="time">The local time of day.</param>
    /// <returns>True when <paramref name="time"/> is at or after the start and before the end.</returns>
    public bool Contains(LocalTime time) => time >= Start && (EndsAtMidnight || time < End);

    /// <summary>The range as text, <c>09:00-13:00</c> (with <c>24:00</c> for an end at midnight).</summary>
    /// <returns>The range in 24-hour clock.</returns>
    public override string ToString() =>
        Format(Start) + "-" + (EndsAtMidnight ? "24:00" : Format(End));

    private static string Format(LocalTime time) =>
        time.ToString(time.Second == 0 && time.NanosecondOfSecond == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
