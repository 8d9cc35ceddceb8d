using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Agreements;

public class AcceptanceWindowsTests
{
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Build = new("build");

    [Fact]
    public void A_stage_override_wins_over_the_default_and_a_second_override_replaces_the_first()
    {
        var windows = AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(Build, 10).WithStage(Build, 15);

        windows.BusinessDaysFor(Build).Should().Be(15);
        windows.BusinessDaysFor(Design).Should().Be(5);
        windows.StageOverrides.Should().ContainSingle();
        AcceptanceWindows.OnlyForStages(WindowClosingPolicy.DeemsAccepted).WithStage(Build, 3).BusinessDaysFor(Design).Should().BeNull();
        AcceptanceWindows.None.HasAny.Should().BeFalse();
    }

    [Fact]
    public void Windows_are_equal_by_value()
    {
        AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(Build, 10)
            .Should().Be(AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(Build, 10));
        AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).Should().NotBe(AcceptanceWindows.Of(4, WindowClosingPolicy.DeemsAccepted));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2601)]
    public void A_window_out_of_range_is_refused_naming_the_argument(int days)
    {
        FluentActions.Invoking(() => AcceptanceWindows.Of(days, WindowClosingPolicy.DeemsAccepted))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDays");
        FluentActions.Invoking(() => AcceptanceWindows.None.WithStage(Build, days))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDays");
    }

    [Fact]
    public void The_builder_refuses_a_window_for_a_stage_it_does_not_have_or_the_client_owns()
    {
        var builder = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithAcceptanceWindows(AcceptanceWindows.OnlyForStages(WindowClosingPolicy.DeemsAccepted).WithStage(new StageKey("photos"), 5).WithStage(new StageKey("content"), 2));

        builder.Validate().Select(v => v.Code).Should().Equal("agreement.acceptance-window.unknown-stage", "agreement.acceptance-window.stage-of-client");
    }

    [Fact]
    public void An_agreement_has_no_window_unless_it_sets_one()
    {
        TestSupport.Agreements.WebsiteInMadrid().AcceptanceWindows.Should().Be(AcceptanceWindows.None);
    }

    [Fact]
    public void Windows_write_themselves_for_logs()
    {
        AcceptanceWindows.None.ToString().Should().Be("none");
        AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(new StageKey("design"), 3).ToString()
            .Should().Be("5 business day(s), then DeemsAccepted (+1 stage override(s))");
        AcceptanceWindows.OnlyForStages(WindowClosingPolicy.DeemsAccepted).WithStage(new StageKey("design"), 3).ToString()
            .Should().Be("stages only, then DeemsAccepted (+1 stage override(s))");
    }
}
