using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies one booked meeting within an engagement: a calendar event id or a readable slug such as <c>kick-off</c>.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class MeetingId : Key<MeetingId>
{
    /// <summary>Creates a meeting id from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public MeetingId(string value)
        : base(value, nameof(value))
    {
    }
}
