using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// One thing a party owes by a date, as the assessment sees it: a stage or a payment, with its due
/// date, the ladder that applies, and the window in which its rules can fall due.
/// </summary>
internal sealed record Obligation
{
    // An assessment makes one of these for every stage, payment and message, so it keeps its optional values bare with a
    // bit each for whether they are there, and its flags in the same word (PresenceBits): 136 bytes rather than 176.
    private const int DueBit = 1, FulfilledBit = 2, OpenBit = 4, PastRoundBit = 8, LapseBit = 16, OnHoldBit = 32;

    private int _flags;
    private LocalDate _due;
    private Instant _fulfilledAt;
    private Instant _openedAt;
    private Instant _cutoff = Instant.MaxValue;

    private Obligation(ObligationKey key, PartyRole party, ConsequenceLadder ladder, BusinessCalendar calendar, int dueSoon)
    {
        Key = key;
        Party = party;
        Ladder = ladder;
        Calendar = calendar;
        DueSoonBusinessDays = dueSoon;
    }

    public ObligationKey Key { get; }

    public PartyRole Party { get; }

    public ConsequenceLadder Ladder { get; }

    public BusinessCalendar Calendar { get; }

    public int DueSoonBusinessDays { get; }

    /// <summary>Which stretch of its stage (see <see cref="StageProgress.Round"/>); 0 for payments.</summary>
    public int Round { get; private init; }

    /// <summary>Whether it is an earlier stretch of a stage, ended by a revision: only its fees and credits can still be due.</summary>
    public bool IsPastRound { get => PresenceBits.Has(_flags, PastRoundBit); private init => PresenceBits.Set(ref _flags, PastRoundBit, value); }

    /// <summary>The index of the stage in the agreement; -1 for payments.</summary>
    public int StageIndex { get; private init; } = -1;

    /// <summary>
    /// The due date, on a business day of the party: a date agreed on a day off counts as the next
    /// business day. Null while it has none (a payment not yet invoiced, or a date beyond the calendar's range).
    /// </summary>
    public LocalDate? Due
    {
        get => PresenceBits.Get(_flags, DueBit, _due);
        private init => _due = PresenceBits.Set(ref _flags, DueBit, value);
    }

    /// <summary>
    /// When it is due: for a reply, the instant the message holds (moved only by force majeure on its day); else the end
    /// of the due date's working hours. Worked out when read, not kept: working out when something next falls due never
    /// needs it, and an assessment reads it once per obligation.
    /// </summary>
    public Instant? DueAt => TryDueAt(out var dueAt) ? dueAt : null;

    /// <summary><see cref="DueAt"/> without an optional instant on the way: false while there is no due date.</summary>
    public bool TryDueAt(out Instant dueAt)
    {
        if (Message is { } message)
        {
            dueAt = CommunicationAgenda.ReplyDueAt(message, Calendar);
            return true;
        }

        var has = PresenceBits.Has(_flags, DueBit);
        dueAt = has ? Calendar.EndOfWorkingDay(_due) : default;
        return has;
    }

    /// <summary>Whether it is or was the party's turn: the stage is current or done, the payment invoiced.</summary>
    public bool IsOpen { get => PresenceBits.Has(_flags, OpenBit); private init => PresenceBits.Set(ref _flags, OpenBit, value); }

    /// <summary>When the party's turn began: no rule falls due before it.</summary>
    public Instant OpenedAt { get => _openedAt; private init => _openedAt = value; }

    /// <summary>When it was delivered or paid; null while it is not.</summary>
    public Instant? FulfilledAt
    {
        get => PresenceBits.Get(_flags, FulfilledBit, _fulfilledAt);
        private init => _fulfilledAt = PresenceBits.Set(ref _flags, FulfilledBit, value);
    }

