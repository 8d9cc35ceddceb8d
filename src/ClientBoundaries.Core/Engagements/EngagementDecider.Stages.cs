using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// The work's course, from the signature to completion: scheduling, starting, submitting, handing off, accepting and
/// revising stages, and logging effort. Decisions first, then how each event changes the state.
/// </content>
public static partial class EngagementDecider
{
    private static Decision DecideSign(Agreed engagement, Sign sign) =>
        engagement.Phase == EngagementPhase.Proposed ? Decision.Accept(new Signed(sign.At)) : NotAllowed(engagement.State, sign);

    private static Decision DecideSchedule(Agreed engagement, Schedule command)
    {
        var phase = engagement.Phase;
        if (phase != EngagementPhase.Signed && phase != EngagementPhase.DepositReceived)
        {
            return NotAllowed(engagement.State, command);
        }

        // Dates are promised from now on: a plan that starts in the past is overdue the moment it is made.
        var today = engagement.CalendarOf(engagement.ForDates.Stages[0].Owner).ToLocalDate(command.At);
        if (command.Start < today)
        {
            return Decision.Refuse("plan.start-in-the-past", null, Fact.Of("start", command.Start), Fact.Of("today", today));
        }

        var status = phase == EngagementPhase.DepositReceived ? AgreementStatus.DepositReceived : AgreementStatus.Signed;
        var outcome = Scheduler.Plan(engagement.ForDates, status, command.Start);
        return outcome.TryGetValue(out var plan)
            ? Decision.Accept(new Scheduled(plan, command.At))
            : Decision.Reject(new[] { outcome.Violations[0] });
    }

    private static Decision DecideStart(Agreed engagement, StartStage command)
    {
        var phase = engagement.Phase;
        if ((phase != EngagementPhase.Scheduled && phase != EngagementPhase.Active) || !Running.TryFrom(engagement, out var running))
        {
            return NotAllowed(engagement.State, command);
        }

        if (CheckCurrent(running, command.Stage, command, out var current) is { } refusal)
        {
            return refusal;
        }

        if (current.Progress.Status != StageStatus.Pending)
        {
            return Decision.Refuse("engagement.stage.already-started", command.Stage.Value, Fact.Of("stage", command.Stage));
        }

        var started = new StageStarted(command.Stage, command.At);
        return MovingOn(engagement, current.Stage, command, out var accepted) ?? Decision.Accept(Then(accepted, started));
    }

    private static Decision DecideSubmit(Agreed engagement, SubmitWork command)
    {
        if (engagement.Phase != EngagementPhase.Active || !Running.TryFrom(engagement, out var running))
        {
            return NotAllowed(engagement.State, command);
        }

        return CheckCurrentInProgress(running, command.Stage, command, out _)
            ?? Decision.Accept(new WorkSubmitted(command.Stage, command.Summary, command.At));
    }

    private static Decision DecideHandOff(Agreed engagement, HandOff command)
    {
        if (engagement.Phase != EngagementPhase.Active || !Running.TryFrom(engagement, out var running))
        {
            return NotAllowed(engagement.State, command);
        }

        if (CheckCurrentInProgress(running, command.Stage, command, out var current) is { } refusal)
        {
            return refusal;
        }

        if (MovingOn(engagement, current.Stage, command, out var accepted) is { } mustAccept)
        {
            return mustAccept;
        }

        var stages = running.ForDates.Stages;
        var next = current.Index + 1 < stages.Count ? stages[current.Index + 1] : null;
        var receiver = next?.Owner ?? current.Stage.Owner.Counterpart;
        var today = running.CalendarOf(receiver).ToLocalDate(command.At);
        if (command.DueBy is { } due && due < today)
        {
            return Decision.Refuse("engagement.handoff.due-in-the-past", command.Stage.Value, Fact.Of("due", due), Fact.Of("today", today), Fact.Of("receiver", receiver));
        }

        var expectation = command.Expectation ?? DefaultExpectation(engagement.Agreement, current.Stage, next);
        if (command.DueBy is not null || next is null)
        {
            return Decision.Accept(Then(accepted, new HandedOff(command.Stage, current.Stage.Owner, receiver, expectation, command.DueBy, command.At)));
        }

        // The default due date is the next stage's due date once the plan is re-planned from this handoff, as Evolve
        // re-plans it (past the end of the calendar it throws, and Decide refuses the handoff). That re-plan is also
        // Decide's proof that the event applies: it is all of a handoff's date maths that can fail, and the event differs
        // only in carrying the date found, whose end of working day the re-plan worked out for that very stage in the
        // receiver's calendar. Acceptances implied by moving on come first, so with those the whole decision is proven again.
        var handedOffStages = HandedOffStages(running, current, command.At);
        var handedOff = new HandedOff(command.Stage, current.Stage.Owner, receiver, expectation, handedOffStages.Plan.Stages[current.Index + 1].Due, command.At);
        if (accepted.Length > 0)
        {
            return Decision.Accept(Then(accepted, handedOff));
        }

        // The state the event leads to is finished from the stages and the plan just worked out, when a host asks the
        // decision for it (Evolve(state, decision)), so that it does not re-plan again; a host that applies the event
        // itself pays nothing for it.
        return Decision.AcceptApplied(running.State, new HandoverToFinish(running.State, handedOff, handedOffStages), handedOff);
    }

