using System;
using System.Linq;
using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>
/// The holiday sets that ship with the library reproduce their published tables: each year's days off, as listed by a
/// Monday-to-Friday calendar with the set, are the dates the publisher gives, observed or substitute days included.
/// The expected dates are copied from the publishers' tables, not from the code.
/// </summary>
public class HolidaySetTests
{
    /// <summary>Days off in a year of a Monday-to-Friday calendar with the set: the dates people get off.</summary>
    private static string[] DaysOffIn(HolidaySet set, int year) =>
        new BusinessCalendar(Zone("UTC"), WorkingWeek.MondayToFriday(), set)
            .DaysOff(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)))
            .Select(d => d.Date.ToString("MM-dd", null))
            .ToArray();

    // OPM's federal holiday tables. In 2020 and 2026 Independence Day (a Saturday) is observed on Friday 3 July; in 2021
    // Juneteenth (Saturday 19 June) on Friday 18, Independence Day (Sunday) on Monday 5 July, Christmas (Saturday) on
    // Friday 24 December and New Year's Day 2022 (Saturday) on Friday 31 December 2021; in 2022 Juneteenth (Sunday) on
    // Monday 20 June and Christmas (Sunday) on Monday 26; in 2023 New Year's Day (Sunday) on Monday 2 January and
    // Veterans Day (Saturday) on Friday 10 November; in 2027 Juneteenth on Friday 18 June, Independence Day on Monday 5
    // July, Christmas on Friday 24 December and New Year's Day 2028 (Saturday) on Friday 31 December.
    [Theory]
    [InlineData(2020, "01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25")]
    [InlineData(2021, "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31")]
    [InlineData(2022, "01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26")]
    [InlineData(2023, "01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25")]
    [InlineData(2024, "01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25")]
    [InlineData(2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25")]
    [InlineData(2026, "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25")]
    [InlineData(2027, "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31")]
    public void United_States_federal_holidays_are_OPMs_observed_dates(int year, string published)
    {
        DaysOffIn(HolidaySet.UnitedStatesFederal, year).Should().Equal(published.Split(' '));
    }

    [Fact]
    public void Juneteenth_is_a_federal_holiday_from_2021_only()
    {
        // Saturday 19 June 2021 is observed on Friday 18; 2020 has no Juneteenth, so Friday 19 June 2020 is worked.
        var calendar = new BusinessCalendar(Zone("America/New_York"), WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);

        calendar.IsBusinessDay(D("2020-06-19")).Should().BeTrue();
        calendar.IsBusinessDay(D("2021-06-18")).Should().BeFalse();
    }

    [Fact]
    public void Veterans_Day_follows_the_law_of_each_year()
    {
        // The fourth Monday of October from 1971 to 1977 (25 October 1971), 11 November before and from 1978.
        var calendar = new BusinessCalendar(Zone("America/New_York"), WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);

        calendar.IsBusinessDay(D("1971-10-25")).Should().BeFalse();
        calendar.IsBusinessDay(D("1971-11-11")).Should().BeTrue();
        calendar.IsBusinessDay(D("1969-11-11")).Should().BeFalse();
        calendar.IsBusinessDay(D("1980-11-11")).Should().BeFalse();
    }

    // GOV.UK's bank holidays for England and Wales. Substitute days: Boxing Day 2020 and 2026 (Saturday) on Monday 28
    // December; Christmas and Boxing Day 2021 and 2027 (Saturday and Sunday) on Monday 27 and Tuesday 28; New Year's Day
    // 2022 (Saturday) on Monday 3 January, 2023 (Sunday) on Monday 2 January; Christmas 2022 (Sunday) on Tuesday 27,
    // after Boxing Day on Monday 26. One-off days: VE day (the early May bank holiday moved to Friday 8 May 2020), the
    // spring bank holiday moved to Thursday 2 June 2022 and the Platinum Jubilee on Friday 3, the state funeral on 19
    // September 2022, the coronation on Monday 8 May 2023.
    [Theory]
    [InlineData(2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26")]
    [InlineData(2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28")]
    [InlineData(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28")]
    [InlineData(2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27")]
    [InlineData(2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26")]
    [InlineData(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")]
    [InlineData(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")]
    [InlineData(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28")]
    public void England_and_Wales_bank_holidays_are_GOV_UKs_dates(int year, string published)
    {
        DaysOffIn(HolidaySet.EnglandAndWales, year).Should().Equal(published.Split(' '));
    }

    [Fact]
    public void The_spring_bank_holiday_moved_in_2022_leaves_the_last_Monday_of_May_worked()
    {
        var london = new BusinessCalendar(Zone("Europe/London"), WorkingWeek.MondayToFriday(), HolidaySet.EnglandAndWales);

        london.IsBusinessDay(D("2022-05-30")).Should().BeTrue("the last Monday of May 2022 was a working day");
        london.DaysOff(new DateInterval(D("2022-06-01"), D("2022-06-30"))).Select(d => d.ToString())
            .Should().Equal("2022-06-02 Spring bank holiday", "2022-06-03 Platinum Jubilee bank holiday");
    }

    // The BOE's national holidays, every date whatever its weekday: a holiday on a Saturday or a Sunday stays there (in
    // 2022 New Year's Day is a Saturday and 1 May and Christmas Sundays; in 2026 15 August is a Saturday, 1 November and
    // 6 December Sundays). Good Friday: 15 April 2022, 7 April 2023, 29 March 2024, 18 April 2025, 3 April 2026.
    [Theory]
    [InlineData(2022, "01-01 01-06 04-15 05-01 08-15 10-12 11-01 12-06 12-08 12-25")]
    [InlineData(2023, "01-01 01-06 04-07 05-01 08-15 10-12 11-01 12-06 12-08 12-25")]
    [InlineData(2024, "01-01 01-06 03-29 05-01 08-15 10-12 11-01 12-06 12-08 12-25")]
    [InlineData(2025, "01-01 01-06 04-18 05-01 08-15 10-12 11-01 12-06 12-08 12-25")]
    [InlineData(2026, "01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25")]
    public void Spains_national_holidays_are_the_BOEs_dates_and_stay_on_their_weekend(int year, string published)
    {
        HolidaySet.SpainNational.Select(r => r.DateIn(year)!.Value.ToString("MM-dd", null)).OrderBy(d => d, StringComparer.Ordinal)
            .Should().Equal(published.Split(' '));
        var madrid = new BusinessCalendar(Zone("Europe/Madrid"), WorkingWeek.MondayToFriday(), HolidaySet.SpainNational);
        DaysOffIn(HolidaySet.SpainNational, year).Should().OnlyContain(d => published.Contains(d), "no day is moved off its weekend");
        madrid.IsBusinessDay(D("2022-12-26")).Should().BeTrue("Christmas 2022 is a Sunday and no national substitute is given");
    }

    [Fact]
    public void A_region_adds_its_own_days_to_the_national_set()
    {
        var madrid = HolidaySet.SpainNational
            .With(HolidayRule.EasterRelative(-3, "Jueves Santo"))
            .With(HolidayRule.Fixed(5, 2, "Fiesta de la Comunidad de Madrid"));

        madrid.Should().HaveCount(12);
        madrid.Source.Should().Be(HolidaySet.SpainNational.Source);
        madrid.Equals(HolidaySet.SpainNational).Should().BeFalse();
        HolidaySet.SpainNational.With(HolidayRule.EasterRelative(-3, "Jueves Santo")).Equals(HolidaySet.SpainNational.With(HolidayRule.EasterRelative(-3, "Jueves Santo"))).Should().BeTrue();
        new BusinessCalendar(Zone("Europe/Madrid"), WorkingWeek.MondayToFriday(), madrid).IsBusinessDay(D("2026-04-02")).Should().BeFalse("Holy Thursday 2026 is 2 April");
        HolidaySet.SpainNational.Should().HaveCount(10, "adding to a set makes a new one");
    }

    [Fact]
    public void Each_set_names_where_its_dates_are_published()
    {
        new[] { HolidaySet.UnitedStatesFederal, HolidaySet.EnglandAndWales, HolidaySet.SpainNational }
            .Should().OnlyContain(s => s.Source.StartsWith("https://", StringComparison.Ordinal));
        HolidaySet.EnglandAndWales.ToString().Should().Be($"Holiday set published at https://www.gov.uk/bank-holidays ({HolidaySet.EnglandAndWales.Count} rule(s))");
    }

    [Fact]
    public void A_set_refuses_a_null_rule()
    {
        var add = () => HolidaySet.SpainNational.With(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("rule");
    }
}