    /// <summary><see cref="FulfilledAt"/> without an optional instant on the way: false while it is not delivered or paid.</summary>
    public bool TryFulfilledAt(out Instant at) => PresenceBits.TryGet(_flags, FulfilledBit, _fulfilledAt, out at);

    /// <summary>No rule falls due after this instant: delivery, payment, termination, or a pause the other side caused.</summary>
    public Instant Cutoff { get => _cutoff; private init => _cutoff = value; }

    /// <summary>Whether rules without money have lapsed: it was delivered or paid, or the engagement ended.</summary>
    public bool NonAmountsLapse { get => PresenceBits.Has(_flags, LapseBit); private init => PresenceBits.Set(ref _flags, LapseBit, value); }

    /// <summary>Whether it waits on a pause the other side caused.</summary>
    public bool OnHold { get => PresenceBits.Has(_flags, OnHoldBit); private init => PresenceBits.Set(ref _flags, OnHoldBit, value); }

    /// <summary>What a percentage is of: the stage's price, or the payment.</summary>
    public Money? Basis { get; private init; }

    /// <summary>Every obligation of the engagement: its stages in order, then the client's payments.</summary>
    /// <param name="state">The engagement.</param>
    /// <param name="openOnly">
    /// Only those a rule can still fall due for: the stages and payments that are or were the party's turn
    /// (<see cref="IsOpen"/>), and the replies still owed (a reply ladder carries no money, so nothing of an answered
    /// message can fall due). All that working out the next instant of attention needs on every milestone, and what keeps
    /// a long stream's replay linear in its messages.
    /// </param>
    public static List<Obligation> Of(EngagementState state, bool openOnly = false) => Of(state, openOnly, standings: null);

    /// <summary>
    /// For an assessment: the obligations a rule may fall due for, or that are done (every one but the stages and payments
    /// not yet the party's turn), and the standing at <paramref name="now"/> of every obligation but past rounds, in the
    /// order <see cref="Of(EngagementState, bool)"/> gives them. A stage or payment not yet the party's turn is only a
    /// standing: no rule falls due for it, and an assessment makes no obligation it would not read.
    /// </summary>
    public static List<Obligation> Of(EngagementState state, Instant now, out ObligationStanding[] standings)
    {
        var collected = state.AgreementForDates is { } agreement ? new Standings(state, agreement, now) : null;
        var list = Of(state, openOnly: false, collected);
        standings = collected?.ToArray() ?? Array.Empty<ObligationStanding>();
        return list;
    }

    /// <summary>
    /// For an assessment that leaves its standings for when they are first read (a sweep's): the obligations
    /// <see cref="Of(EngagementState, Instant, out ObligationStanding[])"/> gives, in the same order, without the standings.
    /// </summary>
    public static List<Obligation> ForAssessment(EngagementState state) => Of(state, openOnly: false, Standings.None);

    /// <summary>
    /// The standings at <paramref name="now"/> that <see cref="Of(EngagementState, Instant, out ObligationStanding[])"/>
    /// gives, from the obligations <see cref="ForAssessment"/> found for the same state: those are read again, not built again.
    /// </summary>
    public static ObligationStanding[] StandingsOf(EngagementState state, Instant now, List<Obligation> found)
    {
        if (state.AgreementForDates is not { } agreement)
        {
            return Array.Empty<ObligationStanding>();
        }

        var collected = new Standings(state, agreement, now, found);
        Of(state, openOnly: false, collected);
        return collected.ToArray();
    }

