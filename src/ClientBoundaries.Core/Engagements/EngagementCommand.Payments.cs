using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands of the client's payments: the deposit, the milestone payments and the final payment.</content>
public abstract partial record EngagementCommand
{
    /// <summary>Records that the client's deposit arrived.</summary>
    public sealed record ReceiveDeposit : EngagementCommand
    {
        internal const string Name = "receive-deposit";

        internal override string Kind => Name;

        /// <summary>Records the deposit.</summary>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
        public ReceiveDeposit(Money amount, Instant at)
            : base(at) => Amount = Preconditions.CheckNotNull(amount, nameof(amount));

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }
    }

    /// <summary>
    /// Records a payment from the client: a milestone payment (once its stage is accepted) or the
    /// final payment (once the engagement is completed). The deposit is received with <see cref="ReceiveDeposit"/>.
    /// </summary>
    public sealed record ReceivePayment : EngagementCommand
    {
        internal const string Name = "receive-payment";

        internal override string Kind => Name;

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
    }
}
