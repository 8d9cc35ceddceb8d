using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How fast a party promises to answer on one channel, in its own business hours: "email within
/// 8 working hours", "chat within 2".
/// </summary>
/// <remarks>
/// The hours are counted in the party's contact windows (its working hours unless it set its own),
/// on its business days only, in its own time zone. A commitment is a whole number of minutes, from
/// <see cref="MinWithin"/> to <see cref="MaxWithin"/>: a promise to answer within seconds is no promise a
/// person keeps, and a one-pager words it in hours. Immutable and thread-safe; equal when channel and
/// time are equal.
/// </remarks>
public sealed record ResponseCommitment
{
    private const long NanosecondsPerMinute = 60_000_000_000L;

    /// <summary>The shortest commitment the library accepts: one business minute.</summary>
    public static readonly Duration MinWithin = Duration.FromMinutes(1);

    /// <summary>The longest commitment the library accepts: 400 business hours, about ten working weeks.</summary>
    public static readonly Duration MaxWithin = Duration.FromHours(400);

    /// <summary>Creates a commitment.</summary>
    /// <param name="channel">The channel it applies to.</param>
    /// <param name="within">How much business time may pass before the answer: a whole number of minutes, from <see cref="MinWithin"/> to <see cref="MaxWithin"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is shorter than a minute (zero or negative included), longer than <see cref="MaxWithin"/>, or not a whole number of minutes.</exception>
    public ResponseCommitment(Channel channel, Duration within)
    {
        Channel = Preconditions.CheckNotNull(channel, nameof(channel));
        if (within < MinWithin || within > MaxWithin || !IsWholeMinutes(within))
        {
            throw Refused(within);
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
    public override string ToString() => Sentences.English("value.response-commitment", new[] { Fact.Of("commitment", this) });

    // A duration's nanoseconds may not fit a long (a duration runs to about 16 million days): days and the rest are counted apart.
    private static bool IsWholeMinutes(Duration duration) => duration.NanosecondOfDay % NanosecondsPerMinute == 0;

    /// <summary>
    /// The refusal of a length, which it states exactly: <c>2 hours</c>, <c>90 minutes</c>, or
    /// <c>0:00:00:00.000000001 (days:hours:minutes:seconds)</c> when it is no whole number of minutes.
    /// </summary>
    private static ArgumentOutOfRangeException Refused(Duration within) =>
        new(nameof(within), within, Sentences.English("value.response-commitment-refused", new[] { Fact.Of("within", within), Fact.Of("max", MaxWithin) }));
}
