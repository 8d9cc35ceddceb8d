using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Working hours on the nights the clocks change (rules R1-R5 of <see cref="TimeRules"/>):
/// <c>BusinessCalendar.IsWorkingTime</c>, <c>AddWorkingTime</c>, <c>WorkingTimeBetween</c> and the
/// start and end of a working day, with ranges that span a gap or an overlap, start or end inside one,
/// or run 00:00-24:00, in zones whose clocks change at 02:00 (Madrid, New York), at midnight
/// (Havana, Santiago, the Azores, Cairo) or on a Thursday night (Cairo).
/// </summary>
/// <remarks>
/// The transitions, from NodaTime 3.3.7's TZDB (2026f):
/// Madrid 2026-03-29 01:00Z 02:00 CET to 03:00 CEST, 2026-10-25 01:00Z 03:00 CEST to 02:00 CET;
/// New York 2026-03-08 07:00Z 02:00 EST to 03:00 EDT, 2026-11-01 06:00Z 02:00 EDT to 01:00 EST;
/// Havana 2025-11-02 05:00Z 01:00 CDT to 00:00 CST (Sunday's first hour twice), 2026-03-08 05:00Z 00:00 CST to 01:00 CDT (no Sunday 00:00-01:00);
/// Santiago 2026-04-05 03:00Z Sunday 00:00 -03 to Saturday 23:00 -04, 2026-09-06 04:00Z 00:00 -04 to 01:00 -03;
/// the Azores 2026-10-25 01:00Z 01:00 +00 to 00:00 -01 (Sunday's first hour twice);
/// Cairo 2026-04-23 22:00Z Friday 00:00 EET to 01:00 EEST, 2026-10-29 21:00Z Thursday 24:00 EEST to 23:00 EET.
/// </remarks>
public class WorkingTimeDstTests
{
    private static readonly TimeOfDayRange EveningToMidnight = new(new LocalTime(18, 0), LocalTime.Midnight);

    [Fact]
    public void A_day_that_ends_at_24_00_ends_at_the_first_of_two_midnights()
    {
        // Havana, Saturday 1 November 2025, 18:00-24:00: 18:00 CDT is 22:00Z, and 24:00 is where Sunday begins,
        // the first 00:00 (CDT, 04:00Z), not the second (CST, 05:00Z). Six hours, not seven.
        var havana = Weekly("America/Havana", IsoDayOfWeek.Saturday, EveningToMidnight);

        havana.EndOfWorkingDay(D("2025-11-01")).Should().Be(I("2025-11-02T04:00:00Z"));
        havana.AddWorkingTime(I("2025-11-01T22:00:00Z"), Duration.FromHours(6)).Should().Be(I("2025-11-02T04:00:00Z"));
        havana.WorkingTimeBetween(I("2025-11-01T22:00:00Z"), I("2025-11-02T06:00:00Z")).Should().Be(Duration.FromHours(6));
        havana.IsWorkingTime(I("2025-11-02T04:30:00Z")).Should().BeFalse("Sunday 00:30 CDT is Sunday, not Saturday");

        // Half an hour more is not Sunday 00:30 CDT (04:30Z) but the next Saturday, 18:30 CST (23:30Z).
        havana.AddWorkingTime(I("2025-11-01T22:00:00Z"), Duration.FromMinutes(390)).Should().Be(I("2025-11-08T23:30:00Z"));
    }

    [Fact]
    public void The_end_of_a_day_off_is_where_the_next_day_begins_even_when_midnight_happens_twice()
    {
        // A due date on a Saturday in a Monday-to-Friday Havana office is due at the end of that date: the
        // first Sunday 00:00 (04:00Z). Its first instant is Saturday 00:00 CDT, 04:00Z the day before.
        var office = Weekdays("America/Havana");

        office.EndOfWorkingDay(D("2025-11-01")).Should().Be(I("2025-11-02T04:00:00Z"));
        office.StartOfWorkingDay(D("2025-11-01")).Should().Be(I("2025-11-01T04:00:00Z"));

        // The Azores do the same at 01:00Z on 25 October 2026 (01:00 +00 back to 00:00 -01): Saturday ends at 00:00Z.
        Weekdays("Atlantic/Azores").EndOfWorkingDay(D("2026-10-24")).Should().Be(I("2026-10-25T00:00:00Z"));
    }

