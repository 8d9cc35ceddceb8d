using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A credit the provider owes the client under its own consequence policy (it was late with a stage or a
/// reply), linked to an incident as part of the remedy: which obligation it was for, which round of it,
/// how much, and when it was applied.
/// </summary>
/// <remarks>
/// Found in <see cref="Incident.Credit"/>; the engagement links it when the provider records the link. The
/// amount is the one applied, after caps. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record CreditToClient
{
    internal CreditToClient(ObligationKey obligation, int round, int ruleBusinessDaysOverdue, Money? amount, Instant appliedAt)
    {
        Obligation = obligation;
        Round = round;
        RuleBusinessDaysOverdue = ruleBusinessDaysOverdue;
        Amount = amount;
        AppliedAt = appliedAt;
    }

    /// <summary>The provider's stage or reply that was late.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>Which stretch of the stage it fell due in: 0 for the first, one more each time a revision reopened it; 0 for a reply.</summary>
    public int Round { get; }

    /// <summary>What the provider owes the client, after caps.</summary>
    public Money? Amount { get; }

    /// <summary>When the credit was applied.</summary>
    public Instant AppliedAt { get; }

    /// <summary>
    /// The business days overdue of the credit rule it was applied under: with the obligation, it names the rule,
    /// since a ladder holds one credit at each threshold.
    /// </summary>
    internal int RuleBusinessDaysOverdue { get; }

    /// <summary>"150.00 EUR for stage 'build' (round 0)".</summary>
    /// <returns>The credit as text, for logs.</returns>
    public override string ToString() => $"{Amount?.ToAmountText() ?? "nothing"} for {Obligation} (round {Round})";
}
