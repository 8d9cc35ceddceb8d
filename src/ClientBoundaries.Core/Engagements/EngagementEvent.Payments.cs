using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>
/// The events of payments: the client's deposit, milestone payments and final payment, and the payments and set-offs of
/// the other entries of the <see cref="OwedLedger"/>.
/// </content>
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

    /// <summary>A payment towards a change order, a fee, a credit or an overpayment of the <see cref="OwedLedger"/>.</summary>
    public sealed record OwedPaid : EngagementEvent
    {
        internal const string Name = "owed-paid";

        internal override string Kind => Name;

        /// <summary>Records the payment.</summary>
        /// <param name="entry">The ledger entry paid.</param>
        /// <param name="amount">How much was paid; more than zero.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or less.</exception>
        public OwedPaid(OwedKey entry, Money amount, Instant at)
            : base(at)
        {
            Entry = Preconditions.CheckNotNull(entry, nameof(entry));
            Amount = CheckPositive(amount, nameof(amount));
        }

        /// <summary>The ledger entry paid.</summary>
        public OwedKey Entry { get; }

        /// <summary>How much was paid.</summary>
        public Money Amount { get; }
    }

    /// <summary>A credit or overpayment was set off against an entry owed the other way.</summary>
    public sealed record CreditSettled : EngagementEvent
    {
        internal const string Name = "credit-settled";

        internal override string Kind => Name;

        /// <summary>Records the set-off.</summary>
        /// <param name="credit">The credit or overpayment used.</param>
        /// <param name="against">The entry it settles.</param>
        /// <param name="amount">How much was set off; more than zero.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or less.</exception>
        public CreditSettled(OwedKey credit, OwedKey against, Money amount, Instant at)
            : base(at)
        {
            Credit = Preconditions.CheckNotNull(credit, nameof(credit));
            Against = Preconditions.CheckNotNull(against, nameof(against));
            Amount = CheckPositive(amount, nameof(amount));
        }

        /// <summary>The credit or overpayment used.</summary>
        public OwedKey Credit { get; }

        /// <summary>The entry it settles.</summary>
        public OwedKey Against { get; }

        /// <summary>How much was set off.</summary>
        public Money Amount { get; }
    }
}
