using ClientBoundaries.Agreements;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>The stage being worked on: where it is in the agreement, its progress, its terms and its planned dates.</summary>
internal readonly struct StageAtHand
{
    public StageAtHand(int index, StageProgress progress, Stage stage, PlannedStage planned)
    {
        Index = index;
        Progress = progress;
        Stage = stage;
        Planned = planned;
    }

    /// <summary>Its index in the agreement.</summary>
    public int Index { get; }

    /// <summary>What has happened in it.</summary>
    public StageProgress Progress { get; }

    /// <summary>Its terms: owner, length, tasks, handover.</summary>
    public Stage Stage { get; }

    /// <summary>Its dates in the current plan.</summary>
    public PlannedStage Planned { get; }

    /// <summary>The due date its owner is held to: the one set at the handoff, or the plan's.</summary>
    public LocalDate Due => Progress.DueBy ?? Planned.Due;

    /// <summary>The end of the owner's working day on <see cref="Due"/>.</summary>
    public Instant DueAt => Progress.DueAt ?? Planned.DueAt;
}
