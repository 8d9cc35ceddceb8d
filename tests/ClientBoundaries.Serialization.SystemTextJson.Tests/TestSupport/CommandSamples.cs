using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Samples;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>Commands of every type, with their optional fields given and left out, some expecting a version.</summary>
internal static class CommandSamples
{
    private static readonly Instant At = Madrid("2026-03-03T17:00");
    private static readonly string[] Agenda = { "Goals", "Sitemap", "Próximos pasos" };
    private static readonly string[] Covered = { "Goals" };
    private static readonly ChangeRequestId Booking = new("booking");
    private static readonly MeetingId KickOff = new("kick-off");
    private static readonly IncidentId Late = new("late-design");

    public static IReadOnlyList<EngagementCommand> All { get; } = new EngagementCommand[]
    {
        new Propose(Agreement(), At),
        new Sign(At),
        new Sign(At).ExpectingVersion(1),
        new ReceiveDeposit(new Money(1500.50m, "EUR"), At),
        new Schedule(D("2026-03-02"), At),
        new StartStage(Discovery, At),
        new SubmitWork(Discovery, "A first brief", At),
        new HandOff(Discovery, At),
        new HandOff(Discovery, At, "Send all page copy", D("2026-03-06")).ExpectingVersion(7),
        new AcceptStage(Design, At),
        new RecordDeemedAcceptance(Design, At),
        new RequestRevision(Design, "The menu is hard to read", At),
        new LogEffort(Design, PartyRole.Provider, 2.25m, At),
        new LogEffort(Design, PartyRole.Client, 24m, At, "Gathered photos"),
        new PauseWork(PartyRole.Client, "Holidays", At),
        new ResumeWork(At),
        new Complete(At),
        new Terminate(PartyRole.Provider, "Unpaid invoices", At),
        new RecordReminderSent(ObligationKey.Deposit, ConsequenceRule.Reminder(-3), At),
        new ApplyConsequence(ObligationKey.ForStage(Content), ConsequenceRule.RestartFee(8, RestartFee), At),
        new ApplyConsequence(ObligationKey.Reply(new MessageId("msg-1")), ConsequenceRule.Escalation(2, "owner"), At),
        new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(2000m, "EUR"), At),
        new ReceivePayment(ObligationKey.FinalPayment, new Money(1500m, "EUR"), At),
        new PayOwed(OwedKey.Consequence(ObligationKey.ForStage(Content), 0, ConsequenceRule.RestartFee(8, RestartFee)), new Money(125.50m, "EUR"), At),
        new PayOwed(OwedKey.ForChangeOrder(Booking), new Money(720m, "EUR"), At),
        new PayOwed(OwedKey.Overpayment(ObligationKey.Deposit), new Money(0.50m, "EUR"), At),
        new SettleCredit(OwedKey.Consequence(ObligationKey.ForStage(Design), 1, ConsequenceRule.Credit(2, Charge.PercentOf(10m))), OwedKey.Payment(ObligationKey.FinalPayment), new Money(150m, "EUR"), At),
        new SettleCredit(OwedKey.Overpayment(ObligationKey.MilestonePayment(Design)), OwedKey.Payment(ObligationKey.MilestonePayment(Design)), new Money(10m, "EUR"), At).ExpectingVersion(40),
        new RecordForceMajeure(PartyRole.Client, "Office flooded", D("2026-03-20"), D("2026-03-27"), At),
        new RequestChange(new ChangeRequest(Booking, "Add a booking form", PartyRole.Client, 8m, At)),
        new RequestChange(new ChangeRequest(new ChangeRequestId("pages"), "Two more pages", PartyRole.Provider, 0m, At, Pages, 2, null)),
        new RequestChange(new ChangeRequest(new ChangeRequestId("mobile"), "Mobile menu", PartyRole.Client, 1.5m, At, Designs, 0, "A mobile layout for every page")),
        new ProposeChangeOrder(Booking, At),
        new ProposeChangeOrder(Booking, At, new Money(720m, "EUR"), 2),
        new AcceptChangeOrder(Booking, At),
        new DeclineChangeOrder(Booking, At),
        new DeclineChangeOrder(Booking, At, "Too expensive"),
        new ProceedWhilePriced(Booking, At),
        new AbsorbChangeOrder(Booking, At),
        new BookMeeting(KickOff, Madrid("2026-03-09T10:00"), Agenda, null, false, At),
        new BookMeeting(KickOff, Madrid("2026-03-09T10:00"), Agenda, Duration.FromMinutes(45), true, At),
        new CancelMeeting(KickOff, "Nothing to discuss", At),
        new RecordMeetingHeld(KickOff, Madrid("2026-03-03T10:00"), Madrid("2026-03-03T10:50"), Covered, At),
        new RecordRecapSent(KickOff, At),
        new RecordCheckIn(D("2026-03-02"), At),
        new RecordCheckIn(D("2026-03-02"), At, "The client was travelling"),
        new RequestFeedback(FeedbackPoint.AfterOnboarding, At),
        new ReceiveFeedback(FeedbackPoint.FollowUp, "Still happy", At),
        new RecordIncident(Late, "The design was late", "The launch moves", "A credit", D("2026-04-15"), At),
        new RecordFollowThrough(Late, "Credited 150 EUR", At),
        new LinkCreditToIncident(Late, ObligationKey.ForStage(Design), ConsequenceRule.Credit(2, Charge.PercentOf(10m)), At),
        new RecordMessage(new MessageId("msg-1"), PartyRole.Client, Channel.Chat, At),
        new RecordReply(new MessageId("msg-1"), At),
    };
}