    [Fact]
    public void Whole_working_days_meet_at_midnight_without_overlapping_when_midnight_happens_twice()
    {
        var havana = EveryDay("America/Havana", WholeDay);

        havana.EndOfWorkingDay(D("2025-11-01")).Should().Be(I("2025-11-02T04:00:00Z"));
        havana.StartOfWorkingDay(D("2025-11-02")).Should().Be(I("2025-11-02T04:00:00Z"));

        // Saturday 23:00 CDT (03:00Z) to Sunday 02:00 CST (07:00Z) is four real hours, each counted once.
        havana.WorkingTimeBetween(I("2025-11-02T03:00:00Z"), I("2025-11-02T07:00:00Z")).Should().Be(Duration.FromHours(4));
        havana.AddWorkingTime(I("2025-11-02T03:00:00Z"), Duration.FromHours(4)).Should().Be(I("2025-11-02T07:00:00Z"));

        // Sunday holds 25 hours: from 04:00Z to Monday's midnight, 00:00 CST, 05:00Z on 3 November.
        havana.EndOfWorkingDay(D("2025-11-02")).Should().Be(I("2025-11-03T05:00:00Z"));
    }

    [Fact]
    public void In_the_Azores_saturday_evening_to_midnight_holds_four_hours_on_the_night_sunday_begins_twice()
    {
        // Saturday 24 October 2026, 20:00-24:00 at +00: 20:00Z to the first Sunday 00:00, 00:00Z.
        var azores = Weekly("Atlantic/Azores", IsoDayOfWeek.Saturday, Hours(20, 0, 0, 0));

        azores.WorkingTimeBetween(I("2026-10-24T12:00:00Z"), I("2026-10-25T12:00:00Z")).Should().Be(Duration.FromHours(4));
        azores.AddWorkingTime(I("2026-10-24T20:00:00Z"), Duration.FromHours(4)).Should().Be(I("2026-10-25T00:00:00Z"));
    }

    [Fact]
    public void A_range_that_starts_in_the_repeated_hour_runs_from_its_first_occurrence_and_both_methods_agree()
    {
        // Madrid, Sunday 25 October 2026, 02:30-03:30: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET);
        // the range runs from the first, 00:30Z, to 03:30 CET, 02:30Z: two hours. 02:15 CET (01:15Z) comes after the
        // first 02:30, so it is working time although its clock reading is before the start.
        var madrid = Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, Hours(2, 30, 3, 30));

