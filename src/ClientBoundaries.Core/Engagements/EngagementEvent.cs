using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Something that happened to an engagement, as recorded in its stream: the agreement was
/// proposed, a stage was handed off, the engagement was paused ... The state of an engagement is
/// the fold of its events (<see cref="EngagementDecider.Replay"/>).
/// </summary>
/// <remarks>
/// <para>Streams are self-contained: the first event carries the agreement, and
/// <see cref="Scheduled"/> carries the plan, so a stream can be replayed anywhere, by any process,
/// with nothing else to hand. Events are facts in the past tense with the instant they happened.</para>
/// <para>Store them as they are and replay them to rebuild the state. The cases are nested
/// records. Immutable and thread-safe; equal when kind and fields are equal.</para>
/// </remarks>
public abstract partial record EngagementEvent
{
    private EngagementEvent(Instant at)
    {
        At = at;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>
    /// The event's stable kind name in kebab case ("handed-off"), for logs and storage. Being
    /// internal and abstract, it also keeps the hierarchy closed to subclasses outside the library.
    /// </summary>
    internal abstract string Kind { get; }

    /// <summary>The provider proposed the agreement: the first event of every stream.</summary>
    public sealed record Proposed : EngagementEvent
    {
        internal override string Kind => "proposed";

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
        internal override string Kind => "signed";

        /// <summary>Records the signature.</summary>
        /// <param name="at">When.</param>
        public Signed(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>The client's deposit arrived.</summary>
    public sealed record DepositReceived : EngagementEvent
    {
        internal override string Kind => "deposit-received";

        /// <summary>Records the deposit.</summary>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
        public DepositReceived(Money amount, Instant at)
            : base(at) => Amount = Preconditions.CheckNotNull(amount, nameof(amount));

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }
    }

    /// <summary>Every stage got its dates.</summary>
    public sealed record Scheduled : EngagementEvent
    {
        internal override string Kind => "scheduled";

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
        internal override string Kind => "stage-started";

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
        internal override string Kind => "work-submitted";

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
        internal override string Kind => "handed-off";

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
        internal override string Kind => "stage-accepted";

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

    /// <summary>The other side asked the owner to revise a stage.</summary>
    public sealed record RevisionRequested : EngagementEvent
    {
        internal override string Kind => "revision-requested";

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
        internal override string Kind => "effort-logged";

        /// <summary>Records the hours.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="party">Who spent them.</param>
        /// <param name="hours">How many: more than 0 and at most 24.</param>
        /// <param name="note">What was done, or null.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
        public EffortLogged(StageKey stage, PartyRole party, decimal hours, string? note, Instant at)
            : base(at)
        {
            Stage = Preconditions.CheckNotNull(stage, nameof(stage));
            Party = Preconditions.CheckNotNull(party, nameof(party));
            Hours = Preconditions.CheckLoggedHours(hours, nameof(hours));
            Note = note;
        }

        /// <summary>The stage.</summary>
        public StageKey Stage { get; }

        /// <summary>Who spent the hours.</summary>
        public PartyRole Party { get; }

        /// <summary>How many hours.</summary>
        public decimal Hours { get; }

        /// <summary>What was done, or null.</summary>
        public string? Note { get; }
    }

    /// <summary>The engagement was put on hold.</summary>
    public sealed record Paused : EngagementEvent
    {
        internal override string Kind => "paused";

        /// <summary>Records the pause.</summary>
        /// <param name="causedBy">The party whose situation caused it.</param>
        /// <param name="reason">Why.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public Paused(PartyRole causedBy, string reason, Instant at)
            : base(at)
        {
            CausedBy = Preconditions.CheckNotNull(causedBy, nameof(causedBy));
            Reason = Preconditions.CheckNotNull(reason, nameof(reason));
        }

        /// <summary>The party whose situation caused the pause.</summary>
        public PartyRole CausedBy { get; }

        /// <summary>Why.</summary>
        public string Reason { get; }
    }

    /// <summary>The engagement was taken up again.</summary>
    public sealed record Resumed : EngagementEvent
    {
        internal override string Kind => "resumed";

        /// <summary>Records the resumption.</summary>
        /// <param name="at">When.</param>
        public Resumed(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>Every stage was done and the final delivery accepted.</summary>
    public sealed record Completed : EngagementEvent
    {
        internal override string Kind => "completed";

        /// <summary>Records the completion.</summary>
        /// <param name="at">When.</param>
        public Completed(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>One side ended the engagement early.</summary>
    public sealed record Terminated : EngagementEvent
    {
        internal override string Kind => "terminated";

        /// <summary>Records the termination.</summary>
        /// <param name="by">The party that ended it.</param>
        /// <param name="reason">Why.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public Terminated(PartyRole by, string reason, Instant at)
            : base(at)
        {
            By = Preconditions.CheckNotNull(by, nameof(by));
            Reason = Preconditions.CheckNotNull(reason, nameof(reason));
        }

        /// <summary>The party that ended it.</summary>
        public PartyRole By { get; }

        /// <summary>Why.</summary>
        public string Reason { get; }
    }

    /// <summary>A reminder of a consequence policy was sent to the party that owes an obligation.</summary>
    public sealed record ReminderSent : EngagementEvent
    {
        internal override string Kind => "reminder-sent";

        /// <summary>Records the reminder.</summary>
        /// <param name="obligation">What the reminder was about.</param>
        /// <param name="round">Which round of the obligation (a revision that reopens a stage, or sends it back to wait, starts a new round); 0 or more.</param>
        /// <param name="rule">The reminder rule of the policy.</param>
        /// <param name="to">The party reminded.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="rule"/> is not a reminder.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is negative.</exception>
        public ReminderSent(ObligationKey obligation, int round, ConsequenceRule rule, PartyRole to, Instant at)
            : base(at)
        {
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Preconditions.CheckArgumentRange(nameof(round), round, 0, int.MaxValue);
            Round = round;
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
            Preconditions.CheckArgument(rule.Kind.IsReminder, nameof(rule), $"A reminder was expected, but the rule is a {rule.Kind}.");
            To = Preconditions.CheckNotNull(to, nameof(to));
        }

        /// <summary>What the reminder was about.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>Which stretch of the stage: 0 for the first, one more each time a revision reopens it or sends it back to wait for the stage before it; 0 for payments.</summary>
        public int Round { get; }

        /// <summary>The reminder rule of the policy.</summary>
        public ConsequenceRule Rule { get; }

        /// <summary>The party reminded.</summary>
        public PartyRole To { get; }
    }

    /// <summary>A consequence of a policy was applied to the party that is late: an escalation, a pause, a fee, a credit ...</summary>
    public sealed record ConsequenceApplied : EngagementEvent
    {
        internal override string Kind => "consequence-applied";

        /// <summary>Records the consequence.</summary>
        /// <param name="obligation">What the party was late with.</param>
        /// <param name="round">Which round of the obligation; 0 or more.</param>
        /// <param name="rule">The rule of the policy.</param>
        /// <param name="party">The late party.</param>
        /// <param name="amount">What it owes (a fee to the provider, or a credit to the client), after caps; null for kinds without money.</param>
        /// <param name="dueSince">When the consequence fell due; caps per month count it in that month.</param>
        /// <param name="at">When it was applied.</param>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="rule"/> is a reminder, or an amount is given for a kind without money.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> or <paramref name="amount"/> is negative.</exception>
        public ConsequenceApplied(ObligationKey obligation, int round, ConsequenceRule rule, PartyRole party, Money? amount, Instant dueSince, Instant at)
            : base(at)
        {
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Preconditions.CheckArgumentRange(nameof(round), round, 0, int.MaxValue);
            Round = round;
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
            Preconditions.CheckArgument(!rule.Kind.IsReminder, nameof(rule), "A reminder is recorded as sent (ReminderSent), not applied.");
            Party = Preconditions.CheckNotNull(party, nameof(party));
            Preconditions.CheckArgument(
                amount is null || rule.Kind.CarriesAmount,
                nameof(amount),
                $"A {rule.Kind} carries no money, but {amount} was given.");
            if (amount is { Amount: < 0m })
            {
                throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An amount owed must not be negative, was {amount}.");
            }

            Amount = amount;
            DueSince = dueSince;
        }

        /// <summary>What the party was late with.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>Which stretch of the stage: 0 for the first, one more each time a revision reopens it or sends it back to wait for the stage before it; 0 for payments.</summary>
        public int Round { get; }

        /// <summary>The rule of the policy.</summary>
        public ConsequenceRule Rule { get; }

        /// <summary>The late party.</summary>
        public PartyRole Party { get; }

        /// <summary>What the late party owes after caps (a fee to the provider, a credit to the client); null for kinds without money.</summary>
        public Money? Amount { get; }

        /// <summary>When the consequence fell due.</summary>
        public Instant DueSince { get; }
    }

    /// <summary>The client paid a milestone payment or the final payment (the deposit has <see cref="DepositReceived"/>).</summary>
    public sealed record PaymentReceived : EngagementEvent
    {
        internal override string Kind => "payment-received";

        /// <summary>Records the payment.</summary>
        /// <param name="payment">Which payment: <see cref="ObligationKey.MilestonePayment"/> or <see cref="ObligationKey.FinalPayment"/>.</param>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="payment"/> is not a milestone or final payment.</exception>
        public PaymentReceived(ObligationKey payment, Money amount, Instant at)
            : base(at)
        {
            Payment = CheckPayment(payment, nameof(payment));
            Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        }

        /// <summary>Which payment.</summary>
        public ObligationKey Payment { get; }

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }
    }

    /// <summary>A party recorded a period of force majeure: days attributed to neither side, on which no consequence accrues.</summary>
    public sealed record ForceMajeureRecorded : EngagementEvent
    {
        internal override string Kind => "force-majeure-recorded";

        /// <summary>Records the period.</summary>
        /// <param name="declaredBy">The party that recorded it.</param>
        /// <param name="reason">What happened.</param>
        /// <param name="from">The first day.</param>
        /// <param name="until">The last day, included; at most <see cref="ForceMajeurePeriod.MaxDays"/> days after <paramref name="from"/>.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank, or a date is not in the ISO calendar.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The dates are out of order, too far apart, or outside years 1 to 9998.</exception>
        public ForceMajeureRecorded(PartyRole declaredBy, string reason, LocalDate from, LocalDate until, Instant at)
            : base(at)
        {
            DeclaredBy = Preconditions.CheckNotNull(declaredBy, nameof(declaredBy));
            Reason = Preconditions.CheckText(reason, nameof(reason));
            (From, Until) = CheckPeriod(from, until);
        }

        /// <summary>The party that recorded it.</summary>
        public PartyRole DeclaredBy { get; }

        /// <summary>What happened.</summary>
        public string Reason { get; }

        /// <summary>The first day.</summary>
        public LocalDate From { get; }

        /// <summary>The last day, included.</summary>
        public LocalDate Until { get; }
    }

    /// <summary>A change request was recorded with its decision: included, covered by an allowance, goodwill, or out of scope with a draft change order.</summary>
    public sealed record ChangeRequested : EngagementEvent
    {
        internal override string Kind => "change-requested";

        /// <summary>Records the request and its decision.</summary>
        /// <param name="decision">The decision, which carries the request.</param>
        /// <param name="at">When the request was made.</param>
        /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
        public ChangeRequested(ScopeDecision decision, Instant at)
            : base(at) => Decision = Preconditions.CheckNotNull(decision, nameof(decision));

        /// <summary>The decision, which carries the request.</summary>
        public ScopeDecision Decision { get; }
    }

    /// <summary>A change order was sent to the client with its price and schedule impact, open until it expires.</summary>
    public sealed record ChangeOrderProposed : EngagementEvent
    {
        internal override string Kind => "change-order-proposed";

        /// <summary>Records the proposal.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="price">The price proposed, 0 to <see cref="Scope.ChangeOrder.MaxPrice"/>.</param>
        /// <param name="scheduleImpactBusinessDays">The provider business days it adds to the schedule, 0 to 2,600.</param>
        /// <param name="expiresAt">When the proposal expires, after <paramref name="at"/>.</param>
        /// <param name="at">When it was proposed.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The price or the impact is out of range, or the proposal expires before it is made.</exception>
        public ChangeOrderProposed(ChangeRequestId changeOrder, Money price, int scheduleImpactBusinessDays, Instant expiresAt, Instant at)
            : base(at)
        {
            ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
            Price = Scope.ChangeOrder.CheckPrice(price, nameof(price));
            Preconditions.CheckArgumentRange(nameof(scheduleImpactBusinessDays), scheduleImpactBusinessDays, 0, Stage.MaxDurationBusinessDays);
            ScheduleImpactBusinessDays = scheduleImpactBusinessDays;
            if (expiresAt <= at)
            {
                throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, $"A proposal must expire after it is made ({at}), was {expiresAt}.");
            }

            ExpiresAt = expiresAt;
        }

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        /// <summary>The price proposed.</summary>
        public Money Price { get; }

        /// <summary>The provider business days it adds to the schedule.</summary>
        public int ScheduleImpactBusinessDays { get; }

        /// <summary>When the proposal expires.</summary>
        public Instant ExpiresAt { get; }
    }

    /// <summary>Work on a change order goes ahead while its price is agreed, as the agreement allows.</summary>
    public sealed record ChangeOrderProceeding : EngagementEvent
    {
        internal override string Kind => "change-order-proceeding";

        /// <summary>Records that work goes ahead.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public ChangeOrderProceeding(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }
    }

    /// <summary>The client declined a change order: nothing in the agreement changes.</summary>
    public sealed record ChangeOrderDeclined : EngagementEvent
    {
        internal override string Kind => "change-order-declined";

        /// <summary>Records the refusal.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="reason">Why, when the client said; null otherwise.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public ChangeOrderDeclined(ChangeRequestId changeOrder, string? reason, Instant at)
            : base(at)
        {
            ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));
            Reason = reason is null ? null : Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }

        /// <summary>Why, or null.</summary>
        public string? Reason { get; }
    }

    /// <summary>
    /// The client accepted a change order, or the provider absorbed it at no charge: the agreement is
    /// amended to a new version (<see cref="Amendment"/>), and later stages are re-planned.
    /// </summary>
    public sealed record ChangeOrderAccepted : EngagementEvent
    {
        internal override string Kind => "change-order-accepted";

        /// <summary>Records the acceptance and the amendment it makes.</summary>
        /// <param name="amendment">The amendment, which names the change order.</param>
        /// <param name="absorbed">True when the provider absorbed it at no charge (the amendment's price is then zero); false when the client accepted it.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="amendment"/> is null.</exception>
        /// <exception cref="ArgumentException">An absorbed change order has a price.</exception>
        public ChangeOrderAccepted(Amendment amendment, bool absorbed, Instant at)
            : base(at)
        {
            Amendment = Preconditions.CheckNotNull(amendment, nameof(amendment));
            Preconditions.CheckArgument(
                !absorbed || amendment.Price.IsZero,
                nameof(absorbed),
                $"An absorbed change order costs the client nothing, but the amendment's price is {amendment.Price}.");
            Absorbed = absorbed;
        }

        /// <summary>The amendment, which names the change order, the new version, the price and the schedule impact.</summary>
        public Amendment Amendment { get; }

        /// <summary>Whether the provider absorbed it at no charge.</summary>
        public bool Absorbed { get; }
    }

    internal static ObligationKey CheckPayment(ObligationKey payment, string paramName)
    {
        Preconditions.CheckNotNull(payment, paramName);
        Preconditions.CheckArgument(
            payment.Kind == ObligationKind.MilestonePayment || payment.Kind == ObligationKind.FinalPayment,
            paramName,
            $"A milestone payment or the final payment was expected, was the {payment}.");
        return payment;
    }

    internal static (LocalDate From, LocalDate Until) CheckPeriod(LocalDate from, LocalDate until)
    {
        Preconditions.CheckDueDate(from, nameof(from));
        Preconditions.CheckDueDate(until, nameof(until));
        var days = Period.DaysBetween(from, until);
        if (days < 0 || days >= ForceMajeurePeriod.MaxDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(until),
                until,
                $"A force majeure period runs from its first day to its last, at most {ForceMajeurePeriod.MaxDays} days, but {from:uuuu-MM-dd}..{until:uuuu-MM-dd} is {days + 1} days.");
        }

        return (from, until);
    }
}
