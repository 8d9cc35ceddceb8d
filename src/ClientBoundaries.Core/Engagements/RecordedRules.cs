using System.Collections;
using System.Collections.Generic;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The reminders sent, or the consequences applied, in the order they were recorded, with an index of the rules recorded
/// for each obligation and round: whether a rule was recorded is a lookup, not a scan of everything ever recorded, and
/// recording one more costs the same however many came before. Immutable; equal when the records, in order, are equal.
/// </summary>
/// <typeparam name="T">What is recorded: <see cref="EngagementEvent.ReminderSent"/> or <see cref="EngagementEvent.ConsequenceApplied"/>.</typeparam>
internal sealed class RecordedRules<T> : IReadOnlyList<T>, System.IEquatable<RecordedRules<T>>
    where T : class
{
    private readonly PersistentVector<T> _records;
    private readonly PersistentMap<(ObligationKey Obligation, int Round), ValueList<ConsequenceRule>> _rules;

    private RecordedRules(PersistentVector<T> records, PersistentMap<(ObligationKey Obligation, int Round), ValueList<ConsequenceRule>> rules)
    {
        _records = records;
        _rules = rules;
    }

    /// <summary>Nothing recorded.</summary>
    internal static RecordedRules<T> Empty { get; } =
        new(PersistentVector<T>.Empty, PersistentMap<(ObligationKey Obligation, int Round), ValueList<ConsequenceRule>>.Empty);

    /// <inheritdoc />
    public int Count => _records.Count;

    /// <inheritdoc />
    public T this[int index] => _records[index];

    /// <summary>These records and one more, of <paramref name="rule"/> for <paramref name="obligation"/> in <paramref name="round"/>.</summary>
    internal RecordedRules<T> Add(T record, ObligationKey obligation, int round, ConsequenceRule rule)
    {
        var rules = _rules.TryGetValue((obligation, round), out var recorded) ? recorded.Add(rule) : new ValueList<ConsequenceRule>(new[] { rule });
        return new RecordedRules<T>(_records.Add(record), _rules.SetItem((obligation, round), rules));
    }

    /// <summary>The rules recorded for an obligation in a round, in the order recorded; empty when none.</summary>
    internal IReadOnlyList<ConsequenceRule> RulesOf(ObligationKey obligation, int round) =>
        _rules.TryGetValue((obligation, round), out var recorded) ? recorded : ValueList<ConsequenceRule>.Empty;

    /// <summary>The records in order, without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public PersistentVector<T>.Enumerator GetEnumerator() => _records.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(RecordedRules<T>? other) => other is not null && _records.Equals(other._records);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordedRules<T>);

    /// <inheritdoc />
    public override int GetHashCode() => _records.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => _records.ToString();
}
