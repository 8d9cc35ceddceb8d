using System;
using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Which positions of a list that only grows are open (a message not yet answered, a meeting not yet closed), one bit
/// each: looked up, opened and closed in constant time, and listed in order by reading a word per 32 positions.
/// </summary>
/// <remarks>
/// Immutable like the list it goes with: a change copies the bits (a list of 1,000 items takes 32 words), except under
/// the owner that made them (see <see cref="NodeOwner"/>), which changes them in place and grows them by doubling, so a
/// replay makes no object per message or meeting to remember which are open.
/// </remarks>
internal sealed class OpenPositions
{
    // Trailing zeros of a single set bit, by the de Bruijn sequence 0x077CB531 (netstandard2.0 has no BitOperations).
    private static readonly int[] BitIndex =
    {
        0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8, 31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9,
    };

    private readonly NodeOwner? _owner;
    private uint[] _words;

    private OpenPositions(uint[] words, int count, NodeOwner? owner)
    {
        _words = words;
        Count = count;
        _owner = owner;
    }

    /// <summary>No position open.</summary>
    internal static OpenPositions None { get; } = new(Array.Empty<uint>(), 0, null);

    /// <summary>How many positions are open.</summary>
    internal int Count { get; private set; }

    /// <summary>Whether <paramref name="position"/> is open; false for a negative one (a key not found, say).</summary>
    internal bool Contains(int position)
    {
        var word = position >> 5;
        return unchecked((uint)word < (uint)_words.Length) && (_words[word] & (1u << position)) != 0;
    }

    /// <summary>These positions with <paramref name="position"/> (0 or more) open; this very set when it already is.</summary>
    internal OpenPositions Opened(int position, NodeOwner? owner)
    {
        if (Contains(position))
        {
            return this;
        }

        var word = position >> 5;
        var changed = ToChange(owner, word + 1);
        changed._words[word] |= 1u << position;
        changed.Count = Count + 1;
        return changed;
    }

    /// <summary>These positions with <paramref name="position"/> closed; this very set when it is not open.</summary>
    internal OpenPositions Closed(int position, NodeOwner? owner)
    {
        if (!Contains(position))
        {
            return this;
        }

        var changed = ToChange(owner, _words.Length);
        changed._words[position >> 5] &= ~(1u << position);
        changed.Count = Count - 1;
        return changed;
    }

    /// <summary>The items of <paramref name="list"/> at the open positions, in the order of their positions.</summary>
    internal T[] Of<T>(IReadOnlyList<T> list)
    {
        if (Count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[Count];
        var found = 0;
        for (var word = 0; found < items.Length; word++)
        {
            for (var bits = _words[word]; bits != 0; bits &= bits - 1)
            {
                items[found++] = list[(word << 5) + BitIndex[unchecked((bits & (uint)-(int)bits) * 0x077CB531u) >> 27]];
            }
        }

        return items;
    }

    /// <summary>This very set when <paramref name="owner"/> made it, with room for <paramref name="words"/> words; else a copy made under it.</summary>
    private OpenPositions ToChange(NodeOwner? owner, int words)
    {
        if (owner is not null && ReferenceEquals(_owner, owner))
        {
            if (words > _words.Length)
            {
                Array.Resize(ref _words, Math.Max(words, 2 * _words.Length));
            }

            return this;
        }

        var copy = new uint[Math.Max(words, _words.Length)];
        Array.Copy(_words, copy, _words.Length);
        return new OpenPositions(copy, Count, owner);
    }
}
