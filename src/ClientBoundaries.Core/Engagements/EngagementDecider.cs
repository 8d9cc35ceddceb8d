using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The rules of a running engagement: decides what a command means given the state
/// (<see cref="Decide"/>), and how each event changes the state (<see cref="Evolve"/>).
/// </summary>
/// <remarks>
/// <para>A decider in four parts: <see cref="Decide"/>, <see cref="Evolve"/>, the initial state
/// (<see cref="EngagementState.Initial"/>) and <see cref="IsTerminal"/>. The host stores the events
/// <see cref="Decide"/> returns, in order, and rebuilds the state with <see cref="Replay"/>: one
/// engagement is one stream, so it maps one-to-one onto an event-store stream or an actor.</para>
/// <para>Pure and thread-safe: no clock (every command carries its instant), no I/O, no state.
/// Business rules never throw; a refused command comes back as violations that say what state
/// the engagement is in and what would be allowed.</para>
/// </remarks>
public static partial class EngagementDecider
{
    /// <summary>Decides what a command means for an engagement: the events it causes, or why it is refused.</summary>
    /// <remarks>
    /// A command whose dates would run past the last ones the library can work with (plans end with the year 9999, due
    /// dates with 9998, so the end of their working day is still a date) is refused with
    /// <c>engagement.beyond-supported-dates</c>, never thrown: a schedule started weeks before the end of the year 9999,
    /// or a handoff whose next stage would be due in it, or any command at an instant a party's zone already counts in the
    /// year 10000. Every event an accepted decision returns can be applied by <see cref="Evolve"/>: <c>Decide</c> applies
    /// them once before returning them, except effort, submissions and revisions of submitted work, which involve no dates.
    /// </remarks>
    /// <param name="state">The engagement's current state.</param>
    /// <param name="command">What is asked.</param>
    /// <returns>Accepted with the events to append (none when nothing changes), or rejected with violations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Decision Decide(EngagementState state, EngagementCommand command)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckNotNull(command, nameof(command));
        try
        {
            var decision = DecideChecked(state, command);

            // Applying the events here proves Evolve can apply them before the host stores them: near the end of the
            // calendar a resumption or a handoff can re-plan past the last date, and a stored event that cannot be
            // applied would leave a stream that never replays again. The commonest events (effort, submissions) do
            // no date maths, so they skip the proof and keep their cost.
            if (!OnlyDatelessEvents(decision.Events))
            {
                var next = state;
                foreach (var @event in decision.Events)
                {
                    next = Apply(next, @event, out _);
                }
            }

            return decision;
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            // The command's own values were checked when it was made, so what is out of range here is a date the
            // command leads to: a plan, a due date or the end of a working day past the last date the library knows.
            return Decision.Reject(
                "engagement.beyond-supported-dates",
                $"Cannot {command.Action} at {command.At}: the dates it leads to run past the last ones the library can work with (plans end with the year 9999, due dates with 9998).");
        }
    }

    private static Decision DecideChecked(EngagementState state, EngagementCommand command)
    {
        if (command.ExpectedVersion is { } expected && expected != state.Version)
        {
            return Decision.Reject(
                "engagement.version-conflict",
                $"The engagement changed since this was decided: it is at version {state.Version}, not {expected}. Reload it and try again.");
        }

        if (state.LastEventAt is { } last && command.At < last)
        {
            return Decision.Reject(
                "engagement.out-of-order",
                $"Cannot {command.Action} at {command.At}: the engagement's last event happened later, at {last}.");
        }

        if (command is not Propose && state.Agreement is null)
        {
            return NotAllowed(state, command);
        }

        return command switch
        {
            Propose propose => DecidePropose(state, propose),
            Sign sign => state.Phase == EngagementPhase.Proposed ? Decision.Accept(new Signed(sign.At)) : NotAllowed(state, command),
            ReceiveDeposit deposit => DecideDeposit(state, deposit),
            Schedule schedule => DecideSchedule(state, schedule),
            StartStage start => DecideStart(state, start),
            SubmitWork submit => DecideSubmit(state, submit),
            HandOff handOff => DecideHandOff(state, handOff),
            AcceptStage accept => DecideAccept(state, accept),
            RequestRevision revision => DecideRevision(state, revision),
            LogEffort effort => DecideEffort(state, effort),
            PauseWork pause => DecidePause(state, pause),
            ResumeWork resume => state.Phase == EngagementPhase.Paused ? Decision.Accept(new Resumed(resume.At)) : NotAllowed(state, command),
            Complete complete => DecideComplete(state, complete),
            Terminate terminate => state.Phase.IsFinal
                ? NotAllowed(state, command)
                : Decision.Accept(new Terminated(terminate.By, terminate.Reason, terminate.At)),
            RecordReminderSent reminder => DecideConsequence(state, reminder.Obligation, reminder.Rule, reminder.At, isReminder: true),
            ApplyConsequence consequence => DecideConsequence(state, consequence.Obligation, consequence.Rule, consequence.At, isReminder: false),
            ReceivePayment payment => DecidePayment(state, payment),
            RecordForceMajeure forceMajeure => state.Phase == EngagementPhase.Terminated
                ? NotAllowed(state, command)
                : state.ForceMajeure.Any(p => p.From == forceMajeure.From && p.Until == forceMajeure.Until)
                ? Decision.Accept()
                : Decision.Accept(new ForceMajeureRecorded(forceMajeure.DeclaredBy, forceMajeure.Reason, forceMajeure.From, forceMajeure.Until, forceMajeure.At)),
            RequestChange change => DecideChange(state, change),
            ProposeChangeOrder propose => DecideProposeChangeOrder(state, propose),
            AcceptChangeOrder accept => DecideAmendment(state, accept, accept.ChangeOrder, absorbed: false),
            AbsorbChangeOrder absorb => DecideAmendment(state, absorb, absorb.ChangeOrder, absorbed: true),
            DeclineChangeOrder decline => LookUpChangeOrder(state, decline, decline.ChangeOrder).Refusal
                ?? Decision.Accept(new ChangeOrderDeclined(decline.ChangeOrder, decline.Reason, decline.At)),
            ProceedWhilePriced proceed => DecideProceed(state, proceed),
            BookMeeting or CancelMeeting or RecordMeetingHeld or RecordRecapSent or RecordCheckIn or RequestFeedback or ReceiveFeedback
                or RecordIncident or RecordFollowThrough or LinkCreditToIncident or RecordMessage or RecordReply => DecideCommunication(state, command),
            _ => throw new ArgumentException($"Unknown command type {command.GetType().Name}.", nameof(command)),
        };
    }

    /// <summary>
    /// Applies one event to a state. Total: it never throws, and an event that does not fit the
    /// state (one <see cref="Decide"/> would not have produced there: a stage that is not current,
    /// a phase that does not allow it) only advances the version and the last instant.
    /// </summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <returns>The state after it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EngagementState Evolve(EngagementState state, EngagementEvent @event) => EvolveFitting(state, @event, out _);

    /// <summary>
    /// As <see cref="Evolve"/>, and says whether the event fit the state:
    /// false for one <see cref="Decide"/> would not have produced there, which only advanced the version and
    /// the last instant. How a stream read from storage is checked before it is trusted (the JSON package
    /// refuses a stream that does not replay).
    /// </summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <param name="fitted">Whether the event changed more than the version and the last instant.</param>
    /// <returns>The state after it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal static EngagementState EvolveFitting(EngagementState state, EngagementEvent @event, out bool fitted)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckNotNull(@event, nameof(@event));
        try
        {
            return Apply(state, @event, out fitted);
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            // Only an event Decide did not accept gets here (Decide applies every event it accepts before returning
            // it): one whose dates run past the end of the calendar. Like any event that does not fit, it only moves
            // the version and the last instant on.
            fitted = false;
            return state.Applied(@event.At);
        }
    }

    /// <summary>
    /// Whether <see cref="Apply"/> does no date maths for any of these events, whatever the state: the events of its
    /// fast path, which only update one stage's counters (and, where they do not fit, only the version).
    /// </summary>
    private static bool OnlyDatelessEvents(IReadOnlyList<EngagementEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not (EffortLogged or WorkSubmitted or RevisionRequested { Reopened: false }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The body of <see cref="EvolveFitting"/>; throws when the event's dates run past the end of the calendar.</summary>
    private static EngagementState Apply(EngagementState state, EngagementEvent @event, out bool fitted)
    {
        var at = @event.At;
        var phase = state.Phase;
        fitted = true;

        // Most events in a long stream touch one stage only: they copy the state once.
        switch (@event)
        {
            case EffortLogged effort when phase.IsUnderWay && state.IndexOf(effort.Stage) is var i and >= 0:
                return state.AppliedToStage(i, state.Stages[i].WithHours(effort.Party, effort.Hours), at);
            case WorkSubmitted submitted when phase == EngagementPhase.Active && IsCurrentInProgress(state, submitted.Stage):
                return state.AppliedToStage(state.CurrentStageIndex, state.CurrentStage!.Submitted(), at);
            case RevisionRequested { Reopened: false } revision
                when phase == EngagementPhase.Active && IsCurrentInProgress(state, revision.Stage) && state.CurrentStage!.Submissions > 0:
                return state.AppliedToStage(state.CurrentStageIndex, state.CurrentStage!.RevisionAsked(), at);
        }

        // An event that does not fit comes back as this very instance: every case that fits makes a new state.
        var next = state.Applied(at);
        if (@event is ChangeRequested or ChangeOrderProposed or ChangeOrderProceeding or ChangeOrderDeclined)
        {
            // Scope events move no due date: what falls due next stays as it was.
            var scoped = EvolveScope(state, next, @event);
            fitted = !ReferenceEquals(scoped, next);
            return scoped;
        }

        var evolved = IsCommunication(@event) ? EvolveCommunication(state, next, @event) : EvolveMilestone(state, next, @event);
        fitted = !ReferenceEquals(evolved, next) || DecidedThoughItChangesNothing(state, @event);

        // Whatever changed the course may change when something next falls due: work it out once, here.
        return fitted ? evolved.WithNextAttention(Assessor.NextAttention(evolved)) : next;
    }

    private static EngagementState EvolveMilestone(EngagementState state, EngagementState next, EngagementEvent @event)
    {
        var phase = state.Phase;
        return @event switch
        {
            Proposed proposed when phase == EngagementPhase.New => next.WithAgreement(proposed.Agreement),
            Signed signed when phase == EngagementPhase.Proposed => next.SignedOn(signed.At),
            DepositReceived deposit when phase == EngagementPhase.Signed => next.WithDeposit(deposit.Amount, deposit.At),
            Scheduled scheduled when (phase == EngagementPhase.Signed || phase == EngagementPhase.DepositReceived) && PlanFits(state, scheduled.Plan) =>
                EvolveScheduled(next, scheduled),
            StageStarted started when (phase == EngagementPhase.Scheduled || phase == EngagementPhase.Active)
                && state.CurrentStage is { } current && current.Key == started.Stage && current.Status == StageStatus.Pending =>
                EvolveStarted(next, started),
            HandedOff handedOff when phase == EngagementPhase.Active && IsCurrentInProgress(state, handedOff.Stage) => EvolveHandedOff(next, handedOff),
            StageAccepted accepted when phase == EngagementPhase.Active && LastHandedOff(state) is var last and >= 0
                && state.Stages[last].Key == accepted.Stage && !state.Stages[last].IsAccepted =>
                EvolveAccepted(next, last, accepted.At),
            RevisionRequested { Reopened: true } revision when phase == EngagementPhase.Active && LastHandedOff(state) is var last and >= 0
                && state.Stages[last].Key == revision.Stage && !state.Stages[last].IsAccepted =>
                EvolveReopened(next, last, revision),
            Paused paused when (phase == EngagementPhase.Scheduled || phase == EngagementPhase.Active) && state.Ball is { } ball =>
                next.PausedBy(
                    new PausePeriod(paused.CausedBy, paused.Reason, paused.At, null),
                    new BallHolder(paused.CausedBy, paused.At, ball.Stage, $"Resume the work: {paused.Reason}", null, null)),
            Resumed resumed when phase == EngagementPhase.Paused => EvolveResumed(next, resumed),
            Completed completed when phase == EngagementPhase.Active && state.CurrentStage is null && state.Stages.Count > 0
                && state.Stages[state.Stages.Count - 1].IsAccepted =>
                next.BallReleased(completed.At).CompletedOn(completed.At),
            Terminated terminated when phase != EngagementPhase.New && !phase.IsFinal =>
                next.BallReleased(terminated.At).Terminated(terminated.By, terminated.Reason, terminated.At),
            ReminderSent reminder when phase != EngagementPhase.New => next.WithReminder(reminder),
            ConsequenceApplied consequence when phase != EngagementPhase.New => next.WithConsequence(consequence),
            PaymentReceived payment when phase != EngagementPhase.New && !IsPaid(state, payment.Payment) => next.WithPayment(payment),
            ForceMajeureRecorded forceMajeure when phase != EngagementPhase.New && phase != EngagementPhase.Terminated => EvolveForceMajeure(next, forceMajeure),
            ChangeOrderAccepted accepted when AllowsChange(phase) && AmendmentFits(state, accepted.Amendment) => EvolveAmended(next, accepted),
            _ => next,
        };
    }

    /// <summary>
    /// An event earlier builds of <see cref="Decide"/> (before 0.1.0) produced where <see cref="Evolve"/> has nothing to change, so a
    /// stream that holds it still replays: a pause decided while the work is scheduled or under way but nobody holds
    /// the ball (every stage handed off, the engagement not yet completed). <see cref="Decide"/> refuses such a pause
    /// now (<c>engagement.nothing-to-pause</c>), but streams that hold one are stored already.
    /// </summary>
    private static bool DecidedThoughItChangesNothing(EngagementState state, EngagementEvent @event) =>
        @event is Paused && (state.Phase == EngagementPhase.Scheduled || state.Phase == EngagementPhase.Active) && state.Ball is null;

    /// <summary>Rebuilds an engagement's state from its stream: a fold of <see cref="Evolve"/> from <see cref="EngagementState.Initial"/>.</summary>
    /// <param name="events">The stream, in the order the events were appended.</param>
    /// <returns>The state after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds null.</exception>
    public static EngagementState Replay(IEnumerable<EngagementEvent> events)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        var state = EngagementState.Initial;
        foreach (var @event in events)
        {
            state = Evolve(state, @event);
        }

        return state;
    }

    /// <summary>
    /// Whether nothing more can happen to the engagement: it is completed or terminated, no payment is
    /// still owed (a final invoice, or a milestone invoiced before it ended), and nothing about how the
    /// two sides talk is open (a recap owed, a check-in not recorded, feedback still to ask for, a
    /// follow-through on an incident).
    /// </summary>
    /// <param name="state">The state.</param>
    /// <returns>True for a final state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static bool IsTerminal(EngagementState state)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        if (!state.Phase.IsFinal || CommunicationAgenda.HasOpen(state))
        {
            // A recap owed, a check-in not recorded, feedback still to ask for, a follow-through open: more can happen.
            return false;
        }

        foreach (var obligation in Obligation.Of(state))
        {
            // A payment still owed (a milestone invoiced before the end, the final invoice) can still arrive, and so can a reply.
            if ((obligation.Key.Kind.IsPayment || obligation.Key.Kind == ObligationKind.Reply) && obligation.IsOpen && obligation.FulfilledAt is null && obligation.Cutoff == Instant.MaxValue)
            {
                return false;
            }
        }

        return true;
    }

    private static Decision DecidePropose(EngagementState state, Propose propose) =>
        state.Phase == EngagementPhase.New ? Decision.Accept(new Proposed(propose.Agreement, propose.At)) : NotAllowed(state, propose);

    private static Decision DecideDeposit(EngagementState state, ReceiveDeposit command)
    {
        if (state.Phase != EngagementPhase.Signed)
        {
            return NotAllowed(state, command);
        }

        var required = state.Agreement!.PaymentTerms?.DepositAmount;
        if (required is null || required.IsZero)
        {
            return Decision.Reject("engagement.deposit.not-required", "The agreement asks for no deposit: schedule the work directly.");
        }

        if (command.Amount.Currency != required.Currency)
        {
            return Decision.Reject(
                "engagement.deposit.wrong-currency",
                $"The deposit is due in {required.Currency}, but {command.Amount} was recorded.");
        }

        return command.Amount < required
            ? Decision.Reject(
                "engagement.deposit.short",
                $"The deposit is {required.Round(2)}, but only {command.Amount.Round(2)} arrived; {(required - command.Amount).Round(2)} is still missing.")
            : Decision.Accept(new DepositReceived(command.Amount, command.At));
    }

    private static Decision DecideSchedule(EngagementState state, Schedule command)
    {
        if (state.Phase != EngagementPhase.Signed && state.Phase != EngagementPhase.DepositReceived)
        {
            return NotAllowed(state, command);
        }

        // Dates are promised from now on: a plan that starts in the past is overdue the moment it is made.
        var firstOwner = state.Terms!.CalendarOf(state.Terms.Stages[0].Owner);
        if (command.Start < firstOwner.ToLocalDate(command.At))
        {
            return Decision.Reject(
                "plan.start-in-the-past",
                $"The work cannot be planned to start on {command.Start:uuuu-MM-dd}, before the day it is scheduled ({firstOwner.ToLocalDate(command.At):uuuu-MM-dd}).");
        }

        var status = state.Phase == EngagementPhase.DepositReceived ? AgreementStatus.DepositReceived : AgreementStatus.Signed;
        var outcome = Scheduler.Plan(state.Terms!, status, command.Start);
        return outcome.TryGetValue(out var plan)
            ? Decision.Accept(new Scheduled(plan, command.At))
            : Decision.Reject(outcome.Violations[0].Code, outcome.Violations[0].Message, outcome.Violations[0].Subject);
    }

    private static Decision DecideStart(EngagementState state, StartStage command)
    {
        if (state.Phase != EngagementPhase.Scheduled && state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        if (CheckCurrent(state, command.Stage, command.Action) is { } refusal)
        {
            return refusal;
        }

        return state.CurrentStage!.Status == StageStatus.Pending
            ? Decision.Accept(new StageStarted(command.Stage, command.At))
            : Decision.Reject("engagement.stage.already-started", $"Stage '{command.Stage}' has already started.", command.Stage.Value);
    }

    private static Decision DecideSubmit(EngagementState state, SubmitWork command)
    {
        if (state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        return CheckCurrentInProgress(state, command.Stage, command.Action)
            ?? Decision.Accept(new WorkSubmitted(command.Stage, command.Summary, command.At));
    }

    private static Decision DecideHandOff(EngagementState state, HandOff command)
    {
        if (state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        if (CheckCurrentInProgress(state, command.Stage, command.Action) is { } refusal)
        {
            return refusal;
        }

        var agreement = state.Terms!;
        var index = state.CurrentStageIndex;
        var stage = agreement.Stages[index];
        var next = index + 1 < agreement.Stages.Count ? agreement.Stages[index + 1] : null;
        var receiver = next?.Owner ?? stage.Owner.Counterpart;
        var receiverCalendar = agreement.CalendarOf(receiver);
        if (command.DueBy is { } due && due < receiverCalendar.ToLocalDate(command.At))
        {
            return Decision.Reject(
                "engagement.handoff.due-in-the-past",
                $"The due date {due:uuuu-MM-dd} is before the day of the handoff ({receiverCalendar.ToLocalDate(command.At):uuuu-MM-dd} for the {receiver}).",
                command.Stage.Value);
        }

        var expectation = command.Expectation ?? DefaultExpectation(stage, next);
        var provisional = new HandedOff(command.Stage, stage.Owner, receiver, expectation, command.DueBy, command.At);
        if (command.DueBy is not null || next is null)
        {
            return Decision.Accept(provisional);
        }

        // The default due date is the next stage's due date once the plan is re-planned from this handoff. Apply, not
        // Evolve: a re-plan past the end of the calendar must refuse the handoff, not leave the old plan's date.
        var replanned = Apply(state, provisional, out _).Plan!;
        return Decision.Accept(new HandedOff(command.Stage, stage.Owner, receiver, expectation, replanned.Stages[index + 1].Due, command.At));
    }

    private static Decision DecideAccept(EngagementState state, AcceptStage command)
    {
        if (state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        if (CheckLastHandedOff(state, command.Stage, command.Action) is { } refusal)
        {
            return refusal;
        }

        var progress = state.ProgressOf(command.Stage)!;
        return progress.IsAccepted
            ? Decision.Accept()
            : Decision.Accept(new StageAccepted(command.Stage, progress.Owner.Counterpart, command.At));
    }

    private static Decision DecideRevision(EngagementState state, RequestRevision command)
    {
        if (state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        var index = state.IndexOf(command.Stage);
        if (index < 0)
        {
            return UnknownStage(state, command.Stage);
        }

        var progress = state.Stages[index];
        if (index == state.CurrentStageIndex && progress.Status == StageStatus.InProgress)
        {
            return progress.Submissions > 0
                ? WithinRounds(state, command, progress) ?? Decision.Accept(new RevisionRequested(command.Stage, progress.Owner.Counterpart, command.Reason, reopened: false, command.At))
                : Decision.Reject(
                    "engagement.revision.nothing-submitted",
                    $"Nothing has been submitted in stage '{command.Stage}' yet, so there is nothing to revise.",
                    command.Stage.Value);
        }

        if (CheckLastHandedOff(state, command.Stage, command.Action) is { } refusal)
        {
            return refusal;
        }

        return progress.IsAccepted
            ? Decision.Reject(
                "engagement.revision.already-accepted",
                $"Stage '{command.Stage}' was accepted; a change now is a new request, not a revision.",
                command.Stage.Value)
            : WithinRounds(state, command, progress) ?? Decision.Accept(new RevisionRequested(command.Stage, progress.Owner.Counterpart, command.Reason, reopened: true, command.At));
    }

    /// <summary>
    /// Null while the stage's deliverable has a revision round left (or does not count rounds);
    /// otherwise what the agreement says to do with one more: refuse it, pointing to a change
    /// request, or record it as a change request for an extra round.
    /// </summary>
    private static Decision? WithinRounds(EngagementState state, RequestRevision command, StageProgress progress)
    {
        var scope = state.Agreement!.Scope;
        if (scope.WithRoundsOn(command.Stage) is not { } deliverable || progress.Revisions < deliverable.Allowance.RevisionRounds)
        {
            return null;
        }

        var rounds = deliverable.Allowance.RevisionRounds!.Value;
        var used = $"The {Plural(rounds, "revision round")} included for {deliverable.Name} {(rounds == 1 ? "is" : "are")} used";
        if (scope.ChangeOrderTerms.RevisionOverflow == RevisionOverflow.Refuse)
        {
            return Decision.Reject(
                "scope.revision-rounds-used",
                $"{used}. Ask for this change as a change request (RequestChange): it is quoted from the rate card and, once accepted, done as new work.",
                command.Stage.Value);
        }

        foreach (var order in state.Scope.ChangeOrders)
        {
            if (order.Deliverable == deliverable.Key && order.AddedRevisionRounds > 0 && !order.Status.IsClosed)
            {
                return Decision.Reject(
                    "scope.extra-round-pending",
                    $"{used}, and one more is already quoted (change order '{order.Id}', {order.StatusAt(command.At)}): once it is accepted, ask for the revision again.",
                    command.Stage.Value);
            }
        }

        var stageName = state.Agreement.FindStage(command.Stage)!.Name;
        var request = new ChangeRequest(
            ExtraRoundId(state.Scope, command.Stage, rounds + 1),
            $"One more revision round of \"{stageName}\": {command.Reason}",
            progress.Owner.Counterpart,
            scope.ChangeOrderTerms.HoursPerExtraRevisionRound!.Value,
            command.At,
            deliverable.Key);
        var outcome = state.Scope.ExtraRevisionRound(request, deliverable, stageUnderWay: progress.Status == StageStatus.InProgress);
        return outcome.TryGetValue(out var decision)
            ? Decision.Accept(new ChangeRequested(decision, command.At))
            : Decision.Reject(outcome.Violations[0].Code, outcome.Violations[0].Message, outcome.Violations[0].Subject);
    }

    /// <summary>"design-round-3", or "design-round-3.2" when a declined quote for that round already took the id.</summary>
    private static ChangeRequestId ExtraRoundId(ScopeLedger ledger, StageKey stage, int round)
    {
        var stem = stage.Value.Length > 80 ? stage.Value.Substring(0, 80) : stage.Value;
        var id = new ChangeRequestId($"{stem}-round-{round}");
        for (var attempt = 2; ledger.Decisions.Any(d => d.Request.Id == id); attempt++)
        {
            id = new ChangeRequestId($"{stem}-round-{round}.{attempt}");
        }

        return id;
    }

    private static bool AllowsChange(EngagementPhase phase) =>
        phase == EngagementPhase.Signed || phase == EngagementPhase.DepositReceived || phase == EngagementPhase.Scheduled
        || phase == EngagementPhase.Active || phase == EngagementPhase.Paused;

    private static Decision DecideChange(EngagementState state, RequestChange command)
    {
        if (!AllowsChange(state.Phase))
        {
            return NotAllowed(state, command);
        }

        var outcome = state.Scope.Classify(command.Request);
        return outcome.TryGetValue(out var decision)
            ? Decision.Accept(new ChangeRequested(decision, command.At))
            : Decision.Reject(outcome.Violations[0].Code, outcome.Violations[0].Message, outcome.Violations[0].Subject);
    }

    /// <summary>The change order a command is about, or why the command is refused: a phase without changes, an unknown id, a closed order.</summary>
    private static (ChangeOrder? Order, Decision? Refusal) LookUpChangeOrder(EngagementState state, EngagementCommand command, ChangeRequestId id)
    {
        if (!AllowsChange(state.Phase))
        {
            return (null, NotAllowed(state, command));
        }

        if (state.Scope.FindChangeOrder(id) is not { } order)
        {
            return (null, Decision.Reject(
                "change-order.unknown",
                state.Scope.Decisions.FirstOrDefault(d => d.Request.Id == id) is { } decided
                    ? $"The change request '{id}' was decided as {decided.Kind.Replace('-', ' ')}, so it has no change order to {command.Action.Replace(" a change order", string.Empty)}."
                    : $"The engagement has no change order '{id}'.",
                id.Value));
        }

        return order.Status.IsClosed
            ? (order, Decision.Reject(
                "change-order.closed",
                $"Change order '{id}' was {(order.Status == ChangeOrderStatus.NoCharge ? "absorbed at no charge" : order.Status.Name.ToLowerInvariant())} at {order.ClosedAt}; nothing more can happen to it.",
                id.Value))
            : (order, null);
    }

    private static Decision DecideProposeChangeOrder(EngagementState state, ProposeChangeOrder command)
    {
        var (order, refusal) = LookUpChangeOrder(state, command, command.ChangeOrder);
        if (refusal is not null)
        {
            return refusal;
        }

        var terms = state.Agreement!.Scope;
        var card = terms.RateCard!;
        var price = command.Price ?? order!.Price;
        var impact = command.ScheduleImpactBusinessDays ?? order!.ScheduleImpactBusinessDays;
        if (impact > Stage.MaxDurationBusinessDays)
        {
            return Decision.Reject(
                "change-order.too-long",
                $"Change order '{order!.Id}' would add {impact} business days, more than the {Stage.MaxDurationBusinessDays} a stage may take; propose it with a shorter schedule impact, or split the work.",
                order.Id.Value);
        }

        if (price.Currency != card.Currency)
        {
            return Decision.Reject(
                "change-order.wrong-currency",
                $"Change order '{order!.Id}' is priced in {card.Currency}, the rate card's currency, but {price} was proposed.",
                order.Id.Value);
        }

        if (price < card.MinimumFee)
        {
            return Decision.Reject(
                "change-order.below-minimum",
                $"A change order costs at least {card.MinimumFee.ToAmountText()} under the agreement, but {price.ToAmountText()} was proposed for '{order!.Id}'; to give the work for less, absorb it (AbsorbChangeOrder).",
                order.Id.Value);
        }

        // Open through the last valid day, to its end in the provider's time zone: where the next day
        // begins (never AtStartOfDay, which throws on a date the clocks skipped, as Apia's 30 December 2011).
        var calendar = state.Terms!.CalendarOf(PartyRole.Provider);
        var lastDay = calendar.ToLocalDate(command.At).PlusDays(terms.ChangeOrderTerms.ProposalValidDays);
        var expiresAt = calendar.StartOfDay(lastDay.PlusDays(1));
        return Decision.Accept(new ChangeOrderProposed(order!.Id, price, impact, expiresAt, command.At));
    }

    private static Decision DecideProceed(EngagementState state, ProceedWhilePriced command)
    {
        var (order, refusal) = LookUpChangeOrder(state, command, command.ChangeOrder);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!state.Agreement!.Scope.ChangeOrderTerms.AllowsProceedingWhilePriced)
        {
            return Decision.Reject(
                "change-order.proceeding-not-allowed",
                $"The agreement does not let work on a change go ahead before its price is agreed; change order '{order!.Id}' must be accepted first.",
                order.Id.Value);
        }

        return order!.Status == ChangeOrderStatus.ProceedingWhilePriced
            ? Decision.Accept()
            : Decision.Accept(new ChangeOrderProceeding(order.Id, command.At));
    }

    private static Decision DecideAmendment(EngagementState state, EngagementCommand command, ChangeRequestId id, bool absorbed)
    {
        var (order, refusal) = LookUpChangeOrder(state, command, id);
        if (refusal is not null)
        {
            return refusal;
        }

        var status = order!.StatusAt(command.At);
        if (!absorbed && status == ChangeOrderStatus.Draft)
        {
            return Decision.Reject(
                "change-order.not-proposed",
                $"Change order '{id}' is a draft the client has not seen; propose it first (ProposeChangeOrder).",
                id.Value);
        }

        if (!absorbed && status == ChangeOrderStatus.Expired)
        {
            return Decision.Reject(
                "change-order.expired",
                $"The proposal for change order '{id}' expired at {order.ExpiresAt}; propose it again (ProposeChangeOrder), with the price and dates as they are now, before it is accepted.",
                id.Value);
        }

        var agreement = state.Agreement!;
        var stage = order.ScheduleImpactBusinessDays == 0 && agreement.Stages.All(s => s.BudgetedHours is null) ? null : StageToExtend(state, order);
        if (order.ScheduleImpactBusinessDays > 0 && stage is null)
        {
            return Decision.Reject(
                "change-order.no-stage-left",
                $"Change order '{id}' adds {ScopeText.BusinessDays(order.ScheduleImpactBusinessDays)}, but every stage of the provider is done; plan the work as a new engagement, or propose it with no schedule impact.",
                id.Value);
        }

        if (stage is not null && stage.DurationBusinessDays + order.ScheduleImpactBusinessDays > Stage.MaxDurationBusinessDays)
        {
            return Decision.Reject(
                "change-order.too-long",
                $"Change order '{id}' would make stage '{stage.Key}' {stage.DurationBusinessDays + order.ScheduleImpactBusinessDays} business days long, more than the {Stage.MaxDurationBusinessDays} a stage may take.",
                id.Value);
        }

        var price = absorbed ? Money.Zero(order.Price.Currency) : order.Price;
        var deliverable = order.Deliverable is { } key ? agreement.Scope.FindDeliverable(key) : null;
        var changes = new List<string> { absorbed ? "absorbed at no charge" : price.ToAmountText() };
        if (order.ScheduleImpactBusinessDays > 0)
        {
            changes.Add($"{ScopeText.BusinessDays(order.ScheduleImpactBusinessDays)} added to stage '{stage!.Key}'");
        }

        if (order.AddedUnits > 0 && deliverable is not null)
        {
            changes.Add(order.AddedUnits == 1
                ? $"one more of the {deliverable.Allowance.UnitName} in {deliverable.Name}"
                : $"{order.AddedUnits} more {deliverable.Allowance.UnitName} in {deliverable.Name}");
        }

        if (order.AddedRevisionRounds > 0 && deliverable is not null)
        {
            changes.Add($"{Plural(order.AddedRevisionRounds, "more revision round")} for {deliverable.Name}");
        }

        var amendment = new Amendment(
            agreement.Version + 1,
            id,
            $"Change order '{id}' ({order.Description}): {string.Join("; ", changes)}.",
            price,
            stage is null ? 0 : order.ScheduleImpactBusinessDays,
            stage?.Key,
            order.Deliverable,
            order.AddedUnits,
            order.AddedRevisionRounds,
            stage?.BudgetedHours is null ? 0m : order.EstimatedHours,
            command.At);
        return Decision.Accept(new ChangeOrderAccepted(amendment, absorbed, command.At));
    }

    /// <summary>
    /// The provider stage that takes a change order's extra days and hours: the stage its deliverable
    /// is made in, while that is not done; otherwise the provider's current or next stage that is not done. Null
    /// when every provider stage is done.
    /// </summary>
    private static Stage? StageToExtend(EngagementState state, ChangeOrder order)
    {
        var agreement = state.Agreement!;
        if (order.Deliverable is { } key && agreement.Scope.FindDeliverable(key)?.Stage is { } made
            && state.IndexOf(made) is var madeIndex and >= 0 && state.Stages[madeIndex].Status != StageStatus.Done)
        {
            return agreement.Stages[madeIndex];
        }

        var from = state.CurrentStageIndex >= 0 ? state.CurrentStageIndex : 0;
        for (var i = from; i < agreement.Stages.Count; i++)
        {
            if (agreement.Stages[i].Owner == PartyRole.Provider && state.Stages[i].Status != StageStatus.Done)
            {
                return agreement.Stages[i];
            }
        }

        return null;
    }

    private static string Plural(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static Decision DecideEffort(EngagementState state, LogEffort command)
    {
        if (!state.Phase.IsUnderWay)
        {
            return NotAllowed(state, command);
        }

        return state.IndexOf(command.Stage) < 0
            ? UnknownStage(state, command.Stage)
            : Decision.Accept(new EffortLogged(command.Stage, command.Party, command.Hours, command.Note, command.At));
    }

    private static Decision DecideComplete(EngagementState state, Complete command)
    {
        if (state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        if (state.CurrentStage is { } current)
        {
            return Decision.Reject(
                "engagement.complete.stages-remaining",
                $"Stage '{current.Key}' and any after it are not done yet; the engagement completes after the last stage is handed off and accepted.",
                current.Key.Value);
        }

        var last = state.Stages[state.Stages.Count - 1];
        return last.IsAccepted
            ? Decision.Accept(new Completed(command.At))
            : Decision.Reject(
                "engagement.complete.final-not-accepted",
                $"The {last.Owner.Counterpart} has not accepted the final stage, '{last.Key}', yet.",
                last.Key.Value);
    }

    private static Decision? CheckCurrent(EngagementState state, StageKey stage, string action)
    {
        var index = state.IndexOf(stage);
        if (index < 0)
        {
            return UnknownStage(state, stage);
        }

        if (index == state.CurrentStageIndex)
        {
            return null;
        }

        var current = state.CurrentStage;
        return Decision.Reject(
            "engagement.stage.not-current",
            current is null
                ? $"Cannot {action} for '{stage}': every stage has been handed off."
                : $"Cannot {action} for '{stage}': the current stage is '{current.Key}', which the {current.Owner} holds.",
            stage.Value);
    }

    private static Decision? CheckCurrentInProgress(EngagementState state, StageKey stage, string action)
    {
        if (CheckCurrent(state, stage, action) is { } refusal)
        {
            return refusal;
        }

        return state.CurrentStage!.Status == StageStatus.InProgress
            ? null
            : Decision.Reject("engagement.stage.not-started", $"Stage '{stage}' has not been started yet: start it first, then {action}.", stage.Value);
    }

    /// <summary>Acceptance and revision apply to the stage handed off last, while the next one is not yet handed off.</summary>
    private static Decision? CheckLastHandedOff(EngagementState state, StageKey stage, string action)
    {
        var index = state.IndexOf(stage);
        if (index < 0)
        {
            return UnknownStage(state, stage);
        }

        var lastHandedOff = LastHandedOff(state);
        if (index == lastHandedOff)
        {
            return null;
        }

        return Decision.Reject(
            index > lastHandedOff ? "engagement.stage.not-handed-off" : "engagement.stage.not-last-handed-off",
            index > lastHandedOff
                ? $"Stage '{stage}' has not been handed off yet, so it cannot be accepted or sent back."
                : $"Only the stage handed off last, '{state.Stages[lastHandedOff].Key}', can be accepted or sent back, not '{stage}'.",
            stage.Value);
    }

    private static Decision UnknownStage(EngagementState state, StageKey stage) =>
        Decision.Reject("engagement.stage.unknown", $"The agreement '{state.Agreement!.Id}' has no stage '{stage}'.", stage.Value);

    private static Decision DecidePause(EngagementState state, PauseWork pause)
    {
        if (state.Phase != EngagementPhase.Scheduled && state.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, pause);
        }

        // Every stage handed over and accepted, the engagement not yet completed: no clock is running, so a pause
        // would change nothing, and accepting it would tell the person it had been recorded when it had not.
        return state.Ball is null
            ? Decision.Reject(
                "engagement.nothing-to-pause",
                "Cannot pause: every stage is handed over and accepted, so nobody holds the ball and no time is running. Complete the engagement, or terminate it.")
            : Decision.Accept(new Paused(pause.CausedBy, pause.Reason, pause.At));
    }

    private static Decision NotAllowed(EngagementState state, EngagementCommand command) =>
        Decision.Reject(
            "engagement.not-allowed-in-phase",
            $"Cannot {command.Action}: the engagement is {Describe(state.Phase)}. {AllowedIn(state)}");

    private static string Describe(EngagementPhase phase) =>
        phase == EngagementPhase.New ? "not yet proposed" : phase == EngagementPhase.DepositReceived ? "waiting to be scheduled" : phase.Name.ToLowerInvariant();

    private static string AllowedIn(EngagementState state)
    {
        var phase = state.Phase;
        if (phase.IsFinal)
        {
            return "Its work is over: only payments, reminders, consequences, recaps, check-ins, feedback and incidents can still be recorded.";
        }

        var allowed =
            phase == EngagementPhase.New ? "propose an agreement"
            : phase == EngagementPhase.Proposed ? "sign, or terminate"
            : phase == EngagementPhase.Signed ? (state.Agreement?.PaymentTerms?.DepositAmount is { IsZero: false } ? "receive the deposit" : "schedule the work") + ", handle change requests, or terminate"
            : phase == EngagementPhase.DepositReceived ? "schedule the work, handle change requests, or terminate"
            : phase == EngagementPhase.Scheduled ? "start the first stage, log effort, pause, handle change requests, or terminate"
            : phase == EngagementPhase.Paused ? "resume, log effort, handle change requests, or terminate"
            : "start, submit, hand off, accept or revise stages, log effort, pause, handle change requests, complete, or terminate";
        return $"Allowed now: {allowed}.";
    }

    /// <summary>What the holder of a stage is expected to do: the stage's name and, when the agreement says, what it hands over.</summary>
    private static string ExpectationOf(Stage stage) =>
        stage.Handover is { } handover ? $"{stage.Name}: {handover}" : stage.Name;

    private static string DefaultExpectation(Stage stage, Stage? next) =>
        next is null ? $"Accept the final delivery ({ExpectationOf(stage)})" : ExpectationOf(next);

    private static bool IsCurrentInProgress(EngagementState state, StageKey stage) =>
        state.CurrentStage is { } current && current.Key == stage && current.Status == StageStatus.InProgress;

    /// <summary>The index of the stage handed off last while the one after it is not, or -1.</summary>
    private static int LastHandedOff(EngagementState state)
    {
        var last = (state.CurrentStage is null ? state.Stages.Count : state.CurrentStageIndex) - 1;
        return last >= 0 && state.Stages[last].Status == StageStatus.Done ? last : -1;
    }

    private static bool PlanFits(EngagementState state, Plan plan) =>
        state.Agreement is { } agreement && plan.AgreementId == agreement.Id && plan.AgreementVersion == agreement.Version
        && plan.Stages.Count == agreement.Stages.Count && plan.Stages.Count > 0;

    /// <summary>
    /// The ball for a stage's owner: held from the first working moment of the stage as planned (not
    /// while waiting for a start date or a restart lead time), due when the plan says.
    /// </summary>
    private static BallHolder HolderFor(EngagementState state, int index, Instant at, string expectation)
    {
        var agreement = state.Terms!;
        var stage = agreement.Stages[index];
        var dates = state.Plan!.Stages[index];
        var progress = state.Stages[index];
        var firstMoment = agreement.CalendarOf(stage.Owner).StartOfWorkingDay(dates.Start);
        return new BallHolder(stage.Owner, firstMoment > at ? firstMoment : at, stage.Key, expectation, progress.DueBy ?? dates.Due, progress.DueAt ?? dates.DueAt);
    }

    private static EngagementState EvolveScheduled(EngagementState state, Scheduled scheduled)
    {
        var planned = state.WithPlan(scheduled.Plan).InPhase(EngagementPhase.Scheduled).WithCurrentStage(0);
        var holder = HolderFor(planned, 0, scheduled.At, ExpectationOf(state.Agreement!.Stages[0]));
        return planned
            .WithStage(0, planned.Stages[0].BallArrived(holder.Since))
            .BallGiven(holder, null);
    }

    private static EngagementState EvolveStarted(EngagementState state, StageStarted started)
    {
        var next = state.WithStage(state.CurrentStageIndex, state.CurrentStage!.Started(started.At));
        return next.Phase == EngagementPhase.Scheduled ? next.InPhase(EngagementPhase.Active) : next;
    }

    private static EngagementState EvolveHandedOff(EngagementState state, HandedOff handedOff)
    {
        var index = state.CurrentStageIndex;
        var agreement = state.Terms!;
        var (heldToDue, heldToDueAt) = DueOfCurrent(state);
        var released = state.BallReleased(handedOff.At);
        var finished = released.WithStage(index, released.Stages[index].Finished(handedOff.At, heldToDue, heldToDueAt)).WithCurrentStage(index + 1);
        var isLast = index + 1 >= agreement.Stages.Count;
        if (!isLast)
        {
            finished = finished.WithStage(index + 1, finished.Stages[index + 1].BallArrived(handedOff.At));
        }

        finished = finished.WithPlan(Replanned(finished));
        var ledgerEntry = handedOff.To == handedOff.From
            ? null
            : new Handoff(handedOff.Stage, handedOff.From, handedOff.To, handedOff.At, handedOff.Expectation, handedOff.DueBy, DueAt(agreement, handedOff.To, handedOff.DueBy), isRevision: false);
        if (isLast)
        {
            return finished.BallGiven(
                new BallHolder(handedOff.To, handedOff.At, handedOff.Stage, handedOff.Expectation, handedOff.DueBy, DueAt(agreement, handedOff.To, handedOff.DueBy)),
                ledgerEntry);
        }

        var holder = HolderFor(finished, index + 1, handedOff.At, handedOff.Expectation);
        if (handedOff.DueBy is { } due && holder.Party == handedOff.To)
        {
            holder = new BallHolder(holder.Party, holder.Since, holder.Stage, holder.Expectation, due, DueAt(agreement, handedOff.To, due));
            finished = finished.WithStage(index + 1, finished.Stages[index + 1].DueOn(holder.DueBy, holder.DueAt));
        }

        return finished.BallGiven(holder, ledgerEntry);
    }

    private static EngagementState EvolveAccepted(EngagementState state, int index, Instant at)
    {
        var accepted = state.WithStage(index, state.Stages[index].Accepted(at));

        // Accepting the final delivery ends the last stretch: nobody's move until completion.
        return index == accepted.Stages.Count - 1 && accepted.CurrentStage is null ? accepted.BallReleased(at) : accepted;
    }

    private static EngagementState EvolveReopened(EngagementState state, int index, RevisionRequested revision)
    {
        var agreement = state.Terms!;
        var owner = agreement.Stages[index].Owner;
        var calendar = agreement.CalendarOf(owner);
        var reopened = ClosingRounds(state, index, revision.At).BallReleased(revision.At);
        reopened = reopened.WithStage(index, reopened.Stages[index].Reopened(revision.At));
        if (index + 1 < reopened.Stages.Count)
        {
            reopened = reopened.WithStage(index + 1, reopened.Stages[index + 1].BackToPending());
        }

        // The revision round is dated from the request: the stage's full length from the owner's next working day.
        reopened = reopened
            .WithCurrentStage(index)
            .WithEarliestStart(revision.Stage, Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, revision.At));
        reopened = reopened.WithPlan(Replanned(reopened));
        var expectation = $"Revise \"{agreement.Stages[index].Name}\": {revision.Reason}";
        var holder = HolderFor(reopened, index, revision.At, expectation);
        return reopened.BallGiven(
            holder,
            owner == revision.By ? null : new Handoff(revision.Stage, revision.By, owner, revision.At, expectation, holder.DueBy, holder.DueAt, isRevision: true));
    }

    /// <summary>
    /// Keeps the stretches a revision ends: the reopened stage's (delivered) and, when it had the
    /// ball, the next stage's (cut short). Fees and credits that fell due in them stay owed.
    /// </summary>
    private static EngagementState ClosingRounds(EngagementState state, int index, Instant at)
    {
        var plan = state.Plan!;
        var done = state.Stages[index];
        var next = state;
        if (done.FinishedAt is { } finished && done.DueBy is { } heldTo)
        {
            next = next.WithClosedRound(new EngagementState.ClosedRound(index, done.Round, heldTo, done.BallArrivedAt ?? finished, finished, Delivered: true));
        }

        if (index + 1 < state.Stages.Count && state.Stages[index + 1] is { BallArrivedAt: { } arrived } waiting)
        {
            var due = waiting.DueBy ?? plan.Stages[index + 1].Due;
            next = next.WithClosedRound(new EngagementState.ClosedRound(index + 1, waiting.Round, due, arrived, at, Delivered: false));
        }

        return next;
    }

    private static EngagementState EvolveResumed(EngagementState state, Resumed resumed)
    {
        var agreement = state.Terms!;
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
        var restarting = pause.CausedBy.Counterpart;
        var leadTime = agreement.RestartLeadTimeOf(restarting);
        var calendar = agreement.CalendarOf(restarting);
        if (next.CurrentStage is { } current && current.Owner == restarting)
        {
            // The working days lost: from its first working day after the pause began up to its first
            // working day after the resumption, counted as its stretches count them.
            var lost = Math.Max(0, calendar.BusinessDaysBetween(
                Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, pause.From),
                Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, resumed.At)));
            next = next.WithExtension(current.Key, lost + leadTime);

            // A due date agreed at the handoff moves by the same business days as the plan's.
            if (current.DueBy is { } agreed && lost + leadTime > 0 && MovedBy(calendar, agreed, lost + leadTime) is { } moved)
            {
                next = next.WithStage(next.CurrentStageIndex, current.DueOn(moved, calendar.EndOfWorkingDay(moved)));
            }
        }
        else if (leadTime > 0)
        {
            for (var i = Math.Max(0, next.CurrentStageIndex); i < agreement.Stages.Count; i++)
            {
                if (agreement.Stages[i].Owner == restarting && next.Stages[i].Status != StageStatus.Done)
                {
                    next = next.WithEarliestStart(agreement.Stages[i].Key, calendar.AddBusinessDays(calendar.ToLocalDate(resumed.At), leadTime));
                    break;
                }
            }
        }

        next = next.WithPlan(Replanned(next));

        // The ball goes back to whoever held it before the pause, due as the plan now says.
        var index = next.IndexOf(before.Stage);
        if (index >= 0 && index == next.CurrentStageIndex && next.Stages[index].Owner == before.Party)
        {
            return next.BallGiven(HolderFor(next, index, resumed.At, before.Expectation), null);
        }

        return next.BallGiven(new BallHolder(before.Party, resumed.At, before.Stage, before.Expectation, before.DueBy, before.DueAt), null);
    }

    /// <summary>The due date the owner of the current stage is held to: the one set at the handoff, or the plan's.</summary>
    private static (LocalDate Due, Instant DueAt) DueOfCurrent(EngagementState state)
    {
        var progress = state.CurrentStage!;
        var planned = state.Plan!.Stages[state.CurrentStageIndex];
        return (progress.DueBy ?? planned.Due, progress.DueAt ?? planned.DueAt);
    }

    private static EngagementState EvolveForceMajeure(EngagementState state, ForceMajeureRecorded recorded)
    {
        var before = state.Terms!;
        var next = state.WithForceMajeure(new ForceMajeurePeriod(recorded.DeclaredBy, recorded.Reason, recorded.From, recorded.Until));
        if (next.Plan is null)
        {
            return next;
        }

        var start = next.CurrentStage is not null ? next.Plan.Stages[next.CurrentStageIndex].Start : default;
        next = next.WithPlan(Replanned(next));
        if (next.CurrentStage is not { } current)
        {
            return next;
        }

        // A due date agreed at the handoff keeps the same number of business days from the stage's start.
        var index = next.CurrentStageIndex;
        if (current.DueBy is { } agreed && agreed >= start)
        {
            var calendar = next.Terms!.CalendarOf(current.Owner);
            var businessDays = EngagementState.BusinessDaysIn(before.CalendarOf(current.Owner), start, agreed);
            if (businessDays > 0 && calendar.TryAddBusinessDays(start, calendar.IsBusinessDay(start) ? businessDays - 1 : businessDays) is { } moved)
            {
                next = next.WithStage(index, current.DueOn(moved, calendar.EndOfWorkingDay(moved)));
            }
        }

        // The owner working on the current stage is re-dated: its due date moves past the closed days.
        if (next.Phase != EngagementPhase.Paused && next.Ball is { } ball && ball.Party == current.Owner && ball.Stage == current.Key)
        {
            next = next.BallGiven(HolderFor(next, index, ball.Since, ball.Expectation), null);
        }

        return next;
    }

    /// <summary>The events that change the scope ledger only.</summary>
    private static EngagementState EvolveScope(EngagementState state, EngagementState next, EngagementEvent @event)
    {
        if (!AllowsChange(state.Phase))
        {
            return next;
        }

        var ledger = state.Scope;
        switch (@event)
        {
            case ChangeRequested requested when ledger.Decisions.All(d => d.Request.Id != requested.Decision.Request.Id):
                return next.WithScope(ledger.Recorded(requested.Decision));
            case ChangeOrderProposed proposed when ledger.FindChangeOrder(proposed.ChangeOrder) is { Status.IsClosed: false } order
                && proposed.Price.Currency == order.Price.Currency:
                return next.WithScope(ledger.WithChangeOrder(order.ProposedOn(proposed.At, proposed.ExpiresAt, proposed.Price, proposed.ScheduleImpactBusinessDays)));
            case ChangeOrderProceeding proceeding when ledger.FindChangeOrder(proceeding.ChangeOrder) is { Status.IsClosed: false } order:
                return next.WithScope(ledger.WithChangeOrder(order.Proceeding()));
            case ChangeOrderDeclined declined when ledger.FindChangeOrder(declined.ChangeOrder) is { Status.IsClosed: false } order:
                return next.WithScope(ledger.WithChangeOrder(order.DeclinedOn(declined.At, declined.Reason)));
            default:
                return next;
        }
    }

    /// <summary>Whether an amendment can be applied as it stands: the next version of an open change order, naming stages and deliverables that exist, within the bounds of a stage.</summary>
    private static bool AmendmentFits(EngagementState state, Amendment amendment)
    {
        var agreement = state.Agreement!;
        if (amendment.Version != agreement.Version + 1
            || state.Scope.FindChangeOrder(amendment.ChangeOrder) is not { Status.IsClosed: false } order
            || amendment.Price.Currency != order.Price.Currency)
        {
            return false;
        }

        if (amendment.Deliverable is { } deliverable && agreement.Scope.FindDeliverable(deliverable) is null)
        {
            return false;
        }

        return amendment.ExtendedStage is not { } key
            || (agreement.FindStage(key) is { } stage && stage.DurationBusinessDays + amendment.ScheduleImpactBusinessDays <= Stage.MaxDurationBusinessDays);
    }

    /// <summary>
    /// The agreement becomes its next version, and the engagement carries on under it: what was
    /// measured stays, later stages are re-planned, and the extended stage's owner is re-dated.
    /// </summary>
    private static EngagementState EvolveAmended(EngagementState state, ChangeOrderAccepted accepted)
    {
        var amendment = accepted.Amendment;
        var order = state.Scope.FindChangeOrder(amendment.ChangeOrder)!.AmendedOn(accepted.At, amendment.Version, accepted.Absorbed, amendment.Price);
        var next = state.AmendedTo(state.Agreement!.Amended(amendment), state.Scope.WithChangeOrder(order));
        if (next.Plan is null)
        {
            return next;
        }

        var index = next.CurrentStageIndex;
        var extendsCurrent = next.CurrentStage is { } current && current.Key == amendment.ExtendedStage && amendment.ScheduleImpactBusinessDays > 0;
        if (extendsCurrent && next.CurrentStage!.DueBy is { } agreed
            && MovedBy(next.Terms!.CalendarOf(next.CurrentStage.Owner), agreed, amendment.ScheduleImpactBusinessDays) is { } moved)
        {
            next = next.WithStage(index, next.CurrentStage.DueOn(moved, next.Terms!.CalendarOf(next.CurrentStage.Owner).EndOfWorkingDay(moved)));
        }

        next = next.WithPlan(Replanned(next));
        if (extendsCurrent && next.Phase != EngagementPhase.Paused && next.Ball is { } ball && ball.Party == next.CurrentStage!.Owner && ball.Stage == next.CurrentStage.Key)
        {
            next = next.BallGiven(HolderFor(next, index, ball.Since, ball.Expectation), null);
        }

        return next;
    }

    /// <summary>A due date moved later by some business days (counted from it, or from the next business day when it is a day off); null past the calendar's range.</summary>
    private static LocalDate? MovedBy(BusinessCalendar calendar, LocalDate due, int businessDays) =>
        calendar.BusinessDayOnOrAfter(due) is { } from ? calendar.TryAddBusinessDays(from, businessDays) : null;

    private static bool IsPaid(EngagementState state, ObligationKey payment)
    {
        foreach (var received in state.Payments)
        {
            if (received.Payment == payment)
            {
                return true;
            }
        }

        return false;
    }

    private static Decision DecideConsequence(EngagementState state, ObligationKey key, ConsequenceRule rule, Instant at, bool isReminder)
    {
        if (rule.Kind.IsReminder != isReminder)
        {
            return Decision.Reject(
                "consequence.wrong-command",
                isReminder
                    ? $"'{rule}' is a {rule.Kind}, not a reminder: apply it with ApplyConsequence."
                    : $"'{rule}' is a reminder: record it as sent with RecordReminderSent.");
        }

        var (hasRule, round) = Assessor.RuleOf(state, key, rule);
        if (round < 0)
        {
            return Decision.Reject("consequence.unknown-obligation", $"The engagement has no {key}.", key.Stage?.Value ?? key.Message?.Value);
        }

        if (!hasRule)
        {
            return Decision.Reject("consequence.not-in-policy", $"The consequence policy has no rule '{rule}' for the {key}.", key.Stage?.Value ?? key.Message?.Value);
        }

        if (Assessor.FindDue(state, key, rule, at) is not { } due)
        {
            var recorded = isReminder
                ? state.RemindersSent.Any(r => r.Obligation == key && r.Round == round && r.Rule == rule)
                : state.ConsequencesApplied.Any(c => c.Obligation == key && c.Round == round && c.Rule == rule);
            var when = Assessor.WhenDue(state, key, rule);
            return Decision.Reject(
                recorded ? "consequence.already-recorded" : "consequence.not-due",
                recorded ? $"'{rule}' for the {key} was already recorded; it is never due twice."
                : when is { } fallsDue && fallsDue > at ? $"'{rule}' for the {key} is not due yet: it falls due at {fallsDue}."
                : when is not null ? $"'{rule}' for the {key} is no longer due: a later reminder replaced it."
                : $"'{rule}' for the {key} is not due: the {key} is not late enough, not its party's turn, or already delivered.",
                key.Stage?.Value ?? key.Message?.Value);
        }

        if (isReminder)
        {
            return Decision.Accept(new ReminderSent(key, due.Round, rule, due.Party, at));
        }

        var applied = new ConsequenceApplied(key, due.Round, rule, due.Party, due.Amount, due.FallsDueAt, at);
        return rule.Kind == ConsequenceKind.Pause && (state.Phase == EngagementPhase.Scheduled || state.Phase == EngagementPhase.Active) && state.Ball is not null
            ? Decision.Accept(applied, new Paused(due.Party, $"{due.BusinessDaysLate} business days late on the {key}: on hold as the agreement says", at))
            : Decision.Accept(applied);
    }

    private static Decision DecidePayment(EngagementState state, ReceivePayment command)
    {
        var terms = state.Agreement!.PaymentTerms;
        var key = command.Payment;
        Money? amount = null;
        Instant? invoicedAt = null;
        if (terms is not null && key.Kind == ObligationKind.FinalPayment && terms.FinalPaymentAmount.Amount > 0m)
        {
            amount = terms.FinalPaymentAmount;
            invoicedAt = state.CompletedAt;
        }
        else if (terms?.Milestones.FirstOrDefault(m => m.Stage == key.Stage) is { } milestone)
        {
            amount = milestone.Amount.OfTotal(terms.Total);
            invoicedAt = state.ProgressOf(milestone.Stage)?.AcceptedAt;
        }

        if (amount is null)
        {
            return Decision.Reject("payment.unknown", $"The agreement's payment terms have no {key}.", key.Stage?.Value);
        }

        if (invoicedAt is null)
        {
            return Decision.Reject(
                "payment.not-invoiced",
                key.Kind == ObligationKind.FinalPayment
                    ? "The final payment is invoiced when the engagement is completed, and it is not yet."
                    : $"The {key} is invoiced when the stage is accepted, and it is not yet.",
                key.Stage?.Value);
        }

        if (IsPaid(state, key))
        {
            return Decision.Reject("payment.already-received", $"The {key} was already received.", key.Stage?.Value);
        }

        if (command.Amount.Currency != amount.Currency)
        {
            return Decision.Reject("payment.wrong-currency", $"The {key} is due in {amount.Currency}, but {command.Amount} was recorded.", key.Stage?.Value);
        }

        return command.Amount < amount
            ? Decision.Reject(
                "payment.short",
                $"The {key} is {Explanation.Amount(amount)}, but only {Explanation.Amount(command.Amount)} arrived; {Explanation.Amount(amount - command.Amount)} is still missing.",
                key.Stage?.Value)
            : Decision.Accept(new PaymentReceived(key, command.Amount, command.At));
    }

    private static Instant? DueAt(Agreement agreement, PartyRole party, LocalDate? dueBy) =>
        dueBy is { } due ? agreement.CalendarOf(party).EndOfWorkingDay(due) : null;

    /// <summary>
    /// The plan re-dated from every actual handoff, restart lead time, revision, pause and force
    /// majeure, keeping its baseline; with <paramref name="supposedFinish"/>, as if the stage at
    /// <paramref name="supposedIndex"/> had finished then.
    /// </summary>
    internal static Plan Replanned(EngagementState state, int supposedIndex = -1, StageFinish? supposedFinish = null)
    {
        var agreement = state.Terms!;
        var finishes = new Dictionary<StageKey, StageFinish>();
        for (var i = 0; i < state.Stages.Count && state.Stages[i].FinishedAt is { } at; i++)
        {
            var calendar = agreement.CalendarOf(state.Stages[i].Owner);
            finishes.Add(state.Stages[i].Key, new StageFinish(calendar.ToLocalDate(at), at));
        }

        if (supposedFinish is { } supposed && supposedIndex >= 0 && !finishes.ContainsKey(state.Stages[supposedIndex].Key))
        {
            finishes.Add(state.Stages[supposedIndex].Key, supposed);
        }

        var earliest = new Dictionary<StageKey, LocalDate>();
        foreach (var entry in state.EarliestStarts)
        {
            earliest[entry.Stage] = entry.Date;
        }

        var extra = new Dictionary<StageKey, int>();
        foreach (var entry in state.Extensions)
        {
            extra[entry.Stage] = entry.BusinessDays;
        }

        return Scheduler.Compute(agreement, state.Plan!.Start, finishes, earliest, extra, state.Plan);
    }
}
