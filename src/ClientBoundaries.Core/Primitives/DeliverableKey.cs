using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies a deliverable within an agreement, such as <c>pages</c> or <c>logo</c>. Stable across
/// amendments, so change requests and allowances can refer to a deliverable by it.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class DeliverableKey : Key<DeliverableKey>
{
    /// <summary>Creates a deliverable key from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public DeliverableKey(string value)
        : base(value, nameof(value))
    {
    }
}
