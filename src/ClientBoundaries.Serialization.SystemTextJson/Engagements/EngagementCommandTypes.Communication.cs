using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands of how the two sides talk: meetings, check-ins, feedback, incidents and messages.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands of how the two sides talk.</summary>
    private static TypeTable<EngagementCommand>.Case[] CommunicationCases => new[]
    {
        Case<BookMeeting>(
            BookMeeting.Name,
            (w, c) =>
            {
                w.WriteString("meetingId", c.MeetingId.Value);
                w.Instant("start", c.Start);
                MeetingJson.WriteTexts(w, "agenda", c.Agenda);
                if (c.Length is { } length)
                {
                    w.Duration("length", length);
                }

                w.WriteBoolean("anotherAppointmentFollows", c.AnotherAppointmentFollows);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var start = o.Instant("start");
                var agenda = MeetingJson.Texts(o, "agenda");
                var length = o.OptionalDuration("length");
                var follows = o.Boolean("anotherAppointmentFollows");
                return meetingId is not null && start is { } s && agenda is not null && Given(o, "length", length.HasValue) && follows is { } f && at is { } a
                    ? o.Construct(() => new BookMeeting(meetingId, s, agenda, length, f, a))
                    : null;
            }),
        Case<CancelMeeting>(
            CancelMeeting.Name,
            (w, c) =>
            {
                w.WriteString("meetingId", c.MeetingId.Value);
                w.WriteString("reason", c.Reason);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var reason = o.String("reason");
                return meetingId is not null && reason is not null && at is { } a ? o.Construct(() => new CancelMeeting(meetingId, reason, a)) : null;
            }),
        Case<RecordMeetingHeld>(
            RecordMeetingHeld.Name,
            (w, c) =>
            {
                w.WriteString("meetingId", c.MeetingId.Value);
                w.Instant("startedAt", c.StartedAt);
                w.Instant("endedAt", c.EndedAt);
                MeetingJson.WriteTexts(w, "covered", c.Covered);
            },
            (o, at) =>
            {
                var meetingId = MeetingId(o);
                var startedAt = o.Instant("startedAt");
                var endedAt = o.Instant("endedAt");
                var covered = MeetingJson.Texts(o, "covered");
                return meetingId is not null && startedAt is { } s && endedAt is { } e && covered is not null && at is { } a
                    ? o.Construct(() => new RecordMeetingHeld(meetingId, s, e, covered, a))
                    : null;
            }),
        Case<RecordRecapSent>(
            RecordRecapSent.Name,
            (w, c) => w.WriteString("meetingId", c.MeetingId.Value),
            (o, at) => MeetingId(o) is { } meetingId && at is { } a ? new RecordRecapSent(meetingId, a) : null),
        Case<RecordCheckIn>(
            RecordCheckIn.Name,
            (w, c) =>
            {
                w.Date("occurrence", c.Occurrence);
                w.OptionalString("missedBecause", c.MissedBecause);
            },
            (o, at) =>
            {
                var occurrence = o.DueDate("occurrence");
                var missedBecause = o.OptionalString("missedBecause");
                return occurrence is { } day && Given(o, "missedBecause", missedBecause is not null) && at is { } a
                    ? o.Construct(() => new RecordCheckIn(day, a, missedBecause))
                    : null;
            }),
        Case<RequestFeedback>(
            RequestFeedback.Name,
            (w, c) => w.WriteString("point", c.Point.Name),
            (o, at) => Names.FeedbackPoints.Read(o, "point") is { } point && at is { } a ? new RequestFeedback(point, a) : null),
        Case<ReceiveFeedback>(
            ReceiveFeedback.Name,
            (w, c) =>
            {
                w.WriteString("point", c.Point.Name);
                w.WriteString("response", c.Response);
            },
            (o, at) =>
            {
                var point = Names.FeedbackPoints.Read(o, "point");
                var response = o.String("response");
                return point is not null && response is not null && at is { } a ? o.Construct(() => new ReceiveFeedback(point, response, a)) : null;
            }),
        Case<RecordIncident>(
            RecordIncident.Name,
            (w, c) => IncidentReportJson.Write(w, c.Report),
            (o, at) => IncidentReportJson.Read(o, at, (report, a) => new RecordIncident(report, a))),
        Case<RecordFollowThrough>(
            RecordFollowThrough.Name,
            (w, c) =>
            {
                w.WriteString("incidentId", c.IncidentId.Value);
                w.WriteString("whatWasDone", c.WhatWasDone);
            },
            (o, at) =>
            {
                var incidentId = IncidentId(o);
                var whatWasDone = o.String("whatWasDone");
                return incidentId is not null && whatWasDone is not null && at is { } a ? o.Construct(() => new RecordFollowThrough(incidentId, whatWasDone, a)) : null;
            }),
        Case<LinkCreditToIncident>(
            LinkCreditToIncident.Name,
            (w, c) =>
            {
                w.WriteString("incidentId", c.IncidentId.Value);
                WriteObligation(w, c.Obligation, c.Rule);
            },
            (o, at) =>
            {
                var incidentId = IncidentId(o);
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                return incidentId is not null && obligation is not null && rule is not null && at is { } a ? new LinkCreditToIncident(incidentId, obligation, rule, a) : null;
            }),
        Case<RecordMessage>(
            RecordMessage.Name,
            (w, c) =>
            {
                w.WriteString("messageId", c.MessageId.Value);
                w.WriteString("from", c.From.Name);
                w.WriteString("channel", c.Channel.Name);
            },
            (o, at) =>
            {
                var messageId = MessageId(o);
                var from = Names.PartyRoles.Read(o, "from");
                var channel = Names.Channels.Read(o, "channel");
                return messageId is not null && from is not null && channel is not null && at is { } a ? new RecordMessage(messageId, from, channel, a) : null;
            }),
        Case<RecordReply>(
            RecordReply.Name,
            (w, c) => w.WriteString("messageId", c.MessageId.Value),
            (o, at) => MessageId(o) is { } messageId && at is { } a ? new RecordReply(messageId, a) : null),
    };
}
