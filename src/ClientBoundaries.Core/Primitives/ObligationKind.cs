using Ardalis.SmartEnum;

namespace ClientBoundaries.Primitives;

/// <summary>
/// What a party owes by a due date: a stage it owns, a reply to a message, or (for the client) one of
/// its payments or the acceptance of a stage handed to it. Each kind has its ladder in the party's consequence policy:
/// stages and acceptances use the stage ladder, payments the payment ladder, replies the reply ladder.
/// </summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class ObligationKind : SmartEnum<ObligationKind>
{
    /// <summary>A stage, owed by its owner by the stage's due date.</summary>
    public static readonly ObligationKind Stage = new(nameof(Stage), 1);

    /// <summary>The deposit, owed by the client some days after signing.</summary>
    public static readonly ObligationKind Deposit = new(nameof(Deposit), 2);

    /// <summary>A milestone payment, owed by the client some days after its stage is accepted.</summary>
    public static readonly ObligationKind MilestonePayment = new(nameof(MilestonePayment), 3);

    /// <summary>The final payment, owed by the client some days after the engagement is completed (with the final delivery's acceptance).</summary>
    public static readonly ObligationKind FinalPayment = new(nameof(FinalPayment), 4);

    /// <summary>A reply to a message, owed by the party it was sent to within its response commitment.</summary>
    public static readonly ObligationKind Reply = new(nameof(Reply), 5);

    /// <summary>
    /// The client's answer to a stage handed to it (an acceptance, or a request for a revision), owed by the close of its
    /// acceptance window when the agreement chases it (<see cref="Agreements.WindowClosingPolicy.Chases"/>): its stage ladder
    /// applies, counted from the window's last day.
    /// </summary>
    public static readonly ObligationKind Acceptance = new(nameof(Acceptance), 6);

    private ObligationKind(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Whether it is a payment (deposit, milestone or final) rather than a stage or a reply.</summary>
    public bool IsPayment => ReferenceEquals(this, Deposit) || ReferenceEquals(this, MilestonePayment) || ReferenceEquals(this, FinalPayment);
}
