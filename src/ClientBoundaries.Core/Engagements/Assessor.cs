using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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
    public static Assessment Assess(EngagementState state, Instant now) => Assessed(state, now, standingsWhenRead: false);

    /// <summary><see cref="Assess(EngagementState, Instant)"/>, leaving the standings for when they are first read when <paramref name="standingsWhenRead"/> (a sweep's).</summary>
    private static Assessment Assessed(EngagementState state, Instant now, bool standingsWhenRead)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        if (state.Agreement is { } agreement && !(agreement.Provider.Calendar.HasDateAt(now) && agreement.Client.Calendar.HasDateAt(now)))
        {
            throw Preconditions.OutOfRange(nameof(now), $"The instant {now} falls after the year 9999 in a party's time zone, past the last date the library can work with.");
        }

        ReadAhead(state);
        // The standings come with the obligations, in their order (or, for a sweep, when the assessment's are first read); a
        // stage or a payment not yet the party's turn comes only as its standing (no rule falls due for it), so no
        // obligation is made that nothing would read.
        var standings = Array.Empty<ObligationStanding>();
        var obligations = standingsWhenRead ? Obligation.ForAssessment(state) : Obligation.Of(state, now, out standings);

        // Each list is sized once and handed over as it is: an assessment with something due makes no list it throws away.
        var listed = FallingDue.Listed(state, obligations, now);
        var reminderCount = 0;
        for (var i = 0; i < listed.Length; i++)
        {
            reminderCount += listed[i].Rule.Kind.IsReminder ? 1 : 0;
        }

        var reminders = reminderCount == 0 ? Array.Empty<DueConsequence>() : new DueConsequence[reminderCount];
        var consequences = reminderCount == listed.Length ? Array.Empty<DueConsequence>() : new DueConsequence[listed.Length - reminderCount];
        var (r, c) = (0, 0);
        foreach (var due in listed)
        {
            var item = Describe(state.AgreementForDates!, state.Plan, due, now, state);
            if (due.Rule.Kind.IsReminder)
            {
                reminders[r++] = item;
            }
            else
            {
                consequences[c++] = item;
            }
        }

        List<DeemedAcceptanceDue>? deemed = null;
        foreach (var open in OpenAcceptance.All(state))
        {
            if (open.WhenClosed == WindowClosingPolicy.DeemsAccepted && open.ClosesAt <= now)
            {
                (deemed ??= new List<DeemedAcceptanceDue>()).Add(new DeemedAcceptanceDue(open.Stage, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, open.ClosesOn, open.ClosesAt));
            }
        }

        var communication = CommunicationAgenda.DueAt(state, now);
        var deemedAcceptances = (IReadOnlyList<DeemedAcceptanceDue>?)deemed ?? ValueList<DeemedAcceptanceDue>.Empty;
        if (standingsWhenRead)
        {
            return new Assessment(state, obligations, now, ValueList<DueConsequence>.Owning(reminders), ValueList<DueConsequence>.Owning(consequences), communication, deemedAcceptances);
        }

        return new Assessment(
            now,
            state.Agreement?.Id,
            state.Phase,
            state.Ball,
            ValueList<ObligationStanding>.Owning(standings),
            ValueList<DueConsequence>.Owning(reminders),
            ValueList<DueConsequence>.Owning(consequences),
            communication,
            deemedAcceptances);
    }

    /// <summary>
    /// Assesses many engagements at one instant, for a nightly job, and yields only those with
    /// something due: a reminder, a consequence, or something about how the two sides talk. An engagement with nothing due costs one comparison of
    /// <see cref="EngagementState.NextAttentionAt"/> and allocates nothing.
    /// </summary>
    /// <remarks>
    /// Each assessment yielded is the one <see cref="Assess(EngagementState, Instant)"/> gives (equal to it), except that
    /// it works out <see cref="Assessment.Obligations"/>, where every stage and payment stands, when they are first read:
    /// a nightly job that acts on what is due pays nothing for them (about a tenth of the sweep of a million engagements,
    /// 1% due), and one that reads them pays for them then, a little more than at once (about 3% more for that sweep). A
    /// swept assessment holds on to its state and the obligations it found until its standings are read.
    /// </remarks>
    /// <param name="states">
    /// The engagements, in any order; sweeping shards separately gives the same results as sweeping them all. An array is
    /// read by position and a <see cref="List{T}"/> through its own enumerator, which over a million engagements takes
    /// about half the time of reading them through <see cref="IEnumerable{T}"/>.
    /// </param>
    /// <param name="now">The instant to assess at.</param>
    /// <returns>The assessments with something due, lazily, in the order of <paramref name="states"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> is null, or holds null (when it is reached).</exception>
    public static IEnumerable<Assessment> AssessMany(IEnumerable<EngagementState> states, Instant now)
    {
        Preconditions.CheckNotNull(states, nameof(states));
        // Only the exact types: a subclass may enumerate itself its own way.
        return states switch
        {
            EngagementState[] array => SweepArray(array, now),
            List<EngagementState> list when list.GetType() == typeof(List<EngagementState>) => SweepList(list, now),
            _ => Sweep(states, now),
        };

        // Most engagements a sweep reads have nothing due: the loop over them is the sweep's cost, so it reads them by
        // position when it can (an enumerator's two interface calls per engagement cost as much as reading its state).
        static IEnumerable<Assessment> SweepArray(EngagementState[] states, Instant now)
        {
            for (var i = NextToAssess(states, 0, now, out var state); i < states.Length; i = NextToAssess(states, i + 1, now, out state))
            {
                if (Assessed(state!, now, standingsWhenRead: true) is { HasAnythingDue: true } assessment)
                {
                    yield return assessment;
                }
            }
        }

        static IEnumerable<Assessment> SweepList(List<EngagementState> states, Instant now)
        {
            // The list's own enumerator: no interface call, and a change to the list while it is read still throws.
            foreach (var state in states)
            {
                if (DueAssessment(state, nameof(states), now) is { } assessment)
                {
                    yield return assessment;
                }
            }
        }

        static IEnumerable<Assessment> Sweep(IEnumerable<EngagementState> states, Instant now)
        {
            foreach (var state in states)
            {
                if (DueAssessment(state, nameof(states), now) is { } assessment)
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
    /// <remarks>As with the other overload, each assessment works out <see cref="Assessment.Obligations"/> when they are first read.</remarks>
    /// <typeparam name="TKey">The host's engagement key.</typeparam>
    /// <param name="engagements">The engagements with their keys; a <see cref="Dictionary{TKey, TValue}"/> or an array is read without an interface call per engagement.</param>
    /// <param name="now">The instant to assess at.</param>
    /// <returns>The keys and assessments with something due, lazily, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagements"/> is null, or holds a null state (when it is reached).</exception>
    public static IEnumerable<KeyValuePair<TKey, Assessment>> AssessMany<TKey>(IEnumerable<KeyValuePair<TKey, EngagementState>> engagements, Instant now)
    {
        Preconditions.CheckNotNull(engagements, nameof(engagements));

        // A dictionary holds no null key, so its TKey meets the constraint its type declares: only the annotation differs.
#pragma warning disable CS8714
        return engagements switch
        {
            Dictionary<TKey, EngagementState> dictionary when dictionary.GetType() == typeof(Dictionary<TKey, EngagementState>) => SweepDictionary(dictionary, now),
            KeyValuePair<TKey, EngagementState>[] array => SweepArray(array, now),
            _ => Sweep(engagements, now),
        };

        static IEnumerable<KeyValuePair<TKey, Assessment>> SweepDictionary(Dictionary<TKey, EngagementState> engagements, Instant now)
#pragma warning restore CS8714
        {
            foreach (var engagement in engagements)
            {
                if (DueAssessment(engagement.Value, nameof(engagements), now) is { } assessment)
                {
                    yield return new KeyValuePair<TKey, Assessment>(engagement.Key, assessment);
                }
            }
        }

        static IEnumerable<KeyValuePair<TKey, Assessment>> SweepArray(KeyValuePair<TKey, EngagementState>[] engagements, Instant now)
        {
            for (var i = 0; i < engagements.Length; i++)
            {
                // Each entry read once, as an enumerator would: its key and its state belong together.
                var engagement = engagements[i];
                if (DueAssessment(engagement.Value, nameof(engagements), now) is { } assessment)
                {
                    yield return new KeyValuePair<TKey, Assessment>(engagement.Key, assessment);
                }
            }
        }

        static IEnumerable<KeyValuePair<TKey, Assessment>> Sweep(IEnumerable<KeyValuePair<TKey, EngagementState>> engagements, Instant now)
        {
            foreach (var engagement in engagements)
            {
                if (DueAssessment(engagement.Value, nameof(engagements), now) is { } assessment)
                {
                    yield return new KeyValuePair<TKey, Assessment>(engagement.Key, assessment);
                }
            }
        }
    }

    /// <summary>
    /// The position of the first engagement from <paramref name="from"/> on whose next attention has come, and that
    /// engagement as read there (once, as an enumerator would); the length and null when none has. A loop of its own,
    /// outside the iterator: nothing of the iterator's is read or written per engagement.
    /// </summary>
    private static int NextToAssess(EngagementState[] states, int from, Instant now, out EngagementState? due)
    {
        for (var i = from; i < states.Length; i++)
        {
            var state = Preconditions.CheckNotNull(states[i], nameof(states));
            if (state.NextAttentionRaw <= now)
            {
                due = state;
                return i;
            }
        }

        due = null;
        return states.Length;
    }

    /// <summary>The assessment of one engagement of a sweep when something is due; null when nothing is (most often one comparison).</summary>
    private static Assessment? DueAssessment(EngagementState? state, string paramName, Instant now)
    {
        var checkedState = Preconditions.CheckNotNull(state, paramName);
        return checkedState.NextAttentionRaw <= now && Assessed(checkedState, now, standingsWhenRead: true) is { HasAnythingDue: true } assessment ? assessment : null;
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

        var earliest = new LocalDate?[agreement.Stages.Count];
        var counterpart = obligation.Party.Counterpart;
        var leadTime = agreement.RestartLeadTimeOf(counterpart);
        if (paused && leadTime > 0)
        {
            if (agreement.IndexOfNextStageOf(counterpart, index) is var restarted and >= 0)
            {
                var counterpartCalendar = agreement.CalendarOf(counterpart);
                earliest[restarted] = Replanning.RestartsOn(counterpartCalendar, comesBack, leadTime);
            }
        }

        var finishes = new StageFinish?[agreement.Stages.Count];
        for (var i = 0; i < index; i++)
        {
            if (plan.Stages[i].FinishedOn is { } finishedOn)
            {
                finishes[i] = new StageFinish(finishedOn, agreement.CalendarOf(plan.Stages[i].Owner).EndOfWorkingDay(finishedOn));
            }
        }

        finishes[index] = new StageFinish(delivered, calendar.EndOfWorkingDay(delivered));
        var shifted = Scheduler.Compute(agreement, plan.Start, new StageActuals(finishes, earliest), plan);

        var due = new List<FallingDue.Candidate>();
        for (var r = 0; r < obligation.Ladder.Rules.Count; r++)
        {
            var rule = obligation.Ladder.Rules[r];
            var threshold = obligation.Ladder.EffectiveThresholdOf(rule);
            if (threshold > businessDaysLate || (rule.Kind.FallsDueOnRestart && !paused) || obligation.ReachedAt(threshold) is not { } reached)
            {
                continue;
            }

            var at = rule.Kind.FallsDueOnRestart ? comesBack : FallingDue.Max(reached, obligation.OpenedAt);
            due.Add(new FallingDue.Candidate(obligation, 0, r, rule, threshold, at));
        }

        due.Sort();
        var items = new List<DueConsequence>(due.Count);
        foreach (var priced in FallingDue.Priced(agreement, due, new FallingDue.CapTally(null)))
        {
            // A simulation tells each item at the moment it would fall due.
            items.Add(Describe(agreement, shifted, priced, priced.At, engagement: null));
        }

        return new Simulation(stage, obligation.Party, businessDaysLate, plan.Stages[index].Due, delivered, items, plan.End, shifted.End);
    }

    /// <summary>
    /// Reads, in one tight loop, what an assessment reads of every stage (its progress and its planned dates). A nightly
    /// sweep assesses engagements the processor has not read lately, and each stage's records sit apart in memory: read
    /// as the assessment reaches them, one stage at a time, their fetches from memory queue up one behind the other; read
    /// here first, they overlap. A tenth of a million-engagement sweep, nothing for an engagement already in cache.
    /// </summary>
    private static void ReadAhead(EngagementState state)
    {
        if (state.Plan is not { } plan)
        {
            return;
        }

        var stages = state.Stages;
        var read = 0;
        for (var i = 0; i < stages.Count && i < plan.Stages.Count; i++)
        {
            read += stages[i].Round + plan.Stages[i].Due.Day;
        }

        Keep(read);
    }

    /// <summary>Takes a value read only for its memory's sake, so that the compiler keeps the reads that made it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Keep(int read)
    {
    }

    /// <summary>
    /// Where the plan ends if a late stage is delivered on <paramref name="day"/>; for a payment, or a stage already
    /// delivered, where the plan ends now. Null where that plan would end after the last date the library can work with
    /// (the explanation then names no end).
    /// </summary>
    private static LocalDate? EndIfDeliveredOn(EngagementState state, FallingDue.Candidate candidate, LocalDate day)
    {
        if (candidate.Obligation.StageIndex < 0 || state.Plan is null || candidate.Obligation.FulfilledAt.HasValue)
        {
            return state.Plan?.End;
        }

        try
        {
            return Replanning.Replanned(state, candidate.Obligation.StageIndex, new StageFinish(day, candidate.Obligation.Calendar.EndOfWorkingDay(day))).End;
        }
        catch (Exception e) when (BeyondSupportedDatesException.IsEndOfCalendar(e))
        {
            return null;
        }
    }

    /// <summary>The first business day on or after the party's date at <paramref name="at"/>: the earliest a late stage read then can still be delivered.</summary>
    private static LocalDate? DeliveryDay(Obligation obligation, Instant at) =>
        obligation.Calendar.BusinessDayOnOrAfter(obligation.Calendar.ToLocalDate(at));

    /// <summary>A due item with its explanation, worded when first read from the facts true at <paramref name="readAt"/>.</summary>
    /// <param name="agreement">The agreement the dates are worked out from.</param>
    /// <param name="plan">The plan as it stands.</param>
    /// <param name="due">The item, priced.</param>
    /// <param name="readAt">When the explanation is read: what it says is true then (the lateness, "today", the end a delivery would lead to).</param>
    /// <param name="engagement">
    /// The engagement assessed, whose plan a late delivery would re-date (asked only for a schedule shift); null for a
    /// simulation, whose <paramref name="plan"/> is already the one the late delivery leads to.
    /// </param>
    private static DueConsequence Describe(Agreement agreement, Plan? plan, FallingDue.Due due, Instant readAt, EngagementState? engagement)
    {
        var obligation = due.Obligation;
        var rule = due.Rule;
        var preferences = agreement.PreferencesOf(obligation.Party);
        var escalateTo = rule.Kind == ConsequenceKind.Escalation ? rule.ContactRole ?? preferences.EscalationContact : null;
        var explanation = new Sentence("consequence.explanation", new Explanation(agreement, plan, due, readAt, engagement, escalateTo), preferences.Language);
        return new DueConsequence(
            obligation.Key, obligation.Party, obligation.Round, rule, due.At, due.BusinessDaysLate, due.Amount, due.AmountBeforeCap, due.CappedBy, explanation, preferences.PreferredChannel, escalateTo);
    }

    /// <summary>What a due item's explanation states, kept as it was when assessed until the explanation is first read.</summary>
    private sealed class Explanation : Sentence.IFactSource
    {
        private readonly Agreement _agreement;
        private readonly Plan? _plan;
        private readonly FallingDue.Due _due;
        private readonly Instant _readAt;
        private readonly EngagementState? _engagement;
        private readonly string? _escalateTo;

        public Explanation(Agreement agreement, Plan? plan, FallingDue.Due due, Instant readAt, EngagementState? engagement, string? escalateTo)
        {
            _agreement = agreement;
            _plan = plan;
            _due = due;
            _readAt = readAt;
            _engagement = engagement;
            _escalateTo = escalateTo;
        }

        public IReadOnlyList<Fact> StateFacts() => ExplanationFacts(_agreement, _plan, _due, _readAt, _engagement, _escalateTo);
    }

    /// <summary>
    /// What a due reminder or consequence's explanation says, true at <paramref name="readAt"/>: who is late with what,
    /// since when and by how much as counted then (or when the count stopped: delivery, payment, the end of the
    /// engagement, a hold), and what follows (the end a schedule shift leads to, the restart lead time, the amount and
    /// any cap). The rule's threshold is stated only where it is the point: the lateness a pause began at.
    /// </summary>
    private static List<Fact> ExplanationFacts(
        Agreement agreement, Plan? plan, FallingDue.Due due, Instant readAt, EngagementState? engagement, string? escalateTo)
    {
        var obligation = due.Obligation;
        var rule = due.Rule;
        var calendar = obligation.Calendar;
        var dueDate = obligation.Due!.Value;
        // Lateness stops growing when the party delivers or pays, or when the count stops (the end, a hold).
        var asOf = readAt < obligation.Cutoff ? readAt : obligation.Cutoff;
        var asOfDate = calendar.ToLocalDate(asOf);
        var late = asOfDate < dueDate ? -calendar.BusinessDaysBetween(asOfDate, dueDate) : obligation.BusinessDaysLateAt(asOf);
        // Sized for the most a sentence states, so the list is allocated once and handed over as it is.
        var facts = new List<Fact>(24)
        {
            Fact.Of("rule", rule),
            Fact.Of("party", agreement.PartyOf(obligation.Party).Name),
            Fact.Of("other", agreement.PartyOf(obligation.Party.Counterpart).Name),
            Fact.Of("obligation", obligation.Key),
            Fact.Of("due", dueDate),
            Fact.Of("today", calendar.ToLocalDate(readAt)),
            Fact.Of("late", late),
            Fact.Of("threshold", due.BusinessDaysLate),
            Fact.Of("cameBack", calendar.ToLocalDate(due.At)),
        };
        LocalDate? shiftedEnd = null;
        if (obligation.FulfilledAt is { } fulfilledAt && fulfilledAt <= readAt)
        {
            facts.Add(Fact.Of("fulfilledOn", calendar.ToLocalDate(fulfilledAt)));
            shiftedEnd = plan?.End;
        }
        else if (obligation.Cutoff <= readAt)
        {
            facts.Add(Fact.Of("stopped", obligation.IsPastRound ? "sent-back" : obligation.OnHold ? "hold" : "end"));
        }
        else if (rule.Kind == ConsequenceKind.ScheduleShift && DeliveryDay(obligation, FallingDue.Max(readAt, due.At)) is { } deliveredOn)
        {
            facts.Add(Fact.Of("deliveredOn", deliveredOn));
            shiftedEnd = engagement is null ? plan?.End : EndIfDeliveredOn(engagement, due.Candidate, deliveredOn);
        }

        AddObligationFacts(facts, agreement, obligation);
        if (obligation.Ladder.GraceBusinessDays > 0 && due.BusinessDaysLate > rule.BusinessDaysOverdue)
        {
            facts.Add(Fact.Of("grace", obligation.Ladder.GraceBusinessDays));
        }

        if (escalateTo is not null)
        {
            facts.Add(Fact.Of("escalateTo", escalateTo));
        }

        if (rule.Kind == ConsequenceKind.ScheduleShift && shiftedEnd is { } end && plan is not null)
        {
            facts.Add(Fact.Of("shiftedEnd", end));
            facts.Add(Fact.Of("baselineEnd", plan.Stages[plan.Stages.Count - 1].BaselineDue));
        }

        if (rule.Kind == ConsequenceKind.RestartLeadTime)
        {
            facts.Add(Fact.Of("leadTime", agreement.RestartLeadTimeOf(obligation.Party.Counterpart)));
            if (plan is not null && obligation.StageIndex >= 0 && agreement.IndexOfNextStageOf(obligation.Party.Counterpart, obligation.StageIndex) is var next and >= 0)
            {
                facts.Add(Fact.Of("nextStage", agreement.Stages[next].Name));
                facts.Add(Fact.Of("nextStart", plan.Stages[next].Start));
            }
        }

        if (due.Amount is { } amount)
        {
            facts.Add(Fact.Of("amount", amount));
            facts.Add(Fact.Of("amountBeforeCap", due.AmountBeforeCap!));
        }

        if (due.CappedBy is { } cappedBy)
        {
            facts.Add(Fact.Of("cappedBy", cappedBy));
            facts.Add(Fact.Of("cap", due.Cap!));
        }

        return facts;
    }

    /// <summary>What names an obligation in a sentence: the stage's title, the payment's amount (and stage), or the message a reply answers.</summary>
    private static void AddObligationFacts(List<Fact> facts, Agreement agreement, Obligation obligation)
    {
        if (obligation.Key.Stage is { } stage && agreement.FindStage(stage) is { } found)
        {
            facts.Add(Fact.Of("stage", found.Name));
        }

        if (obligation.Key.Kind.IsPayment && obligation.Basis is { } basis)
        {
            facts.Add(Fact.Of("basis", basis));
        }

        if (obligation.Message is { } message)
        {
            facts.Add(Fact.Of("sender", agreement.PartyOf(message.From).Name));
            facts.Add(Fact.Of("channel", message.Channel));
            facts.Add(Fact.Of("arrivedAt", message.ArrivedAt.InZone(obligation.Calendar.Zone).LocalDateTime));
        }
    }
}
