using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;
using NodaTime.TimeZones;

namespace ClientBoundaries.Calendars;

/// <summary>
/// The business days of a window of whole years, laid out a week at a time so that business-day maths jumps straight to
/// an answer: for each week (Monday to Sunday) the weekdays that are business days and how many business days came
/// before it. Also the dates in the window that fall on working weekdays but are not business days (holidays, observed
/// holidays, closures, dates the zone's clocks skipped), sorted. Built once per window and never changed, so it is shared
/// freely between threads.
/// </summary>
internal sealed class NonWorkingDayIndex
{
    private const int SecondsPerDay = 86_400;

    // A week's entry is (business days before it << 7) | its business-day mask (bit 0 Monday): one read gives both.
    private const int MaskBits = 7;
    private const int MaskOfWeek = (1 << MaskBits) - 1;
    private const int BucketShift = 3;

    // Entry (mask << 3) | i: how many bits of mask are set at or below bit i; the bit of the (i + 1)-th set bit of mask.
    private static readonly byte[] SetBitsThrough = BitTable(count: true);
    private static readonly byte[] NthSetBit = BitTable(count: false);

    private readonly int[] _weeks;

    // Element j: the week holding the business day numbered (j << BucketShift) + 1 in the layout (counted from 1), so
    // that an ordinal finds its week by one read and a step or two. Eight business days a bucket: about 2.5 bytes a week.
    private readonly int[] _weekOfBucket;

