using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using NodaTime.Calendars;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Leap days and year ends in business-day maths, holiday rules, plans, check-ins and working time (rules
/// R2, R7, R10 and R14 of <see cref="TimeRules"/>). Weekdays checked against NodaTime's own calendar: 2028-02-29
/// is a Tuesday, 2032-02-29 a Sunday, 2100 is not a leap year (28 February 2100 is a Sunday, 1 March a
/// Monday), 2026 has an ISO week 53 (Monday 28 December to Sunday 3 January 2027).
/// </summary>
public class LeapDayAndYearEndTests
{
    private static readonly BusinessCalendar Weekdays = BusinessCalendar.MondayToFriday(Zone("UTC"));
    private static readonly BusinessCalendar Madrid = TestSupport.Calendars.Madrid();
    private static readonly Closure YearEnd = new(D("2026-12-24"), D("2027-01-06"), "Year-end shutdown");

    [Fact]
    public void The_29th_of_february_is_a_business_day_like_any_other_and_is_counted()
    {
        Madrid.IsBusinessDay(D("2028-02-29")).Should().BeTrue();
        Madrid.AddBusinessDays(D("2028-02-28"), 1).Should().Be(D("2028-02-29"));
        Madrid.AddBusinessDays(D("2028-02-25"), 2).Should().Be(D("2028-02-29"), "Friday, then Monday 28 and Tuesday 29");
        Madrid.BusinessDaysBetween(D("2028-02-25"), D("2028-03-01")).Should().Be(3);
        Madrid.AddBusinessDays(D("2028-03-01"), -1).Should().Be(D("2028-02-29"));

        // In a common year the last day of February is followed by 1 March: Friday 26 February 2027, then Monday 1 March.
        Madrid.AddBusinessDays(D("2027-02-26"), 1).Should().Be(D("2027-03-01"));
        Weekdays.AddBusinessDays(D("2100-02-26"), 1).Should().Be(D("2100-03-01"), "2100 has no 29 February");
    }

    [Fact]
    public void A_holiday_fixed_on_the_29th_of_february_happens_only_in_leap_years_and_is_observed_when_it_falls_on_a_day_off()
    {
        var rule = HolidayRule.Fixed(2, 29, "Leap day off").ObservedOn(HolidayObservance.NextWorkingDay);
        var calendar = Weekdays.WithHoliday(rule);

        rule.DateIn(2028).Should().Be(D("2028-02-29"));
        rule.DateIn(2027).Should().BeNull();
        rule.DateIn(2100).Should().BeNull("2100 is divisible by 100 but not by 400");
        rule.DateIn(2000).Should().Be(D("2000-02-29"));
        rule.DateIn(2400).Should().Be(D("2400-02-29"));

        // 2028: Tuesday, taken. 2032: Sunday, so Monday 1 March. None in 2029-2031, 2033 or 2100.
        calendar.DaysOff(new DateInterval(D("2028-01-01"), D("2033-12-31"))).Select(d => d.ToString())
            .Should().Equal("2028-02-29 Leap day off", "2032-03-01 Leap day off (observed)");
        calendar.IsBusinessDay(D("2033-03-01")).Should().BeTrue();
        calendar.IsBusinessDay(D("2100-03-01")).Should().BeTrue("no 29 February to observe on the Monday");
        calendar.AddBusinessDays(D("2028-02-28"), 1).Should().Be(D("2028-03-01"));
    }

    [Fact]
    public void A_stage_spanning_the_29th_of_february_counts_it()
    {
        var agreement = new AgreementBuilder(new AgreementId("leap"), "A leap-year job")
            .WithProvider("Studio", Madrid)
            .WithClient("Client", Madrid)
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .Build();

        // Monday 28 February 2028, Tuesday 29, Wednesday 1 March: due then, at 18:00 CET (17:00Z). In 2027 the same three
        // business days from Friday 26 February end on Tuesday 2 March.
        var leap = Scheduler.Plan(agreement, AgreementStatus.Signed, D("2028-02-28")).Value.Stages.Single();
        (leap.Due, leap.DueAt).Should().Be((D("2028-03-01"), I("2028-03-01T17:00:00Z")));
        Scheduler.Plan(agreement, AgreementStatus.Signed, D("2027-02-26")).Value.Stages.Single().Due.Should().Be(D("2027-03-02"));
    }

    [Theory]
    [InlineData("2027-12-31", "2028-12-31", 260)] // leap, from Saturday 1 January: 52 weeks and a Saturday and a Sunday
    [InlineData("2099-12-31", "2100-12-31", 261)] // common (not leap though divisible by 4), from Friday 1 January: 52 weeks and a Friday
    [InlineData("1999-12-31", "2000-12-31", 260)] // leap (divisible by 400), from Saturday
    [InlineData("2095-12-31", "2096-12-31", 261)] // leap, from Sunday: 52 weeks and a Sunday and a Monday
    [InlineData("1999-12-31", "2399-12-31", 104_355)] // 400 years, 146,097 days: exactly 20,871 weeks of 5 working days
    public void Business_days_in_whole_years_follow_the_gregorian_leap_rules(string from, string to, int expected)
    {
        Weekdays.BusinessDaysBetween(D(from), D(to)).Should().Be(expected);
        Weekdays.AddBusinessDays(D(from), expected).Should().Be(Weekdays.IsBusinessDay(D(to)) ? D(to) : Weekdays.PreviousBusinessDay(D(to)));
    }

    [Fact]
    public void A_new_years_day_on_saturday_is_observed_on_the_friday_before_in_the_old_year()
    {
        // New York: 1 January 2022 is a Saturday, observed on Friday 31 December 2021; Christmas 2021 (Saturday) on Friday 24.
        var newYork = TestSupport.Calendars.NewYork();

        newYork.IsBusinessDay(D("2021-12-31")).Should().BeFalse();
        newYork.AddBusinessDays(D("2021-12-30"), 1).Should().Be(D("2022-01-03"));
        newYork.BusinessDaysBetween(D("2021-12-23"), D("2022-01-03")).Should().Be(5, "27 to 30 December and 3 January");
        newYork.DaysOff(new DateInterval(D("2021-12-20"), D("2022-01-10"))).Select(d => d.ToString())
            .Should().Equal("2021-12-24 Christmas Day (observed)", "2021-12-31 New Year's Day (observed)");

        // London moves them forward instead: Christmas (Saturday) to Monday 27, Boxing Day (Sunday) to Tuesday 28, and
        // New Year's Day 2022 (Saturday) to Monday 3 January. Four business days after Friday 24 December: 29, 30, 31, 4.
        var london = TestSupport.Calendars.London();
        london.AddBusinessDays(D("2021-12-24"), 4).Should().Be(D("2022-01-04"));
        london.DaysOff(new DateInterval(D("2021-12-20"), D("2022-01-10"))).Select(d => d.Date)
            .Should().Equal(D("2021-12-27"), D("2021-12-28"), D("2022-01-03"));
    }

    [Fact]
    public void A_closure_across_the_year_end_holds_its_holidays_once_and_a_plan_and_working_time_jump_it()
    {
        // Madrid, closed Thursday 24 December 2026 to Wednesday 6 January 2027: ten weekdays, three of them holidays
        // (Navidad, Año Nuevo, Epifanía) that keep their names. Wednesday 23 December is followed by Thursday 7 January.
        var calendar = Madrid.WithClosure(YearEnd);

        var daysOff = calendar.DaysOff(new DateInterval(D("2026-12-20"), D("2027-01-10")));
        daysOff.Should().HaveCount(10);
        daysOff.Where(d => d.Reason != "Year-end shutdown").Select(d => d.ToString())
            .Should().Equal("2026-12-25 Natividad del Señor", "2027-01-01 Año Nuevo", "2027-01-06 Epifanía del Señor");
        calendar.AddBusinessDays(D("2026-12-23"), 1).Should().Be(D("2027-01-07"));
        calendar.BusinessDaysBetween(D("2026-12-22"), D("2027-01-08")).Should().Be(3);

        // Five business days from Monday 21 December: 21, 22, 23 December, 7 and 8 January.
        var agreement = new AgreementBuilder(new AgreementId("year-end"), "A job across the year end")
            .WithProvider("Studio", calendar)
            .WithClient("Client", Madrid)
            .AddStage("build", "Build", PartyRole.Provider, 5)
            .Build();
        Scheduler.Plan(agreement, AgreementStatus.Signed, D("2026-12-21")).Value.Stages.Single().Due.Should().Be(D("2027-01-08"));

        // Wednesday 23 December 17:00 CET (16:00Z) plus two working hours: one that day, one from Thursday 7 January 09:00 CET.
        calendar.AddWorkingTime(I("2026-12-23T16:00:00Z"), Duration.FromHours(2)).Should().Be(I("2027-01-07T09:00:00Z"));

        // Without the closure, New Year's Eve (a Thursday) is worked and Friday 1 January is a holiday: Monday 4 January.
        Madrid.AddWorkingTime(I("2026-12-31T16:00:00Z"), Duration.FromHours(2)).Should().Be(I("2027-01-04T09:00:00Z"));
    }

    [Fact]
    public void Weekly_check_ins_run_through_iso_week_53_and_a_closure_across_the_year_end_moves_two_onto_one_day()
    {
        WeekYearRules.Iso.GetWeekOfWeekYear(D("2026-12-28")).Should().Be(53);
        var mondays = CheckInCadence.Weekly(IsoDayOfWeek.Monday);

        mondays.OccurrencesBetween(Madrid, D("2026-12-14"), D("2027-01-11"))
            .Should().Equal(D("2026-12-14"), D("2026-12-21"), D("2026-12-28"), D("2027-01-04"), D("2027-01-11"));

        // Closed 24 December to 6 January: Monday 28 December (week 53) and Monday 4 January both move to Thursday 7 January,
        // one check-in; every 5 business days from 14 December: 21 December, then 22, 23 December, 7, 8, 11 January.
        var closed = Madrid.WithClosure(YearEnd);
        mondays.OccurrencesBetween(closed, D("2026-12-14"), D("2027-01-11"))
            .Should().Equal(D("2026-12-14"), D("2026-12-21"), D("2027-01-07"), D("2027-01-11"));
        CheckInCadence.Every(5).OccurrencesBetween(closed, D("2026-12-14"), D("2027-01-11"))
            .Should().Equal(D("2026-12-14"), D("2026-12-21"), D("2027-01-11"));
    }
}
