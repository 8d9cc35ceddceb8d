using System;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The events of how the two sides talk: meetings, check-ins, feedback and the incidents the provider owns.</content>
public abstract partial record EngagementEvent
{
    /// <summary>A meeting was booked under the agreement's meeting policy.</summary>
    public sealed record MeetingBooked : EngagementEvent
    {
        internal const string Name = "meeting-booked";

        internal override string Kind => Name;

        /// <summary>Records the booking.</summary>
        /// <param name="meetingId">The meeting's id, unique in the engagement.</param>
        /// <param name="meeting">The meeting as booked (<see cref="Communication.Meeting.Book"/>).</param>
        /// <param name="at">When it was booked.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public MeetingBooked(MeetingId meetingId, Meeting meeting, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            Meeting = Preconditions.CheckNotNull(meeting, nameof(meeting));
        }

        /// <summary>The meeting's id.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>The meeting as booked.</summary>
        public Meeting Meeting { get; }
    }

    /// <summary>A booked meeting was called off before it was held.</summary>
    public sealed record MeetingCancelled : EngagementEvent
    {
        internal const string Name = "meeting-cancelled";

        internal override string Kind => Name;

        /// <summary>Records the cancellation.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="reason">Why.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public MeetingCancelled(MeetingId meetingId, string reason, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            Reason = Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>Why it was called off.</summary>
        public string Reason { get; }
    }

    /// <summary>A booked meeting was held: when it really started and ended, what was covered; its recap is now owed.</summary>
    public sealed record MeetingHeld : EngagementEvent
    {
        internal const string Name = "meeting-held";

        internal override string Kind => Name;

        /// <summary>Records the meeting as held.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="held">The meeting as held (<see cref="HeldMeeting.Record"/>), with the follow-up items and when the recap is due.</param>
        /// <param name="at">When it was recorded; not before the meeting ended.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the meeting ended.</exception>
        public MeetingHeld(MeetingId meetingId, HeldMeeting held, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            Held = Preconditions.CheckNotNull(held, nameof(held));
            if (at < held.EndedAt)
            {
                throw Preconditions.OutOfRange(nameof(at), $"A meeting is recorded as held once it has ended ({held.EndedAt}), was {at}.");
            }
        }

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>The meeting as held.</summary>
        public HeldMeeting Held { get; }
    }

    /// <summary>The written recap of a held meeting (what was agreed, the follow-up items) was sent.</summary>
    public sealed record RecapSent : EngagementEvent
    {
        internal const string Name = "recap-sent";

        internal override string Kind => Name;

        /// <summary>Records the recap as sent.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> is null.</exception>
        public RecapSent(MeetingId meetingId, Instant at)
            : base(at) => MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }
    }

    /// <summary>A check-in of the agreed cadence was recorded as held, or as missed.</summary>
    public sealed record CheckInRecorded : EngagementEvent
    {
        internal const string Name = "check-in-recorded";

        internal override string Kind => Name;

        /// <summary>Records a check-in.</summary>
        /// <param name="occurrence">The date of the cadence it stands for, in the provider's calendar.</param>
        /// <param name="held">True when it was held, false when it was missed.</param>
        /// <param name="note">For a missed check-in, why; null for one held.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentException">A missed check-in has no reason, a held one has one, or the reason is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is outside the supported years.</exception>
        public CheckInRecorded(LocalDate occurrence, bool held, string? note, Instant at)
            : base(at)
        {
            Occurrence = Preconditions.CheckDueDate(occurrence, nameof(occurrence));
            Preconditions.CheckArgument(held == (note is null), nameof(note), held ? "A check-in held carries no reason." : "A missed check-in needs a reason.");
            Held = held;
            Note = note is null ? null : Preconditions.CheckText(note, nameof(note));
        }

        /// <summary>The date of the cadence it stands for.</summary>
        public LocalDate Occurrence { get; }

        /// <summary>True when it was held, false when it was missed.</summary>
        public bool Held { get; }

        /// <summary>For a missed check-in, why; null for one held.</summary>
        public string? Note { get; }
    }

    /// <summary>The provider asked the client for feedback at one of the agreed points.</summary>
    public sealed record FeedbackRequested : EngagementEvent
    {
        internal const string Name = "feedback-requested";

        internal override string Kind => Name;

        /// <summary>Records the request.</summary>
        /// <param name="point">The point.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
        public FeedbackRequested(FeedbackPoint point, Instant at)
            : base(at) => Point = Preconditions.CheckNotNull(point, nameof(point));

        /// <summary>The point.</summary>
        public FeedbackPoint Point { get; }
    }

    /// <summary>The client answered a feedback request.</summary>
    public sealed record FeedbackReceived : EngagementEvent
    {
        internal const string Name = "feedback-received";

        internal override string Kind => Name;

        /// <summary>Records the answer.</summary>
        /// <param name="point">The point it answers.</param>
        /// <param name="response">What the client said, as the provider writes it down.</param>
        /// <param name="at">When it came.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="response"/> is blank.</exception>
        public FeedbackReceived(FeedbackPoint point, string response, Instant at)
            : base(at)
        {
            Point = Preconditions.CheckNotNull(point, nameof(point));
            Response = Preconditions.CheckText(response, nameof(response));
        }

        /// <summary>The point it answers.</summary>
        public FeedbackPoint Point { get; }

        /// <summary>What the client said.</summary>
        public string Response { get; }
    }

    /// <summary>The provider owned a mistake: what happened, its impact on the client, the remedy offered, and when it follows through.</summary>
    public sealed record IncidentRecorded : EngagementEvent
    {
        internal const string Name = "incident-recorded";

        internal override string Kind => Name;

        /// <summary>Records the incident from its report.</summary>
        /// <param name="report">The report.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public IncidentRecorded(IncidentReport report, Instant at)
            : base(at) => Report = Preconditions.CheckNotNull(report, nameof(report));

        /// <summary>The incident as the provider reported it: its id, what happened, the impact, the remedy and the follow-through date.</summary>
        public IncidentReport Report { get; }
    }

    /// <summary>The provider followed through on an incident's remedy.</summary>
    public sealed record IncidentFollowedThrough : EngagementEvent
    {
        internal const string Name = "incident-followed-through";

        internal override string Kind => Name;

        /// <summary>Records the follow-through.</summary>
        /// <param name="incidentId">The incident.</param>
        /// <param name="whatWasDone">What the provider did.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="whatWasDone"/> is blank.</exception>
        public IncidentFollowedThrough(IncidentId incidentId, string whatWasDone, Instant at)
            : base(at)
        {
            IncidentId = Preconditions.CheckNotNull(incidentId, nameof(incidentId));
            WhatWasDone = Preconditions.CheckText(whatWasDone, nameof(whatWasDone));
        }

        /// <summary>The incident.</summary>
        public IncidentId IncidentId { get; }

        /// <summary>What the provider did.</summary>
        public string WhatWasDone { get; }
    }

    /// <summary>A credit applied under the provider's consequence policy was linked to an incident, as part of its remedy.</summary>
    public sealed record IncidentCreditLinked : EngagementEvent
    {
        internal const string Name = "incident-credit-linked";

        internal override string Kind => Name;

        /// <summary>Records the link.</summary>
        /// <param name="incidentId">The incident.</param>
        /// <param name="obligation">The provider's stage the credit was applied for.</param>
        /// <param name="round">The round of the stage it was applied in; 0 or more.</param>
        /// <param name="rule">The credit rule.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="rule"/> is not a credit.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is negative.</exception>
        public IncidentCreditLinked(IncidentId incidentId, ObligationKey obligation, int round, ConsequenceRule rule, Instant at)
            : base(at)
        {
            IncidentId = Preconditions.CheckNotNull(incidentId, nameof(incidentId));
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Preconditions.CheckArgumentRange(nameof(round), round, 0, int.MaxValue);
            Round = round;
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
            Preconditions.CheckArgument(rule.Kind == ConsequenceKind.Credit, nameof(rule), $"A credit rule was expected, was a {rule.Kind}.");
        }

        /// <summary>The incident.</summary>
        public IncidentId IncidentId { get; }

        /// <summary>The provider's stage the credit was applied for.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>The round of the stage it was applied in.</summary>
        public int Round { get; }

        /// <summary>The credit rule.</summary>
        public ConsequenceRule Rule { get; }
    }

    /// <summary>A message arrived that the other party owes a reply to, by the instant its response commitment gives.</summary>
    public sealed record MessageReceived : EngagementEvent
    {
        internal const string Name = "message-received";

        internal override string Kind => Name;

        /// <summary>Records the message.</summary>
        /// <param name="messageId">The message's id, unique in the engagement.</param>
        /// <param name="from">Who sent it; the other party owes the reply.</param>
        /// <param name="channel">The channel it came on.</param>
        /// <param name="replyDueBy">By when the reply is owed; after <paramref name="at"/>.</param>
        /// <param name="at">When it arrived.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="replyDueBy"/> is not after <paramref name="at"/>.</exception>
        public MessageReceived(MessageId messageId, PartyRole from, Channel channel, Instant replyDueBy, Instant at)
            : base(at)
        {
            MessageId = Preconditions.CheckNotNull(messageId, nameof(messageId));
            From = Preconditions.CheckNotNull(from, nameof(from));
            Channel = Preconditions.CheckNotNull(channel, nameof(channel));
            if (replyDueBy <= at)
            {
                throw Preconditions.OutOfRange(nameof(replyDueBy), $"A reply is owed after the message arrives ({at}), was {replyDueBy}.");
            }

            ReplyDueBy = replyDueBy;
        }

        /// <summary>The message's id.</summary>
        public MessageId MessageId { get; }

        /// <summary>Who sent it.</summary>
        public PartyRole From { get; }

        /// <summary>The channel it came on.</summary>
        public Channel Channel { get; }

        /// <summary>By when the reply is owed.</summary>
        public Instant ReplyDueBy { get; }
    }

    /// <summary>The reply to a message was sent.</summary>
    public sealed record ReplySent : EngagementEvent
    {
        internal const string Name = "reply-sent";

        internal override string Kind => Name;

        /// <summary>Records the reply.</summary>
        /// <param name="messageId">The message replied to.</param>
        /// <param name="at">When the reply was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="messageId"/> is null.</exception>
        public ReplySent(MessageId messageId, Instant at)
            : base(at) => MessageId = Preconditions.CheckNotNull(messageId, nameof(messageId));

        /// <summary>The message replied to.</summary>
        public MessageId MessageId { get; }
    }
}
