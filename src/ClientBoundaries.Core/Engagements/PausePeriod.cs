using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>A time the engagement was on hold: who caused it, why, and from when until when.</summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record PausePeriod
{
    internal PausePeriod(PartyRole causedBy, string reason, Instant from, Instant? until)
    {
        CausedBy = causedBy;
        Reason = reason;
        From = from;
        Until = until;
    }

    /// <summary>The party whose situation caused the pause.</summary>
    public PartyRole CausedBy { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>When the pause began.</summary>
    public Instant From { get; }

    /// <summary>When the engagement resumed; null while it is still paused.</summary>
    public Instant? Until { get; }

    internal PausePeriod EndedAt(Instant until) => new(CausedBy, Reason, From, until);

    /// <summary>Who caused it and the span: <c>paused by Client from ... until ...</c>.</summary>
    /// <returns>The pause as text.</returns>
    public override string ToString() => $"paused by {CausedBy} from {From}" + (Until is { } u ? $" until {u}" : " (ongoing)");
}
