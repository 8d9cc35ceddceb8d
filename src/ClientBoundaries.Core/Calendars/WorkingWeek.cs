using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// The days of the week a party works and its working hours on each of them: Monday to Friday
/// 09:00-17:00, Sunday to Thursday 08:00-16:00, or any other shape.
/// </summary>
/// <remarks>
/// <para>A day is a working day exactly when it has at least one range of working hours. A week has
/// at least one working day. Ranges on one day are kept in order and never overlap (they may
/// touch: 09:00-13:00 and 13:00-17:00).</para>
/// <para>Immutable and thread-safe: <see cref="WithHours"/> returns a new week. Equal when every
/// day has the same hours.</para>
/// </remarks>
public sealed class WorkingWeek : IEquatable<WorkingWeek>
{
    // Index 0 is Monday, 6 is Sunday (ISO order).
    private readonly ValueList<ValueList<TimeOfDayRange>> _hours;

    private WorkingWeek(ValueList<ValueList<TimeOfDayRange>> hours, string paramName)
    {
        _hours = hours;
        var days = new List<IsoDayOfWeek>();
        var mask = 0;
        var cumulative = new int[7];
        var firstStarts = new long[7];
        var lastEnds = new long[7];
        var working = 0;
        for (var i = 0; i < 7; i++)
        {
            firstStarts[i] = -1;
            lastEnds[i] = -1;
            if (hours[i].Count > 0)
            {
                days.Add((IsoDayOfWeek)(i + 1));
                mask |= 1 << i;
                working++;
                firstStarts[i] = hours[i][0].Start.NanosecondOfDay;
                lastEnds[i] = hours[i][hours[i].Count - 1].EndNanosecondOfDay;
            }

            cumulative[i] = working;
        }

        Preconditions.CheckArgument(working > 0, paramName, "A working week must have at least one working day.");
        WorkingDays = new ValueList<IsoDayOfWeek>(days);
        WorkingDaysPerWeek = working;
        WorkingDayMask = mask;
        WorkingDaysThroughWeekday = cumulative;
        WorkingWeekdayIndexes = days.Select(d => (int)d - 1).ToArray();
        FirstStartNanoseconds = firstStarts;
        LastEndNanoseconds = lastEnds;
    }

    /// <summary>The working days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WorkingDays { get; }

    /// <summary>How many working days the week has (1 to 7).</summary>
    public int WorkingDaysPerWeek { get; }

    /// <summary>Bit i set when ISO weekday i + 1 is a working day (bit 0 is Monday).</summary>
    internal int WorkingDayMask { get; }

    /// <summary>Element i is the number of working days from Monday up to and including weekday index i.</summary>
    internal int[] WorkingDaysThroughWeekday { get; }

    /// <summary>Element m is the weekday index (0 = Monday) of the (m + 1)-th working day of the week.</summary>
    internal int[] WorkingWeekdayIndexes { get; }

    /// <summary>Element i is when weekday index i's first working range starts, in nanoseconds after midnight; -1 on a day without hours.</summary>
    internal long[] FirstStartNanoseconds { get; }

    /// <summary>Element i is when weekday index i's last working range ends, in nanoseconds after midnight (a whole day for 24:00); -1 on a day without hours.</summary>
    internal long[] LastEndNanoseconds { get; }

    internal bool IsWorkingWeekdayIndex(int weekdayIndex) => (WorkingDayMask & (1 << weekdayIndex)) != 0;

    /// <summary>
    /// How many working weekdays there are from Monday 1969-12-29 up to and including the given day
    /// (zero or negative before it): whole weeks by multiplication, the part week by table.
    /// </summary>
    internal int WorkingWeekdaysThrough(int dayNumber)
    {
        var t = dayNumber + 3;
        var week = t >= 0 ? t / 7 : ((t + 1) / 7) - 1;
        return (WorkingDaysPerWeek * week) + WorkingDaysThroughWeekday[t - (7 * week)];
    }

    /// <summary>The inverse of <see cref="WorkingWeekdaysThrough"/>: the working weekday with the given ordinal.</summary>
    internal int WorkingWeekdayWithOrdinal(int ordinal)
    {
        var perWeek = WorkingDaysPerWeek;
        var c = ordinal - 1;
        var week = c >= 0 ? c / perWeek : ((c + 1) / perWeek) - 1;
        return (7 * week) + WorkingWeekdayIndexes[c - (perWeek * week)] - 3;
    }

