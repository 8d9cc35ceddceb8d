using System;
using ClientBoundaries.Calendars;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Calendars;

public class WorkingWeekTests
{
    [Fact]
    public void Monday_to_friday_defaults_to_nine_to_five()
    {
        var week = WorkingWeek.MondayToFriday();

        week.WorkingDaysPerWeek.Should().Be(5);
        week.IsWorkingDay(IsoDayOfWeek.Saturday).Should().BeFalse();
        week.HoursOn(IsoDayOfWeek.Monday).Should().Equal(TimeOfDayRange.Of(9, 0, 17, 0));
        week.HoursOn(IsoDayOfWeek.Sunday).Should().BeEmpty();
    }

    [Fact]
    public void A_day_can_get_its_own_hours_or_become_a_day_off()
    {
        var week = WorkingWeek.MondayToFriday()
            .WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(9, 0, 13, 0))
            .WithHours(IsoDayOfWeek.Wednesday)
            .WithHours(IsoDayOfWeek.Saturday, TimeOfDayRange.Of(10, 0, 12, 0));

        week.WorkingDays.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday);
        week.HoursOn(IsoDayOfWeek.Friday).Should().Equal(TimeOfDayRange.Of(9, 0, 13, 0));
        week.ToString().Should().Be("Mon 09:00-17:00, Tue 09:00-17:00, Thu 09:00-17:00, Fri 09:00-13:00, Sat 10:00-12:00");
    }

    [Fact]
    public void Hours_are_kept_in_order_and_may_touch_but_not_overlap()
    {
        var split = WorkingWeek.MondayToFriday(TimeOfDayRange.Of(13, 0, 17, 0), TimeOfDayRange.Of(9, 0, 13, 0));
        var overlapping = () => WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 13, 0), TimeOfDayRange.Of(12, 0, 17, 0));

        split.HoursOn(IsoDayOfWeek.Monday).Should().Equal(TimeOfDayRange.Of(9, 0, 13, 0), TimeOfDayRange.Of(13, 0, 17, 0));
        overlapping.Should().Throw<ArgumentException>().WithMessage("*09:00-13:00 overlaps 12:00-17:00*").Which.ParamName.Should().Be("hours");
    }

    [Fact]
    public void A_week_needs_a_working_day()
    {
        var none = () => WorkingWeek.Of(Array.Empty<IsoDayOfWeek>(), TimeOfDayRange.Of(9, 0, 17, 0));
        var emptied = () => WorkingWeek.Of(new[] { IsoDayOfWeek.Monday }, TimeOfDayRange.Of(9, 0, 17, 0)).WithHours(IsoDayOfWeek.Monday);

        none.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("days");
        emptied.Should().Throw<ArgumentException>().WithMessage("*at least one working day*").Which.ParamName.Should().Be("hours");
    }

    [Fact]
    public void Weeks_with_the_same_hours_are_equal()
    {
        EqualityContract.Holds(
            WorkingWeek.MondayToFriday(),
            WorkingWeek.Of(new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday }, TimeOfDayRange.Of(9, 0, 17, 0)),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 18, 0)),
            WorkingWeek.MondayToFriday().WithHours(IsoDayOfWeek.Saturday, TimeOfDayRange.Of(9, 0, 12, 0)));
    }
}
