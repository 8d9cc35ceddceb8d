using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies one message between the parties that is owed a reply: a CRM activity id or a readable slug such as <c>menu-question</c>.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class MessageId : Key<MessageId>
{
    /// <summary>Creates a message id from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public MessageId(string value)
        : base(value, nameof(value))
    {
    }
}
