using System;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Scope;

public class ChangeOrderDeclineTests
{
    private static readonly ChangeRequestId Gallery = new("gallery");

    [Fact]
    public void A_decline_names_the_change_order_and_the_reason_trimmed_when_one_is_given()
    {
        var decline = new ChangeOrderDecline(Gallery, "  Over budget this quarter ");

        decline.ChangeOrder.Should().Be(Gallery);
        decline.Reason.Should().Be("Over budget this quarter");
        decline.ToString().Should().Be("gallery (Over budget this quarter)");
        new ChangeOrderDecline(Gallery).Reason.Should().BeNull();
        new ChangeOrderDecline(Gallery).ToString().Should().Be("gallery");
    }

    [Fact]
    public void Declines_compare_by_value()
    {
        EqualityContract.Holds(
            new ChangeOrderDecline(Gallery, "Over budget"),
            new ChangeOrderDecline(Gallery, "Over budget"),
            new ChangeOrderDecline(Gallery),
            new ChangeOrderDecline(new ChangeRequestId("shop"), "Over budget"));
    }

    [Fact]
    public void The_command_carries_the_decline_its_flat_constructor_makes_and_the_event_carries_the_same()
    {
        var at = Madrid("2026-03-10T10:00");
        var decline = new ChangeOrderDecline(Gallery, "Over budget");

        new EngagementCommand.DeclineChangeOrder(Gallery, at, "Over budget").Should().Be(new EngagementCommand.DeclineChangeOrder(decline, at));
        new EngagementEvent.ChangeOrderDeclined(decline, at).Decline.Should().Be(decline);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        var at = Madrid("2026-03-10T10:00");
        FluentActions.Invoking(() => new ChangeOrderDecline(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("changeOrder");
        FluentActions.Invoking(() => new ChangeOrderDecline(Gallery, " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
        FluentActions.Invoking(() => new EngagementCommand.DeclineChangeOrder(Gallery, at, "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
        FluentActions.Invoking(() => new EngagementEvent.ChangeOrderDeclined(null!, at)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("decline");
    }
}
