using System;
using System.Collections;
using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An immutable list of items, each with a key of its own, in the order they were added: found by key, added and replaced
/// in O(log32 n) (a <see cref="PersistentVector{T}"/> of the items beside a <see cref="PersistentMap{TKey, TValue}"/> from
/// key to position), where a copied array would make a long stream's replay quadratic.
/// </summary>
/// <remarks>
/// Immutable and thread-safe, except to the <see cref="NodeOwner"/> its list and map were made under, which grows them in
/// place (<see cref="TryAppend"/>, <see cref="SetAt"/>) while it folds a stream and reads nothing but the newest version (a
/// replay): an older version is then not to be read. Callers see it as <see cref="IReadOnlyList{T}"/>; equal when the
/// items, in order, are equal.
/// </remarks>
internal sealed class KeyedList<TKey, T> : IReadOnlyList<T>, IEquatable<KeyedList<TKey, T>>
    where TKey : notnull
    where T : class
{
    private readonly PersistentVector<T> _items;
    private readonly PersistentMap<TKey, int> _positions;

    private KeyedList(PersistentVector<T> items, PersistentMap<TKey, int> positions)
    {
        _items = items;
        _positions = positions;
    }

    /// <summary>No items.</summary>
    internal static KeyedList<TKey, T> Empty { get; } = new(PersistentVector<T>.Empty, PersistentMap<TKey, int>.Empty);

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The item with <paramref name="key"/>, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The item, or null.</returns>
    internal T? Find(TKey key) => _positions.TryGetValue(key, out var index) ? _items[index] : null;

    /// <summary>Where the item with <paramref name="key"/> stands, or -1.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its position, or -1.</returns>
    internal int IndexOf(TKey key) => _positions.TryGetValue(key, out var index) ? index : -1;

    /// <summary>A version with <paramref name="item"/> under <paramref name="key"/>: in its place if the key is there, at the end otherwise.</summary>
    /// <param name="key">The key.</param>
    /// <param name="item">The item.</param>
    /// <returns>The new version.</returns>
    internal KeyedList<TKey, T> Upsert(TKey key, T item) => Upsert(key, item, out _);

    /// <summary>
    /// A version with the item added at the end, under a key this list does not hold yet; null when it holds the key.
    /// Changes in place what was made under <paramref name="owner"/> (see <see cref="NodeOwner"/>), and is then this very
    /// list when both its items and its positions were.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="item">The item.</param>
    /// <param name="owner">Who may change the nodes it made; null to copy.</param>
    /// <returns>The new version, or null.</returns>
    internal KeyedList<TKey, T>? TryAppend(TKey key, T item, NodeOwner? owner)
    {
        if (!_positions.TryAdd(key, _items.Count, owner, out var positions))
        {
            return null;
        }

        // Both changed in place when the owner made them: this very list then holds the item.
        var items = _items.Add(item, owner);
        return ReferenceEquals(items, _items) && ReferenceEquals(positions, _positions) ? this : new(items, positions);
    }

    /// <summary>
    /// A new version with the item at <paramref name="index"/> replaced by one of the same key, changing in place what was
    /// made under <paramref name="owner"/> (see <see cref="NodeOwner"/>).
    /// </summary>
    /// <param name="index">A position in this list.</param>
    /// <param name="item">The item, whose key is the key of the item it replaces.</param>
    /// <param name="owner">Who may change the nodes it made; null to copy.</param>
    /// <returns>The new version: this very instance when the item was replaced in place.</returns>
    internal KeyedList<TKey, T> SetAt(int index, T item, NodeOwner? owner)
    {
        var items = _items.SetItem(index, item, owner);
        return ReferenceEquals(items, _items) ? this : new(items, _positions);
    }

    /// <summary>As <see cref="Upsert(TKey, T)"/>, and says where the item now is.</summary>
    /// <param name="key">The key.</param>
    /// <param name="item">The item.</param>
    /// <param name="index">Its position in the new version.</param>
    /// <returns>The new version.</returns>
    internal KeyedList<TKey, T> Upsert(TKey key, T item, out int index)
    {
        if (_positions.TryGetValue(key, out index))
        {
            return new KeyedList<TKey, T>(_items.SetItem(index, item), _positions);
        }

        index = _items.Count;
        return new KeyedList<TKey, T>(_items.Add(item), _positions.SetItem(key, index));
    }

    public PersistentVector<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both hold equal items in the same order (the keys are the items').</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(KeyedList<TKey, T>? other) => other is not null && _items.Equals(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KeyedList<TKey, T>);

    /// <inheritdoc />
    public override int GetHashCode() => _items.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => _items.ToString();
}