    /// <summary>
    /// What applying a handoff to the state it was decided on gives, from the stages and the plan
    /// <see cref="HandedOffStages"/> gave for it there: <see cref="HandedOver"/> moves the version on itself, which
    /// changes nothing a handoff reads (were the stage at hand ever not the same, the event is applied in full).
    /// </summary>
    private sealed class HandoverToFinish : Decision.StateToFinish
    {
        private readonly EngagementState _state;
        private readonly HandedOff _handedOff;
        private readonly (StageProgress[] Stages, Plan Plan, int HeldBusinessDays) _handedOffStages;

        public HandoverToFinish(EngagementState state, HandedOff handedOff, (StageProgress[] Stages, Plan Plan, int HeldBusinessDays) handedOffStages)
        {
            _state = state;
            _handedOff = handedOff;
            _handedOffStages = handedOffStages;
        }

        /// <remarks>The decision calls it once: the stages it hands over become the new state's.</remarks>
        public override EngagementState Finish() =>
            Agreed.TryFrom(_state, out var engagement) && Running.TryFrom(engagement, out var running) && running.TryCurrent(out var current)
                ? HandedOver(running, current, _handedOff, _handedOffStages)
                : Evolve(_state, _handedOff);
    }

    /// <summary>
    /// Null when the owner of <paramref name="next"/> may start or hand it off, with the acceptances that moving on implies
    /// (in <paramref name="accepted"/>, empty when there are none); otherwise why it must accept first.
    /// </summary>
    /// <remarks>
    /// Moving on implies accepting the stages still pending (<see cref="OpenAcceptance.Pending"/>) when they were handed
    /// to the owner of <paramref name="next"/> (the counterpart of their owner): left so, their acceptance could never be
    /// recorded once the next stage is handed off, and the milestones they trigger would never be invoiced. The agreement
    /// says whether moving on accepts them (<see cref="MovingOnPolicy.DeemsAccepted"/>) or waits for the acceptance
    /// (<see cref="MovingOnPolicy.RequiresAcceptance"/>). Decided only here, never in Evolve: a stream written before
    /// the deemed acceptance existed replays as it always did.
    /// </remarks>
    private static Decision? MovingOn(Agreed engagement, Stage next, EngagementCommand command, out EngagementEvent[] accepted)
    {
        accepted = Array.Empty<EngagementEvent>();
        var mover = next.Owner;
        var state = engagement.State;
        var firstPending = OpenAcceptance.FirstPending(state);
        if (firstPending < 0 || state.Stages[firstPending].Owner.Counterpart != mover)
        {
            return null;
        }

        if (engagement.Agreement.MovingOn == MovingOnPolicy.RequiresAcceptance)
        {
            var earlier = state.Stages[firstPending];
            return Decision.Refuse("engagement.stage.not-accepted", earlier.Key.Value, Fact.Of("command", command), Fact.Of("stage", earlier.Key), Fact.Of("party", mover), Fact.Of("next", next.Key));
        }

        accepted = OpenAcceptance.Pending(state).Select(i => (EngagementEvent)new StageDeemedAccepted(state.Stages[i].Key, mover, DeemedAcceptanceReason.MovedOn, command.At)).ToArray();
        return null;
    }

    private static EngagementEvent[] Then(EngagementEvent[] first, params EngagementEvent[] rest) =>
        first.Length == 0 ? rest : first.Concat(rest).ToArray();

