using System;
using System.Collections;
using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// A read-only list that compares by its elements, so that records holding one get value equality.
/// Callers see it as <see cref="IReadOnlyList{T}"/>; nothing can change it after construction.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private static readonly EqualityComparer<T> ElementComparer = EqualityComparer<T>.Default;

    private readonly T[] _items;

    internal ValueList(IEnumerable<T> items)
    {
        _items = items is ICollection<T> collection ? CopyOf(collection) : new List<T>(items).ToArray();
    }

    // Takes ownership of an array nobody else holds.
    private ValueList(T[] items, bool owned)
    {
        _ = owned;
        _items = items;
    }

    internal static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>A list over <paramref name="items"/> itself, not a copy: for an array just made that nobody else holds or changes. The shared empty list when it is empty.</summary>
    internal static ValueList<T> Owning(T[] items) => items.Length == 0 ? Empty : new(items, owned: true);

    /// <summary>The items as a value list: the list itself when it is one (it never changes), the shared empty list when there are none, else a copy.</summary>
    internal static ValueList<T> Of(IReadOnlyList<T> items) =>
        items as ValueList<T> ?? (items.Count == 0 ? Empty : new ValueList<T>(items));

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The items in a new array, for the caller to change and hand back through <see cref="Owning"/>.</summary>
    internal T[] ToArray() => Arrays.Copy(_items);

    /// <summary>A copy with the item at <paramref name="index"/> replaced.</summary>
    internal ValueList<T> SetItem(int index, T item)
    {
        var copy = Arrays.Copy(_items);
        copy[index] = item;
        return new ValueList<T>(copy, owned: true);
    }

    /// <summary>A copy with <paramref name="item"/> added at the end.</summary>
    /// <summary>
    /// Replaces the item at <paramref name="index"/> in this very list: only for a list its maker holds alone, as a fold
    /// holds the stages it copied for its newest state (see <see cref="NodeOwner"/>).
    /// </summary>
    internal void SetInPlace(int index, T item) => _items[index] = item;

    internal ValueList<T> Add(T item)
    {
        var copy = new T[_items.Length + 1];
        Array.Copy(_items, copy, _items.Length);
        copy[_items.Length] = item;
        return new ValueList<T>(copy, owned: true);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!ElementComparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items)
            {
                hash = (hash * 31) + (item is null ? 0 : ElementComparer.GetHashCode(item));
            }

            return hash;
        }
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    private static T[] CopyOf(ICollection<T> collection)
    {
        var array = new T[collection.Count];
        collection.CopyTo(array, 0);
        return array;
    }
}
