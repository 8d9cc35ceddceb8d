using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The rules of when a reminder or a consequence falls due for an obligation, and what it costs after caps: the
/// one place both the decider (which records them) and the <see cref="Assessor"/> (which lists them) read.
/// </summary>
/// <remarks>
/// <para>A rule at threshold <c>n</c> falls due when the late party's <c>n</c>-th business day after the due date
/// begins, never before the obligation became its turn and never after its cutoff (delivery, payment, termination,
/// a pause the other side caused); a restart rule falls due when the party comes back from a pause it caused. Of
/// the reminders that fell due only the latest is listed, and none once a later one was recorded. Fees and credits
/// are priced in listing order, each cap counting what was recorded and what was listed before it.</para>
/// <para>Pure: it reads the state and the instant it is given.</para>
/// </remarks>
internal static class FallingDue
{
    /// <summary>The earliest instant at which anything not yet recorded falls due; <see cref="Instant.MaxValue"/> for never.</summary>
    public static Instant NextAttention(EngagementState state)
    {
        var next = CommunicationAgenda.NextAttention(state);
        foreach (var open in OpenAcceptance.All(state))
        {
            if (open.WhenClosed == WindowClosingPolicy.DeemsAccepted && open.ClosesAt < next)
            {
                next = open.ClosesAt;
            }
        }

        if (state.Agreement is not { } agreement || (!agreement.ProviderConsequencePolicy.HasRules && !agreement.ClientConsequencePolicy.HasRules))
        {
            // Policies without rules: no reminder or consequence ever falls due, whatever happens.
            return next;
        }

        foreach (var obligation in Obligation.Of(state, openOnly: true))
        {
            if (!obligation.IsOpen || (obligation.NonAmountsLapse && !obligation.Ladder.CarriesAmounts))
            {
                // Not its turn yet; or delivered, paid, replied or ended with a ladder without money: nothing of it can fall due.
                continue;
            }

            next = Earliest(state, obligation, next);
        }

        return next;
    }

    /// <summary>
    /// The earlier of <paramref name="next"/> and the first instant a rule not yet recorded falls due for one open
    /// obligation (what <see cref="At"/> gives, the least of it over the ladder), asking the calendar as little as it can.
    /// </summary>
    /// <remarks>
    /// Apart from restarts, a rule falls due when the party reaches its effective threshold (never before the obligation
    /// opened, never after its cutoff), and that instant never comes earlier for a higher threshold. So the rules are
    /// read in order of threshold, and the first one that falls due and is neither recorded nor superseded is the
    /// obligation's earliest; the reading stops as soon as a rule falls due after <paramref name="next"/> or after the
    /// cutoff, or its day lies beyond the calendar, since every rule after it does too.
    /// </remarks>
    private static Instant Earliest(EngagementState state, Obligation obligation, Instant next)
    {
        var ladder = obligation.Ladder;
        var rules = ladder.Rules;
        var found = false;
        foreach (var r in ladder.ByEffectiveThreshold)
        {
            var rule = rules[r];
            if (obligation.NonAmountsLapse && !rule.Kind.CarriesAmount)
            {
                continue;
            }

            if (rule.Kind.FallsDueOnRestart)
            {
                // Most engagements never come back from a pause the party caused: no calendar maths for those.
                if (MayRestart(state, obligation) && !IsRecorded(state, obligation, rule) && At(state, obligation, rule) is { } restart && restart < next)
                {
                    next = restart;
                }

                continue;
            }

            if (found)
            {
                continue;
            }

            var threshold = ladder.EffectiveThresholdOf(rule);
            if (obligation.ReachedAt(threshold) is not { } reached)
            {
                // A day beyond the calendar's range: so is every higher threshold's (a lower one may lie before year 1).
                found = threshold > 0;
                continue;
            }

            var at = Max(reached, obligation.OpenedAt);
            if (at >= next || at > obligation.Cutoff)
            {
                // Every later rule falls due no earlier: none of them can come before what is already known, or before the cutoff.
                found = true;
                continue;
            }

            if (!IsRecorded(state, obligation, rule) && !IsSupersededByRecorded(state, obligation, r))
            {
                next = at;
                found = true;
            }
        }

        return next;
    }

    /// <summary>
    /// Every reminder and consequence due at <paramref name="now"/> for <paramref name="obligations"/> (those of
    /// <paramref name="state"/>) and not yet recorded, in the order they are listed (by instant, then obligation,
    /// then ladder), each priced after caps.
    /// </summary>
    public static Due[] Listed(EngagementState state, IReadOnlyList<Obligation> obligations, Instant now)
    {
        List<Candidate>? candidates = null;
        for (var i = 0; i < obligations.Count; i++)
        {
            Collect(state, obligations[i], i, now, ref candidates);
        }

        if (candidates is null || state.AgreementForDates is not { } agreement)
        {
            // Most engagements a sweep assesses have nothing due: nothing to price, nothing to allocate.
            return Array.Empty<Due>();
        }

        candidates.Sort();
        return Priced(agreement, candidates, new CapTally(state));
    }

