using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// What interrupts the work: a pause caused by one side and the resumption (with the other side's restart lead
/// time), force majeure that closes days for both, and an early end.
/// </content>
public static partial class EngagementDecider
{
    private static Decision DecidePause(Agreed engagement, PauseWork pause)
    {
        if (engagement.Phase != EngagementPhase.Scheduled && engagement.Phase != EngagementPhase.Active)
        {
            return NotAllowed(engagement.State, pause);
        }

        // Every stage handed over and accepted, the engagement not yet completed: no clock is running, so a pause
        // would change nothing, and accepting it would tell the person it had been recorded when it had not.
        return engagement.State.Ball is null
            ? Decision.Refuse("engagement.nothing-to-pause", null)
            : Decision.Accept(new Paused(pause.CausedBy, pause.Reason, pause.At));
    }

    private static Decision DecideResume(Agreed engagement, ResumeWork resume) =>
        engagement.Phase == EngagementPhase.Paused ? Decision.Accept(new Resumed(resume.At)) : NotAllowed(engagement.State, resume);

    private static Decision DecideForceMajeure(Agreed engagement, RecordForceMajeure command)
    {
        if (engagement.Phase == EngagementPhase.Terminated)
        {
            return NotAllowed(engagement.State, command);
        }

        foreach (var period in engagement.State.ForceMajeure)
        {
            if (period.From == command.Period.From && period.Until == command.Period.Until)
            {
                return Decision.Accept();
            }
        }

        return Decision.Accept(new ForceMajeureRecorded(command.Period, command.At));
    }

    private static Decision DecideTerminate(Agreed engagement, Terminate terminate) =>
        engagement.Phase.IsFinal
            ? NotAllowed(engagement.State, terminate)
            : Decision.Accept(new Terminated(terminate.By, terminate.Reason, terminate.At));

    /// <summary>
    /// An event earlier builds of <see cref="Decide"/> (before 0.1.0) produced where <see cref="Evolve(EngagementState, EngagementEvent)"/> has nothing to change, so a
    /// stream that holds it still replays: a pause decided while the work is scheduled or under way but nobody holds
    /// the ball (every stage handed off, the engagement not yet completed). <see cref="Decide"/> refuses such a pause
    /// now (<c>engagement.nothing-to-pause</c>), but streams that hold one are stored already.
    /// </summary>
    private static bool DecidedThoughItChangesNothing(EngagementState state, EngagementEvent @event) =>
        @event is Paused && (state.Phase == EngagementPhase.Scheduled || state.Phase == EngagementPhase.Active) && state.Ball is null;

    private static EngagementState EvolvePaused(Agreed engagement, Paused paused)
    {
        var state = engagement.State;
        if ((engagement.Phase != EngagementPhase.Scheduled && engagement.Phase != EngagementPhase.Active) || state.Ball is not { } ball)
        {
            return state;
        }

        var expectation = Sentences.Say(engagement.Agreement.PreferencesOf(paused.CausedBy).Language, "expectation.resume", new[] { Fact.Of("reason", paused.Reason) });
        return state.PausedBy(
            new PausePeriod(paused.CausedBy, paused.Reason, paused.At, null),
            new BallHolder(paused.CausedBy, paused.At, ball.Stage, expectation, null, null));
    }

