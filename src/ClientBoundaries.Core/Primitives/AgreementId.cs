using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Identifies one "How we work together" agreement, across all of its amended versions: a CRM
/// record id, a contract number or a readable slug such as <c>acme-website-2026</c>.
/// </summary>
/// <remarks>The rules for the text are those of <see cref="Key{TKey}"/>. Immutable and thread-safe.</remarks>
public sealed class AgreementId : Key<AgreementId>
{
    /// <summary>Creates an agreement id from its text.</summary>
    /// <param name="value">1 to 100 ASCII letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the key rules.</exception>
    public AgreementId(string value)
        : base(value, nameof(value))
    {
    }
}
