using Ardalis.SmartEnum;

namespace ClientBoundaries.Scope;

/// <summary>Why a change request falls outside the agreement (<see cref="ScopeDecision.OutOfScope"/>).</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class OutOfScopeReason : SmartEnum<OutOfScopeReason>
{
    /// <summary>The agreement names it as not included in the deliverable.</summary>
    public static readonly OutOfScopeReason Excluded = new(nameof(Excluded), 1);

    /// <summary>It needs more of the deliverable's units or hours than are left.</summary>
    public static readonly OutOfScopeReason BeyondAllowance = new(nameof(BeyondAllowance), 2);

    /// <summary>It is a revision beyond the rounds the deliverable includes.</summary>
    public static readonly OutOfScopeReason BeyondRevisionRounds = new(nameof(BeyondRevisionRounds), 3);

    /// <summary>It is larger than what goodwill covers in one request.</summary>
    public static readonly OutOfScopeReason TooLargeForGoodwill = new(nameof(TooLargeForGoodwill), 4);

    /// <summary>It is small, but the goodwill left does not cover it: charging starts.</summary>
    public static readonly OutOfScopeReason GoodwillUsedUp = new(nameof(GoodwillUsedUp), 5);

    /// <summary>The agreement sets aside no goodwill, and no allowance covers it.</summary>
    public static readonly OutOfScopeReason NoGoodwill = new(nameof(NoGoodwill), 6);

    private OutOfScopeReason(string name, int value)
        : base(name, value)
    {
    }
}
