using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Documents.Words;

/// <content>Why the decider refused a command, by the refusal's code.</content>
internal static partial class EngineEnglish
{
    /// <summary>The refusals of the work's course: the engagement's phase, stages and handoffs.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Course()
    {
        yield return ("engagement.beyond-supported-dates", f =>
            $"Cannot {Action(f)} at {f.Words.ReadersTime(Command(f).At)}: the dates it leads to run past the last ones the library can work with (plans end with the year 9999, due dates with 9998).");
        yield return ("engagement.version-conflict", f =>
            $"The engagement changed since this was decided: it is at version {Number(f.Get<int>("version"))}, not {Number(f.Get<int>("expected"))}. Reload it and try again.");
        yield return ("engagement.out-of-order", f =>
            $"Cannot {Action(f)} at {f.Words.ReadersTime(Command(f).At)}: the engagement's last event happened later, at {f.Words.ReadersTime(f.Get<Instant>("last"))}.");
        yield return ("engagement.not-allowed-in-phase", f =>
            $"Cannot {Action(f)}: the engagement is {PhaseName(f.Get<EngagementPhase>("phase"))}. {AllowedIn(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}");
        yield return ("plan.start-in-the-past", f =>
            $"The work cannot be planned to start on {Day(f.Get<LocalDate>("start"))}, before the day it is scheduled ({Day(f.Get<LocalDate>("today"))}).");
        yield return ("engagement.stage.unknown", f => $"The agreement \"{f.Name("agreement")}\" has no stage '{f.Text("stage")}'.");
        yield return ("engagement.stage.already-started", f => $"Stage \"{f.Name("stage")}\" has already started.");
        yield return ("engagement.stage.not-current", f => f.Has("current")
            ? $"Cannot {Action(f)} for \"{f.Name("stage")}\": the current stage is \"{f.Name("current")}\", which {f.Name("holder")} holds."
            : $"Cannot {Action(f)} for \"{f.Name("stage")}\": every stage has been handed off.");
        yield return ("engagement.stage.not-started", f => $"Stage \"{f.Name("stage")}\" has not been started yet: start it first, then {Action(f)}.");
        yield return ("engagement.stage.not-handed-off", f => $"Stage \"{f.Name("stage")}\" has not been handed off yet, so it cannot be accepted or sent back.");
        yield return ("engagement.stage.not-last-handed-off", f =>
            $"Only the stage handed off last, \"{f.Name("lastHandedOff")}\", can be accepted or sent back, not \"{f.Name("stage")}\".");
        yield return ("engagement.acceptance.no-window", f =>
            $"The agreement does not deem \"{f.Name("stage")}\" accepted when time runs out: {f.Name("party")} accepts it or asks for a revision.");
        yield return ("engagement.acceptance.window-open", f =>
            $"{f.Name("party")} has until the end of {Day(f.Get<LocalDate>("closes"))} to accept \"{f.Name("stage")}\" or ask for a revision; it counts as accepted only after that.");
        yield return ("engagement.stage.not-accepted", f =>
            $"Under the agreement, {f.Name("party")} must accept \"{f.Name("stage")}\" or ask for a revision before moving on to \"{f.Name("next")}\".");
        yield return ("engagement.handoff.due-in-the-past", f =>
            $"The due date {Day(f.Get<LocalDate>("due"))} is before the day of the handoff ({Day(f.Get<LocalDate>("today"))} for {f.Name("receiver")}).");
        yield return ("engagement.revision.nothing-submitted", f => $"Nothing has been submitted in stage \"{f.Name("stage")}\" yet, so there is nothing to revise.");
        yield return ("engagement.revision.already-accepted", f => $"Stage \"{f.Name("stage")}\" was accepted; a change now is a new request, not a revision.");
        yield return ("scope.revision-rounds-used", f =>
            $"{RoundsUsed(f)}. Ask for this change as a change request (RequestChange): it is quoted from the rate card and, once accepted, done as new work.");
        yield return ("scope.extra-round-pending", f =>
            $"{RoundsUsed(f)}, and one more is already quoted (change order '{f.Text("changeOrder")}', {StatusWords(f.Get<ChangeOrderStatus>("status"))}): once it is accepted, ask for the revision again.");
        yield return ("engagement.complete.stages-remaining", f =>
            $"Stage \"{f.Name("stage")}\" and any after it are not done yet; the engagement completes after the last stage is handed off and accepted.");
        yield return ("engagement.complete.final-not-accepted", f => $"{f.Name("party")} has not accepted the final stage, \"{f.Name("stage")}\", yet.");
        yield return ("engagement.nothing-to-pause", _ =>
            "Cannot pause: every stage is handed over and accepted, so nobody holds the ball and no time is running. Complete the engagement, or terminate it.");
    }