    private static List<Obligation> Of(EngagementState state, bool openOnly, Standings? standings)
    {
        if (state.AgreementForDates is not { } agreement)
        {
            return new List<Obligation>();
        }

        // Sized for what it holds: stages, payments (deposit, milestones, final), replies, past rounds and chased acceptances.
        var messages = openOnly ? state.Communication.UnansweredCount : state.Communication.Messages.Count;
        var list = new List<Obligation>(
            agreement.Stages.Count + (agreement.PaymentTerms?.Milestones.Count ?? 0) + 2 + messages + state.ClosedRounds.Count + state.AnsweredAcceptances.Count
            + (agreement.AcceptanceWindows.WhenClosed == WindowClosingPolicy.Chases ? agreement.Stages.Count : 0));

        if (state.Plan is { } plan)
        {
            AddStages(state, agreement, plan, list, openOnly, standings);
        }

        if (agreement.PaymentTerms is { } terms)
        {
            AddPayments(state, agreement, terms, list, openOnly, standings);
        }

        AddReplies(state, agreement, list, openOnly, standings);
        AddAcceptances(state, agreement, list, standings);

        foreach (var round in state.ClosedRounds)
        {
            // A past round has no standing: only its fees and credits can still be due.
            var stage = agreement.Stages[round.StageIndex];
            var policy = agreement.ConsequencePolicyOf(stage.Owner);
            var calendar = agreement.CalendarOf(stage.Owner);
            list.Add(standings?.Reused() ?? new Obligation(stage.ObligationKey, stage.Owner, policy.LadderFor(stage.Key), calendar, policy.DueSoonBusinessDays)
            {
                StageIndex = round.StageIndex,
                Round = round.Round,
                IsPastRound = true,
                Basis = stage.Price,
                Due = calendar.BusinessDayOnOrAfter(round.Due),
                IsOpen = true,
                OpenedAt = round.OpenedAt,
                FulfilledAt = round.Delivered ? round.ClosedAt : null,
                Cutoff = round.ClosedAt,
                NonAmountsLapse = true,
            });
        }

        return list;
    }

    /// <summary>Where it stands at <paramref name="now"/>: for <see cref="Assessor.Assess"/>.</summary>
    public ObligationStanding StandingAt(Instant now)
    {
        // Plain instants throughout (an optional one is copied through memory at each step): every assessment asks this of
        // every obligation.
        Timeliness timeliness;
        var late = 0;
        var hasDueAt = TryDueAt(out var dueAt);
        if (!IsOpen)
        {
            timeliness = Timeliness.NotStarted;
        }
        else if (TryFulfilledAt(out var fulfilled))
        {
            var afterDue = hasDueAt && fulfilled > dueAt;
            late = afterDue ? BusinessDaysLateAt(fulfilled) : 0;
            timeliness = afterDue ? Timeliness.DoneLate : Timeliness.Done;
        }
        else if (OnHold)
        {
            timeliness = Timeliness.OnHold;
        }
        else
        {
            // Once the engagement has ended, lateness stops growing.
            var asOf = now < Cutoff ? now : Cutoff;
            if (hasDueAt && asOf > dueAt)
            {
                timeliness = Timeliness.Overdue;
                late = BusinessDaysLateAt(asOf);
            }
            else
            {
                timeliness = ReachedAt(-DueSoonBusinessDays) is { } soon && asOf >= soon ? Timeliness.DueSoon : Timeliness.OnTrack;
            }
        }

        return new ObligationStanding(Key, Party, timeliness, Due, hasDueAt ? dueAt : null, late, Round);
    }

    /// <summary>For a reply, the message it answers.</summary>
    public TrackedMessage? Message { get; private init; }

