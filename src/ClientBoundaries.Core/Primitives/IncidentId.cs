using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies one provider incident (a mistake the provider owns) within an engagement: a CRM case id or a readable slug such as <c>wrong-logo-sent</c>.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class IncidentId : Key<IncidentId>
{
    /// <summary>Creates an incident id from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public IncidentId(string value)
        : base(value, nameof(value))
    {
    }
}
