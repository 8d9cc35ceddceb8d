using System;
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

namespace ClientBoundaries.Tests.Engagements;

public class EngagementDeciderTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");

    private static EngagementDriver Proposed() =>
        new EngagementDriver().Do(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("2026-02-16T10:00")));

    private static EngagementDriver DiscoveryStarted() =>
        ScheduledWebsite().Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")));

    private static EngagementDriver ContentHandedOver() =>
        DiscoveryStarted()
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")));

    [Fact]
    public void The_lifecycle_runs_proposed_signed_deposit_scheduled_active()
    {
        var engagement = Proposed();
        engagement.State.Phase.Should().Be(EngagementPhase.Proposed);
        engagement.State.Agreement.Should().Be(TestSupport.Agreements.WebsiteInMadrid());

        engagement.Do(new Sign(Madrid("2026-02-18T10:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Signed);

        engagement.Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-20T10:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.DepositReceived);
        engagement.State.Deposit.Should().Be(new Money(1800m, "EUR"));

        engagement.Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Scheduled);
        engagement.State.Plan!.Stages[0].Due.Should().Be(D("2026-03-03"));
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
        engagement.State.Ball.Since.Should().Be(Madrid("2026-03-02T09:00"), "the provider holds the ball from the plan's first working moment");

        engagement.Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Active);
        engagement.State.CurrentStage!.Status.Should().Be(StageStatus.InProgress);
        engagement.State.Version.Should().Be(5);
    }

    [Fact]
    public void A_command_on_a_changed_engagement_is_refused_so_only_one_of_two_users_wins()
    {
        var engagement = DiscoveryStarted();
        var version = engagement.State.Version;
        var first = new SubmitWork(Discovery, "Brief, first draft", Madrid("2026-03-02T15:00")).ExpectingVersion(version);
        var second = new HandOff(Discovery, Madrid("2026-03-02T15:00")).ExpectingVersion(version);

        engagement.Do(first);
        var violation = engagement.Refuses(second);

        violation.Code.Should().Be("engagement.version-conflict");
        violation.Message.Should().Contain($"version {version + 1}, not {version}");
    }

    [Fact]
    public void A_command_dated_before_the_last_event_is_refused()
    {
        var violation = DiscoveryStarted().Refuses(new HandOff(Discovery, Madrid("2026-03-01T09:00")));

        violation.Code.Should().Be("engagement.out-of-order");
    }

    [Fact]
    public void Nothing_but_a_proposal_opens_an_engagement()
    {
        var violation = new EngagementDriver().Refuses(new Sign(Madrid("2026-02-18T10:00")));

        violation.Code.Should().Be("engagement.not-allowed-in-phase");
        violation.Message.Should().Be("Cannot sign: the engagement is not yet proposed. Allowed now: propose an agreement.");
    }

    [Fact]
    public void A_second_proposal_is_refused()
    {
        Proposed().Refuses(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("2026-02-17T10:00")))
            .Message.Should().Contain("is proposed. Allowed now: sign, or terminate.");
    }

    [Fact]
    public void No_work_on_stages_before_the_deposit()
    {
        var signed = Proposed().Do(new Sign(Madrid("2026-02-18T10:00")));

        var start = signed.Refuses(new StartStage(Discovery, Madrid("2026-02-19T10:00")));
        var effort = signed.Refuses(new LogEffort(Discovery, PartyRole.Provider, 2m, Madrid("2026-02-19T10:00")));
        var schedule = signed.Refuses(new Schedule(D("2026-03-02"), Madrid("2026-02-19T10:00")));

        start.Message.Should().Be("Cannot start a stage: the engagement is signed. Allowed now: receive the deposit, handle change requests, or terminate.");
        effort.Code.Should().Be("engagement.not-allowed-in-phase");
        schedule.Code.Should().Be("plan.deposit-not-received");
    }

    [Fact]
    public void A_short_deposit_is_refused_with_what_is_missing()
    {
        var signed = Proposed().Do(new Sign(Madrid("2026-02-18T10:00")));

        signed.Refuses(new ReceiveDeposit(new Money(1000m, "EUR"), Madrid("2026-02-19T10:00")))
            .Message.Should().Be("The deposit is 1800 EUR, but only 1000 EUR arrived; 800 EUR is still missing.");
        signed.Refuses(new ReceiveDeposit(new Money(1800m, "USD"), Madrid("2026-02-19T10:00")))
            .Code.Should().Be("engagement.deposit.wrong-currency");
    }

    [Fact]
    public void Work_cannot_be_scheduled_to_start_in_the_past()
    {
        var paid = Proposed()
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-20T10:00")));

        paid.Refuses(new Schedule(D("2026-02-19"), Madrid("2026-02-20T12:00")))
            .Message.Should().Be("The work cannot be planned to start on 2026-02-19, before the day it is scheduled (2026-02-20).");
        paid.Do(new Schedule(D("2026-02-20"), Madrid("2026-02-20T12:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled);
    }

    [Fact]
    public void Events_check_their_arguments_like_the_commands_do()
    {
        var hours = () => new EngagementEvent.EffortLogged(new EffortEntry(Design, PartyRole.Provider, 1_000_000m), Madrid("2026-03-04T18:00"));
        var due = () => new EngagementEvent.HandedOff(Design, PartyRole.Provider, PartyRole.Client, "x", D("9999-12-31"), Madrid("2026-03-04T18:00"));

        hours.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("hours");
        due.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("dueBy");
    }

    [Fact]
    public void Without_a_deposit_the_signed_agreement_is_scheduled_directly()
    {
        var noDeposit = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build();
        var signed = new EngagementDriver()
            .Do(new Propose(noDeposit, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));

        signed.Refuses(new ReceiveDeposit(new Money(1m, "EUR"), Madrid("2026-02-19T10:00"))).Code.Should().Be("engagement.deposit.not-required");
        signed.Do(new Schedule(D("2026-03-02"), Madrid("2026-02-19T10:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled);
    }

    [Fact]
    public void Only_the_current_stage_can_be_started_or_handed_off()
    {
        var engagement = DiscoveryStarted();

        var start = engagement.Refuses(new StartStage(Design, Madrid("2026-03-02T10:00")));
        var handOff = engagement.Refuses(new HandOff(Content, Madrid("2026-03-02T10:00")));
        var again = engagement.Refuses(new StartStage(Discovery, Madrid("2026-03-02T10:00")));
        var unknown = engagement.Refuses(new StartStage(new StageKey("launch-party"), Madrid("2026-03-02T10:00")));

        start.Message.Should().Be("Cannot start a stage for 'design': the current stage is 'discovery', which the Provider holds.");
        handOff.Code.Should().Be("engagement.stage.not-current");
        again.Code.Should().Be("engagement.stage.already-started");
        unknown.Message.Should().Be("The agreement 'acme-website' has no stage 'launch-party'.");
    }

    [Fact]
    public void A_stage_is_started_before_work_is_submitted_or_handed_off()
    {
        var engagement = DiscoveryStarted().Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        engagement.Refuses(new HandOff(Content, Madrid("2026-03-04T10:00")))
            .Message.Should().Be("Stage 'content' has not been started yet: start it first, then hand off a stage.");
        engagement.Refuses(new SubmitWork(Content, "Half the copy", Madrid("2026-03-04T10:00"))).Code.Should().Be("engagement.stage.not-started");
    }

    [Fact]
    public void A_handoff_passes_the_ball_with_the_next_stage_as_the_expectation_and_its_due_date()
    {
        var engagement = DiscoveryStarted().Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var handoff = engagement.State.Handoffs.Should().ContainSingle().Subject;
        handoff.From.Should().Be(PartyRole.Provider);
        handoff.To.Should().Be(PartyRole.Client);
        handoff.Expectation.Should().Be("Client sends content: Final copy for every page");
        handoff.DueBy.Should().Be(D("2026-03-10"));
        handoff.DueAt.Should().Be(Madrid("2026-03-10T18:00"));
        engagement.State.Ball!.Party.Should().Be(PartyRole.Client);
        engagement.State.ProgressOf(Discovery)!.Status.Should().Be(StageStatus.Done);
        engagement.State.ProgressOf(Discovery)!.ActualBusinessDays.Should().Be(2);
    }

    [Fact]
    public void A_handoff_may_state_its_own_expectation_and_date_but_not_a_past_one()
    {
        var engagement = DiscoveryStarted();

        engagement.Refuses(new HandOff(Discovery, Madrid("2026-03-03T17:00"), dueBy: D("2026-03-02")))
            .Code.Should().Be("engagement.handoff.due-in-the-past");

        engagement.Do(new HandOff(Discovery, Madrid("2026-03-03T17:00"), "Send the copy for the home page first", D("2026-03-06")));
        engagement.State.Ball!.Expectation.Should().Be("Send the copy for the home page first");
        engagement.State.Ball.DueBy.Should().Be(D("2026-03-06"));
    }

    [Fact]
    public void An_early_provider_moves_the_client_dates_earlier()
    {
        // Discovery handed off a day early, on Monday evening: content starts Tuesday and is due a day earlier.
        var engagement = DiscoveryStarted().Do(new HandOff(Discovery, Madrid("2026-03-02T17:00")));

        engagement.State.Plan!.FindStage(Content)!.Due.Should().Be(D("2026-03-09"));
        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-09"));
    }

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
            .Message.Should().Be("Only the stage handed off last, 'content', can be accepted or sent back, not 'discovery'.");
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

    [Fact]
    public void A_pause_while_nobody_holds_the_ball_is_refused_since_no_time_is_running()
    {
        var engagement = ContentHandedOver();
        foreach (var stage in engagement.StageKeys().Skip(2))
        {
            var at = engagement.State.LastEventAt!.Value + Duration.FromHours(1);
            engagement.Do(new StartStage(stage, at)).Do(new HandOff(stage, at + Duration.FromMinutes(30)));
        }

        engagement.Do(new AcceptStage(new StageKey("build"), engagement.State.LastEventAt!.Value + Duration.FromHours(1)));
        engagement.State.Phase.Should().Be(EngagementPhase.Active, "the engagement is not completed yet");
        engagement.State.Ball.Should().BeNull("every stage is handed over and accepted");

        var refused = engagement.Refuses(new PauseWork(PartyRole.Client, "Holidays", engagement.State.LastEventAt!.Value + Duration.FromHours(1)));

        refused.Code.Should().Be("engagement.nothing-to-pause");
        refused.Message.Should().Be("Cannot pause: every stage is handed over and accepted, so nobody holds the ball and no time is running. Complete the engagement, or terminate it.");
    }

    [Fact]
    public void A_schedule_that_would_run_past_the_year_9999_is_refused_not_thrown()
    {
        var paid = new EngagementDriver()
            .Do(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("9999-11-01T10:00")))
            .Do(new Sign(Madrid("9999-11-02T10:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("9999-11-03T10:00")));

        // The website needs 25 business days; from Wednesday 1 December 9999 Madrid has 21 left in the year
        // (23 weekdays, less the 6th and 8th, both holidays), so the last stage would end in the year 10000.
        var refused = paid.Refuses(new Schedule(D("9999-12-01"), Madrid("9999-11-03T12:00")));

        refused.Code.Should().Be("engagement.beyond-supported-dates");
        refused.Message.Should().Be("Cannot schedule the work at 9999-11-03T11:00:00Z: the dates it leads to run past the last ones the library can work with (plans end with the year 9999, due dates with 9998).");
        paid.Do(new Schedule(D("9999-11-04"), Madrid("9999-11-03T12:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled, "25 business days from Thursday 4 November end on Friday 10 December, the 6th and 8th being holidays");
    }

    [Fact]
    public void A_handoff_whose_next_stage_would_be_due_in_the_year_9999_is_refused_not_thrown()
    {
        var started = new EngagementDriver()
            .Do(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("9998-12-01T10:00")))
            .Do(new Sign(Madrid("9998-12-01T11:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("9998-12-01T12:00")))
            .Do(new Schedule(D("9998-12-28"), Madrid("9998-12-01T13:00")))
            .Do(new StartStage(Discovery, Madrid("9998-12-28T09:00")));

        // Discovery is handed off on Tuesday 29 December 9998; content takes the client five business days from
        // Wednesday 30: the 30th, the 31st, then (New Year on Friday, the weekend) 4 and 5 January, (Epiphany on the
        // 6th) 7 January 9999, a due date past the last year one can be in.
        var refused = started.Refuses(new HandOff(Discovery, Madrid("9998-12-29T17:00")));

        refused.Code.Should().Be("engagement.beyond-supported-dates");
        started.State.Ball!.Stage.Should().Be(Discovery, "nothing was applied");
    }

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
    public void Effort_is_logged_per_party_against_the_stage_budget()
    {
        var engagement = DiscoveryStarted()
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 8m, Madrid("2026-03-04T18:00"), "Moodboard"))
            .Do(new LogEffort(Design, PartyRole.Client, 1m, Madrid("2026-03-04T18:00")));

        var design = engagement.State.ProgressOf(Design)!;
        design.HoursOf(PartyRole.Provider).Should().Be(8m);
        design.HoursOf(PartyRole.Client).Should().Be(1m);
        design.HoursOverBudget.Should().Be(-12m, "8 of the 20 budgeted hours are used");
        engagement.Refuses(new LogEffort(new StageKey("nope"), PartyRole.Provider, 1m, Madrid("2026-03-04T19:00"))).Code.Should().Be("engagement.stage.unknown");
    }

    [Fact]
    public void Commands_check_their_arguments_when_made()
    {
        var hours = () => new LogEffort(Design, PartyRole.Provider, 0m, Madrid("2026-03-04T18:00"));
        var reason = () => new PauseWork(PartyRole.Client, " ", Madrid("2026-03-04T18:00"));
        var version = () => new Sign(Madrid("2026-03-04T18:00")).ExpectingVersion(-1);

        hours.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("hours");
        reason.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
        version.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("version");
    }

    [Fact]
    public void An_event_that_does_not_fit_the_state_only_advances_the_version()
    {
        var state = EngagementDecider.Evolve(EngagementState.Initial, new EngagementEvent.HandedOff(Design, PartyRole.Provider, PartyRole.Client, "x", null, Instant.FromUnixTimeSeconds(0)));

        state.Version.Should().Be(1);
        state.Phase.Should().Be(EngagementPhase.New);
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

    [Fact]
    public void A_handoff_between_two_stages_of_the_same_owner_records_no_ledger_entry()
    {
        var agreement = new ClientBoundaries.Agreements.AgreementBuilder(new AgreementId("solo"), "Solo")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage("draft", "Draft", PartyRole.Provider, 2)
            .AddStage("polish", "Polish", PartyRole.Provider, 1)
            .Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-16T11:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-16T12:00")))
            .Do(new StartStage(new StageKey("draft"), Madrid("2026-03-02T09:00")))
            .Do(new HandOff(new StageKey("draft"), Madrid("2026-03-03T17:00")));

        engagement.State.Handoffs.Should().BeEmpty();
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
        engagement.State.Ball.Stage.Should().Be(new StageKey("polish"));
    }

    [Fact]
    public void Terminating_a_paused_engagement_closes_the_pause()
    {
        var engagement = DiscoveryStarted()
            .Do(new PauseWork(PartyRole.Client, "Budget freeze", Madrid("2026-03-02T12:00")))
            .Do(new Terminate(PartyRole.Client, "Project cancelled", Madrid("2026-03-20T12:00")));

        engagement.State.Pauses.Should().ContainSingle().Which.Until.Should().Be(Madrid("2026-03-20T12:00"));
    }

    [Fact]
    public void Deposits_and_schedules_are_refused_outside_their_phases()
    {
        var proposed = Proposed();
        var active = DiscoveryStarted();

        proposed.Refuses(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-17T10:00")))
            .Message.Should().Be("Cannot receive the deposit: the engagement is proposed. Allowed now: sign, or terminate.");
        proposed.Refuses(new Schedule(D("2026-03-02"), Madrid("2026-02-17T10:00"))).Code.Should().Be("engagement.not-allowed-in-phase");
        active.Refuses(new Schedule(D("2026-04-01"), Madrid("2026-03-02T10:00"))).Code.Should().Be("engagement.not-allowed-in-phase");
        active.Refuses(new Complete(Madrid("2026-03-02T10:00"))).Code.Should().Be("engagement.complete.stages-remaining");
    }

    [Fact]
    public void Acceptance_and_revision_of_a_stage_the_agreement_lacks_are_refused()
    {
        var engagement = ContentHandedOver();
        var ghost = new StageKey("launch-party");

        engagement.Refuses(new RequestRevision(ghost, "More balloons", Madrid("2026-03-11T10:00"))).Code.Should().Be("engagement.stage.unknown");
        engagement.Refuses(new AcceptStage(ghost, Madrid("2026-03-11T10:00"))).Code.Should().Be("engagement.stage.unknown");
    }

    [Fact]
    public void Every_event_kind_has_a_stable_name()
    {
        var kinds = new EngagementEvent[]
        {
            new EngagementEvent.Signed(Madrid("2026-03-02T10:00")),
            new EngagementEvent.HandedOff(Design, PartyRole.Provider, PartyRole.Client, "x", null, Madrid("2026-03-02T10:00")),
            new EngagementEvent.Resumed(Madrid("2026-03-02T10:00")),
        }.Select(e => e.Kind);

        kinds.Should().Equal("signed", "handed-off", "resumed");
    }
}
