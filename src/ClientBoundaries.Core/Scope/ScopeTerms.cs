using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// Where the agreement draws the line between what is included and what needs a priced change
/// order: the deliverables with their allowances, the goodwill, the rate card and the change-order terms.
/// </summary>
/// <remarks>
/// Part of every <see cref="Agreements.Agreement"/> (<c>Agreement.Scope</c>), set through the
/// agreement builder. Immutable and thread-safe; equal when every part is equal.
/// </remarks>
public sealed record ScopeTerms
{
    /// <summary>No deliverables, no goodwill, no rate card, the default change-order terms.</summary>
    public static readonly ScopeTerms None = new(Array.Empty<Deliverable>());

    private readonly ValueList<Deliverable> _deliverables;

    /// <summary>Sets the scope terms.</summary>
    /// <param name="deliverables">What the provider delivers, each key once; null for none listed.</param>
    /// <param name="goodwill">The extras given without charge; null for <see cref="Scope.Goodwill.None"/>.</param>
    /// <param name="rateCard">How work outside the agreement is priced; null when the agreement names no price (a request outside it is then refused rather than quoted).</param>
    /// <param name="changeOrderTerms">How change orders work; null for <see cref="Scope.ChangeOrderTerms.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="deliverables"/> holds null or a key twice.</exception>
    public ScopeTerms(
        IEnumerable<Deliverable>? deliverables,
        Goodwill? goodwill = null,
        RateCard? rateCard = null,
        ChangeOrderTerms? changeOrderTerms = null)
    {
        var list = Preconditions.CheckElementsNotNull(deliverables ?? Array.Empty<Deliverable>(), nameof(deliverables));
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(
                    list[j].Key != list[i].Key,
                    nameof(deliverables),
                    $"Deliverable keys must be unique, but '{list[i].Key}' is used by \"{list[j].Name}\" and \"{list[i].Name}\".");
            }
        }

        _deliverables = new ValueList<Deliverable>(list);
        Goodwill = goodwill ?? Goodwill.None;
        RateCard = rateCard;
        ChangeOrderTerms = changeOrderTerms ?? ChangeOrderTerms.Default;
    }

    /// <summary>What the provider delivers, in the order written.</summary>
    public IReadOnlyList<Deliverable> Deliverables => _deliverables;

    /// <summary>The extras given without charge.</summary>
    public Goodwill Goodwill { get; }

    /// <summary>How work outside the agreement is priced, or null when the agreement names no price.</summary>
    public RateCard? RateCard { get; }

    /// <summary>How change orders work.</summary>
    public ChangeOrderTerms ChangeOrderTerms { get; }

    /// <summary>The deliverable with the given key, or null when there is none.</summary>
    /// <param name="key">The deliverable key.</param>
    /// <returns>The deliverable, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Deliverable? FindDeliverable(DeliverableKey key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        foreach (var deliverable in _deliverables)
        {
            if (deliverable.Key == key)
            {
                return deliverable;
            }
        }

        return null;
    }

    /// <summary>The deliverable whose revision rounds are counted on a stage, or null.</summary>
    internal Deliverable? WithRoundsOn(StageKey stage)
    {
        foreach (var deliverable in _deliverables)
        {
            if (deliverable.Stage == stage && deliverable.Allowance.RevisionRounds is not null)
            {
                return deliverable;
            }
        }

        return null;
    }

    /// <summary>The same terms with one deliverable replaced (same key).</summary>
    internal ScopeTerms WithDeliverable(Deliverable replacement)
    {
        var list = new List<Deliverable>(_deliverables);
        var index = list.FindIndex(d => d.Key == replacement.Key);
        list[index] = replacement;
        return new ScopeTerms(list, Goodwill, RateCard, ChangeOrderTerms);
    }

    /// <summary>How many deliverables, the goodwill and the rate card, for logs.</summary>
    /// <returns>The terms as text.</returns>
    public override string ToString() =>
        $"{_deliverables.Count} deliverable(s); {Goodwill}; " + (RateCard is { } card ? card.ToString() : "no rate card");
}
