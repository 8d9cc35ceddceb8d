using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An immutable list that is cheap to grow and to change one item of: a 32-way trie of arrays with the last few items in
/// a tail, as in Clojure's vectors. Adding an item and reading one by index take O(log32 n) (amortised O(1) for adding),
/// replacing one copies the arrays on its path only, and every earlier version stays as it was.
/// </summary>
/// <remarks>
/// <para>Adding to the newest version writes into the free end of its tail, which no version can see yet, instead of
/// copying the tail: the first version to claim the slot (an interlocked compare-and-swap on the tail's fill count) writes
/// it, and any other version that adds from the same point copies. Every version reads only the items below its own
/// count, so no reader ever sees a slot change: the list is immutable and thread-safe.</para>
/// <para>The one exception: a version or a tail made under a <see cref="NodeOwner"/> is changed in place by that owner's
/// <see cref="Add(T, NodeOwner)"/> and <see cref="SetItem(int, T, NodeOwner)"/>, which only a fold that keeps nothing but
/// its newest version (a replay) uses.</para>
/// <para>Equal when the items, in order, are equal.</para>
/// </remarks>
internal sealed class PersistentVector<T> : IReadOnlyList<T>, IEquatable<PersistentVector<T>>
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    private static readonly EqualityComparer<T> ElementComparer = EqualityComparer<T>.Default;

    // Changed in place only by the owner that made this version, which keeps nothing but its newest (a replay), so a fold
    // does not make a version per item.
    private readonly NodeOwner? _owner;
    private int _count;
    private int _shift;

    // Inner nodes are object[] of children; the nodes at the lowest level hold T[] leaves of exactly Width items.
    private object[] _root;
    private Tail _tail;

    private PersistentVector(int count, int shift, object[] root, Tail tail, NodeOwner? owner = null)
    {
        _count = count;
        _shift = shift;
        _root = root;
        _tail = tail;
        _owner = owner;
    }

    /// <summary>No items.</summary>
    // Its tail counts as full, so no version claims a slot of it: the shared empty list never holds an item.
    internal static PersistentVector<T> Empty { get; } = new(0, Bits, Array.Empty<object>(), new Tail(Array.Empty<T>(), Width, null));

    /// <summary>How many items.</summary>
    public int Count => _count;

    private int TailOffset => _count < Width ? 0 : ((_count - 1) >> Bits) << Bits;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, _count - 1);

            return LeafFor(index)[index & Mask];
        }
    }

    /// <summary>A version with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The new version.</returns>
    internal PersistentVector<T> Add(T item) => Add(item, null);

    /// <summary>As <see cref="Add(T)"/>; a tail it begins is made under <paramref name="owner"/>, so that <see cref="SetItem(int, T, NodeOwner)"/> may change it in place.</summary>
    /// <param name="item">The item.</param>
    /// <param name="owner">Who may change the tail it begins; null for nobody.</param>
    /// <returns>The new version.</returns>
    internal PersistentVector<T> Add(T item, NodeOwner? owner)
    {
        var inTail = _count - TailOffset;
        if (inTail < Width)
        {
            if (Interlocked.CompareExchange(ref _tail.Used, inTail + 1, inTail) == inTail)
            {
                // No version has seen this slot: the newest one may fill it in place.
                _tail.Items[inTail] = item;
                return With(_count + 1, _shift, _root, _tail, owner);
            }

            var copy = new T[Width];
            Array.Copy(_tail.Items, copy, inTail);
            copy[inTail] = item;
            return With(_count + 1, _shift, _root, new Tail(copy, inTail + 1, owner), owner);
        }

        // The tail is full: it moves into the trie as a leaf (no version can add to a full tail) and a new one begins.
        var leaf = _tail.Items;
        object[] root;
        var shift = _shift;
        if ((_count >> Bits) > (1 << _shift))
        {
            root = new object[] { _root, NewPath(_shift, leaf) };
            shift += Bits;
        }
        else
        {
            root = PushTail(_shift, _root, leaf);
        }

        var tail = new T[Width];
        tail[0] = item;
        return With(_count + 1, shift, root, new Tail(tail, 1, owner), owner);
    }

    /// <summary>A version with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    internal PersistentVector<T> SetItem(int index, T item) => SetItem(index, item, null);

    /// <summary>
    /// As <see cref="SetItem(int, T)"/>; an item in a tail made under <paramref name="owner"/> is replaced in place (this
    /// version, and every other that holds the tail, then read the new item), and a tail it copies is made under it.
    /// </summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <param name="item">The new item.</param>
    /// <param name="owner">Who may change the tail it made; null to copy.</param>
    /// <returns>The new version: this very instance when the item was replaced in place.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    internal PersistentVector<T> SetItem(int index, T item, NodeOwner? owner)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, _count - 1);

        var tailOffset = TailOffset;
        if (index >= tailOffset)
        {
            if (owner is not null && ReferenceEquals(_tail.Owner, owner))
            {
                _tail.Items[index & Mask] = item;
                return this;
            }

            var copy = new T[Width];
            Array.Copy(_tail.Items, copy, _count - tailOffset);
            copy[index & Mask] = item;
            return With(_count, _shift, _root, new Tail(copy, _count - tailOffset, owner), owner);
        }

        return With(_count, _shift, (object[])Set(_shift, _root, index, item), _tail, owner);
    }

    /// <summary>The items in order.</summary>
    /// <returns>An enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both hold equal items in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PersistentVector<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._count != _count)
        {
            return false;
        }

        for (var start = 0; start < _count; start += Width)
        {
            var mine = LeafFor(start);
            var theirs = other.LeafFor(start);
            var length = Math.Min(Width, _count - start);
            for (var i = 0; i < length; i++)
            {
                if (!ElementComparer.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersistentVector<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in this)
            {
                hash = (hash * 31) + (item is null ? 0 : ElementComparer.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", this) + "]";

    /// <summary>This very version changed in place when <paramref name="owner"/> made it; else a new version, made under <paramref name="owner"/>.</summary>
    private PersistentVector<T> With(int count, int shift, object[] root, Tail tail, NodeOwner? owner)
    {
        if (owner is null || !ReferenceEquals(_owner, owner))
        {
            return new PersistentVector<T>(count, shift, root, tail, owner);
        }

        _count = count;
        _shift = shift;
        _root = root;
        _tail = tail;
        return this;
    }

    private static object[] NewPath(int level, T[] leaf) => level == Bits ? new object[] { leaf } : new object[] { NewPath(level - Bits, leaf) };

    private static object[] Copy(object[] node, int length)
    {
        var copy = new object[length];
        Array.Copy(node, copy, Math.Min(node.Length, length));
        return copy;
    }

    private static object Set(int level, object node, int index, T item)
    {
        if (level == 0)
        {
            var leaf = Arrays.Copy((T[])node);
            leaf[index & Mask] = item;
            return leaf;
        }

        var inner = (object[])node;
        var copy = Arrays.Copy(inner);
        var slot = (index >> level) & Mask;
        copy[slot] = Set(level - Bits, inner[slot], index, item);
        return copy;
    }

    private T[] LeafFor(int index)
    {
        if (index >= TailOffset)
        {
            return _tail.Items;
        }

        object node = _root;
        for (var level = _shift; level > 0; level -= Bits)
        {
            node = ((object[])node)[(index >> level) & Mask];
        }

        return (T[])node;
    }

    private object[] PushTail(int level, object[] parent, T[] leaf)
    {
        var slot = ((_count - 1) >> level) & Mask;
        var copy = Copy(parent, slot + 1);
        copy[slot] = level == Bits
            ? leaf
            : slot < parent.Length ? PushTail(level - Bits, (object[])parent[slot], leaf) : NewPath(level - Bits, leaf);
        return copy;
    }

    /// <summary>
    /// The last items, filled in place by the newest version (see the remarks on the class), and changed in place by the
    /// owner it was made under, if any (see <see cref="NodeOwner"/>).
    /// </summary>
    private sealed class Tail
    {
        public readonly T[] Items;
        public readonly NodeOwner? Owner;

        public int Used;

        public Tail(T[] items, int used, NodeOwner? owner)
        {
            Items = items;
            Used = used;
            Owner = owner;
        }
    }

    /// <summary>Goes through the items in order, a leaf at a time.</summary>
    internal struct Enumerator : IEnumerator<T>
    {
        private readonly PersistentVector<T> _vector;
        private T[] _leaf;
        private int _index;

        internal Enumerator(PersistentVector<T> vector)
        {
            _vector = vector;
            _leaf = Array.Empty<T>();
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _leaf[_index & Mask];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (++_index >= _vector._count)
            {
                return false;
            }

            if ((_index & Mask) == 0)
            {
                _leaf = _vector.LeafFor(_index);
            }

            return true;
        }

        /// <inheritdoc />
        public void Reset()
        {
            _index = -1;
            _leaf = Array.Empty<T>();
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
