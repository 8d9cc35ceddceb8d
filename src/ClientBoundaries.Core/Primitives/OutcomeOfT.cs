using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ClientBoundaries.Primitives;

/// <summary>
/// The result of asking the library for something a business rule may refuse: either the value,
/// or the violations that say why not.
/// </summary>
/// <remarks>
/// Refusals are values, not exceptions: check <see cref="IsAccepted"/> (or
/// <see cref="TryGetValue"/>) and show <see cref="Violations"/> to a person when it is false.
/// Immutable and thread-safe.
/// </remarks>
/// <typeparam name="T">The kind of value asked for.</typeparam>
public sealed class Outcome<T>
    where T : class
{
    private readonly T? _value;

    internal Outcome(T? value, ValueList<RuleViolation> violations)
    {
        _value = value;
        Violations = violations;
    }

    /// <summary>Whether the request was accepted; when true, <see cref="Value"/> holds the result.</summary>
    public bool IsAccepted => _value is not null;

    /// <summary>The result of an accepted request.</summary>
    /// <remarks>Reading it on a refusal is a programmer error: check <see cref="IsAccepted"/> first, or use <see cref="TryGetValue"/>.</remarks>
    /// <exception cref="InvalidOperationException">
    /// The request was refused. The message names what was asked for and every violation's code, subject and message:
    /// "No Plan: the request was refused (plan.deposit-not-received (harbor-lane-website): Dates are assigned once ...).
    /// Check IsAccepted, or call TryGetValue, before reading Value; Violations says why, to show to a person."
    /// </exception>
    public T Value => _value ?? throw new InvalidOperationException(
        $"No {typeof(T).Name}: the request was refused ({string.Join("; ", Violations.Select(v => v.ToString().TrimEnd('.')))}). "
        + "Check IsAccepted, or call TryGetValue, before reading Value; Violations says why, to show to a person.");

    /// <summary>Why the request was refused; empty when it was accepted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Gets the value when the request was accepted.</summary>
    /// <param name="value">The result, or null when refused.</param>
    /// <returns>Whether the request was accepted.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    /// <summary>Describes the outcome for logs.</summary>
    /// <returns>"Accepted: ..." or "Rejected: ..." with the violations.</returns>
    public override string ToString() =>
        IsAccepted ? "Accepted: " + _value : "Rejected: " + string.Join("; ", Violations.Select(v => v.ToString()));
}
