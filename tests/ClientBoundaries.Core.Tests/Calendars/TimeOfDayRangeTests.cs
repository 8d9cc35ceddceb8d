using System;
using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Calendars;

public class TimeOfDayRangeTests
{
    [Fact]
    public void Start_is_inclusive_and_end_exclusive()
    {
        var morning = TimeOfDayRange.Of(9, 0, 13, 0);

        morning.Contains(new LocalTime(9, 0)).Should().BeTrue();
        morning.Contains(new LocalTime(12, 59, 59)).Should().BeTrue();
        morning.Contains(new LocalTime(13, 0)).Should().BeFalse();
        morning.Length.Should().Be(Duration.FromHours(4));
    }

    [Fact]
    public void Midnight_as_the_end_means_the_end_of_the_day()
    {
        var evening = TimeOfDayRange.Of(18, 0, 0, 0);
        var allDay = new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight);

        evening.Contains(new LocalTime(23, 59, 59)).Should().BeTrue();
        evening.Length.Should().Be(Duration.FromHours(6));
        evening.ToString().Should().Be("18:00-24:00");
        allDay.Length.Should().Be(Duration.FromHours(24));
    }

    [Fact]
    public void An_end_before_the_start_is_refused_with_both_times()
    {
        var create = () => TimeOfDayRange.Of(17, 0, 9, 0);

        create.Should().Throw<ArgumentException>().WithMessage("*17:00:00-09:00:00*").Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Hours_and_minutes_are_range_checked()
    {
        var create = () => TimeOfDayRange.Of(24, 0, 1, 0);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("startHour");
    }
}
