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

/// <summary>
/// The client's payments: the deposit (when it is due, what it must be, and what happens without one), and milestone
/// payments, received once invoiced.
/// </summary>
public class PaymentTests
{
    [Fact]
    public void A_short_deposit_is_refused_with_what_is_missing()
    {
        var signed = Proposed().Do(new Sign(Madrid("2026-02-18T10:00")));

        signed.Refuses(new ReceiveDeposit(new Money(1000m, "EUR"), Madrid("2026-02-19T10:00")))
            .Message.Should().Be("The deposit is 1,800.00 EUR, but only 1,000.00 EUR arrived; 800.00 EUR is still missing.");
        signed.Refuses(new ReceiveDeposit(new Money(1800m, "USD"), Madrid("2026-02-19T10:00")))
            .Code.Should().Be("engagement.deposit.wrong-currency");
    }

    [Fact]
    public void Without_a_deposit_the_signed_agreement_is_scheduled_directly()
    {
        var noDeposit = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build();
        var signed = new EngagementDriver()
            .Do(new Propose(noDeposit, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));

        signed.Refuses(new ReceiveDeposit(new Money(1m, "EUR"), Madrid("2026-02-19T10:00"))).Code.Should().Be("engagement.deposit.not-required");
        signed.Do(new Schedule(D("2026-03-02"), Madrid("2026-02-19T10:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled);
    }

    [Fact]
    public void Payments_are_received_once_invoiced_in_full_and_in_the_right_currency()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")));
        var milestone = ObligationKey.MilestonePayment(Design);
        var at = Madrid("2026-03-18T10:00");

        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "EUR"), at)).Code.Should().Be("payment.not-invoiced");
        engagement.Refuses(new ReceivePayment(ObligationKey.FinalPayment, new Money(1800m, "EUR"), at)).Code.Should().Be("payment.not-invoiced");
        engagement.Refuses(new ReceivePayment(ObligationKey.MilestonePayment(Content), new Money(1m, "EUR"), at)).Code.Should().Be("payment.unknown");
        engagement
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")));
        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "USD"), at)).Code.Should().Be("payment.wrong-currency");
        engagement.Refuses(new ReceivePayment(milestone, new Money(2000m, "EUR"), at)).Message.Should()
            .Be("The payment after \"Design draft\" is 2,400.00 EUR, but only 2,000.00 EUR arrived; 400.00 EUR is still missing.");
        engagement.Do(new ReceivePayment(milestone, new Money(2400m, "EUR"), at));
        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "EUR"), at)).Code.Should().Be("payment.already-received");

        var standing = Assessor.Assess(engagement.State, at).StandingOf(milestone)!;
        standing.Timeliness.Should().Be(Timeliness.Done);
        standing.Due.Should().Be(D("2026-04-01"), "14 days after the design was accepted on 18 March");
    }

    [Fact]
    public void The_deposit_is_due_days_after_signing_and_reminded_like_any_payment()
    {
        var engagement = new EngagementDriver()
            .Do(new Propose(Policies.Website().Build(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));

        // Due seven days after signing: Wednesday 25 February. The friendly reminder comes three business days before.
        var assessment = Assessor.Assess(engagement.State, Madrid("2026-02-20T09:00"));
        assessment.StandingOf(ObligationKey.Deposit)!.Due.Should().Be(D("2026-02-25"));
        assessment.Reminders.Should().ContainSingle().Which.Explanation.Should()
            .Be("Friendly reminder to Acme Bakery: the deposit of 1,800.00 EUR is due on 25 February 2026, in 3 business days.");
        engagement.State.NextAttentionAt.Should().Be(Madrid("2026-02-20T09:00"));
    }
}
