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
    private ValueList<TrackedMeeting> _meetings = ValueList<TrackedMeeting>.Empty;
    private ValueList<RecordedCheckIn> _checkIns = ValueList<RecordedCheckIn>.Empty;
    private ValueList<FeedbackRequest> _feedback = ValueList<FeedbackRequest>.Empty;
    private ValueList<Incident> _incidents = ValueList<Incident>.Empty;
    private ValueList<TrackedMessage> _messages = ValueList<TrackedMessage>.Empty;

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
        return Find(_messages, m => m.Id == message);
    }

    /// <summary>The meeting with the given id, or null.</summary>
    /// <param name="meeting">The meeting's id.</param>
    /// <returns>The meeting, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public TrackedMeeting? FindMeeting(MeetingId meeting)
    {
        Preconditions.CheckNotNull(meeting, nameof(meeting));
        return Find(_meetings, m => m.Id == meeting);
    }

    /// <summary>The incident with the given id, or null.</summary>
    /// <param name="incident">The incident's id.</param>
    /// <returns>The incident, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public Incident? FindIncident(IncidentId incident)
    {
        Preconditions.CheckNotNull(incident, nameof(incident));
        return Find(_incidents, i => i.Id == incident);
    }

    /// <summary>The request sent at a feedback point, or null while none has been.</summary>
    /// <param name="point">The point.</param>
    /// <returns>The request, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="point"/> is null.</exception>
    public FeedbackRequest? FeedbackAt(FeedbackPoint point)
    {
        Preconditions.CheckNotNull(point, nameof(point));
        return Find(_feedback, f => f.Point == point);
    }

    /// <summary>The check-in recorded for a date of the cadence, or null.</summary>
    /// <param name="occurrence">The date, in the provider's calendar.</param>
    /// <returns>The check-in, or null.</returns>
    public RecordedCheckIn? CheckInOn(LocalDate occurrence) => Find(_checkIns, c => c.Occurrence == occurrence);

    /// <summary>"3 meeting(s), 2 check-in(s), 1 feedback request(s), 0 incident(s), 4 message(s)".</summary>
    /// <returns>The log as text.</returns>
    public override string ToString() =>
        $"{_meetings.Count} meeting(s), {_checkIns.Count} check-in(s), {_feedback.Count} feedback request(s), {_incidents.Count} incident(s), {_messages.Count} message(s)";

    internal CommunicationLog WithMeeting(TrackedMeeting meeting) => this with { _meetings = Upsert(_meetings, meeting, m => m.Id == meeting.Id) };

    internal CommunicationLog WithCheckIn(RecordedCheckIn checkIn) => this with { _checkIns = _checkIns.Add(checkIn) };

    internal CommunicationLog WithFeedback(FeedbackRequest request) => this with { _feedback = Upsert(_feedback, request, f => f.Point == request.Point) };

    internal CommunicationLog WithMessage(TrackedMessage message) => this with { _messages = Upsert(_messages, message, m => m.Id == message.Id) };

    internal CommunicationLog WithIncident(Incident incident) => this with { _incidents = Upsert(_incidents, incident, i => i.Id == incident.Id) };

    private static T? Find<T>(ValueList<T> list, System.Func<T, bool> match)
        where T : class
    {
        foreach (var item in list)
        {
            if (match(item))
            {
                return item;
            }
        }

        return null;
    }

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
