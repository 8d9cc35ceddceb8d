using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// How work outside the agreement is priced: an hourly rate, and a minimum fee per change order so
/// a tiny change still pays for the quoting, planning and invoicing around it.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when rate and minimum are equal.</remarks>
public sealed record RateCard
{
    /// <summary>
    /// The highest hourly rate a card may have: 100,000,000 in its currency, so rates in currencies of small units
    /// (IDR 750,000 an hour) fit, and no quote of at most <see cref="ChangeRequest.MaxEstimatedHours"/> passes
    /// <see cref="ChangeOrder.MaxPrice"/>.
    /// </summary>
    public const decimal MaxHourlyRate = 100_000_000m;

    /// <summary>Creates a rate card.</summary>
    /// <param name="hourlyRate">The price of one hour of work, more than 0 and at most <see cref="MaxHourlyRate"/>; its currency is the card's.</param>
    /// <param name="minimumFee">The least a change order costs, 0 to <see cref="ChangeOrder.MaxPrice"/>, in the same currency.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hourlyRate"/> or <paramref name="minimumFee"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The two amounts are in different currencies.</exception>
    public RateCard(Money hourlyRate, Money minimumFee)
    {
        Preconditions.CheckNotNull(hourlyRate, nameof(hourlyRate));
        Preconditions.CheckNotNull(minimumFee, nameof(minimumFee));
        if (hourlyRate.Amount is <= 0m or > MaxHourlyRate)
        {
            throw Preconditions.OutOfRange(nameof(hourlyRate), $"The hourly rate must be more than 0 and at most {MaxHourlyRate}, was {hourlyRate}.");
        }

        if (minimumFee.Amount is < 0m or > ChangeOrder.MaxPrice)
        {
            throw Preconditions.OutOfRange(nameof(minimumFee), $"The minimum fee must be between 0 and {ChangeOrder.MaxPrice}, was {minimumFee}.");
        }

        Preconditions.CheckArgument(
            minimumFee.Currency == hourlyRate.Currency,
            nameof(minimumFee),
            $"The minimum fee must be in the hourly rate's currency, {hourlyRate.Currency}, was {minimumFee}.");
        HourlyRate = hourlyRate;
        MinimumFee = minimumFee;
    }

    /// <summary>The price of one hour of work.</summary>
    public Money HourlyRate { get; }

    /// <summary>The least a change order costs.</summary>
    public Money MinimumFee { get; }

    /// <summary>The currency of every price on the card.</summary>
    public string Currency => HourlyRate.Currency;

    /// <summary>The price of work estimated at some hours: hours times the rate, rounded to cents, and never below the minimum fee.</summary>
    /// <param name="hours">The estimate, not negative.</param>
    /// <returns>The price.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative.</exception>
    public Money PriceOf(decimal hours)
    {
        if (hours < 0m)
        {
            throw Preconditions.OutOfRange(nameof(hours), $"Hours must not be negative, was {hours}.");
        }

        var byTheHour = HourlyRate.Times(hours).Round(2);
        return byTheHour < MinimumFee ? MinimumFee : byTheHour;
    }

    /// <summary>The rate and the minimum in English, for logs: <c>90.00 EUR an hour, at least 150.00 EUR per change order</c>.</summary>
    /// <returns>The rate card as text.</returns>
    public override string ToString() => Sentences.English("value.rate-card", new[] { Fact.Of("rateCard", this) });
}