    /// <summary>The reminder or consequence of this rule for this obligation, if it is due at <paramref name="at"/> and not yet recorded.</summary>
    /// <param name="state">The engagement.</param>
    /// <param name="obligations">The engagement's obligations (<see cref="Obligation.Of(EngagementState, bool)"/>), built once by the caller.</param>
    /// <param name="key">The obligation.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="at">The instant.</param>
    public static Due? Find(EngagementState state, IReadOnlyList<Obligation> obligations, ObligationKey key, ConsequenceRule rule, Instant at)
    {
        foreach (var due in Listed(state, obligations, at))
        {
            if (due.Obligation.Key == key && due.Rule == rule)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>When a rule falls due for an obligation as things stand, recorded or not; null when it does not.</summary>
    public static Instant? WhenDue(EngagementState state, IReadOnlyList<Obligation> obligations, ObligationKey key, ConsequenceRule rule)
    {
        foreach (var obligation in obligations)
        {
            if (obligation.Key == key)
            {
                return At(state, obligation, rule);
            }
        }

        return null;
    }

    /// <summary>Whether the obligation's policy has the rule, and the round it is in; -1 when there is no such obligation.</summary>
    public static (bool HasRule, int Round) RuleOf(IReadOnlyList<Obligation> obligations, ObligationKey key, ConsequenceRule rule)
    {
        foreach (var obligation in obligations)
        {
            if (obligation.Key == key)
            {
                return (obligation.Ladder.Rules.Contains(rule), obligation.Round);
            }
        }

        return (false, -1);
    }

    /// <summary>Whether a reminder or consequence of this rule was recorded for this obligation and round.</summary>
    public static bool IsRecorded(EngagementState state, ObligationKey key, int round, ConsequenceRule rule)
    {
        var recorded = rule.Kind.IsReminder ? state.RecordedReminders.RulesOf(key, round) : state.RecordedConsequences.RulesOf(key, round);
        for (var i = 0; i < recorded.Count; i++)
        {
            if (recorded[i] == rule)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The rules that fell due by <paramref name="now"/> for one obligation and are not recorded: every fee, credit and
    /// other consequence, and the latest reminder; added to <paramref name="due"/>, made when the first is found.
    /// </summary>
    private static void Collect(EngagementState state, Obligation obligation, int index, Instant now, ref List<Candidate>? due)
    {
        if (!obligation.IsOpen || obligation.Due is not { } dueDate)
        {
            // Not its turn, or no due date: no rule of it falls due (see At).
            return;
        }

        var rules = obligation.Ladder.Rules;
        var latestReminder = -1;
        Instant latestReminderAt = default;
        // How many of the party's business days after the due date had begun by now, or by the cutoff if that came first
        // (delivery, payment, the end), worked out once: a rule can fall due only once its threshold is reached, by both, so
        // one at a threshold above that count is skipped without dating it.
        var lateBy = -1;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (obligation.NonAmountsLapse && !rule.Kind.CarriesAmount)
            {
                // Lapsed: see At.
                continue;
            }

            var threshold = obligation.Ladder.EffectiveThresholdOf(rule);
            if (threshold >= 1)
            {
                if (lateBy < 0)
                {
                    var asOf = now < obligation.Cutoff ? now : obligation.Cutoff;
                    lateBy = obligation.Calendar.HasDateAt(asOf) ? obligation.Calendar.BusinessDaysLateAt(dueDate, asOf) : int.MaxValue;
                }

                if (threshold > lateBy)
                {
                    continue;
                }
            }

            if (At(state, obligation, rule) is not { } at || at > now)
            {
                continue;
            }

            if (rule.Kind.IsReminder)
            {
                // Only the latest reminder that fell due is sent; once it is recorded, the earlier ones lapse too.
                latestReminder = r;
                latestReminderAt = at;
            }
            else if (!IsRecorded(state, obligation, rule))
            {
                (due ??= new List<Candidate>()).Add(new Candidate(obligation, index, r, rule, threshold, at));
            }
        }

        if (latestReminder >= 0 && !IsRecorded(state, obligation, rules[latestReminder]) && !IsSupersededByRecorded(state, obligation, latestReminder))
        {
            var rule = rules[latestReminder];
            (due ??= new List<Candidate>()).Add(new Candidate(obligation, index, latestReminder, rule, rule.BusinessDaysOverdue, latestReminderAt));
        }
    }

    /// <summary>The candidates in the order given, each with its amount: the rule's charge of the obligation's basis, cut by the party's caps.</summary>
    public static Due[] Priced(Agreement agreement, List<Candidate> candidates, CapTally caps)
    {
        var priced = new Due[candidates.Count];
        for (var i = 0; i < priced.Length; i++)
        {
            var candidate = candidates[i];
            var obligation = candidate.Obligation;
            var rule = candidate.Rule;
            if (!rule.Kind.CarriesAmount)
            {
                priced[i] = new Due(candidate, null, null, null, null);
                continue;
            }

            var before = rule.Charge!.Of(obligation.Basis) ?? Money.Zero(agreement.PaymentTerms?.Total.Currency ?? "XXX");
            var (amount, cappedBy, cap) = caps.Take(agreement.ConsequencePolicyOf(obligation.Party).Caps, obligation, candidate.At, before);
            priced[i] = new Due(candidate, amount, before, cappedBy, cap);
        }

        return priced;
    }

    /// <summary>When a rule falls due for an obligation, or null when it does not (not its turn yet, lapsed, beyond the cutoff, or a restart that has not happened).</summary>
    private static Instant? At(EngagementState state, Obligation obligation, ConsequenceRule rule)
    {
        if (!obligation.IsOpen || (obligation.NonAmountsLapse && !rule.Kind.CarriesAmount))
        {
            return null;
        }

        if (obligation.ReachedAt(obligation.Ladder.EffectiveThresholdOf(rule)) is not { } reached)
        {
            return null;
        }

        var at = rule.Kind.FallsDueOnRestart ? RestartAt(state, obligation, reached) : Max(reached, obligation.OpenedAt);
        return at <= obligation.Cutoff ? at : null;
    }

    /// <summary>
    /// The end of the first pause the late party caused while the obligation was its turn, once it
    /// had reached the threshold: the moment it came back.
    /// </summary>
    private static Instant? RestartAt(EngagementState state, Obligation obligation, Instant reached)
    {
        foreach (var pause in state.Pauses)
        {
            if (pause.CausedBy == obligation.Party && pause.Until is { } back && back >= reached && pause.From >= obligation.OpenedAt
                && (obligation.FulfilledAt is not { } fulfilled || fulfilled >= back))
            {
                return back;
            }
        }

        return null;
    }

    /// <summary>Whether the party came back from a pause it caused while the obligation was its turn: <see cref="RestartAt"/> without the threshold.</summary>
    private static bool MayRestart(EngagementState state, Obligation obligation)
    {
        foreach (var pause in state.Pauses)
        {
            if (pause.CausedBy == obligation.Party && pause.Until is { } back && pause.From >= obligation.OpenedAt
                && (obligation.FulfilledAt is not { } fulfilled || fulfilled >= back))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRecorded(EngagementState state, Obligation obligation, ConsequenceRule rule) =>
        IsRecorded(state, obligation.Key, obligation.Round, rule);

    /// <summary>Whether a reminder later in the ladder was already sent for this round: an earlier one is never sent after it.</summary>
    private static bool IsSupersededByRecorded(EngagementState state, Obligation obligation, int ruleIndex)
    {
        var rules = obligation.Ladder.Rules;
        if (!rules[ruleIndex].Kind.IsReminder)
        {
            return false;
        }

        var sent = state.RecordedReminders.RulesOf(obligation.Key, obligation.Round);
        for (var i = 0; i < sent.Count; i++)
        {
            for (var later = ruleIndex + 1; later < rules.Count; later++)
            {
                if (rules[later] == sent[i])
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>A rule due for an obligation, in the order consequences are listed: by instant, then obligation, then ladder.</summary>
    internal sealed class Candidate : IComparable<Candidate>
    {
        public Candidate(Obligation obligation, int obligationIndex, int ruleIndex, ConsequenceRule rule, int businessDaysLate, Instant at)
        {
            Obligation = obligation;
            ObligationIndex = obligationIndex;
            RuleIndex = ruleIndex;
            Rule = rule;
            BusinessDaysLate = businessDaysLate;
            At = at;
        }

        public Obligation Obligation { get; }

        public int ObligationIndex { get; }

        public int RuleIndex { get; }

        public ConsequenceRule Rule { get; }

        /// <summary>The threshold it is due at, in the late party's business days after the due date (the grace included).</summary>
        public int BusinessDaysLate { get; }

        public Instant At { get; }

        public int CompareTo(Candidate? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byInstant = At.CompareTo(other.At);
            return byInstant != 0 ? byInstant
                : ObligationIndex != other.ObligationIndex ? ObligationIndex.CompareTo(other.ObligationIndex)
                : RuleIndex.CompareTo(other.RuleIndex);
        }
    }

    /// <summary>A rule due for an obligation, priced: what the late party owes after caps, for a rule that carries money.</summary>
    internal sealed class Due
    {
        public Due(Candidate candidate, Money? amount, Money? amountBeforeCap, CapScope? cappedBy, Money? cap)
        {
            Candidate = candidate;
            Amount = amount;
            AmountBeforeCap = amountBeforeCap;
            CappedBy = cappedBy;
            Cap = cap;
        }

        public Candidate Candidate { get; }

        public Obligation Obligation => Candidate.Obligation;

        public ConsequenceRule Rule => Candidate.Rule;

        public Instant At => Candidate.At;

        public int BusinessDaysLate => Candidate.BusinessDaysLate;

        /// <summary>What is owed after caps; null for a rule without money.</summary>
        public Money? Amount { get; }

        /// <summary>What the rule gives before caps; null for a rule without money.</summary>
        public Money? AmountBeforeCap { get; }

        /// <summary>The cap that cut the amount, or null.</summary>
        public CapScope? CappedBy { get; }

        /// <summary>That cap's amount, or null.</summary>
        public Money? Cap { get; }
    }

    /// <summary>What each party already owes under its caps, counting the amounts recorded and those listed so far.</summary>
    internal sealed class CapTally
    {
        // In a fixed order (SmartEnum's List is not sorted), so a tie between two caps always names the same one.
        private static readonly CapScope[] Scopes = { CapScope.PerStage, CapScope.PerMonth, CapScope.PerEngagement };

        // Read when nothing is owed yet, never added to.
        private static readonly List<(PartyRole Party, ObligationKey Obligation, int Year, int Month, Money Amount)> NothingOwed = new();

        // Made when the first amount is counted: most assessments price nothing, or only what no cap limits.
        private List<(PartyRole Party, ObligationKey Obligation, int Year, int Month, Money Amount)>? _owed;

        /// <summary>A tally of what <paramref name="state"/> recorded; nothing for a simulation (null).</summary>
        public CapTally(EngagementState? state)
        {
            if (state?.AgreementForDates is not { } agreement)
            {
                return;
            }

            foreach (var applied in state.RecordedConsequences)
            {
                if (applied.Amount is { } amount && !IsUncapped(agreement.ConsequencePolicyOf(applied.Party).Caps))
                {
                    var day = agreement.CalendarOf(applied.Party).ToLocalDate(applied.DueSince);
                    Count(applied.Party, applied.Obligation, day, amount);
                }
            }
        }

        /// <summary>Whether nothing caps a party's amounts: what it owes is then never read, so never counted.</summary>
        private static bool IsUncapped(ConsequenceCaps caps) => caps.PerStage is null && caps.PerMonth is null && caps.PerEngagement is null;

        private void Count(PartyRole party, ObligationKey obligation, LocalDate day, Money amount) =>
            (_owed ??= new()).Add((party, obligation, day.Year, day.Month, amount));

        public (Money Amount, CapScope? CappedBy, Money? Cap) Take(ConsequenceCaps caps, Obligation obligation, Instant at, Money amount)
        {
            if (IsUncapped(caps))
            {
                // Nothing caps the party's amounts, so nothing ever reads what it owes: no tally to keep.
                return (amount, null, null);
            }

            var day = obligation.Calendar.ToLocalDate(at);
            var result = amount;
            CapScope? cappedBy = null;
            Money? cutAt = null;
            foreach (var scope in Scopes)
            {
                if (caps.Of(scope) is not { } cap || cap.Currency != amount.Currency)
                {
                    continue;
                }

                var used = 0m;
                foreach (var owed in _owed ?? NothingOwed)
                {
                    if (owed.Party == obligation.Party && owed.Amount.Currency == amount.Currency
                        && (scope == CapScope.PerEngagement
                            || (scope == CapScope.PerStage && owed.Obligation == obligation.Key)
                            || (scope == CapScope.PerMonth && owed.Year == day.Year && owed.Month == day.Month)))
                    {
                        used += owed.Amount.Amount;
                    }
                }

                var room = Math.Max(0m, cap.Amount - used);
                if (room < result.Amount)
                {
                    result = new Money(room, amount.Currency);
                    cappedBy = scope;
                    cutAt = cap;
                }
            }

            Count(obligation.Party, obligation.Key, day, result);
            return (result, cappedBy, cutAt);
        }
    }
}
