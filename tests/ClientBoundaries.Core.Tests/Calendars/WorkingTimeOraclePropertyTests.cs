using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>
/// The flat count of working time against the day-by-day walk it replaced (<see cref="DayByDayWorkingTime"/>), over
/// random calendars in zones with every kind of clock change: half-hour daylight saving (Lord Howe), a skipped date
/// (Apia 2011), a repeated day (Juneau 1867), changes at midnight (Havana, Sao Paulo), and the end of the year 9999;
/// with holidays, closures, and contact windows split and near midnight. Same answer, same exception, same parameter.
/// </summary>
public class WorkingTimeOraclePropertyTests
{
    private static readonly string[] Zones =
    {
        "UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia", "America/Juneau",
        "America/Havana", "America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Honolulu",
    };

    private static readonly HolidayObservance[] Observances = { HolidayObservance.None, HolidayObservance.NearestWorkingDay, HolidayObservance.NextWorkingDay };

    // Minutes of the day a range likes to start or end at: the edges of the day and the hours clocks change in.
    private static readonly int[] Edges = { 0, 1, 30, 59, 60, 90, 120, 150, 180, 1380, 1410, 1439, 1440 };

    internal sealed record Shape(BusinessCalendar Calendar, WorkingWeek Hours, string Text)
    {
        public override string ToString() => Text;
    }

    internal sealed record Case(Shape Shape, Instant From, Duration Span)
    {
        public override string ToString() => $"{Shape}; from {From}, span {Span}";
    }

    [Fact]
    public void Working_time_between_two_instants_is_what_the_day_by_day_walk_counted()
    {
        PropertyCheck.Holds(Cases.ToArbitrary(), c =>
            Same(
                () => DayByDayWorkingTime.WorkingTimeBetween(c.Shape.Calendar, c.From, Until(c), c.Shape.Hours),
                () => c.Shape.Calendar.WorkingTimeBetween(c.From, Until(c), c.Shape.Hours)),
            cases: 600);
    }

    [Fact]
    public void Adding_working_time_lands_where_the_day_by_day_walk_landed()
    {
        PropertyCheck.Holds(Cases.ToArbitrary(), c =>
            Same(
                () => DayByDayWorkingTime.AddWorkingTime(c.Shape.Calendar, c.From, WorkIn(c, c.Shape.Hours), c.Shape.Hours),
                () => c.Shape.Calendar.AddWorkingTime(c.From, WorkIn(c, c.Shape.Hours), c.Shape.Hours)),
            cases: 600);
    }

    [Fact]
    public void Counting_and_adding_in_the_calendars_own_hours_agree_with_the_walk_through_the_public_methods()
    {
        PropertyCheck.Holds(Cases.ToArbitrary(), c =>
            Same(
                () => DayByDayWorkingTime.AddWorkingTime(c.Shape.Calendar, c.From, WorkIn(c, c.Shape.Calendar.WorkingWeek), c.Shape.Calendar.WorkingWeek),
                () => c.Shape.Calendar.AddWorkingTime(c.From, WorkIn(c, c.Shape.Calendar.WorkingWeek)))
            && Same(
                () => DayByDayWorkingTime.WorkingTimeBetween(c.Shape.Calendar, c.From, Until(c), c.Shape.Calendar.WorkingWeek),
                () => c.Shape.Calendar.WorkingTimeBetween(c.From, Until(c))),
            cases: 300);
    }

    [Fact]
    public void An_instant_is_working_time_exactly_when_the_day_by_day_walk_said_so()
    {
        // Every quarter of an hour across the span from the case's start, up to two days: the edges of ranges and clock changes.
        PropertyCheck.Holds(Cases.ToArbitrary(), c =>
        {
            var step = Duration.FromMinutes(15);
            for (var t = c.From; t <= c.From + Duration.FromDays(2) && t <= Until(c) && t < Instant.MaxValue - step; t += step)
            {
                var instant = t;
                if (!Same(
                        () => DayByDayWorkingTime.IsWorkingTime(c.Shape.Calendar, instant, c.Shape.Hours),
                        () => c.Shape.Calendar.IsWorkingTime(instant, c.Shape.Hours)))
                {
                    return false;
                }
            }

            return Same(() => DayByDayWorkingTime.IsWorkingTime(c.Shape.Calendar, c.From, c.Shape.Calendar.WorkingWeek), () => c.Shape.Calendar.IsWorkingTime(c.From));
        }, cases: 300);
    }

