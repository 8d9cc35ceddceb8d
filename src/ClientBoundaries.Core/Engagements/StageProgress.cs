using System;
using System.Threading;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Where one stage of an engagement stands: its status, when the ball reached its owner, when it
/// started and was handed off, revision rounds, hours logged against its budget, and how long it
/// actually took against its plan.
/// </summary>
/// <remarks>
/// <para>Delay is attributed to whoever held the ball. <see cref="ActualBusinessDays"/> adds up only
/// the stretches in which the owner held the ball for this stage, each counted as plans count days
/// (from its first business day that began once it had the ball, through the day it let go). Time
/// the other side held the ball (reviewing before asking for a revision, or during a pause it
/// caused) never counts against the owner. Each time the stage is reopened for a revision it is
/// allowed its full length again.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record StageProgress
{
    // A replay copies this record on every event logged against the stage, so it holds the hours
    // (what most events change), the agreement's stage by reference, and one reference to the
    // milestones (status, instants, counts), which change only at starts, handoffs and revisions.
    private Stage _stage;
    private Milestones _milestones = Milestones.NotStarted;

    private StageProgress(Stage stage)
    {
        _stage = stage;
    }

    /// <summary>The stage.</summary>
    public StageKey Key => _stage.Key;

    /// <summary>Who owns it and holds the ball during it.</summary>
    public PartyRole Owner => _stage.Owner;

    /// <summary>Pending, in progress or done.</summary>
    public StageStatus Status => _milestones.Status;

    /// <summary>When the ball last reached the owner for this stage; null while it has not.</summary>
    public Instant? BallArrivedAt => _milestones.BallArrivedAt;

    /// <summary>When the owner started it; null while it has not.</summary>
    public Instant? StartedAt => _milestones.StartedAt;

    /// <summary>When the owner handed it off; null while it is not done.</summary>
    public Instant? FinishedAt => _milestones.FinishedAt;

    /// <summary><see cref="BallArrivedAt"/> without an optional instant on the way: false while the ball has not arrived.</summary>
    internal bool TryBallArrivedAt(out Instant at) => _milestones.TryBallArrivedAt(out at);

    /// <summary><see cref="FinishedAt"/>, or <paramref name="otherwise"/> when the stage is not done: without an optional instant on the way.</summary>
    internal Instant FinishedAtOr(Instant otherwise) => _milestones.FinishedAtOr(otherwise);

    /// <summary>Whether the receiver accepted what was handed off.</summary>
    public bool IsAccepted => _milestones.AcceptedAt.HasValue;

    /// <summary>When the receiver accepted what was handed off; null while it has not. A milestone payment tied to the stage is invoiced then.</summary>
    public Instant? AcceptedAt => _milestones.AcceptedAt;

    /// <summary>How many times work was submitted in this stage.</summary>
    public int Submissions => _milestones.Submissions;

    /// <summary>How many revisions the other side asked for.</summary>
    public int Revisions => _milestones.Revisions;

    /// <summary>Hours the provider logged against the stage.</summary>
    public decimal ProviderHours { get; private init; }

    /// <summary>Hours the client logged against the stage.</summary>
    public decimal ClientHours { get; private init; }

    /// <summary>The hours the provider budgeted for the stage, or null when it keeps no budget for it.</summary>
    public decimal? BudgetedHours => _stage.BudgetedHours;

    /// <summary>Provider hours beyond the budget (negative while under it); null without a budget.</summary>
    public decimal? HoursOverBudget => BudgetedHours is { } budget ? ProviderHours - budget : null;

    /// <summary>The stage's agreed length in the owner's business days.</summary>
    public int PlannedBusinessDays => _stage.DurationBusinessDays;

    /// <summary>How many of the owner's business days the stage actually took; null while it is not done.</summary>
    public int? ActualBusinessDays => _milestones.ActualBusinessDays;

    /// <summary>How many times the stage was reopened after a handoff, for a revision.</summary>
    public int Reopenings => _milestones.Reopenings;

    /// <summary>
    /// Business days beyond the agreed length (one full length per round, so a reopened stage may
    /// take its length again; days an amendment added count once, in the round it was agreed in),
    /// attributed to the owner; 0 when on time or early, or not done.
    /// </summary>
    public int OverrunBusinessDays =>
        ActualBusinessDays is { } actual ? Math.Max(0, actual - _milestones.AllowedBusinessDays) : 0;

    /// <summary>The hours logged by one party.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>Its hours on this stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public decimal HoursOf(PartyRole party) =>
        Preconditions.CheckNotNull(party, nameof(party)) == PartyRole.Provider ? ProviderHours : ClientHours;

    /// <summary>The key, status and revisions: <c>design InProgress, 1 revision(s)</c>.</summary>
    /// <returns>The progress as text.</returns>
    public override string ToString() => $"{Key} {Status}, {Revisions} revision(s)";

    internal static StageProgress PendingFor(Stage stage) => new(stage) { _milestones = Milestones.Pending(stage.DurationBusinessDays) };

    /// <summary>
    /// The same progress held to an amended version of its stage (a longer length, a larger budget):
    /// the days added are allowed once, in the round under way. A stage that is done keeps the
    /// version it was done under, so what was measured on it never changes.
    /// </summary>
    internal StageProgress Under(Stage stage) =>
        ReferenceEquals(stage, _stage) || Status == StageStatus.Done
            ? this
            : this with
            {
                _stage = stage,
                _milestones = _milestones with { AllowedBusinessDays = _milestones.AllowedBusinessDays + stage.DurationBusinessDays - _stage.DurationBusinessDays },
            };

    internal StageProgress BallArrived(Instant at) => With(_milestones with { BallArrivedAt = at });

    /// <summary><see cref="BallArrived(Instant)"/> and <see cref="DueOn"/> in one copy: the ball arrived, with a due date to hold the owner to.</summary>
    internal StageProgress BallArrived(Instant at, LocalDate? due, Instant? dueAt) => With(_milestones with { BallArrivedAt = at, DueBy = due, DueAt = dueAt });

    internal StageProgress Started(Instant at) => With(_milestones with { Status = StageStatus.InProgress, StartedAt = at });

    internal StageProgress Submitted() => With(_milestones with { Submissions = Submissions + 1 });

    /// <summary>
    /// While the stage is current, a due date its owner was given at the handoff in place of the
    /// plan's (null: the plan's); once it is done, the due date it was held to.
    /// </summary>
    internal LocalDate? DueBy => _milestones.DueBy;

    /// <summary>The instant <see cref="DueBy"/> ends: the end of that day's working hours.</summary>
    internal Instant? DueAt => _milestones.DueAt;

    /// <summary>Done at <paramref name="at"/>, held to <paramref name="heldToDue"/>, after a last stretch of <paramref name="heldBusinessDays"/> (as <see cref="Held"/> adds it).</summary>
    internal StageProgress Finished(Instant at, LocalDate heldToDue, Instant heldToDueAt, int heldBusinessDays) =>
        With(_milestones with
        {
            Status = StageStatus.Done,
            FinishedAt = at,
            HeldBusinessDays = _milestones.HeldBusinessDays + heldBusinessDays,
            ActualBusinessDays = _milestones.HeldBusinessDays + heldBusinessDays,
            AcceptedAt = null,
            DueBy = heldToDue,
            DueAt = heldToDueAt,
        });

    /// <summary>The owner is held to this due date instead of the plan's, until the stage is done or re-dated.</summary>
    internal StageProgress DueOn(LocalDate? due, Instant? dueAt) => With(_milestones with { DueBy = due, DueAt = dueAt });

    /// <summary>
    /// Which stretch of the stage this is: 0 for the first, one more each time it is reopened for a
    /// revision or sent back to wait while the stage before it is revised. Reminders and
    /// consequences are recorded per round, so each new stretch runs its ladder afresh.
    /// </summary>
    internal int Round => _milestones.Round;

    /// <summary>Adds a stretch in which the owner held the ball for this stage.</summary>
    internal StageProgress Held(int businessDays) =>
        businessDays == 0 ? this : With(_milestones with { HeldBusinessDays = _milestones.HeldBusinessDays + businessDays });

    internal StageProgress Accepted(Instant at) => With(_milestones with { AcceptedAt = at });

    internal StageProgress RevisionAsked() => With(_milestones with { Revisions = Revisions + 1 });

    internal StageProgress Reopened(Instant at) =>
        With(_milestones with
        {
            Status = StageStatus.InProgress,
            FinishedAt = null,
            ActualBusinessDays = null,
            AcceptedAt = null,
            DueBy = null,
            DueAt = null,
            Revisions = Revisions + 1,
            Reopenings = Reopenings + 1,
            Round = _milestones.Round + 1,
            AllowedBusinessDays = _milestones.AllowedBusinessDays + _stage.DurationBusinessDays,
            BallArrivedAt = at,
        });

    /// <summary>Back to not started, its count started again: it will be done anew (the ledger keeps the time spent).</summary>
    internal StageProgress BackToPending() =>
        With(_milestones with
        {
            Status = StageStatus.Pending,
            StartedAt = null,
            BallArrivedAt = null,
            HeldBusinessDays = 0,
            AllowedBusinessDays = _stage.DurationBusinessDays,
            DueBy = null,
            DueAt = null,
            Round = _milestones.Round + 1,
        });

    internal StageProgress WithHours(PartyRole party, decimal hours) =>
        ReferenceEquals(party, PartyRole.Provider) ? this with { ProviderHours = ProviderHours + hours } : this with { ClientHours = ClientHours + hours };

    private StageProgress With(Milestones milestones) => this with { _milestones = milestones };

    /// <summary>What changes only at a stage's milestones.</summary>
    /// <remarks>
    /// Copied at each of them, so it keeps its optional values bare with one bit each for whether they are there
    /// (<see cref="PresenceBits"/>): 144 bytes a copy rather than 184.
    /// </remarks>
    private sealed record Milestones
    {
        public static readonly Milestones NotStarted = new();

        // The milestones of a stage not started depend on its length alone: every engagement's pending stages of a length
        // share one (made when first asked for), so a proposal makes none and a sweep finds them in cache. Up to two years.
        private static readonly Milestones?[] PendingByLength = new Milestones?[521];

        private const int BallArrivedBit = 1, StartedBit = 2, FinishedBit = 4, AcceptedBit = 8, DueByBit = 16, DueAtBit = 32, ActualBit = 64;

        private int _present;
        private Instant _ballArrivedAt;
        private Instant _startedAt;
        private Instant _finishedAt;
        private Instant _acceptedAt;
        private Instant _dueAt;
        private LocalDate _dueBy;
        private int _actualBusinessDays;

        public StageStatus Status { get; init; } = StageStatus.Pending;

        public Instant? BallArrivedAt { get => PresenceBits.Get(_present, BallArrivedBit, _ballArrivedAt); init => _ballArrivedAt = PresenceBits.Set(ref _present, BallArrivedBit, value); }

        public bool TryBallArrivedAt(out Instant at) => PresenceBits.TryGet(_present, BallArrivedBit, _ballArrivedAt, out at);

        public Instant FinishedAtOr(Instant otherwise) => PresenceBits.Has(_present, FinishedBit) ? _finishedAt : otherwise;

        public Instant? StartedAt { get => PresenceBits.Get(_present, StartedBit, _startedAt); init => _startedAt = PresenceBits.Set(ref _present, StartedBit, value); }

        public Instant? FinishedAt { get => PresenceBits.Get(_present, FinishedBit, _finishedAt); init => _finishedAt = PresenceBits.Set(ref _present, FinishedBit, value); }

        public Instant? AcceptedAt { get => PresenceBits.Get(_present, AcceptedBit, _acceptedAt); init => _acceptedAt = PresenceBits.Set(ref _present, AcceptedBit, value); }

        public LocalDate? DueBy { get => PresenceBits.Get(_present, DueByBit, _dueBy); init => _dueBy = PresenceBits.Set(ref _present, DueByBit, value); }

        public Instant? DueAt { get => PresenceBits.Get(_present, DueAtBit, _dueAt); init => _dueAt = PresenceBits.Set(ref _present, DueAtBit, value); }

        public int Submissions { get; init; }

        public int Revisions { get; init; }

        public int? ActualBusinessDays { get => PresenceBits.Get(_present, ActualBit, _actualBusinessDays); init => _actualBusinessDays = PresenceBits.Set(ref _present, ActualBit, value); }

        public int HeldBusinessDays { get; init; }

        /// <summary>The business days the owner is allowed over its rounds: one length per round, plus days amendments added.</summary>
        public int AllowedBusinessDays { get; init; }

        public int Reopenings { get; init; }

        public int Round { get; init; }

        /// <summary>A stage not started, allowed <paramref name="length"/> business days.</summary>
        public static Milestones Pending(int length)
        {
            if (length >= PendingByLength.Length)
            {
                return NotStarted with { AllowedBusinessDays = length };
            }

            // Two threads may both make one: they are equal, and either is kept.
            var pending = Volatile.Read(ref PendingByLength[length]);
            if (pending is null)
            {
                pending = NotStarted with { AllowedBusinessDays = length };
                Volatile.Write(ref PendingByLength[length], pending);
            }

            return pending;
        }
    }
}
