using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>
/// What an entry of the <see cref="OwedLedger"/> is: one of the agreement's payments (deposit, milestone, final),
/// an accepted change order, a fee or a credit a consequence applied, or what the client paid beyond an invoice.
/// </summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class OwedKind : SmartEnum<OwedKind>
{
    /// <summary>The deposit, owed by the client once the agreement is signed.</summary>
    public static readonly OwedKind Deposit = new(nameof(Deposit), 1);

    /// <summary>A milestone payment, owed by the client once its stage is accepted.</summary>
    public static readonly OwedKind MilestonePayment = new(nameof(MilestonePayment), 2);

    /// <summary>The final payment, owed by the client once the engagement is completed.</summary>
    public static readonly OwedKind FinalPayment = new(nameof(FinalPayment), 3);

    /// <summary>An accepted change order, owed by the client at its price once accepted.</summary>
    public static readonly OwedKind ChangeOrder = new(nameof(ChangeOrder), 4);

    /// <summary>A restart fee, owed by the party that was late once it was applied.</summary>
    public static readonly OwedKind RestartFee = new(nameof(RestartFee), 5);

    /// <summary>A late fee, owed by the party that was late once it was applied.</summary>
    public static readonly OwedKind LateFee = new(nameof(LateFee), 6);

    /// <summary>A credit, owed by the party that was late (the provider, under the usual policies) to the other once it was applied.</summary>
    public static readonly OwedKind Credit = new(nameof(Credit), 7);

    /// <summary>What the client paid beyond an invoice of the agreement: kept as a credit the provider owes the client.</summary>
    public static readonly OwedKind Overpayment = new(nameof(Overpayment), 8);

    private OwedKind(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Whether it is one of the agreement's own payments: the deposit, a milestone payment or the final payment.</summary>
    public bool IsAgreedPayment => ReferenceEquals(this, Deposit) || ReferenceEquals(this, MilestonePayment) || ReferenceEquals(this, FinalPayment);

    /// <summary>Whether a consequence applied it: a restart fee, a late fee or a credit.</summary>
    public bool IsConsequence => ReferenceEquals(this, RestartFee) || ReferenceEquals(this, LateFee) || ReferenceEquals(this, Credit);

    /// <summary>Whether it is owed back to the party that pays the invoices: a credit or an overpayment, which can be settled against what that party owes.</summary>
    public bool IsCreditNote => ReferenceEquals(this, Credit) || ReferenceEquals(this, Overpayment);
}
