using System;
using ClientBoundaries.Calendars;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

public class ClosureTests
{
    [Fact]
    public void A_closure_includes_both_ends()
    {
        var closure = new Closure(D("2026-08-03"), D("2026-08-21"), "Summer vacation");

        closure.Dates.Contains(D("2026-08-03")).Should().BeTrue();
        closure.Dates.Contains(D("2026-08-21")).Should().BeTrue();
        closure.ToString().Should().Be("2026-08-03..2026-08-21 Summer vacation");
    }

    [Fact]
    public void A_closure_cannot_end_before_it_starts()
    {
        var create = () => new Closure(D("2026-08-21"), D("2026-08-03"), "Backwards");

        create.Should().Throw<ArgumentException>().WithMessage("*2026-08-21 to 2026-08-03*").Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void A_closure_with_no_real_end_is_refused_rather_than_expanded_day_by_day()
    {
        var create = () => new Closure(D("2026-08-03"), D("9999-12-31"), "Closed until further notice");

        create.Should().Throw<ArgumentException>().WithMessage("*at most 3653 days*").Which.ParamName.Should().Be("end");
        new Closure(D("2026-01-01"), D("2026-01-01").PlusDays(Closure.MaxDays - 1), "Ten years").Dates.Length.Should().Be(Closure.MaxDays);
    }

    [Fact]
    public void A_closure_in_another_calendar_system_is_refused()
    {
        var create = () => new Closure(new NodaTime.LocalDate(2026, 8, 3, NodaTime.CalendarSystem.Julian), D("2026-08-21"), "Vacation");

        create.Should().Throw<ArgumentException>().WithMessage("*ISO calendar*").Which.ParamName.Should().Be("start");
    }
}
