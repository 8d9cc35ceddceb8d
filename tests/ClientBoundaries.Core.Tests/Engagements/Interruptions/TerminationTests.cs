using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Interruptions;

/// <summary>Ending an engagement early.</summary>
public class TerminationTests
{
    [Fact]
    public void Nothing_happens_after_termination()
    {
        var engagement = DiscoveryStarted().Do(new Terminate(PartyRole.Client, "Business closed", Madrid("2026-03-02T12:00")));

        engagement.State.Phase.Should().Be(EngagementPhase.Terminated);
        engagement.State.TerminatedBy.Should().Be(PartyRole.Client);
        engagement.State.TerminationReason.Should().Be("Business closed");
        engagement.State.Ball.Should().BeNull();
        engagement.Refuses(new Terminate(PartyRole.Provider, "Again", Madrid("2026-03-02T13:00")))
            .Message.Should().Be("Cannot terminate the engagement: the engagement is terminated. Its work is over: only payments, reminders, consequences, recaps, check-ins, feedback and incidents can still be recorded.");
        engagement.Refuses(new LogEffort(Discovery, PartyRole.Provider, 1m, Madrid("2026-03-02T13:00"))).Code.Should().Be("engagement.not-allowed-in-phase");
    }

    [Fact]
    public void Terminating_a_paused_engagement_closes_the_pause()
    {
        var engagement = DiscoveryStarted()
            .Do(new PauseWork(PartyRole.Client, "Budget freeze", Madrid("2026-03-02T12:00")))
            .Do(new Terminate(PartyRole.Client, "Project cancelled", Madrid("2026-03-20T12:00")));

        engagement.State.Pauses.Should().ContainSingle().Which.Until.Should().Be(Madrid("2026-03-20T12:00"));
    }
}
