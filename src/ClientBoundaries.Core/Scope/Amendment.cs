using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scope;

/// <summary>
/// What one accepted (or absorbed) change order changed in the agreement: the version it made, the
/// price, the schedule impact and where it landed, and what it added to a deliverable.
/// </summary>
/// <remarks>
/// An amended agreement keeps every amendment that led to it (<c>Agreement.Amendments</c>), and an
/// engagement keeps every version. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record Amendment
{
    /// <summary>Records an amendment.</summary>
    /// <param name="version">The agreement version it makes, at least 2.</param>
    /// <param name="changeOrder">The change order it comes from.</param>
    /// <param name="description">What changed, in a sentence.</param>
    /// <param name="price">What the client pays for it, 0 to <see cref="Scope.ChangeOrder.MaxPrice"/>; zero when the provider absorbed it.</param>
    /// <param name="scheduleImpactBusinessDays">The provider business days added to <paramref name="extendedStage"/>, 0 to 2,600.</param>
    /// <param name="extendedStage">The provider stage that gets the extra days (and the extra budgeted hours); null when nothing is extended.</param>
    /// <param name="deliverable">The deliverable it adds to, or null.</param>
    /// <param name="addedUnits">Units added to the deliverable's allowance, 0 to 10,000.</param>
    /// <param name="addedRevisionRounds">Revision rounds added to the deliverable's allowance, 0 to 100.</param>
    /// <param name="addedBudgetedHours">Hours added to the extended stage's budget, 0 to 10,000.</param>
    /// <param name="at">When it was agreed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/>, <paramref name="description"/> or <paramref name="price"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or <paramref name="price"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank; days without a stage, or units or rounds without a deliverable.</exception>
    public Amendment(
        int version,
        ChangeRequestId changeOrder,
        string description,
        Money price,
        int scheduleImpactBusinessDays,
        StageKey? extendedStage,
        DeliverableKey? deliverable,
        int addedUnits,
        int addedRevisionRounds,
        decimal addedBudgetedHours,
        Instant at)
    {
        Preconditions.CheckArgumentRange(nameof(version), version, 2, int.MaxValue);
        ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
        Description = Preconditions.CheckText(description, nameof(description));
        Price = Scope.ChangeOrder.CheckPrice(price, nameof(price));

        Preconditions.CheckArgumentRange(nameof(scheduleImpactBusinessDays), scheduleImpactBusinessDays, 0, 2_600);
        Preconditions.CheckArgument(
            scheduleImpactBusinessDays == 0 || extendedStage is not null,
            nameof(extendedStage),
            $"{scheduleImpactBusinessDays} business day(s) of schedule impact need a stage to extend.");
        Preconditions.CheckArgumentRange(nameof(addedUnits), addedUnits, 0, 10_000);
        Preconditions.CheckArgumentRange(nameof(addedRevisionRounds), addedRevisionRounds, 0, Allowance.MaxRevisionRounds);
        Preconditions.CheckArgument(
            (addedUnits == 0 && addedRevisionRounds == 0) || deliverable is not null,
            nameof(deliverable),
            "Added units or revision rounds need the deliverable they are added to.");
        if (addedBudgetedHours is < 0m or > ChangeRequest.MaxEstimatedHours)
        {
            throw Preconditions.OutOfRange(nameof(addedBudgetedHours), $"Added budgeted hours must be between 0 and {ChangeRequest.MaxEstimatedHours}, was {addedBudgetedHours}.");
        }

        Version = version;
        ScheduleImpactBusinessDays = scheduleImpactBusinessDays;
        ExtendedStage = extendedStage;
        Deliverable = deliverable;
        AddedUnits = addedUnits;
        AddedRevisionRounds = addedRevisionRounds;
        AddedBudgetedHours = addedBudgetedHours;
        At = at;
    }

    /// <summary>The agreement version it makes.</summary>
    public int Version { get; }

    /// <summary>The change order it comes from.</summary>
    public ChangeRequestId ChangeOrder { get; }

    /// <summary>What changed, in a sentence.</summary>
    public string Description { get; }

    /// <summary>What the client pays for it; zero when the provider absorbed it.</summary>
    public Money Price { get; }

    /// <summary>The provider business days added to <see cref="ExtendedStage"/>.</summary>
    public int ScheduleImpactBusinessDays { get; }

    /// <summary>The provider stage that gets the extra days and budgeted hours, or null.</summary>
    public StageKey? ExtendedStage { get; }

    /// <summary>The deliverable it adds to, or null.</summary>
    public DeliverableKey? Deliverable { get; }

    /// <summary>Units added to the deliverable's allowance.</summary>
    public int AddedUnits { get; }

    /// <summary>Revision rounds added to the deliverable's allowance.</summary>
    public int AddedRevisionRounds { get; }

    /// <summary>Hours added to the extended stage's budget.</summary>
    public decimal AddedBudgetedHours { get; }

    /// <summary>When it was agreed.</summary>
    public Instant At { get; }

    /// <summary>The version and what changed: <c>v2: Change order (Add a Team page): ...</c>.</summary>
    /// <returns>The amendment as text.</returns>
    public override string ToString() => $"v{Version}: {Description}";
}
