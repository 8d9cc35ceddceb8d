using System;
using System.Globalization;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An amount of money asked of a party, written as a fixed amount or as a percentage of another
/// amount: a deposit or a milestone payment (a share of the agreement's total price), or a fee or a
/// credit (a share of the late payment or of the late stage's price).
/// </summary>
/// <remarks>
/// <para>A payment and a fee or credit are written alike but differ in two rules, so each has its own
/// pair of factories and its own way to the money:</para>
/// <list type="bullet">
/// <item><description>A deposit or milestone payment is made with <see cref="FixedPayment"/> (zero or
/// more: a deposit of nothing is an agreement that asks for none) or <see cref="PercentOfTotal"/>, and
/// comes to <see cref="OfTotal"/> of the agreement's total price: exact, never rounded, so that the
/// deposit, the milestone payments and the final payment add up to the total to the last
/// digit.</description></item>
/// <item><description>A fee or credit is made with <see cref="Fixed"/> (more than zero: a fee of
/// nothing is no fee) or <see cref="PercentOf"/>, and comes to <see cref="Of"/> its basis, rounded to
/// cents, as it is invoiced.</description></item>
/// </list>
/// <para>Immutable and thread-safe. Two charges are equal when both are fixed amounts of equal money,
/// or both are equal percentages, whichever factory made them: <c>Charge.Fixed(100 EUR)</c> equals
/// <c>Charge.FixedPayment(100 EUR)</c>, and <c>Charge.PercentOf(30)</c> equals
/// <c>Charge.PercentOfTotal(30)</c>.</para>
/// </remarks>
public sealed record Charge
{
    private Charge(Money? fixedAmount, decimal? percent)
    {
        FixedAmount = fixedAmount;
        Percent = percent;
    }

    /// <summary>The fixed amount, or null for a percentage.</summary>
    public Money? FixedAmount { get; }

    /// <summary>
    /// The percentage (more than 0, at most 100; 100 is all of it) of the total price for a payment, of
    /// the basis for a fee or credit; null for a fixed amount.
    /// </summary>
    public decimal? Percent { get; }

    /// <summary>A fixed fee or credit, such as a 250 EUR restart fee.</summary>
    /// <param name="amount">The fee or credit: more than zero.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    public static Charge Fixed(Money amount)
    {
        CheckFeeOrCredit(Preconditions.CheckNotNull(amount, nameof(amount)), nameof(amount));
        return new Charge(amount, null);
    }

    /// <summary>A fee or credit worth a percentage of its basis: of the late payment for a late fee, of the stage's price for a credit.</summary>
    /// <param name="percent">More than 0 and at most 100.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is out of range.</exception>
    public static Charge PercentOf(decimal percent) => Percentage(percent, ofTotal: false);

    /// <summary>A deposit or milestone payment of a fixed sum, such as 1,500 EUR.</summary>
    /// <param name="amount">The sum: not negative; zero when the agreement asks for nothing at that point.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Charge FixedPayment(Money amount)
    {
        Preconditions.CheckNotNull(amount, nameof(amount));
        if (amount.Amount < 0m)
        {
            throw Preconditions.OutOfRange(nameof(amount), $"A payment must not be negative, was {amount}.");
        }

        return new Charge(amount, null);
    }

    /// <summary>A deposit or milestone payment worth a share of the agreement's total price, such as 30 (percent) for a 30% deposit.</summary>
    /// <param name="percent">The percentage, more than 0 and at most 100.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public static Charge PercentOfTotal(decimal percent) => Percentage(percent, ofTotal: true);

    /// <summary>What a fee or credit comes to, rounded to cents: the fixed amount, or the percentage of <paramref name="basis"/>.</summary>
    /// <param name="basis">The payment or price a percentage applies to; null when there is none (a percentage is then worth nothing).</param>
    /// <returns>The amount, or null for a percentage without a basis.</returns>
    public Money? Of(Money? basis) => FixedAmount ?? basis?.Percent(Percent!.Value).Round(2);

    /// <summary>What a deposit or milestone payment comes to for the agreement's total price: the fixed sum, or the percentage of <paramref name="total"/>, unrounded.</summary>
    /// <param name="total">The agreement's total price.</param>
    /// <returns>The fixed sum, or the percentage of <paramref name="total"/> (unrounded).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
    /// <exception cref="ArgumentException">A fixed sum is in another currency than <paramref name="total"/>.</exception>
    public Money OfTotal(Money total)
    {
        CheckPartOf(Preconditions.CheckNotNull(total, nameof(total)), nameof(total));
        return FixedAmount ?? total.Percent(Percent!.Value);
    }

    /// <summary>The charge as written: <c>250 EUR</c> or <c>10%</c>.</summary>
    /// <returns>The charge as text.</returns>
    public override string ToString() => FixedAmount?.ToString() ?? Percent!.Value.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Checks that a payment can be part of <paramref name="total"/>: a fixed sum must be in its currency.</summary>
    /// <remarks>The message is only written when it is thrown: <see cref="OfTotal"/> is on the assessor's path.</remarks>
    internal void CheckPartOf(Money total, string paramName)
    {
        if (FixedAmount is not null && FixedAmount.Currency != total.Currency)
        {
            throw new ArgumentException($"A payment of {FixedAmount} cannot be part of a total in another currency ({total}).", paramName);
        }
    }

    /// <summary>Checks what a fee or credit of a fixed amount must be: more than zero.</summary>
    internal static void CheckFeeOrCredit(Money amount, string paramName)
    {
        if (amount.Amount <= 0m)
        {
            throw Preconditions.OutOfRange(paramName, $"A fee or credit must be more than zero, was {amount}.");
        }
    }

    private static Charge Percentage(decimal percent, bool ofTotal)
    {
        if (percent <= 0m || percent > 100m)
        {
            throw Preconditions.OutOfRange(
                nameof(percent),
                (ofTotal ? "A percentage of the total" : "A percentage") + $" must be more than 0 and at most 100, was {percent.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new Charge(null, percent);
    }
}
