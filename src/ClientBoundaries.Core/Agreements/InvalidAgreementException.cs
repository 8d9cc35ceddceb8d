using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// Thrown by <see cref="AgreementBuilder.Build"/> when the agreement described is not complete or
/// not consistent. Lists every problem, not just the first.
/// </summary>
/// <remarks>
/// Call <see cref="AgreementBuilder.Validate"/> first to get the same problems as values, without
/// an exception, for example to show them on a CRM form.
/// </remarks>
public sealed class InvalidAgreementException : InvalidOperationException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="violations">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public InvalidAgreementException(IEnumerable<RuleViolation> violations)
        : this(CheckViolations(violations))
    {
    }

    private InvalidAgreementException(IReadOnlyList<RuleViolation> violations)
        : base("The agreement is not valid: " + string.Join(" ", violations.Select(v => v.Message)))
    {
        Violations = violations;
    }

    /// <summary>Every problem found, in the order checked.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    private static ValueList<RuleViolation> CheckViolations(IEnumerable<RuleViolation> violations)
    {
        var list = Preconditions.CheckElementsNotNull(violations, nameof(violations));
        Preconditions.CheckArgument(list.Count > 0, nameof(violations), "At least one violation is needed.");
        return new ValueList<RuleViolation>(list);
    }
}
