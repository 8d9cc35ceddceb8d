using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of how the two sides talk: meetings, check-ins, feedback, incidents and messages.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of how the two sides talk.</summary>
    private static TypeTable<EngagementEvent>.Case[] CommunicationCases => new[]
    {
        Case<MeetingBooked>(
            MeetingBooked.Name,
            (w, e) =>
            {
                w.WriteString("meetingId", e.MeetingId.Value);
                w.WritePropertyName("meeting");
                MeetingJson.Write(w, e.Meeting);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var meeting = o.Object("meeting", MeetingJson.Read);
                return meetingId is not null && meeting is not null && at is { } a ? new MeetingBooked(meetingId, meeting, a) : null;
            }),
        Case<MeetingCancelled>(
            MeetingCancelled.Name,
            (w, e) =>
            {
                w.WriteString("meetingId", e.MeetingId.Value);
                w.WriteString("reason", e.Reason);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var reason = o.String("reason");
                return meetingId is not null && reason is not null && at is { } a ? o.Construct(() => new MeetingCancelled(meetingId, reason, a)) : null;
            }),
        Case<MeetingHeld>(
            MeetingHeld.Name,
            (w, e) =>
            {
                w.WriteString("meetingId", e.MeetingId.Value);
                w.WritePropertyName("held");
                HeldMeetingJson.Write(w, e.Held);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var held = o.Object("held", HeldMeetingJson.Read);
                return meetingId is not null && held is not null && at is { } a ? o.Construct(() => new MeetingHeld(meetingId, held, a)) : null;
            }),
        Case<RecapSent>(
            RecapSent.Name,
            (w, e) => w.WriteString("meetingId", e.MeetingId.Value),
            (o, at) => MeetingId(o) is { } meetingId && at is { } a ? new RecapSent(meetingId, a) : null),
        Case<CheckInRecorded>(
            CheckInRecorded.Name,
            (w, e) =>
            {
                w.Date("occurrence", e.Occurrence);
                w.WriteBoolean("held", e.Held);
                w.OptionalString("note", e.Note);
            },
            (o, at) =>
            {
                var occurrence = o.DueDate("occurrence");
                var held = o.Boolean("held");
                var note = o.OptionalString("note");
                return occurrence is { } day && held is { } h && Given(o, "note", note is not null) && at is { } a
                    ? o.Construct(() => new CheckInRecorded(day, h, note, a))
                    : null;
            }),
        Case<FeedbackRequested>(
            FeedbackRequested.Name,
            (w, e) => w.WriteString("point", e.Point.Name),
            (o, at) => Names.FeedbackPoints.Read(o, "point") is { } point && at is { } a ? new FeedbackRequested(point, a) : null),
        Case<FeedbackReceived>(
            FeedbackReceived.Name,
            (w, e) =>
            {
                w.WriteString("point", e.Point.Name);
                w.WriteString("response", e.Response);
            },
            (o, at) =>
            {
                var point = Names.FeedbackPoints.Read(o, "point");
                var response = o.String("response");
                return point is not null && response is not null && at is { } a ? o.Construct(() => new FeedbackReceived(point, response, a)) : null;
            }),
        Case<IncidentRecorded>(
            IncidentRecorded.Name,
            (w, e) => IncidentReportJson.Write(w, e.Report),
            (o, at) => IncidentReportJson.Read(o, at, (report, a) => new IncidentRecorded(report, a))),
        Case<IncidentFollowedThrough>(
            IncidentFollowedThrough.Name,
            (w, e) =>
            {
                w.WriteString("incidentId", e.IncidentId.Value);
                w.WriteString("whatWasDone", e.WhatWasDone);
            },
            (o, at) =>
            {
                var incidentId = IncidentId(o);
                var whatWasDone = o.String("whatWasDone");
                return incidentId is not null && whatWasDone is not null && at is { } a ? o.Construct(() => new IncidentFollowedThrough(incidentId, whatWasDone, a)) : null;
            }),
        Case<IncidentCreditLinked>(
            IncidentCreditLinked.Name,
            (w, e) =>
            {
                w.WriteString("incidentId", e.IncidentId.Value);
                WriteObligation(w, e.Obligation, e.Round, e.Rule);
            },
            (o, at) =>
            {
                var incidentId = IncidentId(o);
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var round = o.Int32("round", 0);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                return incidentId is not null && obligation is not null && round is { } r && rule is not null && at is { } a
                    ? o.Construct(() => new IncidentCreditLinked(incidentId, obligation, r, rule, a))
                    : null;
            }),
        Case<MessageReceived>(
            MessageReceived.Name,
            (w, e) =>
            {
                w.WriteString("messageId", e.MessageId.Value);
                w.WriteString("from", e.From.Name);
                w.WriteString("channel", e.Channel.Name);
                w.Instant("replyDueBy", e.ReplyDueBy);
            },
            (o, at) =>
            {
                var messageId = MessageId(o);
                var from = Names.PartyRoles.Read(o, "from");
                var channel = Names.Channels.Read(o, "channel");
                var replyDueBy = o.Instant("replyDueBy");
                return messageId is not null && from is not null && channel is not null && replyDueBy is { } due && at is { } a
                    ? o.Construct(() => new MessageReceived(messageId, from, channel, due, a))
                    : null;
            }),
        Case<ReplySent>(
            ReplySent.Name,
            (w, e) => w.WriteString("messageId", e.MessageId.Value),
            (o, at) => MessageId(o) is { } messageId && at is { } a ? new ReplySent(messageId, a) : null),
    };
}
