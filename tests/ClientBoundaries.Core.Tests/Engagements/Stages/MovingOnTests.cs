using System.Linq;
using ClientBoundaries.Agreements;
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
/// Moving on means accepting: the party that would accept a stage handed to it starts or hands off the next one, and
/// the stage is accepted as of that moment, so the milestone payment its acceptance triggers is invoiced.
/// </summary>
public class MovingOnTests
{
    private static readonly ObligationKey DesignMilestone = ObligationKey.MilestonePayment(Design);

    /// <summary>
    /// The website in Madrid with the design (the studio's, 5 days from Wednesday 11 March) handed to the client on
    /// Tuesday 17 March at 16:00: the client's feedback (3 days) is due on Friday 20 March.
    /// </summary>
    private static EngagementDriver DesignHandedOver() =>
        ContentHandedOver()
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")));

    [Fact]
    public void The_client_who_skips_acceptance_and_moves_on_is_invoiced_the_milestone()
    {
        var engagement = DesignHandedOver()
            .Do(new StartStage(Feedback, Madrid("2026-03-18T09:00")))
            .Do(new HandOff(Feedback, Madrid("2026-03-20T12:00")));

        var design = engagement.State.ProgressOf(Design)!;
        design.IsAccepted.Should().BeTrue("the client started its feedback on the design without accepting it first");
        design.AcceptedAt.Should().Be(Madrid("2026-03-18T09:00"));

        // Invoiced when the feedback started, Wednesday 18 March; due 14 days later, Wednesday 1 April.
        var at = Madrid("2026-03-23T10:00");
        var standing = Assessor.Assess(engagement.State, at).StandingOf(DesignMilestone)!;
        standing.Due.Should().Be(D("2026-04-01"));
        engagement.Do(new ReceivePayment(DesignMilestone, new Money(2400m, "EUR"), at));
        Assessor.Assess(engagement.State, at).StandingOf(DesignMilestone)!.Timeliness.Should().Be(Timeliness.Done);
    }

    [Fact]
    public void Moving_on_records_the_acceptance_with_its_reason_just_before_the_start()
    {
        var engagement = DesignHandedOver();
        var at = Madrid("2026-03-18T09:00");

        var decision = EngagementDecider.Decide(engagement.State, new StartStage(Feedback, at));

        decision.Events.Should().Equal(
            new EngagementEvent.StageDeemedAccepted(Design, PartyRole.Client, DeemedAcceptanceReason.MovedOn, at),
            new EngagementEvent.StageStarted(Feedback, at));
    }

    [Fact]
    public void The_studio_moving_on_from_the_client_s_content_accepts_the_content_too()
    {
        // Content is the client's, handed to the studio on Tuesday 10 March; the studio starts the design without a word.
        var engagement = ContentHandedOver().Do(new StartStage(Design, Madrid("2026-03-11T09:00")));

        engagement.Events.OfType<EngagementEvent.StageDeemedAccepted>().Select(e => (e.Stage, e.By)).Should().Equal(
            (Discovery, PartyRole.Client),
            (Content, PartyRole.Provider));
        engagement.State.ProgressOf(Content)!.AcceptedAt.Should().Be(Madrid("2026-03-11T09:00"));
    }

