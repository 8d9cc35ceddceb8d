using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>How far one stage of an engagement has come: pending, in progress, or done.</summary>
/// <remarks>The numeric values are a persistence contract. Immutable and thread-safe.</remarks>
public sealed class StageStatus : SmartEnum<StageStatus>
{
    /// <summary>Not started yet.</summary>
    public static readonly StageStatus Pending = new(nameof(Pending), 1);

    /// <summary>Started by its owner and not yet handed off (or sent back for a revision).</summary>
    public static readonly StageStatus InProgress = new(nameof(InProgress), 2);

    /// <summary>Handed off by its owner.</summary>
    public static readonly StageStatus Done = new(nameof(Done), 3);

    private StageStatus(string name, int value)
        : base(name, value)
    {
    }
}
