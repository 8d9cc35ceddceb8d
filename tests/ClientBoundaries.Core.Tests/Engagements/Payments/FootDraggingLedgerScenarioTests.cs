using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Payments;

/// <summary>
/// The foot-dragging story told to its end in money: the restart fee, and in a variant a credit for the studio's late
/// design and a late fee on the client's late milestone payment, all invoiced, paid or set off, until nothing is owed.
/// </summary>
public class FootDraggingLedgerScenarioTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");

    [Fact]
    public void The_foot_dragging_clients_restart_fee_is_paid_in_two_parts_and_nothing_is_left_owed()
    {
        var engagement = FootDragging(D("2026-05-12"));
        var fee = OwedLedger.Of(engagement.State).OverdueAt(Madrid("2026-05-14T09:00")).Should().ContainSingle().Subject;
        fee.Kind.Should().Be(OwedKind.RestartFee);
        fee.Amount.Should().Be(Eur(250m));

        engagement
            .Do(new PayOwed(fee.Key, Eur(100m), Madrid("2026-05-12T11:00")))
            .Do(new PayOwed(fee.Key, Eur(150m), Madrid("2026-05-13T11:00")));

        var owed = OwedLedger.Of(engagement.State);
        owed.OutstandingFrom(PartyRole.Client).Should().Be(Eur(0m));
        owed.OutstandingFrom(PartyRole.Provider).Should().BeNull("the studio was never charged anything");
        owed.OverdueAt(Madrid("2026-05-14T09:00")).Should().BeEmpty();
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void With_a_late_design_and_a_late_milestone_the_credit_and_the_late_fee_are_settled_and_nothing_is_left_owed()
    {
        // The design (the studio's, 5 business days) started on Friday 8 May is due Thursday 14 May (8, 11, 12, 13, 14
        // May). The studio is late: 3 business days after 14 May (15, 18, 19 May) the story's morning sweep of Tuesday
        // 19 May applies its credit, 10% of the design's 1,500 EUR.
        var engagement = FootDragging(D("2026-05-19"));
        Assessor.Assess(engagement.State, Madrid("2026-05-12T12:00")).StandingOf(ObligationKey.ForStage(Design))!.Due.Should().Be(D("2026-05-14"));

        var credit = OwedLedger.Of(engagement.State).Entries.Should().ContainSingle(e => e.Kind == OwedKind.Credit).Subject;
        credit.Debtor.Should().Be(PartyRole.Provider);
        credit.Amount.Should().Be(Eur(150m));
        credit.InvoicedAt.Should().Be(Madrid("2026-05-19T09:30"));

        // The design is handed over and accepted on 19 May: the 2,400 EUR milestone is due 14 days later, Tuesday 2 June.
        // The rest of the work goes on time; the engagement completes on Friday 5 June.
        engagement
            .Do(new HandOff(Design, Madrid("2026-05-19T12:00")))
            .Do(new AcceptStage(Design, Madrid("2026-05-19T14:00")))
            .Do(new StartStage(Feedback, Madrid("2026-05-19T14:05")))
            .Do(new HandOff(Feedback, Madrid("2026-05-20T16:00")))
            .Do(new StartStage(Build, Madrid("2026-05-21T09:00")))
            .Do(new HandOff(Build, Madrid("2026-06-03T16:00")))
            .Do(new AcceptStage(Build, Madrid("2026-06-04T09:00")))
            .Do(new Complete(Madrid("2026-06-05T10:00")));
        var milestone = OwedKey.Payment(ObligationKey.MilestonePayment(Design));
        OwedLedger.Of(engagement.State).Find(milestone)!.Due.Should().Be(D("2026-06-02"));

        // Unpaid at +10 business days (3, 4, 5, 8, 9, 10, 11, 12, 15, 16 June): on Tuesday 16 June the client's late
        // fee of 2% of 2,400 EUR applies, 48 EUR (with the 250 EUR restart fee, under the client's 500 EUR cap).
        var lateFeeRule = ConsequenceRule.LateFee(10, Charge.PercentOf(2m));
        engagement.Do(new ApplyConsequence(ObligationKey.MilestonePayment(Design), lateFeeRule, Madrid("2026-06-16T09:30")));
        var lateFee = OwedLedger.Of(engagement.State).Find(OwedKey.Consequence(ObligationKey.MilestonePayment(Design), 0, lateFeeRule))!;
        lateFee.Amount.Should().Be(Eur(48m));
        lateFee.Debtor.Should().Be(PartyRole.Client);

        // Before: the client owes the restart fee, the milestone, the late fee and the final 1,800 EUR; the studio the credit.
        var before = OwedLedger.Of(engagement.State);
        before.OutstandingFrom(PartyRole.Client).Should().Be(Eur(250m + 2400m + 48m + 1800m));
        before.OutstandingFrom(PartyRole.Provider).Should().Be(Eur(150m));

        // The credit is set off against the milestone; the client pays the remainder, the fees and the final payment.
        var restartFee = before.Entries.Should().ContainSingle(e => e.Kind == OwedKind.RestartFee).Subject.Key;
        engagement
            .Do(new SettleCredit(credit.Key, milestone, Eur(150m), Madrid("2026-06-16T11:00")))
            .Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), Eur(2250m), Madrid("2026-06-16T12:00")))
            .Do(new PayOwed(lateFee.Key, Eur(48m), Madrid("2026-06-16T12:05")))
            .Do(new PayOwed(restartFee, Eur(250m), Madrid("2026-06-16T12:10")))
            .Do(new ReceivePayment(ObligationKey.FinalPayment, Eur(1800m), Madrid("2026-06-17T10:00")));

        var after = OwedLedger.Of(engagement.State);
        after.OutstandingFrom(PartyRole.Client).Should().Be(Eur(0m));
        after.OutstandingFrom(PartyRole.Provider).Should().Be(Eur(0m));
        after.Entries.Should().OnlyContain(e => e.IsSettled);
        after.Find(milestone)!.Paid.Should().Be(Eur(2250m));
        after.Find(milestone)!.Credited.Should().Be(Eur(150m));
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }
}
