using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands that interrupt the work: a pause and its end, force majeure, termination.</content>
public abstract partial record EngagementCommand
{
    /// <summary>Puts the engagement on hold, saying which side's situation caused it.</summary>
    public sealed record PauseWork : EngagementCommand
    {
        internal const string Name = "pause-work";

        internal override string Kind => Name;

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
    }

    /// <summary>Takes a paused engagement up again.</summary>
    public sealed record ResumeWork : EngagementCommand
    {
        internal const string Name = "resume-work";

        internal override string Kind => Name;

        /// <summary>Resumes the engagement.</summary>
        /// <param name="at">When.</param>
        public ResumeWork(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>Ends the engagement early.</summary>
    public sealed record Terminate : EngagementCommand
    {
        internal const string Name = "terminate";

        internal override string Kind => Name;

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
    }

    /// <summary>
    /// Records days of force majeure, declared by either party: no consequence accrues on them, and
    /// they are attributed to neither side (see <see cref="ForceMajeurePeriod"/>).
    /// </summary>
    public sealed record RecordForceMajeure : EngagementCommand
    {
        internal const string Name = "record-force-majeure";

        internal override string Kind => Name;

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
            : this(new ForceMajeurePeriod(declaredBy, reason, from, until), at)
        {
        }

        /// <summary>Records the period, given as one value.</summary>
        /// <param name="period">The period: who declares it, why, its first and last day.</param>
        /// <param name="at">When it is recorded.</param>
        /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
        public RecordForceMajeure(ForceMajeurePeriod period, Instant at)
            : base(at) => Period = Preconditions.CheckNotNull(period, nameof(period));

        /// <summary>The period: who declares it, why, its first and last day.</summary>
        public ForceMajeurePeriod Period { get; }
    }
}
