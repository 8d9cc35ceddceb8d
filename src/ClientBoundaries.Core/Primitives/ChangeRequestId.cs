using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies one change request within an engagement, and the change order that answers it when
/// it falls outside the agreement: a CRM record id or a readable slug such as <c>team-page</c>.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class ChangeRequestId : Key<ChangeRequestId>
{
    /// <summary>Creates a change request id from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public ChangeRequestId(string value)
        : base(value, nameof(value))
    {
    }
}