    private static Decision DecideAccept(Agreed engagement, AcceptStage command)
    {
        if (engagement.Phase != EngagementPhase.Active)
        {
            return NotAllowed(engagement.State, command);
        }

        if (CheckAcceptable(engagement, command.Stage, out var index) is { } refusal)
        {
            return refusal;
        }

        var progress = engagement.State.Stages[index];
        return progress.IsAccepted
            ? Decision.Accept()
            : Accepting(engagement, index, new StageAccepted(command.Stage, progress.Owner.Counterpart, command.At));
    }

    /// <summary>
    /// Accepts the stage at <paramref name="index"/>, and with it the earlier stages of its run still pending (a design the
    /// build accepted was built on): each at its own window's close when that came first and the agreement deems it
    /// accepted then, else as of this acceptance (<see cref="DeemedAcceptanceReason.LaterStageAccepted"/>). The final
    /// delivery's acceptance also completes the engagement (<see cref="Completed"/>, at the same instant), which invoices
    /// the final payment: no host has to remember a separate command for the money to fall due. The engagement ends once
    /// everything owed is settled and nothing is open (<see cref="IsTerminal"/>).
    /// </summary>
    private static Decision Accepting(Agreed engagement, int index, EngagementEvent acceptance)
    {
        var state = engagement.State;
        var events = new List<EngagementEvent>();
        var windows = OpenAcceptance.All(state);
        foreach (var earlier in OpenAcceptance.Pending(state))
        {
            if (earlier >= index)
            {
                break;
            }

            var key = state.Stages[earlier].Key;
            var by = state.Stages[earlier].Owner.Counterpart;
            events.Add(OpenAcceptance.For(windows, earlier) is { } window && window.WhenClosed == WindowClosingPolicy.DeemsAccepted && window.ClosesAt <= acceptance.At
                ? new StageDeemedAccepted(key, by, DeemedAcceptanceReason.WindowClosed, window.ClosesAt)
                : new StageDeemedAccepted(key, by, DeemedAcceptanceReason.LaterStageAccepted, acceptance.At));
        }

        events.Add(acceptance);
        if (state.CurrentStage is null && index == state.Stages.Count - 1)
        {
            events.Add(new Completed(acceptance.At));
        }

        return Decision.Accept(events.ToArray());
    }

    /// <summary>
    /// The client's acceptance window closed without an answer and the agreement deems the stage accepted: the acceptance
    /// dates from the window's close, so it invoices what an explicit acceptance would have then.
    /// </summary>
    private static Decision DecideDeemedAcceptance(Agreed engagement, RecordDeemedAcceptance command)
    {
        if (engagement.Phase != EngagementPhase.Active)
        {
            return NotAllowed(engagement.State, command);
        }

        if (CheckAcceptable(engagement, command.Stage, out var index) is { } refusal)
        {
            return refusal;
        }

        if (engagement.State.Stages[index].IsAccepted)
        {
            return Decision.Accept();
        }

        if (OpenAcceptance.For(OpenAcceptance.All(engagement.State), index) is not { } open || open.WhenClosed != WindowClosingPolicy.DeemsAccepted)
        {
            return Decision.Refuse("engagement.acceptance.no-window", command.Stage.Value, Fact.Of("stage", command.Stage), Fact.Of("party", PartyRole.Client));
        }

        return open.ClosesAt > command.At
            ? Decision.Refuse("engagement.acceptance.window-open", command.Stage.Value, Fact.Of("stage", command.Stage), Fact.Of("party", PartyRole.Client), Fact.Of("closes", open.ClosesOn))
            : Accepting(engagement, index, new StageDeemedAccepted(command.Stage, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, open.ClosesAt));
    }

    private static Decision DecideRevision(Agreed engagement, RequestRevision command)
    {
        if (engagement.Phase != EngagementPhase.Active)
        {
            return NotAllowed(engagement.State, command);
        }

        var state = engagement.State;
        var index = state.IndexOf(command.Stage);
        if (index < 0)
        {
            return UnknownStage(engagement, command.Stage);
        }

        var progress = state.Stages[index];
        if (index == state.CurrentStageIndex && progress.Status == StageStatus.InProgress)
        {
            return progress.Submissions > 0
                ? WithinRounds(engagement, command, progress) ?? Decision.Accept(new RevisionRequested(command.Stage, progress.Owner.Counterpart, command.Reason, reopened: false, command.At))
                : Decision.Refuse("engagement.revision.nothing-submitted", command.Stage.Value, Fact.Of("stage", command.Stage));
        }

        if (CheckLastHandedOff(engagement, command.Stage, out _) is { } refusal)
        {
            return refusal;
        }

        return progress.IsAccepted
            ? Decision.Refuse("engagement.revision.already-accepted", command.Stage.Value, Fact.Of("stage", command.Stage))
            : WithinRounds(engagement, command, progress) ?? Decision.Accept(new RevisionRequested(command.Stage, progress.Owner.Counterpart, command.Reason, reopened: true, command.At));
    }

