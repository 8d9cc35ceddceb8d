using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <content>The commands of how the two sides talk: meetings, check-ins, feedback and the incidents the provider owns.</content>
public abstract partial record EngagementCommand
{
    /// <summary>
    /// Books a meeting under the agreement's meeting policy (<see cref="Meeting.Book"/>): a meeting
    /// longer than the policy allows is refused with <c>meeting.too-long</c>.
    /// </summary>
    public sealed record BookMeeting : EngagementCommand
    {
        internal const string Name = "book-meeting";

        internal override string Kind => Name;

        private readonly ValueList<string> _agenda;

        /// <summary>Books a meeting.</summary>
        /// <param name="meetingId">The meeting's id, unique in the engagement.</param>
        /// <param name="start">When it starts.</param>
        /// <param name="agenda">Its items, at least one, none blank.</param>
        /// <param name="length">How long; null for the policy's default; more than zero.</param>
        /// <param name="anotherAppointmentFollows">Whether another appointment follows it, which the invitation says.</param>
        /// <param name="at">When it was booked.</param>
        /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> or <paramref name="agenda"/> is null.</exception>
        /// <exception cref="ArgumentException">The agenda is empty or holds a blank item.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or negative.</exception>
        public BookMeeting(MeetingId meetingId, Instant start, IEnumerable<string> agenda, Duration? length, bool anotherAppointmentFollows, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            Start = start;
            var items = new List<string>();
            foreach (var item in Preconditions.CheckNotNull(agenda, nameof(agenda)))
            {
                items.Add(Preconditions.CheckText(item, nameof(agenda)));
            }

            Preconditions.CheckArgument(items.Count > 0, nameof(agenda), "A meeting needs at least one agenda item: say what it is for.");
            _agenda = new ValueList<string>(items);
            if (length is { } booked && booked <= Duration.Zero)
            {
                throw Preconditions.OutOfRange(nameof(length), $"A meeting must last more than zero minutes, was {booked.TotalMinutes} minutes.");
            }

            Length = length;
            AnotherAppointmentFollows = anotherAppointmentFollows;
        }

        /// <summary>The meeting's id.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>When it starts.</summary>
        public Instant Start { get; }

        /// <summary>Its items, in order.</summary>
        public IReadOnlyList<string> Agenda => _agenda;

        /// <summary>How long, or null for the policy's default.</summary>
        public Duration? Length { get; }

        /// <summary>Whether another appointment follows it.</summary>
        public bool AnotherAppointmentFollows { get; }
    }

    /// <summary>Calls off a booked meeting that has not been held.</summary>
    public sealed record CancelMeeting : EngagementCommand
    {
        internal const string Name = "cancel-meeting";

        internal override string Kind => Name;

        /// <summary>Cancels a meeting.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="reason">Why.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
        public CancelMeeting(MeetingId meetingId, string reason, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            Reason = Preconditions.CheckText(reason, nameof(reason));
        }

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>Why.</summary>
        public string Reason { get; }
    }

    /// <summary>
    /// Records a booked meeting as held: the agenda items not covered become follow-up items, and the
    /// written recap falls due (<see cref="HeldMeeting.Record"/>); a meeting that ran past its booked end
    /// counts in <see cref="CommunicationLog.OverrunMeetings"/>.
    /// </summary>
    public sealed record RecordMeetingHeld : EngagementCommand
    {
        internal const string Name = "record-meeting-held";

        internal override string Kind => Name;

        private readonly ValueList<string> _covered;

        /// <summary>Records a meeting as held.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="startedAt">When it really started.</param>
        /// <param name="endedAt">When it really ended; after <paramref name="startedAt"/>, not after <paramref name="at"/>.</param>
        /// <param name="covered">The agenda items covered, as written on the agenda (case is ignored); none blank.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> or <paramref name="covered"/> is null.</exception>
        /// <exception cref="ArgumentException">An item covered is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The meeting ends before it starts, or after it is recorded.</exception>
        public RecordMeetingHeld(MeetingId meetingId, Instant startedAt, Instant endedAt, IEnumerable<string> covered, Instant at)
            : base(at)
        {
            MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));
            if (endedAt <= startedAt)
            {
                throw Preconditions.OutOfRange(nameof(endedAt), $"A meeting must end after it starts ({startedAt}), was {endedAt}.");
            }

            if (endedAt > at)
            {
                throw Preconditions.OutOfRange(nameof(endedAt), $"A meeting is recorded as held once it has ended, but it ends at {endedAt}, after it is recorded ({at}).");
            }

