using System;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>
/// The two questions an assessment asks of a calendar for every late obligation, worked out in day numbers, against the
/// same questions asked one date at a time through the public calendar: how many business days after a due date had
/// begun by an instant, and when the working day so many business days from a date begins. Real zones with clock
/// changes, a Sunday-to-Thursday week, instants at any hour (before, inside and after working hours), and dates at the
/// far end of the supported years.
/// </summary>
public class LatenessPropertyTests
{
    private static readonly BusinessCalendar[] Calendars =
    {
        TestSupport.Calendars.Madrid(),
        TestSupport.Calendars.NewYork(),
        TestSupport.Calendars.London(),
        TestSupport.Calendars.SundayToThursday(),
        new BusinessCalendar(Zone("America/Sao_Paulo"), WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal),
        new BusinessCalendar(Zone("Pacific/Auckland"), WorkingWeek.Of(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday }, TimeOfDayRange.Of(0, 30, 23, 30)), HolidaySet.EnglandAndWales),
    };

    private static readonly Instant Epoch = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant LastDays = Instant.FromUtc(9999, 12, 6, 0, 0);

    [Fact]
    public void Business_days_late_are_the_business_days_after_the_due_date_whose_work_had_begun()
    {
        var gen =
            from calendar in Gen.Elements(Calendars)
            from minutes in Gen.Choose(0, 6 * 366 * 24 * 60)
            from daysBack in Gen.Choose(-5, 60)
            select (calendar, at: Epoch + Duration.FromMinutes(minutes), daysBack);

        PropertyCheck.Holds(gen.ToArbitrary(), c =>
        {
            var due = c.calendar.ToLocalDate(c.at).PlusDays(-c.daysBack);
            return c.calendar.BusinessDaysLateAt(due, c.at) == Walked(c.calendar, due, c.at);
        }, cases: 1500);
    }

    [Fact]
    public void Whether_the_date_at_an_instant_is_a_business_day_is_what_the_public_calendar_says_of_that_date()
    {
        // Any minute of six years, and of the last 25 days of the year 9999 (past the zone's table of offsets).
        var gen =
            from calendar in Gen.Elements(Calendars)
            from nearTheEnd in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from minutes in Gen.Choose(0, 6 * 366 * 24 * 60)
            select (calendar, at: nearTheEnd ? LastDays + Duration.FromMinutes(minutes % (25 * 24 * 60)) : Epoch + Duration.FromMinutes(minutes));

        PropertyCheck.Holds(gen.ToArbitrary(), c =>
            c.calendar.IsBusinessDayAt(c.at) == c.calendar.IsBusinessDay(c.calendar.ToLocalDate(c.at)), cases: 1500);
    }

    [Fact]
    public void Business_days_late_count_nothing_on_the_due_date_and_one_once_the_next_business_days_work_begins()
    {
        // Madrid, Monday 2 March 2026 due; Tuesday's work begins at 09:00 local, 08:00 UTC.
        var madrid = TestSupport.Calendars.Madrid();
        var due = D("2026-03-02");

        madrid.BusinessDaysLateAt(due, Instant.FromUtc(2026, 3, 2, 20, 0)).Should().Be(0, "the due date itself is never late");
        madrid.BusinessDaysLateAt(due, Instant.FromUtc(2026, 3, 3, 7, 59)).Should().Be(0, "Tuesday's work has not begun");
        madrid.BusinessDaysLateAt(due, Instant.FromUtc(2026, 3, 3, 8, 0)).Should().Be(1);
        madrid.BusinessDaysLateAt(due, Instant.FromUtc(2026, 3, 9, 7, 0)).Should().Be(4, "Tuesday to Friday; Monday the 9th has not begun");
        madrid.BusinessDaysLateAt(due, Instant.FromUtc(2026, 2, 27, 12, 0)).Should().Be(0, "before the due date");
    }

    [Fact]
    public void The_start_of_the_working_day_some_business_days_away_is_that_days_start()
    {
        var gen =
            from calendar in Gen.Elements(Calendars)
            from offset in Gen.Frequency((4, Gen.Choose(-3000, 3000)), (1, Gen.Choose(2_930_000, 2_932_896 + 2_000)))
            from days in Gen.Choose(-40, 40)
            select (calendar, offset, days);

        PropertyCheck.Holds(gen.ToArbitrary(), c =>
        {
            // Dates from 2026 on either side, and in the last years of the supported range, where a span may leave it.
            var date = c.offset > 2_000_000 ? new LocalDate(1970, 1, 1).PlusDays(Math.Min(c.offset, 2_932_896)) : D("2026-06-15").PlusDays(c.offset);
            LocalDate? expected;
            try
            {
                expected = c.calendar.AddBusinessDays(date, c.days);
            }
            catch (ArgumentOutOfRangeException)
            {
                expected = null;
            }

            var found = c.calendar.TryStartOfWorkingDayAfter(date, c.days, out var start);
            return expected is { } day ? found && start == c.calendar.StartOfWorkingDay(day) : !found;
        }, cases: 1500);
    }

    /// <summary>The reference: every date after the due date up to the instant's, one by one.</summary>
    private static int Walked(BusinessCalendar calendar, LocalDate due, Instant at)
    {
        var count = 0;
        for (var date = due.PlusDays(1); date <= calendar.ToLocalDate(at); date = date.PlusDays(1))
        {
            if (calendar.IsBusinessDay(date) && calendar.StartOfWorkingDay(date) <= at)
            {
                count++;
            }
        }

        return count;
    }
}
