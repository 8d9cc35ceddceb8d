using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// The common shape of the library's strongly typed keys (<see cref="AgreementId"/>,
/// <see cref="StageKey"/> ...): a short, case-sensitive text that is safe to use in URLs, file
/// names, JSON and CRM fields.
/// </summary>
/// <remarks>
/// A key is 1 to 100 characters of ASCII letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>:</c>,
/// so a CRM GUID (<c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>) and a readable slug
/// (<c>build-and-launch</c>) both fit. Keys of different types never compare equal, even with the
/// same text. Instances are immutable and thread-safe.
/// </remarks>
/// <typeparam name="TKey">The concrete key type.</typeparam>
public abstract class Key<TKey> : IEquatable<TKey>, IComparable<TKey>
    where TKey : Key<TKey>
{
    /// <summary>The longest key the library accepts, in characters.</summary>
    public const int MaxLength = 100;

    // Worked out once: keys are looked up far more often than they are made (a message's id at its arrival, its reply and
    // every assessment), and a different hash settles most unequal comparisons without reading the text.
    private readonly int _hashCode;

    /// <summary>Checks and stores the key's text.</summary>
    /// <param name="value">The key's text.</param>
    /// <param name="paramName">The name of the argument the text came from, for error messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has a character a key may not hold.</exception>
    private protected Key(string value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(
            value.Length is > 0 and <= MaxLength,
            paramName,
            $"A key must be 1 to {MaxLength} characters long, was {value.Length} characters: '{Shorten(value)}'.");
        foreach (var c in value)
        {
            Preconditions.CheckArgument(
                IsKeyCharacter(c),
                paramName,
                $"A key may hold only ASCII letters, digits, '-', '_', '.' and ':', but '{value}' has '{c}'.");
        }

        Value = value;
        _hashCode = StringComparer.Ordinal.GetHashCode(value);
    }

    /// <summary>The key's text, exactly as given.</summary>
    public string Value { get; }

    /// <summary>Whether two keys of the same type hold the same text (ordinal, case-sensitive).</summary>
    public static bool operator ==(Key<TKey>? left, Key<TKey>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two keys of the same type hold different text.</summary>
    public static bool operator !=(Key<TKey>? left, Key<TKey>? right) => !(left == right);

    /// <summary>Whether the left key sorts before the right one (ordinal; null first).</summary>
    public static bool operator <(Key<TKey>? left, Key<TKey>? right) => Compare(left, right) < 0;

    /// <summary>Whether the left key sorts before or with the right one (ordinal; null first).</summary>
    public static bool operator <=(Key<TKey>? left, Key<TKey>? right) => Compare(left, right) <= 0;

    /// <summary>Whether the left key sorts after the right one (ordinal; null first).</summary>
    public static bool operator >(Key<TKey>? left, Key<TKey>? right) => Compare(left, right) > 0;

    /// <summary>Whether the left key sorts after or with the right one (ordinal; null first).</summary>
    public static bool operator >=(Key<TKey>? left, Key<TKey>? right) => Compare(left, right) >= 0;

    /// <inheritdoc />
    public bool Equals(TKey? other) =>
        ReferenceEquals(this, other) || (other is not null && _hashCode == other._hashCode && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hashCode;

    /// <summary>Orders keys by their text, ordinally.</summary>
    /// <param name="other">The key to compare with; null sorts first.</param>
    /// <returns>Negative, zero or positive, as for <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(TKey? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>The key's text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    private static int Compare(Key<TKey>? left, Key<TKey>? right) =>
        left is null ? (right is null ? 0 : -1) : right is null ? 1 : string.CompareOrdinal(left.Value, right.Value);

    private static bool IsKeyCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or ':';

    private static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "...";
}
