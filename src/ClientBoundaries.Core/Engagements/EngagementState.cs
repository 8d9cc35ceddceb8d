using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Everything known about one running agreement, folded from its events: the phase, the current
/// plan (with its baseline), every stage's progress, who holds the ball and since when, the
/// ledger of handoffs, and how long each party has held the ball.
/// </summary>
/// <remarks>
/// <para>Get one from <see cref="EngagementDecider.Replay"/> or <see cref="EngagementDecider.Evolve(EngagementState, EngagementEvent)"/>,
/// starting from <see cref="Initial"/>. Every date in it is computed once, when the event that
/// sets it is applied; the queries here only add the still-open stretch of the current ball
/// holder up to the instant you ask about.</para>
/// <para>Immutable and thread-safe; two states are equal when everything in them is equal, so
/// replaying a stream gives a state equal to the one built step by step.</para>
/// </remarks>
public sealed record EngagementState
{
    // Evolve copies the state on every event (a replay changes its own in place for the commonest), so it holds only what
    // most events change (the version, the last instant, the stages, the conversation) and one reference to the rest, the
    // course of the engagement, which changes only at its milestones.
    private ValueList<StageProgress> _stages = ValueList<StageProgress>.Empty;
    private CommunicationLog _communication = CommunicationLog.Empty;
    private Course _course = Course.Start;

    // When something next needs attention, kept in the state itself so a sweep over many engagements reads one object
    // each. Known when _attentionPending is null; otherwise it is worked out when first read, by the function it holds
    // (this state is the one the last event that could move it left) or by asking the state it holds (made from that
    // one without moving it), then kept and the pending reference let go.
    private Instant _nextAttentionAt = Instant.MaxValue;
    private object? _attentionPending;

    // The fold this state was made in, if any (see NodeOwner): that fold moves it on in place, and changes in place one
    // stage's counters and the conversation. Not part of equality, and never copied: a `with` copy belongs to nobody
    // until the fold that made it takes it (MadeIn).
    private NodeOwner? _owner;

    // Whether the stages list is one that fold made for this very state: the fold then changes a stage in it in place.
    // Never copied: a `with` copy shares the list with the state it was copied from.
    private bool _stagesMadeInFold;

    private EngagementState()
    {
    }

    // The copy every `with` makes: everything as it was, and the next attention's answer when it is known, else the
    // state to ask for it (so a state that only moved the version on gives the answer its origin gives). A record's copy
    // constructor runs no field initializer: every field is set here.
    private EngagementState(EngagementState original)
    {
        Version = original.Version;
        LastEventAt = original.LastEventAt;
        _stages = original._stages;
        _communication = original._communication;
        _course = original._course;
        var pending = Volatile.Read(ref original._attentionPending);
        _nextAttentionAt = original._nextAttentionAt;
        _attentionPending = pending is null or EngagementState ? pending : original;
    }

    /// <summary>The state before the first event: <see cref="EngagementPhase.New"/>, version 0.</summary>
    public static EngagementState Initial { get; } = new();

    /// <summary>How many events have been applied; commands may carry it to detect a concurrent change.</summary>
    public int Version { get; private set; }

    /// <summary>When the last event happened; null before the first. Commands may not happen before it.</summary>
    public Instant? LastEventAt { get; private set; }

    /// <summary>Where the engagement is in its life.</summary>
    public EngagementPhase Phase => _course.Phase;

    /// <summary>The agreement as it now stands, from the first event (amendments included); null before it.</summary>
    public Agreement? Agreement => _course.Agreement;

    /// <summary>Every version of the agreement, in order: the one proposed, then one per amendment. Empty before the first event.</summary>
    public IReadOnlyList<Agreement> AgreementVersions => _course.History.Versions;

    /// <summary>
    /// Where the scope stands: every change request with its decision, goodwill used and left, the
    /// units and hours of each deliverable used, every change order and the accepted total.
    /// </summary>
    public ScopeLedger Scope => _course.Scope;

    /// <summary>
    /// How the two sides have been talking: meetings (held, recaps, cancelled), check-ins recorded,
    /// feedback requests and answers, the incidents the provider owned, and the messages owed a reply.
    /// </summary>
    public CommunicationLog Communication => _communication;

    /// <summary>
    /// The current plan, re-planned from every actual handoff, with the original dates kept as its
    /// baseline; null before the engagement is scheduled.
    /// </summary>
    public Plan? Plan => _course.Plan;

    /// <summary>Each stage's progress, in the agreement's order; empty before the first event.</summary>
    public IReadOnlyList<StageProgress> Stages => _stages;

    /// <summary>The stage being worked on (the first not handed off); null before scheduling and once every stage is done.</summary>
    public StageProgress? CurrentStage => CurrentStageIndex >= 0 && CurrentStageIndex < _stages.Count ? _stages[CurrentStageIndex] : null;