    private NonWorkingDayIndex(int firstYear, int lastYear, int[] days, WorkingWeek? week)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        FirstDay = firstYear <= lastYear ? DayNumber.FromCivil(firstYear, 1, 1) : 1;
        LastDay = firstYear <= lastYear ? DayNumber.FromCivil(lastYear, 12, 31) : 0;
        Days = days;
        FirstMonday = FirstDay - DayNumber.WeekdayIndex(FirstDay);
        _weeks = week is null ? Array.Empty<int>() : LayOutWeeks(week, FirstMonday, LastDay, days);
        _weekOfBucket = BucketWeeks(_weeks);
    }

    /// <summary>Covers nothing: the first query of a calendar builds a real window.</summary>
    internal static NonWorkingDayIndex Empty { get; } = new(1, 0, Array.Empty<int>(), null);

    internal int FirstYear { get; }

    internal int LastYear { get; }

    /// <summary>The first day number covered (inclusive).</summary>
    internal int FirstDay { get; }

    /// <summary>The last day number covered (inclusive).</summary>
    internal int LastDay { get; }

    /// <summary>The Monday on or before <see cref="FirstDay"/>: where the first week of the layout starts.</summary>
    internal int FirstMonday { get; }

    /// <summary>Day numbers of non-working dates that fall on working weekdays, ascending, no repeats.</summary>
    internal int[] Days { get; }

    /// <summary>The bytes the week layout and its bucket table take (their arrays' elements), for the documentation of what a calendar costs.</summary>
    internal int WeekLayoutBytes => (_weeks.Length + _weekOfBucket.Length) * sizeof(int);

    internal bool Covers(int firstDay, int lastDay) => firstDay >= FirstDay && lastDay <= LastDay;

    internal static NonWorkingDayIndex Build(
        DateTimeZone zone,
        WorkingWeek week,
        IReadOnlyList<HolidayRule> holidays,
        IReadOnlyList<Closure> closures,
        int firstYear,
        int lastYear)
    {
        var days = CollectDayNumbers(zone, week, holidays, closures, DayNumber.FromCivil(firstYear, 1, 1), DayNumber.FromCivil(lastYear, 12, 31));
        return new NonWorkingDayIndex(firstYear, lastYear, days, week);
    }

    /// <summary>
    /// The ordinal of a covered day: how many business days there are up to and including it, counted as
    /// <see cref="WorkingWeek.WorkingWeekdaysThrough"/> counts working weekdays, less the days off in the window before
    /// it. One read of its week.
    /// </summary>
    /// <param name="day">A day number from <see cref="FirstDay"/> to <see cref="LastDay"/>.</param>
    /// <param name="isBusinessDay">Whether the day is itself a business day.</param>
    internal int BusinessDaysThrough(int day, out bool isBusinessDay)
    {
        var fromMonday = (uint)(day - FirstMonday);
        var week = (int)(fromMonday / 7);
        var weekday = (int)fromMonday - (7 * week);
        var entry = _weeks[week];
        isBusinessDay = ((entry >> weekday) & 1) != 0;
        return (entry >> MaskBits) + SetBitsThrough[((entry & MaskOfWeek) << 3) | weekday];
    }

    /// <summary>Whether a covered day (from <see cref="FirstDay"/> to <see cref="LastDay"/>) is a business day. One read of its week.</summary>
    internal bool IsBusinessDay(int day)
    {
        var fromMonday = (uint)(day - FirstMonday);
        var week = fromMonday / 7;
        return ((_weeks[week] >> (int)(fromMonday - (7 * week))) & 1) != 0;
    }

    /// <summary>
    /// The day whose ordinal (see <see cref="BusinessDaysThrough"/>) is <paramref name="ordinal"/>. Outside the layout's
    /// weeks, the working weekday the ordinal would fall on if the days beyond had no days off, which is where the
    /// answer lies at the nearest (the caller widens the window when it is not covered).
    /// </summary>
    /// <param name="week">The working week the layout was built for.</param>
    /// <param name="ordinal">The ordinal sought.</param>
    internal int DayWithOrdinal(WorkingWeek week, int ordinal)
    {
        var weeks = _weeks;
        var first = weeks[0] >> MaskBits;
        if (ordinal <= first || ordinal > weeks[weeks.Length - 1] >> MaskBits)
        {
            return DayBeyondWeeks(week, ordinal);
        }

        // The bucket's table gives the week of one of the eight business days it holds; the answer is that week or a few
        // after it (a search only when days off lie between, as across a long closure).
        var bucket = (ordinal - first - 1) >> BucketShift;
        var low = _weekOfBucket[bucket];
        var high = _weekOfBucket[bucket + 1] + 1;
        if (high - low > 4)
        {
            while (high - low > 1)
            {
                var middle = (int)((uint)(low + high) >> 1);
                if (weeks[middle] >> MaskBits < ordinal)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }
        }
        else
        {
            while (weeks[low + 1] >> MaskBits < ordinal)
            {
                low++;
            }
        }

        var entry = weeks[low];
        return FirstMonday + (7 * low) + NthSetBit[((entry & MaskOfWeek) << 3) | (ordinal - (entry >> MaskBits) - 1)];
    }

    /// <summary>The working weekday with an ordinal that falls before or after every week of the layout, as if the days beyond had no days off.</summary>
    private int DayBeyondWeeks(WorkingWeek week, int ordinal)
    {
        var last = _weeks.Length - 1;
        var after = _weeks[last] >> MaskBits;

        // After the layout, every day off of the window lies before the answer; before it, none does.
        return ordinal > after
            ? week.WorkingWeekdayWithOrdinal(ordinal + (week.WorkingWeekdaysThrough(FirstMonday + (7 * last) - 1) - after))
            : week.WorkingWeekdayWithOrdinal(ordinal);
    }

    /// <summary>
    /// One entry per week from <paramref name="firstMonday"/> to the Sunday on or after <paramref name="lastDay"/>, plus
    /// one after the last holding the ordinal of that Sunday. Days of those weeks outside the window count as working
    /// weekdays (the window says nothing about them, and an answer there is not covered). Linear in weeks and days off.
    /// </summary>
    private static int[] LayOutWeeks(WorkingWeek week, int firstMonday, int lastDay, int[] daysOff)
    {
        var count = ((lastDay - firstMonday) / 7) + 1;
        var weeks = new int[count + 1];
        var before = week.WorkingWeekdaysThrough(firstMonday - 1);
        var next = 0;
        for (var w = 0; w < count; w++)
        {
            var mask = week.WorkingDayMask;
            var monday = firstMonday + (7 * w);
            while (next < daysOff.Length && daysOff[next] < monday + 7)
            {
                mask &= ~(1 << (daysOff[next] - monday));
                next++;
            }

            weeks[w] = (before << MaskBits) | mask;
            before += SetBitsThrough[(mask << 3) | (MaskBits - 1)];
        }

        weeks[count] = before << MaskBits;
        return weeks;
    }

    /// <summary>The week of every eighth business day of the layout (see <c>_weekOfBucket</c>), and one past the last. Linear in weeks.</summary>
    private static int[] BucketWeeks(int[] weeks)
    {
        if (weeks.Length < 2)
        {
            return Array.Empty<int>();
        }

        var first = weeks[0] >> MaskBits;
        var total = (weeks[weeks.Length - 1] >> MaskBits) - first;
        var buckets = new int[(total >> BucketShift) + 2];
        var w = 0;
        for (var j = 0; j < buckets.Length; j++)
        {
            var ordinal = first + (j << BucketShift) + 1;
            while (w < weeks.Length - 2 && weeks[w + 1] >> MaskBits < ordinal)
            {
                w++;
            }

            buckets[j] = w;
        }

        return buckets;
    }

    private static byte[] BitTable(bool count)
    {
        var table = new byte[(MaskOfWeek + 1) << 3];
        for (var mask = 0; mask <= MaskOfWeek; mask++)
        {
            var seen = 0;
            for (var bit = 0; bit < MaskBits; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    if (!count)
                    {
                        table[(mask << 3) | seen] = (byte)bit;
                    }

                    seen++;
                }

                if (count)
                {
                    table[(mask << 3) | bit] = (byte)seen;
                }
            }
        }

        return table;
    }

    /// <summary>
    /// The day numbers from <paramref name="firstDay"/> to <paramref name="lastDay"/> (inclusive) that fall on working
    /// weekdays but are days off, ascending: what <see cref="CollectDaysOff"/> gives, without the reasons, for the table.
    /// </summary>
    /// <remarks>
    /// Linear in rules times years, plus a sort of the holidays that move: a bit per day of the range (a year either
    /// side) marks what is taken, Easter is worked out once a year, and no reason is written. A calendar of 1,000
    /// Easter-relative rules over 8,000 years builds in well under a second, and a table is built once per window of
    /// years queried (see <c>BusinessCalendar</c>), then shared.
    /// </remarks>
    private static int[] CollectDayNumbers(
        DateTimeZone zone,
        WorkingWeek week,
        IReadOnlyList<HolidayRule> holidays,
        IReadOnlyList<Closure> closures,
        int firstDay,
        int lastDay)
    {
        var firstYear = Math.Max(DayNumber.MinYear, DayNumber.YearOf(firstDay) - 1);
        var lastYear = Math.Min(DayNumber.MaxYear, DayNumber.YearOf(lastDay) + 1);
        var origin = DayNumber.FromCivil(firstYear, 1, 1);
        var taken = new bool[DayNumber.FromCivil(lastYear, 12, 31) - origin + 1];
        var hasEaster = false;
        foreach (var rule in holidays)
        {
            hasEaster |= rule is HolidayRule.RelativeToEaster;
        }

        // Holidays that stay put first, so observed days can step around them; the rest sorted by day, then rule order.
        var toShift = new List<long>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var easterSunday = hasEaster ? HolidayRule.EasterSunday(year) : default;
            var easter = hasEaster ? DayNumber.FromCivil(year, easterSunday.Month, easterSunday.Day) : 0;
            for (var i = 0; i < holidays.Count; i++)
            {
                var rule = holidays[i];
                int day;
                if (rule is HolidayRule.RelativeToEaster relative)
                {
                    // Easter once a year, then day numbers: no date is built for the many Easter rules a calendar may hold.
                    if (!relative.HoldsIn(year))
                    {
                        continue;
                    }

                    day = easter + relative.OffsetDays;
                }
                else if (rule.DateInCheckedYear(year) is { } date)
                {
                    day = DayNumber.FromCivil(date.Year, date.Month, date.Day);
                }
                else
                {
                    continue;
                }

                if (rule.Observance == HolidayObservance.None || week.IsWorkingWeekdayIndex(DayNumber.WeekdayIndex(day)))
                {
                    taken[day - origin] = true;
                }
                else
                {
                    toShift.Add(((long)(day - origin) << 32) | (uint)i);
                }
            }
        }

        toShift.Sort();
        foreach (var entry in toShift)
        {
            var rule = holidays[(int)(entry & 0xFFFF_FFFF)];
            var day = (int)(entry >> 32) + origin;
            var observed = rule.Observance.Shift(DayNumber.ToDate(day), week, d => IsTaken(taken, origin, d));
            if (observed is { } o && DayNumber.FromCivil(o.Year, o.Month, o.Day) - origin is var at && at >= 0 && at < taken.Length)
            {
                taken[at] = true;
            }
        }

        foreach (var closure in closures)
        {
            var start = Math.Max(firstDay, DayNumber.FromCivil(closure.Dates.Start.Year, closure.Dates.Start.Month, closure.Dates.Start.Day));
            var end = Math.Min(lastDay, DayNumber.FromCivil(closure.Dates.End.Year, closure.Dates.End.Month, closure.Dates.End.Day));
            for (var day = start; day <= end; day++)
            {
                taken[day - origin] = true;
            }
        }

        foreach (var day in SkippedDates(zone, firstDay, lastDay))
        {
            taken[day - origin] = true;
        }

        var days = new List<int>();
        for (var day = firstDay; day <= lastDay; day++)
        {
            if (taken[day - origin] && week.IsWorkingWeekdayIndex(DayNumber.WeekdayIndex(day)))
            {
                days.Add(day);
            }
        }

        return days.ToArray();
    }

    private static bool IsTaken(bool[] taken, int origin, LocalDate date)
    {
        var at = DayNumber.FromCivil(date.Year, date.Month, date.Day) - origin;
        return at >= 0 && at < taken.Length && taken[at];
    }

    /// <summary>
    /// The dates from <paramref name="firstDay"/> to <paramref name="lastDay"/> (day numbers,
    /// inclusive) that fall on working weekdays but are days off, each with the reason a person
    /// would give: the holiday's name ("... (observed)" when moved), the closure's reason, or that
    /// the zone's clocks skipped the date.
    /// </summary>
    internal static SortedDictionary<int, string> CollectDaysOff(
        DateTimeZone zone,
        WorkingWeek week,
        IReadOnlyList<HolidayRule> holidays,
        IReadOnlyList<Closure> closures,
        int firstDay,
        int lastDay)
    {
        // Holidays that stay put come first, so observed days can step around them. A year either
        // side is expanded because an observed day can cross New Year.
        var taken = new Dictionary<int, string>();
        var toShift = new List<(int Day, int Order, HolidayRule Rule)>();
        var firstYear = Math.Max(DayNumber.MinYear, DayNumber.YearOf(firstDay) - 1);
        var lastYear = Math.Min(DayNumber.MaxYear, DayNumber.YearOf(lastDay) + 1);
        for (var year = firstYear; year <= lastYear; year++)
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
                    Take(taken, day, rule.Name);
                }
                else
                {
                    toShift.Add((day, i, rule));
                }
            }
        }

        toShift.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Order.CompareTo(b.Order));
        foreach (var (day, _, rule) in toShift)
        {
            var observed = rule.Observance.Shift(DayNumber.ToDate(day), week, d => taken.ContainsKey(DayNumber.FromCivil(d.Year, d.Month, d.Day)));
            if (observed is { } o)
            {
                Take(taken, DayNumber.FromCivil(o.Year, o.Month, o.Day), Sentences.English("day-off.observed", new[] { Fact.Of("holiday", rule.Name) }));
            }
        }

        foreach (var closure in closures)
        {
            var start = Math.Max(firstDay, DayNumber.FromCivil(closure.Dates.Start.Year, closure.Dates.Start.Month, closure.Dates.Start.Day));
            var end = Math.Min(lastDay, DayNumber.FromCivil(closure.Dates.End.Year, closure.Dates.End.Month, closure.Dates.End.Day));
            for (var day = start; day <= end; day++)
            {
                Take(taken, day, closure.Reason);
            }
        }

        foreach (var day in SkippedDates(zone, firstDay, lastDay))
        {
            Take(taken, day, Sentences.English("day-off.skipped", new[] { Fact.Of("zone", zone.Id) }));
        }

        var daysOff = new SortedDictionary<int, string>();
        foreach (var entry in taken)
        {
            if (entry.Key >= firstDay && entry.Key <= lastDay && week.IsWorkingWeekdayIndex(DayNumber.WeekdayIndex(entry.Key)))
            {
                daysOff.Add(entry.Key, entry.Value);
            }
        }

        return daysOff;
    }

    /// <summary>
    /// The dates from <paramref name="firstDay"/> to <paramref name="lastDay"/> (day numbers) that
    /// never happened in the zone: its clocks jumped over the whole date, as when an island moved
    /// across the date line (Pacific/Apia went from 29 to 31 December 2011). Nobody works on them.
    /// </summary>
    private static List<int> SkippedDates(DateTimeZone zone, int firstDay, int lastDay)
    {
        var skipped = new List<int>();

        // Only a jump of a whole day skips a date, and most zones never move that far: one comparison.
        if (zone.MaxOffset.Seconds - zone.MinOffset.Seconds < SecondsPerDay)
        {
            return skipped;
        }

        // A day either side, in UTC, covers every local date of the range whatever the offset.
        var from = Instant.FromUnixTimeSeconds(Math.Max(firstDay - 1, DayNumber.Min) * (long)SecondsPerDay);
        var until = Instant.FromUnixTimeSeconds(Math.Min(lastDay + 1, DayNumber.Max) * (long)SecondsPerDay);
        ZoneInterval? previous = null;
        foreach (var interval in zone.GetZoneIntervals(from, until))
        {
            if (previous is not null && interval.WallOffset.Seconds - previous.WallOffset.Seconds >= SecondsPerDay)
            {
                // The local times from the old offset's reading of the jump to the new one's never happened.
                var gapStart = interval.Start.WithOffset(previous.WallOffset).LocalDateTime;
                var gapEnd = interval.Start.WithOffset(interval.WallOffset).LocalDateTime;
                var first = gapStart.TimeOfDay == LocalTime.Midnight ? gapStart.Date : gapStart.Date.PlusDays(1);
                for (var date = first; date < gapEnd.Date; date = date.PlusDays(1))
                {
                    var day = DayNumber.FromCivil(date.Year, date.Month, date.Day);
                    if (day >= firstDay && day <= lastDay)
                    {
                        skipped.Add(day);
                    }
                }
            }

            previous = interval;
        }

        return skipped;
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

    // The first reason given for a day wins: a holiday inside a closure keeps its own name.
    private static void Take(Dictionary<int, string> taken, int day, string reason)
    {
        // Dictionary.TryAdd is not in netstandard2.0.
        if (!taken.ContainsKey(day))
        {
            taken[day] = reason;
        }
    }
}
