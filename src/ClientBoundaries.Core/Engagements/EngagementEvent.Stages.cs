using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events of the work's course, from proposal to completion: signed, scheduled, stages started, work submitted and handed off, stages accepted (or deemed accepted) or sent back for revision, effort logged.</content>
public abstract partial record EngagementEvent
{
    /// <summary>The provider proposed the agreement: the first event of every stream.</summary>
    public sealed record Proposed : EngagementEvent
    {
        internal const string Name = "proposed";

        internal override string Kind => Name;

        /// <summary>Records the proposal.</summary>
        /// <param name="agreement">The agreement proposed.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
        public Proposed(Agreement agreement, Instant at)
            : base(at) => Agreement = Preconditions.CheckNotNull(agreement, nameof(agreement));

        /// <summary>The agreement proposed.</summary>
        public Agreement Agreement { get; }
    }

    /// <summary>Both sides signed.</summary>
    public sealed record Signed : EngagementEvent
    {
        internal const string Name = "signed";

        internal override string Kind => Name;

        /// <summary>Records the signature.</summary>
        /// <param name="at">When.</param>
        public Signed(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>Every stage got its dates.</summary>
    public sealed record Scheduled : EngagementEvent
    {
        internal const string Name = "scheduled";

        internal override string Kind => Name;

        /// <summary>Records the plan.</summary>
        /// <param name="plan">The dated plan.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
        public Scheduled(Plan plan, Instant at)
            : base(at) => Plan = Preconditions.CheckNotNull(plan, nameof(plan));

        /// <summary>The dated plan; its dates are also the baseline later plans are compared with.</summary>
        public Plan Plan { get; }
    }

    /// <summary>The owner started a stage.</summary>
    public sealed record StageStarted : EngagementEvent
    {
        internal const string Name = "stage-started";

        internal override string Kind => Name;

        /// <summary>Records the start.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public StageStarted(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }
    }

    /// <summary>The owner sent work to the other side.</summary>
    public sealed record WorkSubmitted : EngagementEvent
    {
        internal const string Name = "work-submitted";

        internal override string Kind => Name;

        /// <summary>Records the submission.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="summary">What was sent.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public WorkSubmitted(StageKey stage, string summary, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Summary = Preconditions.CheckNotNull(summary, nameof(summary));
        }

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        /// <summary>What was sent.</summary>
        public string Summary { get; }
    }

    /// <summary>The ball passed from one party to the other at the end of a stage.</summary>
    public sealed record HandedOff : EngagementEvent
    {
        internal const string Name = "handed-off";

        internal override string Kind => Name;

        /// <summary>Records the handoff.</summary>
        /// <param name="stage">The stage that was finished.</param>
        /// <param name="from">Who handed over (the stage's owner).</param>
        /// <param name="to">Who received the ball.</param>
        /// <param name="expectation">What the receiver is expected to do.</param>
        /// <param name="dueBy">By when, in the receiver's calendar (years 1 to 9998); null when no date was set.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="dueBy"/> is not in the ISO calendar.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueBy"/> is outside years 1 to 9998.</exception>
        public HandedOff(StageKey stage, PartyRole from, PartyRole to, string expectation, LocalDate? dueBy, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            From = Preconditions.CheckNotNull(from, nameof(from));
            To = Preconditions.CheckNotNull(to, nameof(to));
            Expectation = Preconditions.CheckNotNull(expectation, nameof(expectation));
            DueBy = dueBy is { } due ? Preconditions.CheckDueDate(due, nameof(dueBy)) : null;
        }

        /// <summary>The stage that was finished.</summary>
        public StageKey Stage { get; }

        /// <summary>Who handed over.</summary>
        public PartyRole From { get; }

        /// <summary>Who received the ball.</summary>
        public PartyRole To { get; }

        /// <summary>What the receiver is expected to do.</summary>
        public string Expectation { get; }

        /// <summary>By when, in the receiver's calendar; null when no date was set.</summary>
        public LocalDate? DueBy { get; }
    }