    /// <summary>Whose move it is, since when, what is expected and by when; null before scheduling and after the end.</summary>
    public BallHolder? Ball => _course.Ball;

    /// <summary>The ledger: every time the ball passed between the parties, in order.</summary>
    public IReadOnlyList<Handoff> Handoffs => _course.Handoffs;

    /// <summary>Every time the engagement was on hold, in order; the last is open while paused.</summary>
    public IReadOnlyList<PausePeriod> Pauses => _course.History.Pauses;

    /// <summary>The deposit received, or null while none has been.</summary>
    public Money? Deposit => _course.History.Deposit;

    /// <summary>Who ended the engagement early, or null.</summary>
    public PartyRole? TerminatedBy => _course.History.TerminatedBy;

    /// <summary>Why the engagement was ended early, or null.</summary>
    public string? TerminationReason => _course.History.TerminationReason;

    /// <summary>When the agreement was signed; null before.</summary>
    public Instant? SignedAt => _course.History.SignedAt;

    /// <summary>When the engagement was completed; null before. The final payment is invoiced then.</summary>
    public Instant? CompletedAt => _course.History.CompletedAt;

    /// <summary>The milestone and final payments received, in order (the deposit is <see cref="Deposit"/>).</summary>
    public IReadOnlyList<EngagementEvent.PaymentReceived> Payments => _course.History.Payments;

    /// <summary>Payments of change orders, fees and credits, and credits set off against other entries, in order.</summary>
    internal IReadOnlyList<Settlement> Settlements => _course.History.Settlements;

    /// <summary>The milestone or final payment received, or null while it is not.</summary>
    internal EngagementEvent.PaymentReceived? PaymentOf(ObligationKey payment)
    {
        foreach (var received in Payments)
        {
            if (received.Payment == payment)
            {
                return received;
            }
        }

        return null;
    }

    /// <summary>When a milestone or final payment was received, or credits set off against it covered it whole; null while neither.</summary>
    internal Instant? PaidAt(ObligationKey payment)
    {
        foreach (var received in Payments)
        {
            if (received.Payment == payment)
            {
                return received.At;
            }
        }

        if (_course.History.Settlements.Count == 0 || Agreement?.PaymentTerms is not { } terms || terms.AmountOf(payment) is not { } amount)
        {
            return null;
        }

        var key = OwedKey.Payment(payment);
        var credited = Money.Zero(amount.Currency);
        foreach (var settlement in _course.History.Settlements)
        {
            if (settlement.Against == key && settlement.Amount.Currency == amount.Currency)
            {
                credited += settlement.Amount;
                if (credited >= amount)
                {
                    return settlement.At;
                }
            }
        }

        return null;
    }

    /// <summary>What credits have settled of a ledger entry the other party owes, in its currency.</summary>
    internal Money CreditedAgainst(OwedKey entry, string currency)
    {
        var credited = Money.Zero(currency);
        foreach (var settlement in _course.History.Settlements)
        {
            if (settlement.Against == entry && settlement.Amount.Currency == currency)
            {
                credited += settlement.Amount;
            }
        }

        return credited;
    }

    /// <summary>Every reminder recorded as sent, in order.</summary>
    public IReadOnlyList<EngagementEvent.ReminderSent> RemindersSent => _course.RemindersSent;

    /// <summary>The reminders sent, with the rules recorded per obligation and round at hand.</summary>
    internal RecordedRules<EngagementEvent.ReminderSent> RecordedReminders => _course.RemindersSent;

    /// <summary>The consequences applied, with the rules recorded per obligation and round at hand.</summary>
    internal RecordedRules<EngagementEvent.ConsequenceApplied> RecordedConsequences => _course.ConsequencesApplied;

    /// <summary>Every consequence applied, in order, with the amounts owed.</summary>
    public IReadOnlyList<EngagementEvent.ConsequenceApplied> ConsequencesApplied => _course.ConsequencesApplied;

    /// <summary>Every period of force majeure recorded, in order.</summary>
    public IReadOnlyList<ForceMajeurePeriod> ForceMajeure => _course.History.ForceMajeure;

    /// <summary>
    /// The earliest instant at which a reminder or a consequence falls due, or something about how the
    /// two sides talk needs doing (a recap, a check-in, feedback, a follow-through), as things stand; null
    /// when nothing will unless something happens. A host can index it (wake the engagement up then) and
    /// <see cref="Assessor.AssessMany(IEnumerable{EngagementState}, Instant)"/> skips every engagement whose
    /// moment has not come with one comparison. It may be in the past: something fell due and has not been
    /// recorded yet.
    /// </summary>
    /// <remarks>
    /// Worked out the first time it is read, once per state, and kept: a replay pays for it only on the state
    /// it ends with, not on every event. Reading it from several threads at once is safe. A moment beyond the
    /// last date the library works with counts as never (null).
    /// </remarks>
    public Instant? NextAttentionAt => NextAttentionRaw == Instant.MaxValue ? null : NextAttentionRaw;

