using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Payments;

/// <summary>
/// A payment is owed to the last digit of its share of the total, as the payment terms work it out:
/// a payment and a fee share one amount type (<see cref="Charge"/>), but only a fee is rounded to cents.
/// </summary>
public class PaymentFigureTests
{
    private static readonly StageKey Design = new("design");

    [Fact]
    public void A_milestone_payment_is_owed_to_the_last_digit_of_its_share_not_to_the_cent()
    {
        // 12.3456% of 6000 EUR is 740.736 EUR; rounded to cents it would be 740.74, and 740.736 would be short.
        var terms = new PaymentTerms(
            new Money(6000m, "EUR"),
            Charge.PercentOfTotal(30m),
            new[] { new MilestonePayment(Design, Charge.PercentOfTotal(12.3456m)) },
            finalPaymentDueDays: 14);
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).WithPaymentTerms(terms).Build();
        var designAccepted = OverdueScenarioTests.ContentUnderWay(agreement)
            .Do(new HandOff(new StageKey("content"), Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")));

        designAccepted.Refuses(new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(740.735m, "EUR"), Madrid("2026-03-18T10:00"))).Code.Should().Be("payment.short");
        designAccepted.Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(740.736m, "EUR"), Madrid("2026-03-18T10:00")));
        terms.FinalPaymentAmount.Should().Be(new Money(3459.264m, "EUR"), "6000 less 1800 less 740.736");
    }
}
