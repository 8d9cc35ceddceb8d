using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events of scope: a change request with its decision, and the change order that answers one.</content>
public abstract partial record EngagementEvent
{
    /// <summary>A change request was recorded with its decision: included, covered by an allowance, goodwill, or out of scope with a draft change order.</summary>
    public sealed record ChangeRequested : EngagementEvent
    {
        internal const string Name = "change-requested";

        internal override string Kind => Name;

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
        internal const string Name = "change-order-proposed";

        internal override string Kind => Name;

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
                throw Preconditions.OutOfRange(nameof(expiresAt), $"A proposal must expire after it is made ({at}), was {expiresAt}.");
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
        internal const string Name = "change-order-proceeding";

        internal override string Kind => Name;

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
        internal const string Name = "change-order-declined";

        internal override string Kind => Name;

        /// <summary>Records the refusal.</summary>
        /// <param name="decline">Which change order, and why when the client said.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="decline"/> is null.</exception>
        public ChangeOrderDeclined(ChangeOrderDecline decline, Instant at)
            : base(at) => Decline = Preconditions.CheckNotNull(decline, nameof(decline));

        /// <summary>Which change order, and why when the client said.</summary>
        public ChangeOrderDecline Decline { get; }
    }

    /// <summary>
    /// The client accepted a change order, or the provider absorbed it at no charge: the agreement is
    /// amended to a new version (<see cref="Amendment"/>), and later stages are re-planned.
    /// </summary>
    public sealed record ChangeOrderAccepted : EngagementEvent
    {
        internal const string Name = "change-order-accepted";

        internal override string Kind => Name;

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
}
