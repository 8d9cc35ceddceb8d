using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>Laws of the decider over random command sequences, accepted or not.</summary>
public class EngagementPropertyTests
{
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly EngagementDriver Scheduled = EngagementDriver.ScheduledWebsite();

    /// <summary>Turns a random step (what to try, and how many minutes later) into a command that fits the state often enough to be interesting.</summary>
    internal static EngagementCommand CommandFor(EngagementState state, int choice, Instant at)
    {
        var stages = state.Stages;
        var current = state.CurrentStage?.Key ?? stages[stages.Count - 1].Key;
        var previous = state.CurrentStageIndex > 0 ? stages[state.CurrentStageIndex - 1].Key : current;
        var any = stages[choice % stages.Count].Key;
        return (choice % 15) switch
        {
            0 or 1 or 2 => new StartStage(current, at),
            3 or 4 or 5 or 6 => new HandOff(current, at),
            7 => new SubmitWork(current, "Draft", at),
            8 => new AcceptStage(previous, at),
            9 => new RequestRevision(choice % 2 == 0 ? previous : current, "Change it", at),
            10 => new LogEffort(any, choice % 3 == 0 ? PartyRole.Client : PartyRole.Provider, 1.5m, at),
            11 when choice % 4 == 0 => new PauseWork(choice % 8 == 0 ? PartyRole.Client : PartyRole.Provider, "On hold", at),
            11 => new StartStage(current, at),
            12 => new ResumeWork(at),
            13 => new Complete(at),
            _ => choice % 31 == 0 ? new Terminate(PartyRole.Client, "Stop", at) : new AcceptStage(stages[stages.Count - 1].Key, at),
        };
    }

    private static (EngagementState State, List<EngagementEvent> Events) Run(IReadOnlyList<(int Choice, int Minutes)> steps) =>
        Run(Scheduled, steps, CommandFor);

    /// <summary>Runs random steps from an engagement: each step waits some minutes, then decides the command a choice picks and applies its events.</summary>
    internal static (EngagementState State, List<EngagementEvent> Events) Run(
        EngagementDriver start,
        IReadOnlyList<(int Choice, int Minutes)> steps,
        Func<EngagementState, int, Instant, EngagementCommand> commandFor)
    {
        var state = start.State;
        var events = start.Events.ToList();
        var at = state.LastEventAt!.Value;
        foreach (var (choice, minutes) in steps)
        {
            at += Duration.FromMinutes(minutes);
            var decision = EngagementDecider.Decide(state, commandFor(state, choice, at));
            foreach (var @event in decision.Events)
            {
                events.Add(@event);
                state = EngagementDecider.Evolve(state, @event);
            }
        }

        return (state, events);
    }

    /// <summary>Up to 80 steps, each a choice and a wait of up to <paramref name="maxMinutesBetween"/> minutes.</summary>
    internal static Arbitrary<(int Choice, int Minutes)[]> Steps(int maxMinutesBetween = 4 * 24 * 60) =>
        (from count in Gen.Choose(0, 80)
         from steps in Gen.ArrayOf(Gen.Choose(0, 3000).Zip(Gen.Choose(0, maxMinutesBetween)), count)
         select steps).ToArbitrary();

    [Fact]
    public void Replaying_the_events_gives_the_state_built_step_by_step()
    {
        Check.One(Checks, Prop.ForAll(Steps(), steps =>
        {
            var (state, events) = Run(steps);
            return EngagementDecider.Replay(events).Equals(state) && state.Version == events.Count;
        }));
    }

    [Fact]
    public void The_ledger_and_the_stages_stay_consistent()
    {
        Check.One(Checks, Prop.ForAll(Steps(), steps =>
        {
            var (state, events) = Run(steps);
            var handOffs = events.OfType<EngagementEvent.HandedOff>().Count();
            var reopened = events.OfType<EngagementEvent.RevisionRequested>().Count(r => r.Reopened);
            var doneStages = state.Stages.Count(s => s.Status == StageStatus.Done);
            var asOf = state.LastEventAt!.Value;
            var finalAccepted = state.CurrentStage is null && state.Stages[state.Stages.Count - 1].IsAccepted;

            // Days credited to a party's finished stages are stretches it held the ball: never more than its ball time.
            bool CreditedWithinBallTime(PartyRole party) =>
                state.Stages.Where(s => s.Owner == party && s.Status == StageStatus.Done).Sum(s => s.ActualBusinessDays!.Value)
                <= state.BallTimeOf(party, asOf).BusinessDays;

            return state.Handoffs.Count == handOffs + reopened
                && state.Stages.Take(doneStages).All(s => s.Status == StageStatus.Done)
                && (state.CurrentStage is null ? doneStages == state.Stages.Count : state.CurrentStage.Status != StageStatus.Done)
                && CreditedWithinBallTime(PartyRole.Client)
                && CreditedWithinBallTime(PartyRole.Provider)
                && (state.Phase.IsFinal || finalAccepted ? state.Ball is null : state.Ball is not null);
        }));
    }

    /// <summary>Any event, fitting its state or not: the agreement's stages and one it lacks, either party, any plan.</summary>
    private static EngagementEvent AnyEvent(int choice, Instant at)
    {
        var agreement = Scheduled.State.Agreement!;
        var stage = choice % 6 == 5 ? new StageKey("not-a-stage") : agreement.Stages[choice % 5].Key;
        var party = choice % 2 == 0 ? PartyRole.Provider : PartyRole.Client;
        return (choice / 6 % 14) switch
        {
            0 => new EngagementEvent.Proposed(agreement, at),
            1 => new EngagementEvent.Signed(at),
            2 => new EngagementEvent.DepositReceived(new Money(choice, "EUR"), at),
            3 => new EngagementEvent.Scheduled(Scheduled.State.Plan!, at),
            4 => new EngagementEvent.StageStarted(stage, at),
            5 => new EngagementEvent.WorkSubmitted(stage, "Draft", at),
            6 => new EngagementEvent.HandedOff(stage, party, party.Counterpart, "Next", choice % 3 == 0 ? null : new LocalDate(2026, 3, 1 + (choice % 28)), at),
            7 => new EngagementEvent.StageAccepted(stage, party, at),
            8 => new EngagementEvent.RevisionRequested(stage, party, "Again", reopened: choice % 4 == 0, at),
            9 => new EngagementEvent.EffortLogged(stage, party, 2m, null, at),
            10 => new EngagementEvent.Paused(party, "Hold", at),
            11 => new EngagementEvent.Resumed(at),
            12 => new EngagementEvent.Completed(at),
            _ => new EngagementEvent.Terminated(party, "Stop", at),
        };
    }

    [Fact]
    public void Evolve_never_throws_and_always_advances_the_version_whatever_the_events()
    {
        var streams =
            from count in Gen.Choose(0, 60)
            from steps in Gen.ArrayOf(Gen.Choose(0, 10_000).Zip(Gen.Choose(0, 3 * 24 * 60)), count)
            select steps;

        Check.One(Checks, Prop.ForAll(streams.ToArbitrary(), steps =>
        {
            var at = Instant.FromUtc(2026, 2, 16, 9, 0);
            var state = EngagementState.Initial;
            foreach (var (choice, minutes) in steps)
            {
                at += Duration.FromMinutes(minutes);
                var before = state.Version;
                state = EngagementDecider.Evolve(state, AnyEvent(choice, at));
                if (state.Version != before + 1)
                {
                    return false;
                }
            }

            var done = state.Stages.Count(s => s.Status == StageStatus.Done);
            return state.Stages.Take(done).All(s => s.Status == StageStatus.Done);
        }));
    }
}
