using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Documents.Words;

/// <summary>
/// The facts of every sentence a reader may be handed, as the engine states them, in one story: Lumen Studio (Madrid)
/// builds Birchwood Dental a website in three stages, "Client sends content" (the client's, due Tuesday 24 March 2026),
/// "Design draft" (due Friday 24 April) and "Build" (due Friday 29 May, the planned end), for 7,200.00 EUR: a deposit of
/// 2,400.00 EUR (due Friday 6 March), 2,400.00 EUR after the design (due Friday 8 May) and a final 2,400.00 EUR (due
/// Monday 15 June). Each key has one sample per variant its English words branch on.
/// </summary>
/// <remarks>
/// Business days in these facts are Monday to Friday; wherever they count days across a stretch of time the samples keep
/// clear of the holidays of the tests' Madrid calendar (Good Friday, 3 April; 1 May). A change order's schedule impact is
/// its hours over 6 a business day, rounded up; a restart lead time of 3 business days from Monday 6 April starts the next
/// stage on Thursday 9 April.
/// </remarks>
internal static class SentenceSamples
{
    private const string Provider = "Lumen Studio";
    private const string Client = "Birchwood Dental";

    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Build = new("build");
    private static readonly StageKey Photos = new("photos");
    private static readonly AgreementId Website = new("birchwood-website");

    private static readonly Money Installment = Eur(2400m);
    private static readonly RateCard Rates = new(Eur(90m), Eur(150m));

    /// <summary>Every sample: the key, what sets the case apart, and the facts.</summary>
    public static IReadOnlyList<(string Key, string Case, IReadOnlyList<Fact> Facts)> All { get; } = Gathered();

    private static List<(string Key, string Case, IReadOnlyList<Fact> Facts)> Gathered()
    {
        var samples = new List<(string Key, string Case, IReadOnlyList<Fact> Facts)>();
        Course(samples);
        Payments(samples);
        ConsequenceRefusals(samples);
        ChangeOrders(samples);
        Conversations(samples);
        Explanations(samples);
        CommunicationToDos(samples);
        ScopeAnswers(samples);
        Records(samples);
        AgreementRefusals(samples);
        return samples;
    }

    private static void Course(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        Refusal(s, "engagement.beyond-supported-dates", "schedule", F("command", new Schedule(new LocalDate(9999, 6, 1), Madrid("2026-03-10T10:00"))));
        Refusal(s, "engagement.beyond-supported-dates", "hand-off", F("command", new HandOff(Content, Madrid("2026-03-20T17:00"), dueBy: new LocalDate(9998, 12, 31))));
        Refusal(s, "engagement.version-conflict", "stale", F("version", 14), F("expected", 12));
        Refusal(s, "engagement.out-of-order", "hand-off", F("command", new HandOff(Design, Madrid("2026-04-24T16:00"))), F("last", Madrid("2026-04-24T17:30")));
        Refusal(s, "engagement.out-of-order", "payment", F("command", new ReceivePayment(ObligationKey.MilestonePayment(Design), Installment, Madrid("2026-05-08T09:00"))), F("last", Madrid("2026-05-08T11:15")));
        NotAllowed(s, "new", new StartStage(Content, Madrid("2026-02-27T10:00")), EngagementPhase.New, depositRequired: true);
        NotAllowed(s, "proposed", new StartStage(Content, Madrid("2026-03-02T10:00")), EngagementPhase.Proposed, depositRequired: true);
        NotAllowed(s, "signed, deposit required", new Schedule(D("2026-03-16"), Madrid("2026-03-04T10:00")), EngagementPhase.Signed, depositRequired: true);
        NotAllowed(s, "signed, no deposit", new StartStage(Content, Madrid("2026-03-04T10:00")), EngagementPhase.Signed, depositRequired: false);
        NotAllowed(s, "deposit received", new StartStage(Content, Madrid("2026-03-09T09:00")), EngagementPhase.DepositReceived, depositRequired: true);
        NotAllowed(s, "scheduled", new Complete(Madrid("2026-03-13T10:00")), EngagementPhase.Scheduled, depositRequired: true);
        NotAllowed(s, "active", new Sign(Madrid("2026-03-18T10:00")), EngagementPhase.Active, depositRequired: true);
        NotAllowed(s, "paused", new SubmitWork(Design, "First draft of the home page", Madrid("2026-04-01T10:00")), EngagementPhase.Paused, depositRequired: true);
        NotAllowed(s, "completed", new HandOff(Build, Madrid("2026-06-03T10:00")), EngagementPhase.Completed, depositRequired: true);
        NotAllowed(s, "terminated", new ResumeWork(Madrid("2026-04-15T10:00")), EngagementPhase.Terminated, depositRequired: true);
        Refusal(s, "plan.start-in-the-past", "a week late", F("start", D("2026-03-09")), F("today", D("2026-03-13")));
        Refusal(s, "engagement.stage.unknown", "not in the agreement", F("agreement", Website), F("stage", Photos));
        Refusal(s, "engagement.stage.already-started", "design", F("stage", Design));
        Refusal(s, "engagement.stage.not-current", "client holds the current stage", F("command", new SubmitWork(Design, "Home page draft", Madrid("2026-03-20T10:00"))), F("stage", Design), F("current", Content), F("holder", PartyRole.Client));
        Refusal(s, "engagement.stage.not-current", "provider holds the current stage", F("command", new HandOff(Content, Madrid("2026-04-20T10:00"))), F("stage", Content), F("current", Design), F("holder", PartyRole.Provider));
        Refusal(s, "engagement.stage.not-current", "every stage handed off", F("command", new StartStage(Build, Madrid("2026-06-01T09:00"))), F("stage", Build));
        Refusal(s, "engagement.stage.not-started", "hand-off", F("command", new HandOff(Design, Madrid("2026-03-25T17:00"))), F("stage", Design));
        Refusal(s, "engagement.stage.not-started", "submit", F("command", new SubmitWork(Build, "Staging site", Madrid("2026-04-27T10:00"))), F("stage", Build));
        Refusal(s, "engagement.stage.not-handed-off", "design", F("stage", Design));
        Refusal(s, "engagement.stage.not-last-handed-off", "content after design", F("stage", Content), F("lastHandedOff", Design));
        Refusal(s, "engagement.acceptance.no-window", "design", F("stage", Design), F("party", PartyRole.Client));
        Refusal(s, "engagement.acceptance.window-open", "design", F("stage", Design), F("party", PartyRole.Client), F("closes", D("2026-04-30")));
        Refusal(s, "engagement.stage.not-accepted", "studio moves on", F("command", new StartStage(Design, Madrid("2026-03-25T09:00"))), F("stage", Content), F("party", PartyRole.Provider), F("next", Design));
        Refusal(s, "engagement.handoff.due-in-the-past", "to the client", F("due", D("2026-04-20")), F("today", D("2026-04-24")), F("receiver", PartyRole.Client));
        Refusal(s, "engagement.revision.nothing-submitted", "design", F("stage", Design));
        Refusal(s, "engagement.revision.already-accepted", "design", F("stage", Design));
        Refusal(s, "scope.revision-rounds-used", "two rounds", F("rounds", 2), F("deliverable", "Website design"));
        Refusal(s, "scope.revision-rounds-used", "one round", F("rounds", 1), F("deliverable", "Website design"));
        Refusal(s, "scope.extra-round-pending", "proposed", F("rounds", 2), F("deliverable", "Website design"), F("changeOrder", new ChangeRequestId("design-round-3")), F("status", ChangeOrderStatus.Proposed));
        Refusal(s, "scope.extra-round-pending", "proceeding while priced", F("rounds", 2), F("deliverable", "Website design"), F("changeOrder", new ChangeRequestId("design-round-3")), F("status", ChangeOrderStatus.ProceedingWhilePriced));
        Refusal(s, "engagement.complete.stages-remaining", "build", F("stage", Build));
        Refusal(s, "engagement.complete.final-not-accepted", "build", F("party", PartyRole.Client), F("stage", Build));
        Refusal(s, "engagement.nothing-to-pause", "all accepted");
    }