    /// <summary>
    /// The replies owed: each message recorded, due at its exact instant (its date, on the recipient's
    /// business day, is what the reply ladder counts from), open from its arrival until the reply.
    /// </summary>
    private static void AddReplies(EngagementState state, Agreement agreement, List<Obligation> list, bool unansweredOnly, Standings? standings)
    {
        var log = state.Communication;
        if ((unansweredOnly ? log.UnansweredCount : log.Messages.Count) == 0)
        {
            // Most engagements a sweep assesses exchanged no message, or answered them all: no enumerator for nothing.
            return;
        }

        foreach (var message in unansweredOnly ? log.Unanswered : log.Messages)
        {
            var party = message.To;
            var policy = agreement.ConsequencePolicyOf(party);
            var calendar = agreement.CalendarOf(party);
            var repliedAt = message.Reply?.RepliedAt;
            var replyDay = CommunicationAgenda.ReplyDay(message, calendar);
            Found(list, standings, standings?.Reused() ?? new Obligation(ObligationKey.Reply(message.Id), party, policy.Replies, calendar, policy.DueSoonBusinessDays)
            {
                Message = message,
                Due = calendar.BusinessDayOnOrAfter(replyDay),
                IsOpen = true,
                OpenedAt = message.ArrivedAt,
                FulfilledAt = repliedAt,
                Cutoff = repliedAt ?? state.TerminatedAt ?? Instant.MaxValue,
                NonAmountsLapse = repliedAt.HasValue || state.TerminatedAt.HasValue,
            });
        }
    }

    /// <summary>Whether the agreement chases the client's acceptance of <paramref name="stage"/>: it gives the stage a window and chases when it closes.</summary>
    public static bool ChasesAcceptanceOf(Agreement agreement, Stage stage) =>
        agreement.AcceptanceWindows.WhenClosed == WindowClosingPolicy.Chases && stage.Owner == PartyRole.Provider
        && agreement.AcceptanceWindows.BusinessDaysFor(stage.Key) is not null;

    /// <summary>
    /// The client's acceptances the agreement chases (<see cref="WindowClosingPolicy.Chases"/>): for each provider's
    /// stage with a window, every round handed over; due on the window's last day in the client's calendar, chased with
    /// the client's ladder for the stage, open from the handoff until the client accepts it (or moves on, which accepts
    /// it) or asks for a revision. While the provider's pause holds the window, it is on hold.
    /// </summary>
    private static void AddAcceptances(EngagementState state, Agreement agreement, List<Obligation> list, Standings? standings)
    {
        var windows = agreement.AcceptanceWindows;
        if (windows.WhenClosed != WindowClosingPolicy.Chases || !windows.HasAny)
        {
            return;
        }

        var policy = agreement.ClientConsequencePolicy;
        var calendar = agreement.Client.Calendar;
        foreach (var answered in state.AnsweredAcceptances)
        {
            var stage = agreement.Stages[answered.StageIndex];
            list.Add(standings?.Reused() ?? Acceptance(state, stage, policy, calendar, answered.Round, answered.HandedOffAt, windows.BusinessDaysFor(stage.Key)!.Value) with
            {
                IsPastRound = true,
                FulfilledAt = answered.AnsweredAt,
                Cutoff = answered.AnsweredAt,
                NonAmountsLapse = true,
            });
        }

        var lastPause = state.Pauses.Count > 0 ? state.Pauses[state.Pauses.Count - 1] : null;
        var pending = OpenAcceptance.Pending(state);
        for (var i = 0; i < agreement.Stages.Count; i++)
        {
            var stage = agreement.Stages[i];
            var progress = state.Stages[i];
            if (!ChasesAcceptanceOf(agreement, stage) || progress.Status != StageStatus.Done || progress.FinishedAt is not { } handedOffAt
                || (progress.AcceptedAt is null && !pending.Contains(i)))
            {
                // Not handed over, or no longer answerable (nothing accepts it any more): nothing to chase.
                continue;
            }

            if (standings?.Reused() is { } reused)
            {
                Found(list, standings, reused);
                continue;
            }

            var acceptance = Acceptance(state, stage, policy, calendar, progress.Round, handedOffAt, windows.BusinessDaysFor(stage.Key)!.Value);
            var onHold = progress.AcceptedAt is null && state.Phase == EngagementPhase.Paused && lastPause is { Until: null } && lastPause.CausedBy == PartyRole.Provider
                && lastPause.From >= handedOffAt;
            Found(list, standings, acceptance with
            {
                FulfilledAt = progress.AcceptedAt,
                Cutoff = progress.AcceptedAt ?? state.TerminatedAt ?? (onHold ? lastPause!.From : Instant.MaxValue),
                NonAmountsLapse = progress.AcceptedAt.HasValue || state.TerminatedAt.HasValue,
                OnHold = onHold,
            });
        }
    }

