using System;
using ClientBoundaries.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// Working time the way the library counted it before issue 21, one business day at a time: each day's ranges resolved
/// to instants and walked in order. Kept as the reference the library's flat count is compared with; it asks the
/// calendar only which dates are business days and resolves local times itself. The benchmarks compile this same file as
/// the baseline they measure the library against.
/// </summary>
internal static class DayByDayWorkingTime
{
    private static readonly ZoneLocalMappingResolver EarliestStart =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver LatestEnd =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    public static Instant AddWorkingTime(BusinessCalendar calendar, Instant start, Duration workingTime, WorkingWeek hours)
    {
        if (!HasHoursOnAWorkingDay(calendar.WorkingWeek, hours))
        {
            throw new ArgumentException("No hours on working days.", nameof(hours));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, Duration.Zero);
        if (workingTime == Duration.Zero)
        {
            return start;
        }

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

        var last = calendar.ToLocalDate(until);
        last = last.Year == 9999 && last.Month == 12 && last.Day == 31 ? last : last.PlusDays(1);
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

            if (date == last || NextBusinessDayOrNone(calendar, date) is not { } next)
            {
                break;
            }

            date = next;
        }

        return total;
    }

    public static bool IsWorkingTime(BusinessCalendar calendar, Instant instant, WorkingWeek hours)
    {
        var date = calendar.ToLocalDate(instant);
        return On(date) || (date.Year > 1 || date.DayOfYear > 1) && On(date.PlusDays(-1)) || !IsLastDate(date) && On(date.PlusDays(1));

        bool On(LocalDate day)
        {
            if (!calendar.IsBusinessDay(day))
            {
                return false;
            }

            foreach (var range in hours.HoursOn(day.DayOfWeek))
            {
                var (start, end) = ToInstants(calendar.Zone, day, range);
                if (start <= instant && instant < end)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Public members only: the benchmarks compile this file too, and see none of the library's internals.
    private static bool HasHoursOnAWorkingDay(WorkingWeek week, WorkingWeek hours)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if (week.IsWorkingDay(day) && hours.IsWorkingDay(day))
            {
                return true;
            }
        }

        return false;
    }

    // The next business day, or null when none comes before the end of the calendar (where the public method throws).
    private static LocalDate? NextBusinessDayOrNone(BusinessCalendar calendar, LocalDate date)
    {
        try
        {
            return calendar.NextBusinessDay(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool IsLastDate(LocalDate date) => date.Year == 9999 && date.Month == 12 && date.Day == 31;

    private static (Instant Start, Instant End) ToInstants(DateTimeZone zone, LocalDate date, TimeOfDayRange range)
    {
        var start = Resolve(zone, date.At(range.Start), EarliestStart);
        var end = range.EndsAtMidnight
            ? IsLastDate(date) ? Instant.MaxValue : Resolve(zone, date.PlusDays(1).AtMidnight(), EarliestStart)
            : Resolve(zone, date.At(range.End), LatestEnd);
        return (start, end);
    }

    private static Instant Resolve(DateTimeZone zone, LocalDateTime local, ZoneLocalMappingResolver resolver)
    {
        try
        {
            return zone.ResolveLocal(local, resolver).ToInstant();
        }
        catch (OverflowException)
        {
            return Instant.MaxValue;
        }
    }
}