    /// <summary>
    /// A week with the same hours on each of the given days and no work on the others.
    /// </summary>
    /// <param name="days">The working days; at least one; repeats are ignored.</param>
    /// <param name="hours">The working hours on each of those days; at least one range, none overlapping.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No days, an invalid weekday, no hours, or overlapping hours.</exception>
    public static WorkingWeek Of(IEnumerable<IsoDayOfWeek> days, params TimeOfDayRange[] hours)
    {
        Preconditions.CheckNotNull(days, nameof(days));
        var dayHours = CheckHours(hours, nameof(hours));
        Preconditions.CheckArgument(dayHours.Count > 0, nameof(hours), "A working day needs at least one range of working hours.");
        var perDay = new ValueList<TimeOfDayRange>[7];
        for (var i = 0; i < 7; i++)
        {
            perDay[i] = ValueList<TimeOfDayRange>.Empty;
        }

        var any = false;
        foreach (var day in days)
        {
            any = true;
            Preconditions.CheckArgument(
                day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday,
                nameof(days),
                $"Must hold only ISO days of the week (Monday to Sunday), but held {(int)day}.");
            perDay[(int)day - 1] = dayHours;
        }

        Preconditions.CheckArgument(any, nameof(days), "A working week must have at least one working day, but no days were given.");

        return new WorkingWeek(new ValueList<ValueList<TimeOfDayRange>>(perDay), nameof(days));
    }

    /// <summary>Monday to Friday, with the given hours each day (09:00-17:00 when none are given).</summary>
    /// <param name="hours">The working hours of each day; none overlapping.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentException">Overlapping hours.</exception>
    public static WorkingWeek MondayToFriday(params TimeOfDayRange[] hours) =>
        Of(
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday },
            hours is { Length: > 0 } ? hours : new[] { TimeOfDayRange.Of(9, 0, 17, 0) });

    /// <summary>
    /// A copy of this week with different hours on one day; no hours makes it a day off.
    /// </summary>
    /// <param name="day">The day to change.</param>
    /// <param name="hours">Its new working hours, none overlapping; empty for a day off.</param>
    /// <returns>The new week.</returns>
    /// <exception cref="ArgumentException">An invalid weekday, overlapping hours, or a week left with no working day.</exception>
    public WorkingWeek WithHours(IsoDayOfWeek day, params TimeOfDayRange[] hours)
    {
        Preconditions.CheckArgument(
            day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday,
            nameof(day),
            $"Must be an ISO day of the week (Monday to Sunday), was {(int)day}.");
        var perDay = _hours.ToArray();
        perDay[(int)day - 1] = CheckHours(hours, nameof(hours));
        return new WorkingWeek(new ValueList<ValueList<TimeOfDayRange>>(perDay), nameof(hours));
    }

    /// <summary>Whether the given day of the week is a working day.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>True when it has working hours.</returns>
    public bool IsWorkingDay(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && (WorkingDayMask & (1 << ((int)day - 1))) != 0;

    /// <summary>The working hours on the given day of the week, in order; empty on a day off.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The ranges of working hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not an ISO day of the week.</exception>
    public IReadOnlyList<TimeOfDayRange> HoursOn(IsoDayOfWeek day)
    {
        Preconditions.CheckArgument(
            day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday,
            nameof(day),
            $"Must be an ISO day of the week (Monday to Sunday), was {(int)day}.");
        return _hours[(int)day - 1];
    }

    /// <inheritdoc />
    public bool Equals(WorkingWeek? other) => other is not null && _hours.Equals(other._hours);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingWeek);

    /// <inheritdoc />
    public override int GetHashCode() => _hours.GetHashCode();

    /// <summary>The week as text: <c>Mon 09:00-17:00, Tue 09:00-17:00, ...</c>.</summary>
    /// <returns>Each working day with its hours.</returns>
    public override string ToString() =>
        string.Join(", ", WorkingDays.Select(d => d.ToString().Substring(0, 3) + " " + string.Join(" ", HoursOn(d))));

    private static ValueList<TimeOfDayRange> CheckHours(TimeOfDayRange[]? hours, string paramName)
    {
        var ranges = Preconditions.CheckElementsNotNull(hours, paramName)
            .OrderBy(r => r.Start)
            .ToList();
        for (var i = 1; i < ranges.Count; i++)
        {
            Preconditions.CheckArgument(
                ranges[i].Start.NanosecondOfDay >= ranges[i - 1].EndNanosecondOfDay,
                paramName,
                $"Working hours on one day must not overlap, but {ranges[i - 1]} overlaps {ranges[i]}.");
        }

        return new ValueList<TimeOfDayRange>(ranges);
    }
}