    private static Obligation Acceptance(EngagementState state, Stage stage, ConsequencePolicy policy, BusinessCalendar calendar, int round, Instant handedOffAt, int days) =>
        new(ObligationKey.Acceptance(stage.Key), PartyRole.Client, policy.LadderFor(stage.Key), calendar, policy.DueSoonBusinessDays)
        {
            Round = round,
            Basis = stage.Price,
            Due = OpenAcceptance.LastDay(state, calendar, handedOffAt, days, out _),
            IsOpen = true,
            OpenedAt = handedOffAt,
        };

    /// <summary>A stage of a plan as if it were the party's turn now: for <see cref="Assessor.Simulate"/>.</summary>
    public static Obligation Simulated(Agreement agreement, Plan plan, int index)
    {
        var stage = agreement.Stages[index];
        var planned = plan.Stages[index];
        var policy = agreement.ConsequencePolicyOf(stage.Owner);
        var calendar = agreement.CalendarOf(stage.Owner);
        return new Obligation(stage.ObligationKey, stage.Owner, policy.LadderFor(stage.Key), calendar, policy.DueSoonBusinessDays)
        {
            StageIndex = index,
            Basis = stage.Price,
            Due = calendar.BusinessDayOnOrAfter(planned.Due),
            IsOpen = true,
            OpenedAt = calendar.StartOfWorkingDay(planned.Start),
        };
    }

    /// <summary>The instant the party reaches <paramref name="businessDaysOverdue"/> (its first working hour that day); null when out of the calendar's range.</summary>
    public Instant? ReachedAt(int businessDaysOverdue)
    {
        if (Due is not { } due)
        {
            return null;
        }

        // Thousands of business days from a due date near the year 9999: that day never comes.
        return Calendar.TryStartOfWorkingDayAfter(due, businessDaysOverdue, out var start) ? start : null;
    }

    /// <summary>Business days after the due date whose working hours had begun by <paramref name="at"/>.</summary>
    public int BusinessDaysLateAt(Instant at) => Due is { } due ? Calendar.BusinessDaysLateAt(due, at) : 0;

    private static void AddStages(EngagementState state, Agreement agreement, Plan plan, List<Obligation> list, bool openOnly, Standings? standings)
    {
        // Every assessment runs this for every stage: it keeps to plain instants (an optional one is copied through memory
        // at each step) and sets what a stage's progress decides with Open, once the stage is known to be open.
        var terminated = state.TerminatedAt.HasValue;
        var terminatedAt = state.TerminatedAt.GetValueOrDefault();
        var lastPause = state.Pauses.Count > 0 ? state.Pauses[state.Pauses.Count - 1] : null;
        var openPause = state.Phase == EngagementPhase.Paused && lastPause is { Until: null } ? lastPause : null;
        for (var i = 0; i < agreement.Stages.Count; i++)
        {
            var progress = state.Stages[i];
            var done = progress.Status == StageStatus.Done;
            var current = !done && i == state.CurrentStageIndex;
            if (openOnly && !done && !current)
            {
                continue;
            }

            var stage = agreement.Stages[i];
            var planned = plan.Stages[i];
            var calendar = agreement.CalendarOf(stage.Owner);
            if (standings is not null && !done && !current)
            {
                // Not yet its owner's turn: for an assessment, only where it stands (if it keeps standings).
                if (standings.Keeps)
                {
                    standings.NotStarted(stage.ObligationKey, stage.Owner, calendar, calendar.BusinessDayOnOrAfter(progress.DueBy ?? planned.Due), progress.Round);
                }

                continue;
            }

            if (standings?.Reused() is { } reused)
            {
                Found(list, standings, reused);
                continue;
            }

            var policy = agreement.ConsequencePolicyOf(stage.Owner);
            var obligation = new Obligation(stage.ObligationKey, stage.Owner, policy.LadderFor(stage.Key), calendar, policy.DueSoonBusinessDays)
            {
                StageIndex = i,
                Round = progress.Round,
                Basis = stage.Price,
                Due = calendar.BusinessDayOnOrAfter(progress.DueBy ?? planned.Due),
            };

            if (done)
            {
                // Delivered: open from when the ball arrived, nothing falls due after delivery, and rules without money lapse.
                var finished = progress.FinishedAtOr(default);
                obligation.Open(progress.TryBallArrivedAt(out var arrived) ? arrived : finished, cutoff: finished, lapse: true, onHold: false);
                obligation._fulfilledAt = finished;
                obligation._flags |= FulfilledBit;
            }
            else if (current)
            {
                // The party's turn: open from when the ball arrived (or the planned start), until the end or a pause the other side caused.
                var onHold = openPause is not null && openPause.CausedBy != stage.Owner;
                obligation.Open(
                    progress.TryBallArrivedAt(out var arrived) ? arrived : calendar.StartOfWorkingDay(planned.Start),
                    cutoff: terminated ? terminatedAt : onHold ? openPause!.From : Instant.MaxValue,
                    lapse: terminated,
                    onHold);
            }

            Found(list, standings, obligation);
        }
    }