    private static void Payments(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        Refusal(s, "engagement.deposit.not-required", "no deposit");
        Refusal(s, "engagement.deposit.wrong-currency", "dollars", F("required", Installment), F("received", new Money(2600m, "USD")));
        Refusal(s, "engagement.deposit.short", "bank fees", F("required", Installment), F("received", Eur(2385.50m)), F("missing", Eur(14.50m)));
        Refusal(s, "payment.unknown", "no milestone after a stage", F("payment", ObligationKey.MilestonePayment(Content)));
        Refusal(s, "payment.unknown", "stage not in the agreement", F("payment", ObligationKey.MilestonePayment(Photos)));
        Refusal(s, "payment.not-invoiced", "milestone", F("payment", ObligationKey.MilestonePayment(Design)));
        Refusal(s, "payment.not-invoiced", "final", F("payment", ObligationKey.FinalPayment));
        Refusal(s, "payment.already-received", "deposit", F("payment", ObligationKey.Deposit));
        Refusal(s, "payment.already-received", "milestone", F("payment", ObligationKey.MilestonePayment(Design)));
        Refusal(s, "payment.already-received", "final", F("payment", ObligationKey.FinalPayment));
        Refusal(s, "payment.wrong-currency", "milestone", F("payment", ObligationKey.MilestonePayment(Design)), F("required", Installment), F("received", new Money(2400m, "GBP")));
        Refusal(s, "payment.wrong-currency", "final", F("payment", ObligationKey.FinalPayment), F("required", Installment), F("received", new Money(2600m, "USD")));
        Refusal(s, "payment.short", "deposit", F("payment", ObligationKey.Deposit), F("required", Installment), F("received", Eur(2000m)), F("missing", Eur(400m)));
        Refusal(s, "payment.short", "milestone", F("payment", ObligationKey.MilestonePayment(Design)), F("required", Installment), F("received", Eur(1200m)), F("missing", Eur(1200m)));
        Refusal(s, "payment.short", "final", F("payment", ObligationKey.FinalPayment), F("required", Installment), F("received", Eur(2380m)), F("missing", Eur(20m)));
        Refusal(s, "payment.short", "final less a credit", F("payment", ObligationKey.FinalPayment), F("required", Eur(1500m)), F("received", Eur(100m)), F("missing", Eur(1400m)), F("invoiced", Eur(1800m)), F("credited", Eur(300m)));

        var restartFee = OwedKey.Consequence(ObligationKey.ForStage(Content), 0, ConsequenceRule.RestartFee(15, Eur(250m)));
        var lateFee = OwedKey.Consequence(ObligationKey.MilestonePayment(Design), 0, ConsequenceRule.LateFee(10, Charge.PercentOf(5m)));
        var credit = OwedKey.Consequence(ObligationKey.ForStage(Design), 0, ConsequenceRule.Credit(5, Charge.PercentOf(10m)));
        var overpaidDeposit = OwedKey.Overpayment(ObligationKey.Deposit);
        var extraPages = OwedKey.ForChangeOrder(new ChangeRequestId("extra-pages"));
        Refusal(s, "engagement.out-of-order", "pay what is owed", F("command", new PayOwed(restartFee, Eur(250m), Madrid("2026-05-08T09:00"))), F("last", Madrid("2026-05-08T11:15")));
        Refusal(s, "engagement.out-of-order", "settle a credit", F("command", new SettleCredit(credit, OwedKey.Payment(ObligationKey.FinalPayment), Eur(240m), Madrid("2026-06-15T09:00"))), F("last", Madrid("2026-06-15T11:15")));
        Refusal(s, "owed.unknown", "overpayment", Owed("entry", overpaidDeposit));
        Refusal(s, "owed.unknown", "change order", Owed("entry", extraPages));
        Refusal(s, "owed.unknown", "restart fee", Owed("entry", restartFee));
        Refusal(s, "owed.unknown", "milestone", Owed("entry", OwedKey.Payment(ObligationKey.MilestonePayment(Design))));
        Refusal(s, "owed.agreed-payment", "deposit", Owed("entry", OwedKey.Payment(ObligationKey.Deposit)));
        Refusal(s, "owed.agreed-payment", "milestone", Owed("entry", OwedKey.Payment(ObligationKey.MilestonePayment(Design))));
        Refusal(s, "owed.wrong-currency", "late fee", Owed("entry", lateFee, F("required", Eur(120m)), F("received", new Money(120m, "USD"))));
        Refusal(s, "owed.overpaid", "settled", Owed("entry", extraPages, F("outstanding", Eur(0m)), F("amount", Eur(540m))));
        Refusal(s, "owed.overpaid", "partly paid", Owed("entry", restartFee, F("outstanding", Eur(100m)), F("amount", Eur(250m))));
        Refusal(s, "owed.credit-exceeded", "used up", Owed("credit", credit, F("outstanding", Eur(0m)), F("amount", Eur(240m))));
        Refusal(s, "owed.credit-exceeded", "partly left", Owed("credit", overpaidDeposit, F("outstanding", Eur(80m)), F("amount", Eur(100m))));
        Refusal(s, "owed.not-a-credit", "late fee", Owed("credit", lateFee));
        Refusal(s, "owed.not-settleable", "against a credit", Owed("credit", credit, Owed("against", overpaidDeposit, F("creditor", PartyRole.Client), F("debtor", PartyRole.Provider))));
        Refusal(s, "owed.not-settleable", "against the deposit", Owed("credit", credit, Owed("against", OwedKey.Payment(ObligationKey.Deposit), F("creditor", PartyRole.Client), F("debtor", PartyRole.Client))));
        Refusal(s, "owed.not-settleable", "owed the same way", Owed("credit", credit, Owed("against", OwedKey.Consequence(ObligationKey.ForStage(Build), 0, ConsequenceRule.LateFee(5, Charge.PercentOf(2m))), F("creditor", PartyRole.Client), F("debtor", PartyRole.Provider))));
    }

    /// <summary>The facts naming a ledger entry as the decider states them: the key, and the obligation it is about beside it.</summary>
    private static Fact[] Owed(string name, OwedKey key, params Fact[] more)
    {
        var facts = new List<Fact> { F(name, key) };
        if (key.Obligation is { } obligation)
        {
            facts.Add(F(name + "Obligation", obligation));
        }

        facts.AddRange(more);
        return facts.ToArray();
    }

