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
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>
/// What the dispatch decides for every subject: the phases, the proposal that opens an engagement, versions and order,
/// argument checks, and the stored event names.
/// </summary>
public class EngagementDeciderTests
{
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
    public void Events_check_their_arguments_like_the_commands_do()
    {
        var hours = () => new EngagementEvent.EffortLogged(new EffortEntry(Design, PartyRole.Provider, 1_000_000m), Madrid("2026-03-04T18:00"));
        var due = () => new EngagementEvent.HandedOff(Design, PartyRole.Provider, PartyRole.Client, "x", D("9999-12-31"), Madrid("2026-03-04T18:00"));

        hours.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("hours");
        due.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("dueBy");
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
