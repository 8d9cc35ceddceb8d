using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// Describes what happens in one stage, inside <see cref="AgreementBuilder.AddStage(StageKey, string, PartyRole, int, Action{StageBuilder})"/>:
/// what each side does, and what the owner hands over at the end.
/// </summary>
/// <remarks>
/// Mutable, and only for the duration of the <c>AddStage</c> call that hands it to you; not
/// thread-safe. Every method returns the same builder, so calls chain.
/// </remarks>
public sealed class StageBuilder
{
    private readonly List<Responsibility> _responsibilities = new();
    private string? _handover;
    private decimal? _budgetedHours;
    private Money? _price;

    private readonly StageKey _key;

    internal StageBuilder(StageKey key)
    {
        _key = key;
    }

    /// <summary>Adds a task the provider does in this stage.</summary>
    /// <param name="task">The task, in a sentence: "Run a 60-minute discovery call".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="task"/> is null or blank.</exception>
    public StageBuilder ProviderDoes(string task)
    {
        _responsibilities.Add(new Responsibility(PartyRole.Provider, task));
        return this;
    }

    /// <summary>Adds a task the client does in this stage.</summary>
    /// <param name="task">The task, in a sentence: "Send all page copy and photos".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="task"/> is null or blank.</exception>
    public StageBuilder ClientDoes(string task)
    {
        _responsibilities.Add(new Responsibility(PartyRole.Client, task));
        return this;
    }

    /// <summary>Says what the owner hands over when the stage is done; a second call replaces the first.</summary>
    /// <param name="handover">What is handed over: "A clickable design prototype".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="handover"/> is null or blank.</exception>
    public StageBuilder HandsOver(string handover)
    {
        _handover = Preconditions.CheckText(handover, nameof(handover));
        return this;
    }

    /// <summary>Sets the hours the provider budgets for the stage; a second call replaces the first.</summary>
    /// <param name="hours">The budget, 0 to <see cref="Stage.MaxBudgetedHours"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    public StageBuilder BudgetsHours(decimal hours)
    {
        if (hours is < 0m or > Stage.MaxBudgetedHours)
        {
            throw Preconditions.OutOfRange(nameof(hours), $"Stage '{_key}': budgeted hours must be between 0 and {Stage.MaxBudgetedHours}, was {hours}.");
        }

        _budgetedHours = hours;
        return this;
    }

    /// <summary>Says what the stage is worth, the basis of a credit worth a percentage of its price.</summary>
    /// <param name="price">The price, not negative, in the agreement's currency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="price"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative.</exception>
    public StageBuilder Priced(Money price)
    {
        Preconditions.CheckNotNull(price, nameof(price));
        if (price.Amount < 0m)
        {
            throw Preconditions.OutOfRange(nameof(price), $"Stage '{_key}': the price must not be negative, was {price}.");
        }

        _price = price;
        return this;
    }

    internal Stage Build(StageKey key, string name, PartyRole owner, int durationBusinessDays) =>
        new(key, name, owner, durationBusinessDays, _responsibilities, _handover, _budgetedHours, _price);
}
