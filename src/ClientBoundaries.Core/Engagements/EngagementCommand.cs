using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Something a person asks of an engagement: sign it, start a stage, hand off, pause ... Pass it
/// to <see cref="EngagementDecider.Decide"/>, which accepts it (as events) or refuses it (with
/// violations that say why).
/// </summary>
/// <remarks>
/// <para>Every command carries the <see cref="At"/> instant at which it happened; the library
/// never reads a clock. A command may also carry the engagement version it was decided on
/// (<see cref="ExpectingVersion"/>): if someone else changed the engagement in between, it is
/// refused rather than applied on top.</para>
/// <para>The cases are nested records (<see cref="Propose"/>, <see cref="HandOff"/> ...). Each checks
/// its arguments when made. Immutable and thread-safe; equal when kind and fields are equal.</para>
/// </remarks>
public abstract partial record EngagementCommand
{
    private EngagementCommand(Instant at)
    {
        At = at;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The engagement version the command was decided on, or null to apply it whatever the version.</summary>
    public int? ExpectedVersion { get; private init; }

    /// <summary>What the command does, as a verb phrase for messages: "hand off a stage".</summary>
    internal abstract string Action { get; }

    /// <summary>
    /// A copy of this command that is refused unless the engagement is still at
    /// <paramref name="version"/>: how two people acting at once on one engagement are kept from
    /// both winning.
    /// </summary>
    /// <param name="version">The <see cref="EngagementState.Version"/> the command was decided on; not negative.</param>
    /// <returns>The command, expecting that version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public EngagementCommand ExpectingVersion(int version)
    {
        Preconditions.CheckArgumentRange(nameof(version), version, 0, int.MaxValue);
        return this with { ExpectedVersion = version };
    }

    /// <summary>Opens the engagement with the agreement the provider proposes.</summary>
    public sealed record Propose : EngagementCommand
    {
        /// <summary>Proposes an agreement.</summary>
        /// <param name="agreement">The agreement proposed.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
        public Propose(Agreement agreement, Instant at)
            : base(at) => Agreement = Preconditions.CheckNotNull(agreement, nameof(agreement));

        /// <summary>The agreement proposed.</summary>
        public Agreement Agreement { get; }

        internal override string Action => "propose an agreement";
    }

    /// <summary>Records that both sides signed the agreement.</summary>
    public sealed record Sign : EngagementCommand
    {
        /// <summary>Records the signature.</summary>
        /// <param name="at">When.</param>
        public Sign(Instant at)
            : base(at)
        {
        }

        internal override string Action => "sign";
    }

    /// <summary>Records that the client's deposit arrived.</summary>
    public sealed record ReceiveDeposit : EngagementCommand
    {
        /// <summary>Records the deposit.</summary>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
        public ReceiveDeposit(Money amount, Instant at)
            : base(at) => Amount = Preconditions.CheckNotNull(amount, nameof(amount));

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }

        internal override string Action => "receive the deposit";
    }

    /// <summary>Puts dates on every stage, from a start date, once the deposit is in.</summary>
    public sealed record Schedule : EngagementCommand
    {
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

        internal override string Action => "schedule the work";
    }

    /// <summary>The owner of the current stage starts work on it.</summary>
    public sealed record StartStage : EngagementCommand
    {
        /// <summary>Starts a stage.</summary>
        /// <param name="stage">The stage; it must be the current one.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public StartStage(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        internal override string Action => "start a stage";
    }

    /// <summary>The owner of the current stage sends work to the other side (a draft, a batch of content).</summary>
    public sealed record SubmitWork : EngagementCommand
    {
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

        internal override string Action => "submit work";
    }

    /// <summary>
    /// The owner finishes the current stage and passes the ball to the other side, saying what is
    /// expected of it and by when.
    /// </summary>
    public sealed record HandOff : EngagementCommand
    {
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

        internal override string Action => "hand off a stage";
    }

