using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>
/// Events of every type: the whole life of the sample engagement and a terminated one (all decided by the
/// core, so they are real), plus the optional fields the decider happens to fill left empty.
/// </summary>
internal static class EventSamples
{
    private static readonly Instant At = Madrid("2026-03-03T17:00");

    public static IReadOnlyList<EngagementEvent> WholeLife { get; } = Stories.WholeLife().Events;

    public static IReadOnlyList<EngagementEvent> All { get; } = WholeLife
        .Concat(Stories.Terminated().Events.Skip(4))
        .Concat(new EngagementEvent[]
        {
            new EngagementEvent.HandedOff(Samples.Discovery, PartyRole.Provider, PartyRole.Client, "", null, At),
            new EngagementEvent.EffortLogged(new EffortEntry(Samples.Design, PartyRole.Client, 0.25m), At),
            new EngagementEvent.ChangeOrderDeclined(new ChangeOrderDecline(new ChangeRequestId("shop")), At),
            new EngagementEvent.OwedPaid(OwedKey.ForChangeOrder(new ChangeRequestId("booking")), new Money(360m, "EUR"), At),
            new EngagementEvent.OwedPaid(OwedKey.Consequence(ObligationKey.Reply(new MessageId("msg-1")), 2, ClientBoundaries.Consequences.ConsequenceRule.LateFee(3, Charge.Fixed(new Money(40m, "EUR")))), new Money(40m, "EUR"), At),
            new EngagementEvent.CreditSettled(OwedKey.Overpayment(ObligationKey.Deposit), OwedKey.Payment(ObligationKey.MilestonePayment(Samples.Design)), new Money(200m, "EUR"), At),
            new EngagementEvent.ReminderSent(ObligationKey.Acceptance(Samples.Design), 1, ClientBoundaries.Consequences.ConsequenceRule.FirmReminder(0), PartyRole.Client, At),
            new EngagementEvent.ConsequenceApplied(ObligationKey.Acceptance(Samples.Design), 0, ClientBoundaries.Consequences.ConsequenceRule.Escalation(5, "owner"), PartyRole.Client, null, At, At),
            new EngagementEvent.StageDeemedAccepted(Samples.Design, PartyRole.Client, DeemedAcceptanceReason.LaterStageAccepted, At),
            new EngagementEvent.WorkSubmitted(Samples.Design, "Ñandú «quoted» <b>&amp;</b> 🎉 \"line\nbreak\"", At),
        })
        .ToList();
}
