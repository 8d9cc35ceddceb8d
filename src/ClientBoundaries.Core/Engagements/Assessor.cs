using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Reads an engagement against the two parties' consequence policies: where every stage and
/// payment stands, which reminders to send and which consequences to apply now
/// (<see cref="Assess"/>), the same over many engagements for a nightly job
/// (<see cref="AssessMany(IEnumerable{EngagementState}, Instant)"/>), and what would happen if a
/// stage ran late (<see cref="Simulate"/>).
/// </summary>
/// <remarks>
/// <para><b>How lateness is counted.</b> In the late party's own business days, after the due date.
/// A rule at threshold <c>n</c> falls due when the party's <c>n</c>-th business day after the due
/// date begins (its first working hour); 0 is the start of the due date itself, -2 two business
/// days before. A due date that is not a business day counts from the next one. No rule falls due
/// before the ball reached the party. Grace holds back every kind but reminders.</para>
/// <para><b>Both sides alike.</b> The engine reads the provider's stages against the provider's
/// policy and the client's stages and payments against the client's. While one side has paused the
/// engagement, the other side's stage is on hold: nothing about it falls due, and its due date moves
/// when work resumes. Force majeure days are closed for both.</para>
/// <para><b>What stays due.</b> A reminder or consequence is listed until it is recorded. When the
/// party delivers (or pays), reminders and consequences without money lapse; fees and credits that
/// had fallen due stay owed. Of several reminders that fell due, only the latest is listed.</para>
/// <para>Pure and thread-safe: it reads the state and the instant it is given, nothing else.</para>
/// </remarks>
public static class Assessor
{
    /// <summary>Assesses one engagement at an instant.</summary>
    /// <param name="state">The engagement.</param>
    /// <param name="now">The instant to assess at; the library never reads a clock.</param>
    /// <returns>Where everything stands, and what is due now and not yet recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">In a party's time zone, <paramref name="now"/> falls after the year 9999.</exception>
    public static Assessment Assess(EngagementState state, Instant now)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        if (state.Agreement is { } agreement && !(agreement.Provider.Calendar.HasDateAt(now) && agreement.Client.Calendar.HasDateAt(now)))
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The instant {now} falls after the year 9999 in a party's time zone, past the last date the library can work with.");
        }

        var obligations = Obligation.Of(state);
        var standings = new List<ObligationStanding>(obligations.Count);
        var reminders = new List<DueConsequence>();
        var due = new List<Candidate>();
        for (var i = 0; i < obligations.Count; i++)
        {
            var obligation = obligations[i];
            if (!obligation.IsPastRound)
            {
                standings.Add(StandingOf(obligation, now));
            }

            CollectDue(state, obligation, i, now, due);
        }

        due.Sort();
        var consequences = new List<DueConsequence>(due.Count);
        var caps = new CapTally(state);
        foreach (var candidate in due)
        {
            var item = Describe(state.Terms!, state.Plan, candidate, caps, ShiftedEnd(state, candidate));
            (candidate.Rule.Kind.IsReminder ? reminders : consequences).Add(item);
        }

        return new Assessment(now, state.Agreement?.Id, state.Phase, state.Ball, standings, reminders, consequences, CommunicationAgenda.DueAt(state, now));
    }

    /// <summary>
    /// Assesses many engagements at one instant, for a nightly job, and yields only those with
    /// something due: a reminder, a consequence, or something about how the two sides talk. An engagement with nothing due costs one comparison of
    /// <see cref="EngagementState.NextAttentionAt"/> and allocates nothing.
    /// </summary>
    /// <param name="states">The engagements, in any order; sweeping shards separately gives the same results as sweeping them all.</param>
    /// <param name="now">The instant to assess at.</param>
    /// <returns>The assessments with something due, lazily, in the order of <paramref name="states"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> is null, or holds null (when it is reached).</exception>
    public static IEnumerable<Assessment> AssessMany(IEnumerable<EngagementState> states, Instant now)
    {
        Preconditions.CheckNotNull(states, nameof(states));
        return Sweep(states, now);

        static IEnumerable<Assessment> Sweep(IEnumerable<EngagementState> states, Instant now)
        {
            foreach (var state in states)
            {
                if (Preconditions.CheckNotNull(state, nameof(states)).NextAttentionRaw <= now && Assess(state, now) is { HasAnythingDue: true } assessment)
                {
                    yield return assessment;
                }
            }
        }
    }

    /// <summary>
    /// Assesses many engagements kept by the host's own keys (a dictionary of engagement id to state,
    /// say) and yields the key and assessment of those with something due.
    /// </summary>
    /// <typeparam name="TKey">The host's engagement key.</typeparam>
    /// <param name="engagements">The engagements with their keys.</param>
    /// <param name="now">The instant to assess at.</param>
    /// <returns>The keys and assessments with something due, lazily, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagements"/> is null, or holds a null state (when it is reached).</exception>
    public static IEnumerable<KeyValuePair<TKey, Assessment>> AssessMany<TKey>(IEnumerable<KeyValuePair<TKey, EngagementState>> engagements, Instant now)
    {
        Preconditions.CheckNotNull(engagements, nameof(engagements));
        return Sweep(engagements, now);

        static IEnumerable<KeyValuePair<TKey, Assessment>> Sweep(IEnumerable<KeyValuePair<TKey, EngagementState>> engagements, Instant now)
        {
            foreach (var engagement in engagements)
            {
                var state = Preconditions.CheckNotNull(engagement.Value, nameof(engagements));
                if (state.NextAttentionRaw <= now && Assess(state, now) is { HasAnythingDue: true } assessment)
                {
                    yield return new KeyValuePair<TKey, Assessment>(engagement.Key, assessment);
                }
            }
        }
    }

    /// <summary>
    /// What happens if a stage's owner delivers it so many business days late, on which dates and
    /// for how much, under the owner's consequence policy; nothing in any engagement changes. Made
    /// for the one-pager's concrete example: "if the content arrives 10 business days late ...".
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="plan">A plan of it (from <see cref="Scheduler.Plan"/>, or an engagement's current plan).</param>
    /// <param name="stage">The stage that runs late.</param>
    /// <param name="businessDaysLate">How late, in its owner's business days: 0 to <see cref="ConsequenceRule.MaxBusinessDaysOverdue"/>.</param>
    /// <returns>The reminders and consequences with their dates, and where the end of the plan moves.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan is not of this agreement, or the agreement has no such stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDaysLate"/> is out of range, or the dates run past the calendar's range.</exception>
    public static Simulation Simulate(Agreement agreement, Plan plan, StageKey stage, int businessDaysLate)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(stage, nameof(stage));
        Preconditions.CheckArgument(
            plan.AgreementId == agreement.Id && plan.AgreementVersion == agreement.Version && plan.Stages.Count == agreement.Stages.Count,
            nameof(plan),
            $"The plan is for agreement {plan.AgreementId} v{plan.AgreementVersion}, not {agreement.Id} v{agreement.Version}.");
        var index = agreement.IndexOfStage(stage);
        Preconditions.CheckArgument(index >= 0, nameof(stage), $"The agreement '{agreement.Id}' has no stage '{stage}'.");
        Preconditions.CheckArgumentRange(nameof(businessDaysLate), businessDaysLate, 0, ConsequenceRule.MaxBusinessDaysOverdue);

        var obligation = Obligation.Simulated(agreement, plan, index);
        var calendar = obligation.Calendar;
        var delivered = businessDaysLate == 0 ? obligation.Due!.Value : calendar.AddBusinessDays(obligation.Due!.Value, businessDaysLate);
        var comesBack = calendar.StartOfWorkingDay(delivered);

        // The ladder pauses the engagement before delivery: the party comes back on the day it delivers.
        var paused = false;
        foreach (var rule in obligation.Ladder.Rules)
        {
            paused |= rule.Kind == ConsequenceKind.Pause && obligation.Ladder.EffectiveThresholdOf(rule) < businessDaysLate;
        }

        var earliest = new Dictionary<StageKey, LocalDate>();
        var counterpart = obligation.Party.Counterpart;
        var leadTime = agreement.RestartLeadTimeOf(counterpart);
        if (paused && leadTime > 0)
        {
            for (var i = index + 1; i < agreement.Stages.Count; i++)
            {
                if (agreement.Stages[i].Owner == counterpart)
                {
                    var counterpartCalendar = agreement.CalendarOf(counterpart);
                    earliest[agreement.Stages[i].Key] = counterpartCalendar.AddBusinessDays(counterpartCalendar.ToLocalDate(comesBack), leadTime);
                    break;
                }
            }
        }

        var finishes = new Dictionary<StageKey, StageFinish>();
        for (var i = 0; i < index; i++)
        {
            if (plan.Stages[i].FinishedOn is { } finishedOn)
            {
                finishes[plan.Stages[i].Key] = new StageFinish(finishedOn, agreement.CalendarOf(plan.Stages[i].Owner).EndOfWorkingDay(finishedOn));
            }
        }

        finishes[stage] = new StageFinish(delivered, calendar.EndOfWorkingDay(delivered));
        var shifted = Scheduler.Compute(agreement, plan.Start, finishes, earliest, new Dictionary<StageKey, int>(), plan);

        var due = new List<Candidate>();
        for (var r = 0; r < obligation.Ladder.Rules.Count; r++)
        {
            var rule = obligation.Ladder.Rules[r];
            var threshold = obligation.Ladder.EffectiveThresholdOf(rule);
            if (threshold > businessDaysLate || (rule.Kind.FallsDueOnRestart && !paused) || obligation.ReachedAt(threshold) is not { } reached)
            {
                continue;
            }

            var at = rule.Kind.FallsDueOnRestart ? comesBack : Max(reached, obligation.OpenedAt);
            due.Add(new Candidate(obligation, 0, r, rule, threshold, at));
        }

        due.Sort();
        var caps = new CapTally(null);
        var items = new List<DueConsequence>(due.Count);
        foreach (var candidate in due)
        {
            items.Add(Describe(agreement, shifted, candidate, caps, shifted.End));
        }

        return new Simulation(stage, obligation.Party, businessDaysLate, plan.Stages[index].Due, delivered, items, plan.End, shifted.End);
    }

    /// <summary>The earliest instant at which anything not yet recorded falls due; <see cref="Instant.MaxValue"/> for never.</summary>
    internal static Instant NextAttention(EngagementState state)
    {
        var next = CommunicationAgenda.NextAttention(state);
        if (state.Agreement is not { } agreement || (!agreement.ProviderConsequencePolicy.HasRules && !agreement.ClientConsequencePolicy.HasRules))
        {
            // Policies without rules: no reminder or consequence ever falls due, whatever happens.
            return next;
        }

        foreach (var obligation in Obligation.Of(state))
        {
            var rules = obligation.Ladder.Rules;
            if (obligation.NonAmountsLapse && !obligation.Ladder.CarriesAmounts)
            {
                // Delivered, paid, replied or ended, with a ladder without money: nothing of it can fall due any more.
                continue;
            }

            for (var r = 0; r < rules.Count; r++)
            {
                if (!IsRecorded(state, obligation, rules[r]) && !IsSupersededByRecorded(state, obligation, r)
                    && FallsDueAt(state, obligation, rules[r]) is { } at && at < next)
                {
                    next = at;
                }
            }
        }

        return next;
    }

    /// <summary>The reminder or consequence of this rule for this obligation, if it is due at <paramref name="at"/> and not yet recorded.</summary>
    internal static DueConsequence? FindDue(EngagementState state, ObligationKey key, ConsequenceRule rule, Instant at)
    {
        var assessment = Assess(state, at);
        var list = rule.Kind.IsReminder ? assessment.Reminders : assessment.Consequences;
        foreach (var item in list)
        {
            if (item.Obligation == key && item.Rule == rule)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>When a rule falls due for an obligation as things stand, recorded or not; null when it does not.</summary>
    internal static Instant? WhenDue(EngagementState state, ObligationKey key, ConsequenceRule rule)
    {
        foreach (var obligation in Obligation.Of(state))
        {
            if (obligation.Key == key)
            {
                return FallsDueAt(state, obligation, rule);
            }
        }

        return null;
    }

    /// <summary>Whether the obligation's policy has the rule, and the round it is in; -1 when there is no such obligation.</summary>
    internal static (bool HasRule, int Round) RuleOf(EngagementState state, ObligationKey key, ConsequenceRule rule)
    {
        foreach (var obligation in Obligation.Of(state))
        {
            if (obligation.Key == key)
            {
                return (obligation.Ladder.Rules.Contains(rule), obligation.Round);
            }
        }

        return (false, -1);
    }

    private static ObligationStanding StandingOf(Obligation obligation, Instant now)
    {
        Timeliness timeliness;
        var late = 0;
        if (!obligation.IsOpen)
        {
            timeliness = Timeliness.NotStarted;
        }
        else if (obligation.FulfilledAt is { } fulfilled)
        {
            late = fulfilled > obligation.DueAt ? obligation.BusinessDaysLateAt(fulfilled) : 0;
            timeliness = fulfilled > obligation.DueAt ? Timeliness.DoneLate : Timeliness.Done;
        }
        else if (obligation.OnHold)
        {
            timeliness = Timeliness.OnHold;
        }
        else
        {
            // Once the engagement has ended, lateness stops growing.
            var asOf = now < obligation.Cutoff ? now : obligation.Cutoff;
            if (asOf > obligation.DueAt)
            {
                timeliness = Timeliness.Overdue;
                late = obligation.BusinessDaysLateAt(asOf);
            }
            else
            {
                timeliness = obligation.ReachedAt(-obligation.DueSoonBusinessDays) is { } soon && asOf >= soon ? Timeliness.DueSoon : Timeliness.OnTrack;
            }
        }

        return new ObligationStanding(obligation.Key, obligation.Party, timeliness, obligation.Due, obligation.DueAt, late, obligation.Round);
    }

    private static void CollectDue(EngagementState state, Obligation obligation, int index, Instant now, List<Candidate> due)
    {
        var rules = obligation.Ladder.Rules;
        var latestReminder = -1;
        Instant latestReminderAt = default;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (FallsDueAt(state, obligation, rule) is not { } at || at > now)
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
                due.Add(new Candidate(obligation, index, r, rule, obligation.Ladder.EffectiveThresholdOf(rule), at));
            }
        }

        if (latestReminder >= 0 && !IsRecorded(state, obligation, rules[latestReminder]) && !IsSupersededByRecorded(state, obligation, latestReminder))
        {
            var rule = rules[latestReminder];
            due.Add(new Candidate(obligation, index, latestReminder, rule, rule.BusinessDaysOverdue, latestReminderAt));
        }
    }

    /// <summary>When a rule falls due for an obligation, or null when it does not (not its turn yet, lapsed, beyond the cutoff, or a restart that has not happened).</summary>
    private static Instant? FallsDueAt(EngagementState state, Obligation obligation, ConsequenceRule rule)
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

    private static bool IsRecorded(EngagementState state, Obligation obligation, ConsequenceRule rule)
    {
        if (rule.Kind.IsReminder)
        {
            foreach (var sent in state.RemindersSent)
            {
                if (sent.Round == obligation.Round && sent.Obligation == obligation.Key && sent.Rule == rule)
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var applied in state.ConsequencesApplied)
        {
            if (applied.Round == obligation.Round && applied.Obligation == obligation.Key && applied.Rule == rule)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reminder later in the ladder was already sent for this round: an earlier one is never sent after it.</summary>
    private static bool IsSupersededByRecorded(EngagementState state, Obligation obligation, int ruleIndex)
    {
        var rules = obligation.Ladder.Rules;
        if (!rules[ruleIndex].Kind.IsReminder)
        {
            return false;
        }

        foreach (var sent in state.RemindersSent)
        {
            if (sent.Round == obligation.Round && sent.Obligation == obligation.Key)
            {
                for (var later = ruleIndex + 1; later < rules.Count; later++)
                {
                    if (rules[later] == sent.Rule)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where the plan ends if a late stage were delivered on the day its schedule-shift rule fell due; null for other rules,
    /// and where that plan would end after the last date the library can work with (the explanation then names no end).
    /// </summary>
    private static LocalDate? ShiftedEnd(EngagementState state, Candidate candidate)
    {
        if (candidate.Rule.Kind != ConsequenceKind.ScheduleShift || candidate.Obligation.StageIndex < 0 || state.Plan is null
            || candidate.Obligation.FulfilledAt.HasValue)
        {
            return state.Plan?.End;
        }

        var calendar = candidate.Obligation.Calendar;
        var day = calendar.ToLocalDate(candidate.At);
        try
        {
            return EngagementDecider.Replanned(state, candidate.Obligation.StageIndex, new StageFinish(day, calendar.EndOfWorkingDay(day))).End;
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            return null;
        }
    }

    private static DueConsequence Describe(Agreement agreement, Plan? plan, Candidate candidate, CapTally caps, LocalDate? shiftedEnd)
    {
        var obligation = candidate.Obligation;
        var rule = candidate.Rule;
        Money? amount = null;
        Money? before = null;
        CapScope? cappedBy = null;
        Money? cap = null;
        if (rule.Kind.CarriesAmount)
        {
            before = rule.Charge!.Of(obligation.Basis) ?? Money.Zero(agreement.PaymentTerms?.Total.Currency ?? "XXX");
            (amount, cappedBy, cap) = caps.Take(agreement.ConsequencePolicyOf(obligation.Party).Caps, obligation, candidate.At, before);
        }

        var preferences = agreement.PreferencesOf(obligation.Party);
        var escalateTo = rule.Kind == ConsequenceKind.Escalation ? rule.ContactRole ?? preferences.EscalationContact : null;
        var explanation = Explanation.Of(agreement, plan, obligation, rule, candidate.BusinessDaysLate, candidate.At, amount, before, cappedBy, cap, shiftedEnd, escalateTo);
        return new DueConsequence(
            obligation.Key, obligation.Party, obligation.Round, rule, candidate.At, candidate.BusinessDaysLate, amount, before, cappedBy, explanation, preferences.PreferredChannel, escalateTo);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;


    /// <summary>A rule due for an obligation, in the order consequences are listed: by instant, then obligation, then ladder.</summary>
    private sealed class Candidate : IComparable<Candidate>
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

    /// <summary>What each party already owes under its caps, counting the amounts recorded and those listed so far.</summary>
    private sealed class CapTally
    {
        // In a fixed order (SmartEnum's List is not sorted), so a tie between two caps always names the same one.
        private static readonly CapScope[] Scopes = { CapScope.PerStage, CapScope.PerMonth, CapScope.PerEngagement };

        private readonly List<(PartyRole Party, ObligationKey Obligation, int Year, int Month, Money Amount)> _owed = new();

        public CapTally(EngagementState? state)
        {
            if (state?.Terms is not { } agreement)
            {
                return;
            }

            foreach (var applied in state.ConsequencesApplied)
            {
                if (applied.Amount is { } amount)
                {
                    var day = agreement.CalendarOf(applied.Party).ToLocalDate(applied.DueSince);
                    _owed.Add((applied.Party, applied.Obligation, day.Year, day.Month, amount));
                }
            }
        }

        public (Money Amount, CapScope? CappedBy, Money? Cap) Take(ConsequenceCaps caps, Obligation obligation, Instant at, Money amount)
        {
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
                foreach (var owed in _owed)
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

            _owed.Add((obligation.Party, obligation.Key, day.Year, day.Month, result));
            return (result, cappedBy, cutAt);
        }
    }
}
