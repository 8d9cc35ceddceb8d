using System;
using System.Globalization;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// How much a payment is: a fixed sum (<see cref="Fixed"/>) or a share of the agreement's total
/// price (<see cref="PercentOfTotal"/>), as a deposit or a milestone payment is usually written.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when both the kind and the figure are equal.</remarks>
public sealed record PaymentAmount
{
    private PaymentAmount(Money? fixedAmount, decimal? percent)
    {
        FixedAmount = fixedAmount;
        Percent = percent;
    }

    /// <summary>The fixed sum, or null when the payment is a percentage.</summary>
    public Money? FixedAmount { get; }

    /// <summary>The percentage of the total (100 is all of it), or null when the payment is a fixed sum.</summary>
    public decimal? Percent { get; }

    /// <summary>A fixed sum, such as 1,500 EUR.</summary>
    /// <param name="amount">The sum; not negative.</param>
    /// <returns>The payment amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static PaymentAmount Fixed(Money amount)
    {
        Preconditions.CheckNotNull(amount, nameof(amount));
        if (amount.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A payment must not be negative, was {amount}.");
        }

        return new PaymentAmount(amount, null);
    }

    /// <summary>A share of the agreement's total price, such as 30 (percent) for a 30% deposit.</summary>
    /// <param name="percent">The percentage, more than 0 and at most 100.</param>
    /// <returns>The payment amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public static PaymentAmount PercentOfTotal(decimal percent)
    {
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A percentage of the total must be more than 0 and at most 100, was {percent.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new PaymentAmount(null, percent);
    }

    /// <summary>The sum this payment comes to for a given total price.</summary>
    /// <param name="total">The agreement's total price.</param>
    /// <returns>The fixed sum, or the percentage of <paramref name="total"/> (unrounded).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
    /// <exception cref="ArgumentException">A fixed sum is in another currency than <paramref name="total"/>.</exception>
    public Money Of(Money total)
    {
        Preconditions.CheckNotNull(total, nameof(total));
        if (FixedAmount is null)
        {
            return total.Percent(Percent!.Value);
        }

        Preconditions.CheckArgument(
            FixedAmount.Currency == total.Currency,
            nameof(total),
            $"A payment of {FixedAmount} cannot be part of a total in another currency ({total}).");
        return FixedAmount;
    }

    /// <summary>The amount as written: <c>1500 EUR</c> or <c>30%</c>.</summary>
    /// <returns>The amount as text.</returns>
    public override string ToString() =>
        FixedAmount?.ToString() ?? Percent!.Value.ToString(CultureInfo.InvariantCulture) + "%";
}
