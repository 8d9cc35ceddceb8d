using System;
using System.Linq;
using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

public class WorkingTimeTests
{
    private static readonly BusinessCalendar Madrid = TestSupport.Calendars.Madrid(); // 09-14, 15-18

    private static BusinessCalendar NewYorkEveryDay(TimeOfDayRange hours) =>
        new(Zone("America/New_York"), WorkingWeek.Of(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), hours));

    private static BusinessCalendar NewYorkSundays(TimeOfDayRange hours) =>
        new(Zone("America/New_York"), WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday }, hours));

    [Theory]
    [InlineData("2026-03-30T09:00", true)]
    [InlineData("2026-03-30T13:59", true)]
    [InlineData("2026-03-30T14:30", false)] // lunch
    [InlineData("2026-03-30T18:00", false)] // the end is exclusive
    [InlineData("2026-04-03T10:00", false)] // Good Friday
    [InlineData("2026-04-04T10:00", false)] // Saturday
    public void IsWorkingTime_follows_hours_days_and_holidays(string local, bool expected)
    {
        Madrid.IsWorkingTime(At("Europe/Madrid", local)).Should().Be(expected);
    }

    [Fact]
    public void Working_time_skips_the_night_and_the_weekend()
    {
        // Friday 17:00 CET: one hour left on Friday, then Monday 09:00 CEST (clocks went forward on
        // Sunday 29 March) plus one hour.
        Madrid.AddWorkingTime(At("Europe/Madrid", "2026-03-27T17:00"), Duration.FromHours(2))
            .Should().Be(I("2026-03-30T08:00:00Z"));
    }

    [Fact]
    public void Working_time_skips_the_lunch_break_and_holidays()
    {
        Madrid.AddWorkingTime(At("Europe/Madrid", "2026-03-30T13:00"), Duration.FromHours(2))
            .Should().Be(At("Europe/Madrid", "2026-03-30T16:00"));
        Madrid.AddWorkingTime(At("Europe/Madrid", "2026-04-02T17:30"), Duration.FromHours(1))
            .Should().Be(At("Europe/Madrid", "2026-04-06T09:30"), "Good Friday and the weekend are skipped");
    }

    [Fact]
    public void Time_running_out_at_the_end_of_a_range_lands_on_that_end()
    {
        Madrid.AddWorkingTime(At("Europe/Madrid", "2026-03-30T09:00"), Duration.FromHours(5))
            .Should().Be(At("Europe/Madrid", "2026-03-30T14:00"));
    }

    [Fact]
    public void Working_time_starting_outside_hours_begins_at_the_next_range()
    {
        Madrid.AddWorkingTime(At("Europe/Madrid", "2026-03-28T11:00"), Duration.FromMinutes(30))
            .Should().Be(At("Europe/Madrid", "2026-03-30T09:30"));
    }

    [Fact]
    public void In_a_zone_without_daylight_saving_a_weekend_is_simply_skipped()
    {
        // Jakarta, 08:00-16:00: one hour on Friday, seven on Monday.
        TestSupport.Calendars.Jakarta().AddWorkingTime(At("Asia/Jakarta", "2026-11-27T15:00"), Duration.FromHours(8))
            .Should().Be(I("2026-11-30T08:00:00Z"));
    }

    [Fact]
    public void Across_the_spring_gap_two_working_hours_are_two_real_hours()
    {
        var calendar = NewYorkEveryDay(new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight));

        // 01:00 EST is 06:00Z; at 02:00 the clock jumps to 03:00 EDT; two real hours later it is 04:00 EDT.
        calendar.AddWorkingTime(I("2026-03-08T06:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-03-08T08:00:00Z"));
    }

    [Fact]
    public void Across_the_autumn_overlap_two_working_hours_are_two_real_hours()
    {
        var calendar = NewYorkEveryDay(new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight));

        // 01:00 EDT is 05:00Z; the hour from 01:00 repeats; two real hours later it is 02:00 EST.
        calendar.AddWorkingTime(I("2026-11-01T05:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-11-01T07:00:00Z"));
    }

    [Fact]
    public void A_range_that_contains_the_spring_gap_holds_one_hour_less()
    {
        var calendar = NewYorkSundays(TimeOfDayRange.Of(1, 0, 4, 0));

        // On 8 March 2026 01:00-04:00 local is 06:00Z-08:00Z: two hours, used up exactly.
        calendar.AddWorkingTime(I("2026-03-08T06:00:00Z"), Duration.FromHours(2)).Should().Be(I("2026-03-08T08:00:00Z"));

        // Half an hour more spills into the next Sunday, 01:00 EDT = 05:00Z.
        calendar.AddWorkingTime(I("2026-03-08T06:00:00Z"), Duration.FromMinutes(150)).Should().Be(I("2026-03-15T05:30:00Z"));
    }

    [Fact]
    public void A_range_that_contains_the_autumn_overlap_holds_one_hour_more()
    {
        var calendar = NewYorkSundays(TimeOfDayRange.Of(1, 0, 4, 0));

        // On 1 November 2026 01:00 EDT (05:00Z) to 04:00 EST (09:00Z) is four real hours.
        calendar.AddWorkingTime(I("2026-11-01T05:00:00Z"), Duration.FromHours(4)).Should().Be(I("2026-11-01T09:00:00Z"));
    }

    [Theory]
    [InlineData("2026-11-01T05:30:00Z", true)] // 01:30 EDT, first pass
    [InlineData("2026-11-01T06:30:00Z", true)] // 01:30 EST, second pass
    [InlineData("2026-11-01T07:00:00Z", false)] // 02:00 EST
    public void Both_passes_of_a_repeated_hour_are_working_time(string instant, bool expected)
    {
        NewYorkSundays(TimeOfDayRange.Of(1, 0, 2, 0)).IsWorkingTime(I(instant)).Should().Be(expected);
    }

    [Fact]
    public void Zero_working_time_is_the_start_itself()
    {
        var saturday = At("Europe/Madrid", "2026-03-28T11:00");

        Madrid.AddWorkingTime(saturday, Duration.Zero).Should().Be(saturday);
    }

    [Fact]
    public void Negative_working_time_is_refused()
    {
        var add = () => Madrid.AddWorkingTime(I("2026-03-30T08:00:00Z"), Duration.FromHours(-1));

        add.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*").Which.ParamName.Should().Be("workingTime");
    }
}
