using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.Engagements.Assessing;
using ClientBoundaries.Tests.Engagements.Communication;
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

    /// <summary>Whether, after every one of <paramref name="events"/>, the engagement's plan is what re-planning its whole state gives.</summary>
    internal static bool PlanIsAlwaysWhatReplanningGives(IEnumerable<EngagementEvent> events)
    {
        var state = EngagementState.Initial;
        foreach (var e in events)
        {
            state = EngagementDecider.Evolve(state, e);
            if (state.Plan is { } plan && state.AgreementForDates is not null && !plan.Equals(Replanning.Replanned(state)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Up to 80 steps, each a choice and a wait of up to <paramref name="maxMinutesBetween"/> minutes.</summary>
    internal static Arbitrary<(int Choice, int Minutes)[]> Steps(int maxMinutesBetween = 4 * 24 * 60) =>
        (from count in Gen.Choose(0, 80)
         from steps in Gen.ArrayOf(Gen.Choose(0, 3000).Zip(Gen.Choose(0, maxMinutesBetween)), count)
         select steps).ToArbitrary();

    [Fact]
    public void Replaying_the_events_gives_the_state_built_step_by_step()
    {
        PropertyCheck.Holds(Steps(), steps =>
        {
            var (state, events) = Run(steps);
            return EngagementDecider.Replay(events).Equals(state) && state.Version == events.Count;
        }, cases: 500);
    }

    [Fact]
    public void The_ledger_and_the_stages_stay_consistent()
    {
        PropertyCheck.Holds(Steps(), steps =>
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
        }, cases: 500);
    }

    [Fact]
    public void Every_event_Decide_returns_changes_the_state_it_was_decided_on()
    {
        // The engines of the laws: the lifecycle alone, with consequences acted on, with scope, and with communication.
        var engines = new (EngagementDriver Start, Func<EngagementState, int, Instant, IEnumerable<EngagementCommand>> CommandsFor)[]
        {
            (Scheduled, (state, choice, at) => new[] { CommandFor(state, choice, at) }),
            (AssessmentPropertyTests.Scheduled, AssessmentPropertyTests.CommandsFor),
            (Scope.ScopePropertyTests.Scheduled, (state, choice, at) => new[] { Scope.ScopePropertyTests.ScopeCommandFor(state, choice, at) ?? CommandFor(state, choice, at) }),
            (CommunicationPropertyTests.Scheduled, (state, choice, at) => new[] { CommunicationPropertyTests.CommandFor(state, choice, at) }),
        };
        var cases =
            from engine in Gen.Choose(0, engines.Length - 1)
            from steps in Steps().Generator
            select (Engine: engine, Steps: steps);

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var (start, commandsFor) = engines[c.Engine];
            var state = start.State;
            var at = state.LastEventAt!.Value;
            foreach (var (choice, minutes) in c.Steps)
            {
                at += Duration.FromMinutes(minutes);
                foreach (var command in commandsFor(state, choice, at).ToList())
                {
                    var decision = EngagementDecider.Decide(state, command);
                    var applied = EngagementDecider.Evolve(state, decision);
                    foreach (var @event in decision.Events)
                    {
                        // An accepted event that changed nothing would tell a person something was recorded when it was not.
                        var before = state;
                        state = EngagementDecider.EvolveFitting(state, @event, null, out var fitted);
                        if (!fitted || state.Equals(before.Applied(@event.At, null)))
                        {
                            return false;
                        }
                    }

                    // The state a decision gives for the state it was made on is the one its events lead to.
                    if (!applied.Equals(state))
                    {
                        return false;
                    }
                }
            }

            return true;
        }, cases: 500);
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
            7 => choice % 4 == 1 ? new EngagementEvent.StageDeemedAccepted(stage, party, DeemedAcceptanceReason.MovedOn, at) : new EngagementEvent.StageAccepted(stage, party, at),
            8 => new EngagementEvent.RevisionRequested(stage, party, "Again", reopened: choice % 4 == 0, at),
            9 => new EngagementEvent.EffortLogged(new EffortEntry(stage, party, 2m), at),
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

        PropertyCheck.Holds(streams.ToArbitrary(), steps =>
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
        }, cases: 500);
    }

    [Fact]
    public void Near_the_end_of_time_Decide_refuses_rather_than_throws_and_Evolve_applies_all_it_accepts()
    {
        // Engagements proposed in the last fourteen months NodaTime knows, up to its very last day, driven with the random
        // commands above and with the consequences the assessor finds due, so plans, due dates and thresholds run into the
        // end of the year 9999: the website in Madrid, or a random agreement (zones from UTC-11 to UTC+14).
        var website = Policies.Website().Build();
        var cases =
            from random in Gen.Elements(true, false)
            from seed in Gen.Choose(0, int.MaxValue)
            from startMinutes in Gen.Choose(0, 425 * 24 * 60)
            from count in Gen.Choose(0, 120)
            from steps in Gen.ArrayOf(Gen.Choose(0, 3000).Zip(Gen.Choose(0, 2 * 24 * 60)), count)
            select (Agreement: random ? RandomAgreements.Make(seed) : website, Start: Instant.FromUtc(9998, 11, 1, 9, 0) + Duration.FromMinutes(startMinutes), Steps: steps);

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var at = c.Start;
            var state = EngagementState.Initial;
            var events = new List<EngagementEvent>();
            var opening = Opening(c.Agreement, at);
            foreach (var (choice, minutes) in c.Steps)
            {
                if (Instant.MaxValue - at <= Duration.FromMinutes(minutes))
                {
                    break;
                }

                at += Duration.FromMinutes(minutes);
                var commands = state.Version < opening.Count
                    ? new[] { opening[state.Version] }
                    : choice % 5 == 0
                        ? (AssessedOrOutOfRange(state, at)?.Consequences ?? Array.Empty<DueConsequence>()).Select(due => (EngagementCommand)new ApplyConsequence(due.Obligation, due.Rule, at)).ToArray()
                        : new[] { CommandFor(state, choice, at) };
                foreach (var command in commands)
                {
                    var decision = EngagementDecider.Decide(state, command);
                    var applied = EngagementDecider.Evolve(state, decision);
                    foreach (var @event in decision.Events)
                    {
                        events.Add(@event);
                        state = EngagementDecider.EvolveFitting(state, @event, null, out var fitted);
                        if (!fitted)
                        {
                            return false;
                        }
                    }

                    if (!applied.Equals(state))
                    {
                        return false;
                    }
                }
            }

            return (AssessedOrOutOfRange(state, at) is not { } last || last.At == at) && EngagementDecider.Replay(events).Equals(state);
        }, cases: 300);
    }

    /// <summary>
    /// The assessment at an instant, or null where a party's zone is already in the year 10000 (the last hours of 9999 in
    /// UTC, ahead of UTC): there, and only there, the assessor refuses its argument.
    /// </summary>
    private static Assessment? AssessedOrOutOfRange(EngagementState state, Instant now)
    {
        var agreement = state.Agreement;
        var hasDates = agreement is null || (Dated(agreement.Provider.Calendar.Zone) && Dated(agreement.Client.Calendar.Zone));
        bool Dated(DateTimeZone zone) => Instant.MaxValue - now >= zone.GetUtcOffset(now).ToTimeSpan() switch { var o when o > TimeSpan.Zero => Duration.FromTimeSpan(o), _ => Duration.Zero };

        if (hasDates)
        {
            return Assessor.Assess(state, now);
        }

        var refused = Xunit.Assert.Throws<ArgumentOutOfRangeException>(() => Assessor.Assess(state, now));
        Xunit.Assert.Equal("now", refused.ParamName);
        return null;
    }

    /// <summary>Proposal, signature, the deposit if the agreement asks for one, and the schedule from the client's day.</summary>
    private static List<EngagementCommand> Opening(ClientBoundaries.Agreements.Agreement agreement, Instant at)
    {
        var opening = new List<EngagementCommand> { new Propose(agreement, at), new Sign(at) };
        if (agreement.PaymentTerms?.DepositAmount is { IsZero: false } deposit)
        {
            opening.Add(new ReceiveDeposit(deposit.Round(2), at));
        }

        opening.Add(new Schedule(agreement.Client.Calendar.ToLocalDate(at), at));
        return opening;
    }
}
