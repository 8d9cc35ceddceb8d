using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies a stage within an agreement, such as <c>discovery</c> or <c>client-feedback</c>.
/// Stable across amendments, so events and plans can refer to a stage by it.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class StageKey : Key<StageKey>
{
    /// <summary>Creates a stage key from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public StageKey(string value)
        : base(value, nameof(value))
    {
    }

    /// <summary>Creates a stage key from text a caller passed as <paramref name="paramName"/>, so an error names that argument.</summary>
    internal StageKey(string value, string paramName)
        : base(value, paramName)
    {
    }
}