            StartedAt = startedAt;
            EndedAt = endedAt;
            var items = new List<string>();
            foreach (var item in Preconditions.CheckNotNull(covered, nameof(covered)))
            {
                items.Add(Preconditions.CheckText(item, nameof(covered)));
            }

            _covered = new ValueList<string>(items);
        }

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }

        /// <summary>When it really started.</summary>
        public Instant StartedAt { get; }

        /// <summary>When it really ended.</summary>
        public Instant EndedAt { get; }

        /// <summary>The agenda items covered.</summary>
        public IReadOnlyList<string> Covered => _covered;
    }

    /// <summary>Records the written recap of a held meeting as sent; it is no longer owed.</summary>
    public sealed record RecordRecapSent : EngagementCommand
    {
        internal const string Name = "record-recap-sent";

        internal override string Kind => Name;

        /// <summary>Records the recap as sent.</summary>
        /// <param name="meetingId">The meeting.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> is null.</exception>
        public RecordRecapSent(MeetingId meetingId, Instant at)
            : base(at) => MeetingId = Preconditions.CheckNotNull(meetingId, nameof(meetingId));

        /// <summary>The meeting.</summary>
        public MeetingId MeetingId { get; }
    }

    /// <summary>
    /// Records a check-in of the agreement's cadence as held, or as missed with a reason; either way it
    /// no longer shows in the assessment. The date must be one the cadence gives, from the plan's start.
    /// </summary>
    public sealed record RecordCheckIn : EngagementCommand
    {
        internal const string Name = "record-check-in";

        internal override string Kind => Name;

        /// <summary>Records a check-in.</summary>
        /// <param name="occurrence">The date of the cadence, in the provider's calendar (a check-in moved to another day is still recorded under its date).</param>
        /// <param name="at">When it was recorded.</param>
        /// <param name="missedBecause">Null when it was held; why, when it was missed.</param>
        /// <exception cref="ArgumentException"><paramref name="missedBecause"/> is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is outside the supported years.</exception>
        public RecordCheckIn(LocalDate occurrence, Instant at, string? missedBecause = null)
            : base(at)
        {
            Occurrence = Preconditions.CheckDueDate(occurrence, nameof(occurrence));
            MissedBecause = missedBecause is null ? null : Preconditions.CheckText(missedBecause, nameof(missedBecause));
        }

        /// <summary>The date of the cadence.</summary>
        public LocalDate Occurrence { get; }

        /// <summary>Null when it was held; why, when it was missed.</summary>
        public string? MissedBecause { get; }
    }

    /// <summary>Records that the provider asked the client for feedback at one of the agreed points, once it has come.</summary>
    public sealed record RequestFeedback : EngagementCommand
    {
        internal const string Name = "request-feedback";

        internal override string Kind => Name;

        /// <summary>Records a feedback request.</summary>
        /// <param name="point">The point.</param>
        /// <param name="at">When it was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
        public RequestFeedback(FeedbackPoint point, Instant at)
            : base(at) => Point = Preconditions.CheckNotNull(point, nameof(point));

        /// <summary>The point.</summary>
        public FeedbackPoint Point { get; }
    }

    /// <summary>Records the client's answer to a feedback request.</summary>
    public sealed record ReceiveFeedback : EngagementCommand
    {
        internal const string Name = "receive-feedback";

        internal override string Kind => Name;

        /// <summary>Records the answer.</summary>
        /// <param name="point">The point it answers.</param>
        /// <param name="response">What the client said.</param>
        /// <param name="at">When it came.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="response"/> is blank.</exception>
        public ReceiveFeedback(FeedbackPoint point, string response, Instant at)
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

    /// <summary>
    /// The provider owns a mistake: what happened, its impact on the client, the remedy it offers and
    /// the date by which it follows through. It shows in the assessment from that date until the
    /// follow-through is recorded.
    /// </summary>
    public sealed record RecordIncident : EngagementCommand
    {
        internal const string Name = "record-incident";

        internal override string Kind => Name;

        /// <summary>Records an incident.</summary>
        /// <param name="incidentId">The incident's id, unique in the engagement.</param>
        /// <param name="whatHappened">What happened.</param>
        /// <param name="impact">What it meant for the client.</param>
        /// <param name="remedy">The remedy offered.</param>
        /// <param name="followThroughDue">The date by which the provider follows through, in its calendar; not before the day it is recorded.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">A text is blank.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="followThroughDue"/> is outside the supported years.</exception>
        public RecordIncident(IncidentId incidentId, string whatHappened, string impact, string remedy, LocalDate followThroughDue, Instant at)
            : this(new IncidentReport(incidentId, whatHappened, impact, remedy, followThroughDue), at)
        {
        }

        /// <summary>Records an incident from its report.</summary>
        /// <param name="report">The report; its follow-through date must not be before the day it is recorded, in the provider's calendar.</param>
        /// <param name="at">When it was recorded.</param>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public RecordIncident(IncidentReport report, Instant at)
            : base(at) => Report = Preconditions.CheckNotNull(report, nameof(report));

        /// <summary>The incident as the provider reports it: its id, what happened, the impact, the remedy and the follow-through date.</summary>
        public IncidentReport Report { get; }
    }

    /// <summary>Records that the provider followed through on an incident's remedy.</summary>
    public sealed record RecordFollowThrough : EngagementCommand
    {
        internal const string Name = "record-follow-through";

        internal override string Kind => Name;

        /// <summary>Records the follow-through.</summary>
        /// <param name="incidentId">The incident.</param>
        /// <param name="whatWasDone">What the provider did.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="whatWasDone"/> is blank.</exception>
        public RecordFollowThrough(IncidentId incidentId, string whatWasDone, Instant at)
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

    /// <summary>
    /// Links a credit already applied under the provider's consequence policy
    /// (<see cref="ApplyConsequence"/> of a <see cref="ConsequenceKind.Credit"/> rule) to an incident, as
    /// part of its remedy. The latest round in which the credit was applied is linked.
    /// </summary>
    public sealed record LinkCreditToIncident : EngagementCommand
    {
        internal const string Name = "link-credit-to-incident";

        internal override string Kind => Name;

        /// <summary>Links a credit.</summary>
        /// <param name="incidentId">The incident.</param>
        /// <param name="obligation">The provider's stage the credit was applied for.</param>
        /// <param name="rule">The credit rule, as in <see cref="DueConsequence.Rule"/>.</param>
        /// <param name="at">When.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public LinkCreditToIncident(IncidentId incidentId, ObligationKey obligation, ConsequenceRule rule, Instant at)
            : base(at)
        {
            IncidentId = Preconditions.CheckNotNull(incidentId, nameof(incidentId));
            Obligation = Preconditions.CheckNotNull(obligation, nameof(obligation));
            Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        }

        /// <summary>The incident.</summary>
        public IncidentId IncidentId { get; }

        /// <summary>The provider's stage the credit was applied for.</summary>
        public ObligationKey Obligation { get; }

        /// <summary>The credit rule.</summary>
        public ConsequenceRule Rule { get; }
    }

    /// <summary>
    /// Records a message from one party that the other owes a reply to: the reply falls due by the
    /// recipient's response commitment on the channel, counted in its contact windows
    /// (<see cref="ContactHours.ReplyDueBy"/>). An unanswered message is an obligation of the
    /// recipient, read against its consequence policy's reply ladder.
    /// </summary>
    public sealed record RecordMessage : EngagementCommand
    {
        internal const string Name = "record-message";

        internal override string Kind => Name;

        /// <summary>Records a message; it happens when the message arrived.</summary>
        /// <param name="messageId">The message's id, unique in the engagement.</param>
        /// <param name="from">Who sent it.</param>
        /// <param name="channel">The channel it came on.</param>
        /// <param name="arrivedAt">When it arrived.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public RecordMessage(MessageId messageId, PartyRole from, Channel channel, Instant arrivedAt)
            : base(arrivedAt)
        {
            MessageId = Preconditions.CheckNotNull(messageId, nameof(messageId));
            From = Preconditions.CheckNotNull(from, nameof(from));
            Channel = Preconditions.CheckNotNull(channel, nameof(channel));
        }

        /// <summary>The message's id.</summary>
        public MessageId MessageId { get; }

        /// <summary>Who sent it.</summary>
        public PartyRole From { get; }

        /// <summary>The channel it came on.</summary>
        public Channel Channel { get; }
    }

    /// <summary>Records the reply to a message; a reply after it was due counts against the party that owed it.</summary>
    public sealed record RecordReply : EngagementCommand
    {
        internal const string Name = "record-reply";

        internal override string Kind => Name;

        /// <summary>Records a reply; it happens when the reply was sent.</summary>
        /// <param name="messageId">The message replied to.</param>
        /// <param name="repliedAt">When the reply was sent.</param>
        /// <exception cref="ArgumentNullException"><paramref name="messageId"/> is null.</exception>
        public RecordReply(MessageId messageId, Instant repliedAt)
            : base(repliedAt) => MessageId = Preconditions.CheckNotNull(messageId, nameof(messageId));

        /// <summary>The message replied to.</summary>
        public MessageId MessageId { get; }
    }
}
