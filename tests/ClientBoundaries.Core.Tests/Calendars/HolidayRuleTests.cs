using System;
using ClientBoundaries.Calendars;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

public class HolidayRuleTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(1818, "1818-03-22")] // the earliest possible date
    [InlineData(2038, "2038-04-25")] // the latest possible date
    public void EasterSunday_matches_published_dates(int year, string expected)
    {
        HolidayRule.EasterSunday(year).Should().Be(D(expected));
    }

    [Fact]
    public void Easter_relative_rules_count_from_easter_sunday()
    {
        HolidayRule.EasterRelative(-2, "Good Friday").DateIn(2026).Should().Be(D("2026-04-03"));
        HolidayRule.EasterRelative(1, "Easter Monday").DateIn(2026).Should().Be(D("2026-04-06"));
        HolidayRule.EasterRelative(39, "Ascension Day").DateIn(2026).Should().Be(D("2026-05-14"));
    }

    [Fact]
    public void Weekday_of_month_rules_find_the_nth_and_the_last()
    {
        HolidayRule.NthWeekday(11, 4, IsoDayOfWeek.Thursday, "Thanksgiving").DateIn(2026).Should().Be(D("2026-11-26"));
        HolidayRule.NthWeekday(9, 1, IsoDayOfWeek.Monday, "Labor Day").DateIn(2026).Should().Be(D("2026-09-07"));
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Memorial Day").DateIn(2026).Should().Be(D("2026-05-25"));
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Sunday, "Last Sunday").DateIn(2026).Should().Be(D("2026-05-31"));
    }

    [Fact]
    public void Rules_that_a_year_lacks_give_no_date_that_year()
    {
        HolidayRule.NthWeekday(2, 5, IsoDayOfWeek.Monday, "Fifth Monday of February").DateIn(2026).Should().BeNull();
        HolidayRule.Fixed(2, 29, "Leap day").DateIn(2026).Should().BeNull();
        HolidayRule.Fixed(2, 29, "Leap day").DateIn(2028).Should().Be(D("2028-02-29"));
        HolidayRule.Once(D("2026-06-10"), "Election day").DateIn(2027).Should().BeNull();
        HolidayRule.Once(D("2026-06-10"), "Election day").DateIn(2026).Should().Be(D("2026-06-10"));
    }

    [Fact]
    public void Out_of_range_arguments_are_refused_by_name()
    {
        var month = () => HolidayRule.Fixed(13, 1, "x");
        var day = () => HolidayRule.Fixed(4, 31, "x");
        var occurrence = () => HolidayRule.NthWeekday(1, 6, IsoDayOfWeek.Monday, "x");
        var weekday = () => HolidayRule.LastWeekday(1, IsoDayOfWeek.None, "x");
        var offset = () => HolidayRule.EasterRelative(300, "x");
        var name = () => HolidayRule.Fixed(1, 1, "  ");

        month.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");
        day.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1 and 30*31*").Which.ParamName.Should().Be("day");
        occurrence.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("occurrence");
        weekday.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("dayOfWeek");
        offset.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("offsetDays");
        name.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Rules_compare_by_kind_fields_and_observance()
    {
        EqualityContract.Holds(
            HolidayRule.Fixed(12, 25, "Christmas Day"),
            HolidayRule.Fixed(12, 25, "Christmas Day"),
            HolidayRule.Fixed(12, 25, "Christmas Day").ObservedOn(HolidayObservance.NearestWorkingDay),
            HolidayRule.Fixed(12, 26, "Christmas Day"),
            HolidayRule.Fixed(12, 25, "Navidad"),
            HolidayRule.Once(D("2026-12-25"), "Christmas Day"));
    }

    [Theory]
    [InlineData("2020-07-03", "Independence Day 2020 is a Saturday: observed Friday")]
    [InlineData("2021-07-05", "Independence Day 2021 is a Sunday: observed Monday")]
    [InlineData("2021-12-31", "New Year's Day 2022 is a Saturday: observed on Friday of the year before")]
    [InlineData("2026-11-26", "Thanksgiving")]
    [InlineData("2026-05-25", "Memorial Day")]
    public void United_states_federal_holidays_fall_on_their_observed_days(string date, string because)
    {
        TestSupport.Calendars.NewYork().IsBusinessDay(D(date)).Should().BeFalse(because);
    }

    [Theory]
    [InlineData("2021-12-27", false)] // Christmas (Saturday) observed Monday
    [InlineData("2021-12-28", false)] // Boxing Day (Sunday) pushed past Christmas's substitute to Tuesday
    [InlineData("2021-12-29", true)]
    [InlineData("2022-12-26", false)] // Boxing Day on a Monday stays put
    [InlineData("2022-12-27", false)] // Christmas (Sunday) steps around it to Tuesday
    [InlineData("2022-12-28", true)]
    public void United_kingdom_substitute_days_never_land_on_another_holiday(string date, bool isBusinessDay)
    {
        TestSupport.Calendars.London().IsBusinessDay(D(date)).Should().Be(isBusinessDay);
    }

    [Fact]
    public void Without_observance_a_weekend_holiday_changes_nothing()
    {
        // Spain's 1 November 2026 is a Sunday and is not moved.
        var madrid = TestSupport.Calendars.Madrid();

        madrid.IsBusinessDay(D("2026-11-02")).Should().BeTrue();
        madrid.BusinessDaysBetween(D("2026-10-30"), D("2026-11-02")).Should().Be(1);
    }

    [Fact]
    public void Observance_follows_the_calendar_working_week()
    {
        // In a Sunday-to-Thursday week, a holiday on Friday is nearest to Thursday.
        var calendar = TestSupport.Calendars.SundayToThursday()
            .WithHoliday(HolidayRule.Once(D("2026-11-27"), "Founders' Day").ObservedOn(HolidayObservance.NearestWorkingDay));

        calendar.IsBusinessDay(D("2026-11-26")).Should().BeFalse();
        calendar.IsBusinessDay(D("2026-11-29")).Should().BeTrue();
    }

    [Fact]
    public void When_two_working_days_are_equally_near_the_later_one_is_taken()
    {
        // Monday, Wednesday and Friday are worked; a holiday on Tuesday 3 March is one day from both.
        var calendar = new BusinessCalendar(
            Zone("UTC"),
            WorkingWeek.Of(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }, TimeOfDayRange.Of(9, 0, 17, 0)),
            new[] { HolidayRule.Once(D("2026-03-03"), "Team day").ObservedOn(HolidayObservance.NearestWorkingDay) });

        calendar.IsBusinessDay(D("2026-03-02")).Should().BeTrue();
        calendar.IsBusinessDay(D("2026-03-04")).Should().BeFalse();
    }

    [Fact]
    public void A_holiday_shifted_past_the_last_representable_date_is_simply_not_observed()
    {
        // 31 December 9999 is a Friday: a day off in a Sunday-to-Thursday week, and the next
        // working day would be in year 10000, which dates cannot reach.
        var calendar = TestSupport.Calendars.SundayToThursday()
            .WithHoliday(HolidayRule.Fixed(12, 31, "Year end").ObservedOn(HolidayObservance.NextWorkingDay));

        calendar.IsBusinessDay(D("9990-06-04")).Should().BeTrue();
        calendar.BusinessDaysBetween(D("9999-12-01"), calendar.AddBusinessDays(D("9999-12-01"), 20)).Should().Be(20);
        calendar.DaysOff(new NodaTime.DateInterval(D("9999-12-01"), D("9999-12-31"))).Should().BeEmpty();
    }

    [Fact]
    public void A_rule_gives_dates_only_from_its_first_year_through_its_last()
    {
        var juneteenth = HolidayRule.Fixed(6, 19, "Juneteenth").From(2021);
        var old = HolidayRule.Fixed(5, 30, "Memorial Day").Until(1970);

        juneteenth.DateIn(2020).Should().BeNull();
        juneteenth.DateIn(2021).Should().Be(D("2021-06-19"));
        juneteenth.DateIn(9999).Should().Be(D("9999-06-19"));
        old.DateIn(1970).Should().Be(D("1970-05-30"));
        old.DateIn(1971).Should().BeNull();
        (juneteenth.FirstYear, juneteenth.LastYear, old.FirstYear, old.LastYear).Should().Be((2021, (int?)null, (int?)null, 1970));
    }

    [Fact]
    public void A_rule_skips_the_years_a_decree_moved_it()
    {
        // The spring bank holiday, the last Monday of May, was moved to Thursday 2 June in 2022: 30 May 2022 was worked.
        var spring = HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Spring bank holiday").ExceptIn(2022).ExceptIn(2012).ExceptIn(2022);

        spring.DateIn(2022).Should().BeNull();
        spring.DateIn(2012).Should().BeNull();
        spring.DateIn(2023).Should().Be(D("2023-05-29"));
        spring.ExceptYears.Should().Equal(2012, 2022);
        var london = new BusinessCalendar(Zone("Europe/London"), WorkingWeek.MondayToFriday(), new[] { spring, HolidayRule.Once(D("2022-06-02"), "Spring bank holiday") });
        london.IsBusinessDay(D("2022-05-30")).Should().BeTrue();
        london.IsBusinessDay(D("2022-06-02")).Should().BeFalse();
    }

    [Fact]
    public void Rules_with_the_same_years_are_equal_and_different_years_make_different_rules()
    {
        var rule = HolidayRule.Fixed(6, 19, "Juneteenth");

        rule.From(2021).Should().Be(HolidayRule.Fixed(6, 19, "Juneteenth").From(2021));
        rule.ExceptIn(2022).ExceptIn(2020).Should().Be(rule.ExceptIn(2020).ExceptIn(2022), "the years are kept in order");
        rule.From(2021).Should().NotBe(rule);
        rule.Until(2030).Should().NotBe(rule.Until(2031));
        rule.ExceptIn(2022).Should().NotBe(rule);
        rule.From(2021).ObservedOn(HolidayObservance.NearestWorkingDay).FirstYear.Should().Be(2021, "a copy keeps its years");
    }

    [Fact]
    public void Years_out_of_range_or_out_of_order_are_refused_naming_the_year()
    {
        var rule = HolidayRule.Fixed(6, 19, "Juneteenth");

        rule.Invoking(r => r.From(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        rule.Invoking(r => r.Until(10000)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        rule.Invoking(r => r.ExceptIn(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        rule.From(2021).Invoking(r => r.Until(2020)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("*2020*");
        rule.Until(2020).Invoking(r => r.From(2021)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("*2021*");
    }

    [Fact]
    public void A_one_off_date_has_no_years_to_limit()
    {
        var jubilee = HolidayRule.Once(D("2022-06-03"), "Platinum Jubilee bank holiday");

        jubilee.Invoking(r => r.From(2022)).Should().Throw<ArgumentException>().WithParameterName("year").WithMessage("*one-off date*");
        jubilee.Invoking(r => r.ExceptIn(2022)).Should().Throw<ArgumentException>().WithParameterName("year");
    }
}
