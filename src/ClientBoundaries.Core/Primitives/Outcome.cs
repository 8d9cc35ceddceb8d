using System;
using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>Makes <see cref="Outcome{T}"/> values.</summary>
public static class Outcome
{
    /// <summary>An accepted outcome holding <paramref name="value"/>.</summary>
    /// <typeparam name="T">The kind of value asked for.</typeparam>
    /// <param name="value">The result.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Outcome<T> Accepted<T>(T value)
        where T : class =>
        new(Preconditions.CheckNotNull(value, nameof(value)), ValueList<RuleViolation>.Empty);

    /// <summary>A refused outcome with at least one violation.</summary>
    /// <typeparam name="T">The kind of value that was asked for.</typeparam>
    /// <param name="violations">Why the request was refused.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public static Outcome<T> Rejected<T>(IEnumerable<RuleViolation> violations)
        where T : class
    {
        var list = Preconditions.CheckElementsNotNull(violations, nameof(violations));
        Preconditions.CheckArgument(list.Count > 0, nameof(violations), "A refused outcome needs at least one violation.");
        return new Outcome<T>(null, new ValueList<RuleViolation>(list));
    }
}
