using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands of the work's course, from proposal to completion: signing, scheduling, starting a stage, submitting and handing off work, accepting or revising it, logging effort.</content>
public abstract partial record EngagementCommand
{
    /// <summary>Opens the engagement with the agreement the provider proposes.</summary>
    public sealed record Propose : EngagementCommand
    {
        internal const string Name = "propose";

        internal override string Kind => Name;

        /// <summary>Proposes an agreement.</summary>
        /// <param name="agreement">The agreement proposed.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
        public Propose(Agreement agreement, Instant at)
            : base(at) => Agreement = Preconditions.CheckNotNull(agreement, nameof(agreement));

        /// <summary>The agreement proposed.</summary>
        public Agreement Agreement { get; }
    }

    /// <summary>Records that both sides signed the agreement.</summary>
    public sealed record Sign : EngagementCommand
    {
        internal const string Name = "sign";

        internal override string Kind => Name;

        /// <summary>Records the signature.</summary>
        /// <param name="at">When.</param>
        public Sign(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>Puts dates on every stage, from a start date, once the deposit is in.</summary>
    public sealed record Schedule : EngagementCommand
    {
        internal const string Name = "schedule";

        internal override string Kind => Name;

        /// <summary>Schedules the work.</summary>
        /// <param name="start">The date the work starts from.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
        public Schedule(LocalDate start, Instant at)
            : base(at)
        {
            Preconditions.CheckIsoDate(start, nameof(start));
            Start = start;
        }

        /// <summary>The date the work starts from.</summary>
        public LocalDate Start { get; }
    }

    /// <summary>The owner of the current stage starts work on it.</summary>
    public sealed record StartStage : EngagementCommand
    {
        internal const string Name = "start-stage";

        internal override string Kind => Name;

        /// <summary>Starts a stage.</summary>
        /// <param name="stage">The stage; it must be the current one.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public StartStage(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }
    }

    /// <summary>The owner of the current stage sends work to the other side (a draft, a batch of content).</summary>
    public sealed record SubmitWork : EngagementCommand
    {
        internal const string Name = "submit-work";

        internal override string Kind => Name;

        /// <summary>Submits work.</summary>
        /// <param name="stage">The stage; it must be the current one, in progress.</param>
        /// <param name="summary">What was sent, in a sentence.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="summary"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="summary"/> is blank.</exception>
        public SubmitWork(StageKey stage, string summary, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Summary = Preconditions.CheckText(summary, nameof(summary));
        }

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        /// <summary>What was sent.</summary>
        public string Summary { get; }
    }

    /// <summary>
    /// The owner finishes the current stage and passes the ball to the other side, saying what is
    /// expected of it and by when.
    /// </summary>
    public sealed record HandOff : EngagementCommand
    {
        internal const string Name = "hand-off";

        internal override string Kind => Name;

        /// <summary>Hands off a stage.</summary>
        /// <param name="stage">The stage; it must be the current one, in progress.</param>
        /// <param name="at">When.</param>
        /// <param name="expectation">What the receiver is expected to do; null for the next stage's name and handover, from the agreement.</param>
        /// <param name="dueBy">By when, in the receiver's calendar; null for the next stage's due date in the re-planned plan.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="expectation"/> is blank, or <paramref name="dueBy"/> is not in the ISO calendar.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueBy"/> is outside years 1 to 9998.</exception>
        public HandOff(StageKey stage, Instant at, string? expectation = null, LocalDate? dueBy = null)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Expectation = expectation is null ? null : Preconditions.CheckText(expectation, nameof(expectation));
            DueBy = dueBy is { } due ? Preconditions.CheckDueDate(due, nameof(dueBy)) : null;
        }

        /// <summary>The stage handed off.</summary>
        public StageKey Stage { get; }

        /// <summary>What the receiver is expected to do, or null for the agreement's words.</summary>
        public string? Expectation { get; }

        /// <summary>By when, in the receiver's calendar, or null for the plan's date.</summary>
        public LocalDate? DueBy { get; }
    }

    /// <summary>
    /// The receiver accepts a stage that was handed off to it. Accepting the final delivery also completes the
    /// engagement (<see cref="EngagementEvent.Completed"/>), which invoices the final payment.
    /// </summary>
    public sealed record AcceptStage : EngagementCommand
    {
        internal const string Name = "accept-stage";