    private static void ConsequenceRefusals(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        var content = ObligationKey.ForStage(Content);
        Refusal(s, "consequence.wrong-command", "a reminder applied", F("rule", ConsequenceRule.Reminder(-2)));
        Refusal(s, "consequence.wrong-command", "a late fee sent as a reminder", F("rule", ConsequenceRule.LateFee(3, Charge.PercentOf(5m))));
        Refusal(s, "consequence.unknown-obligation", "stage not in the agreement", F("obligation", ObligationKey.ForStage(Photos)));
        Refusal(s, "consequence.unknown-obligation", "reply to an unknown message", F("obligation", ObligationKey.Reply(new MessageId("invoice-question"))));
        Refusal(s, "consequence.not-in-policy", "escalation on the content", F("rule", ConsequenceRule.Escalation(10, "practice manager")), F("obligation", content));
        Refusal(s, "consequence.not-in-policy", "late fee on the deposit", F("rule", ConsequenceRule.LateFee(5, Charge.Fixed(Eur(100m)))), F("obligation", ObligationKey.Deposit));
        Refusal(s, "consequence.already-recorded", "firm reminder on the due date", F("rule", ConsequenceRule.FirmReminder(0)), F("obligation", content));
        Refusal(s, "consequence.already-recorded", "late fee on the milestone", F("rule", ConsequenceRule.LateFee(3, Charge.PercentOf(5m))), F("obligation", ObligationKey.MilestonePayment(Design)));
        Refusal(
            s,
            "consequence.not-due",
            "not yet",
            F("rule", ConsequenceRule.Escalation(4, "practice manager")),
            F("obligation", content),
            F("at", Madrid("2026-03-26T10:00")),
            F("fallsDueAt", Madrid("2026-03-30T09:00")));
        Refusal(
            s,
            "consequence.not-due",
            "replaced by a later reminder",
            F("rule", ConsequenceRule.Reminder(1)),
            F("obligation", content),
            F("at", Madrid("2026-03-27T10:00")),
            F("fallsDueAt", Madrid("2026-03-25T09:00")));
        Refusal(s, "consequence.not-due", "not at all", F("rule", ConsequenceRule.Reminder(-2)), F("obligation", ObligationKey.FinalPayment), F("at", Madrid("2026-06-10T10:00")));
    }

    private static void ChangeOrders(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        var teamPage = new ChangeRequestId("team-page");
        Refusal(s, "change-order.unknown", "never requested", F("changeOrder", new ChangeRequestId("booking-widget")));
        Refusal(s, "change-order.unknown", "decided as goodwill, accept", F("changeOrder", new ChangeRequestId("favicon")), F("decision", "goodwill"), F("command", new AcceptChangeOrder(new ChangeRequestId("favicon"), Madrid("2026-04-14T10:00"))));
        Refusal(s, "change-order.unknown", "decided as covered, proceed", F("changeOrder", new ChangeRequestId("fees-page")), F("decision", "consumes-allowance"), F("command", new ProceedWhilePriced(new ChangeRequestId("fees-page"), Madrid("2026-05-05T10:00"))));
        Refusal(s, "change-order.closed", "accepted", F("changeOrder", teamPage), F("status", ChangeOrderStatus.Accepted), F("closedAt", Madrid("2026-04-16T12:30")));
        Refusal(s, "change-order.closed", "declined", F("changeOrder", teamPage), F("status", ChangeOrderStatus.Declined), F("closedAt", Madrid("2026-04-16T12:30")));
        Refusal(s, "change-order.closed", "absorbed", F("changeOrder", teamPage), F("status", ChangeOrderStatus.NoCharge), F("closedAt", Madrid("2026-04-16T12:30")));
        Refusal(s, "change-order.closed", "no closing instant", F("changeOrder", teamPage), F("status", ChangeOrderStatus.Accepted));
        Refusal(s, "change-order.too-long", "stage too long", F("changeOrder", teamPage), F("stage", Build), F("length", 2_606), F("longest", 2_600));
        Refusal(s, "change-order.too-long", "impact too long", F("changeOrder", teamPage), F("impact", 2_610), F("longest", 2_600));
        Refusal(s, "change-order.wrong-currency", "dollars", F("changeOrder", teamPage), F("currency", "EUR"), F("price", new Money(720m, "USD")));
        Refusal(s, "change-order.below-minimum", "under the minimum", F("changeOrder", teamPage), F("minimum", Eur(150m)), F("price", Eur(90m)));
        Refusal(s, "change-order.proceeding-not-allowed", "team page", F("changeOrder", teamPage));
        Refusal(s, "change-order.not-proposed", "draft", F("changeOrder", teamPage), F("party", PartyRole.Client));
        Refusal(s, "change-order.expired", "after 14 days", F("changeOrder", teamPage), F("expiresAt", Madrid("2026-04-30T00:00")));
        Refusal(s, "change-order.no-stage-left", "after the build", F("changeOrder", new ChangeRequestId("blog")), F("impact", 3), F("party", PartyRole.Provider));
    }

    private static void Conversations(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        var kickOff = new MeetingId("kick-off");
        var designReview = new MeetingId("design-review");
        var occurrence = D("2026-04-13");
        var weekly = CheckInCadence.Weekly(IsoDayOfWeek.Monday);
        Refusal(s, "meeting.duplicate", "kick-off", F("meeting", kickOff));
        Refusal(s, "meeting.unknown", "others booked", F("meeting", new MeetingId("launch")), F("meetings", new ValueList<MeetingId>(new[] { kickOff, designReview })));
        Refusal(s, "meeting.unknown", "none booked", F("meeting", kickOff), F("meetings", new ValueList<MeetingId>(Array.Empty<MeetingId>())));
        Refusal(s, "meeting.already-held", "cancel", F("meeting", designReview), F("command", new CancelMeeting(designReview, "Moved to a call", Madrid("2026-04-28T10:00"))));
        Refusal(
            s,
            "meeting.already-held",
            "record again",
            F("meeting", designReview),
            F("command", new RecordMeetingHeld(designReview, Madrid("2026-04-27T10:00"), Madrid("2026-04-27T11:00"), Texts("Home page"), Madrid("2026-04-27T11:30"))));
        Refusal(s, "meeting.cancelled", "design review", F("meeting", designReview));
        Refusal(s, "meeting.not-on-agenda", "one item", F("meeting", designReview), F("items", Texts("Pricing page")), F("agenda", Texts("Home page", "Team page")));
        Refusal(s, "meeting.not-on-agenda", "two items", F("meeting", designReview), F("items", Texts("Pricing page", "Logo")), F("agenda", Texts("Home page", "Team page")));
        Refusal(s, "meeting.not-held", "design review", F("meeting", designReview));
        Refusal(s, "check-in.no-cadence", "none agreed");
        Refusal(s, "check-in.not-scheduled", "before the plan", F("occurrence", D("2026-03-09")));
        Refusal(
            s,
            "check-in.not-an-occurrence",
            "open ones nearby",
            F("occurrence", D("2026-04-15")),
            F("cadence", weekly),
            F("start", D("2026-03-16")),
            F("nearby", new ValueList<LocalDate>(new[] { D("2026-04-13"), D("2026-04-20") })));
        Refusal(
            s,
            "check-in.not-an-occurrence",
            "none nearby",
            F("occurrence", D("2026-03-18")),
            F("cadence", CheckInCadence.Every(3)),
            F("start", D("2026-03-16")),
            F("nearby", new ValueList<LocalDate>(Array.Empty<LocalDate>())));
        Refusal(s, "check-in.in-future", "next week", F("occurrence", D("2026-04-20")), F("today", D("2026-04-15")), F("party", PartyRole.Provider));
        Refusal(s, "check-in.already-recorded", "held", F("occurrence", occurrence), F("recorded", new RecordedCheckIn(occurrence, true, null, Madrid("2026-04-13T10:00"))));
        Refusal(s, "check-in.already-recorded", "missed", F("occurrence", occurrence), F("recorded", new RecordedCheckIn(occurrence, false, "the clinic was closed for inspection", Madrid("2026-04-13T17:00"))));
        Refusal(s, "feedback.not-agreed", "another point agreed", F("point", FeedbackPoint.AfterOnboarding), F("policy", new FeedbackPolicy(afterOnboarding: false)));
        Refusal(s, "feedback.not-agreed", "no feedback agreed", F("point", FeedbackPoint.AtCompletion));
        Refusal(s, "feedback.ended-early", "terminated", F("point", FeedbackPoint.AtCompletion), F("endedAt", InMadrid("2026-04-30T18:00")));
        Refusal(s, "feedback.not-due-yet", "comes at a known time", F("point", FeedbackPoint.FollowUp), F("comesAt", InMadrid("2026-07-03T09:00")));
        Refusal(s, "feedback.not-due-yet", "after onboarding, first stage not done", F("point", FeedbackPoint.AfterOnboarding));
        Refusal(s, "feedback.not-due-yet", "at completion, not completed", F("point", FeedbackPoint.AtCompletion));
        Refusal(s, "feedback.not-requested", "follow-up", F("point", FeedbackPoint.FollowUp));
        Refusal(s, "feedback.already-received", "after onboarding", F("point", FeedbackPoint.AfterOnboarding), F("receivedAt", InMadrid("2026-03-27T12:40")));
        Refusal(s, "incident.duplicate", "wrong photo", F("incident", new IncidentId("wrong-photo")));
        Refusal(s, "incident.follow-through-in-past", "yesterday", F("due", D("2026-05-19")), F("today", D("2026-05-20")), F("party", PartyRole.Provider));
        Refusal(s, "incident.unknown", "others recorded", F("incident", new IncidentId("broken-form")), F("incidents", new ValueList<IncidentId>(new[] { new IncidentId("wrong-photo") })));
        Refusal(s, "incident.unknown", "none recorded", F("incident", new IncidentId("broken-form")), F("incidents", new ValueList<IncidentId>(Array.Empty<IncidentId>())));
        Refusal(s, "incident.already-followed-through", "wrong photo", F("incident", new IncidentId("wrong-photo")), F("followedThroughAt", InMadrid("2026-05-22T16:00")));
        Refusal(s, "incident.credit-not-applied", "design credit", F("rule", ConsequenceRule.Credit(3, Charge.PercentOf(5m))), F("obligation", ObligationKey.ForStage(Design)), F("party", PartyRole.Provider));
        Refusal(s, "incident.credit-already-linked", "design credit", F("incident", new IncidentId("wrong-photo")), F("rule", ConsequenceRule.Credit(3, Charge.PercentOf(5m))), F("obligation", ObligationKey.ForStage(Design)));
        Refusal(s, "message.duplicate", "opening hours", F("message", new MessageId("opening-hours")));
        Refusal(s, "message.channel-not-accepted", "phone to the provider", F("recipient", PartyRole.Provider), F("channel", Channel.Phone), F("accepted", new[] { Channel.Email, Channel.Portal }));
        Refusal(s, "message.no-commitment", "promised on others", F("recipient", PartyRole.Provider), F("channel", Channel.Chat), F("promised", new ValueList<Channel>(new[] { Channel.Email, Channel.Portal })));
        Refusal(s, "message.no-commitment", "promised on none", F("recipient", PartyRole.Client), F("channel", Channel.Email), F("promised", new ValueList<Channel>(Array.Empty<Channel>())));
        Refusal(s, "message.unknown", "others recorded", F("message", new MessageId("parking")), F("messages", new ValueList<MessageId>(new[] { new MessageId("opening-hours"), new MessageId("team-photos") })));
        Refusal(s, "message.unknown", "none recorded", F("message", new MessageId("parking")), F("messages", new ValueList<MessageId>(Array.Empty<MessageId>())));
    }

