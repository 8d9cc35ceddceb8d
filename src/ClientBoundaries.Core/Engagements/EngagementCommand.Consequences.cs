using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands that record what the assessment listed as due: a reminder sent, a consequence applied.</content>
public abstract partial record EngagementCommand
{
    /// <summary>
    /// Records that a reminder the assessment listed was sent (<see cref="Assessment.Reminders"/>):
    /// it is never due again.
    /// </summary>
    public sealed record RecordReminderSent : EngagementCommand
    {
        internal const string Name = "record-reminder-sent";

        internal override string Kind => Name;

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
    }

    /// <summary>
    /// Applies a consequence the assessment listed (<see cref="Assessment.Consequences"/>): it is
    /// recorded with its amount and is never due again. Applying a
    /// <see cref="ConsequenceKind.Pause"/> also pauses the engagement, caused by the late party.
    /// </summary>
    public sealed record ApplyConsequence : EngagementCommand
    {
        internal const string Name = "apply-consequence";

        internal override string Kind => Name;

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
    }
}
