using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// One step of the work: who owns it, how long it takes in the owner's business days, what each
/// side does in it, and what the owner hands over when it is done.
/// </summary>
/// <remarks>
/// The owner holds the ball for the whole stage; its duration is counted in the owner's
/// <see cref="Party.Calendar"/>. Immutable and thread-safe; equal when every field, including
/// the responsibilities in order, is equal.
/// </remarks>
public sealed record Stage
{
    /// <summary>The longest stage the library accepts: 2,600 business days, about ten years of work.</summary>
    public const int MaxDurationBusinessDays = 2_600;

    /// <summary>The largest hour budget a stage may have: 100,000 hours.</summary>
    public const decimal MaxBudgetedHours = 100_000m;

    private readonly ValueList<Responsibility> _responsibilities;

    /// <summary>Creates a stage.</summary>
    /// <param name="key">The stage's key, unique within its agreement.</param>
    /// <param name="name">The stage's name on the one-pager: "Client sends content".</param>
    /// <param name="owner">The party who holds the ball during the stage.</param>
    /// <param name="durationBusinessDays">How long the stage takes, in the owner's business days: 1 to <see cref="MaxDurationBusinessDays"/>.</param>
    /// <param name="responsibilities">What each party does in the stage; null for none listed.</param>
    /// <param name="handover">What the owner hands over when the stage is done ("Approved design"), or null when nothing specific is.</param>
    /// <param name="budgetedHours">The hours the provider budgets for the stage, 0 to <see cref="MaxBudgetedHours"/>; null when it keeps no budget for it.</param>
    /// <param name="price">What the stage is worth, not negative, for a credit worth a percentage of it; null when the stage is not priced on its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="name"/> or <paramref name="owner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="handover"/> is blank, or <paramref name="responsibilities"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="durationBusinessDays"/>, <paramref name="budgetedHours"/> or <paramref name="price"/> is out of range.</exception>
    public Stage(
        StageKey key,
        string name,
        PartyRole owner,
        int durationBusinessDays,
        IEnumerable<Responsibility>? responsibilities = null,
        string? handover = null,
        decimal? budgetedHours = null,
        Money? price = null)
    {
        Key = Preconditions.CheckNotNull(key, nameof(key));
        ObligationKey = ObligationKey.ForStage(key);
        Name = Preconditions.CheckText(name, nameof(name));
        Owner = Preconditions.CheckNotNull(owner, nameof(owner));
        Preconditions.CheckArgumentRange(nameof(durationBusinessDays), durationBusinessDays, 1, MaxDurationBusinessDays, $"Stage '{key}'");
        DurationBusinessDays = durationBusinessDays;
        _responsibilities = new ValueList<Responsibility>(
            Preconditions.CheckElementsNotNull(responsibilities ?? Array.Empty<Responsibility>(), nameof(responsibilities)));
        Handover = handover is null ? null : Preconditions.CheckText(handover, nameof(handover));
        if (budgetedHours is < 0m or > MaxBudgetedHours)
        {
            throw Preconditions.OutOfRange(nameof(budgetedHours), $"Stage '{key}': budgeted hours must be between 0 and {MaxBudgetedHours}, was {budgetedHours}.");
        }

        BudgetedHours = budgetedHours;
        if (price is { Amount: < 0m })
        {
            throw Preconditions.OutOfRange(nameof(price), $"Stage '{key}': the price must not be negative, was {price}.");
        }

        Price = price;
    }

    /// <summary>The stage's key, unique within its agreement and stable across amendments.</summary>
    public StageKey Key { get; }

    /// <summary>The stage as its owner's obligation (<see cref="ObligationKey.ForStage"/>), made once: every assessment names it.</summary>
    internal ObligationKey ObligationKey { get; }

    /// <summary>The stage's name on the one-pager.</summary>
    public string Name { get; }

    /// <summary>The party who holds the ball during the stage.</summary>
    public PartyRole Owner { get; }

    /// <summary>How long the stage takes, in business days of the owner's calendar.</summary>
    public int DurationBusinessDays { get; }

    /// <summary>What each party does in the stage, in the order written.</summary>
    public IReadOnlyList<Responsibility> Responsibilities => _responsibilities;

    /// <summary>What the owner hands over when the stage is done, or null when nothing specific is.</summary>
    public string? Handover { get; }

    /// <summary>
    /// The hours the provider budgets for the stage, or null when it keeps no budget for it. An
    /// engagement compares the hours logged against it, so "we spent twice the budget" shows early.
    /// </summary>
    public decimal? BudgetedHours { get; }

    /// <summary>
    /// What the stage is worth, when the agreement prices it on its own; the basis of a credit worth a
    /// percentage of the stage's price. Null when it is not priced.
    /// </summary>
    public Money? Price { get; }

    /// <summary>The tasks one party has in this stage, in the order written.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>The tasks; empty when the party has none here.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<string> TasksOf(PartyRole party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return _responsibilities.Where(r => r.Party == party).Select(r => r.Task).ToList();
    }

    /// <summary>The key, name, owner and duration: <c>design (Design draft, Provider, 5 business days)</c>.</summary>
    /// <returns>The stage as text.</returns>
    public override string ToString() => $"{Key} ({Name}, {Owner}, {DurationBusinessDays} business days)";
}
