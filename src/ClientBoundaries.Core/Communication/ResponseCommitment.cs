using System;
using System.Globalization;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How fast a party promises to answer on one channel, in its own business hours: "email within
/// 8 working hours", "chat within 2".
/// </summary>
/// <remarks>
/// The hours are counted in the party's contact windows (its working hours unless it set its own),
/// on its business days only, in its own time zone. Immutable and thread-safe; equal when channel
/// and time are equal.
/// </remarks>
public sealed record ResponseCommitment
{
    /// <summary>The longest commitment the library accepts: 400 business hours, about ten working weeks.</summary>
    public static readonly Duration MaxWithin = Duration.FromHours(400);

    /// <summary>Creates a commitment.</summary>
    /// <param name="channel">The channel it applies to.</param>
    /// <param name="within">How much business time may pass before the answer: more than zero, at most <see cref="MaxWithin"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is zero, negative or too long.</exception>
    public ResponseCommitment(Channel channel, Duration within)
    {
        Channel = Preconditions.CheckNotNull(channel, nameof(channel));
        if (within <= Duration.Zero || within > MaxWithin)
        {
            throw new ArgumentOutOfRangeException(
                nameof(within),
                within,
                $"A response commitment must be more than zero and at most {Hours(MaxWithin)} business hours, was {Hours(within)} hours.");
        }

        Within = within;
    }

    /// <summary>The channel it applies to.</summary>
    public Channel Channel { get; }

    /// <summary>How much business time may pass before the answer.</summary>
    public Duration Within { get; }

    /// <summary>A commitment in whole business hours.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="hours">Business hours, 1 to 400.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    public static ResponseCommitment WithinHours(Channel channel, int hours)
    {
        Preconditions.CheckArgumentRange(nameof(hours), hours, 1, 400);
        return new ResponseCommitment(channel, Duration.FromHours(hours));
    }

    /// <summary>The channel and the time: <c>Email within 8 business hours</c>.</summary>
    /// <returns>The commitment as text.</returns>
    public override string ToString() => $"{Channel} within {Hours(Within)} business hours";

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
