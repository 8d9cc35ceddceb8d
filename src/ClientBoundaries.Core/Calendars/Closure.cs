using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A run of dates on which a party does not work, beyond its public holidays: the provider's
/// summer vacation, a client's year-end shutdown, a team offsite.
/// </summary>
/// <remarks>
/// Both ends are inclusive: a closure from 3 to 21 August includes both the 3rd and the 21st.
/// Immutable and thread-safe; equal when dates and reason are equal.
/// </remarks>
public sealed record Closure
{
    /// <summary>The longest closure the library accepts: 3,653 days, ten years.</summary>
    public const int MaxDays = 3_653;

    /// <summary>Creates a closure.</summary>
    /// <param name="start">The first closed date (inclusive), in the ISO calendar.</param>
    /// <param name="end">The last closed date (inclusive); not earlier than <paramref name="start"/>.</param>
    /// <param name="reason">Why the party is closed, as it would tell the other side: "Summer vacation".</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, <paramref name="end"/> is earlier than <paramref name="start"/>, the closure is longer than <see cref="MaxDays"/>, or <paramref name="reason"/> is blank.</exception>
    public Closure(LocalDate start, LocalDate end, string reason)
    {
        Preconditions.CheckIsoDate(start, nameof(start));
        Preconditions.CheckIsoDate(end, nameof(end));
        Preconditions.CheckArgument(
            end >= start,
            nameof(end),
            $"The last date of a closure must not be earlier than its first date, was {start:uuuu-MM-dd} to {end:uuuu-MM-dd}.");
        var days = Period.DaysBetween(start, end) + 1;
        Preconditions.CheckArgument(
            days <= MaxDays,
            nameof(end),
            $"A closure may last at most {MaxDays} days (ten years), but {start:uuuu-MM-dd} to {end:uuuu-MM-dd} is {days} days. "
            + "A party that stops working for good ends its engagements instead; a CRM's 'no end date' needs a real date here.");
        Dates = new DateInterval(start, end);
        Reason = Preconditions.CheckText(reason, nameof(reason));
    }

    /// <summary>The closed dates, both ends inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>Why the party is closed.</summary>
    public string Reason { get; }

    /// <summary>The closure as text: <c>2026-08-03..2026-08-21 Summer vacation</c>.</summary>
    /// <returns>The dates and the reason.</returns>
    public override string ToString() => $"{Dates.Start:uuuu-MM-dd}..{Dates.End:uuuu-MM-dd} {Reason}";
}
