using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// A payment invoiced when a stage is accepted: "40% when the design is approved, within 14 days".
/// </summary>
/// <remarks>Immutable and thread-safe; equal when stage and amount are equal.</remarks>
public sealed record MilestonePayment
{
    /// <summary>The longest payment period, in calendar days: <see cref="PaymentTerms.MaxPaymentDueDays"/>, kept here so a milestone checks itself.</summary>
    internal const int MaxDueDays = 365;

    /// <summary>Creates a milestone payment.</summary>
    /// <param name="stage">The stage whose completion makes the payment due; must be a stage of the agreement.</param>
    /// <param name="amount">How much is due: <see cref="Charge.FixedPayment"/> or <see cref="Charge.PercentOfTotal"/>.</param>
    /// <param name="dueDays">
    /// Calendar days after the stage is accepted by which the payment is due, 0 to
    /// <see cref="PaymentTerms.MaxPaymentDueDays"/>; a due date that is not one of the client's
    /// business days moves to the next one.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueDays"/> is out of range.</exception>
    public MilestonePayment(StageKey stage, Charge amount, int dueDays = 14)
    {
        Stage = Preconditions.CheckNotNull(stage, nameof(stage));
        Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        Preconditions.CheckArgumentRange(nameof(dueDays), dueDays, 0, MaxDueDays);
        DueDays = dueDays;
        ObligationKey = ObligationKey.MilestonePayment(stage);
    }

    /// <summary>The stage whose completion makes the payment due.</summary>
    public StageKey Stage { get; }

    /// <summary>How much is due, as written; <see cref="Charge.OfTotal"/> of the agreement's total price is the money.</summary>
    public Charge Amount { get; }

    /// <summary>Calendar days after the stage is accepted by which the payment is due.</summary>
    public int DueDays { get; }

    /// <summary>The payment as the client's obligation (<see cref="ObligationKey.MilestonePayment"/>), made once: every assessment names it.</summary>
    internal ObligationKey ObligationKey { get; }

    /// <summary>The amount and the stage: <c>40% after design, due in 14 days</c>.</summary>
    /// <returns>The milestone as text.</returns>
    public override string ToString() => $"{Amount} after {Stage}, due in {DueDays} days";
}