    [Fact]
    public void One_calendar_asked_many_times_over_far_apart_years_answers_as_the_walk_does()
    {
        // The table grows its window of years as queries move; answers must not depend on what was asked before.
        var calendar = new BusinessCalendar(
            Zone("America/New_York"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(0, 30, 2, 30), TimeOfDayRange.Of(9, 0, 17, 0)),
            HolidaySet.UnitedStatesFederal,
            new[] { new Closure(new LocalDate(2031, 12, 20), new LocalDate(2032, 1, 10), "Shutdown") });
        var gen =
            from year in Gen.Choose(1900, 2600)
            from minute in Gen.Choose(0, 366 * 24 * 60)
            from span in Gen.Choose(0, 90 * 24 * 60)
            select (From: Instant.FromUtc(year, 1, 1, 0, 0) + Duration.FromMinutes(minute), Span: Duration.FromMinutes(span));
        PropertyCheck.Holds(gen.ToArbitrary(), c =>
            Same(() => DayByDayWorkingTime.WorkingTimeBetween(calendar, c.From, c.From + c.Span, calendar.WorkingWeek), () => calendar.WorkingTimeBetween(c.From, c.From + c.Span))
            && Same(() => DayByDayWorkingTime.AddWorkingTime(calendar, c.From, c.Span, calendar.WorkingWeek), () => calendar.AddWorkingTime(c.From, c.Span)),
            cases: 300);
    }

    private static bool Same<T>(Func<T> walk, Func<T> flat)
    {
        var expected = Outcome(walk);
        var actual = Outcome(flat);
        return expected == actual
            ? true
            : throw new InvalidOperationException($"The walk gave {expected}, the library {actual}.");
    }

    private static string Outcome<T>(Func<T> run)
    {
        try
        {
            return $"{run()}";
        }
        catch (ArgumentException e)
        {
            // The walk's own argument checks word their messages differently; past them, the calendar's exceptions are the same.
            return $"{e.GetType().Name}({e.ParamName})" + (e.ParamName is "hours" or "workingTime" ? string.Empty : $": {e.Message}");
        }
    }

    /// <summary>The end of a case's span, or the last instant there is.</summary>
    private static Instant Until(Case c) => Instant.MaxValue - c.From > c.Span ? c.From + c.Span : Instant.MaxValue;

    /// <summary>A case's span as working time: as much as the hours hold in that much time, so the answer lands near its end.</summary>
    private static Duration WorkIn(Case c, WorkingWeek hours)
    {
        decimal week = 0;
        foreach (var day in c.Shape.Calendar.WorkingWeek.WorkingDays)
        {
            foreach (var range in hours.HoursOn(day))
            {
                week += range.Length.ToInt64Nanoseconds();
            }
        }

        return Duration.FromNanoseconds((long)(c.Span.ToInt64Nanoseconds() * (week / Duration.FromDays(7).ToInt64Nanoseconds())));
    }

    private static Gen<Case> Cases =>
        from shape in Shapes
        from era in Gen.Choose(0, 9)
        from nearChange in Gen.Elements(true, true, false)
        from year in Gen.Choose(1850, 2150)
        from minute in Gen.Choose(0, 366 * 24 * 60)
        from aroundChange in Gen.Choose(-3 * 24 * 60, 3 * 24 * 60)
        from spanKind in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from spanMinutes in Gen.Choose(0, spanKind switch { 0 => 3 * 24 * 60, 1 => 60 * 24 * 60, 2 => 3 * 366 * 24 * 60, _ => 25 * 366 * 24 * 60 })
        from seconds in Gen.Choose(0, 59)
        select new Case(shape, Start(shape.Calendar.Zone, era, nearChange, year, minute, aroundChange, seconds), Duration.FromMinutes(spanMinutes) + Duration.FromSeconds(seconds % 3 == 0 ? seconds : 0));

