using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How one reply measured up to a response commitment: when the message arrived, when the reply
/// was due and sent, and how late it was. Late replies are attributable to the party that owed them.
/// </summary>
/// <remarks>Made by <see cref="ContactHours.TimingOf"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record ReplyTiming
{
    internal ReplyTiming(Channel channel, Instant arrivedAt, Instant dueBy, Instant repliedAt, Duration lateByBusinessTime)
    {
        Channel = channel;
        ArrivedAt = arrivedAt;
        DueBy = dueBy;
        RepliedAt = repliedAt;
        LateByBusinessTime = lateByBusinessTime;
    }

    /// <summary>The channel the message came on.</summary>
    public Channel Channel { get; }

    /// <summary>When the message arrived.</summary>
    public Instant ArrivedAt { get; }

    /// <summary>When the reply was due.</summary>
    public Instant DueBy { get; }

    /// <summary>When the reply was sent.</summary>
    public Instant RepliedAt { get; }

    /// <summary>Whether the reply came after it was due.</summary>
    public bool IsLate => RepliedAt > DueBy;

    /// <summary>How long after the due instant the reply came, on the clock; zero when on time.</summary>
    public Duration LateBy => IsLate ? RepliedAt - DueBy : Duration.Zero;

    /// <summary>How much of the party's business time (contact windows on business days) passed between the due instant and the reply; zero when on time.</summary>
    public Duration LateByBusinessTime { get; }

    /// <summary>The due and sent instants: <c>Email due 2026-03-09T09:30:00Z, replied 2026-03-10T02:00:00Z (late)</c>.</summary>
    /// <returns>The timing as text.</returns>
    public override string ToString() => $"{Channel} due {DueBy}, replied {RepliedAt}" + (IsLate ? " (late)" : string.Empty);
}
