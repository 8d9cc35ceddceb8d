using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>
/// The commands of payments: the client's deposit, milestone payments and final payment, and the other entries of the
/// <see cref="OwedLedger"/> (change orders, fees, credits, overpayments), paid or settled with a credit.
/// </content>
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

    /// <summary>
    /// Records a payment towards an entry of the <see cref="OwedLedger"/> other than the agreement's own payments: an
    /// accepted change order, a restart or late fee, a credit paid out, or an overpayment refunded. The entry's debtor
    /// pays; it may pay in parts, never more than is outstanding.
    /// </summary>
    /// <remarks>
    /// The deposit, milestone and final payments are received with <see cref="ReceiveDeposit"/> and
    /// <see cref="ReceivePayment"/>. Refused with <c>owed.unknown</c> when nothing is owed under the key,
    /// <c>owed.agreed-payment</c> for one of the agreement's payments, <c>owed.wrong-currency</c>, and
    /// <c>owed.overpaid</c> when the amount is more than is outstanding.
    /// </remarks>
    public sealed record PayOwed : EngagementCommand
    {
        internal const string Name = "pay-owed";

        internal override string Kind => Name;

        /// <summary>Records the payment.</summary>
        /// <param name="entry">The ledger entry paid (<see cref="OwedEntry.Key"/>).</param>
        /// <param name="amount">How much was paid; more than zero.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or less.</exception>
        public PayOwed(OwedKey entry, Money amount, Instant at)
            : base(at)
        {
            Entry = Preconditions.CheckNotNull(entry, nameof(entry));
            Amount = EngagementEvent.CheckPositive(amount, nameof(amount));
        }

        /// <summary>The ledger entry paid.</summary>
        public OwedKey Entry { get; }

        /// <summary>How much was paid.</summary>
        public Money Amount { get; }
    }

    /// <summary>
    /// Sets a credit off against something its holder owes back: a credit or an overpayment the provider owes the
    /// client, settled against a change order, a fee, a milestone payment or the final payment the client owes (and
    /// the mirror, should the client owe a credit). Both entries go down by the amount.
    /// </summary>
    /// <remarks>
    /// Once a credit settles part of a milestone or final payment, <see cref="ReceivePayment"/> takes the remainder;
    /// once it settles the whole, the payment counts as received. The deposit, which must arrive whole before the work
    /// is scheduled, is not settled with a credit. Refused with <c>owed.unknown</c>, <c>owed.not-a-credit</c>,
    /// <c>owed.not-settleable</c>, <c>owed.wrong-currency</c>, <c>owed.credit-exceeded</c> (more than is left of the
    /// credit) and <c>owed.overpaid</c> (more than is outstanding on the entry).
    /// </remarks>
    public sealed record SettleCredit : EngagementCommand
    {
        internal const string Name = "settle-credit";

        internal override string Kind => Name;

        /// <summary>Records the set-off.</summary>
        /// <param name="credit">The credit or overpayment used (<see cref="OwedKind.IsCreditNote"/>).</param>
        /// <param name="against">The entry it settles, owed the other way.</param>
        /// <param name="amount">How much is set off; more than zero.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or less.</exception>
        public SettleCredit(OwedKey credit, OwedKey against, Money amount, Instant at)
            : base(at)
        {
            Credit = Preconditions.CheckNotNull(credit, nameof(credit));
            Against = Preconditions.CheckNotNull(against, nameof(against));
            Amount = EngagementEvent.CheckPositive(amount, nameof(amount));
        }

        /// <summary>The credit or overpayment used.</summary>
        public OwedKey Credit { get; }

        /// <summary>The entry it settles.</summary>
        public OwedKey Against { get; }

        /// <summary>How much is set off.</summary>
        public Money Amount { get; }
    }
}
