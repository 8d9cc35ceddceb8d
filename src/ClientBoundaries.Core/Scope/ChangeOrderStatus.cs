using Ardalis.SmartEnum;

namespace ClientBoundaries.Scope;

/// <summary>Where a change order is in its life: Draft, Proposed, then Accepted, Declined, Expired or NoCharge.</summary>
/// <remarks>
/// <code>
/// Draft ──propose──▶ Proposed ──accept──▶ Accepted (an amendment)
///   │                  │  └──decline──▶ Declined
///   │                  └──(time)──▶ Expired ──propose again──▶ Proposed
///   └──proceed──▶ ProceedingWhilePriced ──accept / decline──▶ ...
/// any open one ──absorb──▶ NoCharge (an amendment at no price)
/// </code>
/// The numeric values are a persistence contract and never change. Immutable and thread-safe.
/// </remarks>
public sealed class ChangeOrderStatus : SmartEnum<ChangeOrderStatus>
{
    /// <summary>Priced from the rate card, not yet sent to the client.</summary>
    public static readonly ChangeOrderStatus Draft = new(nameof(Draft), 1, isClosed: false);

    /// <summary>Sent to the client, open until it is accepted, declined or expires.</summary>
    public static readonly ChangeOrderStatus Proposed = new(nameof(Proposed), 2, isClosed: false);

    /// <summary>Work goes ahead while the price is agreed, as the agreement allows; it does not expire.</summary>
    public static readonly ChangeOrderStatus ProceedingWhilePriced = new(nameof(ProceedingWhilePriced), 3, isClosed: false);

    /// <summary>The client accepted it: the agreement was amended with its price and schedule impact.</summary>
    public static readonly ChangeOrderStatus Accepted = new(nameof(Accepted), 4, isClosed: true);

    /// <summary>The client said no; nothing changes.</summary>
    public static readonly ChangeOrderStatus Declined = new(nameof(Declined), 5, isClosed: true);

    /// <summary>The proposal stayed open past its validity without an answer; it can be proposed again.</summary>
    public static readonly ChangeOrderStatus Expired = new(nameof(Expired), 6, isClosed: false);

    /// <summary>The provider chose to absorb it: the agreement was amended at no price.</summary>
    public static readonly ChangeOrderStatus NoCharge = new(nameof(NoCharge), 7, isClosed: true);

    private ChangeOrderStatus(string name, int value, bool isClosed)
        : base(name, value) => IsClosed = isClosed;

    /// <summary>Whether nothing more can happen to it: accepted, declined or absorbed.</summary>
    public bool IsClosed { get; }
}
