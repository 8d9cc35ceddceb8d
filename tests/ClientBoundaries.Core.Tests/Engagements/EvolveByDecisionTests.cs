using System;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>
/// <see cref="EngagementDecider.Evolve(EngagementState, Decision)"/>: the state a decision's events lead to, worked out
/// once, by <see cref="EngagementDecider.Decide"/>, for the state it was made on.
/// </summary>
public class EvolveByDecisionTests
{
    private static readonly StageKey Discovery = new("discovery");

    [Fact]
    public void A_handoff_decided_on_a_state_gives_back_for_that_state_the_state_Decide_worked_out()
    {
        // The plan of the website: discovery 2-3 March (the provider's), content 4-10 March (the client's).
        var state = DiscoveryStarted().State;
        var decision = EngagementDecider.Decide(state, new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var applied = EngagementDecider.Evolve(state, decision);

        applied.Should().Be(EngagementDecider.Evolve(state, decision.Events[0]));
        applied.Should().BeSameAs(EngagementDecider.Evolve(state, decision), "Decide worked it out while proving the handoff applies");
        applied.Version.Should().Be(state.Version + 1);
        applied.Ball!.Party.Should().Be(PartyRole.Client);
        applied.Ball.DueBy.Should().Be(D("2026-03-10"), "the content is due on the last of its five business days");
        applied.NextAttentionAt.Should().Be(EngagementDecider.Evolve(state, decision.Events[0]).NextAttentionAt);
    }

    [Fact]
    public void Another_state_is_evolved_by_each_event_even_when_it_equals_the_one_decided_on()
    {
        var driver = DiscoveryStarted();
        var state = driver.State;
        var decision = EngagementDecider.Decide(state, new HandOff(Discovery, Madrid("2026-03-03T17:00")));
        var equal = EngagementDecider.Replay(driver.Events);
        equal.Should().Be(state).And.NotBeSameAs(state);

        var applied = EngagementDecider.Evolve(equal, decision);

        applied.Should().Be(EngagementDecider.Evolve(state, decision)).And.NotBeSameAs(EngagementDecider.Evolve(state, decision));
        applied.Ball!.DueBy.Should().Be(D("2026-03-10"));
    }

    [Fact]
    public void A_decision_whose_events_move_no_date_is_applied_when_asked()
    {
        var state = DiscoveryStarted().State;
        var decision = EngagementDecider.Decide(state, new LogEffort(Discovery, PartyRole.Provider, 2.5m, Madrid("2026-03-02T12:00")));

        var applied = EngagementDecider.Evolve(state, decision);

        applied.Should().Be(EngagementDecider.Evolve(state, decision.Events[0]));
        applied.CurrentStage!.ProviderHours.Should().Be(state.CurrentStage!.ProviderHours + 2.5m);
        applied.Version.Should().Be(state.Version + 1);
    }

    [Fact]
    public void A_refusal_leaves_the_state_as_it_is()
    {
        var state = DiscoveryStarted().State;
        var decision = EngagementDecider.Decide(state, new HandOff(new StageKey("content"), Madrid("2026-03-03T17:00")));

        decision.IsAccepted.Should().BeFalse();
        EngagementDecider.Evolve(state, decision).Should().BeSameAs(state);
    }

    [Fact]
    public void A_null_state_or_decision_is_refused_by_name()
    {
        var state = DiscoveryStarted().State;
        var decision = EngagementDecider.Decide(state, new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var withoutState = () => EngagementDecider.Evolve(null!, decision);
        var withoutDecision = () => EngagementDecider.Evolve(state, (Decision)null!);

        withoutState.Should().Throw<ArgumentNullException>().WithParameterName("state");
        withoutDecision.Should().Throw<ArgumentNullException>().WithParameterName("decision");
    }
}