    private static EngagementState EvolveResumed(Agreed engagement, Resumed resumed)
    {
        var state = engagement.State;
        if (engagement.Phase != EngagementPhase.Paused)
        {
            return state;
        }

        var pause = state.Pauses.Count > 0 ? state.Pauses[state.Pauses.Count - 1] : null;
        var before = state.BallBeforePause;
        var next = state.BallReleased(resumed.At).Resumed(resumed.At);
        if (pause is null || before is null || next.Plan is null)
        {
            return next;
        }

        // The side that did not cause the pause is not late because of it. If it was working on the
        // current stage, that stage is extended by the paused business days and its restart lead
        // time; otherwise its next stage starts no earlier than its lead time after the resumption.
        var stages = engagement.ForDates.Stages;
        var restarting = pause.CausedBy.Counterpart;
        var leadTime = engagement.Agreement.RestartLeadTimeOf(restarting);
        var calendar = engagement.CalendarOf(restarting);
        if (next.CurrentStage is { } current && current.Owner == restarting)
        {
            // The working days lost: from its first working day after the pause began up to its first
            // working day after the resumption, counted as its stretches count them.
            var lost = Math.Max(0, calendar.BusinessDaysBetween(
                Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, pause.From),
                Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, resumed.At)));
            next = next.WithExtension(current.Key, lost + leadTime);

            // A due date agreed at the handoff moves by the same business days as the plan's.
            if (current.DueBy is { } agreed && lost + leadTime > 0 && Replanning.MovedBy(calendar, agreed, lost + leadTime) is { } moved)
            {
                next = next.WithStage(next.CurrentStageIndex, current.DueOn(moved, calendar.EndOfWorkingDay(moved)));
            }
        }
        else if (leadTime > 0)
        {
            for (var i = Math.Max(0, next.CurrentStageIndex); i < stages.Count; i++)
            {
                if (stages[i].Owner == restarting && next.Stages[i].Status != StageStatus.Done)
                {
                    next = next.WithEarliestStart(stages[i].Key, Replanning.RestartsOn(calendar, resumed.At, leadTime));
                    break;
                }
            }
        }

        next = next.WithPlan(Replanning.Replanned(next));

        // The ball goes back to whoever held it before the pause, due as the plan now says.
        var index = next.IndexOf(before.Stage);
        if (index >= 0 && index == next.CurrentStageIndex && next.Stages[index].Owner == before.Party)
        {
            return next.BallGiven(HolderFor(Running.Of(next), index, resumed.At, before.Expectation), null);
        }

        return next.BallGiven(new BallHolder(before.Party, resumed.At, before.Stage, before.Expectation, before.DueBy, before.DueAt), null);
    }

    private static EngagementState EvolveForceMajeure(Agreed engagement, ForceMajeureRecorded recorded)
    {
        if (engagement.Phase == EngagementPhase.Terminated)
        {
            return engagement.State;
        }

        var next = engagement.State.WithForceMajeure(recorded.Period);
        if (next.Plan is null)
        {
            return next;
        }

        var start = next.CurrentStage is not null ? next.Plan.Stages[next.CurrentStageIndex].Start : default;
        next = next.WithPlan(Replanning.Replanned(next));
        if (next.CurrentStage is not { } current)
        {
            return next;
        }

        // A due date agreed at the handoff keeps the same number of business days from the stage's start.
        var index = next.CurrentStageIndex;
        if (current.DueBy is { } agreed && agreed >= start)
        {
            var calendar = next.AgreementForDates!.CalendarOf(current.Owner);
            var businessDays = EngagementState.BusinessDaysIn(engagement.CalendarOf(current.Owner), start, agreed);
            if (businessDays > 0 && calendar.TryAddBusinessDays(start, calendar.IsBusinessDay(start) ? businessDays - 1 : businessDays) is { } moved)
            {
                next = next.WithStage(index, current.DueOn(moved, calendar.EndOfWorkingDay(moved)));
            }
        }

        // The owner working on the current stage is re-dated: its due date moves past the closed days.
        if (next.Phase != EngagementPhase.Paused && next.Ball is { } ball && ball.Party == current.Owner && ball.Stage == current.Key)
        {
            next = next.BallGiven(HolderFor(Running.Of(next), index, ball.Since, ball.Expectation), null);
        }

        return next;
    }

    private static EngagementState EvolveTerminated(Agreed engagement, Terminated terminated) =>
        engagement.Phase.IsFinal
            ? engagement.State
            : engagement.State.BallReleased(terminated.At).Terminated(terminated.By, terminated.Reason, terminated.At);
}