    private static void Explanations(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        var content = ObligationKey.ForStage(Content);
        var design = ObligationKey.ForStage(Design);
        var milestone = ObligationKey.MilestonePayment(Design);
        var reply = ObligationKey.Reply(new MessageId("opening-hours"));

        // The client's content, due Tuesday 24 March.
        Explain(s, "reminder before the due date", ConsequenceRule.Reminder(-2), Client, content, D("2026-03-24"), today: D("2026-03-20"), late: -2, Stage("Client sends content"));
        Explain(s, "firm reminder on the due date", ConsequenceRule.FirmReminder(0), Client, content, D("2026-03-24"), today: D("2026-03-24"), late: 0, Stage("Client sends content"));
        Explain(s, "reminder after the due date", ConsequenceRule.Reminder(2), Client, content, D("2026-03-24"), today: D("2026-03-26"), late: 2, Stage("Client sends content"));
        Explain(s, "firm reminder after the due date", ConsequenceRule.FirmReminder(3), Client, content, D("2026-03-24"), today: D("2026-03-27"), late: 3, Stage("Client sends content"));
        Explain(s, "reminder, handed over on time", ConsequenceRule.Reminder(-2), Client, content, D("2026-03-24"), today: D("2026-03-25"), late: -1, Stage("Client sends content"), F("fulfilledOn", D("2026-03-23")));
        Explain(s, "reminder, handed over late", ConsequenceRule.Reminder(1), Client, content, D("2026-03-24"), today: D("2026-03-30"), late: 2, Stage("Client sends content"), F("fulfilledOn", D("2026-03-26")));
        Explain(s, "firm reminder, stopped by a hold", ConsequenceRule.FirmReminder(3), Client, content, D("2026-03-24"), today: D("2026-04-07"), late: 5, Stage("Client sends content"), F("stopped", "hold"));
        Explain(s, "reminder, engagement ended before the due date", ConsequenceRule.Reminder(-3), Client, content, D("2026-03-24"), today: D("2026-03-23"), late: -3, Stage("Client sends content"), F("stopped", "end"));
        Explain(s, "escalation", ConsequenceRule.Escalation(4, "practice manager"), Client, content, D("2026-03-24"), today: D("2026-03-30"), late: 4, Stage("Client sends content"), F("escalateTo", "practice manager"));
        Explain(
            s,
            "schedule shift, delivered today",
            ConsequenceRule.ScheduleShift(3),
            Client,
            content,
            D("2026-03-24"),
            today: D("2026-03-27"),
            late: 3,
            Stage("Client sends content"),
            F("deliveredOn", D("2026-03-27")),
            F("shiftedEnd", D("2026-06-03")),
            F("baselineEnd", D("2026-05-29")));
        Explain(
            s,
            "schedule shift, handed over",
            ConsequenceRule.ScheduleShift(3),
            Client,
            content,
            D("2026-03-24"),
            today: D("2026-03-31"),
            late: 4,
            Stage("Client sends content"),
            F("fulfilledOn", D("2026-03-30")),
            F("shiftedEnd", D("2026-06-04")),
            F("baselineEnd", D("2026-05-29")));
        Explain(s, "schedule shift, no plan to move", ConsequenceRule.ScheduleShift(3), Client, content, D("2026-03-24"), today: D("2026-03-27"), late: 3, Stage("Client sends content"));
        Explain(s, "schedule shift, handed over, no plan to move", ConsequenceRule.ScheduleShift(3), Client, content, D("2026-03-24"), today: D("2026-03-31"), late: 4, Stage("Client sends content"), F("fulfilledOn", D("2026-03-30")));
        Explain(s, "schedule shift, stopped by a hold", ConsequenceRule.ScheduleShift(3), Client, content, D("2026-03-24"), today: D("2026-04-07"), late: 5, Stage("Client sends content"), F("stopped", "hold"));
        Explain(s, "pause after the grace period", ConsequenceRule.Pause(3), Client, content, D("2026-03-24"), today: D("2026-03-31"), late: 5, Stage("Client sends content"), threshold: 5, F("grace", 2));
        Explain(
            s,
            "restart lead time, with the next stage",
            ConsequenceRule.RestartLeadTime(5),
            Client,
            content,
            D("2026-03-24"),
            today: D("2026-04-06"),
            late: 5,
            Stage("Client sends content"),
            threshold: 5,
            cameBack: D("2026-04-06"),
            F("stopped", "hold"),
            F("leadTime", 3),
            F("nextStage", "Design draft"),
            F("nextStart", D("2026-04-09")));
        Explain(
            s,
            "restart lead time, no stage next",
            ConsequenceRule.RestartLeadTime(5),
            Client,
            milestone,
            D("2026-05-08"),
            today: D("2026-05-20"),
            late: 5,
            Basis(Installment, "Design draft"),
            threshold: 5,
            cameBack: D("2026-05-20"),
            F("stopped", "hold"),
            F("leadTime", 3));
        Explain(
            s,
            "restart fee",
            ConsequenceRule.RestartFee(5, Eur(300m)),
            Client,
            content,
            D("2026-03-24"),
            today: D("2026-04-06"),
            late: 5,
            Stage("Client sends content"),
            threshold: 5,
            cameBack: D("2026-04-06"),
            F("stopped", "hold"),
            F("amount", Eur(300m)),
            F("amountBeforeCap", Eur(300m)));
        Explain(
            s,
            "restart fee, capped",
            ConsequenceRule.RestartFee(5, Eur(300m)),
            Client,
            content,
            D("2026-03-24"),
            today: D("2026-04-06"),
            late: 5,
            Stage("Client sends content"),
            threshold: 5,
            cameBack: D("2026-04-06"),
            F("stopped", "hold"),
            F("amount", Eur(200m)),
            F("amountBeforeCap", Eur(300m)),
            F("cappedBy", CapScope.PerEngagement),
            F("cap", Eur(500m)));
        Explain(s, "termination notice", ConsequenceRule.TerminationNotice(10), Client, ObligationKey.FinalPayment, D("2026-06-15"), today: D("2026-06-29"), late: 10, Basis(Installment));

        // The deposit, due Friday 6 March.
        Explain(s, "deposit, reminder after the due date", ConsequenceRule.Reminder(1), Client, ObligationKey.Deposit, D("2026-03-06"), today: D("2026-03-09"), late: 1, Basis(Installment));

        // The payment after the design, due Friday 8 May.
        Explain(s, "milestone payment, reminder on the weekend after the due date", ConsequenceRule.Reminder(0), Client, milestone, D("2026-05-08"), today: D("2026-05-09"), late: 0, Basis(Installment, "Design draft"));
        Explain(s, "late fee, a percentage", ConsequenceRule.LateFee(3, Charge.PercentOf(5m)), Client, milestone, D("2026-05-08"), today: D("2026-05-13"), late: 3, Basis(Installment, "Design draft"), F("amount", Eur(120m)), F("amountBeforeCap", Eur(120m)));
        Explain(s, "late fee, fixed", ConsequenceRule.LateFee(3, Charge.Fixed(Eur(150m))), Client, milestone, D("2026-05-08"), today: D("2026-05-13"), late: 3, Basis(Installment, "Design draft"), F("amount", Eur(150m)), F("amountBeforeCap", Eur(150m)));
        Explain(
            s,
            "late fee, capped per month",
            ConsequenceRule.LateFee(3, Charge.PercentOf(10m)),
            Client,
            milestone,
            D("2026-05-08"),
            today: D("2026-05-13"),
            late: 3,
            Basis(Installment, "Design draft"),
            F("amount", Eur(200m)),
            F("amountBeforeCap", Eur(240m)),
            F("cappedBy", CapScope.PerMonth),
            F("cap", Eur(200m)));
        Explain(s, "late fee, paid late", ConsequenceRule.LateFee(3, Charge.PercentOf(5m)), Client, milestone, D("2026-05-08"), today: D("2026-05-18"), late: 4, Basis(Installment, "Design draft"), F("fulfilledOn", D("2026-05-14")), F("amount", Eur(120m)), F("amountBeforeCap", Eur(120m)));
        Explain(s, "late fee, stopped by the end", ConsequenceRule.LateFee(3, Charge.Fixed(Eur(150m))), Client, milestone, D("2026-05-08"), today: D("2026-05-20"), late: 3, Basis(Installment, "Design draft"), F("stopped", "end"), F("amount", Eur(150m)), F("amountBeforeCap", Eur(150m)));

        // The final payment, due Monday 15 June.
        Explain(s, "final payment, reminder, paid on time", ConsequenceRule.Reminder(-3), Client, ObligationKey.FinalPayment, D("2026-06-15"), today: D("2026-06-12"), late: -2, Basis(Installment), F("fulfilledOn", D("2026-06-11")));

        // The provider's design, due Friday 24 April.
        Explain(s, "credit, a percentage of the stage's price", ConsequenceRule.Credit(3, Charge.PercentOf(5m)), Provider, design, D("2026-04-24"), today: D("2026-04-29"), late: 3, Stage("Design draft"), F("amount", Eur(120m)), F("amountBeforeCap", Eur(120m)));
        Explain(
            s,
            "credit, capped per stage",
            ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
            Provider,
            design,
            D("2026-04-24"),
            today: D("2026-04-29"),
            late: 3,
            Stage("Design draft"),
            F("amount", Eur(150m)),
            F("amountBeforeCap", Eur(240m)),
            F("cappedBy", CapScope.PerStage),
            F("cap", Eur(150m)));
        Explain(s, "credit, fixed, handed over late", ConsequenceRule.Credit(3, Charge.Fixed(Eur(100m))), Provider, design, D("2026-04-24"), today: D("2026-05-04"), late: 4, Stage("Design draft"), F("fulfilledOn", D("2026-04-30")), F("amount", Eur(100m)), F("amountBeforeCap", Eur(100m)));
        Explain(s, "firm reminder, stage sent back", ConsequenceRule.FirmReminder(1), Provider, design, D("2026-04-24"), today: D("2026-04-29"), late: 2, Stage("Design draft"), F("stopped", "sent-back"));
        Explain(s, "escalation, stage sent back", ConsequenceRule.Escalation(2, "account director"), Provider, design, D("2026-04-24"), today: D("2026-04-29"), late: 2, Stage("Design draft"), F("stopped", "sent-back"), F("escalateTo", "account director"));

        // The provider's reply to the client's email of Tuesday 12 May at 16:30, due the next day; and to a chat on Monday 18 May.
        var email = new[] { F("sender", Client), F("channel", Channel.Email), F("arrivedAt", new LocalDateTime(2026, 5, 12, 16, 30)) };
        Explain(s, "reply, reminder on the due date", ConsequenceRule.Reminder(0), Provider, reply, D("2026-05-13"), today: D("2026-05-13"), late: 0, email);
        Explain(s, "reply, sent on time", ConsequenceRule.Reminder(0), Provider, reply, D("2026-05-13"), today: D("2026-05-14"), late: 0, email, F("fulfilledOn", D("2026-05-13")));
        var chat = new[] { F("sender", Client), F("channel", Channel.Chat), F("arrivedAt", new LocalDateTime(2026, 5, 18, 11, 15)) };
        Explain(s, "reply, firm reminder after the due date", ConsequenceRule.FirmReminder(1), Provider, ObligationKey.Reply(new MessageId("team-photos")), D("2026-05-18"), today: D("2026-05-19"), late: 1, chat);
        Explain(s, "reply, escalation", ConsequenceRule.Escalation(3, "studio lead"), Provider, ObligationKey.Reply(new MessageId("team-photos")), D("2026-05-18"), today: D("2026-05-21"), late: 3, chat, F("escalateTo", "studio lead"));
    }

