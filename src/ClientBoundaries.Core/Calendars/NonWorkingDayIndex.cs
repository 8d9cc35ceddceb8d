using System;
using System.Collections.Generic;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// The dates in a window of whole years that fall on working weekdays but are not business days
/// (holidays, observed holidays, closures), sorted, with the ordinals that let business-day maths
/// jump straight to an answer. Built once per window and never changed, so it is shared freely
/// between threads.
/// </summary>
internal sealed class NonWorkingDayIndex
{
    private NonWorkingDayIndex(int firstYear, int lastYear, int[] days, int[] keys)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        FirstDay = firstYear <= lastYear ? DayNumber.FromCivil(firstYear, 1, 1) : 1;
        LastDay = firstYear <= lastYear ? DayNumber.FromCivil(lastYear, 12, 31) : 0;
        Days = days;
        Keys = keys;
    }

    /// <summary>Covers nothing: the first query of a calendar builds a real window.</summary>
    internal static NonWorkingDayIndex Empty { get; } = new(1, 0, Array.Empty<int>(), Array.Empty<int>());

    internal int FirstYear { get; }

    internal int LastYear { get; }

    /// <summary>The first day number covered (inclusive).</summary>
    internal int FirstDay { get; }

    /// <summary>The last day number covered (inclusive).</summary>
    internal int LastDay { get; }

    /// <summary>Day numbers of non-working dates that fall on working weekdays, ascending, no repeats.</summary>
    internal int[] Days { get; }

    /// <summary>
    /// Keys[i] = W(Days[i]) - i, where W counts working weekdays. A non-working date i comes
    /// before the business day with ordinal T exactly when Keys[i] &lt;= T, and Keys never
    /// decreases, so one binary search finds how many of them precede a target.
    /// </summary>
    internal int[] Keys { get; }

    internal bool Covers(int firstDay, int lastDay) => firstDay >= FirstDay && lastDay <= LastDay;

    internal static NonWorkingDayIndex Build(
        WorkingWeek week,
        IReadOnlyList<HolidayRule> holidays,
        IReadOnlyList<Closure> closures,
        int firstYear,
        int lastYear)
    {
        var firstDay = DayNumber.FromCivil(firstYear, 1, 1);
        var lastDay = DayNumber.FromCivil(lastYear, 12, 31);

        // Holidays that stay put come first, so observed days can step around them. A year either
        // side of the window is expanded because an observed day can cross New Year.
        var taken = new HashSet<int>();
        var toShift = new List<(int Day, int Order, HolidayObservance Observance)>();
        for (var year = Math.Max(DayNumber.MinYear, firstYear - 1); year <= Math.Min(DayNumber.MaxYear, lastYear + 1); year++)
        {
            for (var i = 0; i < holidays.Count; i++)
            {
                var rule = holidays[i];
                if (rule.DateIn(year) is not { } date)
                {
                    continue;
                }

                var day = DayNumber.FromCivil(date.Year, date.Month, date.Day);
                if (rule.Observance == HolidayObservance.None || week.IsWorkingDay(date.DayOfWeek))
                {
                    taken.Add(day);
                }
                else
                {
                    toShift.Add((day, i, rule.Observance));
                }
            }
        }

        toShift.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Order.CompareTo(b.Order));
        foreach (var (day, _, observance) in toShift)
        {
            var observed = observance.Shift(DayNumber.ToDate(day), week, d => taken.Contains(DayNumber.FromCivil(d.Year, d.Month, d.Day)));
            if (observed is { } o)
            {
                taken.Add(DayNumber.FromCivil(o.Year, o.Month, o.Day));
            }
        }

        foreach (var closure in closures)
        {
            var start = Math.Max(firstDay, DayNumber.FromCivil(closure.Dates.Start.Year, closure.Dates.Start.Month, closure.Dates.Start.Day));
            var end = Math.Min(lastDay, DayNumber.FromCivil(closure.Dates.End.Year, closure.Dates.End.Month, closure.Dates.End.Day));
            for (var day = start; day <= end; day++)
            {
                taken.Add(day);
            }
        }

        var days = new List<int>(taken.Count);
        foreach (var day in taken)
        {
            if (day >= firstDay && day <= lastDay && week.IsWorkingWeekdayIndex(DayNumber.WeekdayIndex(day)))
            {
                days.Add(day);
            }
        }

        days.Sort();
        var keys = new int[days.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = week.WorkingWeekdaysThrough(days[i]) - i;
        }

        return new NonWorkingDayIndex(firstYear, lastYear, days.ToArray(), keys);
    }

    /// <summary>How many elements of a sorted array are less than or equal to <paramref name="value"/>.</summary>
    internal static int CountAtMost(int[] sorted, int value)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
