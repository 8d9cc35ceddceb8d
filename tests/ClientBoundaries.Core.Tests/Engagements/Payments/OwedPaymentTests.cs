using System;
using System.Linq;
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

/// <summary>Paying what the ledger lists beyond the agreed payments (PayOwed), and setting credits off against it (SettleCredit).</summary>
public class OwedPaymentTests
{
    private static readonly OwedKey DepositExcess = OwedKey.Overpayment(ObligationKey.Deposit);
    private static readonly OwedKey DesignMilestone = OwedKey.Payment(ObligationKey.MilestonePayment(Design));

    private static Money Eur(decimal amount) => new(amount, "EUR");

    /// <summary>The foot-dragging story on Tuesday 12 May: the 250 EUR restart fee applied on 29 April is outstanding.</summary>
    private static (EngagementDriver Engagement, OwedKey Fee) RestartFeeOwed()
    {
        var engagement = FootDragging(D("2026-05-12"));
        return (engagement, OwedLedger.Of(engagement.State).Entries.Single(e => e.Kind == OwedKind.RestartFee).Key);
    }

    /// <summary>
    /// The website, its deposit paid 2,000 EUR for 1,800 EUR (200 EUR owed back to the client), the content handed over
    /// and the design accepted on Wednesday 18 March: the 2,400 EUR milestone is invoiced.
    /// </summary>
    private static EngagementDriver MilestoneInvoicedWithDepositOverpaid(decimal deposit = 2000m)
    {
        var engagement = new EngagementDriver()
            .Do(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(Eur(deposit), Madrid("2026-02-20T10:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")));
        foreach (var (stage, start, handOff) in new[]
        {
            (Discovery, "2026-03-02T09:00", "2026-03-03T17:00"),
            (Content, "2026-03-04T10:00", "2026-03-10T16:00"),
            (Design, "2026-03-11T09:00", "2026-03-17T16:00"),
        })
        {
            engagement.Do(new StartStage(stage, Madrid(start))).Do(new HandOff(stage, Madrid(handOff)));
        }

        return engagement.Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")));
    }

    [Fact]
    public void A_restart_fee_is_paid_in_parts_until_nothing_is_outstanding()
    {
        var (engagement, fee) = RestartFeeOwed();

        engagement.Do(new PayOwed(fee, Eur(100m), Madrid("2026-05-12T11:00")));
        var part = OwedLedger.Of(engagement.State).Find(fee)!;
        part.Paid.Should().Be(Eur(100m));
        part.Outstanding.Should().Be(Eur(150m));
        engagement.Events[engagement.Events.Count - 1].Should().Be(new EngagementEvent.OwedPaid(fee, Eur(100m), Madrid("2026-05-12T11:00")));

        engagement.Do(new PayOwed(fee, Eur(150m), Madrid("2026-05-13T11:00")));
        OwedLedger.Of(engagement.State).Find(fee)!.IsSettled.Should().BeTrue();
        OwedLedger.Of(engagement.State).OutstandingFrom(PartyRole.Client).Should().Be(Eur(0m));
    }

    [Fact]
    public void Paying_more_than_is_outstanding_is_refused_with_what_is_left()
    {
        var (engagement, fee) = RestartFeeOwed();
        engagement.Do(new PayOwed(fee, Eur(150m), Madrid("2026-05-12T11:00")));

        var refused = engagement.Refuses(new PayOwed(fee, Eur(250m), Madrid("2026-05-12T12:00")));
        refused.Code.Should().Be("owed.overpaid");
        refused.Message.Should().Be("Only 100.00 EUR of the restart fee for stage \"Client sends content\" is outstanding, but 250.00 EUR was recorded; record no more than what is outstanding.");

        engagement.Do(new PayOwed(fee, Eur(100m), Madrid("2026-05-12T12:00")));
        engagement.Refuses(new PayOwed(fee, Eur(1m), Madrid("2026-05-12T13:00"))).Message
            .Should().Be("The restart fee for stage \"Client sends content\" is already settled: nothing more can be paid or set off against it.");
    }

