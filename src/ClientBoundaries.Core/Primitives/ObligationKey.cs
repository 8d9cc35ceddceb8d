using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Names one obligation of an engagement: a stage, the deposit, the milestone payment of a stage,
/// the final payment, the reply owed to a message, or the client's acceptance of a stage it is chased for. Assessments report by it, and the commands that record a reminder or a
/// consequence, or receive a payment, say which obligation they are about with it.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when kind, stage and message are equal.</remarks>
public sealed record ObligationKey
{
    private ObligationKey(ObligationKind kind, StageKey? stage, MessageId? message = null)
    {
        Kind = kind;
        Stage = stage;
        Message = message;
    }

    /// <summary>The deposit.</summary>
    public static ObligationKey Deposit { get; } = new(ObligationKind.Deposit, null);

    /// <summary>The final payment.</summary>
    public static ObligationKey FinalPayment { get; } = new(ObligationKind.FinalPayment, null);

    /// <summary>Stage, deposit, milestone payment, final payment or reply.</summary>
    public ObligationKind Kind { get; }

    /// <summary>The stage, for a stage or a milestone payment; null for the deposit, the final payment and a reply.</summary>
    public StageKey? Stage { get; }

    /// <summary>The message, for a reply; null otherwise.</summary>
    public MessageId? Message { get; }

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

    /// <summary>The reply owed to a message (<see cref="Engagements.EngagementCommand.RecordMessage"/>).</summary>
    /// <param name="message">The message.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static ObligationKey Reply(MessageId message) => new(ObligationKind.Reply, null, Preconditions.CheckNotNull(message, nameof(message)));

    /// <summary>
    /// The client's acceptance of a stage handed to it, owed by the close of its acceptance window when the agreement
    /// chases it (<see cref="Agreements.WindowClosingPolicy.Chases"/>).
    /// </summary>
    /// <param name="stage">The stage handed over, one the provider owns.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public static ObligationKey Acceptance(StageKey stage) => new(ObligationKind.Acceptance, Preconditions.CheckNotNull(stage, nameof(stage)));

    /// <summary>"stage 'design'", "deposit", "milestone payment for 'design'", "final payment", "reply to message 'menu-question'", "acceptance of 'design'".</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => Sentences.English("value.obligation-key", new[] { Fact.Of("key", this) });
}
