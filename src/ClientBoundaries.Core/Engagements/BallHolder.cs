using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Whose move it is: the party holding the ball, since when, what is expected of it and by when.
/// Time is attributed to whoever holds the ball.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record BallHolder
{
    internal BallHolder(PartyRole party, Instant since, StageKey stage, string expectation, LocalDate? dueBy, Instant? dueAt)
    {
        Party = party;
        Since = since;
        Stage = stage;
        Expectation = expectation;
        DueBy = dueBy;
        DueAt = dueAt;
    }

    /// <summary>The party whose move it is.</summary>
    public PartyRole Party { get; }

    /// <summary>Since when it has held the ball.</summary>
    public Instant Since { get; }

    /// <summary>The stage it is holding the ball for.</summary>
    public StageKey Stage { get; }

    /// <summary>What is expected of it, in a sentence.</summary>
    public string Expectation { get; }

    /// <summary>By when, in its own calendar; null when no date was set.</summary>
    public LocalDate? DueBy { get; }

    /// <summary>The moment it is due: the end of its working day on <see cref="DueBy"/>; null when no date was set.</summary>
    public Instant? DueAt { get; }

    /// <summary>The holder, the stage and the due date: <c>Client holds the ball for content since ..., due 2026-03-10</c>.</summary>
    /// <returns>The ball holder as text.</returns>
    public override string ToString() =>
        $"{Party} holds the ball for {Stage} since {Since}" + (DueBy is { } due ? $", due {due:uuuu-MM-dd}" : string.Empty);
}
