using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>
/// The check a stream read from storage goes through (the JSON package's): every event the decider
/// produced fits the state it was produced in; one it would not have produced there does not.
/// </summary>
public class EvolveFittingTests
{
    [Fact]
    public void EvolveFitting_says_every_event_of_a_decided_stream_fit_and_gives_what_Evolve_gives()
    {
        var engagement = ScheduledWebsite()
            .Do(new StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")))
            .Do(new LogEffort(new StageKey("discovery"), PartyRole.Provider, 2m, Madrid("2026-03-02T12:00")))
            .Do(new HandOff(new StageKey("discovery"), Madrid("2026-03-03T17:00")))
            .Do(new PauseWork(PartyRole.Client, "Holidays", Madrid("2026-03-04T10:00")));

        var state = EngagementState.Initial;
        foreach (var @event in engagement.Events)
        {
            var evolved = EngagementDecider.EvolveFitting(state, @event, null, out var fitted);

            fitted.Should().BeTrue($"{@event} was decided in this state");
            evolved.Should().Be(EngagementDecider.Evolve(state, @event));
            state = evolved;
        }
    }

    [Fact]
    public void EvolveFitting_says_an_event_out_of_place_did_not_fit_and_only_advances_the_version()
    {
        var state = ScheduledWebsite().State;

        var evolved = EngagementDecider.EvolveFitting(state, new EngagementEvent.StageAccepted(new StageKey("build"), PartyRole.Client, Madrid("2026-03-02T09:00")), null, out var fitted);

        fitted.Should().BeFalse();
        evolved.Version.Should().Be(state.Version + 1);
        evolved.Phase.Should().Be(state.Phase);
    }

    [Fact]
    public void An_event_whose_dates_run_past_the_end_of_the_calendar_does_not_fit_and_Evolve_does_not_throw()
    {
        var paused = ScheduledWebsite()
            .Do(new StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")))
            .Do(new PauseWork(PartyRole.Client, "Holidays", Madrid("2026-03-02T12:00")))
            .State;

        // Resuming on the last day of the year 9999 would re-plan the five stages into the year 10000.
        var resumed = new EngagementEvent.Resumed(NodaTime.Instant.FromUtc(9999, 12, 31, 10, 0));
        var evolved = EngagementDecider.EvolveFitting(paused, resumed, null, out var fitted);

        fitted.Should().BeFalse();
        evolved.Version.Should().Be(paused.Version + 1);
        evolved.Phase.Should().Be(EngagementPhase.Paused, "the resumption could not be applied");
        EngagementDecider.Evolve(paused, resumed).Should().Be(evolved);
        EngagementDecider.Decide(paused, new ResumeWork(resumed.At)).Violations.Should().ContainSingle()
            .Which.Code.Should().Be("engagement.beyond-supported-dates", "Decide never accepts what Evolve cannot apply");
    }

    [Fact]
    public void EvolveFitting_says_a_second_proposal_did_not_fit()
    {
        var state = ScheduledWebsite().State;

        EngagementDecider.EvolveFitting(state, new EngagementEvent.Proposed(state.Agreement!, Madrid("2026-03-02T09:00")), null, out var fitted);

        fitted.Should().BeFalse();
    }

    [Fact]
    public void EvolveFitting_says_a_pause_stored_while_nobody_holds_the_ball_fit_though_it_changes_nothing()
    {
        // Every stage handed off and accepted, not yet completed: earlier releases accepted a pause here, and Evolve has
        // nothing to pause. Decide refuses it now, but such streams are stored already and must still replay.
        var engagement = ScheduledWebsite();
        foreach (var stage in engagement.StageKeys())
        {
            var at = engagement.State.LastEventAt!.Value + NodaTime.Duration.FromHours(1);
            engagement.Do(new StartStage(stage, at)).Do(new HandOff(stage, at + NodaTime.Duration.FromMinutes(30)));
        }

        engagement.Stored(new EngagementEvent.StageAccepted(new StageKey("build"), PartyRole.Client, engagement.State.LastEventAt!.Value + NodaTime.Duration.FromHours(1)));
        engagement.State.Ball.Should().BeNull();
        var stored = new EngagementEvent.Paused(PartyRole.Client, "Holidays", engagement.State.LastEventAt!.Value + NodaTime.Duration.FromHours(1));

        var evolved = EngagementDecider.EvolveFitting(engagement.State, stored, null, out var fitted);

        fitted.Should().BeTrue();
        evolved.Phase.Should().Be(engagement.State.Phase, "there is nothing to pause");
        evolved.Version.Should().Be(engagement.State.Version + 1);
    }
}
