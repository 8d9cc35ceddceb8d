using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The rules of a running engagement: decides what a command means given the state
/// (<see cref="Decide"/>), and how each event changes the state (<see cref="Evolve(EngagementState, EngagementEvent)"/>).
/// </summary>
/// <remarks>
/// <para>A decider in four parts: <see cref="Decide"/>, <see cref="Evolve(EngagementState, EngagementEvent)"/>, the initial state
/// (<see cref="EngagementState.Initial"/>) and <see cref="IsTerminal"/>. The host stores the events
/// <see cref="Decide"/> returns, in order, and rebuilds the state with <see cref="Replay"/>: one
/// engagement is one stream, so it maps one-to-one onto an event-store stream or an actor.</para>
/// <para>Pure and thread-safe: no clock (every command carries its instant), no I/O, no state.
/// Business rules never throw; a refused command comes back as violations that say what state
/// the engagement is in and what would be allowed.</para>
/// </remarks>
public static partial class EngagementDecider
{
    // This file is the dispatch. Each subject keeps its decisions and its evolutions side by side:
    // EngagementDecider.Stages.cs (the work's course: proposal to completion), .Payments.cs, .Consequences.cs,
    // .Interruptions.cs (pause, resume, force majeure, termination), .Scope.cs (change requests and orders)
    // and .Communication.cs (meetings, check-ins, feedback, incidents, messages).

    /// <summary>Decides what a command means for an engagement: the events it causes, or why it is refused.</summary>
    /// <remarks>
    /// A command whose dates would run past the last ones the library can work with (plans end with the year 9999, due
    /// dates with 9998, so the end of their working day is still a date) is refused with
    /// <c>engagement.beyond-supported-dates</c>, never thrown: a schedule started weeks before the end of the year 9999,
    /// or a handoff whose next stage would be due in it, or any command at an instant a party's zone already counts in the
    /// year 10000. Every event an accepted decision returns can be applied by <see cref="Evolve(EngagementState, EngagementEvent)"/>: <c>Decide</c> applies
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
            if (!decision.IsAccepted)
            {
                return state.Agreement is { } agreement ? Named(decision, agreement) : decision;
            }

            // Applying the events here proves Evolve can apply them before the host stores them: near the end of the
            // calendar a resumption or a handoff can re-plan past the last date, and a stored event that cannot be
            // applied would leave a stream that never replays again. The commonest events (effort, submissions) do
            // no date maths, so they skip the proof and keep their cost; so do events the decision applied already.
            // The state the proof arrives at is kept with the decision, for a host that asks for it (Evolve(state, decision)).
            if (!decision.WasApplied && !OnlyDatelessEvents(decision.Events))
            {
                var next = state;
                foreach (var @event in decision.Events)
                {
                    next = Apply(next, @event, null, out _);
                }

                return decision.Proven(state, next);
            }

