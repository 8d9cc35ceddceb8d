using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// How the two sides have been talking, as recorded in the engagement: every meeting booked (held,
/// its recap, or cancelled), every check-in recorded as held or missed, every feedback request and
/// answer, every incident the provider owned with its follow-through, and every message owed a
/// reply with how the reply went.
/// </summary>
/// <remarks>
/// <para>Read it from <see cref="Engagements.EngagementState.Communication"/>. What is due now (a recap owed, a
/// check-in that did not happen, feedback to ask for, a follow-through due) is listed by
/// <see cref="Engagements.Assessor.Assess"/> in <see cref="Engagements.Assessment.Communication"/>.</para>
/// <para>Immutable and thread-safe; equal when every list, in order, is equal.</para>
/// </remarks>
public sealed record CommunicationLog
{
    // Each list is found into by id and changed one item at a time in O(log n): a long engagement's replay stays linear.
    private KeyedList<MeetingId, TrackedMeeting> _meetings = KeyedList<MeetingId, TrackedMeeting>.Empty;
    private KeyedList<LocalDate, RecordedCheckIn> _checkIns = KeyedList<LocalDate, RecordedCheckIn>.Empty;
    private ValueList<FeedbackRequest> _feedback = ValueList<FeedbackRequest>.Empty;
    private KeyedList<IncidentId, Incident> _incidents = KeyedList<IncidentId, Incident>.Empty;
    private KeyedList<MessageId, TrackedMessage> _messages = KeyedList<MessageId, TrackedMessage>.Empty;

    // What is still open, by position in its list, so the agenda and the obligations look at those only: the messages
    // not answered, and the meetings booked and neither cancelled nor held with their recap sent. Worked out from the
    // lists, so not part of equality.
    private OpenPositions _unanswered = OpenPositions.None;
    private OpenPositions _openMeetings = OpenPositions.None;

    // The fold this log was made in, if any: that fold changes the log in place (see NodeOwner). Not part of equality. A
    // `with` copy keeps it, and shares the lists the fold owns: in a fold, the log it was copied from is not read again.
    private NodeOwner? _owner;

    // Where the messages and the meetings that fold made begin in their lists: the fold may change those in place (a
    // reply recorded, a meeting held), as it changes the lists. Set with the owner; not part of equality.
    private int _messagesMadeFrom;
    private int _meetingsMadeFrom;

    private CommunicationLog()
    {
    }

    /// <summary>Nothing recorded yet.</summary>
    public static CommunicationLog Empty { get; } = new();

    /// <summary>Every meeting booked, in the order booked.</summary>
    public IReadOnlyList<TrackedMeeting> Meetings => _meetings;

    /// <summary>Every check-in recorded, held or missed, in the order recorded.</summary>
    public IReadOnlyList<RecordedCheckIn> CheckIns => _checkIns;

    /// <summary>Every feedback request sent, in the order sent, with the answers received.</summary>
    public IReadOnlyList<FeedbackRequest> FeedbackRequests => _feedback;

    /// <summary>Every incident the provider owned, in the order recorded.</summary>
    public IReadOnlyList<Incident> Incidents => _incidents;

    /// <summary>Every message recorded as owed a reply, in the order they arrived, with the replies sent.</summary>
    public IReadOnlyList<TrackedMessage> Messages => _messages;

