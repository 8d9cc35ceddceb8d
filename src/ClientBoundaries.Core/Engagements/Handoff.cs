using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// One entry of the handoff ledger: the ball passed from one party to the other, with what was
/// expected of the receiver and by when.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record Handoff
{
    internal Handoff(StageKey stage, PartyRole from, PartyRole to, Instant at, string expectation, LocalDate? dueBy, Instant? dueAt, bool isRevision)
    {
        Stage = stage;
        From = from;
        To = to;
        At = at;
        Expectation = expectation;
        DueBy = dueBy;
        DueAt = dueAt;
        IsRevision = isRevision;
    }

    /// <summary>The stage whose end (or, for a revision, whose reopening) passed the ball.</summary>
    public StageKey Stage { get; }

    /// <summary>Who passed the ball.</summary>
    public PartyRole From { get; }

    /// <summary>Who received it.</summary>
    public PartyRole To { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>What the receiver was expected to do.</summary>
    public string Expectation { get; }

    /// <summary>By when, in the receiver's calendar; null when no date was set.</summary>
    public LocalDate? DueBy { get; }

    /// <summary>The end of the receiver's working day on <see cref="DueBy"/>; null when no date was set.</summary>
    public Instant? DueAt { get; }

    /// <summary>Whether the ball went back to a stage's owner for a revision rather than forward.</summary>
    public bool IsRevision { get; }

    /// <summary>The parties, the moment and the stage: <c>Client -> Provider at ... after content</c>.</summary>
    /// <returns>The handoff as text.</returns>
    public override string ToString() => $"{From} -> {To} at {At} " + (IsRevision ? "to revise " : "after ") + Stage;
}
