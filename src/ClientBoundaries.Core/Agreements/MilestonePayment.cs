using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// A payment that falls due when a stage is done: "40% when the design is approved".
/// </summary>
/// <remarks>Immutable and thread-safe; equal when stage and amount are equal.</remarks>
public sealed record MilestonePayment
{
    /// <summary>Creates a milestone payment.</summary>
    /// <param name="stage">The stage whose completion makes the payment due; must be a stage of the agreement.</param>
    /// <param name="amount">How much is due.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MilestonePayment(StageKey stage, PaymentAmount amount)
    {
        Stage = Preconditions.CheckNotNull(stage, nameof(stage));
        Amount = Preconditions.CheckNotNull(amount, nameof(amount));
    }

    /// <summary>The stage whose completion makes the payment due.</summary>
    public StageKey Stage { get; }

    /// <summary>How much is due.</summary>
    public PaymentAmount Amount { get; }

    /// <summary>The amount and the stage: <c>40% after design</c>.</summary>
    /// <returns>The milestone as text.</returns>
    public override string ToString() => $"{Amount} after {Stage}";
}
