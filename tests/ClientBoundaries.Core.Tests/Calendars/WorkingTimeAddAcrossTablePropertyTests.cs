using System;
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
/// Adding working time whose answer lies far from the start in the working-time table: found from the table's
/// directory by measure rather than by a search over every entry. Against the day-by-day walk
/// (<see cref="DayByDayWorkingTime"/>) where it is short enough to run, and by the answer's defining property (the
/// first instant by which that much working time has passed) up to the end of the calendar.
/// </summary>
public class WorkingTimeAddAcrossTablePropertyTests
{
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    [Fact]
    public void Adding_working_time_across_closures_of_months_and_years_lands_where_the_walk_landed()
    {
        // Closures long enough to hold many of the directory's buckets with no working time in them.
        var calendar = new BusinessCalendar(
            Zone("Europe/Madrid"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
            HolidaySet.EnglandAndWales,
            new[]
            {
                new Closure(new LocalDate(2026, 8, 3), new LocalDate(2026, 11, 27), "Sabbatical"),
                new Closure(new LocalDate(2027, 3, 1), new LocalDate(2029, 6, 29), "Two years away"),
                new Closure(new LocalDate(2029, 7, 2), new LocalDate(2029, 7, 6), "One more week"),
            });
        var cases =
            from startMinutes in Gen.Choose(0, 4 * 366 * 24 * 60)
            from workedMinutes in Gen.Choose(1, 1_200 * 60)
            select (Start: I("2026-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), Worked: Duration.FromMinutes(workedMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
            DayByDayWorkingTime.AddWorkingTime(calendar, c.Start, c.Worked, calendar.WorkingWeek) == calendar.AddWorkingTime(c.Start, c.Worked),
            cases: 120);
    }

    [Fact]
    public void Adding_working_time_that_runs_out_by_a_clock_change_lands_where_the_walk_landed()
    {
        // Night hours that the changes touch, so the days around each change are resolved one by one.
        var calendar = new BusinessCalendar(
            Zone("America/New_York"),
            WorkingWeek.Of(
                new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday },
                TimeOfDayRange.Of(0, 30, 2, 30),
                TimeOfDayRange.Of(9, 0, 17, 0)),
            HolidaySet.UnitedStatesFederal,
            Array.Empty<Closure>());
        var zone = calendar.Zone;
        var cases =
            from startMinutes in Gen.Choose(0, 366 * 24 * 60)
            from changes in Gen.Choose(1, 12)
            from aroundMinutes in Gen.Choose(-3 * 24 * 60, 3 * 24 * 60)
            select (Start: I("2026-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), Changes: changes, Around: Duration.FromMinutes(aroundMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            // An end a few days either side of the n-th change after the start; the working time up to it is what is added.
            var change = zone.GetZoneIntervals(c.Start, c.Start + Duration.FromDays(366 * 7)).Skip(c.Changes).First().Start;
            var worked = DayByDayWorkingTime.WorkingTimeBetween(calendar, c.Start, change + c.Around, calendar.WorkingWeek);
            return worked == Duration.Zero
                || DayByDayWorkingTime.AddWorkingTime(calendar, c.Start, worked, calendar.WorkingWeek) == calendar.AddWorkingTime(c.Start, worked);
        }, cases: 120);
    }

    [Fact]
    public void Adding_working_time_in_the_calendars_last_years_lands_where_the_walk_landed()
    {
        var calendar = TestSupport.Calendars.NewYork();
        var cases =
            from startMinutes in Gen.Choose(0, 6 * 366 * 24 * 60)
            from workedMinutes in Gen.Choose(1, 6 * 2_000 * 60)
            select (Start: I("9994-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), Worked: Duration.FromMinutes(workedMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var walk = Outcome(() => DayByDayWorkingTime.AddWorkingTime(calendar, c.Start, c.Worked, calendar.WorkingWeek));
            var flat = Outcome(() => calendar.AddWorkingTime(c.Start, c.Worked));
            return walk == flat ? true : throw new InvalidOperationException($"The walk gave {walk}, the library {flat}.");
        }, cases: 80);
    }

    [Fact]
    public void Adding_the_working_time_up_to_the_calendars_last_year_from_today_lands_on_the_first_instant_that_much_has_passed()
    {
        var calendar = TestSupport.Calendars.Madrid();
        var cases =
            from startMinutes in Gen.Choose(0, 366 * 24 * 60)
            from endMinutes in Gen.Choose(0, 360 * 24 * 60)
            select (Start: I("2026-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), End: I("9999-01-01T00:00:00Z") + Duration.FromMinutes(endMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var worked = calendar.WorkingTimeBetween(c.Start, c.End);
            var reached = calendar.AddWorkingTime(c.Start, worked);
            return reached <= c.End
                && calendar.WorkingTimeBetween(c.Start, reached) == worked
                && calendar.WorkingTimeBetween(c.Start, reached - Nanosecond) < worked;
        }, cases: 60);
    }

    [Fact]
    public void Adding_working_time_in_hours_of_under_a_millisecond_a_week_lands_where_the_walk_landed()
    {
        // A week this short counts its whole weeks by division, not by the floating-point estimate.
        var tick = new LocalTime(9, 0);
        var hours = WorkingWeek.MondayToFriday(new TimeOfDayRange(tick, tick.PlusNanoseconds(150_000)));
        var calendar = new BusinessCalendar(Zone("Europe/London"), hours, HolidaySet.EnglandAndWales, Array.Empty<Closure>());
        var cases =
            from startMinutes in Gen.Choose(0, 366 * 24 * 60)
            from worked in Gen.Choose(1, 200 * 750_000)
            select (Start: I("2026-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), Worked: Duration.FromNanoseconds(worked));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
            DayByDayWorkingTime.AddWorkingTime(calendar, c.Start, c.Worked, calendar.WorkingWeek) == calendar.AddWorkingTime(c.Start, c.Worked),
            cases: 80);
    }

    private static string Outcome(Func<Instant> run)
    {
        try
        {
            return $"{run()}";
        }
        catch (ArgumentException e)
        {
            return $"{e.GetType().Name}({e.ParamName}): {e.Message}";
        }
    }
}