    /// <summary>The receiver accepts a stage that was handed off to it.</summary>
    public sealed record AcceptStage : EngagementCommand
    {
        /// <summary>Accepts a stage.</summary>
        /// <param name="stage">The stage; it must be the last one handed off.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
        public AcceptStage(StageKey stage, Instant at)
            : base(at) => Stage = Preconditions.CheckNotNull(stage, nameof(stage));

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        internal override string Action => "accept a stage";
    }

    /// <summary>
    /// The other side asks the owner to revise a stage: work submitted in the current stage, or
    /// the stage just handed off (which then loops back to its owner).
    /// </summary>
    public sealed record RequestRevision : EngagementCommand
    {
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

        internal override string Action => "request a revision";
    }

    /// <summary>Records hours a party spent on a stage.</summary>
    public sealed record LogEffort : EngagementCommand
    {
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
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Party = Preconditions.CheckNotNull(party, nameof(party));
            Hours = Preconditions.CheckLoggedHours(hours, nameof(hours));
            Note = note is null ? null : Preconditions.CheckText(note, nameof(note));
        }

        /// <summary>The stage worked on.</summary>
        public StageKey Stage { get; }

        /// <summary>Who spent the hours.</summary>
        public PartyRole Party { get; }

        /// <summary>How many hours.</summary>
        public decimal Hours { get; }

        /// <summary>What was done, or null.</summary>
        public string? Note { get; }

