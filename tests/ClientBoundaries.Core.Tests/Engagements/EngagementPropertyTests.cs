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
    private static EngagementCommand CommandFor(EngagementState state, int choice, Instant at)
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

    private static (EngagementState State, List<EngagementEvent> Events) Run(IReadOnlyList<(int Choice, int Minutes)> steps)
    {
        var state = Scheduled.State;
        var events = Scheduled.Events.ToList();
        var at = state.LastEventAt!.Value;
        foreach (var (choice, minutes) in steps)
        {
            at += Duration.FromMinutes(minutes);
            var decision = EngagementDecider.Decide(state, CommandFor(state, choice, at));
            foreach (var @event in decision.Events)
            {
                events.Add(@event);
                state = EngagementDecider.Evolve(state, @event);
            }
        }

        return (state, events);
    }

    private static Arbitrary<(int Choice, int Minutes)[]> Steps() =>
        (from count in Gen.Choose(0, 80)
         from steps in Gen.ArrayOf(Gen.Choose(0, 3000).Zip(Gen.Choose(0, 4 * 24 * 60)), count)
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
}
