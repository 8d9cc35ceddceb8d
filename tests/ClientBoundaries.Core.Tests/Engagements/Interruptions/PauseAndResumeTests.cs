using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Interruptions;

/// <summary>
/// Pausing and resuming the work: who caused the pause, whose time it is, the restart lead time and the re-plan.
/// </summary>
public class PauseAndResumeTests
{
    [Fact]
    public void Nothing_can_be_resumed_that_is_not_paused_and_a_paused_engagement_takes_no_stage_work()
    {
        var engagement = DiscoveryStarted();

        engagement.Refuses(new ResumeWork(Madrid("2026-03-02T10:00")))
            .Message.Should().Be("Cannot resume: the engagement is active. Allowed now: start, submit, hand off, accept or revise stages, log effort, pause, handle change requests, complete, or terminate.");

        engagement.Do(new PauseWork(PartyRole.Provider, "Illness", Madrid("2026-03-02T10:00")));
        engagement.Refuses(new HandOff(Discovery, Madrid("2026-03-02T11:00")))
            .Message.Should().Be("Cannot hand off a stage: the engagement is paused. Allowed now: resume, log effort, handle change requests, or terminate.");
        engagement.Refuses(new PauseWork(PartyRole.Client, "Again", Madrid("2026-03-02T11:00"))).Code.Should().Be("engagement.not-allowed-in-phase");

        engagement.Do(new LogEffort(Discovery, PartyRole.Provider, 1.5m, Madrid("2026-03-02T11:00")));
        engagement.Do(new ResumeWork(Madrid("2026-03-04T09:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Active, "it returns to the phase it was paused in");
    }

    [Fact]
    public void A_pause_caused_by_the_provider_gives_the_client_its_restart_lead_time()
    {
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithRestartLeadTime(PartyRole.Client, 3)
            .Build();
        var engagement = ScheduledWebsite(agreement)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new PauseWork(PartyRole.Provider, "Studio closed for a family emergency", Madrid("2026-03-02T12:00")))
            .Do(new ResumeWork(Madrid("2026-03-09T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-09T17:00")));

        // Without the lead time the content would start on Tuesday 10 March; the client may start
        // no earlier than three business days after Monday 9: Thursday 12.
        engagement.State.Plan!.FindStage(Content)!.Start.Should().Be(D("2026-03-12"));
        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-18"));
    }

    [Fact]
    public void A_pause_while_nobody_holds_the_ball_is_refused_since_no_time_is_running()
    {
        var engagement = ContentHandedOver();
        foreach (var stage in engagement.StageKeys().Skip(2))
        {
            var at = engagement.State.LastEventAt!.Value + Duration.FromHours(1);
            engagement.Do(new StartStage(stage, at)).Do(new HandOff(stage, at + Duration.FromMinutes(30)));
        }

        // A stream stored before the final acceptance completed the engagement: accepted, not completed.
        engagement.Stored(new EngagementEvent.StageAccepted(new StageKey("build"), PartyRole.Client, engagement.State.LastEventAt!.Value + Duration.FromHours(1)));
        engagement.State.Phase.Should().Be(EngagementPhase.Active, "the engagement is not completed yet");
        engagement.State.Ball.Should().BeNull("every stage is handed over and accepted");

        var refused = engagement.Refuses(new PauseWork(PartyRole.Client, "Holidays", engagement.State.LastEventAt!.Value + Duration.FromHours(1)));

        refused.Code.Should().Be("engagement.nothing-to-pause");
        refused.Message.Should().Be("Cannot pause: every stage is handed over and accepted, so nobody holds the ball and no time is running. Complete the engagement, or terminate it.");
    }

    [Fact]
    public void A_pause_the_client_causes_while_the_studio_works_moves_the_studio_dates_and_is_charged_to_the_client()
    {
        // The studio starts the design on Wednesday 11 March; on Thursday 12 at 10:00 the client
        // pauses the project for board approval and resumes it on Monday 13 April at 09:00.
        var engagement = ContentHandedOver()
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new PauseWork(PartyRole.Client, "Waiting for board approval", Madrid("2026-03-12T10:00")));

        engagement.State.Ball!.Party.Should().Be(PartyRole.Client, "it is the client's move to resume");
        engagement.State.Ball.Expectation.Should().Be("Resume the work: Waiting for board approval");

        engagement.Do(new ResumeWork(Madrid("2026-04-13T09:00")));

        // The studio lost its working days from 13 March up to 13 April: 20 (Good Friday is off).
        // Its 5-day design, started 11 March, is now due on the 25th studio day: Wednesday 15 April.
        engagement.State.Plan!.FindStage(Design)!.Due.Should().Be(D("2026-04-15"));
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
        engagement.State.Ball.DueBy.Should().Be(D("2026-04-15"), "the ball's due date follows the re-plan");

        engagement.Do(new HandOff(Design, Madrid("2026-04-15T17:00")));

        // The studio held the ball 11-12 March and 13-15 April: five days, on time.
        engagement.State.ProgressOf(Design)!.ActualBusinessDays.Should().Be(5);
        engagement.State.OverrunBusinessDaysOf(PartyRole.Provider).Should().Be(0);
        engagement.State.BallTimeOf(PartyRole.Client, Madrid("2026-04-15T17:00")).BusinessDays
            .Should().Be(5 + 20, "content (4-10 March) and the pause (13 March to 10 April) are the client's; 13 April, resumed at the start of the day, is the studio's");
    }
}