    /// <summary><see cref="NextAttentionAt"/>, with <see cref="Instant.MaxValue"/> for never.</summary>
    internal Instant NextAttentionRaw
    {
        get
        {
            var pending = Volatile.Read(ref _attentionPending);
            if (pending is null)
            {
                return _nextAttentionAt;
            }

            // Two threads may both work it out: the answer is the same, and the pending reference is let go only once it is stored.
            var at = pending is EngagementState origin ? origin.NextAttentionRaw : ((Func<EngagementState, Instant>)pending)(this);
            _nextAttentionAt = at;
            Volatile.Write(ref _attentionPending, null);
            return at;
        }
    }

    internal int CurrentStageIndex => _course.CurrentStageIndex;

    /// <summary>
    /// The agreement as dates are worked out: its calendars with every force majeure period closed; the agreement
    /// itself until one is recorded. Names, prices, scope and policies are read from <see cref="Agreement"/>; business
    /// days are counted under this one.
    /// </summary>
    internal Agreement? AgreementForDates => _course.AgreementForDates ?? _course.Agreement;

    internal Instant? DepositReceivedAt => _course.History.DepositReceivedAt;

    internal Instant? TerminatedAt => _course.History.TerminatedAt;

    internal IReadOnlyList<EarliestStart> EarliestStarts => _course.History.EarliestStarts;

    /// <summary>
    /// How long a party has held the ball up to a moment, in elapsed time and in its own business
    /// days: all the closed stretches, plus the open one if it holds the ball now.
    /// </summary>
    /// <param name="party">Provider or client.</param>
    /// <param name="asOf">The moment to count up to, normally now; a moment before the current stretch began adds nothing.</param>
    /// <returns>The time held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public BallTime BallTimeOf(PartyRole party, Instant asOf)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        var closed = party == PartyRole.Provider ? _course.ProviderHeld : _course.ClientHeld;
        if (Ball is not { } ball || ball.Party != party || asOf <= ball.Since || AgreementForDates is not { } terms)
        {
            return closed;
        }