    private static void CommunicationToDos(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        var recap = new[] { F("startedAt", new LocalDateTime(2026, 4, 27, 10, 0)), F("topic", "Design draft review") };
        var by = F("by", new LocalDateTime(2026, 4, 28, 18, 0));
        ToDo(s, "communication.recap-owed", "short, before the deadline", detailed: false, by, recap, F("followUps", Texts("Pricing page")));
        ToDo(s, "communication.recap-owed", "detailed with follow-ups, 2 days late", detailed: true, by, recap, F("late", 2), F("followUps", Texts("Pricing page", "Photos of the team")));
        ToDo(s, "communication.recap-owed", "detailed, all covered, late the same day", detailed: true, by, recap, F("late", 0), F("followUps", Array.Empty<string>()));

        var weekly = CheckInCadence.Weekly(IsoDayOfWeek.Monday);
        ToDo(s, "communication.check-in-missed", "short", detailed: false, F("by", new LocalDateTime(2026, 4, 13, 18, 0)), F("late", 1), F("occurrence", D("2026-04-13")), F("cadence", weekly));
        ToDo(s, "communication.check-in-missed", "detailed, weekly", detailed: true, F("by", new LocalDateTime(2026, 4, 13, 18, 0)), F("late", 1), F("occurrence", D("2026-04-13")), F("cadence", weekly));
        ToDo(s, "communication.check-in-missed", "detailed, every 3 business days", detailed: true, F("by", new LocalDateTime(2026, 4, 22, 18, 0)), F("late", 1), F("occurrence", D("2026-04-22")), F("cadence", CheckInCadence.Every(3)));

        ToDo(s, "communication.feedback-due", "after onboarding, short, before the deadline", detailed: false, F("by", new LocalDateTime(2026, 3, 27, 18, 0)), F("point", FeedbackPoint.AfterOnboarding), F("followUpDays", 30));
        ToDo(s, "communication.feedback-due", "at completion, detailed, before the deadline", detailed: true, F("by", new LocalDateTime(2026, 6, 3, 18, 0)), F("point", FeedbackPoint.AtCompletion), F("followUpDays", 30));
        ToDo(s, "communication.feedback-due", "follow-up, detailed, 3 days late", detailed: true, F("by", new LocalDateTime(2026, 7, 3, 18, 0)), F("late", 3), F("point", FeedbackPoint.FollowUp), F("followUpDays", 30));
        ToDo(s, "communication.feedback-due", "follow-up after 1 day, short, late the same day", detailed: false, F("by", new LocalDateTime(2026, 6, 2, 18, 0)), F("late", 0), F("point", FeedbackPoint.FollowUp), F("followUpDays", 1));

        var incident = new[]
        {
            F("whatHappened", "The staging site showed another clinic's photos"),
            F("remedy", "replace the photos and check every page"),
            F("impact", "two patients asked whether the clinic had moved"),
        };
        ToDo(s, "communication.follow-through-due", "short, before the deadline", detailed: false, F("by", new LocalDateTime(2026, 5, 22, 18, 0)), incident);
        ToDo(s, "communication.follow-through-due", "detailed with a credit, before the deadline", detailed: true, F("by", new LocalDateTime(2026, 5, 22, 18, 0)), incident, F("credit", Eur(120m)));
        ToDo(s, "communication.follow-through-due", "detailed without a credit, 1 day late", detailed: true, F("by", new LocalDateTime(2026, 5, 22, 18, 0)), F("late", 1), incident);
    }