    [Fact]
    public void A_stage_accepted_or_never_handed_to_the_mover_is_not_accepted_again()
    {
        var accepted = DesignHandedOver().Do(new AcceptStage(Design, Madrid("2026-03-17T18:00")));
        EngagementDecider.Decide(accepted.State, new StartStage(Feedback, Madrid("2026-03-18T09:00"))).Events
            .Should().ContainSingle().Which.Should().BeOfType<EngagementEvent.StageStarted>();

        // The studio's own two stages in a row: handing the first to itself asks nothing of the client, whose
        // acceptance of it stays open (it can still accept it while the second is under way).
        var own = new EngagementDriver()
            .Do(new Propose(OwnStagesInARow(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")))
            .Do(new StartStage(Design, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-06T17:00")));
        EngagementDecider.Decide(own.State, new StartStage(Build, Madrid("2026-03-09T09:00"))).Events
            .Should().ContainSingle().Which.Should().BeOfType<EngagementEvent.StageStarted>();
    }

    [Fact]
    public void A_stream_recorded_before_the_change_replays_as_it_did_and_moves_on_with_the_acceptance()
    {
        // Recorded the old way: the client started its feedback on Wednesday 18 March without accepting the design, and
        // the studio its design without accepting the content. Due dates as the decider set them: content 5 client days
        // from Wednesday 4 March (Tuesday 10), design 5 studio days from Wednesday 11 March (Tuesday 17), feedback 3
        // client days from Wednesday 18 March (Friday 20).
        var old = ScheduledWebsite().Events.Concat(new EngagementEvent[]
        {
            new EngagementEvent.StageStarted(Discovery, Madrid("2026-03-02T09:00")),
            new EngagementEvent.HandedOff(Discovery, PartyRole.Provider, PartyRole.Client, "Send the content", D("2026-03-10"), Madrid("2026-03-03T17:00")),
            new EngagementEvent.StageStarted(Content, Madrid("2026-03-04T09:00")),
            new EngagementEvent.HandedOff(Content, PartyRole.Client, PartyRole.Provider, "Design the pages", D("2026-03-17"), Madrid("2026-03-10T17:00")),
            new EngagementEvent.StageStarted(Design, Madrid("2026-03-11T09:00")),
            new EngagementEvent.HandedOff(Design, PartyRole.Provider, PartyRole.Client, "Send one list of changes", D("2026-03-20"), Madrid("2026-03-17T16:00")),
            new EngagementEvent.StageStarted(Feedback, Madrid("2026-03-18T09:00")),
        }).ToList();

        var state = EngagementDecider.Replay(old);

        state.Version.Should().Be(old.Count);
        state.Stages.Select(s => s.IsAccepted).Should().AllBeEquivalentTo(false, "nobody accepted anything in the old stream, and replay adds nothing");
        state.CurrentStage!.Key.Should().Be(Feedback);
        state.CurrentStage.Status.Should().Be(StageStatus.InProgress);
        state.Ball!.Party.Should().Be(PartyRole.Client);
        state.Ball.DueBy.Should().Be(D("2026-03-20"));
        var at = Madrid("2026-03-19T10:00");
        Assessor.Assess(state, at).StandingOf(DesignMilestone)!.Timeliness.Should().Be(Timeliness.NotStarted, "the design was never accepted");

        // Carried on under this release: handing the feedback off accepts the design as of the handoff, Friday 20 March.
        var handoff = EngagementDecider.Decide(state, new HandOff(Feedback, Madrid("2026-03-20T12:00")));
        handoff.Events[0].Should().Be(new EngagementEvent.StageDeemedAccepted(Design, PartyRole.Client, DeemedAcceptanceReason.MovedOn, Madrid("2026-03-20T12:00")));
        handoff.Events[1].Should().BeOfType<EngagementEvent.HandedOff>();
        var after = handoff.Events.Aggregate(state, EngagementDecider.Evolve);
        after.ProgressOf(Design)!.AcceptedAt.Should().Be(Madrid("2026-03-20T12:00"));

        // 14 days after Friday 20 March: Friday 3 April, Good Friday in Madrid, so the payment falls due on Monday 6 April.
        Assessor.Assess(after, Madrid("2026-03-23T10:00")).StandingOf(DesignMilestone)!.Due.Should().Be(D("2026-04-06"));
    }

    [Fact]
    public void When_the_agreement_requires_acceptance_moving_on_is_refused_until_the_stage_is_accepted()
    {
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithMovingOn(MovingOnPolicy.RequiresAcceptance)
            .Build();
        var engagement = ScheduledWebsite(agreement)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var refused = engagement.Refuses(new StartStage(Content, Madrid("2026-03-04T09:00")));
        refused.Code.Should().Be("engagement.stage.not-accepted");
        refused.Message.Should().Be("Under the agreement, Acme Bakery must accept \"Discovery call\" or ask for a revision before moving on to \"Client sends content\".");

        engagement
            .Do(new AcceptStage(Discovery, Madrid("2026-03-04T09:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")));
        engagement.Events.OfType<EngagementEvent.StageDeemedAccepted>().Should().BeEmpty();
        engagement.State.ProgressOf(Discovery)!.AcceptedAt.Should().Be(Madrid("2026-03-04T09:00"));
    }

    [Fact]
    public void When_the_agreement_requires_acceptance_a_stage_started_the_old_way_cannot_be_handed_off_before_it()
    {
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithMovingOn(MovingOnPolicy.RequiresAcceptance)
            .Build();
        var old = ScheduledWebsite(agreement).Events.Concat(new EngagementEvent[]
        {
            new EngagementEvent.StageStarted(Discovery, Madrid("2026-03-02T09:00")),
            new EngagementEvent.HandedOff(Discovery, PartyRole.Provider, PartyRole.Client, "Send the content", D("2026-03-10"), Madrid("2026-03-03T17:00")),
            new EngagementEvent.StageStarted(Content, Madrid("2026-03-04T09:00")),
        });
        var state = EngagementDecider.Replay(old);

        var refused = EngagementDecider.Decide(state, new HandOff(Content, Madrid("2026-03-09T17:00")));
        refused.Violations.Should().ContainSingle().Which.Code.Should().Be("engagement.stage.not-accepted");
        var accepted = EngagementDecider.Decide(state, new AcceptStage(Discovery, Madrid("2026-03-09T16:00")));
        accepted.Events.Should().ContainSingle().Which.Should().BeOfType<EngagementEvent.StageAccepted>();
    }

    /// <summary>The studio's design (5 days) followed by its build (10 days), with the client's feedback last.</summary>
    private static Agreement OwnStagesInARow() =>
        new AgreementBuilder(new AgreementId("own-stages"), "Two studio stages in a row")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design draft", PartyRole.Provider, 5)
            .AddStage("build", "Build and launch", PartyRole.Provider, 10)
            .AddStage("feedback", "Client feedback", PartyRole.Client, 3)
            .Build();
}
