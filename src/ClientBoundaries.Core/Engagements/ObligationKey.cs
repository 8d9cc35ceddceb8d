using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Names one obligation of an engagement: a stage, the deposit, the milestone payment of a stage,
/// or the final payment. Assessments report by it, and the commands that record a reminder or a
/// consequence, or receive a payment, say which obligation they are about with it.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when kind and stage are equal.</remarks>
public sealed record ObligationKey
{
    private ObligationKey(ObligationKind kind, StageKey? stage)
    {
        Kind = kind;
        Stage = stage;
    }

    /// <summary>The deposit.</summary>
    public static ObligationKey Deposit { get; } = new(ObligationKind.Deposit, null);

    /// <summary>The final payment.</summary>
    public static ObligationKey FinalPayment { get; } = new(ObligationKind.FinalPayment, null);

    /// <summary>Stage, deposit, milestone payment or final payment.</summary>
    public ObligationKind Kind { get; }

    /// <summary>The stage, for a stage or a milestone payment; null for the deposit and the final payment.</summary>
    public StageKey? Stage { get; }

    /// <summary>A stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public static ObligationKey ForStage(StageKey stage) => new(ObligationKind.Stage, Preconditions.CheckNotNull(stage, nameof(stage)));

    /// <summary>The milestone payment due once a stage is accepted.</summary>
    /// <param name="stage">The stage the payment is tied to.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public static ObligationKey MilestonePayment(StageKey stage) =>
        new(ObligationKind.MilestonePayment, Preconditions.CheckNotNull(stage, nameof(stage)));

    /// <summary>"stage 'design'", "deposit", "milestone payment for 'design'", "final payment".</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() =>
        Kind == ObligationKind.Stage ? $"stage '{Stage}'"
        : Kind == ObligationKind.MilestonePayment ? $"milestone payment for '{Stage}'"
        : Kind == ObligationKind.Deposit ? "deposit"
        : "final payment";
}
