using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Holidays that fall on closure days (rule R7 of <see cref="TimeRules"/>): a date that is both is one day
/// off, listed under the holiday's name, and an observed holiday that lands in a closure is absorbed by it, as
/// <c>HolidayObservance</c>'s remarks say, while one that lands outside stays a day off. Counts are checked
/// against a day-by-day walk (<see cref="ReferenceCalendar"/>) over the same days off.
/// </summary>
public class HolidayOnClosureTests
{
    [Fact]
    public void A_holiday_inside_a_closure_is_one_day_off_not_two()
    {
        // Madrid, closed 21-31 December 2026 (nine weekdays, Navidad among them), and Inmaculada on Tuesday 8 December.
        // December has 23 weekdays: 23 - 1 - 9 = 13 business days; counting Navidad twice would give 12.
        var calendar = TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-12-21"), D("2026-12-31"), "Christmas closure"));

        calendar.BusinessDaysBetween(D("2026-11-30"), D("2026-12-31")).Should().Be(13);
        calendar.AddBusinessDays(D("2026-11-30"), 13).Should().Be(D("2026-12-18"));
        calendar.AddBusinessDays(D("2026-12-18"), 1).Should().Be(D("2027-01-04"), "Friday 1 January is Año Nuevo");
        calendar.DaysOff(new DateInterval(D("2026-12-01"), D("2026-12-31"))).Select(d => d.Date)
            .Should().OnlyHaveUniqueItems().And.HaveCount(10);
        var reference = new ReferenceCalendar(calendar.WorkingWeek.WorkingDays, calendar.DaysOff(new DateInterval(D("2026-01-01"), D("2027-12-31"))).Select(d => d.Date));
        reference.BusinessDaysBetween(D("2026-11-30"), D("2026-12-31")).Should().Be(13);
    }

    [Fact]
    public void An_observed_day_that_lands_in_a_closure_is_absorbed_and_does_not_move_again()
    {
        // New York, closed Monday 27 to Friday 31 December 2021. New Year's Day 2022 (Saturday) is observed on Friday 31,
        // inside the closure: that day is off once, under the holiday's name, and Monday 3 January is a business day.
        var calendar = TestSupport.Calendars.NewYork().WithClosure(new Closure(D("2021-12-27"), D("2021-12-31"), "Year-end closure"));

        calendar.BusinessDaysBetween(D("2021-12-23"), D("2022-01-03")).Should().Be(1, "Friday 24 is Christmas observed, 27-31 closed");
        calendar.IsBusinessDay(D("2022-01-03")).Should().BeTrue();
        calendar.DaysOff(new DateInterval(D("2021-12-27"), D("2022-01-03"))).Select(d => d.ToString()).Should().Equal(
            "2021-12-27 Year-end closure",
            "2021-12-28 Year-end closure",
            "2021-12-29 Year-end closure",
            "2021-12-30 Year-end closure",
            "2021-12-31 New Year's Day (observed)");
    }

    [Fact]
    public void An_observed_day_that_lands_after_a_closure_is_still_a_day_off()
    {
        // London, closed Monday 20 to Sunday 26 December 2021. Christmas (Saturday) is observed on Monday 27 and Boxing Day
        // (Sunday) on Tuesday 28, both after the closure: work resumes on Wednesday 29.
        var calendar = TestSupport.Calendars.London().WithClosure(new Closure(D("2021-12-20"), D("2021-12-26"), "Christmas week"));

        calendar.AddBusinessDays(D("2021-12-17"), 1).Should().Be(D("2021-12-29"));
        calendar.DaysOff(new DateInterval(D("2021-12-27"), D("2021-12-28"))).Select(d => d.Reason)
            .Should().Equal("Christmas Day (observed)", "Boxing Day (observed)");
    }

    [Fact]
    public void A_closure_over_the_substitute_days_counts_each_of_them_once()
    {
        // London, closed Monday 27 and Tuesday 28 December 2021, exactly the substitute days for Christmas and Boxing Day.
        var calendar = TestSupport.Calendars.London().WithClosure(new Closure(D("2021-12-27"), D("2021-12-28"), "Substitute days"));

        calendar.BusinessDaysBetween(D("2021-12-24"), D("2021-12-31")).Should().Be(3, "29, 30 and 31 December");
        calendar.DaysOff(new DateInterval(D("2021-12-24"), D("2021-12-31"))).Should().HaveCount(2);
    }
}
