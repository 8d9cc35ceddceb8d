using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class ChargeTests
{
    private static readonly Money Total = new(1234.55m, "EUR");

    [Fact]
    public void A_payment_comes_to_its_exact_share_of_the_total()
    {
        Charge.PercentOfTotal(30m).OfTotal(Total).Should().Be(new Money(370.365m, "EUR"), "payments are never rounded: the final payment takes what is left to the last digit");
        Charge.PercentOfTotal(33.333m).OfTotal(Total).Should().Be(new Money(411.5125515m, "EUR"));
        Charge.FixedPayment(new Money(100.005m, "EUR")).OfTotal(Total).Should().Be(new Money(100.005m, "EUR"));
    }

    [Fact]
    public void A_fee_or_credit_comes_to_its_share_of_the_basis_in_cents()
    {
        Charge.PercentOf(30m).Of(Total).Should().Be(new Money(370.37m, "EUR"));
        Charge.Fixed(new Money(100.005m, "EUR")).Of(Total).Should().Be(new Money(100.005m, "EUR"), "a fixed fee is owed as written");
    }

    [Fact]
    public void A_payment_may_be_nothing_but_a_fee_or_credit_may_not()
    {
        Charge.FixedPayment(Money.Zero("EUR")).OfTotal(Total).Should().Be(Money.Zero("EUR"), "a deposit of nothing is an agreement that asks for none");

        var negativePayment = () => Charge.FixedPayment(new Money(-1m, "EUR"));
        negativePayment.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount").WithMessage("A payment must not be negative, was -1 EUR.*");
        var zeroFee = () => Charge.Fixed(Money.Zero("EUR"));
        zeroFee.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount").WithMessage("A fee or credit must be more than zero, was 0 EUR.*");
        var noPayment = () => Charge.FixedPayment(null!);
        noPayment.Should().Throw<ArgumentNullException>().WithParameterName("amount");
    }

    [Fact]
    public void A_percentage_says_what_it_is_a_percentage_of_when_refused()
    {
        var ofTotal = () => Charge.PercentOfTotal(130m);
        ofTotal.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent").WithMessage("A percentage of the total must be more than 0 and at most 100, was 130.*");
        var ofBasis = () => Charge.PercentOf(0m);
        ofBasis.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent").WithMessage("A percentage must be more than 0 and at most 100, was 0.*");
    }

    [Fact]
    public void A_fixed_payment_must_be_in_the_currency_of_the_total()
    {
        var dollars = () => Charge.FixedPayment(new Money(100m, "USD")).OfTotal(Total);
        dollars.Should().Throw<ArgumentException>().WithParameterName("total").WithMessage("A payment of 100 USD cannot be part of a total in another currency (1234.55 EUR).*");
        var noTotal = () => Charge.PercentOfTotal(30m).OfTotal(null!);
        noTotal.Should().Throw<ArgumentNullException>().WithParameterName("total");
    }

    [Fact]
    public void Charges_compare_by_kind_and_figure_whichever_factory_made_them()
    {
        EqualityContract.Holds(
            Charge.FixedPayment(new Money(100m, "EUR")),
            Charge.Fixed(new Money(100m, "EUR")),
            Charge.Fixed(new Money(100m, "USD")),
            Charge.PercentOf(100m),
            Charge.FixedPayment(Money.Zero("EUR")));
        EqualityContract.Holds(Charge.PercentOfTotal(30m), Charge.PercentOf(30m), Charge.PercentOf(31m));
        Charge.PercentOfTotal(30m).ToString().Should().Be("30%");
        Charge.FixedPayment(new Money(1500m, "EUR")).ToString().Should().Be("1500 EUR");
    }
}
