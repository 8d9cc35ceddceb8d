using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Payments;

/// <summary>The ledger of what is owed, both ways: what it lists, when each entry is due, and what is outstanding.</summary>
public class OwedLedgerTests
{
    private static readonly Money Nothing = Money.Zero("EUR");

    [Fact]
    public void Nothing_is_owed_before_the_agreement_is_signed()
    {
        OwedLedger.Of(Proposed().State).Entries.Should().BeEmpty();
        OwedLedger.Of(Proposed().State).OutstandingFrom(PartyRole.Client).Should().BeNull();
        OwedLedger.Of(EngagementState.Initial).Should().Be(OwedLedger.Empty);
    }

    [Fact]
    public void The_foot_dragging_clients_restart_fee_is_owed_with_the_paid_deposit()
    {
        var owed = OwedLedger.Of(FootDragging(D("2026-05-12")).State);

        // 30% of 6,000 EUR, invoiced at signing (18 February, 10:00 Madrid) and due 7 days later; paid on 20 February.
        var deposit = owed.Find(OwedKey.Payment(ObligationKey.Deposit))!;
        deposit.Amount.Should().Be(new Money(1800m, "EUR"));
        deposit.InvoicedAt.Should().Be(Madrid("2026-02-18T10:00"));
        deposit.Due.Should().Be(D("2026-02-25"));
        deposit.Paid.Should().Be(new Money(1800m, "EUR"));
        deposit.IsSettled.Should().BeTrue();

        // The 250 EUR restart fee applied when the client came back on Wednesday 29 April at 10:00, payable on the
        // agreement's final-payment terms: 14 days later, Wednesday 13 May (a business day in Madrid).
        var fee = owed.Entries.Single(e => e.Kind == OwedKind.RestartFee);
        fee.Key.Obligation.Should().Be(ObligationKey.ForStage(Content));
        fee.Debtor.Should().Be(PartyRole.Client);
        fee.Creditor.Should().Be(PartyRole.Provider);
        fee.Amount.Should().Be(new Money(250m, "EUR"));
        fee.InvoicedAt.Should().Be(Madrid("2026-04-29T10:00"));
        fee.Due.Should().Be(D("2026-05-13"));
        fee.Outstanding.Should().Be(new Money(250m, "EUR"));

        owed.Entries.Should().HaveCount(2);
        owed.OutstandingFrom(PartyRole.Client).Should().Be(new Money(250m, "EUR"));
        owed.OwedInAllBy(PartyRole.Client).Should().Be(new Money(2050m, "EUR"));
        owed.OutstandingFrom(PartyRole.Provider).Should().BeNull();
        owed.OverdueAt(Madrid("2026-05-13T18:00")).Should().BeEmpty("the fee is payable until the end of Wednesday 13 May");
        owed.OverdueAt(Madrid("2026-05-14T09:00")).Should().Equal(fee);
    }

    [Fact]
    public void A_milestone_is_owed_once_its_stage_is_accepted_and_settled_when_paid()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")));
        var milestone = OwedKey.Payment(ObligationKey.MilestonePayment(Design));
        OwedLedger.Of(engagement.State).Find(milestone).Should().BeNull("the design is not accepted yet");

        engagement.Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")));
        var invoiced = OwedLedger.Of(engagement.State).Find(milestone)!;
        invoiced.Amount.Should().Be(new Money(2400m, "EUR"), "40% of 6,000 EUR");
        invoiced.Due.Should().Be(D("2026-04-01"), "14 days after 18 March");
        invoiced.Outstanding.Should().Be(new Money(2400m, "EUR"));

        engagement.Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(2400m, "EUR"), Madrid("2026-03-20T10:00")));
        OwedLedger.Of(engagement.State).Find(milestone)!.Outstanding.Should().Be(Nothing);
        OwedLedger.Of(engagement.State).OutstandingFrom(PartyRole.Client).Should().Be(Nothing);
    }

    [Fact]
    public void A_deposit_paid_beyond_its_invoice_leaves_the_excess_owed_to_the_client()
    {
        var engagement = Proposed()
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(new Money(2000m, "EUR"), Madrid("2026-02-20T10:00")));

        var owed = OwedLedger.Of(engagement.State);
        owed.Find(OwedKey.Payment(ObligationKey.Deposit))!.Paid.Should().Be(new Money(1800m, "EUR"));
        var excess = owed.Find(OwedKey.Overpayment(ObligationKey.Deposit))!;
        excess.Debtor.Should().Be(PartyRole.Provider);
        excess.Amount.Should().Be(new Money(200m, "EUR"), "2,000 EUR arrived for an invoice of 1,800 EUR");
        excess.InvoicedAt.Should().Be(Madrid("2026-02-20T10:00"));
        owed.OutstandingFrom(PartyRole.Provider).Should().Be(new Money(200m, "EUR"));
        owed.OutstandingFrom(PartyRole.Client).Should().Be(Nothing);
    }

    [Fact]
    public void A_deposit_never_paid_is_no_longer_owed_once_the_engagement_is_terminated()
    {
        var signed = Proposed().Do(new Sign(Madrid("2026-02-18T10:00")));
        OwedLedger.Of(signed.State).OutstandingFrom(PartyRole.Client).Should().Be(new Money(1800m, "EUR"));

        signed.Do(new Terminate(PartyRole.Client, "Changed our minds", Madrid("2026-02-19T10:00")));
        OwedLedger.Of(signed.State).Entries.Should().BeEmpty();
    }
}
