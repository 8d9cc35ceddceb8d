using System;
using System.Globalization;

namespace ClientBoundaries.Primitives;

/// <summary>
/// The money a fee or a credit is worth: a fixed amount, or a percentage of a basis (the late
/// payment for a late fee, the stage's price for a credit).
/// </summary>
/// <remarks>Immutable and thread-safe; equal when the amount or the percentage is equal.</remarks>
public sealed record Charge
{
    private Charge(Money? fixedAmount, decimal? percent)
    {
        FixedAmount = fixedAmount;
        Percent = percent;
    }

    /// <summary>The fixed amount, or null for a percentage.</summary>
    public Money? FixedAmount { get; }

    /// <summary>The percentage of the basis (more than 0, at most 100), or null for a fixed amount.</summary>
    public decimal? Percent { get; }

    /// <summary>A fixed amount.</summary>
    /// <param name="amount">More than zero.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    public static Charge Fixed(Money amount)
    {
        Preconditions.CheckNotNull(amount, nameof(amount));
        if (amount.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A fee or credit must be more than zero, was {amount}.");
        }

        return new Charge(amount, null);
    }

    /// <summary>A percentage of the basis: of the late payment for a late fee, of the stage's price for a credit.</summary>
    /// <param name="percent">More than 0 and at most 100.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is out of range.</exception>
    public static Charge PercentOf(decimal percent)
    {
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percent),
                percent,
                $"A percentage must be more than 0 and at most 100, was {percent.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new Charge(null, percent);
    }

    /// <summary>The amount owed, rounded to cents: the fixed amount, or the percentage of <paramref name="basis"/>.</summary>
    /// <param name="basis">The payment or price a percentage applies to; null when there is none (a percentage is then worth nothing).</param>
    /// <returns>The amount, or null for a percentage without a basis.</returns>
    public Money? Of(Money? basis) => FixedAmount ?? basis?.Percent(Percent!.Value).Round(2);

    /// <summary>"250 EUR" or "10%".</summary>
    /// <returns>The charge as text.</returns>
    public override string ToString() => FixedAmount?.ToString() ?? Percent!.Value.ToString(CultureInfo.InvariantCulture) + "%";
}
