using System;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar Madrid = TestSupport.Calendars.Madrid();

    [Theory]
    [InlineData("2026-04-02", true)] // Thursday before Easter
    [InlineData("2026-04-03", false)] // Good Friday (Easter 2026 is 5 April)
    [InlineData("2026-04-04", false)] // Saturday
    [InlineData("2026-04-06", true)] // Easter Monday is not a national holiday in Spain
    [InlineData("2026-12-08", false)] // Inmaculada Concepción, a Tuesday
    public void Business_days_are_working_weekdays_that_are_not_holidays(string date, bool expected)
    {
        Madrid.IsBusinessDay(D(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-06")] // over Good Friday and the weekend
    [InlineData("2026-12-04", 2, "2026-12-09")] // Monday 7, then over Tuesday 8 (holiday) to Wednesday 9
    [InlineData("2026-04-06", -1, "2026-04-02")] // back over the weekend and Good Friday
    [InlineData("2026-04-04", 1, "2026-04-06")] // from a Saturday: the day itself never counts
    [InlineData("2026-04-04", -1, "2026-04-02")]
    [InlineData("2026-04-04", 0, "2026-04-04")] // zero leaves even a non-business day unchanged
    [InlineData("2026-12-30", 3, "2027-01-05")] // Thu 31 Dec (1), Fri 1 Jan off, weekend, Mon 4 (2), Tue 5 (3)
    public void AddBusinessDays_counts_only_business_days(string from, int days, string expected)
    {
        Madrid.AddBusinessDays(D(from), days).Should().Be(D(expected));
    }

    [Theory]
    [InlineData("2026-12-04", "2026-12-09", 2)]
    [InlineData("2026-12-09", "2026-12-04", -2)] // [4 Dec, 9 Dec): Friday 4 and Monday 7
    [InlineData("2026-04-04", "2026-04-02", -1)] // [Thu 2, Sat 4): only Thursday, Good Friday is off
    [InlineData("2026-04-04", "2026-04-05", 0)]
    [InlineData("2026-04-06", "2026-04-06", 0)]
    // The whole of 2026: 261 weekdays (52 weeks and a Thursday) less the 7 national holidays that fall
    // on weekdays (1 and 6 Jan, 3 Apr, 1 May, 12 Oct, 8 and 25 Dec; 15 Aug, 1 Nov and 6 Dec are weekends).
    [InlineData("2025-12-31", "2026-12-31", 254)]
    public void BusinessDaysBetween_excludes_the_start_and_includes_the_end(string start, string end, int expected)
    {
        Madrid.BusinessDaysBetween(D(start), D(end)).Should().Be(expected);
    }

    [Fact]
    public void A_closure_takes_its_working_days_out()
    {
        var calendar = Madrid.WithClosure(new Closure(D("2026-08-03"), D("2026-08-21"), "Summer vacation"));

        calendar.AddBusinessDays(D("2026-07-31"), 1).Should().Be(D("2026-08-24"));
        calendar.BusinessDaysBetween(D("2026-07-31"), D("2026-08-24")).Should().Be(1);
        calendar.IsBusinessDay(D("2026-08-21")).Should().BeFalse("both ends of a closure are closed");
        calendar.IsBusinessDay(D("2026-08-03")).Should().BeFalse();
    }

    [Fact]
    public void A_sunday_to_thursday_week_works_on_sunday()
    {
        var calendar = TestSupport.Calendars.SundayToThursday();

        calendar.IsBusinessDay(D("2026-11-27")).Should().BeFalse("Friday is a day off");
        calendar.AddBusinessDays(D("2026-11-26"), 1).Should().Be(D("2026-11-29"));
        calendar.AddBusinessDays(D("2026-11-29"), -1).Should().Be(D("2026-11-26"));
    }

    [Fact]
    public void Whole_weeks_over_thousands_of_years_are_exact()
    {
        var plain = BusinessCalendar.MondayToFriday(Zone("UTC"));
        var monday = D("2026-03-02");

        // Five business days are one calendar week in a Monday-to-Friday week with no holidays.
        plain.AddBusinessDays(monday, 5 * 380_000).Should().Be(monday.PlusWeeks(380_000));
        plain.AddBusinessDays(monday, -5 * 100_000).Should().Be(monday.PlusWeeks(-100_000));
        plain.BusinessDaysBetween(monday, monday.PlusWeeks(380_000)).Should().Be(5 * 380_000);
    }

    [Fact]
    public void Queries_far_apart_in_time_agree_with_each_other()
    {
        var calendar = TestSupport.Calendars.NewYork();

        // The holiday table grows lazily; answers must not depend on which year was asked first.
        var early = calendar.AddBusinessDays(D("1890-06-02"), 700);
        var late = calendar.AddBusinessDays(D("2420-06-03"), -700);
        var fresh = TestSupport.Calendars.NewYork();

        fresh.AddBusinessDays(D("2420-06-03"), -700).Should().Be(late);
        fresh.AddBusinessDays(D("1890-06-02"), 700).Should().Be(early);
        calendar.BusinessDaysBetween(D("1890-06-02"), early).Should().Be(700);
    }

    [Fact]
    public void Dates_outside_years_1_to_9999_are_refused_with_the_argument_named()
    {
        var plain = BusinessCalendar.MondayToFriday(Zone("UTC"));

        var beyond = () => plain.AddBusinessDays(D("9999-12-30"), 5);
        var before = () => plain.IsBusinessDay(new LocalDate(0, 6, 1));
        var huge = () => plain.AddBusinessDays(D("2026-01-01"), int.MaxValue);

        beyond.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*9999-12-30*years 1 to 9999*").Which.ParamName.Should().Be("businessDays");
        before.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0000-06-01*").Which.ParamName.Should().Be("date");
        huge.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("businessDays");
        var next = () => plain.NextBusinessDay(D("9999-12-31"));
        next.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    [Fact]
    public void Dates_in_another_calendar_system_are_refused()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        var add = () => Madrid.AddBusinessDays(julian, 1);

        add.Should().Throw<ArgumentException>().WithMessage("*ISO calendar*Julian*").Which.ParamName.Should().Be("date");
    }

    [Fact]
    public void Next_and_previous_business_day_skip_the_date_itself()
    {
        Madrid.NextBusinessDay(D("2026-04-02")).Should().Be(D("2026-04-06"));
        Madrid.PreviousBusinessDay(D("2026-04-06")).Should().Be(D("2026-04-02"));
    }

    [Fact]
    public void ToLocalDate_uses_the_calendar_zone()
    {
        var instant = I("2026-03-01T20:00:00Z");

        TestSupport.Calendars.Jakarta().ToLocalDate(instant).Should().Be(D("2026-03-02"));
        TestSupport.Calendars.NewYork().ToLocalDate(instant).Should().Be(D("2026-03-01"));
    }

    [Fact]
    public void Calendars_with_the_same_definition_are_equal()
    {
        EqualityContract.Holds(
            TestSupport.Calendars.Madrid(),
            TestSupport.Calendars.Madrid(),
            TestSupport.Calendars.Madrid().WithHoliday(HolidayRule.Fixed(12, 24, "Nochebuena")),
            TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-08-03"), D("2026-08-07"), "Vacation")),
            TestSupport.Calendars.Madrid().WithWorkingWeek(WorkingWeek.MondayToFriday()),
            new BusinessCalendar(Zone("Europe/Lisbon"), TestSupport.Calendars.Madrid().WorkingWeek, TestSupport.Calendars.Madrid().Holidays));
    }

    [Fact]
    public void With_methods_leave_the_original_unchanged()
    {
        var original = TestSupport.Calendars.Madrid();

        var widened = original.WithHoliday(HolidayRule.Fixed(12, 24, "Nochebuena"));

        original.IsBusinessDay(D("2026-12-24")).Should().BeTrue();
        widened.IsBusinessDay(D("2026-12-24")).Should().BeFalse();
        original.Holidays.Should().HaveCount(10);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var noZone = () => new BusinessCalendar(null!, WorkingWeek.MondayToFriday());
        var nullHoliday = () => new BusinessCalendar(Zone("UTC"), WorkingWeek.MondayToFriday(), new HolidayRule[] { null! });

        noZone.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("zone");
        nullHoliday.Should().Throw<ArgumentException>().WithMessage("*index 0*").Which.ParamName.Should().Be("holidays");
    }

    [Fact]
    public void A_calendar_of_a_thousand_Easter_rules_counts_thousands_of_years_as_a_year_by_year_count_does()
    {
        // Offsets -80 to 249 from Easter, each named by three or four rules: every day from Easter - 80 to Easter + 249 is a
        // holiday. Its working days are the weekdays outside that stretch: counted here year by year, independently.
        var rules = Enumerable.Range(0, 1000).Select(i => HolidayRule.EasterRelative(-80 + (i % 330), "Day " + i)).ToList();
        var calendar = new BusinessCalendar(Zone("Europe/Madrid"), WorkingWeek.MondayToFriday(), rules);
        var start = D("2026-01-01");
        var end = D("9990-01-01");
        var expected = 0;
        for (var year = 2026; year <= 9990; year++)
        {
            // Days as numbers from the year's first day, whose weekday is known: a plain count, no calendar maths.
            var first = new LocalDate(year, 1, 1);
            var easter = Period.DaysBetween(first, HolidayRule.EasterSunday(year));
            var from = year == 2026 ? 1 : 0;
            var until = Period.DaysBetween(first, year == 9990 ? end : new LocalDate(year, 12, 31));
            var weekday = (int)first.DayOfWeek - 1;
            for (var day = from; day <= until; day++)
            {
                expected += (weekday + day) % 7 < 5 && (day - easter < -80 || day - easter > 249) ? 1 : 0;
            }
        }

        calendar.BusinessDaysBetween(start, end).Should().Be(expected);
    }
}
