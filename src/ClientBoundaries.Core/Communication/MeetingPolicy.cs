using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How meetings are time-boxed: their default and longest length, how long before the end the
/// wrap-up cue comes ("about 10 minutes left: which item matters most?"), and how soon after a
/// meeting the written recap is due.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record MeetingPolicy
{
    /// <summary>The longest meeting a policy may allow: 8 hours.</summary>
    public static readonly Duration LongestAllowed = Duration.FromHours(8);

    /// <summary>30 minutes by default, at most 90, the cue 10 minutes before the end, the recap within 1 business day.</summary>
    public static readonly MeetingPolicy Default = new(Duration.FromMinutes(30), Duration.FromMinutes(90));

    /// <summary>Sets the meeting policy.</summary>
    /// <param name="defaultLength">The length of a meeting booked without one; more than zero, at most <paramref name="maxLength"/>.</param>
    /// <param name="maxLength">The longest meeting that may be booked; at most <see cref="LongestAllowed"/>.</param>
    /// <param name="wrapUpCueLead">How long before the end the wrap-up cue comes; null for 10 minutes; more than zero and shorter than <paramref name="defaultLength"/>.</param>
    /// <param name="recapWithinBusinessDays">How many of the provider's business days after the meeting the written recap is due, 0 (the same day) to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">A length or the lead is out of range.</exception>
    public MeetingPolicy(Duration defaultLength, Duration maxLength, Duration? wrapUpCueLead = null, int recapWithinBusinessDays = 1)
    {
        if (maxLength <= Duration.Zero || maxLength > LongestAllowed)
        {
            throw Preconditions.OutOfRange(nameof(maxLength), $"The longest meeting must be more than zero and at most {LongestAllowed.TotalMinutes} minutes, was {maxLength.TotalMinutes} minutes.");
        }

        if (defaultLength <= Duration.Zero || defaultLength > maxLength)
        {
            throw Preconditions.OutOfRange(nameof(defaultLength), $"The default length must be more than zero and at most the longest ({maxLength.TotalMinutes} minutes), was {defaultLength.TotalMinutes} minutes.");
        }

        var lead = wrapUpCueLead ?? Duration.FromMinutes(10);
        if (lead <= Duration.Zero || lead >= defaultLength)
        {
            throw Preconditions.OutOfRange(nameof(wrapUpCueLead), $"The wrap-up cue must come more than zero and less than the default length ({defaultLength.TotalMinutes} minutes) before the end, was {lead.TotalMinutes} minutes.");
        }

        Preconditions.CheckArgumentRange(nameof(recapWithinBusinessDays), recapWithinBusinessDays, 0, 10);
        DefaultLength = defaultLength;
        MaxLength = maxLength;
        WrapUpCueLead = lead;
        RecapWithinBusinessDays = recapWithinBusinessDays;
    }

    /// <summary>The length of a meeting booked without one.</summary>
    public Duration DefaultLength { get; }

    /// <summary>The longest meeting that may be booked.</summary>
    public Duration MaxLength { get; }

    /// <summary>How long before the end the wrap-up cue comes.</summary>
    public Duration WrapUpCueLead { get; }

    /// <summary>How many of the provider's business days after the meeting the recap is due.</summary>
    public int RecapWithinBusinessDays { get; }
}