        internal override string Kind => Name;

        /// <summary>Accepts a stage.</summary>
        /// <param name="stage">The stage; it must be the last one handed off.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public AcceptStage(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }
    }

    /// <summary>
    /// The host records what the assessment listed in <see cref="Assessment.DeemedAcceptances"/>: the client's acceptance
    /// window for a stage closed without an answer, and the agreement deems the stage accepted at the window's close.
    /// </summary>
    /// <remarks>
    /// Decided, never assumed: the event (<see cref="EngagementEvent.StageDeemedAccepted"/>, reason
    /// <see cref="DeemedAcceptanceReason.WindowClosed"/>) is dated at the window's close, not at <see cref="EngagementCommand.At"/>,
    /// and invoices what an explicit acceptance would have then (for the final delivery, it completes the engagement at the
    /// close, as <see cref="AcceptStage"/> would). Refused while the window is open, and when the agreement
    /// gives the stage no window or chases the client instead; a stage already accepted gives no event.
    /// </remarks>
    public sealed record RecordDeemedAcceptance : EngagementCommand
    {
        internal const string Name = "record-deemed-acceptance";

        internal override string Kind => Name;

        /// <summary>Records a deemed acceptance.</summary>
        /// <param name="stage">The stage; it must be the last one handed off.</param>
        /// <param name="at">When the host records it: at or after the window's close.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public RecordDeemedAcceptance(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }
    }

    /// <summary>
    /// The other side asks the owner to revise a stage: work submitted in the current stage, or
    /// the stage just handed off (which then loops back to its owner).
    /// </summary>
    public sealed record RequestRevision : EngagementCommand
    {
        internal const string Name = "request-revision";

        internal override string Kind => Name;

        /// <summary>Requests a revision.</summary>
        /// <param name="stage">The stage to revise.</param>
        /// <param name="reason">What should change, in a sentence.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="reason"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public RequestRevision(StageKey stage, string reason, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Reason = Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The stage to revise.</summary>
        public StageKey Stage { get; }

        /// <summary>What should change.</summary>
        public string Reason { get; }
    }

    /// <summary>Records hours a party spent on a stage.</summary>
    public sealed record LogEffort : EngagementCommand
    {
        internal const string Name = "log-effort";

        internal override string Kind => Name;

        /// <summary>The most hours one entry may hold.</summary>
        public const decimal MaxHoursPerEntry = 24m;

        /// <summary>Logs effort.</summary>
        /// <param name="stage">The stage worked on.</param>
        /// <param name="party">Who spent the hours.</param>
        /// <param name="hours">How many, more than 0 and at most <see cref="MaxHoursPerEntry"/>.</param>
        /// <param name="at">When.</param>
        /// <param name="note">What was done, or null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="party"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
        /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
        public LogEffort(StageKey stage, PartyRole party, decimal hours, Instant at, string? note = null)
            : this(new EffortEntry(stage, party, hours, note), at)
        {
        }

        /// <summary>Logs effort, given as one entry.</summary>
        /// <param name="entry">The entry: the stage, the party, the hours and what was done.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
        public LogEffort(EffortEntry entry, Instant at)
            : base(at) => Entry = Preconditions.CheckNotNull(entry, nameof(entry));

        /// <summary>The entry to log: the stage, the party, the hours and what was done.</summary>
        public EffortEntry Entry { get; }
    }

    /// <summary>
    /// Completes the engagement once every stage is done and the final delivery accepted. The final delivery's acceptance
    /// completes it already (<see cref="AcceptStage"/> or <see cref="RecordDeemedAcceptance"/> of the last stage appends
    /// <see cref="EngagementEvent.Completed"/> with it), so on a completed engagement this command is accepted and changes
    /// nothing; it completes an engagement whose final delivery was accepted before the decider did so.
    /// </summary>
    public sealed record Complete : EngagementCommand
    {
        internal const string Name = "complete";

        internal override string Kind => Name;

        /// <summary>Completes the engagement.</summary>
        /// <param name="at">When.</param>
        public Complete(Instant at)
            : base(at)
        {
        }
    }
}
