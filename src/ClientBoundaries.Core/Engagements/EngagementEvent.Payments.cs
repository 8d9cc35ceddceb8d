using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events of the client's payments: the deposit, the milestone payments and the final payment.</content>
public abstract partial record EngagementEvent
{
    /// <summary>The client's deposit arrived.</summary>
    public sealed record DepositReceived : EngagementEvent
    {
        internal const string Name = "deposit-received";

        internal override string Kind => Name;

        /// <summary>Records the deposit.</summary>
        /// <param name="amount">How much arrived.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
        public DepositReceived(Money amount, Instant at)
            : base(at) => Amount = Preconditions.CheckNotNull(amount, nameof(amount));

        /// <summary>How much arrived.</summary>
        public Money Amount { get; }
    }

    /// <summary>The client paid a milestone payment or the final payment (the deposit has <see cref="DepositReceived"/>).</summary>
    public sealed record PaymentReceived : EngagementEvent
    {
        internal const string Name = "payment-received";

        internal override string Kind => Name;

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
}