    /// <summary>
    /// Null while the stage's deliverable has a revision round left (or does not count rounds);
    /// otherwise what the agreement says to do with one more: refuse it, pointing to a change
    /// request, or record it as a change request for an extra round.
    /// </summary>
    private static Decision? WithinRounds(Agreed engagement, RequestRevision command, StageProgress progress)
    {
        var scope = engagement.Agreement.Scope;
        if (scope.WithRoundsOn(command.Stage) is not { } deliverable || progress.Revisions < deliverable.Allowance.RevisionRounds)
        {
            return null;
        }

        var rounds = deliverable.Allowance.RevisionRounds!.Value;
        if (scope.ChangeOrderTerms.RevisionOverflow == RevisionOverflow.Refuse)
        {
            return Decision.Refuse("scope.revision-rounds-used", command.Stage.Value, Fact.Of("rounds", rounds), Fact.Of("deliverable", deliverable.Name));
        }

        var ledger = engagement.State.Scope;
        foreach (var order in ledger.ChangeOrders)
        {
            if (order.Deliverable == deliverable.Key && order.AddedRevisionRounds > 0 && !order.Status.IsClosed)
            {
                return Decision.Refuse(
                    "scope.extra-round-pending",
                    command.Stage.Value,
                    Fact.Of("rounds", rounds),
                    Fact.Of("deliverable", deliverable.Name),
                    Fact.Of("changeOrder", order.Id),
                    Fact.Of("status", order.StatusAt(command.At)));
            }
        }

        var stageName = engagement.Agreement.FindStage(command.Stage)!.Name;
        var clientLanguage = engagement.Agreement.PreferencesOf(PartyRole.Client).Language;
        var request = new ChangeRequest(
            ExtraRoundId(ledger, command.Stage, rounds + 1),
            Sentences.Say(clientLanguage, "change-request.extra-round", new[] { Fact.Of("stage", stageName), Fact.Of("reason", command.Reason) }),
            progress.Owner.Counterpart,
            scope.ChangeOrderTerms.HoursPerExtraRevisionRound!.Value,
            command.At,
            deliverable.Key);
        var outcome = ledger.ExtraRevisionRound(request, deliverable, stageUnderWay: progress.Status == StageStatus.InProgress, clientLanguage);
        return outcome.TryGetValue(out var decision)
            ? Decision.Accept(new ChangeRequested(decision, command.At))
            : Decision.Reject(new[] { outcome.Violations[0] });
    }

    /// <summary>"design-round-3", or "design-round-3.2" when a declined quote for that round already took the id.</summary>
    private static ChangeRequestId ExtraRoundId(ScopeLedger ledger, StageKey stage, int round)
    {
        var stem = stage.Value.Length > 80 ? stage.Value.Substring(0, 80) : stage.Value;
        var id = new ChangeRequestId($"{stem}-round-{round}");
        for (var attempt = 2; ledger.FindDecision(id) is not null; attempt++)
        {
            id = new ChangeRequestId($"{stem}-round-{round}.{attempt}");
        }

        return id;
    }

    private static Decision DecideEffort(Agreed engagement, LogEffort command)
    {
        if (!engagement.Phase.IsUnderWay)
        {
            return NotAllowed(engagement.State, command);
        }

        return engagement.State.IndexOf(command.Entry.Stage) < 0
            ? UnknownStage(engagement, command.Entry.Stage)
            : Decision.Accept(new EffortLogged(command.Entry, command.At));
    }

    private static Decision DecideComplete(Agreed engagement, Complete command)
    {
        var state = engagement.State;
        if (engagement.Phase == EngagementPhase.Completed)
        {
            // The final acceptance completed it (or an earlier Complete did): nothing changes, as accepting an accepted stage.
            return Decision.Accept();
        }

        if (engagement.Phase != EngagementPhase.Active)
        {
            return NotAllowed(state, command);
        }

        if (state.CurrentStage is { } current)
        {
            return Decision.Refuse("engagement.complete.stages-remaining", current.Key.Value, Fact.Of("stage", current.Key));
        }

        var last = state.Stages[state.Stages.Count - 1];
        return last.IsAccepted
            ? Decision.Accept(new Completed(command.At))
            : Decision.Refuse("engagement.complete.final-not-accepted", last.Key.Value, Fact.Of("party", last.Owner.Counterpart), Fact.Of("stage", last.Key));
    }

