using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>
/// The dates of one stage in a plan, in its owner's calendar: the business day it starts, the
/// business day it is due, and, once it is done, the day it actually finished.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="Due"/> are both inclusive: a 3-day stage that starts on
/// Monday is due on Wednesday, the end of that working day.</para>
/// <para>For a finished stage, <see cref="Start"/> and <see cref="Due"/> are the dates it was owed
/// given when the ball actually reached its owner, so comparing <see cref="FinishedOn"/> with
/// <see cref="Due"/> measures the owner's own lateness, never the other side's.</para>
/// <para><see cref="BaselineStart"/> and <see cref="BaselineDue"/> keep the dates of the original
/// plan beside the current ones, so a re-planned stage shows how far it moved.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record PlannedStage
{
    internal PlannedStage(
        StageKey key,
        PartyRole owner,
        int durationBusinessDays,
        LocalDate start,
        LocalDate due,
        Instant dueAt,
        LocalDate? finishedOn,
        LocalDate baselineStart,
        LocalDate baselineDue)
    {
        Key = key;
        Owner = owner;
        DurationBusinessDays = durationBusinessDays;
        Start = start;
        Due = due;
        DueAt = dueAt;
        FinishedOn = finishedOn;
        BaselineStart = baselineStart;
        BaselineDue = baselineDue;
    }

    /// <summary>The stage this is the plan for.</summary>
    public StageKey Key { get; }

    /// <summary>The party who holds the ball during the stage; the dates are in its calendar.</summary>
    public PartyRole Owner { get; }

    /// <summary>The stage's length in the owner's business days, as agreed.</summary>
    public int DurationBusinessDays { get; }

    /// <summary>The first business day of the stage (inclusive), in the owner's calendar.</summary>
    public LocalDate Start { get; }

    /// <summary>The last business day of the stage (inclusive): the work is due by the end of it.</summary>
    public LocalDate Due { get; }

    /// <summary>The moment the stage is due: the end of the owner's working hours on <see cref="Due"/>.</summary>
    public Instant DueAt { get; }

    /// <summary>The date the stage actually finished, in the owner's calendar; null while it is not done.</summary>
    public LocalDate? FinishedOn { get; }

    /// <summary>The first business day the stage had in the original plan, before any re-planning.</summary>
    public LocalDate BaselineStart { get; }

    /// <summary>The due date the stage had in the original plan, before any re-planning.</summary>
    public LocalDate BaselineDue { get; }

    /// <summary>Whether the stage is done.</summary>
    public bool IsFinished => FinishedOn.HasValue;

    /// <summary>The key, owner and dates: <c>design (Provider) 2026-03-02..2026-03-06</c>.</summary>
    /// <returns>The planned stage as text.</returns>
    public override string ToString() =>
        $"{Key} ({Owner}) {Start:uuuu-MM-dd}..{Due:uuuu-MM-dd}" + (FinishedOn is { } f ? $", finished {f:uuuu-MM-dd}" : string.Empty);
}
