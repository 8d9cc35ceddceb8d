using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>
/// Accepting the stage handed off last, or sending it back for a revision, and whose time a revision round is.
/// </summary>
public class AcceptanceAndRevisionTests
{
    [Fact]
    public void The_stage_handed_off_last_can_be_accepted_once()
    {
        var engagement = ContentHandedOver();

        engagement.Do(new AcceptStage(Content, Madrid("2026-03-11T09:00")));
        engagement.State.ProgressOf(Content)!.IsAccepted.Should().BeTrue();

        var again = EngagementDecider.Decide(engagement.State, new AcceptStage(Content, Madrid("2026-03-11T09:05")));
        again.IsAccepted.Should().BeTrue();
        again.Events.Should().BeEmpty("a repeat that changes nothing records nothing");
        engagement.Refuses(new AcceptStage(Discovery, Madrid("2026-03-11T09:05")))
            .Message.Should().Be("Only the stage handed off last, \"Client sends content\", can be accepted or sent back, not \"Discovery call\".");
        engagement.Refuses(new AcceptStage(Design, Madrid("2026-03-11T09:05"))).Code.Should().Be("engagement.stage.not-handed-off");
    }

    [Fact]
    public void A_revision_of_the_stage_just_handed_off_loops_the_ball_back_to_its_owner()
    {
        var engagement = ContentHandedOver()
            .Do(new RequestRevision(Content, "The menu page copy is missing", Madrid("2026-03-11T11:00")));

        var state = engagement.State;
        state.CurrentStage!.Key.Should().Be(Content);
        state.ProgressOf(Content)!.Status.Should().Be(StageStatus.InProgress);
        state.ProgressOf(Content)!.Revisions.Should().Be(1);
        state.ProgressOf(Design)!.Status.Should().Be(StageStatus.Pending);
        state.Ball!.Party.Should().Be(PartyRole.Client);
        state.Ball.Expectation.Should().Be("Revise \"Client sends content\": The menu page copy is missing");
        state.Handoffs[^1].IsRevision.Should().BeTrue();
        state.Handoffs[^1].From.Should().Be(PartyRole.Provider);

        engagement.Do(new HandOff(Content, Madrid("2026-03-12T12:00")));
        engagement.State.ProgressOf(Content)!.Revisions.Should().Be(1, "the count is kept across the loop");
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
    }

    [Fact]
    public void A_revision_of_submitted_work_keeps_the_ball_with_the_owner_and_is_counted()
    {
        var engagement = DiscoveryStarted();

        engagement.Refuses(new RequestRevision(Discovery, "Too short", Madrid("2026-03-02T12:00")))
            .Code.Should().Be("engagement.revision.nothing-submitted");

        engagement
            .Do(new SubmitWork(Discovery, "Brief, first draft", Madrid("2026-03-02T12:00")))
            .Do(new RequestRevision(Discovery, "Add the opening hours", Madrid("2026-03-02T15:00")));

        engagement.State.ProgressOf(Discovery)!.Submissions.Should().Be(1);
        engagement.State.ProgressOf(Discovery)!.Revisions.Should().Be(1);
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
    }

    [Fact]
    public void An_accepted_stage_cannot_be_sent_back()
    {
        var engagement = ContentHandedOver().Do(new AcceptStage(Content, Madrid("2026-03-11T09:00")));

        engagement.Refuses(new RequestRevision(Content, "One more photo", Madrid("2026-03-11T10:00")))
            .Code.Should().Be("engagement.revision.already-accepted");
    }

    [Fact]
    public void Time_the_other_side_sat_on_a_stage_before_asking_for_a_revision_is_not_charged_to_the_owner()
    {
        // Design (studio) runs 11-17 March on time; the client sits on it until 14 April, then asks
        // for a revision, which the studio hands back the next day.
        var engagement = ContentHandedOver()
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T17:00")))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-04-14T10:00")));

        // The revision round is dated from the request: five studio days from Wednesday 15 April.
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
        engagement.State.Ball.DueBy.Should().Be(D("2026-04-21"));
        engagement.State.Plan!.FindStage(Design)!.Start.Should().Be(D("2026-04-15"));

        engagement.Do(new HandOff(Design, Madrid("2026-04-15T17:00")));

        var design = engagement.State.ProgressOf(Design)!;
        design.ActualBusinessDays.Should().Be(6, "5 days for the first round and 1 for the revision");
        design.Reopenings.Should().Be(1);
        design.OverrunBusinessDays.Should().Be(0);
        engagement.State.OverrunBusinessDaysOf(PartyRole.Provider).Should().Be(0);
    }

    [Fact]
    public void Acceptance_and_revision_of_a_stage_the_agreement_lacks_are_refused()
    {
        var engagement = ContentHandedOver();
        var ghost = new StageKey("launch-party");

        engagement.Refuses(new RequestRevision(ghost, "More balloons", Madrid("2026-03-11T10:00"))).Code.Should().Be("engagement.stage.unknown");
        engagement.Refuses(new AcceptStage(ghost, Madrid("2026-03-11T10:00"))).Code.Should().Be("engagement.stage.unknown");
    }
}