    /// <summary>Null when <paramref name="stage"/> is the current stage (given in <paramref name="current"/>); otherwise why the command is refused.</summary>
    private static Decision? CheckCurrent(Running running, StageKey stage, EngagementCommand command, out StageAtHand current)
    {
        var index = running.State.IndexOf(stage);
        if (index < 0)
        {
            current = default;
            return UnknownStage(running.Engagement, stage);
        }

        if (running.TryCurrent(out current) && index == current.Index)
        {
            return null;
        }

        return running.TryCurrent(out var actual)
            ? Decision.Refuse("engagement.stage.not-current", stage.Value, Fact.Of("command", command), Fact.Of("stage", stage), Fact.Of("current", actual.Stage.Key), Fact.Of("holder", actual.Stage.Owner))
            : Decision.Refuse("engagement.stage.not-current", stage.Value, Fact.Of("command", command), Fact.Of("stage", stage));
    }

    /// <summary>Null when <paramref name="stage"/> is the current stage and it has started; otherwise why the command is refused.</summary>
    private static Decision? CheckCurrentInProgress(Running running, StageKey stage, EngagementCommand command, out StageAtHand current)
    {
        if (CheckCurrent(running, stage, command, out current) is { } refusal)
        {
            return refusal;
        }

        return current.Progress.Status == StageStatus.InProgress
            ? null
            : Decision.Refuse("engagement.stage.not-started", stage.Value, Fact.Of("command", command), Fact.Of("stage", stage));
    }

    /// <summary>
    /// Acceptance applies to the stages of <see cref="OpenAcceptance.FirstAcceptable"/>'s run: the stage handed off last,
    /// and the earlier ones of the same owner it handed over while going on with its own next stage.
    /// </summary>
    private static Decision? CheckAcceptable(Agreed engagement, StageKey stage, out int index)
    {
        var state = engagement.State;
        index = state.IndexOf(stage);
        if (index < 0)
        {
            return UnknownStage(engagement, stage);
        }

        var first = OpenAcceptance.FirstAcceptable(state);
        var last = LastHandedOff(state);
        if (first >= 0 && index >= first && index <= last)
        {
            return null;
        }

        return index > last
            ? Decision.Refuse("engagement.stage.not-handed-off", stage.Value, Fact.Of("stage", stage))
            : Decision.Refuse("engagement.stage.not-last-handed-off", stage.Value, Fact.Of("stage", stage), Fact.Of("lastHandedOff", state.Stages[last].Key));
    }

    /// <summary>A revision applies to the stage handed off last, while the next one is not yet handed off.</summary>
    private static Decision? CheckLastHandedOff(Agreed engagement, StageKey stage, out StageProgress progress)
    {
        var state = engagement.State;
        var index = state.IndexOf(stage);
        if (index < 0)
        {
            progress = null!;
            return UnknownStage(engagement, stage);
        }

        progress = state.Stages[index];
        var lastHandedOff = LastHandedOff(state);
        if (index == lastHandedOff)
        {
            return null;
        }

        return index > lastHandedOff
            ? Decision.Refuse("engagement.stage.not-handed-off", stage.Value, Fact.Of("stage", stage))
            : Decision.Refuse("engagement.stage.not-last-handed-off", stage.Value, Fact.Of("stage", stage), Fact.Of("lastHandedOff", state.Stages[lastHandedOff].Key));
    }

    private static Decision UnknownStage(Agreed engagement, StageKey stage) =>
        Decision.Refuse("engagement.stage.unknown", stage.Value, Fact.Of("agreement", engagement.Agreement.Id), Fact.Of("stage", stage));

    /// <summary>
    /// What the holder of a stage is expected to do, in the holder's language: the stage's name and, when the agreement
    /// says, what it hands over.
    /// </summary>
    private static string ExpectationOf(Agreement agreement, Stage stage) => Expected(agreement, stage.Owner, "expectation.stage", stage);

    /// <summary>What the party the ball passes to is expected to do: the next stage, or accepting the final delivery.</summary>
    private static string DefaultExpectation(Agreement agreement, Stage stage, Stage? next) =>
        next is null ? Expected(agreement, stage.Owner.Counterpart, "expectation.final-delivery", stage) : ExpectationOf(agreement, next);

