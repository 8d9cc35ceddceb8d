using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// The client turning down a change order: which one, and why when the client said. What the command to decline
/// it and the event that records the decline both carry, checked once.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when the change order and the reason are equal.</remarks>
public sealed record ChangeOrderDecline
{
    /// <summary>Describes a decline.</summary>
    /// <param name="changeOrder">The change order turned down.</param>
    /// <param name="reason">Why, when the client said; null otherwise. Trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public ChangeOrderDecline(ChangeRequestId changeOrder, string? reason = null)
    {
        ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
        Reason = reason is null ? null : Preconditions.CheckText(reason, nameof(reason));
    }

    /// <summary>The change order turned down.</summary>
    public ChangeRequestId ChangeOrder { get; }

    /// <summary>Why, or null when the client did not say.</summary>
    public string? Reason { get; }

    /// <summary>"gallery (too expensive)", or the id alone when no reason was given.</summary>
    /// <returns>The decline as text, for logs.</returns>
    public override string ToString() => Reason is null ? ChangeOrder.Value : $"{ChangeOrder} ({Reason})";
}
