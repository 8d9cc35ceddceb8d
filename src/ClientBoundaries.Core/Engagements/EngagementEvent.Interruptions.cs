using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events that interrupt the work: a pause and its end, force majeure, termination.</content>
public abstract partial record EngagementEvent
{
    /// <summary>The engagement was put on hold.</summary>
    public sealed record Paused : EngagementEvent
    {
        internal const string Name = "paused";

        internal override string Kind => Name;

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
        internal const string Name = "resumed";

        internal override string Kind => Name;

        /// <summary>Records the resumption.</summary>
        /// <param name="at">When.</param>
        public Resumed(Instant at)
            : base(at)
        {
        }
    }

    /// <summary>One side ended the engagement early.</summary>
    public sealed record Terminated : EngagementEvent
    {
        internal const string Name = "terminated";

        internal override string Kind => Name;

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

    /// <summary>A party recorded a period of force majeure: days attributed to neither side, on which no consequence accrues.</summary>
    public sealed record ForceMajeureRecorded : EngagementEvent
    {
        internal const string Name = "force-majeure-recorded";

        internal override string Kind => Name;

        /// <summary>Records the period.</summary>
        /// <param name="period">The period: who recorded it, why, its first and last day.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
        public ForceMajeureRecorded(ForceMajeurePeriod period, Instant at)
            : base(at) => Period = Preconditions.CheckNotNull(period, nameof(period));

        /// <summary>The period: who recorded it, why, its first and last day.</summary>
        public ForceMajeurePeriod Period { get; }
    }
}
