using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How often the provider checks in with the client, in the provider's calendar: every N business
/// days, or weekly on a weekday.
/// </summary>
/// <remarks>
/// A weekly check-in whose day is not a business day that week (a public holiday, a closure) moves
/// to the provider's next business day. Immutable and thread-safe; equal when kind and number are equal.
/// </remarks>
public sealed record CheckInCadence
{
    /// <summary>The longest span <see cref="OccurrencesBetween"/> lists: 3,660 days, about ten years.</summary>
    public const int MaxSpanDays = 3_660;

    private CheckInCadence(int everyBusinessDays, IsoDayOfWeek? weekday)
    {
        EveryBusinessDays = everyBusinessDays;
        Weekday = weekday;
    }

    /// <summary>For a cadence of every N business days, N; 0 for a weekly one.</summary>
    public int EveryBusinessDays { get; }

    /// <summary>For a weekly cadence, its weekday; null otherwise.</summary>
    public IsoDayOfWeek? Weekday { get; }

    /// <summary>A check-in every N of the provider's business days, the first on the first business day of the span.</summary>
    /// <param name="businessDays">N, 1 to 60.</param>
    /// <returns>The cadence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is out of range.</exception>
    public static CheckInCadence Every(int businessDays)
    {
        Preconditions.CheckArgumentRange(nameof(businessDays), businessDays, 1, 60);
        return new CheckInCadence(businessDays, null);
    }

    /// <summary>A check-in every week on a weekday (moved to the next business day when that day is off).</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The cadence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    public static CheckInCadence Weekly(IsoDayOfWeek day)
    {
        Preconditions.CheckArgumentRange(nameof(day), (int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday);
        return new CheckInCadence(0, day);
    }

    /// <summary>The dates of the check-ins from <paramref name="from"/> through <paramref name="to"/>, both included, in the provider's calendar.</summary>
    /// <param name="provider">The provider's business calendar.</param>
    /// <param name="from">The first day of the span (the work's start).</param>
    /// <param name="to">The last day of the span; not before <paramref name="from"/>, at most <see cref="MaxSpanDays"/> days after it.</param>
    /// <returns>The dates, in order; each a business day of the provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span is backwards or too long.</exception>
    public IReadOnlyList<LocalDate> OccurrencesBetween(BusinessCalendar provider, LocalDate from, LocalDate to)
    {
        Preconditions.CheckNotNull(provider, nameof(provider));
        var span = Period.DaysBetween(from, to);
        if (span < 0 || span > MaxSpanDays)
        {
            throw Preconditions.OutOfRange(nameof(to), $"The span must run forwards from {from:uuuu-MM-dd} for at most {MaxSpanDays} days, was {span} days.");
        }

        return new List<LocalDate>(Occurrences(provider, from, to));
    }

    /// <summary>The dates of the check-ins from <paramref name="from"/> through <paramref name="to"/>, lazily: callers that stop early pay for what they read.</summary>
    internal IEnumerable<LocalDate> Occurrences(BusinessCalendar provider, LocalDate from, LocalDate to)
    {
        // Near the end of the calendar's range a date may have no business day after it: the list simply ends there.
        var lastStep = LocalDate.MaxIsoValue.PlusWeeks(-1);
        if (Weekday is { } weekday)
        {
            LocalDate? last = null;
            var day = from.With(DateAdjusters.NextOrSame(weekday));
            while (day <= to)
            {
                var held = provider.BusinessDayOnOrAfter(day);
                if (held is not { } date || date > to)
                {
                    yield break;
                }

                if (last is not { } previous || date > previous)
                {
                    last = date;
                    yield return date;
                }

                if (day > lastStep)
                {
                    yield break;
                }

                day = day.PlusWeeks(1);
            }

            yield break;
        }

        for (var day = provider.BusinessDayOnOrAfter(from); day is { } date && date <= to; day = provider.TryAddBusinessDays(date, EveryBusinessDays))
        {
            yield return date;
        }
    }

    /// <summary>The cadence in English, for logs: <c>every 3 business days</c>, <c>weekly on Monday</c>.</summary>
    /// <returns>The cadence as text.</returns>
    public override string ToString() => Sentences.English("value.check-in-cadence", new[] { Fact.Of("cadence", this) });
}
