using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Something about how the two sides talk that needs doing now, from <see cref="Assessor.Assess"/>:
/// a recap owed after a meeting, a check-in that did not take place, feedback to ask for, or the
/// follow-through on an incident the provider owned. Each says who owes it, by when, on which
/// channel to reach the other side, and a message written for that side's preferred length.
/// </summary>
/// <remarks>
/// <para>The cases are nested records: <see cref="RecapOwed"/>, <see cref="CheckInMissed"/>,
/// <see cref="FeedbackDue"/>, <see cref="FollowThroughDue"/>. Each is listed until the app records what
/// it did (<see cref="EngagementCommand.RecordRecapSent"/>, <see cref="EngagementCommand.RecordCheckIn"/>,
/// <see cref="EngagementCommand.RequestFeedback"/>, <see cref="EngagementCommand.RecordFollowThrough"/>).</para>
/// <para>Immutable and thread-safe; equal when kind and every field are equal.</para>
/// </remarks>
public abstract record CommunicationDue
{
    // The facts the message was worded from, to word it again in another language.
    private readonly Sentence _message;

    private CommunicationDue(PartyRole party, Instant since, Instant dueAt, Instant now, Channel channel, Sentence message)
    {
        Party = party;
        Since = since;
        DueAt = dueAt;
        IsOverdue = now > dueAt;
        Channel = channel;
        _message = message;
    }

    /// <summary>Who owes it. Today always the provider, which runs the meetings, the check-ins and the feedback, and owns its incidents.</summary>
    public PartyRole Party { get; }

    /// <summary>Since when it has been listed: the meeting's end, the check-in day's end, the feedback point, the follow-through day's start.</summary>
    public Instant Since { get; }

    /// <summary>By when it is owed; for a missed check-in, the end of the day it was due on.</summary>
    public Instant DueAt { get; }

    /// <summary>Whether the assessed instant is past <see cref="DueAt"/>.</summary>
    public bool IsOverdue { get; }

    /// <summary>The channel to reach the other side on: the one it prefers (<see cref="CommunicationPreferences.PreferredChannel"/>).</summary>
    public Channel Channel { get; }

    /// <summary>
    /// What to do, in a message sized to the other side's preferred length (<see cref="MessageLength"/>), in the
    /// language of the party who owes it (the provider's <c>CommunicationPreferences.Language</c>). Worded when first
    /// read, from the facts of the assessment (a sweep that only asks what is due pays for no words), and the same text
    /// on every read.
    /// </summary>
    public string Message => _message.Text;

    /// <summary>The case's stable kind name in kebab case ("recap-owed"); being internal and abstract, it also keeps the hierarchy closed.</summary>
    internal abstract string Kind { get; }

    /// <summary>The message in <paramref name="language"/>, worded from the same facts as <see cref="Message"/>.</summary>
    /// <param name="language">The language to word it in.</param>
    /// <returns>The message; a to-do read back from JSON has only the text it was stored with.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string MessageIn(Language language) => _message.In(Preconditions.CheckNotNull(language, nameof(language)));

    /// <summary>Whether the kind and every field are equal (the message compared by its text).</summary>
    /// <param name="other">The other to-do.</param>
    /// <returns>True when equal.</returns>
    public virtual bool Equals(CommunicationDue? other) =>
        other is not null
        && EqualityContract == other.EqualityContract
        && Party == other.Party
        && Since == other.Since
        && DueAt == other.DueAt
        && IsOverdue == other.IsOverdue
        && Channel == other.Channel
        && Message == other.Message;

    /// <summary>A hash of the figures.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            return (((EqualityContract.GetHashCode() * 397) ^ Since.GetHashCode()) * 397) ^ DueAt.GetHashCode();
        }
    }

    /// <summary>The message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    /// <summary>A meeting was held and its written recap (what was agreed, the items not covered) is not yet recorded as sent.</summary>
    public sealed record RecapOwed : CommunicationDue
    {
        internal override string Kind => "recap-owed";

        private readonly ValueList<string> _followUps;

        internal RecapOwed(MeetingId meeting, IReadOnlyList<string> followUps, PartyRole party, Instant since, Instant dueAt, Instant now, Channel channel, Sentence message)
            : base(party, since, dueAt, now, channel, message)
        {
            Meeting = meeting;
            _followUps = new ValueList<string>(followUps);
        }

        /// <summary>The meeting.</summary>
        public MeetingId Meeting { get; }

        /// <summary>The agenda items not covered, which the recap carries as follow-up items.</summary>
        public IReadOnlyList<string> FollowUps => _followUps;
    }

    /// <summary>A check-in of the agreed cadence passed with nothing recorded: hold it late, or record it as missed.</summary>
    public sealed record CheckInMissed : CommunicationDue
    {
        internal override string Kind => "check-in-missed";

        internal CheckInMissed(LocalDate occurrence, PartyRole party, Instant since, Instant dueAt, Instant now, Channel channel, Sentence message)
            : base(party, since, dueAt, now, channel, message) => Occurrence = occurrence;

        /// <summary>The date it was due on, in the provider's calendar.</summary>
        public LocalDate Occurrence { get; }
    }

    /// <summary>A feedback point has come and the request is not yet recorded as sent.</summary>
    public sealed record FeedbackDue : CommunicationDue
    {
        internal override string Kind => "feedback-due";

        internal FeedbackDue(FeedbackPoint point, PartyRole party, Instant since, Instant dueAt, Instant now, Channel channel, Sentence message)
            : base(party, since, dueAt, now, channel, message) => Point = point;

        /// <summary>The point.</summary>
        public FeedbackPoint Point { get; }
    }

    /// <summary>An incident's follow-through is due (from the start of its day) and not yet recorded.</summary>
    public sealed record FollowThroughDue : CommunicationDue
    {
        internal override string Kind => "follow-through-due";

        internal FollowThroughDue(IncidentId incident, PartyRole party, Instant since, Instant dueAt, Instant now, Channel channel, Sentence message)
            : base(party, since, dueAt, now, channel, message) => Incident = incident;

        /// <summary>The incident.</summary>
        public IncidentId Incident { get; }
    }
}