    private static void ScopeAnswers(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        const string WebsiteDesign = "Website design";
        const string WebsiteBuild = "Website build";
        Refusal(s, "scope.duplicate-request", "team page", F("request", new ChangeRequestId("team-page")), F("description", "Add a page introducing the dentists"));
        Refusal(s, "scope.unknown-deliverable", "others agreed", F("deliverable", new DeliverableKey("brochure")), F("deliverables", new ValueList<DeliverableKey>(new[] { new DeliverableKey("design"), new DeliverableKey("build") })));
        Refusal(s, "scope.unknown-deliverable", "none agreed", F("deliverable", new DeliverableKey("brochure")), F("deliverables", new ValueList<DeliverableKey>(Array.Empty<DeliverableKey>())));
        Refusal(s, "scope.unknown-clause", "with clauses", F("deliverable", WebsiteDesign), F("clause", "Animations"), F("inclusions", Texts("Home page layout", "Mobile layout")), F("exclusions", Texts("Logo design", "Copywriting")));
        Refusal(s, "scope.unknown-clause", "without clauses", F("deliverable", WebsiteBuild), F("clause", "Hosting"), F("inclusions", Array.Empty<string>()), F("exclusions", Array.Empty<string>()));
        Refusal(s, "scope.no-rate-card", "no goodwill", F("description", "Add an online booking form"), F("reason", OutOfScopeReason.NoGoodwill), F("deliverable", WebsiteBuild));

        Answer(s, "scope.answer.included", "clause", "Make the home page work on phones", F("deliverable", WebsiteDesign), F("clause", "Mobile layout"));
        Answer(s, "scope.answer.units-covered", "some left", "Add a page for the orthodontics service", F("units", 1), F("included", 8), F("unitName", "pages"), F("deliverable", WebsiteBuild), F("left", 2));
        Answer(s, "scope.answer.units-covered", "one left", "Add pages for implants and whitening", F("units", 2), F("included", 8), F("unitName", "pages"), F("deliverable", WebsiteBuild), F("left", 1));
        Answer(s, "scope.answer.units-covered", "none left", "Add a page for emergencies", F("units", 1), F("included", 8), F("unitName", "pages"), F("deliverable", WebsiteBuild), F("left", 0));
        Answer(s, "scope.answer.hours-covered", "hours left", "Update the opening hours on every page", F("included", 6m), F("deliverable", WebsiteBuild), F("estimate", 1.5m), F("left", 2.5m));
        Answer(s, "scope.answer.hours-covered", "one hour left", "Swap the team photos", F("included", 6m), F("deliverable", WebsiteBuild), F("estimate", 2m), F("left", 1m));
        Answer(s, "scope.answer.goodwill", "announced", "Change the button colour", F("estimate", 0.5m), F("left", 2.5m), F("goodwill", 3m));
        Answer(s, "scope.answer.goodwill", "announced, one hour left", "Add a favicon", F("estimate", 1m), F("left", 1m), F("goodwill", 3m));
        Answer(s, "scope.answer.goodwill", "quiet", "Fix the typo in the footer");

        OutOfScope(s, "excluded", "Design a new logo", OutOfScopeReason.Excluded, Quote(6m, impact: 1), F("exclusion", "Logo design"), F("deliverable", WebsiteDesign));
        OutOfScope(s, "beyond the pages", "Add pages for three new services", OutOfScopeReason.BeyondAllowance, Quote(4.5m, impact: 1), F("units", 3), F("included", 8), F("unitName", "pages"), F("deliverable", WebsiteBuild), F("left", 1));
        OutOfScope(s, "beyond the pages, none left", "Add a careers page", OutOfScopeReason.BeyondAllowance, Quote(1.5m, impact: 1), F("units", 1), F("included", 8), F("unitName", "pages"), F("deliverable", WebsiteBuild), F("left", 0));
        OutOfScope(s, "beyond the hours, some left", "Rewrite the service descriptions", OutOfScopeReason.BeyondAllowance, Quote(5m, impact: 1), F("estimate", 5m), F("included", 6m), F("deliverable", WebsiteBuild), F("left", 2.5m));
        OutOfScope(s, "beyond the hours, all used", "Add a price list", OutOfScopeReason.BeyondAllowance, Quote(2m, impact: 1), F("estimate", 2m), F("included", 1m), F("deliverable", WebsiteBuild), F("left", 0m));
        OutOfScope(s, "beyond the revision rounds, reopens the stage", "One more revision round of \"Design draft\": warmer colours", OutOfScopeReason.BeyondRevisionRounds, Quote(4m, impact: 0, reopensStage: true), F("rounds", 2), F("deliverable", WebsiteDesign));
        OutOfScope(s, "beyond the revision round, under way", "One more revision round of \"Design draft\": bigger photos", OutOfScopeReason.BeyondRevisionRounds, Quote(4m, impact: 1), F("rounds", 1), F("deliverable", WebsiteDesign));
        OutOfScope(s, "too large for goodwill", "Add a blog", OutOfScopeReason.TooLargeForGoodwill, Quote(12m, impact: 2), F("estimate", 12m), F("limit", 1m));
        OutOfScope(s, "goodwill used up", "Add a map to the contact page", OutOfScopeReason.GoodwillUsedUp, Quote(1m, impact: 1), F("goodwill", 3m), F("left", 0m));
        OutOfScope(s, "goodwill nearly used up", "Add a cookie banner", OutOfScopeReason.GoodwillUsedUp, Quote(2m, impact: 1), F("goodwill", 3m), F("left", 0.5m));
        OutOfScope(s, "no goodwill, a deliverable", "Add an online booking form", OutOfScopeReason.NoGoodwill, Quote(16m, impact: 3), F("deliverable", WebsiteBuild));
        OutOfScope(s, "no goodwill, no deliverable", "Set up the clinic's Google Business profile", OutOfScopeReason.NoGoodwill, Quote(3m, impact: 1));

        Add(s, "scope.notice.charging-starts", "used up", F("used", 3m), F("requests", 4), F("goodwill", 3m), F("left", 0m), F("rateCard", Rates));
        Add(s, "scope.notice.charging-starts", "some left", F("used", 2.5m), F("requests", 1), F("goodwill", 3m), F("left", 0.5m), F("rateCard", Rates));
    }

