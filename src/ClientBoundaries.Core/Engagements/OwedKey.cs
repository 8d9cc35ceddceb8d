using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Names one entry of the <see cref="OwedLedger"/>: an agreed payment by its obligation, a fee or credit by the
/// obligation that was late, the round and the rule that applied it, a change order by its id, or the overpayment of
/// an agreed payment. The commands that pay an entry or settle a credit against one say which entry with it.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record OwedKey
{
    private OwedKey(OwedKind kind, ObligationKey? obligation, int round, ConsequenceRule? rule, ChangeRequestId? changeOrder)
    {
        Kind = kind;
        Obligation = obligation;
        Round = round;
        Rule = rule;
        ChangeOrder = changeOrder;
    }

    /// <summary>What the entry is.</summary>
    public OwedKind Kind { get; }

    /// <summary>The agreed payment (for it and its overpayment), or the obligation that was late (for a fee or credit); null for a change order.</summary>
    public ObligationKey? Obligation { get; }

    /// <summary>For a fee or credit, the round of the late obligation it fell due in (see <see cref="EngagementEvent.ConsequenceApplied.Round"/>); 0 otherwise.</summary>
    public int Round { get; }

    /// <summary>For a fee or credit, the rule that applied it; null otherwise.</summary>
    public ConsequenceRule? Rule { get; }

    /// <summary>For a change order, its id; null otherwise.</summary>
    public ChangeRequestId? ChangeOrder { get; }

    /// <summary>An agreed payment: the deposit, a milestone payment or the final payment.</summary>
    /// <param name="payment">The payment's obligation.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="payment"/> is not a payment.</exception>
    public static OwedKey Payment(ObligationKey payment) => new(KindOfPayment(payment, nameof(payment)), payment, 0, null, null);

    /// <summary>What the client paid beyond an agreed payment, kept as a credit to the client.</summary>
    /// <param name="payment">The payment's obligation.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="payment"/> is not a payment.</exception>
    public static OwedKey Overpayment(ObligationKey payment)
    {
        KindOfPayment(payment, nameof(payment));
        return new(OwedKind.Overpayment, payment, 0, null, null);
    }

    /// <summary>A restart fee, late fee or credit that a consequence applied.</summary>
    /// <param name="obligation">The obligation that was late (<see cref="EngagementEvent.ConsequenceApplied.Obligation"/>).</param>
    /// <param name="round">Its round (<see cref="EngagementEvent.ConsequenceApplied.Round"/>); 0 or more.</param>
    /// <param name="rule">The rule applied: a restart fee, late fee or credit.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> carries no money.</exception>
    public static OwedKey Consequence(ObligationKey obligation, int round, ConsequenceRule rule)
    {
        Preconditions.CheckNotNull(obligation, nameof(obligation));
        Preconditions.CheckArgumentRange(nameof(round), round, 0, int.MaxValue);
        Preconditions.CheckNotNull(rule, nameof(rule));
        Preconditions.CheckArgument(rule.Kind.CarriesAmount, nameof(rule), $"A fee or credit was expected, but the rule is a {rule.Kind}.");
        var kind = rule.Kind == ConsequenceKind.RestartFee ? OwedKind.RestartFee
            : rule.Kind == ConsequenceKind.LateFee ? OwedKind.LateFee
            : OwedKind.Credit;
        return new(kind, obligation, round, rule, null);
    }

    /// <summary>An accepted change order, owed at its price.</summary>
    /// <param name="changeOrder">The change order's id.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
    public static OwedKey ForChangeOrder(ChangeRequestId changeOrder) =>
        new(OwedKind.ChangeOrder, null, 0, null, Preconditions.CheckNotNull(changeOrder, nameof(changeOrder)));

    /// <summary>"restart fee for stage 'content' (round 0, at 15 business days)", "milestone payment for 'design'", "change order 'booking'".</summary>
    /// <returns>The key as text, for logs.</returns>
    public override string ToString() => Sentences.English("value.owed-key", new[] { Fact.Of("key", this) });

    private static OwedKind KindOfPayment(ObligationKey payment, string paramName)
    {
        Preconditions.CheckNotNull(payment, paramName);
        Preconditions.CheckArgument(payment.Kind.IsPayment, paramName, $"A payment was expected, but the obligation is a {payment.Kind}.");
        return payment.Kind == ObligationKind.Deposit ? OwedKind.Deposit
            : payment.Kind == ObligationKind.MilestonePayment ? OwedKind.MilestonePayment
            : OwedKind.FinalPayment;
    }
}
