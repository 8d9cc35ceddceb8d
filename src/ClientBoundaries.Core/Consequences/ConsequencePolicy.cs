using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Consequences;

/// <summary>
/// What one party's lateness leads to, as its agreement says: a <see cref="ConsequenceLadder"/> for
/// the stages it owns (with per-stage overrides), one for its payments, caps on what it can owe,
/// and how early a due date counts as "due soon".
/// </summary>
/// <remarks>
/// <para>Each party has its own policy (<c>AgreementBuilder.WithConsequencePolicy</c>), and the same
/// engine applies both: the client is reminded and charged fees when it is late, the provider is
/// reminded and owes the client credits when it is late. Which kinds fit which party is checked
/// when the agreement is built: a credit is owed only by the provider, fees only by the client,
/// and only the client pays, so only its payment ladder has rules.</para>
/// <para>Immutable and thread-safe; equal when everything in it is equal.</para>
/// </remarks>
public sealed partial record ConsequencePolicy
{
    /// <summary>The longest "due soon" lead, in business days.</summary>
    public const int MaxDueSoonBusinessDays = 60;

    private readonly ValueList<KeyValuePair<StageKey, ConsequenceLadder>> _stageOverrides;

    /// <summary>Makes a policy.</summary>
    /// <param name="stages">The ladder for every stage the party owns, unless overridden; no <see cref="ConsequenceKind.LateFee"/> (that is for payments).</param>
    /// <param name="payments">The ladder for the party's payments (deposit, milestones, final invoice), or null for none; no <see cref="ConsequenceKind.Credit"/>.</param>
    /// <param name="caps">The caps on fees or credits, or null for none.</param>
    /// <param name="dueSoonBusinessDays">How many business days before its due date an obligation counts as due soon: 0 to <see cref="MaxDueSoonBusinessDays"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> is null.</exception>
    /// <exception cref="ArgumentException">A ladder has a kind that does not belong in it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonBusinessDays"/> is out of range.</exception>
    public ConsequencePolicy(ConsequenceLadder stages, ConsequenceLadder? payments = null, ConsequenceCaps? caps = null, int dueSoonBusinessDays = 2)
        : this(
            CheckStageLadder(Preconditions.CheckNotNull(stages, nameof(stages)), nameof(stages)),
            CheckPaymentLadder(payments ?? ConsequenceLadder.None),
            caps ?? ConsequenceCaps.None,
            CheckDueSoon(dueSoonBusinessDays),
            ValueList<KeyValuePair<StageKey, ConsequenceLadder>>.Empty)
    {
    }

    private ConsequencePolicy(
        ConsequenceLadder stages,
        ConsequenceLadder payments,
        ConsequenceCaps caps,
        int dueSoonBusinessDays,
        ValueList<KeyValuePair<StageKey, ConsequenceLadder>> stageOverrides)
    {
        Stages = stages;
        Payments = payments;
        Caps = caps;
        DueSoonBusinessDays = dueSoonBusinessDays;
        _stageOverrides = stageOverrides;
    }

    /// <summary>No consequences at all, and due soon two business days ahead: the policy of a party the agreement sets none for.</summary>
    public static ConsequencePolicy None { get; } = new(ConsequenceLadder.None);

    /// <summary>The ladder for the stages the party owns, where no override applies.</summary>
    public ConsequenceLadder Stages { get; }

    /// <summary>The ladder for the party's payments; <see cref="ConsequenceLadder.None"/> when it has none.</summary>
    public ConsequenceLadder Payments { get; }

    /// <summary>The caps on what the party can owe in fees or credits.</summary>
    public ConsequenceCaps Caps { get; }

    /// <summary>The ladder for the party's late replies (<see cref="WithReplyLadder"/>); <see cref="ConsequenceLadder.None"/> unless set.</summary>
    public ConsequenceLadder Replies { get; private init; } = ConsequenceLadder.None;

    /// <summary>How many business days before its due date an obligation counts as due soon.</summary>
    public int DueSoonBusinessDays { get; }

    /// <summary>The stages with a ladder of their own, in the order they were set.</summary>
    public IReadOnlyList<KeyValuePair<StageKey, ConsequenceLadder>> StageOverrides => _stageOverrides;