    /// <summary>The texts recorded in events, each worded for the party it is addressed to.</summary>
    private static void Records(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        Add(s, "expectation.stage", "with what it hands over", F("stage", "Design draft"), F("handover", "the homepage and two inner pages to review"));
        Add(s, "expectation.stage", "title only", F("stage", "Client sends content"));
        Add(s, "expectation.final-delivery", "with what it hands over", F("stage", "Build"), F("handover", "the finished website on its server"));
        Add(s, "expectation.final-delivery", "title only", F("stage", "Build"));
        Add(s, "expectation.revise", "the client's reason", F("stage", "Design draft"), F("reason", "The logo is too small on mobile"));
        Add(s, "expectation.resume", "the pause's reason", F("reason", "The clinic is moving premises"));
        Add(s, "change-request.extra-round", "the client's reason", F("stage", "Design draft"), F("reason", "A new colour scheme after the rebrand"));
        Add(s, "pause.consequence", "a late stage", F("late", 15), F("obligation", ObligationKey.ForStage(Content)), F("obligationName", "Client sends content"));
        Add(s, "pause.consequence", "a late deposit", F("late", 1), F("obligation", ObligationKey.Deposit));
        Add(s, "closure.force-majeure", "the reason given", F("reason", "Flood at the studio"));
        Add(s, "amendment.change-order", "priced, days added to a stage, one more unit",
            F("changeOrder", new ChangeRequestId("gallery-page")), F("description", "Add a gallery page"), F("absorbed", false), F("price", Eur(540m)),
            F("impact", 1), F("stage", Build), F("stageName", "Build"), F("deliverable", "Website pages"), F("units", 1), F("unitName", "pages"));
        Add(s, "amendment.change-order", "absorbed, several units",
            F("changeOrder", new ChangeRequestId("team-bios")), F("description", "Three team biography pages"), F("absorbed", true), F("price", Eur(0m)),
            F("deliverable", "Website pages"), F("units", 3), F("unitName", "pages"));
        Add(s, "amendment.change-order", "one more revision round",
            F("changeOrder", new ChangeRequestId("design-round-3")), F("description", "One more revision round of \"Design draft\": new colours"), F("absorbed", false), F("price", Eur(360m)),
            F("deliverable", "Website design"), F("rounds", 1));
    }