    private static string Expected(Agreement agreement, PartyRole holder, string key, Stage stage) =>
        Sentences.Say(
            agreement.PreferencesOf(holder).Language,
            key,
            stage.Handover is { } handover ? new[] { Fact.Of("stage", stage.Name), Fact.Of("handover", handover) } : new[] { Fact.Of("stage", stage.Name) });

    /// <summary>The index of the stage handed off last while the one after it is not, or -1.</summary>
    private static int LastHandedOff(EngagementState state) => OpenAcceptance.LastHandedOff(state);

    /// <summary>
    /// The ball for a stage's owner: held from the first working moment of the stage as planned (not
    /// while waiting for a start date or a restart lead time), due when the plan says.
    /// </summary>
    private static BallHolder HolderFor(Running running, int index, Instant at, string expectation) =>
        HolderFor(running.ForDates, running.Plan, running.State.Stages[index], index, at, expectation);

    /// <summary>
    /// <see cref="HolderFor(Running, int, Instant, string)"/> from the agreement for dates, a plan and the stage's progress;
    /// held to <paramref name="heldTo"/> (a due date and the instant it ends) when given, else to the stage's own.
    /// </summary>
    private static BallHolder HolderFor(
        Agreement forDates, Plan plan, StageProgress progress, int index, Instant at, string expectation, (LocalDate Due, Instant? DueAt)? heldTo = null)
    {
        var stage = forDates.Stages[index];
        var dates = plan.Stages[index];
        var firstMoment = forDates.CalendarOf(stage.Owner).StartOfWorkingDay(dates.Start);
        var (due, dueAt) = heldTo ?? (progress.DueBy ?? dates.Due, progress.DueAt ?? dates.DueAt);
        return new BallHolder(stage.Owner, firstMoment > at ? firstMoment : at, stage.Key, expectation, due, dueAt);
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

    /// <summary>
    /// The events that change one stage's counters only (effort, a submission, a revision of submitted work), when
    /// they fit: one small copy of the state, the hot path of a replay. Null for every other event.
    /// </summary>
    private static EngagementState? EvolveCounters(EngagementState state, EngagementEvent @event, NodeOwner? owner)
    {
        var phase = state.Phase;
        switch (@event)
        {
            case EffortLogged effort when phase.IsUnderWay && state.IndexOf(effort.Entry.Stage) is var i and >= 0:
                return state.AppliedToStage(i, state.Stages[i].WithHours(effort.Entry.Party, effort.Entry.Hours), effort.At, owner);
            case WorkSubmitted submitted when phase == EngagementPhase.Active && IsCurrentInProgress(state, submitted.Stage):
                return state.AppliedToStage(state.CurrentStageIndex, state.CurrentStage!.Submitted(), submitted.At, owner);
            case RevisionRequested { Reopened: false } revision
                when phase == EngagementPhase.Active && IsCurrentInProgress(state, revision.Stage) && state.CurrentStage!.Submissions > 0:
                return state.AppliedToStage(state.CurrentStageIndex, state.CurrentStage!.RevisionAsked(), revision.At, owner);
            default:
                return null;
        }
    }

    private static bool IsCurrentInProgress(EngagementState state, StageKey stage) =>
        state.CurrentStage is { } current && current.Key == stage && current.Status == StageStatus.InProgress;

    private static EngagementState EvolveScheduled(Agreed engagement, Scheduled scheduled)
    {
        var state = engagement.State;
        var plan = scheduled.Plan;
        var fits = plan.AgreementId == engagement.Agreement.Id && plan.AgreementVersion == engagement.Agreement.Version
            && plan.Stages.Count == engagement.Agreement.Stages.Count && plan.Stages.Count > 0;
        if ((engagement.Phase != EngagementPhase.Signed && engagement.Phase != EngagementPhase.DepositReceived) || !fits)
        {
            return state;
        }

        var holder = HolderFor(engagement.ForDates, plan, state.Stages[0], 0, scheduled.At, ExpectationOf(engagement.Agreement, engagement.Agreement.Stages[0]));
        return state.ScheduledBy(plan, state.Stages[0].BallArrived(holder.Since), holder);
    }

    private static EngagementState EvolveStarted(Agreed engagement, StageStarted started)
    {
        var state = engagement.State;
        if ((engagement.Phase != EngagementPhase.Scheduled && engagement.Phase != EngagementPhase.Active)
            || state.CurrentStage is not { } current || current.Key != started.Stage || current.Status != StageStatus.Pending)
        {
            return state;
        }

        var next = state.WithStage(state.CurrentStageIndex, current.Started(started.At));
        return next.Phase == EngagementPhase.Scheduled ? next.InPhase(EngagementPhase.Active) : next;
    }

    /// <summary>
    /// The stages as a handoff of the current stage at <paramref name="at"/> leaves them (the ball released, the stage
    /// finished; the next one is given the ball by <see cref="HandedOver"/>) and the plan re-planned from them: all the
    /// date maths of a handoff that can run past the last supported date, so <c>Decide</c> proves a handoff with a default
    /// due date applies by this alone.
    /// </summary>
    private static (StageProgress[] Stages, Plan Plan, int HeldBusinessDays) HandedOffStages(Running running, StageAtHand current, Instant at)
    {
        var index = current.Index;
        var stages = running.State.StagesToChange(at, index, current.Due, current.DueAt, out var heldBusinessDays);

        // The re-plan reads the stages' finishes, never which stage is current or holds the ball; the stages before this
        // one keep their dates.
        return (stages, Replanning.Replanned(running.State, stages, unchangedBefore: index), heldBusinessDays);
    }

    /// <summary>A handoff applied to the state it finds (not yet moved on by it), or null when it does not fit there.</summary>
    private static EngagementState? EvolveHandedOff(Agreed engagement, HandedOff handedOff)
    {
        if (engagement.Phase != EngagementPhase.Active || !IsCurrentInProgress(engagement.State, handedOff.Stage)
            || !Running.TryFrom(engagement, out var running) || !running.TryCurrent(out var current))
        {
            return null;
        }

        return HandedOver(running, current, handedOff, HandedOffStages(running, current, handedOff.At));
    }

    /// <summary>
    /// The state after <paramref name="handedOff"/>, from the state it was applied to (not yet moved on by it) and the
    /// stages and the plan <see cref="HandedOffStages"/> gave for it, which it changes and hands to the new state.
    /// </summary>
    private static EngagementState HandedOver(Running running, StageAtHand current, HandedOff handedOff, (StageProgress[] Stages, Plan Plan, int HeldBusinessDays) handedOffStages)
    {
        // The ball is released, the stages change and the state moves on in one copy each: a handoff is a common event.
        // After the re-plan nothing here does date maths that can fail: the end of the working day of a due date the
        // command names (Decide applies such a handoff in full to prove it), and the start of a day the plan holds.
        var index = current.Index;
        var (stages, plan, heldBusinessDays) = handedOffStages;
        if (index + 1 >= stages.Length)
        {
            var dueAt = DueAt(running, handedOff.To, handedOff.DueBy);
            return running.State.HandedOver(
                handedOff.At,
                heldBusinessDays,
                stages,
                plan,
                index + 1,
                new BallHolder(handedOff.To, handedOff.At, handedOff.Stage, handedOff.Expectation, handedOff.DueBy, dueAt),
                LedgerEntryOf(handedOff, dueAt),
                NextAttentionOrNever);
        }

        // The receiver of the next stage is held to the due date the event names, whose end of working day the re-plan has
        // already worked out when it is that stage's planned due date (a handoff Decide dated).
        var next = stages[index + 1];
        var planned = plan.Stages[index + 1];
        var toNextOwner = handedOff.To == next.Owner;
        var nextDueAt = handedOff.DueBy is not { } due ? null
            : toNextOwner && due == planned.Due ? planned.DueAt
            : DueAt(running, handedOff.To, due);
        (LocalDate, Instant?)? heldTo = toNextOwner && handedOff.DueBy is { } heldToDue ? (heldToDue, nextDueAt) : null;
        var holder = HolderFor(running.ForDates, plan, next, index + 1, handedOff.At, handedOff.Expectation, heldTo);
        stages[index + 1] = heldTo is null ? next.BallArrived(handedOff.At) : next.BallArrived(handedOff.At, holder.DueBy, holder.DueAt);
        return running.State.HandedOver(handedOff.At, heldBusinessDays, stages, plan, index + 1, holder, LedgerEntryOf(handedOff, nextDueAt), NextAttentionOrNever);
    }

    /// <summary>The handoff as the ledger records it; null when the ball stays with the same side.</summary>
    private static Handoff? LedgerEntryOf(HandedOff handedOff, Instant? dueAt) =>
        handedOff.To == handedOff.From
            ? null
            : new Handoff(handedOff.Stage, handedOff.From, handedOff.To, handedOff.At, handedOff.Expectation, handedOff.DueBy, dueAt, isRevision: false);

    /// <summary>An acceptance, explicit or deemed: a stage still pending (<see cref="OpenAcceptance.Pending"/>) is accepted at <paramref name="at"/>.</summary>
    private static EngagementState EvolveAccepted(Agreed engagement, StageKey stage, Instant at)
    {
        var state = engagement.State;
        var index = state.IndexOf(stage);
        if (engagement.Phase != EngagementPhase.Active || index < 0 || !OpenAcceptance.Pending(state).Contains(index))
        {
            return state;
        }

        var next = state.WithStage(index, state.Stages[index].Accepted(at));

        // Accepting the final delivery ends the last stretch: nobody's move until completion.
        return index == next.Stages.Count - 1 && next.CurrentStage is null ? next.BallReleased(at) : next;
    }

    private static EngagementState EvolveReopened(Agreed engagement, RevisionRequested revision)
    {
        var state = engagement.State;
        var index = LastHandedOff(state);
        if (engagement.Phase != EngagementPhase.Active || index < 0 || state.Stages[index].Key != revision.Stage || state.Stages[index].IsAccepted
            || !Running.TryFrom(engagement, out var running))
        {
            return state;
        }

        var stage = running.ForDates.Stages[index];
        var reopened = ClosingRounds(running, index, revision.At).BallReleased(revision.At);
        if (state.Stages[index].FinishedAt is { } handedOffAt && Obligation.ChasesAcceptanceOf(running.ForDates, stage))
        {
            reopened = reopened.WithAnsweredAcceptance(new EngagementState.AnsweredAcceptance(index, state.Stages[index].Round, handedOffAt, revision.At));
        }

        reopened = reopened.WithStage(index, reopened.Stages[index].Reopened(revision.At));
        if (index + 1 < reopened.Stages.Count)
        {
            reopened = reopened.WithStage(index + 1, reopened.Stages[index + 1].BackToPending());
        }

        // The revision round is dated from the request: the stage's full length from the owner's next working day.
        reopened = reopened
            .WithCurrentStage(index)
            .WithEarliestStart(revision.Stage, Scheduler.FirstBusinessDayStartingAtOrAfter(running.CalendarOf(stage.Owner), revision.At));
        reopened = reopened.WithPlan(Replanning.Replanned(reopened));
        var expectation = Sentences.Say(running.Agreement.PreferencesOf(stage.Owner).Language, "expectation.revise", new[] { Fact.Of("stage", stage.Name), Fact.Of("reason", revision.Reason) });
        var holder = HolderFor(Running.Of(reopened), index, revision.At, expectation);
        return reopened.BallGiven(
            holder,
            stage.Owner == revision.By ? null : new Handoff(revision.Stage, revision.By, stage.Owner, revision.At, expectation, holder.DueBy, holder.DueAt, isRevision: true));
    }

    /// <summary>
    /// Keeps the stretches a revision ends: the reopened stage's (delivered) and, when it had the
    /// ball, the next stage's (cut short). Fees and credits that fell due in them stay owed.
    /// </summary>
    private static EngagementState ClosingRounds(Running running, int index, Instant at)
    {
        var state = running.State;
        var done = state.Stages[index];
        var next = state;
        if (done.FinishedAt is { } finished && done.DueBy is { } heldTo)
        {
            next = next.WithClosedRound(new EngagementState.ClosedRound(index, done.Round, heldTo, done.BallArrivedAt ?? finished, finished, Delivered: true));
        }

        if (index + 1 < state.Stages.Count && state.Stages[index + 1] is { BallArrivedAt: { } arrived } waiting)
        {
            var due = waiting.DueBy ?? running.Plan.Stages[index + 1].Due;
            next = next.WithClosedRound(new EngagementState.ClosedRound(index + 1, waiting.Round, due, arrived, at, Delivered: false));
        }

        return next;
    }

    private static EngagementState EvolveCompleted(Agreed engagement, Completed completed)
    {
        var state = engagement.State;
        return engagement.Phase == EngagementPhase.Active && state.CurrentStage is null && state.Stages.Count > 0 && state.Stages[state.Stages.Count - 1].IsAccepted
            ? state.BallReleased(completed.At).CompletedOn(completed.At)
            : state;
    }

    private static Instant? DueAt(Running running, PartyRole party, LocalDate? dueBy) =>
        dueBy is { } due ? running.CalendarOf(party).EndOfWorkingDay(due) : null;
}
