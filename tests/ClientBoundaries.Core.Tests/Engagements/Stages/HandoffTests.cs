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
/// Starting and handing off stages: only the current one, the ball passed with its expectation and due date.
/// </summary>
public class HandoffTests
{
    [Fact]
    public void Only_the_current_stage_can_be_started_or_handed_off()
    {
        var engagement = DiscoveryStarted();

        var start = engagement.Refuses(new StartStage(Design, Madrid("2026-03-02T10:00")));
        var handOff = engagement.Refuses(new HandOff(Content, Madrid("2026-03-02T10:00")));
        var again = engagement.Refuses(new StartStage(Discovery, Madrid("2026-03-02T10:00")));
        var unknown = engagement.Refuses(new StartStage(new StageKey("launch-party"), Madrid("2026-03-02T10:00")));

        start.Message.Should().Be("Cannot start a stage for \"Design draft\": the current stage is \"Discovery call\", which Pixel & Pine Studio holds.");
        handOff.Code.Should().Be("engagement.stage.not-current");
        again.Code.Should().Be("engagement.stage.already-started");
        unknown.Message.Should().Be("The agreement \"Website redesign for Acme Bakery\" has no stage 'launch-party'.");
    }

    [Fact]
    public void A_stage_is_started_before_work_is_submitted_or_handed_off()
    {
        var engagement = DiscoveryStarted().Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        engagement.Refuses(new HandOff(Content, Madrid("2026-03-04T10:00")))
            .Message.Should().Be("Stage \"Client sends content\" has not been started yet: start it first, then hand off a stage.");
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
}
