using System;
using System.Globalization;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An amount of money in one currency: a price, a deposit, a fee or a credit.
/// </summary>
/// <remarks>
/// <para>The currency is an ISO 4217 code of three upper-case letters (<c>EUR</c>, <c>USD</c>,
/// <c>IDR</c>, <c>MYR</c>). Arithmetic and comparison work only between amounts of the same
/// currency; mixing currencies throws <see cref="ArgumentException"/> rather than producing a
/// meaningless number.</para>
/// <para>Amounts are exact decimals and are never rounded by the library: a 30% deposit on
/// 1,234.55 EUR is 370.365 EUR. Round for presentation or invoicing with <see cref="Round"/>, to
/// the minor unit your currency uses.</para>
/// <para>Immutable and thread-safe. Two values are equal when their currencies are equal and their
/// amounts are numerically equal (10.0 EUR equals 10 EUR).</para>
/// </remarks>
public sealed class Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; may be negative (a credit or a refund) or zero.</param>
    /// <param name="currency">An ISO 4217 code of three upper-case letters, such as <c>EUR</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        Preconditions.CheckNotNull(currency, nameof(currency));
        Preconditions.CheckArgument(
            currency.Length == 3 && IsUpperAscii(currency[0]) && IsUpperAscii(currency[1]) && IsUpperAscii(currency[2]),
            nameof(currency),
            $"A currency must be an ISO 4217 code of three upper-case letters such as 'EUR', was '{currency}'.");
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, in units of <see cref="Currency"/> (not minor units: 12.50, not 1250).</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code, such as <c>EUR</c>.</summary>
    public string Currency { get; }

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) =>
        new(Preconditions.CheckNotNull(left, nameof(left)).Amount + left.SameCurrency(right, nameof(right)).Amount, left.Currency);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) =>
        new(Preconditions.CheckNotNull(left, nameof(left)).Amount - left.SameCurrency(right, nameof(right)).Amount, left.Currency);

    /// <summary>Negates an amount (a charge becomes a credit).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    public static Money operator -(Money money) => Preconditions.CheckNotNull(money, nameof(money)).Negate();

    /// <summary>Multiplies an amount by a plain number (hours by an hourly rate, say).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    public static Money operator *(Money money, decimal factor) => Preconditions.CheckNotNull(money, nameof(money)).Times(factor);

    /// <summary>Multiplies an amount by a plain number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    public static Money operator *(decimal factor, Money money) => Preconditions.CheckNotNull(money, nameof(money)).Times(factor);

    /// <summary>Whether two values are equal (same currency, same amount).</summary>
    public static bool operator ==(Money? left, Money? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(Money? left, Money? right) => !(left == right);

    /// <summary>Whether the left amount is smaller; both must have the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => Compare(left, right) < 0;

    /// <summary>Whether the left amount is larger; both must have the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => Compare(left, right) > 0;

    /// <summary>Whether the left amount is smaller or equal; both must have the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => Compare(left, right) <= 0;

    /// <summary>Whether the left amount is larger or equal; both must have the same currency.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => Compare(left, right) >= 0;

    /// <summary>Zero in the given currency: the start of a sum.</summary>
    /// <param name="currency">An ISO 4217 code of three upper-case letters.</param>
    /// <returns>0 of <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not a valid code.</exception>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Plus(Money other) => new(Amount + SameCurrency(other, nameof(other)).Amount, Currency);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Minus(Money other) => new(Amount - SameCurrency(other, nameof(other)).Amount, Currency);

    /// <summary>Multiplies the amount by a plain number, keeping the currency.</summary>
    /// <param name="factor">The factor, such as a number of hours.</param>
    /// <returns>The product, unrounded.</returns>
    public Money Times(decimal factor) => new(Amount * factor, Currency);

    /// <summary>The given percentage of this amount: <c>Percent(30)</c> of 1,000 EUR is 300 EUR.</summary>
    /// <param name="percent">The percentage, where 100 is the whole amount.</param>
    /// <returns>The share, unrounded (beyond the 28 or so significant digits a decimal holds).</returns>
    /// <remarks>A share of at most 100% is worked out however large the amount (30% of 10^28 EUR is 3 × 10^27 EUR).</remarks>
    /// <exception cref="OverflowException">The share itself is more than a decimal holds (far more than 100% of a huge amount).</exception>
    public Money Percent(decimal percent)
    {
        try
        {
            return new(Amount * percent / 100m, Currency);
        }
        catch (OverflowException)
        {
            // Amount × percent passed decimal.MaxValue, though the share need not: divide first.
            return new(Amount / 100m * percent, Currency);
        }
    }

    /// <summary>The same amount with the opposite sign.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Rounds the amount to the given number of decimal places, halves away from zero (as invoices do).</summary>
    /// <param name="decimals">Decimal places, 0 to 28: 2 for EUR or USD, 0 for JPY.</param>
    /// <returns>The rounded amount in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        return new Money(Math.Round(Amount, decimals, MidpointRounding.AwayFromZero), Currency);
    }

    /// <summary>The amount rounded to cents, culture-invariant, for log texts and JSON problems: "1800.00 EUR" (a reader's sentence writes money through its language's phrasebook).</summary>
    internal string ToAmountText() => Round(2).Amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + Currency;

    /// <summary>Orders amounts of the same currency; null sorts first.</summary>
    /// <param name="other">An amount of the same currency.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(SameCurrency(other, nameof(other)).Amount);

    /// <inheritdoc />
    public bool Equals(Money? other) => other is not null && Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Money);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            // decimal's hash is the same for 10 and 10.0, matching Equals.
            return (Amount.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Currency);
        }
    }

    /// <summary>
    /// The amount and the currency, culture-invariant, for logs and diagnostics: <c>1234.50 EUR</c>. Nothing the library
    /// hands to a reader uses it: sentences and documents write money as the reader's language does ("1,234.50 EUR",
    /// "1.234,50 EUR").
    /// </summary>
    /// <returns>The amount as given (trailing zeros kept) followed by the currency code.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;

    private static int Compare(Money left, Money right) => Preconditions.CheckNotNull(left, nameof(left)).CompareTo(Preconditions.CheckNotNull(right, nameof(right)));

    private static bool IsUpperAscii(char c) => c is >= 'A' and <= 'Z';

    private Money SameCurrency(Money other, string paramName)
    {
        Preconditions.CheckNotNull(other, paramName);
        Preconditions.CheckArgument(
            other.Currency == Currency,
            paramName,
            $"Cannot combine amounts in different currencies: {this} and {other}.");
        return other;
    }
}