        return closed.Plus(asOf - ball.Since, BusinessDaysHeld(terms.CalendarOf(party), ball.Since, asOf));
    }

    /// <summary>
    /// The business days of a stretch, as plans count them: from the first day whose working hours
    /// begin at or after <paramref name="from"/>, through the last day whose working hours began
    /// before <paramref name="until"/>. Consecutive stretches never count the same day twice, even
    /// when the ball changes hands at the very start of a working day.
    /// </summary>
    internal static int BusinessDaysHeld(BusinessCalendar calendar, Instant from, Instant until)
    {
        var last = calendar.ToLocalDate(until);
        if (until <= calendar.StartOfWorkingDay(last))
        {
            last = last.PlusDays(-1);
        }

        return BusinessDaysIn(calendar, Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, from), last);
    }

    /// <summary>The business days in [first, last], both included; 0 when last is before first.</summary>
    internal static int BusinessDaysIn(BusinessCalendar calendar, LocalDate first, LocalDate last) =>
        last < first ? 0 : calendar.BusinessDaysBetween(first, last) + (calendar.IsBusinessDay(first) ? 1 : 0);

    /// <summary>The progress of the stage with the given key, or null when the agreement has no such stage.</summary>
    /// <param name="stage">The stage key.</param>
    /// <returns>The progress, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public StageProgress? ProgressOf(StageKey stage)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        var index = IndexOf(stage);
        return index < 0 ? null : _stages[index];
    }

    /// <summary>How much of a deliverable's allowance is used and left: revision rounds, hours and units.</summary>
    /// <param name="deliverable">The deliverable.</param>
    /// <returns>The standing, or null when the agreement has no such deliverable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deliverable"/> is null.</exception>
    public AllowanceStanding? AllowanceOf(DeliverableKey deliverable)
    {
        Preconditions.CheckNotNull(deliverable, nameof(deliverable));
        if (Agreement?.Scope.FindDeliverable(deliverable) is not { } found)
        {
            return null;
        }

        var rounds = found.Stage is { } stage && ProgressOf(stage) is { } progress ? progress.Revisions : 0;
        return new AllowanceStanding(found, rounds, Scope.HoursUsedOf(deliverable), Scope.UnitsUsedOf(deliverable));
    }

    /// <summary>The hours a party logged over all stages.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public decimal LoggedHoursOf(PartyRole party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return _stages.Sum(s => s.HoursOf(party));
    }

    /// <summary>The business days by which a party's finished stages ran over their agreed lengths, added up.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>The overrun attributed to that party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public int OverrunBusinessDaysOf(PartyRole party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return _stages.Where(s => s.Owner == party).Sum(s => s.OverrunBusinessDays);
    }

    /// <summary>
    /// Whether two states describe the same engagement in the same moment of its life: the same version and last event,
    /// the same agreement, plan, stages, ball, ledger, payments, scope and conversation, and the same
    /// <see cref="NextAttentionAt"/>. A replayed state equals the one built event by event.
    /// </summary>
    /// <param name="other">The other state; null is never equal.</param>
    /// <returns>True when everything in them is equal, whichever of them was asked for <see cref="NextAttentionAt"/> first.</returns>
    public bool Equals(EngagementState? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Version == other.Version
                && LastEventAt == other.LastEventAt
                && _stages.Equals(other._stages)
                && _communication.Equals(other._communication)
                && _course.Equals(other._course)
                && NextAttentionRaw == other.NextAttentionRaw));

    /// <summary>A hash code consistent with <see cref="Equals(EngagementState)"/>: equal states give equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Version;
            hash = (hash * 397) ^ LastEventAt.GetHashCode();
            hash = (hash * 397) ^ _stages.GetHashCode();
            hash = (hash * 397) ^ _communication.GetHashCode();
            hash = (hash * 397) ^ _course.GetHashCode();
            return (hash * 397) ^ NextAttentionRaw.GetHashCode();
        }
    }

    /// <summary>The phase, the version and whose move it is.</summary>
    /// <returns>The state as text.</returns>
    public override string ToString() =>
        $"{Phase} v{Version}" + (Ball is { } ball ? $"; {ball}" : string.Empty);

    internal int IndexOf(StageKey stage)
    {
        // Keys are unique within an agreement, so one pass finds the stage: by the very key object the agreement holds,
        // which events made by the decider carry, or else by its text (a command's own key), in one comparison each.
        var text = stage.Value;
        for (var i = 0; i < _stages.Count; i++)
        {
            var key = _stages[i].Key;
            if (ReferenceEquals(key, stage) || string.Equals(key.Value, text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The state moved on by one event at <paramref name="at"/>: the version up by one, the last instant moved to
    /// <paramref name="at"/>. This very state, changed in place, when it was made in <paramref name="owner"/>'s fold; else
    /// a copy, made in that fold (in nobody's without an owner).
    /// </summary>
    /// <remarks>
    /// The last instant never moves back: a deemed acceptance is dated at its window's close, which may come before
    /// what was recorded since (a reminder about another stage, a message), and a command must still not be dated
    /// before what was recorded.
    /// </remarks>
    internal EngagementState Applied(Instant at, NodeOwner? owner)
    {
        var state = owner is not null && ReferenceEquals(_owner, owner) ? this : this with { _owner = owner };
        state.Version = Version + 1;
        state.LastEventAt = LastEventAt is { } last && last > at ? last : at;
        return state;
    }

    /// <summary>
    /// This state, which the caller has just made in <paramref name="owner"/>'s fold and handed to nobody, marked as made
    /// in it: the fold's next event then changes it in place instead of copying it again. A state already made in a fold
    /// stays in that one.
    /// </summary>
    internal EngagementState MadeIn(NodeOwner owner)
    {
        _owner ??= owner;
        return this;
    }

    /// <summary>
    /// One event that changes one stage only: a single, small copy of the state and of its list of stages, the hot path of
    /// a replay; none for a state made in <paramref name="owner"/>'s fold, changed in place, nor for its list once the fold
    /// has copied it. When something next falls due does not move: such an event changes nothing it reads.
    /// </summary>
    internal EngagementState AppliedToStage(int index, StageProgress progress, Instant at, NodeOwner? owner)
    {
        var state = Applied(at, owner);
        if (ReferenceEquals(state, this) && _stagesMadeInFold)
        {
            _stages.SetInPlace(index, progress);
            return this;
        }

        state._stages = _stages.SetItem(index, progress);
        state._stagesMadeInFold = owner is not null;
        return state;
    }

    internal EngagementState WithAgreement(Agreement agreement) =>
        this with
        {
            _course = _course with
            {
                Agreement = agreement,
                Phase = EngagementPhase.Proposed,
                Scope = new ScopeLedger(agreement.Scope),
                History = _course.History with { Versions = new ValueList<Agreement>(new[] { agreement }) },
            },
            _stages = PendingStagesOf(agreement),
        };

    private static ValueList<StageProgress> PendingStagesOf(Agreement agreement)
    {
        var stages = new StageProgress[agreement.Stages.Count];
        for (var i = 0; i < stages.Length; i++)
        {
            stages[i] = StageProgress.PendingFor(agreement.Stages[i]);
        }

        return ValueList<StageProgress>.Owning(stages);
    }

    internal EngagementState InPhase(EngagementPhase phase) => this with { _course = _course with { Phase = phase } };

    internal EngagementState WithDeposit(Money amount, Instant at) =>
        this with { _course = _course with { Phase = EngagementPhase.DepositReceived, History = _course.History with { Deposit = amount, DepositReceivedAt = at } } };

    internal EngagementState SignedOn(Instant at) => this with { _course = _course with { Phase = EngagementPhase.Signed, History = _course.History with { SignedAt = at } } };

    internal EngagementState CompletedOn(Instant at) => this with { _course = _course with { Phase = EngagementPhase.Completed, History = _course.History with { CompletedAt = at } } };

    internal EngagementState WithPayment(EngagementEvent.PaymentReceived payment) =>
        WithHistory(_course.History with { Payments = _course.History.Payments.Add(payment) });

    internal EngagementState WithSettlement(Settlement settlement) =>
        WithHistory(_course.History with { Settlements = _course.History.Settlements.Add(settlement) });

    internal EngagementState WithReminder(EngagementEvent.ReminderSent reminder) =>
        this with { _course = _course with { RemindersSent = _course.RemindersSent.Add(reminder, reminder.Obligation, reminder.Round, reminder.Rule) } };

    internal EngagementState WithConsequence(EngagementEvent.ConsequenceApplied consequence) =>
        this with { _course = _course with { ConsequencesApplied = _course.ConsequencesApplied.Add(consequence, consequence.Obligation, consequence.Round, consequence.Rule) } };

    /// <summary>Adds a force majeure period and closes its days in both parties' calendars (<see cref="AgreementForDates"/>).</summary>
    internal EngagementState WithForceMajeure(ForceMajeurePeriod period)
    {
        var periods = _course.History.ForceMajeure.Add(period);
        return this with { _course = _course with { AgreementForDates = ForDates(_course.Agreement!, periods), History = _course.History with { ForceMajeure = periods } } };
    }

    internal EngagementState WithScope(ScopeLedger scope) => this with { _course = _course with { Scope = scope } };

    private EngagementState WithHistory(History history) => this with { _course = _course with { History = history } };

    /// <summary>
    /// After an event that changed the conversation: the version and the last instant moved on as <see cref="Applied"/>
    /// moves them, the log replaced, and the next attention worked out by <paramref name="workOut"/> when first read, as
    /// <see cref="LeavingNextAttentionTo"/> leaves it; in one copy.
    /// </summary>
    internal EngagementState Communicated(CommunicationLog log, Instant at, Func<EngagementState, Instant> workOut, NodeOwner? owner)
    {
        var state = Applied(at, owner);
        state._communication = log;
        state._attentionPending = workOut;
        return state;
    }

    /// <summary>
    /// The engagement under an amended agreement: the new version joins the history, days are counted
    /// under it (force majeure still closed), each stage's progress keeps everything measured but is
    /// held to the amended stage, and the ledger reads the amended scope.
    /// </summary>
    internal EngagementState AmendedTo(Agreement amended, ScopeLedger scope)
    {
        var stages = _stages;
        for (var i = 0; i < stages.Count; i++)
        {
            stages = stages.SetItem(i, stages[i].Under(amended.Stages[i]));
        }

        return this with
        {
            _stages = stages,
            _course = _course with
            {
                Agreement = amended,
                AgreementForDates = _course.History.ForceMajeure.Count == 0 ? null : ForDates(amended, _course.History.ForceMajeure),
                History = _course.History with { Versions = _course.History.Versions.Add(amended) },
                Scope = scope.WithTerms(amended.Scope),
            },
        };
    }

    /// <summary>The agreement with every force majeure period closed in both parties' calendars.</summary>
    private static Agreement ForDates(Agreement agreement, IReadOnlyList<ForceMajeurePeriod> periods)
    {
        return agreement.WithCalendars(Closed(agreement, PartyRole.Provider, periods), Closed(agreement, PartyRole.Client, periods));
    }

    /// <summary>A party's calendar with every force majeure period closed, each closure named in the party's language.</summary>
    private static BusinessCalendar Closed(Agreement agreement, PartyRole party, IReadOnlyList<ForceMajeurePeriod> periods)
    {
        var language = agreement.PreferencesOf(party).Language;
        var calendar = agreement.PartyOf(party).Calendar;
        foreach (var period in periods)
        {
            calendar = calendar.WithClosure(new Closure(period.From, period.Until, Sentences.Say(language, "closure.force-majeure", new[] { Fact.Of("reason", period.Reason) })));
        }

        return calendar;
    }

    /// <summary>
    /// This state, with its next attention worked out from itself by <paramref name="workOut"/> when first read: after an
    /// event that may have moved what falls due next. The states later events make from it without moving it share the answer.
    /// Changed in place, not copied: only for a state the caller has just made and handed to nobody (the evolve of one
    /// milestone event, which would otherwise copy the state a third time for this one field).
    /// </summary>
    internal EngagementState LeavingNextAttentionTo(Func<EngagementState, Instant> workOut)
    {
        _attentionPending = workOut;
        return this;
    }

    /// <summary>Stretches of stages that ended when a revision sent them back: fees and credits that fell due in them stay owed.</summary>
    internal IReadOnlyList<ClosedRound> ClosedRounds => _course.History.ClosedRounds;

    internal EngagementState WithClosedRound(ClosedRound round) =>
        WithHistory(_course.History with { ClosedRounds = _course.History.ClosedRounds.Add(round) });

    /// <summary>Chased acceptances a revision request answered: fees and credits that fell due while the client sat on them stay owed.</summary>
    internal IReadOnlyList<AnsweredAcceptance> AnsweredAcceptances => _course.History.AnsweredAcceptances;

    internal EngagementState WithAnsweredAcceptance(AnsweredAcceptance answered) =>
        WithHistory(_course.History with { AnsweredAcceptances = _course.History.AnsweredAcceptances.Add(answered) });

    internal EngagementState WithPlan(Plan plan) => this with { _course = _course with { Plan = plan } };

    internal EngagementState WithStage(int index, StageProgress progress) => this with { _stages = _stages.SetItem(index, progress) };

    /// <summary>
    /// Scheduled by <paramref name="plan"/>, in one copy: the first stage current, its progress <paramref name="first"/>
    /// (the ball arrived), and the ball given to <paramref name="holder"/>.
    /// </summary>
    internal EngagementState ScheduledBy(Plan plan, StageProgress first, BallHolder holder) =>
        this with
        {
            _stages = _stages.SetItem(0, first),
            _course = _course with { Plan = plan, Phase = EngagementPhase.Scheduled, CurrentStageIndex = 0, Ball = holder },
        };

    internal EngagementState WithCurrentStage(int index) => this with { _course = _course with { CurrentStageIndex = index } };

    /// <summary>A new plan and a new current stage at once, in one copy of the course: a handoff's.</summary>
    internal EngagementState WithPlan(Plan plan, int currentStageIndex) => this with { _course = _course with { Plan = plan, CurrentStageIndex = currentStageIndex } };

    internal EngagementState Resumed(Instant at)
    {
        var history = _course.History;
        var pauses = history.Pauses;
        return this with
        {
            _course = _course with
            {
                Phase = history.PhaseBeforePause ?? EngagementPhase.Active,
                History = history with
                {
                    PhaseBeforePause = null,
                    BallBeforePause = null,
                    Pauses = pauses.Count == 0 ? pauses : pauses.SetItem(pauses.Count - 1, pauses[pauses.Count - 1].EndedAt(at)),
                },
            },
        };
    }

    internal EngagementState WithEarliestStart(StageKey stage, LocalDate date) =>
        WithHistory(_course.History with
        {
            EarliestStarts = new ValueList<EarliestStart>(_course.History.EarliestStarts.Where(e => e.Stage != stage).Append(new EarliestStart(stage, date))),
        });

    internal EngagementState Terminated(PartyRole by, string reason, Instant at)
    {
        // A pause still open when the engagement ends ends with it.
        var pauses = _course.History.Pauses;
        if (Phase == EngagementPhase.Paused && pauses.Count > 0 && pauses[pauses.Count - 1].Until is null)
        {
            pauses = pauses.SetItem(pauses.Count - 1, pauses[pauses.Count - 1].EndedAt(at));
        }

        return this with
        {
            _course = _course with
            {
                Phase = EngagementPhase.Terminated,
                History = _course.History with { TerminatedBy = by, TerminationReason = reason, TerminatedAt = at, Pauses = pauses },
            },
        };
    }

    /// <summary>
    /// Ends the current holder's stretch at <paramref name="at"/>: adds it to that party's ball time
    /// and, when the party owns the stage it held the ball for, to that stage's days. Nobody holds
    /// the ball afterwards until <see cref="BallGiven"/>.
    /// </summary>
    internal EngagementState BallReleased(Instant at)
    {
        var course = _course;
        if (course.Ball is null || AgreementForDates is null)
        {
            return this;
        }

        if (!TryEndStretch(at, out var ball, out var businessDays, out var stageIndex))
        {
            return this with { _course = course with { Ball = null } };
        }

        var state = stageIndex >= 0 ? WithStage(stageIndex, _stages[stageIndex].Held(businessDays)) : this;
        return ball.Party == PartyRole.Provider
            ? state with { _course = course with { ProviderHeld = course.ProviderHeld.Plus(at - ball.Since, businessDays), Ball = null } }
            : state with { _course = course with { ClientHeld = course.ClientHeld.Plus(at - ball.Since, businessDays), Ball = null } };
    }

    /// <summary>
    /// Whether releasing the ball at <paramref name="at"/> ends a stretch to count: someone holds it, since before then,
    /// under an agreement. Then <paramref name="businessDays"/> is the stretch in the holder's business days, and
    /// <paramref name="stageIndex"/> the stage whose days it adds to (the holder owns it and it is not done), or -1.
    /// </summary>
    private bool TryEndStretch(Instant at, out BallHolder ball, out int businessDays, out int stageIndex)
    {
        businessDays = 0;
        stageIndex = -1;
        if (_course.Ball is not { } holder || AgreementForDates is not { } terms || at <= holder.Since)
        {
            ball = null!;
            return false;
        }

        ball = holder;
        businessDays = BusinessDaysHeld(terms.CalendarOf(holder.Party), holder.Since, at);
        var index = IndexOf(holder.Stage);
        if (index >= 0 && _stages[index].Owner == holder.Party && _stages[index].Status != StageStatus.Done)
        {
            stageIndex = index;
        }

        return true;
    }

    /// <summary>
    /// A copy of the stages' progress for the caller to change and hand back through <see cref="HandedOver"/>, with the
    /// ball released at <paramref name="releasedAt"/> as <see cref="BallReleased"/> releases it and the stage at
    /// <paramref name="finishing"/> finished then, held to <paramref name="heldToDue"/>: the holder's stretch added to its
    /// stage's days here (in the same copy as the finish when it is that stage), and to the party's ball time by
    /// <see cref="HandedOver"/>, which is given <paramref name="heldBusinessDays"/>: the stretch in the holder's business
    /// days, or -1 when it ends no stretch.
    /// </summary>
    internal StageProgress[] StagesToChange(Instant releasedAt, int finishing, LocalDate heldToDue, Instant heldToDueAt, out int heldBusinessDays)
    {
        var stages = _stages.ToArray();
        heldBusinessDays = -1;
        var heldByFinishing = 0;
        if (TryEndStretch(releasedAt, out _, out var businessDays, out var stageIndex))
        {
            heldBusinessDays = businessDays;
            if (stageIndex == finishing)
            {
                heldByFinishing = businessDays;
            }
            else if (stageIndex >= 0)
            {
                stages[stageIndex] = stages[stageIndex].Held(businessDays);
            }
        }

        stages[finishing] = stages[finishing].Finished(releasedAt, heldToDue, heldToDueAt, heldByFinishing);
        return stages;
    }

    /// <summary>
    /// A handoff's outcome in one copy of the state: moved on by the handoff at <paramref name="releasedAt"/> as
    /// <see cref="Applied"/> moves it, the ball released then (the holder's stretch, <paramref name="heldBusinessDays"/>
    /// as <see cref="StagesToChange"/> counted it at the same instant, added to its party's ball time),
    /// <paramref name="stages"/> (from <see cref="StagesToChange"/>, owned by the state from now on), the plan re-planned
    /// from them, the stage now current, the ball given to <paramref name="holder"/> with <paramref name="ledgerEntry"/>
    /// recorded when there is one, and the next attention worked out by <paramref name="workOut"/> when first read, as
    /// <see cref="LeavingNextAttentionTo"/> leaves it.
    /// </summary>
    internal EngagementState HandedOver(
        Instant releasedAt,
        int heldBusinessDays,
        StageProgress[] stages,
        Plan plan,
        int currentStageIndex,
        BallHolder holder,
        Handoff? ledgerEntry,
        Func<EngagementState, Instant> workOut)
    {
        var course = _course;
        var providerHeld = course.ProviderHeld;
        var clientHeld = course.ClientHeld;
        if (heldBusinessDays >= 0 && course.Ball is { } ball)
        {
            if (ball.Party == PartyRole.Provider)
            {
                providerHeld = providerHeld.Plus(releasedAt - ball.Since, heldBusinessDays);
            }
            else
            {
                clientHeld = clientHeld.Plus(releasedAt - ball.Since, heldBusinessDays);
            }
        }

        var state = Applied(releasedAt, owner: null);
        state._stages = ValueList<StageProgress>.Owning(stages);
        state._course = course with
        {
            Plan = plan,
            CurrentStageIndex = currentStageIndex,
            Ball = holder,
            Handoffs = ledgerEntry is null ? course.Handoffs : course.Handoffs.Add(ledgerEntry),
            ProviderHeld = providerHeld,
            ClientHeld = clientHeld,
        };
        state._attentionPending = workOut;
        return state;
    }

    /// <summary>Gives the ball to <paramref name="holder"/>, recording <paramref name="ledgerEntry"/> in the ledger when there is one.</summary>
    internal EngagementState BallGiven(BallHolder holder, Handoff? ledgerEntry) =>
        this with { _course = _course with { Ball = holder, Handoffs = ledgerEntry is null ? _course.Handoffs : _course.Handoffs.Add(ledgerEntry) } };

    internal BallHolder? BallBeforePause => _course.History.BallBeforePause;

    internal IReadOnlyList<Extension> Extensions => _course.History.Extensions;

    /// <summary>Puts the engagement on hold: the ball goes to the party that caused the pause, whose move it now is.</summary>
    internal EngagementState PausedBy(PausePeriod pause, BallHolder causer)
    {
        var released = BallReleased(pause.From);
        return released with
        {
            _course = released._course with
            {
                Phase = EngagementPhase.Paused,
                Ball = causer,
                History = _course.History with { PhaseBeforePause = Phase, Pauses = _course.History.Pauses.Add(pause), BallBeforePause = _course.Ball },
            },
        };
    }

    internal EngagementState WithExtension(StageKey stage, int businessDays)
    {
        var extensions = _course.History.Extensions;
        return WithHistory(_course.History with
        {
            Extensions = new ValueList<Extension>(
                extensions.Where(e => e.Stage != stage).Append(new Extension(stage, businessDays + extensions.Where(e => e.Stage == stage).Sum(e => e.BusinessDays)))),
        });
    }

    /// <summary>Business days added to a stage's length: its owner was interrupted by the other side's pause.</summary>
    internal sealed record Extension(StageKey Stage, int BusinessDays);

    /// <summary>
    /// The part of the state that changes only at the engagement's milestones: what a handoff, a reminder, a consequence
    /// or a scope change moves, and one reference to the rest (<see cref="History"/>), which changes more rarely still.
    /// </summary>
    private sealed record Course
    {
        public static readonly Course Start = new();

        public EngagementPhase Phase { get; init; } = EngagementPhase.New;

        public Agreement? Agreement { get; init; }

        public Agreement? AgreementForDates { get; init; }

        public Plan? Plan { get; init; }

        public int CurrentStageIndex { get; init; } = -1;

        public BallHolder? Ball { get; init; }

        public ValueList<Handoff> Handoffs { get; init; } = ValueList<Handoff>.Empty;

        public BallTime ProviderHeld { get; init; } = BallTime.Zero;

        public BallTime ClientHeld { get; init; } = BallTime.Zero;

        public RecordedRules<EngagementEvent.ReminderSent> RemindersSent { get; init; } = RecordedRules<EngagementEvent.ReminderSent>.Empty;

        public RecordedRules<EngagementEvent.ConsequenceApplied> ConsequencesApplied { get; init; } = RecordedRules<EngagementEvent.ConsequenceApplied>.Empty;

        public ScopeLedger Scope { get; init; } = new(ScopeTerms.None);

        public History History { get; init; } = History.Start;
    }

    /// <summary>What the course records and rarely changes: the agreement's versions, pauses and what they moved, money received, the end.</summary>
    private sealed record History
    {
        public static readonly History Start = new();

        public ValueList<Agreement> Versions { get; init; } = ValueList<Agreement>.Empty;

        public ValueList<PausePeriod> Pauses { get; init; } = ValueList<PausePeriod>.Empty;

        public ValueList<EarliestStart> EarliestStarts { get; init; } = ValueList<EarliestStart>.Empty;

        public EngagementPhase? PhaseBeforePause { get; init; }

        public BallHolder? BallBeforePause { get; init; }

        public ValueList<Extension> Extensions { get; init; } = ValueList<Extension>.Empty;

        public Money? Deposit { get; init; }

        public PartyRole? TerminatedBy { get; init; }

        public string? TerminationReason { get; init; }

        public Instant? TerminatedAt { get; init; }

        public Instant? SignedAt { get; init; }

        public Instant? DepositReceivedAt { get; init; }

        public Instant? CompletedAt { get; init; }

        public ValueList<EngagementEvent.PaymentReceived> Payments { get; init; } = ValueList<EngagementEvent.PaymentReceived>.Empty;

        public ValueList<Settlement> Settlements { get; init; } = ValueList<Settlement>.Empty;

        public ValueList<ForceMajeurePeriod> ForceMajeure { get; init; } = ValueList<ForceMajeurePeriod>.Empty;

        public ValueList<ClosedRound> ClosedRounds { get; init; } = ValueList<ClosedRound>.Empty;

        public ValueList<AnsweredAcceptance> AnsweredAcceptances { get; init; } = ValueList<AnsweredAcceptance>.Empty;
    }

    /// <summary>A stretch of a stage that a revision ended: when the ball arrived, the due date it was held to, when it ended and whether it was delivered.</summary>
    internal sealed record ClosedRound(int StageIndex, int Round, LocalDate Due, Instant OpenedAt, Instant ClosedAt, bool Delivered);

    /// <summary>An acceptance the agreement chased, of one round of a stage, that a revision request answered: when the stage was handed over and when the client answered.</summary>
    internal sealed record AnsweredAcceptance(int StageIndex, int Round, Instant HandedOffAt, Instant AnsweredAt);

    /// <summary>A date before which a stage may not start: a restart lead time after a pause.</summary>
    internal sealed record EarliestStart(StageKey Stage, LocalDate Date);
}
