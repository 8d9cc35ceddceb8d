using System;
using System.Linq;
using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

public class DaysOffTests
{
    [Fact]
    public void Observed_holidays_are_listed_on_the_day_they_are_taken()
    {
        var daysOff = TestSupport.Calendars.NewYork().DaysOff(new DateInterval(D("2026-05-01"), D("2026-07-31")));

        // Independence Day 2026 is a Saturday and is taken on Friday 3 July; Juneteenth is a Friday.
        daysOff.Select(d => d.ToString()).Should().Equal(
            "2026-05-25 Memorial Day",
            "2026-06-19 Juneteenth National Independence Day",
            "2026-07-03 Independence Day (observed)");
    }

    [Fact]
    public void Holidays_on_days_not_worked_cost_nothing_and_are_not_listed()
    {
        // In Madrid 15 August 2026 is a Saturday and 1 November a Sunday.
        var daysOff = TestSupport.Calendars.Madrid().DaysOff(new DateInterval(D("2026-08-01"), D("2026-11-30")));

        daysOff.Select(d => d.Date).Should().Equal(D("2026-10-12"));
    }

    [Fact]
    public void A_closure_lists_its_working_days_and_a_holiday_inside_it_keeps_its_name()
    {
        var calendar = TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-12-21"), D("2026-12-31"), "Year-end shutdown"));

        var daysOff = calendar.DaysOff(new DateInterval(D("2026-12-21"), D("2026-12-31")));

        daysOff.Should().HaveCount(9, "Monday 21 to Thursday 31 December holds nine weekdays");
        daysOff.Single(d => d.Date == D("2026-12-25")).Reason.Should().Be("Natividad del Señor");
        daysOff.Where(d => d.Date != D("2026-12-25")).Should().OnlyContain(d => d.Reason == "Year-end shutdown");
    }

    [Fact]
    public void Days_off_agree_with_business_day_maths()
    {
        var calendar = TestSupport.Calendars.London();
        var year = new DateInterval(D("2021-01-01"), D("2022-12-31"));

        var listed = calendar.DaysOff(year).Select(d => d.Date).ToHashSet();
        var notBusiness = Enumerable.Range(0, Period.DaysBetween(year.Start, year.End) + 1)
            .Select(i => year.Start.PlusDays(i))
            .Where(d => calendar.WorkingWeek.IsWorkingDay(d.DayOfWeek) && !calendar.IsBusinessDay(d));

        listed.Should().BeEquivalentTo(notBusiness);
    }

    [Fact]
    public void A_null_range_is_refused()
    {
        var daysOff = () => TestSupport.Calendars.London().DaysOff(null!);

        daysOff.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("dates");
    }
}
