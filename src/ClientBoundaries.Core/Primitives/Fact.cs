using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// One fact behind a sentence the library wrote: a stage, a due date, an amount, a party, a count, by name
/// (<c>stage</c>, <c>due</c>, <c>missing</c> ...). A refusal carries the facts its message was worded from
/// (<see cref="RuleViolation.Facts"/>), so a program can show or word them its own way.
/// </summary>
/// <remarks>
/// The value is the library's own value, never text worded for a person: a <c>StageKey</c>, a <c>LocalDate</c>,
/// a <c>Money</c>, a <c>PartyRole</c>, a number, or text the parties wrote themselves (a stage's title, a reason).
/// The names of a refusal's facts are stable, like its code. Immutable and thread-safe; equal when name and value
/// are equal.
/// </remarks>
public sealed record Fact
{
    private Fact(string name, object value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>What the fact is, in camel case: <c>stage</c>, <c>due</c>, <c>required</c>.</summary>
    public string Name { get; }

    /// <summary>The value: a key, a date, an instant, an amount, a party, a number, a flag or the parties' own text.</summary>
    public object Value { get; }

    /// <summary>"stage: design".</summary>
    /// <returns>The fact as text, for logs.</returns>
    public override string ToString() => Name + ": " + Value;

    /// <summary>A fact; its value must not be null (a fact that does not apply is left out).</summary>
    internal static Fact Of(string name, object value) =>
        new(Preconditions.CheckText(name, nameof(name)), Preconditions.CheckNotNull(value, nameof(value)));
}
