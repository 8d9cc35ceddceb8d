using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Everything known about one running agreement, folded from its events: the phase, the current
/// plan (with its baseline), every stage's progress, who holds the ball and since when, the
/// ledger of handoffs, and how long each party has held the ball.
/// </summary>
/// <remarks>
/// <para>Get one from <see cref="EngagementDecider.Replay"/> or <see cref="EngagementDecider.Evolve"/>,
/// starting from <see cref="Initial"/>. Every date in it is computed once, when the event that
/// sets it is applied; the queries here only add the still-open stretch of the current ball
/// holder up to the instant you ask about.</para>
/// <para>Immutable and thread-safe; two states are equal when everything in them is equal, so
/// replaying a stream gives a state equal to the one built step by step.</para>
/// </remarks>
public sealed record EngagementState
{
    private ValueList<StageProgress> _stages = ValueList<StageProgress>.Empty;
    private ValueList<Handoff> _handoffs = ValueList<Handoff>.Empty;
    private ValueList<PausePeriod> _pauses = ValueList<PausePeriod>.Empty;
    private ValueList<EarliestStart> _earliestStarts = ValueList<EarliestStart>.Empty;

    private EngagementState()
    {
        Phase = EngagementPhase.New;
        ProviderHeld = BallTime.Zero;
        ClientHeld = BallTime.Zero;
        CurrentStageIndex = -1;
    }

    /// <summary>The state before the first event: <see cref="EngagementPhase.New"/>, version 0.</summary>
    public static EngagementState Initial { get; } = new();

    /// <summary>How many events have been applied; commands may carry it to detect a concurrent change.</summary>
    public int Version { get; private init; }

    /// <summary>Where the engagement is in its life.</summary>
    public EngagementPhase Phase { get; private init; }

    /// <summary>The agreement, from the first event; null before it.</summary>
    public Agreement? Agreement { get; private init; }

    /// <summary>
    /// The current plan, re-planned from every actual handoff, with the original dates kept as its
    /// baseline; null before the engagement is scheduled.
    /// </summary>
    public Plan? Plan { get; private init; }

    /// <summary>Each stage's progress, in the agreement's order; empty before the first event.</summary>
    public IReadOnlyList<StageProgress> Stages => _stages;

    /// <summary>The stage being worked on (the first not handed off); null before scheduling and once every stage is done.</summary>
    public StageProgress? CurrentStage => CurrentStageIndex >= 0 && CurrentStageIndex < _stages.Count ? _stages[CurrentStageIndex] : null;

    /// <summary>Whose move it is, since when, what is expected and by when; null before scheduling and after the end.</summary>
    public BallHolder? Ball { get; private init; }

    /// <summary>The ledger: every time the ball passed between the parties, in order.</summary>
    public IReadOnlyList<Handoff> Handoffs => _handoffs;

    /// <summary>Every time the engagement was on hold, in order; the last is open while paused.</summary>
    public IReadOnlyList<PausePeriod> Pauses => _pauses;

    /// <summary>The deposit received, or null while none has been.</summary>
    public Money? Deposit { get; private init; }

    /// <summary>Who ended the engagement early, or null.</summary>
    public PartyRole? TerminatedBy { get; private init; }

    /// <summary>Why the engagement was ended early, or null.</summary>
    public string? TerminationReason { get; private init; }

    /// <summary>When the last event happened; null before the first. Commands may not happen before it.</summary>
    public Instant? LastEventAt { get; private init; }

    internal int CurrentStageIndex { get; private init; }

    internal EngagementPhase? PhaseBeforePause { get; private init; }

    internal BallTime ProviderHeld { get; private init; }

    internal BallTime ClientHeld { get; private init; }

    internal IReadOnlyList<EarliestStart> EarliestStarts => _earliestStarts;

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
        var closed = party == PartyRole.Provider ? ProviderHeld : ClientHeld;
        if (Ball is not { } ball || ball.Party != party || asOf <= ball.Since || Agreement is null)
        {
            return closed;
        }