    /// <summary>The refusals of the client's payments.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Payments()
    {
        yield return ("engagement.deposit.not-required", _ => "The agreement asks for no deposit: schedule the work directly.");
        yield return ("engagement.deposit.wrong-currency", f => $"The deposit is due in {f.Get<Money>("required").Currency}, but {Amount(f.Get<Money>("received"))} was recorded.");
        yield return ("engagement.deposit.short", f =>
            $"The deposit is {Amount(f.Get<Money>("required"))}, but only {Amount(f.Get<Money>("received"))} arrived; {Amount(f.Get<Money>("missing"))} is still missing.");
        yield return ("payment.unknown", f => $"The agreement's payment terms do not include {Obligation(f, "payment")}.");
        yield return ("payment.not-invoiced", f => f.Get<ObligationKey>("payment").Kind == ObligationKind.FinalPayment
            ? "The final payment is invoiced when the engagement is completed, and it is not yet."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} is invoiced when the stage is accepted, and it is not yet.");
        yield return ("payment.already-received", f => $"{Phrasebook.Capitalised(Obligation(f, "payment"))} was already received.");
        yield return ("payment.wrong-currency", f => $"{Phrasebook.Capitalised(Obligation(f, "payment"))} is due in {f.Get<Money>("required").Currency}, but {Amount(f.Get<Money>("received"))} was recorded.");
        yield return ("payment.short", f => f.Has("credited")
            ? $"{Phrasebook.Capitalised(Obligation(f, "payment"))} of {Amount(f.Get<Money>("invoiced"))}, less {Amount(f.Get<Money>("credited"))} already settled by credit, is {Amount(f.Get<Money>("required"))}, but only {Amount(f.Get<Money>("received"))} arrived; {Amount(f.Get<Money>("missing"))} is still missing."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} is {Amount(f.Get<Money>("required"))}, but only {Amount(f.Get<Money>("received"))} arrived; {Amount(f.Get<Money>("missing"))} is still missing.");
        yield return ("owed.unknown", f => f.Get<OwedKey>("entry").Kind == OwedKind.Overpayment
            ? $"Nothing was paid beyond {Obligation(f, "entryObligation")}, so there is nothing to refund or set off."
            : $"{Phrasebook.Capitalised(Entry(f, "entry"))} is not owed in this engagement: {NotOwedYet(f.Get<OwedKey>("entry").Kind)}.");
        yield return ("owed.agreed-payment", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} is one of the agreement's own payments; record it as received ({(f.Get<OwedKey>("entry").Kind == OwedKind.Deposit ? "ReceiveDeposit" : "ReceivePayment")}) instead.");
        yield return ("owed.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} is owed in {f.Get<Money>("required").Currency}, but {Amount(f.Get<Money>("received"))} was recorded.");
        yield return ("owed.overpaid", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "entry"))} is already settled: nothing more can be paid or set off against it."
            : $"Only {Amount(f.Get<Money>("outstanding"))} of {Entry(f, "entry")} is outstanding, but {Amount(f.Get<Money>("amount"))} was recorded; record no more than what is outstanding.");
        yield return ("owed.credit-exceeded", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "credit"))} has been used up: nothing is left of it to set off."
            : $"Only {Amount(f.Get<Money>("outstanding"))} is left of {Entry(f, "credit")}, but {Amount(f.Get<Money>("amount"))} was to be set off.");
        yield return ("owed.not-a-credit", f =>
            $"{Phrasebook.Capitalised(Entry(f, "credit"))} is neither a credit nor an overpayment, so it cannot be set off against what is owed the other way.");
        yield return ("owed.not-settleable", f =>
        {
            var against = f.Get<OwedKey>("against");
            return against.Kind.IsCreditNote ? $"{Phrasebook.Capitalised(Entry(f, "against"))} is owed back too; a credit is set off against a payment, a change order or a fee owed the other way."
                : against.Kind == OwedKind.Deposit ? "The deposit must arrive in full before the work is scheduled, so a credit cannot settle it; set the credit off against a later payment instead."
                : $"{Phrasebook.Capitalised(Entry(f, "credit"))} is owed to {f.Name("creditor")}, but {Entry(f, "against")} is owed by {f.Name("debtor")}: a credit settles only what its holder owes.";
        });
    }

    /// <summary>The refusals of reminders and consequences recorded by the host.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ConsequenceRefusals()
    {
        yield return ("consequence.wrong-command", f => f.Get<ConsequenceRule>("rule") is var rule && rule.Kind.IsReminder
            ? $"The {RuleName(rule)} is a reminder: record it as sent with RecordReminderSent."
            : $"The {RuleName(rule)} is not a reminder: apply it with ApplyConsequence.");
        yield return ("consequence.unknown-obligation", f => $"The engagement does not include {Obligation(f, "obligation")}.");
        yield return ("consequence.not-in-policy", f => $"The consequence policy has no {RuleName(f.Get<ConsequenceRule>("rule"))} for {Obligation(f, "obligation")}.");
        yield return ("consequence.already-recorded", f => $"The {RuleName(f.Get<ConsequenceRule>("rule"))} for {Obligation(f, "obligation")} was already recorded; it is never due twice.");
        yield return ("consequence.not-due", f =>
        {
            var what = $"The {RuleName(f.Get<ConsequenceRule>("rule"))} for {Obligation(f, "obligation")}";
            return !f.Has("fallsDueAt") ? $"{what} is not due: {Obligation(f, "obligation")} is not late enough, not its party's turn, or already delivered."
                : f.Get<Instant>("fallsDueAt") > f.Get<Instant>("at") ? $"{what} is not due yet: it falls due on {f.Words.ReadersTime(f.Get<Instant>("fallsDueAt"))}."
                : $"{what} is no longer due: a later reminder replaced it.";
        });
    }

    /// <summary>The refusals of change orders.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ChangeOrders()
    {
        yield return ("change-order.unknown", f => f.Has("decision")
            ? $"The change request '{f.Text("changeOrder")}' was {DecidedAs(f.Text("decision"))}, so there is no change order to {ChangeOrderVerb(f)}."
            : $"The engagement has no change order '{f.Text("changeOrder")}'.");
        yield return ("change-order.closed", f =>
        {
            var closed = StatusWords(f.Get<ChangeOrderStatus>("status"));
            return $"Change order '{f.Text("changeOrder")}' was {closed}{(f.Has("closedAt") ? " on " + f.Words.ReadersTime(f.Get<Instant>("closedAt")) : string.Empty)}; nothing more can happen to it.";
        });
        yield return ("change-order.too-long", f => f.Has("stage")
            ? $"Change order '{f.Text("changeOrder")}' would make stage \"{f.Name("stage")}\" {Number(f.Get<int>("length"))} business days long, more than the {Number(f.Get<int>("longest"))} a stage may take."
            : $"Change order '{f.Text("changeOrder")}' would add {Number(f.Get<int>("impact"))} business days, more than the {Number(f.Get<int>("longest"))} a stage may take; propose it with a shorter schedule impact, or split the work.");
        yield return ("change-order.wrong-currency", f =>
            $"Change order '{f.Text("changeOrder")}' is priced in {f.Text("currency")}, the rate card's currency, but {Amount(f.Get<Money>("price"))} was proposed.");
        yield return ("change-order.below-minimum", f =>
            $"A change order costs at least {Amount(f.Get<Money>("minimum"))} under the agreement, but {Amount(f.Get<Money>("price"))} was proposed for '{f.Text("changeOrder")}'; to give the work for less, absorb it (AbsorbChangeOrder).");
        yield return ("change-order.proceeding-not-allowed", f =>
            $"The agreement does not let work on a change go ahead before its price is agreed; change order '{f.Text("changeOrder")}' must be accepted first.");
        yield return ("change-order.not-proposed", f => $"Change order '{f.Text("changeOrder")}' is a draft {f.Name("party")} has not seen; propose it first (ProposeChangeOrder).");
        yield return ("change-order.expired", f =>
            $"The proposal for change order '{f.Text("changeOrder")}' expired on {f.Words.ReadersTime(f.Get<Instant>("expiresAt"))}; propose it again (ProposeChangeOrder), with the price and dates as they are now, before it is accepted.");
        yield return ("change-order.no-stage-left", f =>
            $"Change order '{f.Text("changeOrder")}' adds {BusinessDays(f.Get<int>("impact"))}, but every stage of {f.Name("party")} is done; plan the work as a new engagement, or propose it with no schedule impact.");
    }

    /// <summary>The refusals of how the two sides talk: meetings, check-ins, feedback, incidents, messages.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Conversations()
    {
        yield return ("meeting.duplicate", f => $"A meeting '{f.Text("meeting")}' is already booked in this engagement; give the new one its own id.");
        yield return ("meeting.unknown", f => $"No meeting '{f.Text("meeting")}' is booked in this engagement"
            + (f.Texts("meetings") is { Count: > 0 } meetings ? $"; the meetings are {string.Join(", ", meetings)}." : "; book it first (BookMeeting)."));
        yield return ("meeting.already-held", f => f.Get<EngagementCommand>("command") is CancelMeeting
            ? $"The meeting '{f.Text("meeting")}' was held; it can no longer be cancelled."
            : $"The meeting '{f.Text("meeting")}' is already recorded as held.");
        yield return ("meeting.cancelled", f => $"The meeting '{f.Text("meeting")}' was cancelled; book a new one for the conversation that took place.");
        yield return ("meeting.not-on-agenda", f =>
        {
            var items = f.Texts("items");
            return $"\"{string.Join("\", \"", items)}\" {(items.Count == 1 ? "is" : "are")} not on the agenda of '{f.Text("meeting")}', which is \"{string.Join("\", \"", f.Texts("agenda"))}\".";
        });
        yield return ("meeting.not-held", f => $"The meeting '{f.Text("meeting")}' is not recorded as held, so no recap is owed yet (RecordMeetingHeld first).");
        yield return ("check-in.no-cadence", _ => "The agreement sets no check-in cadence (AgreementBuilder.WithCheckIns), so there is no check-in to record.");
        yield return ("check-in.not-scheduled", f =>
            $"Check-ins start with the plan, and the engagement is not scheduled yet: {Day(f.Get<LocalDate>("occurrence"))} is not one of them.");
        yield return ("check-in.not-an-occurrence", f =>
        {
            var near = new List<string>();
            foreach (var day in f.Get<IReadOnlyList<LocalDate>>("nearby"))
            {
                near.Add(Day(day));
            }

            return $"{Day(f.Get<LocalDate>("occurrence"))} is not a check-in of the cadence ({Cadence(f.Get<CheckInCadence>("cadence"))}, from {Day(f.Get<LocalDate>("start"))}, none while on hold)"
                + (near.Count > 0 ? $"; the open ones nearby are {string.Join(", ", near)}." : ".");
        });
        yield return ("check-in.in-future", f =>
            $"The check-in of {Day(f.Get<LocalDate>("occurrence"))} has not come yet (it is {Day(f.Get<LocalDate>("today"))} for {f.Name("party")}).");
        yield return ("check-in.already-recorded", f => f.Get<RecordedCheckIn>("recorded") is { Held: true }
            ? $"The check-in of {Day(f.Get<LocalDate>("occurrence"))} is already recorded as held."
            : $"The check-in of {Day(f.Get<LocalDate>("occurrence"))} is already recorded as missed" + (f.Get<RecordedCheckIn>("recorded").Note is { } note ? $": {note.TrimEnd('.')}." : "."));
        yield return ("feedback.not-agreed", f => $"The agreement does not ask for feedback {PointName(f.Get<FeedbackPoint>("point"))}"
            + (f.Has("policy") ? $"; it asks {FeedbackPoints(f.Get<FeedbackPolicy>("policy"))}." : " (AgreementBuilder.WithFeedback)."));
        yield return ("feedback.ended-early", f =>
            $"The engagement was ended early, on {ProviderMoment(f, "endedAt")}: no more feedback is asked for.");
        yield return ("feedback.not-due-yet", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var when = f.Has("comesAt") ? $"it comes on {ProviderMoment(f, "comesAt")}"
                : point == FeedbackPoint.AfterOnboarding ? "it comes once the first stage is done"
                : "it comes once the engagement is completed";
            return $"The feedback {PointName(point)} is not due yet: {when}.";
        });
        yield return ("feedback.not-requested", f => $"No feedback was requested {PointName(f.Get<FeedbackPoint>("point"))}; record the request (RequestFeedback) first.");
        yield return ("feedback.already-received", f =>
            $"The feedback {PointName(f.Get<FeedbackPoint>("point"))} was already received, on {ProviderMoment(f, "receivedAt")}.");
        yield return ("incident.duplicate", f => $"An incident '{f.Text("incident")}' is already recorded; give the new one its own id.");
        yield return ("incident.follow-through-in-past", f =>
            $"The follow-through is due on {Day(f.Get<LocalDate>("due"))}, before the day the incident is recorded ({Day(f.Get<LocalDate>("today"))} for {f.Name("party")}): promise a date still to come.");
        yield return ("incident.unknown", f => $"No incident '{f.Text("incident")}' is recorded in this engagement"
            + (f.Texts("incidents") is { Count: > 0 } incidents ? $"; the incidents are {string.Join(", ", incidents)}." : "."));
        yield return ("incident.already-followed-through", f =>
            $"The incident '{f.Text("incident")}' was already followed through, on {ProviderMoment(f, "followedThroughAt")}.");
        yield return ("incident.credit-not-applied", f =>
            $"The {RuleName(f.Get<ConsequenceRule>("rule"))} has not been applied to {f.Name("party")} for {Obligation(f, "obligation")}: apply it first (ApplyConsequence), then link it.");
        yield return ("incident.credit-already-linked", f =>
            $"The incident '{f.Text("incident")}' is already linked to a credit (the {RuleName(f.Get<ConsequenceRule>("rule"))}, for {Obligation(f, "obligation")}).");
        yield return ("message.duplicate", f => $"A message '{f.Text("message")}' is already recorded; give the new one its own id.");
        yield return ("message.channel-not-accepted", f =>
            $"{f.Name("recipient")} does not accept {ChannelName(f.Get<Channel>("channel"))}; it accepts {Channels(f, "accepted")}. Ask for the message again on one of those.");
        yield return ("message.no-commitment", f => $"{f.Name("recipient")} promises no reply time on {ChannelName(f.Get<Channel>("channel"))}"
            + (f.Texts("promised") is { Count: > 0 } ? $" (it does on {Channels(f, "promised")})" : string.Empty)
            + ", so there is no reply to track.");
        yield return ("message.unknown", f => $"No message '{f.Text("message")}' is recorded in this engagement"
            + (f.Texts("messages") is { Count: > 0 } messages ? $"; the messages are {string.Join(", ", messages)}." : "; record it first (RecordMessage)."));
    }

    private static EngagementCommand Command(FactReader f) => f.Get<EngagementCommand>("command");

    /// <summary>What the refused command does, as a verb phrase: "hand off a stage".</summary>
    private static string Action(FactReader f) => Command(f) switch
    {
        Propose => "propose an agreement",
        Sign => "sign",
        ReceiveDeposit => "receive the deposit",
        Schedule => "schedule the work",
        StartStage => "start a stage",
        SubmitWork => "submit work",
        HandOff => "hand off a stage",
        AcceptStage => "accept a stage",
        RequestRevision => "request a revision",
        LogEffort => "log effort",
        PauseWork => "pause",
        ResumeWork => "resume",
        Complete => "complete the engagement",
        Terminate => "terminate the engagement",
        RecordReminderSent => "record a reminder as sent",
        ApplyConsequence => "apply a consequence",
        ReceivePayment => "receive a payment",
        PayOwed => "record a payment of what is owed",
        SettleCredit => "settle a credit",
        RecordDeemedAcceptance => "record a stage as deemed accepted",
        RecordForceMajeure => "record force majeure",
        RequestChange => "record a change request",
        ProposeChangeOrder => "propose a change order",
        AcceptChangeOrder => "accept a change order",
        DeclineChangeOrder => "decline a change order",
        ProceedWhilePriced => "proceed with a change order while it is priced",
        AbsorbChangeOrder => "absorb a change order",
        BookMeeting => "book a meeting",
        CancelMeeting => "cancel a meeting",
        RecordMeetingHeld => "record a meeting as held",
        RecordRecapSent => "record a recap as sent",
        RecordCheckIn => "record a check-in",
        RequestFeedback => "request feedback",
        ReceiveFeedback => "record feedback",
        RecordIncident => "record an incident",
        RecordFollowThrough => "record a follow-through",
        LinkCreditToIncident => "link a credit to an incident",
        RecordMessage => "record a message",
        RecordReply => "record a reply",
        var other => throw new InvalidOperationException($"No verb phrase for the command {other.GetType().Name}."),
    };

    private static string PhaseName(EngagementPhase phase) =>
        phase == EngagementPhase.New ? "not yet proposed" : phase == EngagementPhase.DepositReceived ? "waiting to be scheduled" : phase.Name.ToLowerInvariant();

    private static string AllowedIn(EngagementPhase phase, bool depositRequired)
    {
        if (phase.IsFinal)
        {
            return "Its work is over: only payments, reminders, consequences, recaps, check-ins, feedback and incidents can still be recorded.";
        }

        var allowed =
            phase == EngagementPhase.New ? "propose an agreement"
            : phase == EngagementPhase.Proposed ? "sign, or terminate"
            : phase == EngagementPhase.Signed ? (depositRequired ? "receive the deposit" : "schedule the work") + ", handle change requests, or terminate"
            : phase == EngagementPhase.DepositReceived ? "schedule the work, handle change requests, or terminate"
            : phase == EngagementPhase.Scheduled ? "start the first stage, log effort, pause, handle change requests, or terminate"
            : phase == EngagementPhase.Paused ? "resume, log effort, handle change requests, or terminate"
            : "start, submit, hand off, accept or revise stages, log effort, pause, handle change requests, complete, or terminate";
        return $"Allowed now: {allowed}.";
    }

    /// <summary>"The 2 revision rounds included for Design are used".</summary>
    private static string RoundsUsed(FactReader f)
    {
        var rounds = f.Get<int>("rounds");
        return $"The {Plural(rounds, "revision round")} included for {f.Text("deliverable")} {(rounds == 1 ? "is" : "are")} used";
    }

    private static string PointName(FeedbackPoint point) =>
        point == FeedbackPoint.AfterOnboarding ? "after onboarding" : point == FeedbackPoint.AtCompletion ? "at completion" : "in the follow-up after completion";

    /// <summary>A moment in the provider's time zone, as the fact gives it, with the zone's place: 30 April 2026 at 18:00 (Madrid time).</summary>
    private static string ProviderMoment(FactReader f, string name)
    {
        var moment = f.Get<ZonedDateTime>(name);
        return Moment(moment.LocalDateTime) + " " + f.Words.ZoneTime(moment.Zone);
    }

    /// <summary>
    /// An obligation by name: <c>stage "Design draft"</c>, <c>the deposit</c>, <c>the payment after "Design draft"</c>,
    /// <c>the final payment</c>, <c>the reply to message 'm-7'</c>.
    /// </summary>
    private static string Obligation(FactReader f, string name)
    {
        var key = f.Get<ObligationKey>(name);
        var stage = f.Has(name + "Name") ? f.Text(name + "Name") : key.Stage?.Value;
        return key.Kind == ObligationKind.Stage ? $"stage \"{stage}\""
            : key.Kind == ObligationKind.Acceptance ? $"the acceptance of \"{stage}\""
            : key.Kind == ObligationKind.MilestonePayment ? $"the payment after \"{stage}\""
            : key.Kind == ObligationKind.Deposit ? "the deposit"
            : key.Kind == ObligationKind.FinalPayment ? "the final payment"
            : $"the reply to message '{key.Message}'";
    }

    /// <summary>A rule by what it does and when: "late fee at 10 business days late", "firm reminder on the due date".</summary>
    private static string RuleName(ConsequenceRule rule)
    {
        var kind = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Reminder) => "friendly reminder",
            nameof(ConsequenceKind.FirmReminder) => "firm reminder",
            nameof(ConsequenceKind.Escalation) => "escalation",
            nameof(ConsequenceKind.ScheduleShift) => "schedule shift",
            nameof(ConsequenceKind.Pause) => "pause",
            nameof(ConsequenceKind.RestartLeadTime) => "restart lead time",
            nameof(ConsequenceKind.RestartFee) => "restart fee",
            nameof(ConsequenceKind.LateFee) => "late fee",
            nameof(ConsequenceKind.Credit) => "credit",
            _ => "termination notice",
        };
        var days = rule.BusinessDaysOverdue;
        return days < 0 ? $"{kind} {BusinessDays(-days)} before the due date"
            : days == 0 ? $"{kind} on the due date"
            : $"{kind} at {BusinessDays(days)} late";
    }

    /// <summary>How a change request was decided, when it needs no change order: "found to be included", "covered by an allowance", "done as goodwill".</summary>
    private static string DecidedAs(string kind) =>
        kind == "included" ? "found to be included in the agreement" : kind == "consumes-allowance" ? "covered by an allowance" : "done as goodwill";

    /// <summary>What the refused command would have done to the change order: accept, decline, absorb, go ahead with, propose.</summary>
    private static string ChangeOrderVerb(FactReader f) => Command(f) switch
    {
        AcceptChangeOrder => "accept",
        DeclineChangeOrder => "decline",
        AbsorbChangeOrder => "absorb",
        ProceedWhilePriced => "go ahead with while it is priced",
        _ => "propose",
    };

    /// <summary>Where a change order stands, in words: "a draft", "proposed", "going ahead while it is priced", "absorbed at no charge".</summary>
    private static string StatusWords(ChangeOrderStatus status) =>
        status == ChangeOrderStatus.Draft ? "a draft"
        : status == ChangeOrderStatus.ProceedingWhilePriced ? "going ahead while it is priced"
        : status == ChangeOrderStatus.NoCharge ? "absorbed at no charge"
        : status.Name.ToLowerInvariant();

    /// <summary>A channel in running text: email, phone, video call, chat, in person, the project portal.</summary>
    private static string ChannelName(Channel channel) => En.ChannelName(channel);

    /// <summary>A list of channels, joined with "and".</summary>
    private static string Channels(FactReader f, string name)
    {
        var names = new List<string>();
        foreach (var channel in f.Get<System.Collections.IEnumerable>(name))
        {
            names.Add(ChannelName((Channel)channel));
        }

        return En.JoinedWithAnd(names);
    }

    /// <summary>
    /// An entry of the ledger of what is owed, by name: <c>the payment after "Design draft"</c>, <c>change order 'booking'</c>,
    /// <c>the restart fee for stage "Client sends content"</c>, <c>the amount overpaid on the deposit</c>.
    /// </summary>
    private static string Entry(FactReader f, string name)
    {
        var key = f.Get<OwedKey>(name);
        var about = key.Obligation is null ? string.Empty : Obligation(f, name + "Obligation");
        return key.Kind.Name switch
        {
            nameof(OwedKind.ChangeOrder) => $"change order '{key.ChangeOrder}'",
            nameof(OwedKind.RestartFee) => $"the restart fee for {about}",
            nameof(OwedKind.LateFee) => $"the late fee for {about}",
            nameof(OwedKind.Credit) => $"the credit for the delay on {about}",
            nameof(OwedKind.Overpayment) => $"the amount overpaid on {about}",
            _ => about,
        };
    }

    /// <summary>Why an entry is not owed yet, by its kind.</summary>
    private static string NotOwedYet(OwedKind kind) =>
        kind == OwedKind.ChangeOrder ? "it has not been accepted at a price" : kind.IsConsequence ? "it has not been applied" : "it has not been invoiced";
}