    /// <summary>Adds an obligation found, and its standing when an assessment keeps them.</summary>
    private static void Found(List<Obligation> list, Standings? standings, Obligation obligation)
    {
        list.Add(obligation);
        standings?.Of(obligation);
    }

    /// <summary>Makes a stage just built open: for <see cref="AddStages"/> only, before the obligation is handed to anyone (as an initializer would).</summary>
    private void Open(Instant openedAt, Instant cutoff, bool lapse, bool onHold)
    {
        _openedAt = openedAt;
        _cutoff = cutoff;
        _flags |= OpenBit | (lapse ? LapseBit : 0) | (onHold ? OnHoldBit : 0);
    }

    private static void AddPayments(EngagementState state, Agreement agreement, PaymentTerms terms, List<Obligation> list, bool openOnly, Standings? standings)
    {
        var policy = agreement.ClientConsequencePolicy;
        var calendar = agreement.Client.Calendar;

        void Add(ObligationKey key, Money amount, Instant? issuedAt, int days, Instant? paidAt, Instant? endedAt)
        {
            if (issuedAt.HasValue || (!openOnly && standings is null))
            {
                Found(list, standings, standings?.Reused() ?? Payment(key, amount, policy, calendar, issuedAt, days, paidAt, endedAt));
            }
            else if (standings is { Keeps: true })
            {
                // Not invoiced yet: for an assessment, only where it stands (not started, no due date).
                standings.NotStarted(key, PartyRole.Client, calendar, null, 0);
            }
        }

        // Once the engagement ends, a deposit never paid is no longer owed: no work depends on it.
        var deposit = terms.DepositAmount;
        if (!deposit.IsZero)
        {
            Add(ObligationKey.Deposit, deposit, state.SignedAt, terms.DepositDueDays, state.DepositReceivedAt, state.TerminatedAt);
        }

        for (var i = 0; i < terms.Milestones.Count; i++)
        {
            var key = terms.Milestones[i].ObligationKey;
            Add(key, terms.MilestoneAmount(i), state.ProgressOf(terms.Milestones[i].Stage)?.AcceptedAt, terms.Milestones[i].DueDays, state.PaidAt(key), null);
        }

        var final = terms.FinalPaymentAmount;
        if (final.Amount > 0m)
        {
            Add(ObligationKey.FinalPayment, final, state.CompletedAt, terms.FinalPaymentDueDays, state.PaidAt(ObligationKey.FinalPayment), null);
        }
    }

