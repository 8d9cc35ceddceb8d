using System.Linq;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>The foot-dragging story with money owed both ways, for the documents that show when it is due.</summary>
internal static class MoneyStories
{
    /// <summary>
    /// The foot-dragging story told on to Tuesday 16 June 2026 at 11:10, as in
    /// <c>FootDraggingLedgerScenarioTests</c>, with money owed both ways and partly settled.
    /// </summary>
    /// <remarks>
    /// <para>Owed, each due 14 calendar days after it was recorded (the final-payment terms), on the debtor's next
    /// business day in Madrid:</para>
    /// <list type="bullet">
    /// <item><description>the bakery's 250 EUR restart fee, applied Wednesday 29 April: due Wednesday 13 May; 100 EUR
    /// paid and 50 EUR of the studio's credit set off against it, 100 EUR outstanding;</description></item>
    /// <item><description>the studio's credit for its late design, 10% of 1,500 EUR = 150 EUR, applied Tuesday 19 May:
    /// due Tuesday 2 June; 100 EUR of it set off (50 EUR against the restart fee, 50 EUR against the milestone), 50 EUR
    /// outstanding;</description></item>
    /// <item><description>the 2,400 EUR milestone, the design accepted Tuesday 19 May: due Tuesday 2 June; 50 EUR
    /// settled by the credit, 2,350 EUR outstanding;</description></item>
    /// <item><description>the 1,800 EUR final payment, the build accepted (which completes the engagement) Friday 5 June: due Friday 19 June, nothing paid;</description></item>
    /// <item><description>the bakery's late fee on the milestone, 2% of 2,400 EUR = 48 EUR, applied Tuesday 16 June: due
    /// Tuesday 30 June, nothing paid.</description></item>
    /// </list>
    /// <para>The deposit (1,800 EUR) was paid on Friday 20 February.</para>
    /// </remarks>
    public static EngagementDriver FootDraggingOwingBothWays()
    {
        var engagement = FootDragging(Dates.D("2026-05-19"))
            .Do(new HandOff(Design, Madrid("2026-05-19T12:00")))
            .Do(new AcceptStage(Design, Madrid("2026-05-19T14:00")))
            .Do(new StartStage(Feedback, Madrid("2026-05-19T14:05")))
            .Do(new HandOff(Feedback, Madrid("2026-05-20T16:00")))
            .Do(new StartStage(Build, Madrid("2026-05-21T09:00")))
            .Do(new HandOff(Build, Madrid("2026-06-03T16:00")))
            .Do(new AcceptStage(Build, Madrid("2026-06-05T10:00")))
            .Do(new ApplyConsequence(ObligationKey.MilestonePayment(Design), ConsequenceRule.LateFee(10, Charge.PercentOf(2m)), Madrid("2026-06-16T09:30")));
        var ledger = OwedLedger.Of(engagement.State);
        var restartFee = ledger.Entries.Single(e => e.Kind == OwedKind.RestartFee).Key;
        var credit = ledger.Entries.Single(e => e.Kind == OwedKind.Credit).Key;
        var milestone = OwedKey.Payment(ObligationKey.MilestonePayment(Design));
        return engagement
            .Do(new PayOwed(restartFee, new Money(100m, "EUR"), Madrid("2026-06-16T11:00")))
            .Do(new SettleCredit(credit, milestone, new Money(50m, "EUR"), Madrid("2026-06-16T11:05")))
            .Do(new SettleCredit(credit, restartFee, new Money(50m, "EUR"), Madrid("2026-06-16T11:10")));
    }
}
