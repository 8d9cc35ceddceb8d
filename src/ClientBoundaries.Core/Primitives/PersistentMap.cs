using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An immutable map from keys to values that is cheap to change one entry of: a hash array mapped trie (32 ways a level,
/// by five bits of the key's hash at a time). Reading, setting and removing an entry take O(log32 n) and copy only the
/// nodes on the key's path; every earlier version stays as it was.
/// </summary>
/// <remarks>
/// Immutable and thread-safe, except to the <see cref="NodeOwner"/> a map or a node was made under, which changes it in place
/// while it folds a stream and keeps only the newest version (a replay). It has no order: a caller that needs one keeps
/// it elsewhere.
/// </remarks>
internal sealed class PersistentMap<TKey, TValue>
    where TKey : notnull
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    // Beyond this shift the hash has no bits left: keys whose hashes are equal share a list.
    private const int MaxShift = 30;

    private static readonly EqualityComparer<TKey> KeyComparer = EqualityComparer<TKey>.Default;

    // Changed in place only by the owner that made this map (as its nodes are), so a fold does not copy it per entry.
    private readonly NodeOwner? _owner;
    private Node _root;

    private PersistentMap(Node root, int count, NodeOwner? owner = null)
    {
        _root = root;
        Count = count;
        _owner = owner;
    }

    /// <summary>No entries.</summary>
    internal static PersistentMap<TKey, TValue> Empty { get; } = new(Node.EmptyNode, 0);

    /// <summary>How many entries.</summary>
    internal int Count { get; private set; }

    /// <summary>Finds the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value, or the default when absent.</param>
    /// <returns>True when the key is there.</returns>
    internal bool TryGetValue(TKey key, out TValue value)
    {
        var hash = KeyComparer.GetHashCode(key);
        var node = _root;
        for (var shift = 0; ; shift += Bits)
        {
            if (node.Collisions is { } collisions)
            {
                foreach (var entry in collisions)
                {
                    if (KeyComparer.Equals(entry.Key, key))
                    {
                        value = entry.Value;
                        return true;
                    }
                }

                value = default!;
                return false;
            }

            var bit = 1u << ((hash >> shift) & Mask);
            if ((node.Bitmap & bit) == 0)
            {
                value = default!;
                return false;
            }

            var slot = node.Slots[Index(node.Bitmap, bit)];
            if (slot is Entry leaf)
            {
                var found = KeyComparer.Equals(leaf.Key, key);
                value = found ? leaf.Value : default!;
                return found;
            }

            node = (Node)slot;
        }
    }

    /// <summary>A version with <paramref name="key"/> mapped to <paramref name="value"/>, added or replaced.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new version.</returns>
    internal PersistentMap<TKey, TValue> SetItem(TKey key, TValue value) => SetItem(key, value, null);

    /// <summary>
    /// As <see cref="SetItem(TKey, TValue)"/>, changing in place the nodes on the key's path that were made under
    /// <paramref name="owner"/> (see <see cref="NodeOwner"/>): this version, and every other that holds them, then read
    /// as the new one.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="owner">Who may change the nodes it made; null to copy every node on the path.</param>
    /// <returns>The new version.</returns>
    internal PersistentMap<TKey, TValue> SetItem(TKey key, TValue value, NodeOwner? owner)
    {
        var added = false;
        var root = Set(_root, 0, new Entry(key, KeyComparer.GetHashCode(key), value), true, ref added, owner);
        return With(root, added ? Count + 1 : Count, owner);
    }

    /// <summary>
    /// A version with <paramref name="key"/> added, mapped to <paramref name="value"/>, when it is not there: one walk
    /// down the key's path where a lookup and <see cref="SetItem(TKey, TValue, NodeOwner)"/> would take two.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="owner">Who may change the nodes it made; null to copy every node on the path.</param>
    /// <param name="map">The new version; this very instance, unchanged, when the key was there.</param>
    /// <returns>True when the key was added; false when it was there.</returns>
    internal bool TryAdd(TKey key, TValue value, NodeOwner? owner, out PersistentMap<TKey, TValue> map)
    {
        var added = false;
        var root = Set(_root, 0, new Entry(key, KeyComparer.GetHashCode(key), value), false, ref added, owner);
        map = added ? With(root, Count + 1, owner) : this;
        return added;
    }

    /// <summary>A version without <paramref name="key"/>; this very instance when it is not there.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The new version.</returns>
    internal PersistentMap<TKey, TValue> Remove(TKey key) => Remove(key, null);

    /// <summary>As <see cref="Remove(TKey)"/>, changing in place the nodes on the key's path that were made under <paramref name="owner"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="owner">Who may change the nodes it made; null to copy every node on the path.</param>
    /// <returns>The new version.</returns>
    internal PersistentMap<TKey, TValue> Remove(TKey key, NodeOwner? owner)
    {
        var removed = false;
        var root = Without(_root, 0, key, KeyComparer.GetHashCode(key), ref removed, owner);
        return removed ? With(root ?? Node.EmptyNode, Count - 1, owner) : this;
    }

    /// <summary>Every value, in no particular order.</summary>
    /// <returns>The values.</returns>
    internal IEnumerable<TValue> Values()
    {
        var stack = new Stack<Node>();
        stack.Push(_root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Collisions is { } collisions)
            {
                foreach (var entry in collisions)
                {
                    yield return entry.Value;
                }

                continue;
            }

            var used = PopCount(node.Bitmap);
            for (var i = 0; i < used; i++)
            {
                if (node.Slots[i] is Entry entry)
                {
                    yield return entry.Value;
                }
                else
                {
                    stack.Push((Node)node.Slots[i]);
                }
            }
        }
    }

    /// <summary>This very map changed in place when <paramref name="owner"/> made it; else a new map, made under <paramref name="owner"/>.</summary>
    private PersistentMap<TKey, TValue> With(Node root, int count, NodeOwner? owner)
    {
        if (owner is null || !ReferenceEquals(_owner, owner))
        {
            return new PersistentMap<TKey, TValue>(root, count, owner);
        }

        _root = root;
        Count = count;
        return this;
    }

    private static int Index(uint bitmap, uint bit) => PopCount(bitmap & (bit - 1));

    private static int PopCount(uint value)
    {
        // netstandard2.0 has no BitOperations.PopCount; the multiplication wraps by design.
        unchecked
        {
            value -= (value >> 1) & 0x55555555u;
            value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
            return (int)((((value + (value >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
        }
    }

    /// <summary>
    /// The node with the entry set: added, or put in place of the entry of its key when <paramref name="replace"/>, else
    /// the very node left as it was. A node made under <paramref name="owner"/> is changed in place; any other is copied.
    /// </summary>
    private static Node Set(Node node, int shift, Entry entry, bool replace, ref bool added, NodeOwner? owner)
    {
        if (node.Collisions is { } collisions)
        {
            for (var i = 0; i < collisions.Length; i++)
            {
                if (KeyComparer.Equals(collisions[i].Key, entry.Key))
                {
                    if (!replace)
                    {
                        return node;
                    }

                    var replaced = Arrays.Copy(collisions);
                    replaced[i] = entry;
                    return new Node(replaced);
                }
            }

            var grown = new Entry[collisions.Length + 1];
            collisions.CopyTo(grown, 0);
            grown[collisions.Length] = entry;
            added = true;
            return new Node(grown);
        }

        var bit = 1u << ((entry.Hash >> shift) & Mask);
        var index = Index(node.Bitmap, bit);
        var used = PopCount(node.Bitmap);
        var target = owner is not null && ReferenceEquals(node.Owner, owner) ? node : null;
        if ((node.Bitmap & bit) == 0)
        {
            added = true;
            if (target is not null && used < target.Slots.Length)
            {
                // Room left in a node of this owner's: shift the slots after the new one along.
                System.Array.Copy(target.Slots, index, target.Slots, index + 1, used - index);
                target.Slots[index] = entry;
                target.Bitmap |= bit;
                return target;
            }

            // An owner's nodes grow by doubling, so that filling one in place copies it a few times, not on every entry.
            var slots = new object[owner is null ? used + 1 : System.Math.Min(Width, 2 * (used + 1))];
            System.Array.Copy(node.Slots, slots, index);
            slots[index] = entry;
            System.Array.Copy(node.Slots, index, slots, index + 1, used - index);
            if (target is not null)
            {
                target.Slots = slots;
                target.Bitmap |= bit;
                return target;
            }

            return new Node(node.Bitmap | bit, slots, owner);
        }

        object replacement;
        if (node.Slots[index] is Entry existing)
        {
            if (KeyComparer.Equals(existing.Key, entry.Key))
            {
                if (!replace)
                {
                    return node;
                }

                replacement = entry;
            }
            else
            {
                added = true;
                replacement = Pair(existing, entry, shift + Bits, owner);
            }
        }
        else
        {
            var child = (Node)node.Slots[index];
            replacement = Set(child, shift + Bits, entry, replace, ref added, owner);
            if (ReferenceEquals(replacement, child))
            {
                // Left as it was, or changed in place: this node already holds it.
                return node;
            }
        }

        var changed = target ?? new Node(node.Bitmap, CopyUsed(node.Slots, used), owner);
        changed.Slots[index] = replacement;
        return changed;
    }

    /// <summary>A node holding two entries whose hashes agree below <paramref name="shift"/>.</summary>
    private static Node Pair(Entry first, Entry second, int shift, NodeOwner? owner)
    {
        if (shift > MaxShift || first.Hash == second.Hash)
        {
            return new Node(new[] { first, second });
        }

        var firstBit = 1u << ((first.Hash >> shift) & Mask);
        var secondBit = 1u << ((second.Hash >> shift) & Mask);
        if (firstBit == secondBit)
        {
            return new Node(firstBit, new object[] { Pair(first, second, shift + Bits, owner) }, owner);
        }

        return new Node(firstBit | secondBit, firstBit < secondBit ? new object[] { first, second } : new object[] { second, first }, owner);
    }

    /// <summary>The node without the key: the same node when it is not there, null when nothing is left.</summary>
    private static Node? Without(Node node, int shift, TKey key, int hash, ref bool removed, NodeOwner? owner)
    {
        if (node.Collisions is { } collisions)
        {
            for (var i = 0; i < collisions.Length; i++)
            {
                if (KeyComparer.Equals(collisions[i].Key, key))
                {
                    removed = true;
                    if (collisions.Length == 1)
                    {
                        return null;
                    }

                    var fewer = new Entry[collisions.Length - 1];
                    System.Array.Copy(collisions, fewer, i);
                    System.Array.Copy(collisions, i + 1, fewer, i, collisions.Length - i - 1);
                    return new Node(fewer);
                }
            }

            return node;
        }

        var bit = 1u << ((hash >> shift) & Mask);
        if ((node.Bitmap & bit) == 0)
        {
            return node;
        }

        var index = Index(node.Bitmap, bit);
        object? replacement;
        if (node.Slots[index] is Entry entry)
        {
            if (!KeyComparer.Equals(entry.Key, key))
            {
                return node;
            }

            removed = true;
            replacement = null;
        }
        else
        {
            var child = (Node)node.Slots[index];
            replacement = Without(child, shift + Bits, key, hash, ref removed, owner);
            if (!removed)
            {
                return node;
            }
        }

        var used = PopCount(node.Bitmap);
        var target = owner is not null && ReferenceEquals(node.Owner, owner) ? node : null;
        if (replacement is not null)
        {
            if (ReferenceEquals(replacement, node.Slots[index]))
            {
                // The child was changed in place.
                return node;
            }

            var changed = target ?? new Node(node.Bitmap, CopyUsed(node.Slots, used), owner);
            changed.Slots[index] = replacement;
            return changed;
        }

        if (used == 1)
        {
            return null;
        }

        if (target is not null)
        {
            System.Array.Copy(target.Slots, index + 1, target.Slots, index, used - index - 1);
            target.Slots[used - 1] = null!;
            target.Bitmap &= ~bit;
            return target;
        }

        var slots = new object[used - 1];
        System.Array.Copy(node.Slots, slots, index);
        System.Array.Copy(node.Slots, index + 1, slots, index, used - index - 1);
        return new Node(node.Bitmap & ~bit, slots, owner);
    }

    /// <summary>The used slots of a node, in an array of their own.</summary>
    private static object[] CopyUsed(object[] slots, int used)
    {
        var copy = new object[used];
        System.Array.Copy(slots, copy, used);
        return copy;
    }

    private sealed class Entry
    {
        public readonly TKey Key;
        public readonly int Hash;
        public readonly TValue Value;

        public Entry(TKey key, int hash, TValue value)
        {
            Key = key;
            Hash = hash;
            Value = value;
        }
    }

    /// <summary>
    /// Either a bitmap of the hash's five bits present with a slot (an entry or a deeper node) for each, in the first of
    /// <see cref="Slots"/> (an owner's node keeps room after them), or a list of entries whose hashes are equal.
    /// </summary>
    /// <remarks>Changed only by the operations of the owner it was made under (see <see cref="NodeOwner"/>), never after.</remarks>
    private sealed class Node
    {
        public static readonly Node EmptyNode = new(0u, System.Array.Empty<object>(), null);

        public readonly Entry[]? Collisions;
        public readonly NodeOwner? Owner;
        public uint Bitmap;
        public object[] Slots;

        public Node(uint bitmap, object[] slots, NodeOwner? owner)
        {
            Bitmap = bitmap;
            Slots = slots;
            Owner = owner;
        }

        public Node(Entry[] collisions)
        {
            Slots = System.Array.Empty<object>();
            Collisions = collisions;
        }
    }
}