    /// <summary>A start: near a clock change of the zone, at a famous one, or at the ends of the calendar.</summary>
    private static Instant Start(DateTimeZone zone, int era, bool nearChange, int year, int minute, int aroundChange, int seconds)
    {
        var around = Duration.FromMinutes(aroundChange) + Duration.FromSeconds(seconds);
        var instant = era switch
        {
            0 => Instant.FromUtc(1867, 10, 18, 0, 0) + around,
            1 => Instant.FromUtc(2011, 12, 29, 0, 0) + around,
            2 => Instant.FromUtc(9999, 12, 24, 0, 0) + Duration.FromMinutes(Math.Abs(aroundChange) * 2),
            3 => Instant.FromUtc(1, 1, 2, 0, 0) + Duration.FromMinutes(Math.Abs(aroundChange)),
            _ => Instant.FromUtc(year, 1, 1, 0, 0) + Duration.FromMinutes(minute),
        };
        if (era >= 4 && nearChange)
        {
            var interval = zone.GetZoneInterval(instant);
            if (interval.HasEnd && interval.End < Instant.FromUtc(9999, 1, 1, 0, 0))
            {
                instant = interval.End + around;
            }
        }

        return instant;
    }

    private static Gen<Shape> Shapes =>
        from zone in Gen.Elements(Zones)
        from days in Gen.ListOf(Ranges, 7)
        from windowDays in Gen.ListOf(Ranges, 7)
        from withWindows in Gen.Elements(true, false)
        from holidayCount in Gen.Choose(0, 4)
        from holidays in Gen.ListOf(Holiday, holidayCount)
        from closureCount in Gen.Choose(0, 3)
        from closures in Gen.ListOf(Closure, closureCount)
        let week = Week(days) ?? WorkingWeek.MondayToFriday()
        let windows = withWindows ? Week(windowDays) : null
        let hours = windows is not null && (windows.WorkingDayMask & week.WorkingDayMask) != 0 ? windows : week
        select new Shape(
            new BusinessCalendar(Zone(zone), week, holidays, closures),
            hours,
            $"{zone}; week {week}; hours {hours}; holidays {string.Join(", ", holidays)}; closures {string.Join(", ", closures)}");

    /// <summary>0 to 3 ranges on a day, on minutes that like the edges of the day and the early hours.</summary>
    private static Gen<TimeOfDayRange[]> Ranges =>
        from count in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from bounds in Gen.ListOf(Gen.OneOf(Gen.Elements(Edges), Gen.Choose(0, 1440)), 2 * count)
        select RangesFrom(bounds);

    private static TimeOfDayRange[] RangesFrom(List<int> minutes)
    {
        var bounds = minutes.Distinct().OrderBy(m => m).ToList();
        var ranges = new List<TimeOfDayRange>();
        for (var i = 0; i + 1 < bounds.Count; i += 2)
        {
            ranges.Add(new TimeOfDayRange(Time(bounds[i]), Time(bounds[i + 1])));
        }

        return ranges.ToArray();
    }

    private static LocalTime Time(int minute) => minute == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minute);

    private static WorkingWeek? Week(List<TimeOfDayRange[]> days)
    {
        WorkingWeek? week = null;
        for (var i = 0; i < 7; i++)
        {
            if (days[i].Length > 0)
            {
                var day = (IsoDayOfWeek)(i + 1);
                week = week is null ? WorkingWeek.Of(new[] { day }, days[i]) : week.WithHours(day, days[i]);
            }
        }

        return week;
    }

    private static Gen<HolidayRule> Holiday =>
        from kind in Gen.Choose(0, 3)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from weekday in Gen.Choose(1, 7)
        from observance in Gen.Elements(Observances)
        select (kind switch
        {
            0 => HolidayRule.Fixed(12, 31, "Year's end"),
            1 => HolidayRule.Fixed(month, day, "Founders' Day"),
            2 => HolidayRule.NthWeekday(month, 1 + (day % 4), (IsoDayOfWeek)weekday, "Company day"),
            _ => HolidayRule.EasterRelative(day - 14, "Spring day"),
        }).ObservedOn(observance);

    private static Gen<Closure> Closure =>
        from year in Gen.Elements(1867, 2011, 2026, 2040, 9999)
        from day in Gen.Choose(0, 360)
        from length in Gen.Choose(0, 40)
        let start = new LocalDate(year, 1, 1).PlusDays(day)
        select new Closure(start, year == 9999 ? new LocalDate(9999, 12, 31) : start.PlusDays(length), "Closed");
}