    /// <summary>
    /// A payment of the client's: once invoiced at <paramref name="issuedAt"/>, due <paramref name="days"/> calendar days
    /// later (on the client's next business day when that is not one); before that, or when that date is beyond the
    /// calendar's range, not yet open and without a due date.
    /// </summary>
    private static Obligation Payment(
        ObligationKey key, Money amount, ConsequencePolicy policy, BusinessCalendar calendar, Instant? issuedAt, int days, Instant? paidAt, Instant? endedAt)
    {
        if (issuedAt is not { } issued || calendar.ToLocalDate(issued) is not { Year: <= 9997 } issuedOn)
        {
            return new(key, PartyRole.Client, policy.Payments, calendar, policy.DueSoonBusinessDays) { Basis = amount };
        }

        return new(key, PartyRole.Client, policy.Payments, calendar, policy.DueSoonBusinessDays)
        {
            Basis = amount,
            IsOpen = true,
            OpenedAt = issued,
            Due = calendar.BusinessDayOnOrAfter(issuedOn.PlusDays(days)),
            FulfilledAt = paidAt,
            Cutoff = paidAt ?? endedAt ?? Instant.MaxValue,
            NonAmountsLapse = paidAt.HasValue || endedAt.HasValue,
        };
    }

    /// <summary>
    /// The standings of an assessment, in the order the obligations are found: each obligation's as it is added, and for a
    /// stage or payment not yet the party's turn, only its standing.
    /// </summary>
    private sealed class Standings
    {
        /// <summary>For an assessment that keeps no standings: its obligations skip what is not yet the party's turn all the same. Never changes.</summary>
        public static readonly Standings None = new();

        private readonly Instant _now;
        private readonly List<Obligation>? _found;
        private ObligationStanding[] _items;
        private int _count;
        private int _next;

        private Standings()
        {
            _items = Array.Empty<ObligationStanding>();
        }

        public Standings(EngagementState state, Agreement agreement, Instant now, List<Obligation>? found = null)
        {
            _now = now;
            _found = found;
            // Every stage (once planned), payment and message has one; chased acceptances add to it (then it grows).
            var terms = agreement.PaymentTerms;
            var payments = terms is null ? 0 : (terms.DepositAmount.IsZero ? 0 : 1) + terms.Milestones.Count + (terms.FinalPaymentAmount.Amount > 0m ? 1 : 0);
            _items = new ObligationStanding[(state.Plan is null ? 0 : agreement.Stages.Count) + payments + state.Communication.Messages.Count];
            Keeps = true;
        }

        /// <summary>Whether standings are kept: false for <see cref="None"/>.</summary>
        public bool Keeps { get; }

        /// <summary>
        /// When the obligations are those found before (<see cref="StandingsOf"/>): the next of them, as the same walk asks
        /// for each in the order it found them; otherwise null, and the walk builds it.
        /// </summary>
        public Obligation? Reused() => _found is null ? null : _found[_next++];

        /// <summary>The standing of an obligation just found, unless it is a past round.</summary>
        public void Of(Obligation obligation)
        {
            if (Keeps && !obligation.IsPastRound)
            {
                Add(obligation.StandingAt(_now));
            }
        }

        /// <summary>A stage or payment not yet the party's turn: not started, due on <paramref name="due"/> if it has a date.</summary>
        public void NotStarted(ObligationKey key, PartyRole party, BusinessCalendar calendar, LocalDate? due, int round) =>
            Add(new ObligationStanding(key, party, Timeliness.NotStarted, due, due is { } day ? calendar.EndOfWorkingDay(day) : null, 0, round));

        public ObligationStanding[] ToArray()
        {
            if (_count != _items.Length)
            {
                Array.Resize(ref _items, _count);
            }

            return _items;
        }

        private void Add(ObligationStanding standing)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
            }

            _items[_count++] = standing;
        }
    }
}
