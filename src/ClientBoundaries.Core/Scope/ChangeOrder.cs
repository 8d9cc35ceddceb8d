using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scope;

/// <summary>
/// A priced proposal for work outside the agreement: what it is, its price from the rate card, its
/// schedule impact in the provider's business days, and where it is in its life.
/// </summary>
/// <remarks>
/// <para>Drafted when a change request falls out of scope, then proposed, and accepted, declined or
/// absorbed by the provider (<see cref="ChangeOrderStatus"/>). Accepting or absorbing one amends the
/// agreement (<see cref="AmendedVersion"/>). A proposal expires by time: read its status at an
/// instant with <see cref="StatusAt"/>.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record ChangeOrder
{
    /// <summary>The highest price a change order may have: 1,000,000,000,000 in its currency (room for currencies of small units, such as IDR).</summary>
    public const decimal MaxPrice = 1_000_000_000_000m;

    internal ChangeOrder(ChangeRequest request, Money price, int scheduleImpactBusinessDays, int addedUnits, int addedRevisionRounds)
    {
        Id = request.Id;
        Description = request.Description;
        Deliverable = request.Deliverable;
        EstimatedHours = request.EstimatedHours;
        Price = price;
        ScheduleImpactBusinessDays = scheduleImpactBusinessDays;
        AddedUnits = addedUnits;
        AddedRevisionRounds = addedRevisionRounds;
        Status = ChangeOrderStatus.Draft;
        DraftedAt = request.RequestedAt;
    }

    /// <summary>The change request it answers, which is also its id.</summary>
    public ChangeRequestId Id { get; }

    /// <summary>What the work is.</summary>
    public string Description { get; }

    /// <summary>The deliverable it adds to, or null.</summary>
    public DeliverableKey? Deliverable { get; }

    /// <summary>The hours the work is estimated at.</summary>
    public decimal EstimatedHours { get; }

    /// <summary>The price: from the rate card when drafted (never below its minimum fee), or as last proposed.</summary>
    public Money Price { get; private init; }

    /// <summary>The provider business days the work adds to the schedule.</summary>
    public int ScheduleImpactBusinessDays { get; private init; }

    /// <summary>The units it adds to its deliverable once accepted (one more page); 0 for none.</summary>
    public int AddedUnits { get; }

    /// <summary>The revision rounds it adds to its deliverable once accepted; 1 for an extra round, otherwise 0.</summary>
    public int AddedRevisionRounds { get; }

    /// <summary>Its status as recorded. A proposal past <see cref="ExpiresAt"/> still reads Proposed here: use <see cref="StatusAt"/>.</summary>
    public ChangeOrderStatus Status { get; private init; }

    /// <summary>When it was drafted: when the request was made.</summary>
    public Instant DraftedAt { get; }

    /// <summary>When it was last proposed, or null while it has not been.</summary>
    public Instant? ProposedAt { get; private init; }

    /// <summary>The moment the last proposal expires (the end of its last valid day, in the provider's time zone), or null while not proposed.</summary>
    public Instant? ExpiresAt { get; private init; }

    /// <summary>When it was accepted, declined or absorbed; null while open.</summary>
    public Instant? ClosedAt { get; private init; }

    /// <summary>Why the client declined it, when it said; otherwise null.</summary>
    public string? DeclineReason { get; private init; }

    /// <summary>The agreement version its acceptance (or absorption) made; null otherwise.</summary>
    public int? AmendedVersion { get; private init; }

    /// <summary>
    /// Its status at an instant: <see cref="ChangeOrderStatus.Expired"/> for a proposal whose time
    /// ran out at or before <paramref name="now"/>, otherwise <see cref="Status"/>.
    /// </summary>
    /// <param name="now">The instant to read it at, normally now.</param>
    /// <returns>The status then.</returns>
    public ChangeOrderStatus StatusAt(Instant now) =>
        Status == ChangeOrderStatus.Proposed && ExpiresAt is { } expires && now >= expires ? ChangeOrderStatus.Expired : Status;

    /// <summary>The id, description, price and status: <c>team-page: Add a Team page, 720.00 EUR, Draft</c>.</summary>
    /// <returns>The change order as text.</returns>
    public override string ToString() => $"{Id}: {Description}, {Price.ToAmountText()}, {Status}";

    internal ChangeOrder ProposedOn(Instant at, Instant expiresAt, Money price, int scheduleImpactBusinessDays) =>
        this with
        {
            Status = Status == ChangeOrderStatus.ProceedingWhilePriced ? Status : ChangeOrderStatus.Proposed,
            ProposedAt = at,
            ExpiresAt = expiresAt,
            Price = price,
            ScheduleImpactBusinessDays = scheduleImpactBusinessDays,
        };

    internal ChangeOrder Proceeding() => this with { Status = ChangeOrderStatus.ProceedingWhilePriced };

    internal ChangeOrder DeclinedOn(Instant at, string? reason) => this with { Status = ChangeOrderStatus.Declined, ClosedAt = at, DeclineReason = reason };

    /// <summary>Accepted at the amendment's price, or absorbed (keeping the price it would have cost).</summary>
    internal ChangeOrder AmendedOn(Instant at, int version, bool absorbed, Money price) =>
        this with
        {
            Status = absorbed ? ChangeOrderStatus.NoCharge : ChangeOrderStatus.Accepted,
            ClosedAt = at,
            AmendedVersion = version,
            Price = absorbed ? Price : price,
        };

    /// <summary>Checks a price proposed or agreed for a change order: not null, not negative, at most <see cref="MaxPrice"/>.</summary>
    internal static Money CheckPrice(Money? price, string paramName)
    {
        Preconditions.CheckNotNull(price, paramName);
        if (price!.Amount is < 0m or > MaxPrice)
        {
            throw Preconditions.OutOfRange(paramName, $"A change order's price must be between 0 and {MaxPrice}, was {price}.");
        }

        return price;
    }
}
