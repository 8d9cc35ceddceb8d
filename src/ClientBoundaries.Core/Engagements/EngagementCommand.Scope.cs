using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands of scope: a change request, and the change order that answers one.</content>
public abstract partial record EngagementCommand
{
    /// <summary>
    /// Records a change request ("just one more thing") with its decision: included, covered by an
    /// allowance, goodwill, or out of scope with a draft change order. The decision is
    /// <see cref="ScopeLedger.Classify(ChangeRequest, Language)"/> against the engagement's ledger, its answer worded in
    /// the client's language (<c>CommunicationPreferences.Language</c>); the same violations refuse it.
    /// </summary>
    public sealed record RequestChange : EngagementCommand
    {
        internal const string Name = "request-change";

        internal override string Kind => Name;

        /// <summary>Records a change request; it happens when the request was made.</summary>
        /// <param name="request">The request.</param>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        public RequestChange(ChangeRequest request)
            : base(Preconditions.CheckNotNull(request, nameof(request)).RequestedAt) => Request = request;

        /// <summary>The request.</summary>
        public ChangeRequest Request { get; }
    }

    /// <summary>
    /// Sends a change order to the client, at its draft price and impact or at ones the provider sets.
    /// A proposal stays open for the agreement's <see cref="ChangeOrderTerms.ProposalValidDays"/>; an
    /// expired one, or one still open, can be proposed again with new numbers.
    /// </summary>
    public sealed record ProposeChangeOrder : EngagementCommand
    {
        internal const string Name = "propose-change-order";

        internal override string Kind => Name;

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
    }

    /// <summary>
    /// The client accepts a proposed change order (one still open, or one whose work is proceeding
    /// while priced): the agreement is amended to a new version with its price and schedule impact,
    /// and later stages are re-planned.
    /// </summary>
    public sealed record AcceptChangeOrder : EngagementCommand
    {
        internal const string Name = "accept-change-order";

        internal override string Kind => Name;

        /// <summary>Accepts a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public AcceptChangeOrder(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }
    }

    /// <summary>The client declines a change order: nothing in the agreement changes.</summary>
    public sealed record DeclineChangeOrder : EngagementCommand
    {
        internal const string Name = "decline-change-order";

        internal override string Kind => Name;

        /// <summary>Declines a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <param name="reason">Why, when the client said; null otherwise.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public DeclineChangeOrder(ChangeRequestId changeOrder, Instant at, string? reason = null)
            : this(new ChangeOrderDecline(changeOrder, reason), at)
        {
        }

        /// <summary>Declines a change order, given as one value.</summary>
        /// <param name="decline">Which change order, and why when the client said.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="decline"/> is null.</exception>
        public DeclineChangeOrder(ChangeOrderDecline decline, Instant at)
            : base(at) => Decline = Preconditions.CheckNotNull(decline, nameof(decline));

        /// <summary>Which change order, and why when the client said.</summary>
        public ChangeOrderDecline Decline { get; }
    }

    /// <summary>
    /// Work on a change order goes ahead before its price is agreed, when the agreement allows it
    /// (<see cref="ChangeOrderTerms.AllowsProceedingWhilePriced"/>). It no longer expires; it is
    /// still accepted, declined or absorbed later.
    /// </summary>
    public sealed record ProceedWhilePriced : EngagementCommand
    {
        internal const string Name = "proceed-while-priced";

        internal override string Kind => Name;

        /// <summary>Lets the work go ahead.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public ProceedWhilePriced(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }
    }

    /// <summary>
    /// The provider absorbs a change order: the work is done at no charge. The agreement is still
    /// amended (the scope grew, and the schedule by the change order's impact), at a price of zero.
    /// </summary>
    public sealed record AbsorbChangeOrder : EngagementCommand
    {
        internal const string Name = "absorb-change-order";

        internal override string Kind => Name;

        /// <summary>Absorbs a change order.</summary>
        /// <param name="changeOrder">The change order.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="changeOrder"/> is null.</exception>
        public AbsorbChangeOrder(ChangeRequestId changeOrder, Instant at)
            : base(at) => ChangeOrder = Preconditions.CheckNotNull(changeOrder, nameof(changeOrder));

        /// <summary>The change order.</summary>
        public ChangeRequestId ChangeOrder { get; }
    }
}