    private static void AgreementRefusals(List<(string, string, IReadOnlyList<Fact>)> s)
    {
        Add(s, "agreement.provider.missing", "no provider");
        Add(s, "agreement.client.missing", "no client");
        Add(s, "agreement.stages.none", "no stages");
        Add(s, "agreement.milestone.unknown-stage", "photos, a fixed amount", F("amount", Charge.FixedPayment(Eur(1200m))), F("stage", Photos));
        Add(s, "agreement.milestone.unknown-stage", "photos, a share of the total", F("amount", Charge.PercentOfTotal(30m)), F("stage", Photos));
        Add(s, "agreement.preferences.escalation-contact-missing", "client", F("party", PartyRole.Client));
        Add(s, "agreement.preferences.channel-not-accepted", "client prefers the phone", F("party", PartyRole.Client), F("channel", Channel.Phone), F("accepted", new[] { Channel.Email, Channel.Portal }));
        Add(s, "agreement.preferences.channel-not-accepted", "provider prefers video calls", F("party", PartyRole.Provider), F("channel", Channel.VideoCall), F("accepted", new[] { Channel.Email }));
        Add(s, "agreement.contact-windows.no-working-day", "client reachable at weekends only", F("party", PartyRole.Client),
            F("windows", WorkingWeek.Of(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, TimeOfDayRange.Of(10, 0, 12, 0))), F("workingWeek", WorkingWeek.MondayToFriday()));
        Add(s, "agreement.contact-windows.no-working-day", "provider reachable on Friday only", F("party", PartyRole.Provider),
            F("windows", WorkingWeek.Of(new[] { IsoDayOfWeek.Friday }, TimeOfDayRange.Of(9, 0, 11, 0))),
            F("workingWeek", WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday }, TimeOfDayRange.Of(8, 0, 16, 0))));
        Add(s, "agreement.contact-windows.no-working-day", "client reachable on its days off in a week of three days", F("party", PartyRole.Client),
            F("windows", WorkingWeek.Of(new[] { IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday }, TimeOfDayRange.Of(9, 0, 11, 0))),
            F("workingWeek", WorkingWeek.Of(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }, TimeOfDayRange.Of(9, 0, 17, 0))));
        Add(s, "agreement.deliverable.rounds-need-stage", "design", F("deliverable", new DeliverableKey("design")), F("rounds", 2));
        Add(s, "agreement.deliverable.unknown-stage", "photos", F("deliverable", new DeliverableKey("photos")), F("stage", Photos));
        Add(s, "agreement.deliverable.stage-of-client", "content", F("deliverable", new DeliverableKey("copy")), F("stage", Content));
        Add(s, "agreement.deliverable.rounds-twice", "design", F("stage", Design));
        Add(s, "agreement.acceptance-window.unknown-stage", "photos", F("stage", Photos), F("days", 5));
        Add(s, "agreement.acceptance-window.stage-of-client", "content", F("stage", Content), F("days", 1));
        Add(s, "agreement.scope.rate-card-missing", "no rate card");
        Add(s, "agreement.consequences.unknown-stage", "provider, photos", F("party", PartyRole.Provider), F("stage", Photos));
        Add(s, "agreement.consequences.stage-of-other-party", "client's ladder on the design", F("party", PartyRole.Client), F("stage", Design), F("owner", PartyRole.Provider));
        Add(s, "agreement.consequences.stage-of-other-party", "provider's ladder on the content", F("party", PartyRole.Provider), F("stage", Content), F("owner", PartyRole.Client));
        Add(s, "agreement.consequences.credit-from-client", "client");
        Add(s, "agreement.consequences.fee-from-provider", "provider");
        Add(s, "agreement.consequences.provider-pays-nothing", "provider");
        Add(s, "agreement.consequences.credit-needs-price", "build", F("party", PartyRole.Provider), F("stage", Build));
        Add(s, "agreement.currency.mixed", "stage price", F("currency", "EUR"), F("stagePrice", Design), F("amount", new Money(2600m, "USD")));
        Add(s, "agreement.currency.mixed", "hourly rate", F("currency", "EUR"), F("hourlyRate", true), F("amount", new Money(80m, "GBP")));
        Add(s, "agreement.currency.mixed", "rule", F("currency", "EUR"), F("party", PartyRole.Client), F("rule", ConsequenceRule.LateFee(5, Charge.Fixed(new Money(100m, "USD")))), F("amount", new Money(100m, "USD")));
        Add(s, "agreement.currency.mixed", "cap", F("currency", "EUR"), F("party", PartyRole.Provider), F("cap", CapScope.PerMonth), F("amount", new Money(500m, "USD")));
        Refusal(s, "plan.not-signed", "with a deposit", F("deposit", Installment));
        Refusal(s, "plan.not-signed", "without a deposit");
        Refusal(s, "plan.deposit-not-received", "deposit", F("deposit", Installment));
        Refusal(s, "plan.finish-out-of-order", "a gap", F("stage", "content"), F("previous", "discovery"));
        Refusal(s, "plan.finish-before-previous", "dates", F("stage", "content"), F("finish", new LocalDate(2026, 3, 4)), F("previous", "discovery"), F("previousFinish", new LocalDate(2026, 3, 5)));
        Refusal(s, "meeting.too-long", "two hours", F("length", Duration.FromMinutes(120)), F("longest", Duration.FromMinutes(90)));
    }

    /// <summary>
    /// A refusal as the decider states it: beside each stage, stage's payment or obligation, party and the agreement, its
    /// name (<c>EngagementDecider.Named</c>), for those in the agreement.
    /// </summary>
    private static void Refusal(List<(string, string, IReadOnlyList<Fact>)> s, string key, string @case, params Fact[] facts)
    {
        var named = new List<Fact>(facts);
        foreach (var fact in facts)
        {
            var name = fact.Value switch
            {
                StageKey stage => StageName(stage),
                ObligationKey { Stage: { } stage } => StageName(stage),
                PartyRole party => party == PartyRole.Provider ? Provider : Client,
                AgreementId id when id == Website => "Birchwood Dental website",
                _ => null,
            };
            if (name is not null)
            {
                named.Add(F(fact.Name + "Name", name));
            }
        }

        // As EngagementDecider.Decide names them: the provider's zone, for the instants a refusal states.
        named.Add(F("readerZone", DateTimeZoneProviders.Tzdb["Europe/Madrid"]));
        s.Add((key, @case, named));
    }

    private static string? StageName(StageKey stage) =>
        stage == Content ? "Client sends content" : stage == Design ? "Design draft" : stage == Build ? "Build" : null;

    private static void NotAllowed(List<(string, string, IReadOnlyList<Fact>)> s, string @case, EngagementCommand command, EngagementPhase phase, bool depositRequired) =>
        Refusal(s, "engagement.not-allowed-in-phase", @case, F("command", command), F("phase", phase), F("depositRequired", depositRequired));

    /// <summary>A due reminder or consequence's explanation, with the facts <c>Assessor.ExplanationFacts</c> always states.</summary>
    private static void Explain(
        List<(string, string, IReadOnlyList<Fact>)> s,
        string @case,
        ConsequenceRule rule,
        string party,
        ObligationKey obligation,
        LocalDate due,
        LocalDate today,
        int late,
        Fact[] what,
        params Fact[] more) =>
        Explain(s, @case, rule, party, obligation, due, today, late, what, threshold: rule.BusinessDaysOverdue, cameBack: today, more);

    private static void Explain(
        List<(string, string, IReadOnlyList<Fact>)> s,
        string @case,
        ConsequenceRule rule,
        string party,
        ObligationKey obligation,
        LocalDate due,
        LocalDate today,
        int late,
        Fact[] what,
        int threshold,
        params Fact[] more) =>
        Explain(s, @case, rule, party, obligation, due, today, late, what, threshold, cameBack: today, more);

    private static void Explain(
        List<(string, string, IReadOnlyList<Fact>)> s,
        string @case,
        ConsequenceRule rule,
        string party,
        ObligationKey obligation,
        LocalDate due,
        LocalDate today,
        int late,
        Fact[] what,
        int threshold,
        LocalDate cameBack,
        params Fact[] more)
    {
        var facts = new List<Fact>
        {
            F("rule", rule),
            F("party", party),
            F("other", party == Provider ? Client : Provider),
            F("obligation", obligation),
            F("due", due),
            F("today", today),
            F("late", late),
            F("threshold", threshold),
            F("cameBack", cameBack),
        };
        facts.AddRange(what);
        facts.AddRange(more);
        s.Add(("consequence.explanation", @case, facts));
    }

    private static Fact[] Stage(string name) => new[] { F("stage", name) };

    private static Fact[] Basis(Money basis, string? stage = null) =>
        stage is null ? new[] { F("basis", basis) } : new[] { F("stage", stage), F("basis", basis) };

    /// <summary>A communication to-do as <c>CommunicationAgenda.Describe</c> states it: the client, whether it prefers detail, the deadline, then the kind's facts.</summary>
    private static void ToDo(List<(string, string, IReadOnlyList<Fact>)> s, string key, string @case, bool detailed, params object[] facts)
    {
        var all = new List<Fact> { F("client", Client), F("detailed", detailed) };
        foreach (var item in facts)
        {
            if (item is Fact fact)
            {
                all.Add(fact);
            }
            else
            {
                all.AddRange((IEnumerable<Fact>)item);
            }
        }

        s.Add((key, @case, all));
    }

    private static void Answer(List<(string, string, IReadOnlyList<Fact>)> s, string key, string @case, string description, params Fact[] facts)
    {
        var all = new List<Fact> { F("description", description) };
        all.AddRange(facts);
        s.Add((key, @case, all));
    }

    /// <summary>An out-of-scope answer as <c>ScopeLedger.OutOfScope</c> states it: why, what, then the quote.</summary>
    private static void OutOfScope(List<(string, string, IReadOnlyList<Fact>)> s, string @case, string description, OutOfScopeReason reason, Fact[] quote, params Fact[] because)
    {
        var all = new List<Fact>(because) { F("description", description), F("reason", reason) };
        all.AddRange(quote);
        s.Add(("scope.answer.out-of-scope", @case, all));
    }

    /// <summary>The quote from the rate card, 90.00 EUR an hour and at least 150.00 EUR.</summary>
    private static Fact[] Quote(decimal hours, int impact, bool reopensStage = false)
    {
        var byTheHour = Rates.HourlyRate.Times(hours).Round(2);
        return new[]
        {
            F("hours", hours),
            F("rate", Rates.HourlyRate),
            F("byTheHour", byTheHour),
            F("minimum", Rates.MinimumFee),
            F("price", Rates.PriceOf(hours)),
            F("impact", impact),
            F("reopensStage", reopensStage),
        };
    }

    private static void Add(List<(string, string, IReadOnlyList<Fact>)> s, string key, string @case, params Fact[] facts) => s.Add((key, @case, facts));

    private static Fact F(string name, object value) => Fact.Of(name, value);

    private static ValueList<string> Texts(params string[] items) => new(items);

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static LocalDate D(string isoDate) => Dates.D(isoDate);

    private static Instant Madrid(string local) => EngagementDriver.Madrid(local);

    private static ZonedDateTime InMadrid(string local) => Madrid(local).InZone(Dates.Zone("Europe/Madrid"));
}
