using Ardalis.SmartEnum;

namespace ClientBoundaries.Agreements;

/// <summary>
/// How far an agreement has come before the work is dated: proposed, signed, or signed with the
/// deposit received. Dates are put on the stages only once the deposit is in.
/// </summary>
/// <remarks>
/// The numeric values are a persistence contract and never change. Immutable and thread-safe.
/// </remarks>
public sealed class AgreementStatus : SmartEnum<AgreementStatus>
{
    /// <summary>Shown to the client, not yet signed.</summary>
    public static readonly AgreementStatus Proposed = new(nameof(Proposed), 1);

    /// <summary>Signed by both sides; the deposit has not arrived yet.</summary>
    public static readonly AgreementStatus Signed = new(nameof(Signed), 2);

    /// <summary>Signed, and the deposit has been received: the stages can be given dates.</summary>
    public static readonly AgreementStatus DepositReceived = new(nameof(DepositReceived), 3);

    private AgreementStatus(string name, int value)
        : base(name, value)
    {
    }
}
