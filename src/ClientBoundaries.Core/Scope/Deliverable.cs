using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// Something the provider delivers ("Website pages", "Logo"): the stage it is made in, what it
/// includes in numbers (its <see cref="Allowance"/>), and in words what is included and what is not.
/// </summary>
/// <remarks>
/// <para>The written inclusions and exclusions are what a change request can point to: a request
/// the agreement already includes costs nothing, and one it excludes is quoted as a change order
/// even while goodwill is left.</para>
/// <para>Immutable and thread-safe; equal when every field, including the lists in order, is equal.</para>
/// </remarks>
public sealed record Deliverable
{
    private readonly ValueList<string> _inclusions;
    private readonly ValueList<string> _exclusions;

    /// <summary>Creates a deliverable.</summary>
    /// <param name="key">The deliverable's key, unique within its agreement.</param>
    /// <param name="name">Its name on the one-pager: "Website pages".</param>
    /// <param name="stage">The provider stage it is made (and revised) in; null when it is not tied to one. Its revision rounds are counted on that stage.</param>
    /// <param name="allowance">What it includes in numbers; null for <see cref="Allowance.None"/>.</param>
    /// <param name="inclusions">What is included, in the agreement's words ("Copy edits before launch"); null for none.</param>
    /// <param name="exclusions">What is not included ("Copywriting", "Stock photos"); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or an inclusion or exclusion is blank or null, the same words appear twice, or both as included and as excluded.</exception>
    public Deliverable(
        DeliverableKey key,
        string name,
        StageKey? stage = null,
        Allowance? allowance = null,
        IEnumerable<string>? inclusions = null,
        IEnumerable<string>? exclusions = null)
    {
        Key = Preconditions.CheckNotNull(key, nameof(key));
        Name = Preconditions.CheckText(name, nameof(name));
        Stage = stage;
        Allowance = allowance ?? Allowance.None;
        _inclusions = Clauses(inclusions, nameof(inclusions));
        _exclusions = Clauses(exclusions, nameof(exclusions));
        foreach (var inclusion in _inclusions)
        {
            Preconditions.CheckArgument(
                Find(_exclusions, inclusion) is null,
                nameof(exclusions),
                $"\"{inclusion}\" cannot be both included in and excluded from {Name}.");
        }
    }

    /// <summary>The deliverable's key, unique within its agreement and stable across amendments.</summary>
    public DeliverableKey Key { get; }

    /// <summary>Its name on the one-pager.</summary>
    public string Name { get; }

    /// <summary>The provider stage it is made in, or null when it is not tied to one.</summary>
    public StageKey? Stage { get; }

    /// <summary>What it includes in numbers.</summary>
    public Allowance Allowance { get; }

    /// <summary>What is included, in the agreement's words, in the order written.</summary>
    public IReadOnlyList<string> Inclusions => _inclusions;

    /// <summary>What is not included, in the agreement's words, in the order written.</summary>
    public IReadOnlyList<string> Exclusions => _exclusions;

    /// <summary>The key, name and allowance: <c>pages (Website pages: 2 revision rounds, 5 pages)</c>.</summary>
    /// <returns>The deliverable as text.</returns>
    public override string ToString() => $"{Key} ({Name}: {Allowance})";

    /// <summary>The inclusion written as <paramref name="clause"/> (ignoring case and surrounding spaces), or null.</summary>
    internal string? FindInclusion(string clause) => Find(_inclusions, clause);

    /// <summary>The exclusion written as <paramref name="clause"/> (ignoring case and surrounding spaces), or null.</summary>
    internal string? FindExclusion(string clause) => Find(_exclusions, clause);

    internal Deliverable WithAllowance(Allowance allowance) =>
        new(Key, Name, Stage, allowance, _inclusions, _exclusions);

    private static string? Find(IReadOnlyList<string> clauses, string clause)
    {
        var wanted = clause.Trim();
        return clauses.FirstOrDefault(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static ValueList<string> Clauses(IEnumerable<string>? clauses, string paramName)
    {
        var list = new List<string>();
        var index = 0;
        foreach (var clause in Preconditions.CheckElementsNotNull(clauses ?? Array.Empty<string>(), paramName))
        {
            var text = clause.Trim();
            Preconditions.CheckArgument(text.Length > 0, paramName, $"The item at index {index} is blank; write what is meant, or leave it out.");
            Preconditions.CheckArgument(Find(list, text) is null, paramName, $"\"{text}\" is written twice.");
            list.Add(text);
            index++;
        }

        return new ValueList<string>(list);
    }
}
