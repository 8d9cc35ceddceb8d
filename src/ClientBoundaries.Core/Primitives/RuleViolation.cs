using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Why the library refused something: a stable code a program can switch on, a sentence a person
/// can read, and what it concerns (a stage, a party, a field).
/// </summary>
/// <remarks>
/// Business-rule refusals are returned as values of this type, never thrown, so a CRM can show
/// them next to the field or record they concern. Codes are lower-case, dot-separated and stable
/// across releases (<c>agreement.stages.none</c>). Immutable and thread-safe; equal when code,
/// message and subject are equal.
/// </remarks>
public sealed record RuleViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="code">A stable, machine-readable code such as <c>plan.deposit-not-received</c>.</param>
    /// <param name="message">A sentence that explains the refusal to a person.</param>
    /// <param name="subject">What the violation concerns (a stage key, a party, a field), or null when it concerns the whole.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public RuleViolation(string code, string message, string? subject = null)
    {
        Code = Preconditions.CheckText(code, nameof(code));
        Message = Preconditions.CheckText(message, nameof(message));
        Subject = subject;
    }

    /// <summary>A stable, machine-readable code, such as <c>agreement.stages.none</c>.</summary>
    public string Code { get; }

    /// <summary>A sentence that explains the refusal to a person.</summary>
    public string Message { get; }

    /// <summary>What the violation concerns (a stage key, a party, a field), or null when it concerns the whole.</summary>
    public string? Subject { get; }

    /// <summary>The code, subject and message on one line.</summary>
    /// <returns>For example <c>agreement.milestone.unknown-stage (payments): ...</c>.</returns>
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} ({Subject}): {Message}";
}
