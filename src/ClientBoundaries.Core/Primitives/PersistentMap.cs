using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// An immutable map from keys to values that is cheap to change one entry of: a hash array mapped trie (32 ways a level,
/// by five bits of the key's hash at a time). Reading, setting and removing an entry take O(log32 n) and copy only the
/// nodes on the key's path; every earlier version stays as it was.
/// </summary>
/// <remarks>Immutable and thread-safe. It has no order: a caller that needs one keeps it elsewhere.</remarks>
internal sealed class PersistentMap<TKey, TValue>
    where TKey : notnull
{
    private const int Bits = 5;
    private const int Mask = (1 << Bits) - 1;

    // Beyond this shift the hash has no bits left: keys whose hashes are equal share a list.
    private const int MaxShift = 30;

    private static readonly EqualityComparer<TKey> KeyComparer = EqualityComparer<TKey>.Default;

    private readonly Node _root;

    private PersistentMap(Node root, int count)
    {
        _root = root;
        Count = count;
    }

    /// <summary>No entries.</summary>
    internal static PersistentMap<TKey, TValue> Empty { get; } = new(Node.EmptyNode, 0);

    /// <summary>How many entries.</summary>
    internal int Count { get; }

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
    internal PersistentMap<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var added = false;
        var root = Set(_root, 0, new Entry(key, KeyComparer.GetHashCode(key), value), ref added);
        return new PersistentMap<TKey, TValue>(root, added ? Count + 1 : Count);
    }

    /// <summary>A version without <paramref name="key"/>; this very instance when it is not there.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The new version.</returns>
    internal PersistentMap<TKey, TValue> Remove(TKey key)
    {
        var root = Without(_root, 0, key, KeyComparer.GetHashCode(key));
        return ReferenceEquals(root, _root) ? this : new PersistentMap<TKey, TValue>(root ?? Node.EmptyNode, Count - 1);
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

            foreach (var slot in node.Slots)
            {
                if (slot is Entry entry)
                {
                    yield return entry.Value;
                }
                else
                {
                    stack.Push((Node)slot);
                }
            }
        }
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

    private static Node Set(Node node, int shift, Entry entry, ref bool added)
    {
        if (node.Collisions is { } collisions)
        {
            for (var i = 0; i < collisions.Length; i++)
            {
                if (KeyComparer.Equals(collisions[i].Key, entry.Key))
                {
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
        if ((node.Bitmap & bit) == 0)
        {
            var slots = new object[node.Slots.Length + 1];
            System.Array.Copy(node.Slots, slots, index);
            slots[index] = entry;
            System.Array.Copy(node.Slots, index, slots, index + 1, node.Slots.Length - index);
            added = true;
            return new Node(node.Bitmap | bit, slots);
        }

        var copy = Arrays.Copy(node.Slots);
        if (node.Slots[index] is Entry existing)
        {
            if (KeyComparer.Equals(existing.Key, entry.Key))
            {
                copy[index] = entry;
            }
            else
            {
                added = true;
                copy[index] = Pair(existing, entry, shift + Bits);
            }
        }
        else
        {
            copy[index] = Set((Node)node.Slots[index], shift + Bits, entry, ref added);
        }

        return new Node(node.Bitmap, copy);
    }

    /// <summary>A node holding two entries whose hashes agree below <paramref name="shift"/>.</summary>
    private static Node Pair(Entry first, Entry second, int shift)
    {
        if (shift > MaxShift || first.Hash == second.Hash)
        {
            return new Node(new[] { first, second });
        }

        var firstBit = 1u << ((first.Hash >> shift) & Mask);
        var secondBit = 1u << ((second.Hash >> shift) & Mask);
        if (firstBit == secondBit)
        {
            return new Node(firstBit, new object[] { Pair(first, second, shift + Bits) });
        }

        return new Node(firstBit | secondBit, firstBit < secondBit ? new object[] { first, second } : new object[] { second, first });
    }

    /// <summary>The node without the key: the same node when it is not there, null when nothing is left.</summary>
    private static Node? Without(Node node, int shift, TKey key, int hash)
    {
        if (node.Collisions is { } collisions)
        {
            for (var i = 0; i < collisions.Length; i++)
            {
                if (KeyComparer.Equals(collisions[i].Key, key))
                {
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

            replacement = null;
        }
        else
        {
            var child = (Node)node.Slots[index];
            var smaller = Without(child, shift + Bits, key, hash);
            if (ReferenceEquals(smaller, child))
            {
                return node;
            }

            replacement = smaller;
        }

        if (replacement is not null)
        {
            var copy = Arrays.Copy(node.Slots);
            copy[index] = replacement;
            return new Node(node.Bitmap, copy);
        }

        if (node.Slots.Length == 1)
        {
            return null;
        }

        var slots = new object[node.Slots.Length - 1];
        System.Array.Copy(node.Slots, slots, index);
        System.Array.Copy(node.Slots, index + 1, slots, index, node.Slots.Length - index - 1);
        return new Node(node.Bitmap & ~bit, slots);
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

    /// <summary>Either a bitmap of the hash's five bits present with a slot (an entry or a deeper node) for each, or a list of entries whose hashes are equal.</summary>
    private sealed class Node
    {
        public static readonly Node EmptyNode = new(0u, System.Array.Empty<object>());

        public readonly uint Bitmap;
        public readonly object[] Slots;
        public readonly Entry[]? Collisions;

        public Node(uint bitmap, object[] slots)
        {
            Bitmap = bitmap;
            Slots = slots;
        }

        public Node(Entry[] collisions)
        {
            Slots = System.Array.Empty<object>();
            Collisions = collisions;
        }
    }
}
