using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events of what the assessment listed as due and the host acted on: a reminder sent, a consequence applied.</content>
public abstract partial record EngagementEvent
{
    /// <summary>A reminder of a consequence policy was sent to the party that owes an obligation.</summary>
    public sealed record ReminderSent : EngagementEvent
    {
        internal const string Name = "reminder-sent";

        internal override string Kind => Name;

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
        internal const string Name = "consequence-applied";

        internal override string Kind => Name;

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
                throw Preconditions.OutOfRange(nameof(amount), $"An amount owed must not be negative, was {amount}.");
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
}
