using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Agreements;

public class PaymentTermsTests
{
    private static readonly Money Total = new(6000m, "EUR");

    [Fact]
    public void The_final_payment_is_what_the_deposit_and_milestones_leave()
    {
        var terms = TestSupport.Agreements.StandardPayment();

        terms.DepositAmount.Should().Be(new Money(1800m, "EUR"));
        terms.FinalPaymentAmount.Should().Be(new Money(1800m, "EUR"), "6000 less 30% (1800) less 40% (2400)");
        terms.FinalPaymentDueDays.Should().Be(14);
    }

    [Fact]
    public void A_fixed_deposit_counts_as_written()
    {
        var terms = new PaymentTerms(Total, Charge.FixedPayment(new Money(1500m, "EUR")));

        terms.DepositAmount.Should().Be(new Money(1500m, "EUR"));
        terms.FinalPaymentAmount.Should().Be(new Money(4500m, "EUR"));
        terms.FinalPaymentDueDays.Should().Be(30);
    }

    [Fact]
    public void A_deposit_above_the_total_is_refused_with_both_amounts()
    {
        var create = () => new PaymentTerms(Total, Charge.FixedPayment(new Money(6000.01m, "EUR")));

        create.Should().Throw<ArgumentException>().WithMessage("*6000.01 EUR*6000 EUR*").Which.ParamName.Should().Be("deposit");
    }

    [Fact]
    public void Deposit_and_milestones_above_the_total_are_refused()
    {
        var create = () => new PaymentTerms(
            Total,
            Charge.PercentOfTotal(50m),
            new[]
            {
                new MilestonePayment(new StageKey("design"), Charge.PercentOfTotal(30m)),
                new MilestonePayment(new StageKey("build"), Charge.PercentOfTotal(30m)),
            });

        create.Should().Throw<ArgumentException>().WithMessage("*add up to 6600*").Which.ParamName.Should().Be("milestones");
    }

    [Fact]
    public void A_total_near_the_largest_decimal_is_divided_into_payments()
    {
        // Its 30% deposit threw OverflowException (10^28 × 30 is past decimal.MaxValue) where a refusal or terms belong.
        var total = new Money(10_000_000_000_000_000_000_000_000_000m, "EUR");

        var terms = new PaymentTerms(total, Charge.PercentOfTotal(30m), new[] { new MilestonePayment(new StageKey("design"), Charge.PercentOfTotal(40m)) });

        terms.DepositAmount.Should().Be(new Money(3_000_000_000_000_000_000_000_000_000m, "EUR"));
        terms.FinalPaymentAmount.Should().Be(new Money(3_000_000_000_000_000_000_000_000_000m, "EUR"));
    }

    [Fact]
    public void Payments_adding_up_past_the_largest_decimal_are_refused_as_more_than_the_total()
    {
        var largest = new Money(decimal.MaxValue, "EUR");
        var create = () => new PaymentTerms(largest, Charge.FixedPayment(largest), new[] { new MilestonePayment(new StageKey("design"), Charge.FixedPayment(new Money(1m, "EUR"))) });

        create.Should().Throw<ArgumentException>()
            .WithMessage("The deposit and the milestone payments add up to more than 79228162514264337593543950335 EUR, more than the total price (79228162514264337593543950335 EUR).*")
            .Which.ParamName.Should().Be("milestones");
    }

    [Fact]
    public void Two_milestones_for_one_stage_are_refused()
    {
        var create = () => new PaymentTerms(
            Total,
            Charge.PercentOfTotal(10m),
            new[]
            {
                new MilestonePayment(new StageKey("design"), Charge.PercentOfTotal(10m)),
                new MilestonePayment(new StageKey("design"), Charge.PercentOfTotal(10m)),
            });

        create.Should().Throw<ArgumentException>().WithMessage("*'design'*more than one*");
    }

    [Fact]
    public void Payments_in_another_currency_than_the_total_are_refused()
    {
        var create = () => new PaymentTerms(Total, Charge.FixedPayment(new Money(100m, "USD")));

        var milestone = () => new PaymentTerms(
            Total,
            Charge.PercentOfTotal(10m),
            new[] { new MilestonePayment(new StageKey("design"), Charge.FixedPayment(new Money(100m, "USD"))) });

        create.Should().Throw<ArgumentException>().WithMessage("*100 USD*6000 EUR*").Which.ParamName.Should().Be("deposit");
        milestone.Should().Throw<ArgumentException>().WithMessage("*100 USD*").Which.ParamName.Should().Be("milestones");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void Percentages_must_be_above_zero_and_at_most_one_hundred(decimal percent)
    {
        var create = () => Charge.PercentOfTotal(percent);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("percent");
    }

    [Fact]
    public void Totals_must_be_positive_and_payment_periods_in_range()
    {
        var zeroTotal = () => new PaymentTerms(Money.Zero("EUR"), Charge.PercentOfTotal(10m));
        var negativeFixed = () => Charge.FixedPayment(new Money(-1m, "EUR"));
        var longPeriod = () => new PaymentTerms(Total, Charge.PercentOfTotal(10m), finalPaymentDueDays: 400);

        zeroTotal.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("total");
        negativeFixed.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("amount");
        longPeriod.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("finalPaymentDueDays");
    }

    [Fact]
    public void Terms_compare_by_value()
    {
        EqualityContract.Holds(
            TestSupport.Agreements.StandardPayment(),
            TestSupport.Agreements.StandardPayment(),
            new PaymentTerms(Total, Charge.PercentOfTotal(30m)),
            new PaymentTerms(Total, Charge.PercentOfTotal(30m), TestSupport.Agreements.StandardPayment().Milestones, 30));
        Charge.PercentOfTotal(30m).ToString().Should().Be("30%");
    }
}