        return closed.Plus(asOf - ball.Since, BusinessDaysHeld(Agreement.CalendarOf(party), ball.Since, asOf));
    }

    /// <summary>
    /// The business days from the first one whose working hours begin at or after
    /// <paramref name="from"/> up to and including the day of <paramref name="until"/>, as plans count them.
    /// </summary>
    internal static int BusinessDaysHeld(BusinessCalendar calendar, Instant from, Instant until) =>
        BusinessDaysIn(calendar, Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, from), calendar.ToLocalDate(until));

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

    /// <summary>The phase, the version and whose move it is.</summary>
    /// <returns>The state as text.</returns>
    public override string ToString() =>
        $"{Phase} v{Version}" + (Ball is { } ball ? $"; {ball}" : string.Empty);

    internal int IndexOf(StageKey stage)
    {
        for (var i = 0; i < _stages.Count; i++)
        {
            if (_stages[i].Key == stage)
            {
                return i;
            }
        }

        return -1;
    }

    internal EngagementState Applied(Instant at) => this with { Version = Version + 1, LastEventAt = at };

    internal EngagementState WithAgreement(Agreement agreement) =>
        this with { Agreement = agreement, Phase = EngagementPhase.Proposed, _stages = new ValueList<StageProgress>(agreement.Stages.Select(StageProgress.PendingFor)) };

    internal EngagementState InPhase(EngagementPhase phase) => this with { Phase = phase };

    internal EngagementState WithDeposit(Money amount) => this with { Deposit = amount, Phase = EngagementPhase.DepositReceived };

    internal EngagementState WithPlan(Plan plan) => this with { Plan = plan };

    internal EngagementState WithStage(int index, StageProgress progress) => this with { _stages = _stages.SetItem(index, progress) };

    internal EngagementState WithCurrentStage(int index) => this with { CurrentStageIndex = index };

    internal EngagementState Paused(PausePeriod pause) =>
        this with { PhaseBeforePause = Phase, Phase = EngagementPhase.Paused, _pauses = _pauses.Add(pause) };

    internal EngagementState Resumed(Instant at) =>
        this with
        {
            Phase = PhaseBeforePause ?? EngagementPhase.Active,
            PhaseBeforePause = null,
            _pauses = _pauses.Count == 0 ? _pauses : _pauses.SetItem(_pauses.Count - 1, _pauses[_pauses.Count - 1].EndedAt(at)),
        };

    internal EngagementState WithEarliestStart(StageKey stage, LocalDate date) =>
        this with { _earliestStarts = new ValueList<EarliestStart>(_earliestStarts.Where(e => e.Stage != stage).Append(new EarliestStart(stage, date))) };

    internal EngagementState Terminated(PartyRole by, string reason) =>
        this with { Phase = EngagementPhase.Terminated, TerminatedBy = by, TerminationReason = reason };

    /// <summary>Ends the current holder's stretch at <paramref name="at"/>, adding it to that party's totals, and gives the ball to <paramref name="next"/>.</summary>
    internal EngagementState BallPassed(Instant at, BallHolder? next, Handoff? ledgerEntry)
    {
        var state = this;
        if (Ball is { } ball && Agreement is not null && at > ball.Since)
        {
            var businessDays = BusinessDaysHeld(Agreement.CalendarOf(ball.Party), ball.Since, at);
            state = ball.Party == PartyRole.Provider
                ? state with { ProviderHeld = ProviderHeld.Plus(at - ball.Since, businessDays) }
                : state with { ClientHeld = ClientHeld.Plus(at - ball.Since, businessDays) };
        }

        return state with { Ball = next, _handoffs = ledgerEntry is null ? _handoffs : _handoffs.Add(ledgerEntry) };
    }

    /// <summary>A date before which a stage may not start: a restart lead time after a pause.</summary>
    internal sealed record EarliestStart(StageKey Stage, LocalDate Date);
}
