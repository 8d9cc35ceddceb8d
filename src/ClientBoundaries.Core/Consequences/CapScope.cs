using Ardalis.SmartEnum;

namespace ClientBoundaries.Consequences;

/// <summary>Which of the caps of a <see cref="ConsequenceCaps"/> limited an amount.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class CapScope : SmartEnum<CapScope>
{
    /// <summary>The cap on the fees or credits of one stage (a payment counts as a stage of its own).</summary>
    public static readonly CapScope PerStage = new(nameof(PerStage), 1);

    /// <summary>The cap on the fees or credits that fall due in one calendar month of the late party.</summary>
    public static readonly CapScope PerMonth = new(nameof(PerMonth), 2);

    /// <summary>The cap on the fees or credits over the whole engagement.</summary>
    public static readonly CapScope PerEngagement = new(nameof(PerEngagement), 3);

    private CapScope(string name, int value)
        : base(name, value)
    {
    }
}
