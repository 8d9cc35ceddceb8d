using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>
/// A planned moment when the ball passes from one party to the other: the end of a stage whose
/// next stage (or, after the last stage, whose counterpart) is the other side.
/// </summary>
/// <remarks>
/// Where two stages in a row have the same owner the ball does not move, so there is no handoff
/// between them. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record PlannedHandoff
{
    internal PlannedHandoff(StageKey afterStage, PartyRole from, PartyRole to, LocalDate date, Instant at, StageKey? nextStage, string? handover)
    {
        AfterStage = afterStage;
        From = from;
        To = to;
        Date = date;
        At = at;
        NextStage = nextStage;
        Handover = handover;
    }

    /// <summary>The stage whose end this handoff is.</summary>
    public StageKey AfterStage { get; }

    /// <summary>The party handing over: the owner of <see cref="AfterStage"/>.</summary>
    public PartyRole From { get; }

    /// <summary>The party receiving the ball.</summary>
    public PartyRole To { get; }

    /// <summary>The date of the handoff in the sender's calendar: the stage's due date, or the day it finished.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// The moment of the handoff: the end of the sender's working day on <see cref="Date"/> while it
    /// is planned; the actual moment once an engagement has recorded it.
    /// </summary>
    public Instant At { get; }

    /// <summary>The stage the receiver starts, or null when this is the final handover after the last stage.</summary>
    public StageKey? NextStage { get; }

    /// <summary>What is handed over, as the agreement says; null when it does not say.</summary>
    public string? Handover { get; }

    /// <summary>The parties, the date and the stage: <c>Provider -> Client on 2026-03-06 after design</c>.</summary>
    /// <returns>The handoff as text.</returns>
    public override string ToString() => $"{From} -> {To} on {Date:uuuu-MM-dd} after {AfterStage}";
}
