using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>Completion: every stage done and the final delivery accepted.</summary>
public class CompletionTests
{
    [Fact]
    public void Completion_needs_every_stage_done_and_the_final_delivery_accepted()
    {
        var engagement = ContentHandedOver();

        engagement.Refuses(new Complete(Madrid("2026-03-11T10:00")))
            .Code.Should().Be("engagement.complete.stages-remaining");
    }

    [Fact]
    public void The_final_delivery_must_be_accepted_before_completion()
    {
        var oneStage = new ClientBoundaries.Agreements.AgreementBuilder(new AgreementId("audit"), "Audit")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage("audit", "Audit", PartyRole.Provider, 2)
            .Build();
        var audit = new StageKey("audit");
        var engagement = new EngagementDriver()
            .Do(new Propose(oneStage, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-16T11:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-16T12:00")))
            .Do(new StartStage(audit, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(audit, Madrid("2026-03-03T17:00")));

        engagement.State.Ball!.Expectation.Should().Be("Accept the final delivery (Audit)");
        engagement.State.Ball.DueBy.Should().BeNull();
        engagement.Refuses(new Complete(Madrid("2026-03-04T10:00"))).Code.Should().Be("engagement.complete.final-not-accepted");

        engagement.Do(new AcceptStage(audit, Madrid("2026-03-04T10:00"))).Do(new Complete(Madrid("2026-03-04T10:05")));
        engagement.State.Phase.Should().Be(EngagementPhase.Completed);
        engagement.State.Ball.Should().BeNull();
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }
}