    [Fact]
    public void Paying_an_entry_that_is_not_owed_another_currency_or_an_agreed_payment_is_refused()
    {
        var (engagement, fee) = RestartFeeOwed();
        var lateFee = OwedKey.Consequence(ObligationKey.ForStage(Content), 0, ConsequenceRule.LateFee(10, Charge.PercentOf(5m)));

        engagement.Refuses(new PayOwed(lateFee, Eur(50m), Madrid("2026-05-12T11:00"))).Code.Should().Be("owed.unknown");
        engagement.Refuses(new PayOwed(fee, new Money(250m, "USD"), Madrid("2026-05-12T11:00"))).Message
            .Should().Be("The restart fee for stage \"Client sends content\" is owed in EUR, but 250.00 USD was recorded.");
        engagement.Refuses(new PayOwed(OwedKey.Payment(ObligationKey.Deposit), Eur(1m), Madrid("2026-05-12T11:00"))).Code.Should().Be("owed.agreed-payment");
    }

    [Fact]
    public void A_payment_of_nothing_is_a_programmer_error()
    {
        var fee = OwedKey.ForChangeOrder(new ChangeRequestId("booking"));
        FluentActions.Invoking(() => new PayOwed(fee, Eur(0m), Madrid("2026-05-12T11:00"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
        FluentActions.Invoking(() => new SettleCredit(DepositExcess, fee, Eur(-1m), Madrid("2026-05-12T11:00"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void The_provider_refunds_an_overpaid_deposit()
    {
        var engagement = MilestoneInvoicedWithDepositOverpaid();
        OwedLedger.Of(engagement.State).OutstandingFrom(PartyRole.Provider).Should().Be(Eur(200m));

        engagement.Do(new PayOwed(DepositExcess, Eur(200m), Madrid("2026-03-18T10:00")));
        OwedLedger.Of(engagement.State).OutstandingFrom(PartyRole.Provider).Should().Be(Eur(0m));
    }

    [Fact]
    public void A_credit_set_off_against_a_milestone_leaves_the_remainder_for_ReceivePayment()
    {
        var engagement = MilestoneInvoicedWithDepositOverpaid();
        engagement.Do(new SettleCredit(DepositExcess, DesignMilestone, Eur(200m), Madrid("2026-03-18T10:00")));

        var owed = OwedLedger.Of(engagement.State);
        owed.Find(DepositExcess)!.Credited.Should().Be(Eur(200m));
        owed.Find(DepositExcess)!.IsSettled.Should().BeTrue();
        owed.Find(DesignMilestone)!.Credited.Should().Be(Eur(200m));
        owed.Find(DesignMilestone)!.Outstanding.Should().Be(Eur(2200m), "2,400 EUR less the 200 EUR credit");

        // The refusal names the credit already set off, so the client sees why 2,400 EUR became 2,200 EUR.
        var shortPayment = engagement.Refuses(new ReceivePayment(ObligationKey.MilestonePayment(Design), Eur(2100m), Madrid("2026-03-20T10:00")));
        shortPayment.Code.Should().Be("payment.short");
        shortPayment.Message.Should().Be("The payment after \"Design draft\" of 2,400.00 EUR, less 200.00 EUR already settled by credit, is 2,200.00 EUR, but only 2,100.00 EUR arrived; 100.00 EUR is still missing.");
        shortPayment.MessageIn(Language.Spanish).Should().Be("El pago tras «Design draft» de 2.400,00 EUR, descontados los 200,00 EUR ya compensados con un abono, queda en 2.200,00 EUR, pero solo se han recibido 2.100,00 EUR; faltan 100,00 EUR.");
        shortPayment.Facts.Where(f => f.Name is "invoiced" or "credited").Select(f => f.Value).Should().Equal(Eur(2400m), Eur(200m));

        engagement.Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), Eur(2200m), Madrid("2026-03-20T10:00")));
        var paid = OwedLedger.Of(engagement.State);
        paid.Find(DesignMilestone)!.Paid.Should().Be(Eur(2200m));
        paid.Find(DesignMilestone)!.IsSettled.Should().BeTrue();
        paid.OutstandingFrom(PartyRole.Client).Should().Be(Eur(0m));
        paid.OutstandingFrom(PartyRole.Provider).Should().Be(Eur(0m));
        paid.Find(OwedKey.Overpayment(ObligationKey.MilestonePayment(Design))).Should().BeNull("2,200 EUR is exactly what was left");
    }

    [Fact]
    public void A_credit_that_covers_a_whole_milestone_counts_as_its_payment()
    {
        // 4,200 EUR for a deposit of 1,800 EUR: 2,400 EUR owed back, the whole milestone.
        var engagement = MilestoneInvoicedWithDepositOverpaid(4200m);
        engagement.Do(new SettleCredit(DepositExcess, DesignMilestone, Eur(2400m), Madrid("2026-03-18T10:00")));

        OwedLedger.Of(engagement.State).Find(DesignMilestone)!.IsSettled.Should().BeTrue();
        engagement.Refuses(new ReceivePayment(ObligationKey.MilestonePayment(Design), Eur(2400m), Madrid("2026-03-20T10:00"))).Code.Should().Be("payment.already-received");
        engagement.State.PaidAt(ObligationKey.MilestonePayment(Design)).Should().Be(Madrid("2026-03-18T10:00"), "the milestone is not chased any more");
    }

    [Fact]
    public void A_set_off_beyond_either_side_or_between_the_wrong_entries_is_refused()
    {
        var engagement = MilestoneInvoicedWithDepositOverpaid();
        var at = Madrid("2026-03-18T10:00");

        engagement.Refuses(new SettleCredit(DepositExcess, DesignMilestone, Eur(300m), at)).Message
            .Should().Be("Only 200.00 EUR is left of the amount overpaid on the deposit, but 300.00 EUR was to be set off.");
        engagement.Refuses(new SettleCredit(DesignMilestone, DepositExcess, Eur(100m), at)).Code.Should().Be("owed.not-a-credit");
        engagement.Refuses(new SettleCredit(DepositExcess, OwedKey.Payment(ObligationKey.Deposit), Eur(100m), at)).Code.Should().Be("owed.not-settleable");
        engagement.Refuses(new SettleCredit(DepositExcess, OwedKey.Payment(ObligationKey.FinalPayment), Eur(100m), at)).Code.Should().Be("owed.unknown");
        engagement.Refuses(new SettleCredit(DepositExcess, DesignMilestone, new Money(100m, "USD"), at)).Code.Should().Be("owed.wrong-currency");
    }

    [Fact]
    public void A_set_off_against_more_than_the_entry_owes_is_refused()
    {
        // 5,000 EUR for a deposit of 1,800 EUR: 3,200 EUR owed back; 2,000 EUR of it leaves 400 EUR of the milestone.
        var engagement = MilestoneInvoicedWithDepositOverpaid(5000m);
        engagement.Do(new SettleCredit(DepositExcess, DesignMilestone, Eur(2000m), Madrid("2026-03-18T10:00")));

        var refused = engagement.Refuses(new SettleCredit(DepositExcess, DesignMilestone, Eur(500m), Madrid("2026-03-18T11:00")));
        refused.Code.Should().Be("owed.overpaid");
        refused.Message.Should().Be("Only 400.00 EUR of the payment after \"Design draft\" is outstanding, but 500.00 EUR was recorded; record no more than what is outstanding.");
    }

    [Fact]
    public void Replaying_payments_and_set_offs_gives_the_same_state_and_an_event_that_does_not_fit_changes_nothing()
    {
        var engagement = MilestoneInvoicedWithDepositOverpaid();
        engagement.Do(new SettleCredit(DepositExcess, DesignMilestone, Eur(150m), Madrid("2026-03-18T10:00")))
            .Do(new PayOwed(DepositExcess, Eur(50m), Madrid("2026-03-18T11:00")));

        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);

        var tooMuch = new EngagementEvent.OwedPaid(DepositExcess, Eur(1m), Madrid("2026-03-18T12:00"));
        var after = EngagementDecider.Evolve(engagement.State, tooMuch);
        OwedLedger.Of(after).Should().Be(OwedLedger.Of(engagement.State));
        after.Version.Should().Be(engagement.State.Version + 1);
    }

    [Fact]
    public void A_completed_engagement_is_not_over_while_the_provider_owes_back_an_overpayment()
    {
        // Completed Tuesday 7 April; the final 1,800 EUR paid as 1,900 EUR: 100 EUR owed back to the client.
        var engagement = OverdueScenarioTests.OnTimeToCompletion()
            .Do(new ReceivePayment(ObligationKey.FinalPayment, Eur(1900m), Madrid("2026-04-08T10:00")));
        var excess = OwedKey.Overpayment(ObligationKey.FinalPayment);
        OwedLedger.Of(engagement.State).Find(excess)!.Outstanding.Should().Be(Eur(100m));
        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse("the provider still owes the client 100 EUR");

        engagement.Do(new PayOwed(excess, Eur(100m), Madrid("2026-04-09T10:00")));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }
}