        madrid.AddWorkingTime(I("2026-10-24T12:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-10-25T02:30:00Z"));
        madrid.IsWorkingTime(I("2026-10-25T00:15:00Z")).Should().BeFalse("02:15 CEST is before the first 02:30");
        madrid.IsWorkingTime(I("2026-10-25T00:30:00Z")).Should().BeTrue();
        madrid.IsWorkingTime(I("2026-10-25T01:15:00Z")).Should().BeTrue("02:15 CET comes after 02:30 CEST, and AddWorkingTime counts it");
        madrid.IsWorkingTime(I("2026-10-25T02:29:00Z")).Should().BeTrue();
        madrid.IsWorkingTime(I("2026-10-25T02:30:00Z")).Should().BeFalse("the end is exclusive");
        madrid.WorkingTimeBetween(I("2026-10-25T01:00:00Z"), I("2026-10-25T01:30:00Z")).Should().Be(Duration.FromMinutes(30));
    }

    [Fact]
    public void A_range_that_ends_in_the_repeated_hour_runs_to_its_last_occurrence_and_both_methods_agree()
    {
        // Madrid, Sunday 25 October 2026, 00:00-02:30: 00:00 CEST (22:00Z on the 24th) to the second 02:30 (CET,
        // 01:30Z), three and a half hours. 02:45 CEST (00:45Z) is before that end, so it is working time.
        var madrid = Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, Hours(0, 0, 2, 30));

        madrid.EndOfWorkingDay(D("2026-10-25")).Should().Be(I("2026-10-25T01:30:00Z"));
        madrid.AddWorkingTime(I("2026-10-24T22:00:00Z"), Duration.FromMinutes(210)).Should().Be(I("2026-10-25T01:30:00Z"));
        madrid.IsWorkingTime(I("2026-10-25T00:45:00Z")).Should().BeTrue("02:45 CEST comes before the last 02:30");
        madrid.IsWorkingTime(I("2026-10-25T01:29:00Z")).Should().BeTrue();
        madrid.IsWorkingTime(I("2026-10-25T01:30:00Z")).Should().BeFalse();
    }

    [Fact]
    public void Ranges_that_touch_inside_the_repeated_hour_overlap_as_instants_and_are_counted_once()
    {
        // New York, Sunday 1 November 2026, 00:00-01:30 and 01:30-03:00. The first runs from 00:00 EDT (04:00Z) to the
        // second 01:30 (EST, 06:30Z), the second from the first 01:30 (EDT, 05:30Z) to 03:00 EST (08:00Z): together
        // 04:00Z to 08:00Z, four real hours, of which 05:30Z-06:30Z lies in both ranges and is worked once.
        var newYork = Weekly("America/New_York", IsoDayOfWeek.Sunday, Hours(0, 0, 1, 30), Hours(1, 30, 3, 0));

        newYork.WorkingTimeBetween(I("2026-11-01T04:00:00Z"), I("2026-11-01T08:00:00Z")).Should().Be(Duration.FromHours(4));
        newYork.WorkingTimeBetween(I("2026-11-01T05:00:00Z"), I("2026-11-01T07:00:00Z")).Should().Be(Duration.FromHours(2));
        newYork.AddWorkingTime(I("2026-11-01T04:00:00Z"), Duration.FromHours(4)).Should().Be(I("2026-11-01T08:00:00Z"));
        newYork.AddWorkingTime(I("2026-11-01T04:00:00Z"), Duration.FromMinutes(241)).Should().Be(I("2026-11-08T05:01:00Z"), "the next Sunday begins at 00:00 EST, 05:00Z");
    }

    [Theory]
    [InlineData("Europe/Madrid", "2026-03-29", 1, 0, 4, 0, "2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z", 120)] // 02:00-03:00 does not exist
    [InlineData("Europe/Madrid", "2026-03-29", 2, 30, 5, 0, "2026-03-29T01:00:00Z", "2026-03-29T03:00:00Z", 120)] // a start in the gap: 03:00 CEST
    [InlineData("Europe/Madrid", "2026-03-29", 0, 0, 2, 30, "2026-03-28T23:00:00Z", "2026-03-29T01:00:00Z", 120)] // an end in the gap: 03:00 CEST
    [InlineData("Europe/Madrid", "2026-03-29", 0, 0, 0, 0, "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", 23 * 60)] // a whole day of 23 hours
    [InlineData("Europe/Madrid", "2026-10-25", 1, 0, 4, 0, "2026-10-24T23:00:00Z", "2026-10-25T03:00:00Z", 240)] // 02:00-03:00 twice
    [InlineData("Europe/Madrid", "2026-10-25", 0, 0, 0, 0, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", 25 * 60)] // a whole day of 25 hours
    [InlineData("America/New_York", "2026-03-08", 2, 0, 3, 0, "2026-03-08T07:00:00Z", "2026-03-08T07:00:00Z", 0)] // every hour of it skipped
    [InlineData("America/New_York", "2026-03-08", 0, 0, 0, 0, "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", 23 * 60)]
    [InlineData("America/New_York", "2026-11-01", 1, 0, 2, 0, "2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z", 120)] // 01:00-02:00 twice
    [InlineData("America/Havana", "2026-03-08", 0, 0, 8, 0, "2026-03-08T05:00:00Z", "2026-03-08T12:00:00Z", 7 * 60)] // the day starts at 01:00 CDT
    [InlineData("America/Havana", "2025-11-02", 0, 0, 1, 0, "2025-11-02T04:00:00Z", "2025-11-02T06:00:00Z", 120)] // Sunday's first hour twice
    [InlineData("America/Santiago", "2026-04-04", 18, 0, 0, 0, "2026-04-04T21:00:00Z", "2026-04-05T04:00:00Z", 7 * 60)] // Saturday 23:00-24:00 twice
    [InlineData("America/Santiago", "2026-09-06", 0, 0, 4, 0, "2026-09-06T04:00:00Z", "2026-09-06T07:00:00Z", 3 * 60)] // the day starts at 01:00 -03
    [InlineData("Africa/Cairo", "2026-04-24", 0, 0, 8, 0, "2026-04-23T22:00:00Z", "2026-04-24T05:00:00Z", 7 * 60)] // Friday starts at 01:00 EEST
    [InlineData("Africa/Cairo", "2026-10-29", 16, 0, 0, 0, "2026-10-29T13:00:00Z", "2026-10-29T22:00:00Z", 9 * 60)] // Thursday 23:00-24:00 twice
    [InlineData("Atlantic/Azores", "2026-03-29", 0, 0, 2, 0, "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z", 60)] // 00:00-01:00 does not exist
    [InlineData("Australia/Lord_Howe", "2026-10-04", 1, 0, 4, 0, "2026-10-03T14:30:00Z", "2026-10-03T17:00:00Z", 150)] // a half-hour gap, 02:00-02:30
    [InlineData("Australia/Lord_Howe", "2026-04-05", 1, 0, 4, 0, "2026-04-04T14:00:00Z", "2026-04-04T17:30:00Z", 210)] // 01:30-02:00 twice
    public void A_working_range_on_the_night_the_clocks_change_holds_the_real_time_between_its_ends(
        string zone, string date, int startHour, int startMinute, int endHour, int endMinute, string start, string end, int minutes)
    {
        var day = D(date);
        var calendar = Weekly(zone, day.DayOfWeek, Hours(startHour, startMinute, endHour, endMinute));

        calendar.StartOfWorkingDay(day).Should().Be(I(start));
        calendar.EndOfWorkingDay(day).Should().Be(I(end));
        calendar.WorkingTimeBetween(calendar.StartOfDay(day.PlusDays(-1)), calendar.StartOfDay(day.PlusDays(2)))
            .Should().Be(Duration.FromMinutes(minutes), "the working time of the day, counted instant by instant");
        calendar.IsWorkingTime(I(start)).Should().Be(minutes > 0);
        calendar.IsWorkingTime(I(end)).Should().BeFalse("the end is exclusive");
        calendar.IsWorkingTime(I(end) - Duration.FromMinutes(1)).Should().Be(minutes > 0);
        calendar.IsBusinessDay(day).Should().BeTrue("a day whose hours the clocks skip is still a business day, with no working time in it");
    }

    [Fact]
    public void A_working_day_whose_hours_the_clocks_skip_entirely_is_passed_over_by_working_time()
    {
        // New York, Sundays 02:00-03:00: on 8 March 2026 that hour does not exist, so half an hour of work from the
        // Saturday lands on the next Sunday, 15 March, 02:30 EDT (06:30Z).
        var sundays = Weekly("America/New_York", IsoDayOfWeek.Sunday, Hours(2, 0, 3, 0));

        sundays.AddWorkingTime(I("2026-03-07T17:00:00Z"), Duration.FromMinutes(30)).Should().Be(I("2026-03-15T06:30:00Z"));
        sundays.IsWorkingTime(I("2026-03-08T07:00:00Z")).Should().BeFalse("03:00 EDT is the end of the range, which began there too");
    }

    [Fact]
    public void Two_hours_of_madrid_working_time_from_friday_evening_jump_the_weekend_and_the_clock_change()
    {
        // Madrid (09:00-14:00, 15:00-18:00): Friday 27 March 2026 17:00 CET (16:00Z) leaves one hour; Monday 30 March
        // starts at 09:00 CEST (07:00Z), one hour later than a week earlier in UTC.
        var madrid = TestSupport.Calendars.Madrid();

        madrid.AddWorkingTime(I("2026-03-27T16:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-03-30T08:00:00Z"));
        madrid.WorkingTimeBetween(I("2026-03-27T16:00:00Z"), I("2026-03-30T08:00:00Z")).Should().Be(Duration.FromHours(2));

        // And back in October: Friday 23 October 17:00 CEST (15:00Z), Monday 26 October 09:00 CET (08:00Z).
        madrid.AddWorkingTime(I("2026-10-23T15:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-10-26T09:00:00Z"));
    }

    [Fact]
    public void A_day_of_23_or_25_hours_is_one_business_day()
    {
        // Madrid, Sundays only: Sunday 29 March 2026 lasts 23 hours and Sunday 25 October 25; each counts once.
        var sundays = Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, WholeDay);

        sundays.AddBusinessDays(D("2026-03-28"), 1).Should().Be(D("2026-03-29"));
        sundays.BusinessDaysBetween(D("2026-03-28"), D("2026-04-05")).Should().Be(2);
        sundays.AddBusinessDays(D("2026-10-24"), 1).Should().Be(D("2026-10-25"));
        sundays.BusinessDaysBetween(D("2026-10-18"), D("2026-11-01")).Should().Be(2);
        sundays.AddWorkingTime(sundays.StartOfWorkingDay(D("2026-10-25")), Duration.FromHours(25)).Should().Be(sundays.EndOfWorkingDay(D("2026-10-25")));
    }
}