    /// <summary>The receiver accepted a stage handed off to it.</summary>
    public sealed record StageAccepted : EngagementEvent
    {
        internal const string Name = "stage-accepted";

        internal override string Kind => Name;

        /// <summary>Records the acceptance.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="by">Who accepted it.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public StageAccepted(StageKey stage, PartyRole by, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            By = Preconditions.CheckNotNull(by, nameof(by));
        }

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        /// <summary>Who accepted it.</summary>
        public PartyRole By { get; }
    }

    /// <summary>
    /// A stage handed off to a party counts as accepted by it although it never said so: it moved on to a later stage
    /// (<see cref="DeemedAcceptanceReason.MovedOn"/>). Invoices what an explicit <see cref="StageAccepted"/> would.
    /// </summary>
    /// <remarks>
    /// Recorded by <see cref="EngagementDecider.Decide"/> just before the start or handoff that moves on, at the same
    /// instant: replaying a stream written before this event existed gives the state it always gave.
    /// </remarks>
    public sealed record StageDeemedAccepted : EngagementEvent
    {
        internal const string Name = "stage-deemed-accepted";

        internal override string Kind => Name;

        /// <summary>Records the deemed acceptance.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="by">Who is deemed to have accepted it: the party it was handed to.</param>
        /// <param name="reason">Why it counts as accepted.</param>
        /// <param name="at">When: the moment the party moved on.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public StageDeemedAccepted(StageKey stage, PartyRole by, DeemedAcceptanceReason reason, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            By = Preconditions.CheckNotNull(by, nameof(by));
            Reason = Preconditions.CheckNotNull(reason, nameof(reason));
        }

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        /// <summary>Who is deemed to have accepted it: the party it was handed to.</summary>
        public PartyRole By { get; }

        /// <summary>Why it counts as accepted.</summary>
        public DeemedAcceptanceReason Reason { get; }
    }

    /// <summary>The other side asked the owner to revise a stage.</summary>
    public sealed record RevisionRequested : EngagementEvent
    {
        internal const string Name = "revision-requested";

        internal override string Kind => Name;

        /// <summary>Records the request.</summary>
        /// <param name="stage">The stage to revise.</param>
        /// <param name="by">Who asked.</param>
        /// <param name="reason">What should change.</param>
        /// <param name="reopened">Whether the stage had been handed off and loops back to its owner (true), or was still in progress (false).</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public RevisionRequested(StageKey stage, PartyRole by, string reason, bool reopened, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            By = Preconditions.CheckNotNull(by, nameof(by));
            Reason = Preconditions.CheckNotNull(reason, nameof(reason));
            Reopened = reopened;
        }

        /// <summary>The stage to revise.</summary>
        public StageKey Stage { get; }

        /// <summary>Who asked.</summary>
        public PartyRole By { get; }

        /// <summary>What should change.</summary>
        public string Reason { get; }

        /// <summary>Whether the stage had been handed off and loops back to its owner, taking the ball back.</summary>
        public bool Reopened { get; }
    }

    /// <summary>A party logged hours against a stage.</summary>
    public sealed record EffortLogged : EngagementEvent
    {
        internal const string Name = "effort-logged";

        internal override string Kind => Name;

        /// <summary>Records the hours.</summary>
        /// <param name="entry">The entry: the stage, the party, the hours and what was done.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
        public EffortLogged(EffortEntry entry, Instant at)
            : base(at) => Entry = Preconditions.CheckNotNull(entry, nameof(entry));

        /// <summary>The entry logged: the stage, the party, the hours and what was done.</summary>
        public EffortEntry Entry { get; }
    }

    /// <summary>
    /// Every stage was done and the final delivery accepted: the final payment is invoiced from this instant. The decider
    /// appends it with the final delivery's acceptance (explicit or deemed); streams written before that carry it from
    /// <see cref="EngagementCommand.Complete"/>.
    /// </summary>
    public sealed record Completed : EngagementEvent
    {
        internal const string Name = "completed";

        internal override string Kind => Name;

        /// <summary>Records the completion.</summary>
        /// <param name="at">When.</param>
        public Completed(Instant at)
            : base(at)
        {
        }
    }
}
