using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Engagements.Scope;

/// <summary>Revision requests beyond the rounds a deliverable includes, when the agreement records them as change requests.</summary>
public class RevisionRoundTests
{
    private static readonly StageKey Design = new("design");
    private static readonly ChangeRequestId RoundThree = new("design-round-3");

    private static readonly ChangeOrderTerms RecordExtraRounds = new(revisionOverflow: RevisionOverflow.RecordAsChangeRequest, hoursPerExtraRevisionRound: 3m);

    /// <summary>Design under way with two revision rounds asked for, both included.</summary>
    private static EngagementDriver TwoRoundsUsed() =>
        JustOneMoreThingScenarioTests.DesignUnderWay(RecordExtraRounds)
            .Do(new SubmitWork(Design, "First draft", Madrid("2026-03-12T16:00")))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-13T10:00")))
            .Do(new RequestRevision(Design, "Bigger headings", Madrid("2026-03-13T16:00")));

    [Fact]
    public void Third_revision_while_the_stage_runs_is_recorded_as_a_change_request_for_one_more_round_with_its_days()
    {
        var engagement = TwoRoundsUsed().Do(new RequestRevision(Design, "A different font", Madrid("2026-03-16T10:00")));

        var requested = engagement.Events[engagement.Events.Count - 1].Should().BeOfType<EngagementEvent.ChangeRequested>().Subject;
        var decision = requested.Decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        decision.Reason.Should().Be(OutOfScopeReason.BeyondRevisionRounds);
        decision.Request.Id.Should().Be(RoundThree);
        decision.Request.Description.Should().Be("One more revision round of \"Design draft\": A different font");
        decision.Request.RequestedBy.Should().Be(PartyRole.Client);
        decision.ChangeOrder.Price.Should().Be(new Money(270m, "EUR"), "3 hours at 90 EUR");
        decision.ChangeOrder.AddedRevisionRounds.Should().Be(1);
        decision.ChangeOrder.ScheduleImpactBusinessDays.Should().Be(1, "a revision inside a running stage does not re-plan it, so the 3 hours take their day (6 a day, rounded up)");
        decision.Message.Should().Be(
            "\"One more revision round of \"Design draft\": A different font\" is outside what we agreed: the 2 revision rounds included for Page designs are used. "
            + "It needs a change order: 3 hours at 90.00 EUR an hour comes to 270.00 EUR, and it adds 1 business day to the schedule. Shall I send it to you for approval?");
        engagement.State.ProgressOf(Design)!.Revisions.Should().Be(2, "the revision itself waits for the change order");
    }

    [Fact]
    public void Once_the_extra_round_is_accepted_the_revision_can_be_asked_for_again()
    {
        var engagement = TwoRoundsUsed().Do(new RequestRevision(Design, "A different font", Madrid("2026-03-16T10:00")));
        engagement.Refuses(new RequestRevision(Design, "A different font, please", Madrid("2026-03-16T11:00")))
            .Should().Match<RuleViolation>(v => v.Code == "scope.extra-round-pending"
                && v.Message == "The 2 revision rounds included for Page designs are used, and one more is already quoted (change order 'design-round-3', a draft): once it is accepted, ask for the revision again.");

        engagement
            .Do(new ProposeChangeOrder(RoundThree, Madrid("2026-03-16T12:00")))
            .Do(new AcceptChangeOrder(RoundThree, Madrid("2026-03-16T14:00")))
            .Do(new RequestRevision(Design, "A different font", Madrid("2026-03-16T15:00")));

        var state = engagement.State;
        state.Agreement!.Scope.FindDeliverable(Designs)!.Allowance.RevisionRounds.Should().Be(3);
        state.Agreement.FindStage(Design)!.BudgetedHours.Should().Be(23m, "the 3 hours bought join the design budget of 20");
        state.Agreement.Amendments.Single().Description.Should().Be(
            "Change order (One more revision round of \"Design draft\": A different font): 270.00 EUR; 1 business day added to stage \"Design draft\"; 1 more revision round for Page designs.");
        state.Ball!.DueBy.Should().Be(D("2026-03-18"), "the design, due Tuesday 17 March, gets the round's day");
        state.AllowanceOf(Designs)!.Should().Match<AllowanceStanding>(a => a.RevisionRoundsIncluded == 3 && a.RevisionRoundsUsed == 3 && a.RevisionRoundsLeft == 0);

        // A fourth is quoted as round 4.
        engagement.Do(new RequestRevision(Design, "Back to the first font", Madrid("2026-03-16T16:00")));
        engagement.State.Scope.ChangeOrders.Select(o => o.Id.Value).Should().Equal("design-round-3", "design-round-4");
    }

    [Fact]
    public void Declined_extra_round_can_be_asked_for_again_under_a_new_id()
    {
        var engagement = TwoRoundsUsed()
            .Do(new RequestRevision(Design, "A different font", Madrid("2026-03-16T10:00")))
            .Do(new DeclineChangeOrder(RoundThree, Madrid("2026-03-16T11:00")))
            .Do(new RequestRevision(Design, "A different font after all", Madrid("2026-03-16T12:00")));

        engagement.State.Scope.ChangeOrders.Select(o => (o.Id.Value, o.Status)).Should().Equal(
            ("design-round-3", ChangeOrderStatus.Declined), ("design-round-3.2", ChangeOrderStatus.Draft));
    }

    [Fact]
    public void Revision_of_a_stage_handed_off_counts_against_the_same_rounds()
    {
        var engagement = TwoRoundsUsed().Do(new HandOff(Design, Madrid("2026-03-17T17:00")));

        engagement.Do(new RequestRevision(Design, "Change the footer", Madrid("2026-03-18T10:00")));

        var decision = engagement.Events[engagement.Events.Count - 1].Should().BeOfType<EngagementEvent.ChangeRequested>("the stage is not reopened beyond its rounds")
            .Which.Decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        engagement.State.CurrentStage!.Key.Should().Be(new StageKey("feedback"));
        decision.ChangeOrder.ScheduleImpactBusinessDays.Should().Be(0, "reopening the stage re-plans it at its full length, like any revision");
        decision.Message.Should().EndWith("comes to 270.00 EUR, and the round is planned like any revision, from the day you ask for it. Shall I send it to you for approval?");
    }
}
