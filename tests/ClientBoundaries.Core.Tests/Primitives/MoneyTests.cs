using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class MoneyTests
{
    [Fact]
    public void Amounts_in_one_currency_add_subtract_and_scale()
    {
        var fee = new Money(120.50m, "EUR");

        (fee + new Money(79.50m, "EUR")).Should().Be(new Money(200m, "EUR"));
        (fee - new Money(20.50m, "EUR")).Should().Be(new Money(100m, "EUR"));
        (fee * 2m).Should().Be(new Money(241m, "EUR"));
        (3m * fee).Should().Be(new Money(361.50m, "EUR"));
        (-fee).Should().Be(new Money(-120.50m, "EUR"));
    }

    [Fact]
    public void Percent_is_exact_and_round_goes_half_away_from_zero()
    {
        var total = new Money(1234.55m, "EUR");

        total.Percent(30m).Should().Be(new Money(370.365m, "EUR"));
        total.Percent(30m).Round(2).Should().Be(new Money(370.37m, "EUR"));
        new Money(-2.5m, "JPY").Round(0).Should().Be(new Money(-3m, "JPY"));
    }

    [Fact]
    public void Percent_of_an_amount_near_the_largest_decimal_is_worked_out_not_an_overflow()
    {
        // 10^28 × 30 is past decimal.MaxValue (about 7.9 × 10^28), which threw OverflowException; the share is not.
        new Money(10_000_000_000_000_000_000_000_000_000m, "EUR").Percent(30m).Should().Be(new Money(3_000_000_000_000_000_000_000_000_000m, "EUR"));
        new Money(decimal.MaxValue, "EUR").Percent(100m).Should().Be(new Money(decimal.MaxValue, "EUR"));
    }

    [Fact]
    public void Mixing_currencies_is_refused_with_both_amounts_named()
    {
        var euros = new Money(10m, "EUR");
        var dollars = new Money(10m, "USD");

        var add = () => euros + dollars;
        var compare = () => euros < dollars;

        add.Should().Throw<ArgumentException>().WithMessage("*10 EUR*10 USD*").Which.ParamName.Should().Be("right");
        compare.Should().Throw<ArgumentException>().WithMessage("*different currencies*");
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    public void Currency_must_be_three_upper_case_letters(string currency)
    {
        var create = () => new Money(1m, currency);

        create.Should().Throw<ArgumentException>()
            .WithMessage($"*ISO 4217*'{currency}'*")
            .Which.ParamName.Should().Be("currency");
    }

    [Fact]
    public void Equal_amounts_are_equal_whatever_their_scale()
    {
        EqualityContract.Holds(new Money(10m, "EUR"), new Money(10.00m, "EUR"), new Money(10m, "USD"), new Money(10.01m, "EUR"));
        (new Money(10m, "EUR") == new Money(10.0m, "EUR")).Should().BeTrue();
        (new Money(10m, "EUR") != new Money(11m, "EUR")).Should().BeTrue();
    }

    [Fact]
    public void Amounts_order_within_a_currency()
    {
        var small = new Money(5m, "MYR");
        var large = new Money(50m, "MYR");

        (small < large).Should().BeTrue();
        (large >= small).Should().BeTrue();
        (small <= new Money(5m, "MYR")).Should().BeTrue();
        (small > large).Should().BeFalse();
        small.CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void Text_is_culture_invariant()
    {
        new Money(1234.50m, "EUR").ToString().Should().Be("1234.50 EUR");
        Money.Zero("IDR").IsZero.Should().BeTrue();
    }
}