    /// <summary>How many meetings held ran past their booked end.</summary>
    public int OverrunMeetings
    {
        get
        {
            var count = 0;
            foreach (var meeting in _meetings)
            {
                count += meeting.Held is { Overran: true } ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>How many check-ins were recorded as missed.</summary>
    public int MissedCheckIns
    {
        get
        {
            var count = 0;
            foreach (var checkIn in _checkIns)
            {
                count += checkIn.Held ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>How many replies a party sent after they were due: late replies are attributed to the party that owed them.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>The count.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="party"/> is null.</exception>
    public int LateRepliesBy(PartyRole party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        var count = 0;
        foreach (var message in _messages)
        {
            count += message.To == party && message.Reply is { IsLate: true } ? 1 : 0;
        }

        return count;
    }

    /// <summary>The message with the given id, or null.</summary>
    /// <param name="message">The message's id.</param>
    /// <returns>The message, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    public TrackedMessage? FindMessage(MessageId message)
    {
        Preconditions.CheckNotNull(message, nameof(message));
        return _messages.Find(message);
    }

    /// <summary>The meeting with the given id, or null.</summary>
    /// <param name="meeting">The meeting's id.</param>
    /// <returns>The meeting, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public TrackedMeeting? FindMeeting(MeetingId meeting)
    {
        Preconditions.CheckNotNull(meeting, nameof(meeting));
        return _meetings.Find(meeting);
    }

    /// <summary>The incident with the given id, or null.</summary>
    /// <param name="incident">The incident's id.</param>
    /// <returns>The incident, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public Incident? FindIncident(IncidentId incident)
    {
        Preconditions.CheckNotNull(incident, nameof(incident));
        return _incidents.Find(incident);
    }

    /// <summary>The request sent at a feedback point, or null while none has been.</summary>
    /// <param name="point">The point.</param>
    /// <returns>The request, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="point"/> is null.</exception>
    public FeedbackRequest? FeedbackAt(FeedbackPoint point)
    {
        Preconditions.CheckNotNull(point, nameof(point));
        foreach (var request in _feedback)
        {
            if (request.Point == point)
            {
                return request;
            }
        }

        return null;
    }

    /// <summary>The check-in recorded for a date of the cadence, or null.</summary>
    /// <param name="occurrence">The date, in the provider's calendar.</param>
    /// <returns>The check-in, or null.</returns>
    public RecordedCheckIn? CheckInOn(LocalDate occurrence) => _checkIns.Find(occurrence);

    /// <summary>"3 meeting(s), 2 check-in(s), 1 feedback request(s), 0 incident(s), 4 message(s)".</summary>
    /// <returns>The log as text.</returns>
    public override string ToString() =>
        $"{_meetings.Count} meeting(s), {_checkIns.Count} check-in(s), {_feedback.Count} feedback request(s), {_incidents.Count} incident(s), {_messages.Count} message(s)";

    /// <summary>How many messages have had no reply yet.</summary>
    internal int UnansweredCount => _unanswered.Count;

    /// <summary>The messages not answered yet, in the order they arrived: a word read per 32 messages, an item per unanswered one.</summary>
    internal IEnumerable<TrackedMessage> Unanswered => _unanswered.Of(_messages);

    /// <summary>The meetings booked and not cancelled that are not held yet or whose recap is owed, in the order booked.</summary>
    internal IEnumerable<TrackedMeeting> OpenMeetings => _openMeetings.Of(_meetings);

    /// <summary>Whether a meeting is booked and neither held nor cancelled.</summary>
    internal bool HasMeetingBooked
    {
        get
        {
            foreach (var meeting in OpenMeetings)
            {
                if (meeting.Held is null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether every list, in order, is equal.</summary>
    /// <param name="other">The other log.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CommunicationLog? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_meetings.Equals(other._meetings) && _checkIns.Equals(other._checkIns) && _feedback.Equals(other._feedback)
                && _incidents.Equals(other._incidents) && _messages.Equals(other._messages)));

    /// <summary>A hash of every list.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = _meetings.GetHashCode();
            hash = (hash * 397) ^ _checkIns.GetHashCode();
            hash = (hash * 397) ^ _feedback.GetHashCode();
            hash = (hash * 397) ^ _incidents.GetHashCode();
            return (hash * 397) ^ _messages.GetHashCode();
        }
    }

    /// <summary>
    /// The log with a meeting it has not recorded, booked and so open; null when a meeting with its id is recorded already.
    /// Changes in place the log and what was made under <paramref name="owner"/> (see <see cref="NodeOwner"/>), as the
    /// other changes below do.
    /// </summary>
    internal CommunicationLog? WithNewMeeting(TrackedMeeting meeting, NodeOwner? owner)
    {
        if (!TryAppendOpen(_meetings, _openMeetings, meeting.Id, meeting, owner, out var grown))
        {
            return null;
        }

        var log = ToChange(owner);
        (log._meetings, log._openMeetings) = grown;
        return log;
    }

    /// <summary>
    /// An open meeting (booked and neither cancelled nor held, or held with its recap owed) and where it is in
    /// <see cref="Meetings"/>; null when no open meeting has that id.
    /// </summary>
    internal TrackedMeeting? OpenMeeting(MeetingId meeting, out int index)
    {
        index = _meetings.IndexOf(meeting);
        if (_openMeetings.Contains(index))
        {
            return _meetings[index];
        }

        index = -1;
        return null;
    }

    /// <summary>The log with the open meeting at <paramref name="index"/> replaced by <paramref name="meeting"/>, which stays open or closes.</summary>
    internal CommunicationLog WithOpenMeetingAt(int index, TrackedMeeting meeting, NodeOwner? owner)
    {
        var open = meeting.CancelledAt is null && (meeting.Held is null || meeting.IsRecapOwed)
            ? _openMeetings
            : _openMeetings.Closed(index, owner);
        var meetings = _meetings.SetAt(index, meeting, owner);
        var log = ToChange(owner);
        (log._meetings, log._openMeetings) = (meetings, open);
        return log;
    }

    internal CommunicationLog WithCheckIn(RecordedCheckIn checkIn) => this with { _checkIns = _checkIns.Upsert(checkIn.Occurrence, checkIn) };

    internal CommunicationLog WithFeedback(FeedbackRequest request) => this with { _feedback = Upsert(_feedback, request, f => f.Point == request.Point) };

    /// <summary>The log with a message it has not recorded, unanswered; null when a message with its id is recorded already.</summary>
    internal CommunicationLog? WithNewMessage(TrackedMessage message, NodeOwner? owner)
    {
        if (!TryAppendOpen(_messages, _unanswered, message.Id, message, owner, out var grown))
        {
            return null;
        }

        var log = ToChange(owner);
        (log._messages, log._unanswered) = grown;
        return log;
    }

    /// <summary>A message waiting for a reply and where it is in <see cref="Messages"/>; null when no message of that id waits.</summary>
    internal TrackedMessage? UnansweredMessage(MessageId message, out int index)
    {
        index = _messages.IndexOf(message);
        if (_unanswered.Contains(index))
        {
            return _messages[index];
        }

        index = -1;
        return null;
    }

    /// <summary>The log with the unanswered message at <paramref name="index"/> replaced by <paramref name="answered"/>, its reply recorded.</summary>
    internal CommunicationLog WithAnswered(int index, TrackedMessage answered, NodeOwner? owner)
    {
        var messages = _messages.SetAt(index, answered, owner);
        var unanswered = _unanswered.Closed(index, owner);
        var log = ToChange(owner);
        (log._messages, log._unanswered) = (messages, unanswered);
        return log;
    }

    internal CommunicationLog WithIncident(Incident incident) => this with { _incidents = _incidents.Upsert(incident.Id, incident) };

    /// <summary>
    /// The list with an item added under a key it does not hold yet, and its open positions with the item's;
    /// false when the list holds the key.
    /// </summary>
    private static bool TryAppendOpen<TKey, T>(
        KeyedList<TKey, T> list, OpenPositions open, TKey key, T item, NodeOwner? owner, out (KeyedList<TKey, T> List, OpenPositions Open) grown)
        where TKey : notnull
        where T : class
    {
        // The item's position is read before the list grows: under its owner the list grows in place.
        var position = list.Count;
        if (list.TryAppend(key, item, owner) is not { } appended)
        {
            grown = (list, open);
            return false;
        }

        grown = (appended, open.Opened(position, owner));
        return true;
    }

    /// <summary>This very log when it was made in <paramref name="owner"/>'s fold, to change in place; else a copy made in it.</summary>
    private CommunicationLog ToChange(NodeOwner? owner) =>
        owner is not null && ReferenceEquals(_owner, owner)
            ? this
            : this with { _owner = owner, _messagesMadeFrom = _messages.Count, _meetingsMadeFrom = _meetings.Count };

    /// <summary>
    /// Whether the message at <paramref name="index"/> was made in <paramref name="owner"/>'s fold, along with this log:
    /// that fold may then record its reply in place (<see cref="TrackedMessage.RepliedAs"/>). False without an owner.
    /// </summary>
    internal bool MadeMessageAt(int index, NodeOwner? owner) => owner is not null && ReferenceEquals(_owner, owner) && index >= _messagesMadeFrom;

    /// <summary>As <see cref="MadeMessageAt"/>, for the meeting at <paramref name="index"/>.</summary>
    internal bool MadeMeetingAt(int index, NodeOwner? owner) => owner is not null && ReferenceEquals(_owner, owner) && index >= _meetingsMadeFrom;

    private static ValueList<T> Upsert<T>(ValueList<T> list, T item, System.Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return list.SetItem(i, item);
            }
        }

        return list.Add(item);
    }
}
