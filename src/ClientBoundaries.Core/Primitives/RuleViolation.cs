using System;
using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Why the library refused something: a stable code a program can switch on, a sentence a person
/// can read, what it concerns (a stage, a party, a field), and the facts the sentence was worded from.
/// </summary>
/// <remarks>
/// Business-rule refusals are returned as values of this type, never thrown, so a CRM can show
/// them next to the field or record they concern. Codes are lower-case, dot-separated and stable
/// across releases (<c>agreement.stages.none</c>), and so are the names of their <see cref="Facts"/>.
/// Immutable and thread-safe; equal when code, message, subject and facts are equal.
/// </remarks>
public sealed record RuleViolation
{
    private readonly ValueList<Fact> _facts;

    // Whether the library worded the message from the facts, and so can word it in any language.
    private readonly bool _worded;

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
        _facts = ValueList<Fact>.Empty;
    }

    /// <summary>A refusal of the library's own: its message is worded in English from its facts.</summary>
    private RuleViolation(string code, string? subject, ValueList<Fact> facts)
    {
        Code = code;
        Subject = subject;
        _facts = facts;
        _worded = true;
        Message = Sentences.English(code, facts);
    }

    /// <summary>A stable, machine-readable code, such as <c>agreement.stages.none</c>.</summary>
    public string Code { get; }

    /// <summary>A sentence that explains the refusal to a person, in English; <see cref="MessageIn"/> words it in another language.</summary>
    public string Message { get; }

    /// <summary>What the violation concerns (a stage key, a party, a field), or null when it concerns the whole.</summary>
    public string? Subject { get; }

    /// <summary>
    /// The facts behind <see cref="Message"/>, by name (the stage, the amounts, the dates ...); empty for a violation
    /// made with a message of its own.
    /// </summary>
    public IReadOnlyList<Fact> Facts => _facts;

    /// <summary>The message in <paramref name="language"/>, worded from the same <see cref="Facts"/> as <see cref="Message"/>.</summary>
    /// <param name="language">The language of the person who reads it.</param>
    /// <returns>The sentence; a violation made with a message of its own (or read back from JSON) has only that message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string MessageIn(Language language)
    {
        Preconditions.CheckNotNull(language, nameof(language));
        return _worded && language != Language.English ? Sentences.Say(language, Code, _facts) : Message;
    }

    /// <summary>The code, subject and message on one line.</summary>
    /// <returns>For example <c>agreement.milestone.unknown-stage (payments): ...</c>.</returns>
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} ({Subject}): {Message}";

    /// <summary>A refusal of the library's own, worded in English from its facts.</summary>
    internal static RuleViolation Of(string code, string? subject, params Fact[] facts) => new(code, subject, new ValueList<Fact>(facts));

    /// <summary>The same refusal with more facts: the names of the things its keys refer to.</summary>
    internal RuleViolation With(IReadOnlyList<Fact> more)
    {
        if (!_worded || more.Count == 0)
        {
            return this;
        }

        var facts = new List<Fact>(_facts.Count + more.Count);
        facts.AddRange(_facts);
        facts.AddRange(more);
        return new RuleViolation(Code, Subject, new ValueList<Fact>(facts));
    }
}