            return decision;
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            // The command's own values were checked when it was made, so what is out of range here is a date the
            // command leads to: a plan, a due date or the end of a working day past the last date the library knows.
            return Decision.Refuse("engagement.beyond-supported-dates", null, Fact.Of("command", command));
        }
    }

    /// <summary>
    /// A refusal with the names of what its keys refer to, so it can be worded for a person: beside a stage key
    /// (<c>stage</c>) its title (<c>stageName</c>), beside a party its name, beside a payment or a stage's obligation the
    /// stage's title, beside the agreement's id its title; and the provider's zone (<c>readerZone</c>), so an instant
    /// it states reads as the provider's time, with its place, rather than as UTC.
    /// </summary>
    private static Decision Named(Decision refused, Agreement agreement)
    {
        var named = new List<RuleViolation>(refused.Violations.Count);
        foreach (var violation in refused.Violations)
        {
            var names = new List<Fact>();
            foreach (var fact in violation.Facts)
            {
                var name = fact.Value switch
                {
                    StageKey stage => agreement.FindStage(stage)?.Name,
                    ObligationKey { Stage: { } stage } => agreement.FindStage(stage)?.Name,
                    PartyRole party => agreement.PartyOf(party).Name,
                    AgreementId id when id == agreement.Id => agreement.Title,
                    _ => null,
                };
                if (name is not null)
                {
                    names.Add(Fact.Of(fact.Name + "Name", name));
                }
            }

            names.Add(Fact.Of("readerZone", agreement.Provider.Calendar.Zone));

            named.Add(violation.With(names));
        }

        return Decision.Reject(named);
    }

    private static Decision DecideChecked(EngagementState state, EngagementCommand command)
    {
        if (command.ExpectedVersion is { } expected && expected != state.Version)
        {
            return Decision.Refuse("engagement.version-conflict", null, Fact.Of("version", state.Version), Fact.Of("expected", expected));
        }

        if (state.LastEventAt is { } last && command.At < last)
        {
            return Decision.Refuse("engagement.out-of-order", null, Fact.Of("command", command), Fact.Of("last", last));
        }

        if (!Agreed.TryFrom(state, out var engagement))
        {
            return command is Propose propose ? Decision.Accept(new Proposed(propose.Agreement, propose.At)) : NotAllowed(state, command);
        }

        return command switch
        {
            // The work's course (EngagementDecider.Stages.cs).
            Propose => NotAllowed(state, command),
            Sign sign => DecideSign(engagement, sign),
            Schedule schedule => DecideSchedule(engagement, schedule),
            StartStage start => DecideStart(engagement, start),
            SubmitWork submit => DecideSubmit(engagement, submit),
            HandOff handOff => DecideHandOff(engagement, handOff),
            AcceptStage accept => DecideAccept(engagement, accept),
            RecordDeemedAcceptance deemed => DecideDeemedAcceptance(engagement, deemed),
            RequestRevision revision => DecideRevision(engagement, revision),
            LogEffort effort => DecideEffort(engagement, effort),
            Complete complete => DecideComplete(engagement, complete),

            // Payments (EngagementDecider.Payments.cs).
            ReceiveDeposit deposit => DecideDeposit(engagement, deposit),
            ReceivePayment payment => DecidePayment(engagement, payment),
            PayOwed pay => DecidePayOwed(engagement, pay),
            SettleCredit settle => DecideSettleCredit(engagement, settle),

            // Reminders and consequences (EngagementDecider.Consequences.cs).
            RecordReminderSent reminder => DecideConsequence(engagement, reminder.Obligation, reminder.Rule, reminder.At, isReminder: true),
            ApplyConsequence consequence => DecideConsequence(engagement, consequence.Obligation, consequence.Rule, consequence.At, isReminder: false),

            // Interruptions (EngagementDecider.Interruptions.cs).
            PauseWork pause => DecidePause(engagement, pause),
            ResumeWork resume => DecideResume(engagement, resume),
            RecordForceMajeure forceMajeure => DecideForceMajeure(engagement, forceMajeure),
            Terminate terminate => DecideTerminate(engagement, terminate),

            // Scope (EngagementDecider.Scope.cs).
            RequestChange change => DecideChange(engagement, change),
            ProposeChangeOrder propose => DecideProposeChangeOrder(engagement, propose),
            AcceptChangeOrder accept => DecideAmendment(engagement, accept, accept.ChangeOrder, absorbed: false),
            AbsorbChangeOrder absorb => DecideAmendment(engagement, absorb, absorb.ChangeOrder, absorbed: true),
            DeclineChangeOrder decline => DecideDecline(engagement, decline),
            ProceedWhilePriced proceed => DecideProceed(engagement, proceed),

            // Communication (EngagementDecider.Communication.cs).
            BookMeeting book => DecideBookMeeting(engagement, book),
            CancelMeeting cancel => DecideCancelMeeting(engagement, cancel),
            RecordMeetingHeld held => DecideMeetingHeld(engagement, held),
            RecordRecapSent recap => DecideRecap(engagement, recap),
            RecordCheckIn checkIn => DecideCheckIn(engagement, checkIn),
            RequestFeedback request => DecideFeedbackRequest(engagement, request),
            ReceiveFeedback received => DecideFeedbackReceived(engagement, received),
            RecordIncident incident => DecideIncident(engagement, incident),
            RecordFollowThrough followThrough => DecideFollowThrough(engagement, followThrough),
            LinkCreditToIncident link => DecideCreditLink(engagement, link),
            RecordMessage message => DecideMessage(engagement, message),
            RecordReply reply => DecideReply(engagement, reply),
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
    public static EngagementState Evolve(EngagementState state, EngagementEvent @event) => EvolveFitting(state, @event, null, out _);

    /// <summary>
    /// Applies every event of a decision to a state, in order: what evolving it by each of <see cref="Decision.Events"/>
    /// with <see cref="Evolve(EngagementState, EngagementEvent)"/> gives, and <paramref name="state"/> itself when there
    /// are none (a refusal). For the very state the decision was made on (the usual case: decide, append the events, move
    /// on), the state <see cref="Decide"/> already worked out while proving the events apply, at no cost: a handoff is not
    /// re-planned a second time.
    /// </summary>
    /// <param name="state">The state to apply the events to; usually the one the decision was made on.</param>
    /// <param name="decision">What <see cref="Decide"/> made of a command.</param>
    /// <returns>The state after the events.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EngagementState Evolve(EngagementState state, Decision decision)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckNotNull(decision, nameof(decision));
        if (decision.AfterFrom(state) is { } after)
        {
            return after;
        }

        foreach (var @event in decision.Events)
        {
            state = Evolve(state, @event);
        }

        return state;
    }

    /// <summary>
    /// As <see cref="Evolve(EngagementState, EngagementEvent)"/>, and says whether the event fit the state:
    /// false for one <see cref="Decide"/> would not have produced there, which only advanced the version and
    /// the last instant. How a stream read from storage is checked before it is trusted (the JSON package
    /// refuses a stream that does not replay).
    /// </summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <param name="owner">
    /// A fold's owner of what it makes (see <see cref="NodeOwner"/>), when the caller folds a stream and keeps only the
    /// newest state, as <see cref="Replay"/> does: the communication log's structures that earlier events of the same
    /// fold made are then changed in place, and <paramref name="state"/> must not be read again. Null to leave
    /// <paramref name="state"/> as it was.
    /// </param>
    /// <param name="fitted">Whether the event changed more than the version and the last instant.</param>
    /// <returns>The state after it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal static EngagementState EvolveFitting(EngagementState state, EngagementEvent @event, NodeOwner? owner, out bool fitted)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckNotNull(@event, nameof(@event));
        var version = state.Version;
        try
        {
            // What an event changes beyond the version, the stages' counters and the conversation is copied into a new
            // state; in a fold, the fold makes it its own, so that its next event changes it in place again.
            var evolved = Apply(state, @event, owner, out fitted);
            return owner is null ? evolved : evolved.MadeIn(owner);
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            // Only an event Decide did not accept gets here (Decide applies every event it accepts before returning
            // it): one whose dates run past the end of the calendar. Like any event that does not fit, it only moves
            // the version and the last instant on. In a fold the state may have moved on in place already (a milestone
            // moves it on before it works out its dates), and then nothing else about it changed.
            fitted = false;
            return state.Version != version ? state : state.Applied(@event.At, owner);
        }
    }

    /// <summary>The body of <see cref="EvolveFitting"/>; throws when the event's dates run past the end of the calendar.</summary>
    private static EngagementState Apply(EngagementState state, EngagementEvent @event, NodeOwner? owner, out bool fitted)
    {
        // Most events in a long stream touch one stage only: they copy the state once.
        if (EvolveCounters(state, @event, owner) is { } counted)
        {
            fitted = true;
            return counted;
        }

        // A message, a reply, a meeting, a check-in...: the conversation changes, and with it what may fall due next (a
        // reply owed, a recap). One copy of the state, not three; most events of a long engagement are these.
        if (IsCommunication(@event) && Agreed.TryFrom(state, out var talking))
        {
            var log = CommunicationAfter(talking, @event, owner);
            fitted = log is not null;
            return log is null ? state.Applied(@event.At, owner) : state.Communicated(log, @event.At, NextAttentionOrNever, owner);
        }

        // A handoff moves the state on in the one copy it makes, with everything else it changes.
        if (@event is HandedOff handedOff && Agreed.TryFrom(state, out var handing))
        {
            var handedOver = EvolveHandedOff(handing, handedOff);
            fitted = handedOver is not null;
            return handedOver ?? state.Applied(handedOff.At, owner);
        }

        // An event that does not fit comes back as this very instance (in a fold, the state itself, moved on in place):
        // every case that fits makes a new state.
        var next = state.Applied(@event.At, owner);
        EngagementState evolved;
        if (!Agreed.TryFrom(next, out var engagement))
        {
            // Before the proposal only the proposal fits.
            evolved = @event is Proposed proposed ? next.WithAgreement(proposed.Agreement) : next;
        }
        else if (@event is ChangeRequested or ChangeOrderProposed or ChangeOrderProceeding or ChangeOrderDeclined)
        {
            // Scope events move no due date: what falls due next stays as it was.
            var scoped = EvolveScopeLedger(engagement, next, @event);
            fitted = !ReferenceEquals(scoped, next);
            return scoped;
        }
        else
        {
            evolved = @event switch
            {
                // The work's course (EngagementDecider.Stages.cs).
                Signed signed => state.Phase == EngagementPhase.Proposed ? next.SignedOn(signed.At) : next,
                Scheduled scheduled => EvolveScheduled(engagement, scheduled),
                StageStarted started => EvolveStarted(engagement, started),
                StageAccepted accepted => EvolveAccepted(engagement, accepted.Stage, accepted.At),
                StageDeemedAccepted deemed => EvolveAccepted(engagement, deemed.Stage, deemed.At),
                RevisionRequested { Reopened: true } revision => EvolveReopened(engagement, revision),
                Completed completed => EvolveCompleted(engagement, completed),

                // Payments (EngagementDecider.Payments.cs).
                DepositReceived deposit => state.Phase == EngagementPhase.Signed ? next.WithDeposit(deposit.Amount, deposit.At) : next,
                PaymentReceived payment => EvolvePayment(engagement, payment),
                OwedPaid or CreditSettled => EvolveSettlement(engagement, @event),

                // Reminders and consequences (EngagementDecider.Consequences.cs).
                ReminderSent reminder => next.WithReminder(reminder),
                ConsequenceApplied consequence => next.WithConsequence(consequence),

                // Interruptions (EngagementDecider.Interruptions.cs).
                Paused paused => EvolvePaused(engagement, paused),
                Resumed resumed => EvolveResumed(engagement, resumed),
                ForceMajeureRecorded forceMajeure => EvolveForceMajeure(engagement, forceMajeure),
                Terminated terminated => EvolveTerminated(engagement, terminated),

                // Scope (EngagementDecider.Scope.cs).
                ChangeOrderAccepted accepted => EvolveAmended(engagement, accepted),

                // Effort, a submission or a revision of submitted work that did not fit, or a second proposal.
                _ => next,
            };
        }

        fitted = !ReferenceEquals(evolved, next) || DecidedThoughItChangesNothing(state, @event);
        return fitted ? AttentionMoved(evolved) : next;
    }

    /// <summary>A state an event that changed the course left: when something next falls due may have moved, so it is worked out from here when first read.</summary>
    private static EngagementState AttentionMoved(EngagementState evolved) => evolved.LeavingNextAttentionTo(NextAttentionOrNever);

    /// <summary>When something next needs attention; never (<see cref="Instant.MaxValue"/>) when it would be past the last date the library works with.</summary>
    private static Instant NextAttentionOrNever(EngagementState state)
    {
        try
        {
            return FallingDue.NextAttention(state);
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            return Instant.MaxValue;
        }
    }

    /// <summary>Rebuilds an engagement's state from its stream: a fold of <see cref="Evolve(EngagementState, EngagementEvent)"/> from <see cref="EngagementState.Initial"/>.</summary>
    /// <param name="events">The stream, in the order the events were appended.</param>
    /// <returns>The state after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds null.</exception>
    public static EngagementState Replay(IEnumerable<EngagementEvent> events)
    {
        Preconditions.CheckNotNull(events, nameof(events));

        // Nobody sees the states between the first and the last: what the fold makes for one event, the next may change
        // in place (the communication log's lists and maps) instead of copying it again.
        var owner = new NodeOwner();
        var state = EngagementState.Initial;
        foreach (var @event in events)
        {
            state = EvolveFitting(state, @event, owner, out _);
        }

        return state;
    }

    /// <summary>
    /// Whether nothing more can happen to the engagement: it is completed or terminated, no payment is
    /// still owed (a final invoice, or a milestone invoiced before it ended), nothing is outstanding either way in
    /// the <see cref="OwedLedger"/> (a change order, a restart or late fee, a credit or an overpayment not yet paid or
    /// set off), and nothing about how the two sides talk is open (a recap owed, a check-in not recorded, feedback
    /// still to ask for, a follow-through on an incident).
    /// </summary>
    /// <param name="state">The state.</param>
    /// <returns>True for a final state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static bool IsTerminal(EngagementState state)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        return state.Phase.IsFinal && Remaining.IsNothingLeft(state);
    }

    /// <summary>A command the phase does not allow: the refusal names the phase and what is allowed in it.</summary>
    private static Decision NotAllowed(EngagementState state, EngagementCommand command) =>
        Decision.Refuse(
            "engagement.not-allowed-in-phase",
            null,
            Fact.Of("command", command),
            Fact.Of("phase", state.Phase),
            Fact.Of("depositRequired", state.Agreement?.PaymentTerms?.DepositAmount is { IsZero: false }));
}