        internal override string Action => "log effort";
    }

    /// <summary>Puts the engagement on hold, saying which side's situation caused it.</summary>
    public sealed record PauseWork : EngagementCommand
    {
        /// <summary>Pauses the engagement.</summary>
        /// <param name="causedBy">The party whose situation causes the pause (the silent client, the provider on leave).</param>
        /// <param name="reason">Why, in a sentence.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="causedBy"/> or <paramref name="reason"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public PauseWork(PartyRole causedBy, string reason, Instant at)
            : base(at)
        {
            CausedBy = Preconditions.CheckNotNull(causedBy, nameof(causedBy));
            Reason = Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The party whose situation causes the pause.</summary>
        public PartyRole CausedBy { get; }

        /// <summary>Why.</summary>
        public string Reason { get; }

        internal override string Action => "pause";
    }

    /// <summary>Takes a paused engagement up again.</summary>
    public sealed record ResumeWork : EngagementCommand
    {
        /// <summary>Resumes the engagement.</summary>
        /// <param name="at">When.</param>
        public ResumeWork(Instant at)
            : base(at)
        {
        }

        internal override string Action => "resume";
    }

    /// <summary>Closes the engagement once every stage is done and the final delivery accepted.</summary>
    public sealed record Complete : EngagementCommand
    {
        /// <summary>Completes the engagement.</summary>
        /// <param name="at">When.</param>
        public Complete(Instant at)
            : base(at)
        {
        }

        internal override string Action => "complete the engagement";
    }

    /// <summary>Ends the engagement early.</summary>
    public sealed record Terminate : EngagementCommand
    {
        /// <summary>Terminates the engagement.</summary>
        /// <param name="by">The party that ends it.</param>
        /// <param name="reason">Why, in a sentence.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="by"/> or <paramref name="reason"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public Terminate(PartyRole by, string reason, Instant at)
            : base(at)
        {
            By = Preconditions.CheckNotNull(by, nameof(by));
            Reason = Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The party that ends it.</summary>
        public PartyRole By { get; }

        /// <summary>Why.</summary>
        public string Reason { get; }

        internal override string Action => "terminate the engagement";
    }

    /// <summary>
    /// Records that a reminder the assessment listed was sent (<see cref="Assessment.Reminders"/>):
    /// it is never due again.
    /// </summary>
    public sealed record RecordReminderSent : EngagementCommand
    {
        /// <summary>Records the reminder.</summary>
        /// <param name="obligation">What it was about: <see cref="DueConsequence.Obligation"/>.</param>
        /// <param name="rule">The reminder rule: <see cref="DueConsequence.Rule"/>.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public RecordReminderSent(ObligationKey obligation, ConsequenceRule rule, Instant at)
            : base(at)
        {
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        }

        /// <summary>What the reminder was about.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>The reminder rule.</summary>
        public ConsequenceRule Rule { get; }

        internal override string Action => "record a reminder as sent";
    }

    /// <summary>
    /// Applies a consequence the assessment listed (<see cref="Assessment.Consequences"/>): it is
    /// recorded with its amount and is never due again. Applying a
    /// <see cref="ConsequenceKind.Pause"/> also pauses the engagement, caused by the late party.
    /// </summary>
    public sealed record ApplyConsequence : EngagementCommand
    {
        /// <summary>Applies the consequence.</summary>
        /// <param name="obligation">What the party is late with: <see cref="DueConsequence.Obligation"/>.</param>
        /// <param name="rule">The rule: <see cref="DueConsequence.Rule"/>.</param>
        /// <param name="at">When it was applied.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public ApplyConsequence(ObligationKey obligation, ConsequenceRule rule, Instant at)
            : base(at)
        {
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        }

        /// <summary>What the party is late with.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>The rule.</summary>
        public ConsequenceRule Rule { get; }

        internal override string Action => "apply a consequence";
    }

    /// <summary>
    /// Records a payment from the client: a milestone payment (once its stage is accepted) or the
    /// final payment (once the engagement is completed). The deposit is received with <see cref="ReceiveDeposit"/>.
    /// </summary>
    public sealed record ReceivePayment : EngagementCommand
    {
        /// <summary>Records the payment.</summary>
        /// <param name="payment">Which payment: <see cref="ObligationKey.MilestonePayment"/> or <see cref="ObligationKey.FinalPayment"/>.</param>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="payment"/> is not a milestone or final payment.</exception>
        public ReceivePayment(ObligationKey payment, Money amount, Instant at)
            : base(at)
        {
            Payment = EngagementEvent.CheckPayment(payment, nameof(payment));
            Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        }

        /// <summary>Which payment.</summary>
        public ObligationKey Payment { get; }

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }

        internal override string Action => "receive a payment";
    }

    /// <summary>
    /// Records days of force majeure, declared by either party: no consequence accrues on them, and
    /// they are attributed to neither side (see <see cref="ForceMajeurePeriod"/>).
    /// </summary>
    public sealed record RecordForceMajeure : EngagementCommand
    {
        /// <summary>Records the period.</summary>
        /// <param name="declaredBy">The party that declares it.</param>
        /// <param name="reason">What happened.</param>
        /// <param name="from">The first day.</param>
        /// <param name="until">The last day, included; at most <see cref="ForceMajeurePeriod.MaxDays"/> days after <paramref name="from"/>.</param>
        /// <param name="at">When it is recorded.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank, or a date is not in the ISO calendar.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The dates are out of order, too far apart, or outside years 1 to 9998.</exception>
        public RecordForceMajeure(PartyRole declaredBy, string reason, LocalDate from, LocalDate until, Instant at)
            : base(at)
        {
            DeclaredBy = Preconditions.CheckNotNull(declaredBy, nameof(declaredBy));
            Reason = Preconditions.CheckText(reason, nameof(reason));
            (From, Until) = EngagementEvent.CheckPeriod(from, until);
        }

        /// <summary>The party that declares it.</summary>
        public PartyRole DeclaredBy { get; }

        /// <summary>What happened.</summary>
        public string Reason { get; }

        /// <summary>The first day.</summary>
        public LocalDate From { get; }

        /// <summary>The last day, included.</summary>
        public LocalDate Until { get; }

        internal override string Action => "record force majeure";
    }

    /// <summary>
    /// Records a change request ("just one more thing") with its decision: included, covered by an
    /// allowance, goodwill, or out of scope with a draft change order. The decision is
    /// <see cref="ScopeLedger.Classify"/> against the engagement's ledger; the same violations refuse it.
    /// </summary>
    public sealed record RequestChange : EngagementCommand
    {
        /// <summary>Records a change request; it happens when the request was made.</summary>
        /// <param name="request">The request.</param>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        public RequestChange(ChangeRequest request)
            : base(Preconditions.CheckNotNull(request, nameof(request)).RequestedAt) => Request = request;

        /// <summary>The request.</summary>
        public ChangeRequest Request { get; }

        internal override string Action => "record a change request";
    }

    /// <summary>
    /// Sends a change order to the client, at its draft price and impact or at ones the provider sets.
    /// A proposal stays open for the agreement's <see cref="ChangeOrderTerms.ProposalValidDays"/>; an
    /// expired one, or one still open, can be proposed again with new numbers.
    /// </summary>
    public sealed record ProposeChangeOrder : EngagementCommand
    {
        /// <summary>Proposes a change order.</summary>
        /// <param name="changeOrder">The change order: the id of the request it answers.</param>
        /// <param name="at">When.</param>
        /// <param name="price">The price to propose, in the rate card's currency and not below its minimum fee; null for the draft's price.</param>
        /// <param name="scheduleImpactBusinessDays">The provider business days it adds, 0 to <see cref="Stage.MaxDurationBusinessDays"/>; null for the draft's impact.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative or above <see cref="Scope.ChangeOrder.MaxPrice"/>, or <paramref name="scheduleImpactBusinessDays"/> is out of range.</exception>
        public ProposeChangeOrder(ChangeRequestId changeOrder, Instant at, Money? price = null, int? scheduleImpactBusinessDays = null)
            : base(at)
        {
            ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
            if (price is not null)
            {
                Scope.ChangeOrder.CheckPrice(price, nameof(price));
            }

            if (scheduleImpactBusinessDays is { } days)
            {
                Preconditions.CheckArgumentRange(nameof(scheduleImpactBusinessDays), days, 0, Stage.MaxDurationBusinessDays);
            }

            Price = price;
            ScheduleImpactBusinessDays = scheduleImpactBusinessDays;
        }

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        /// <summary>The price to propose, or null for the draft's.</summary>
        public Money? Price { get; }

        /// <summary>The schedule impact to propose, or null for the draft's.</summary>
        public int? ScheduleImpactBusinessDays { get; }

        internal override string Action => "propose a change order";
    }

    /// <summary>
    /// The client accepts a proposed change order (one still open, or one whose work is proceeding
    /// while priced): the agreement is amended to a new version with its price and schedule impact,
    /// and later stages are re-planned.
    /// </summary>
    public sealed record AcceptChangeOrder : EngagementCommand
    {
        /// <summary>Accepts a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public AcceptChangeOrder(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        internal override string Action => "accept a change order";
    }

    /// <summary>The client declines a change order: nothing in the agreement changes.</summary>
    public sealed record DeclineChangeOrder : EngagementCommand
    {
        /// <summary>Declines a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <param name="reason">Why, when the client said; null otherwise.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public DeclineChangeOrder(ChangeRequestId changeOrder, Instant at, string? reason = null)
            : base(at)
        {
            ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
            Reason = reason is null ? null : Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        /// <summary>Why, or null.</summary>
        public string? Reason { get; }

        internal override string Action => "decline a change order";
    }

    /// <summary>
    /// Work on a change order goes ahead before its price is agreed, when the agreement allows it
    /// (<see cref="ChangeOrderTerms.AllowsProceedingWhilePriced"/>). It no longer expires; it is
    /// still accepted, declined or absorbed later.
    /// </summary>
    public sealed record ProceedWhilePriced : EngagementCommand
    {
        /// <summary>Lets the work go ahead.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public ProceedWhilePriced(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        internal override string Action => "proceed with a change order while it is priced";
    }

    /// <summary>
    /// The provider absorbs a change order: the work is done at no charge. The agreement is still
    /// amended (the scope grew, and the schedule by the change order's impact), at a price of zero.
    /// </summary>
    public sealed record AbsorbChangeOrder : EngagementCommand
    {
        /// <summary>Absorbs a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public AbsorbChangeOrder(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        internal override string Action => "absorb a change order";
    }
}