    /// <summary>A copy of this policy in which one stage has a ladder of its own (replacing any earlier override for it).</summary>
    /// <param name="stage">The stage; the agreement checks that the party owns it.</param>
    /// <param name="ladder">Its ladder; no <see cref="ConsequenceKind.LateFee"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ladder has a late fee.</exception>
    public ConsequencePolicy WithStageLadder(StageKey stage, ConsequenceLadder ladder)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        CheckStageLadder(Preconditions.CheckNotNull(ladder, nameof(ladder)), nameof(ladder));
        var overrides = _stageOverrides.Where(o => o.Key != stage).Append(new KeyValuePair<StageKey, ConsequenceLadder>(stage, ladder)).ToList();
        return new ConsequencePolicy(Stages, Payments, Caps, DueSoonBusinessDays, new ValueList<KeyValuePair<StageKey, ConsequenceLadder>>(overrides)) { Replies = Replies };
    }

    /// <summary>
    /// A copy of this policy with a ladder for the party's late replies: thresholds count its business
    /// days after the day a reply was due under its response commitments (0: that day, 1: the next
    /// business day). Only reminders and escalations: a slow answer is chased and escalated, not charged.
    /// </summary>
    /// <param name="ladder">The ladder; only <see cref="ConsequenceKind.Reminder"/>, <see cref="ConsequenceKind.FirmReminder"/> and <see cref="ConsequenceKind.Escalation"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    /// <exception cref="ArgumentException">The ladder has another kind.</exception>
    public ConsequencePolicy WithReplyLadder(ConsequenceLadder ladder)
    {
        Preconditions.CheckNotNull(ladder, nameof(ladder));
        var other = ladder.Rules.FirstOrDefault(r => !r.Kind.IsReminder && r.Kind != ConsequenceKind.Escalation);
        Preconditions.CheckArgument(
            other is null,
            nameof(ladder),
            $"A late reply is chased with reminders and escalations only, but the ladder has '{other}'.");
        return this with { Replies = ladder };
    }

    /// <summary>The ladder that applies to a stage: its override, or <see cref="Stages"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public ConsequenceLadder LadderFor(StageKey stage)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        foreach (var entry in _stageOverrides)
        {
            if (entry.Key == stage)
            {
                return entry.Value;
            }
        }

        return Stages;
    }

    /// <summary>Whether any ladder of the policy has a rule: without one, nothing can ever fall due for the party.</summary>
    internal bool HasRules => Stages.Rules.Count > 0 || Payments.Rules.Count > 0 || Replies.Rules.Count > 0 || _stageOverrides.Any(o => o.Value.Rules.Count > 0);

    /// <summary>Every ladder of the policy: the stages', each override, the payments'.</summary>
    internal IEnumerable<ConsequenceLadder> AllStageLadders() => _stageOverrides.Select(o => o.Value).Prepend(Stages);

    /// <summary>"stages: grace 0 business days; 4 rule(s); 1 override(s); payments: grace 0 business days; 3 rule(s); caps per stage -, ...".</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() =>
        $"stages: {Stages}; {_stageOverrides.Count} override(s); payments: {Payments}; replies: {Replies}; caps {Caps}";

    private static ConsequenceLadder CheckStageLadder(ConsequenceLadder ladder, string paramName)
    {
        Preconditions.CheckArgument(
            ladder.Rules.All(r => r.Kind != ConsequenceKind.LateFee),
            paramName,
            "A late fee applies to payments: put it in the payment ladder, not a stage ladder.");
        return ladder;
    }

    private static ConsequenceLadder CheckPaymentLadder(ConsequenceLadder ladder)
    {
        Preconditions.CheckArgument(
            ladder.Rules.All(r => r.Kind != ConsequenceKind.Credit && r.Kind != ConsequenceKind.ScheduleShift),
            "payments",
            "A payment ladder cannot hold a credit (owed for late stages) or a schedule shift (stages move, payments do not).");
        return ladder;
    }

    private static int CheckDueSoon(int dueSoonBusinessDays)
    {
        Preconditions.CheckArgumentRange(nameof(dueSoonBusinessDays), dueSoonBusinessDays, 0, MaxDueSoonBusinessDays);
        return dueSoonBusinessDays;
    }
}
