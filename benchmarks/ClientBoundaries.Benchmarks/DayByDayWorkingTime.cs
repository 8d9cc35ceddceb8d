using System;
using ClientBoundaries.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Working time the way the library counted it before issue 21, one business day at a time through the public
/// <see cref="BusinessCalendar.IsBusinessDay"/> and <see cref="BusinessCalendar.NextBusinessDay"/>, each day's ranges
/// resolved to instants: the baseline the library's flat count is compared with, and a cross-check of its answers.
/// </summary>
public static class DayByDayWorkingTime
{
    private static readonly ZoneLocalMappingResolver EarliestStart =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver LatestEnd =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The instant by which <paramref name="workingTime"/> (positive) in <paramref name="hours"/> has passed after <paramref name="start"/>.</summary>
    /// <param name="calendar">The calendar whose business days count.</param>
    /// <param name="start">When the count starts.</param>
    /// <param name="workingTime">How much working time must pass.</param>
    /// <param name="hours">The hours counted on each business day.</param>
    /// <returns>The instant.</returns>
    public static Instant AddWorkingTime(BusinessCalendar calendar, Instant start, Duration workingTime, WorkingWeek hours)
    {
        var cursor = start;
        var remaining = workingTime;
        var date = calendar.ToLocalDate(start).PlusDays(-1);
        if (!calendar.IsBusinessDay(date))
        {
            date = calendar.NextBusinessDay(date);
        }

        while (true)
        {
            var ranges = hours.HoursOn(date.DayOfWeek);
            for (var i = 0; i < ranges.Count; i++)
            {
                var (rangeStart, rangeEnd) = ToInstants(calendar.Zone, date, ranges[i]);
                if (rangeEnd <= cursor)
                {
                    continue;
                }

                var from = rangeStart > cursor ? rangeStart : cursor;
                var available = rangeEnd - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
                cursor = rangeEnd;
            }

            date = calendar.NextBusinessDay(date);
        }
    }

    /// <summary>The working time in <paramref name="hours"/> in [<paramref name="from"/>, <paramref name="until"/>), before the last day of 9999.</summary>
    /// <param name="calendar">The calendar whose business days count.</param>
    /// <param name="from">The start (included).</param>
    /// <param name="until">The end (excluded).</param>
    /// <param name="hours">The hours counted on each business day.</param>
    /// <returns>The working time.</returns>
    public static Duration WorkingTimeBetween(BusinessCalendar calendar, Instant from, Instant until, WorkingWeek hours)
    {
        var total = Duration.Zero;
        if (until <= from)
        {
            return total;
        }

        var date = calendar.ToLocalDate(from).PlusDays(-1);
        if (!calendar.IsBusinessDay(date))
        {
            date = calendar.NextBusinessDay(date);
        }

        var last = calendar.ToLocalDate(until).PlusDays(1);
        var counted = from;
        while (date <= last)
        {
            var ranges = hours.HoursOn(date.DayOfWeek);
            for (var i = 0; i < ranges.Count; i++)
            {
                var (rangeStart, rangeEnd) = ToInstants(calendar.Zone, date, ranges[i]);
                var start = rangeStart > counted ? rangeStart : counted;
                var end = rangeEnd < until ? rangeEnd : until;
                if (end > start)
                {
                    total += end - start;
                    counted = end;
                }
            }

            date = calendar.NextBusinessDay(date);
        }

        return total;
    }

    private static (Instant Start, Instant End) ToInstants(DateTimeZone zone, LocalDate date, TimeOfDayRange range)
    {
        var start = zone.ResolveLocal(date.At(range.Start), EarliestStart).ToInstant();
        var end = range.EndsAtMidnight
            ? zone.ResolveLocal(date.PlusDays(1).AtMidnight(), EarliestStart).ToInstant()
            : zone.ResolveLocal(date.At(range.End), LatestEnd).ToInstant();
        return (start, end);
    }
}
