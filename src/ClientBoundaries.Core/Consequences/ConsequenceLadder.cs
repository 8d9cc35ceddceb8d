using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Consequences;

/// <summary>
/// What happens, step by step, as a party runs late on one obligation: a grace period and the
/// rules in order of their thresholds. "A reminder two business days before, a firm reminder on
/// the due date, escalation after 5 business days, a pause after 15" is one ladder.
/// </summary>
/// <remarks>
/// <para>The grace period is counted in the late party's business days after the due date. While
/// it lasts, only reminders go out: a rule of any other kind whose threshold falls within the grace
/// period falls due on the first business day after it instead. A longer grace period for one
/// stage (<see cref="ConsequencePolicy.WithStageLadder"/>) so holds the whole ladder back.</para>
/// <para>Immutable and thread-safe; equal when grace and rules are equal.</para>
/// </remarks>
public sealed record ConsequenceLadder
{
    /// <summary>The longest grace period, in business days: a year of five-day weeks.</summary>
    public const int MaxGraceBusinessDays = 260;

    /// <summary>The most rules a ladder may have.</summary>
    public const int MaxRules = 64;

    private readonly ValueList<ConsequenceRule> _rules;

    /// <summary>Makes a ladder.</summary>
    /// <param name="graceBusinessDays">The grace period after the due date, in business days: 0 to <see cref="MaxGraceBusinessDays"/>.</param>
    /// <param name="rules">The rules, in any order; no two of the same kind at the same threshold. At most <see cref="MaxRules"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="graceBusinessDays"/> is out of range.</exception>
    /// <exception cref="ArgumentException">Two rules have the same kind and threshold, or there are too many.</exception>
    public ConsequenceLadder(int graceBusinessDays, IEnumerable<ConsequenceRule> rules)
    {
        Preconditions.CheckArgumentRange(nameof(graceBusinessDays), graceBusinessDays, 0, MaxGraceBusinessDays);
        var list = Preconditions.CheckElementsNotNull(rules, nameof(rules));
        Preconditions.CheckArgument(list.Count <= MaxRules, nameof(rules), $"A ladder may have at most {MaxRules} rules, was given {list.Count}.");
        var duplicate = list.GroupBy(r => (r.Kind, r.BusinessDaysOverdue)).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(
            duplicate is null,
            nameof(rules),
            $"A ladder may have only one {duplicate?.Key.Kind} at {duplicate?.Key.BusinessDaysOverdue} business days overdue, but has {duplicate?.Count()}.");
        GraceBusinessDays = graceBusinessDays;
        _rules = new ValueList<ConsequenceRule>(list.OrderBy(r => r.BusinessDaysOverdue).ThenBy(r => r.Kind.Value).ToList());
        CarriesAmounts = list.Any(r => r.Kind.CarriesAmount);
        ByEffectiveThreshold = new ValueList<int>(Enumerable.Range(0, _rules.Count).OrderBy(i => EffectiveThresholdOf(_rules[i])).ToList());
    }

    /// <summary>A ladder with no grace period and no rules: lateness has no consequence.</summary>
    public static ConsequenceLadder None { get; } = new(0, Array.Empty<ConsequenceRule>());

    /// <summary>The grace period after the due date, in the late party's business days.</summary>
    public int GraceBusinessDays { get; }

    /// <summary>The rules, in order of threshold (and, at one threshold, of kind).</summary>
    public IReadOnlyList<ConsequenceRule> Rules => _rules;

    /// <summary>Whether a rule carries money (a fee or a credit), which stays owed after delivery; worked out once.</summary>
    internal bool CarriesAmounts { get; }

    /// <summary>
    /// The indexes of <see cref="Rules"/> by effective threshold (<see cref="EffectiveThresholdOf"/>), ties in ladder order:
    /// the order in which the rules fall due for any one obligation. Worked out once.
    /// </summary>
    internal ValueList<int> ByEffectiveThreshold { get; }

    /// <summary>
    /// The business days overdue at which a rule of this ladder actually falls due: its threshold, or,
    /// for any kind but a reminder, the first business day after the grace period if that is later.
    /// </summary>
    /// <param name="rule">A rule (normally one of <see cref="Rules"/>).</param>
    /// <returns>The effective threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public int EffectiveThresholdOf(ConsequenceRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        return rule.Kind.IsReminder ? rule.BusinessDaysOverdue : Math.Max(rule.BusinessDaysOverdue, GraceBusinessDays + 1);
    }

    /// <summary>"grace 3 business days; 4 rules".</summary>
    /// <returns>The ladder as text.</returns>
    public override string ToString() => $"grace {GraceBusinessDays} business days; {_rules.Count} rule(s)";
}
