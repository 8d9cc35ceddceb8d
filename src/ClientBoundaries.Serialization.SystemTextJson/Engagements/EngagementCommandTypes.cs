using System;
using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One engagement command as <c>{"type": "hand-off", "schemaVersion": 1, "at": "...", ...its fields, "expectedVersion": 7}</c>:
/// the type is the kebab case of the command's name, the fields are its constructor's parameters in camel
/// case. The list of types and the fields of each are in <see cref="EngagementCommandJson"/>'s documentation.
/// </summary>
internal static class EngagementCommandTypes
{
    /// <summary>The schema version written, and the newest read.</summary>
    public const int SchemaVersion = 1;

    public static readonly TypeTable<EngagementCommand> Types = new(
        "command",
        SchemaVersion,
        c => c.At,
        new[]
        {
            Case<Propose>(
                "propose",
                (w, c) =>
                {
                    w.WritePropertyName("agreement");
                    AgreementJson.Write(w, c.Agreement);
                },
                (o, at) => o.Object("agreement", AgreementJson.Read) is { } agreement && at is { } a ? new Propose(agreement, a) : null),
            Case<Sign>("sign", None, (_, at) => at is { } a ? new Sign(a) : null),
            Case<ReceiveDeposit>(
                "receive-deposit",
                (w, c) => w.Money("amount", c.Amount),
                (o, at) => o.Object("amount", MoneyJson.Read) is { } amount && at is { } a ? new ReceiveDeposit(amount, a) : null),
            Case<Schedule>(
                "schedule",
                (w, c) => w.Date("start", c.Start),
                (o, at) => o.Date("start") is { } start && at is { } a ? o.Construct(() => new Schedule(start, a)) : null),
            Case<StartStage>(
                "start-stage",
                (w, c) => w.WriteString("stage", c.Stage.Value),
                (o, at) => Stage(o) is { } stage && at is { } a ? new StartStage(stage, a) : null),
            Case<SubmitWork>(
                "submit-work",
                (w, c) =>
                {
                    w.WriteString("stage", c.Stage.Value);
                    w.WriteString("summary", c.Summary);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var summary = o.String("summary");
                    return stage is not null && summary is not null && at is { } a ? o.Construct(() => new SubmitWork(stage, summary, a)) : null;
                }),
            Case<HandOff>(
                "hand-off",
                (w, c) =>
                {
                    w.WriteString("stage", c.Stage.Value);
                    w.OptionalString("expectation", c.Expectation);
                    if (c.DueBy is { } due)
                    {
                        w.Date("dueBy", due);
                    }
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var expectation = o.OptionalString("expectation");
                    var dueBy = o.OptionalDueDate("dueBy");
                    return stage is not null && Given(o, "expectation", expectation is not null) && Given(o, "dueBy", dueBy.HasValue) && at is { } a
                        ? o.Construct(() => new HandOff(stage, a, expectation, dueBy))
                        : null;
                }),
            Case<AcceptStage>(
                "accept-stage",
                (w, c) => w.WriteString("stage", c.Stage.Value),
                (o, at) => Stage(o) is { } stage && at is { } a ? new AcceptStage(stage, a) : null),
            Case<RequestRevision>(
                "request-revision",
                (w, c) =>
                {
                    w.WriteString("stage", c.Stage.Value);
                    w.WriteString("reason", c.Reason);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var reason = o.String("reason");
                    return stage is not null && reason is not null && at is { } a ? o.Construct(() => new RequestRevision(stage, reason, a)) : null;
                }),
            Case<LogEffort>(
                "log-effort",
                (w, c) =>
                {
                    w.WriteString("stage", c.Stage.Value);
                    w.WriteString("party", c.Party.Name);
                    w.WriteNumber("hours", c.Hours);
                    w.OptionalString("note", c.Note);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var party = Names.PartyRoles.Read(o, "party");
                    var hours = o.Decimal("hours");
                    var note = o.OptionalString("note");
                    return stage is not null && party is not null && hours is { } h && Given(o, "note", note is not null) && at is { } a
                        ? o.Construct(() => new LogEffort(stage, party, h, a, note))
                        : null;
                }),
            Case<PauseWork>(
                "pause-work",
                (w, c) =>
                {
                    w.WriteString("causedBy", c.CausedBy.Name);
                    w.WriteString("reason", c.Reason);
                },
                (o, at) =>
                {
                    var causedBy = Names.PartyRoles.Read(o, "causedBy");
                    var reason = o.String("reason");
                    return causedBy is not null && reason is not null && at is { } a ? o.Construct(() => new PauseWork(causedBy, reason, a)) : null;
                }),
            Case<ResumeWork>("resume-work", None, (_, at) => at is { } a ? new ResumeWork(a) : null),
            Case<Complete>("complete", None, (_, at) => at is { } a ? new Complete(a) : null),
            Case<Terminate>(
                "terminate",
                (w, c) =>
                {
                    w.WriteString("by", c.By.Name);
                    w.WriteString("reason", c.Reason);
                },
                (o, at) =>
                {
                    var by = Names.PartyRoles.Read(o, "by");
                    var reason = o.String("reason");
                    return by is not null && reason is not null && at is { } a ? o.Construct(() => new Terminate(by, reason, a)) : null;
                }),
            Case<RecordReminderSent>(
                "record-reminder-sent",
                (w, c) => WriteObligation(w, c.Obligation, c.Rule),
                (o, at) =>
                {
                    var obligation = o.Object("obligation", ObligationKeyJson.Read);
                    var rule = o.Object("rule", ConsequenceRuleJson.Read);
                    return obligation is not null && rule is not null && at is { } a ? new RecordReminderSent(obligation, rule, a) : null;
                }),
            Case<ApplyConsequence>(
                "apply-consequence",
                (w, c) => WriteObligation(w, c.Obligation, c.Rule),
                (o, at) =>
                {
                    var obligation = o.Object("obligation", ObligationKeyJson.Read);
                    var rule = o.Object("rule", ConsequenceRuleJson.Read);
                    return obligation is not null && rule is not null && at is { } a ? new ApplyConsequence(obligation, rule, a) : null;
                }),
            Case<ReceivePayment>(
                "receive-payment",
                (w, c) =>
                {
                    w.WritePropertyName("payment");
                    ObligationKeyJson.Write(w, c.Payment);
                    w.Money("amount", c.Amount);
                },
                (o, at) =>
                {
                    var payment = o.Object("payment", ObligationKeyJson.Read);
                    var amount = o.Object("amount", MoneyJson.Read);
                    return payment is not null && amount is not null && at is { } a ? o.Construct(() => new ReceivePayment(payment, amount, a)) : null;
                }),
            Case<RecordForceMajeure>(
                "record-force-majeure",
                (w, c) =>
                {
                    w.WriteString("declaredBy", c.DeclaredBy.Name);
                    w.WriteString("reason", c.Reason);
                    w.Date("from", c.From);
                    w.Date("until", c.Until);
                },
                (o, at) =>
                {
                    var declaredBy = Names.PartyRoles.Read(o, "declaredBy");
                    var reason = o.String("reason");
                    var from = o.DueDate("from");
                    var until = o.DueDate("until");
                    return declaredBy is not null && reason is not null && from is { } f && until is { } u && at is { } a
                        ? o.Construct(() => new RecordForceMajeure(declaredBy, reason, f, u, a))
                        : null;
                }),
            Case<RequestChange>(
                "request-change",
                (w, c) =>
                {
                    w.WritePropertyName("request");
                    ChangeRequestJson.Write(w, c.Request);
                },
                (o, at) =>
                {
                    var request = o.Object("request", ChangeRequestJson.Read);
                    if (request is null || at is not { } a)
                    {
                        return null;
                    }

                    // The command happens when the request was made: one instant, written twice, must agree.
                    if (a != request.RequestedAt)
                    {
                        o.Field.Session.Add(
                            JsonPath.Property(o.Field.Path, "at"),
                            $"must be the request's requestedAt ({NodaTimeForms.Format(request.RequestedAt)}): a change request happens when it is made, was {NodaTimeForms.Format(a)}");
                        return null;
                    }

                    return new RequestChange(request);
                }),
            Case<ProposeChangeOrder>(
                "propose-change-order",
                (w, c) =>
                {
                    w.WriteString("changeOrder", c.ChangeOrder.Value);
                    if (c.Price is { } price)
                    {
                        w.Money("price", price);
                    }

                    if (c.ScheduleImpactBusinessDays is { } days)
                    {
                        w.WriteNumber("scheduleImpactBusinessDays", days);
                    }
                },
                (o, at) =>
                {
                    var changeOrder = ChangeOrderId(o);
                    var price = o.OptionalObject("price", MoneyJson.Read, out var priceFailed);
                    var days = o.OptionalInt32("scheduleImpactBusinessDays");
                    return changeOrder is not null && !priceFailed && Given(o, "scheduleImpactBusinessDays", days.HasValue) && at is { } a
                        ? o.Construct(() => new ProposeChangeOrder(changeOrder, a, price, days))
                        : null;
                }),
            Case<AcceptChangeOrder>(
                "accept-change-order",
                (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
                (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new AcceptChangeOrder(changeOrder, a) : null),
            Case<DeclineChangeOrder>(
                "decline-change-order",
                (w, c) =>
                {
                    w.WriteString("changeOrder", c.ChangeOrder.Value);
                    w.OptionalString("reason", c.Reason);
                },
                (o, at) =>
                {
                    var changeOrder = ChangeOrderId(o);
                    var reason = o.OptionalString("reason");
                    return changeOrder is not null && Given(o, "reason", reason is not null) && at is { } a ? o.Construct(() => new DeclineChangeOrder(changeOrder, a, reason)) : null;
                }),
            Case<ProceedWhilePriced>(
                "proceed-while-priced",
                (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
                (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new ProceedWhilePriced(changeOrder, a) : null),
            Case<AbsorbChangeOrder>(
                "absorb-change-order",
                (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
                (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new AbsorbChangeOrder(changeOrder, a) : null),
            Case<BookMeeting>(
                "book-meeting",
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
                "cancel-meeting",
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
                "record-meeting-held",
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
                "record-recap-sent",
                (w, c) => w.WriteString("meetingId", c.MeetingId.Value),
                (o, at) => MeetingId(o) is { } meetingId && at is { } a ? new RecordRecapSent(meetingId, a) : null),
            Case<RecordCheckIn>(
                "record-check-in",
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
                "request-feedback",
                (w, c) => w.WriteString("point", c.Point.Name),
                (o, at) => Names.FeedbackPoints.Read(o, "point") is { } point && at is { } a ? new RequestFeedback(point, a) : null),
            Case<ReceiveFeedback>(
                "receive-feedback",
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
                "record-incident",
                (w, c) =>
                {
                    w.WriteString("incidentId", c.IncidentId.Value);
                    w.WriteString("whatHappened", c.WhatHappened);
                    w.WriteString("impact", c.Impact);
                    w.WriteString("remedy", c.Remedy);
                    w.Date("followThroughDue", c.FollowThroughDue);
                },
                (o, at) =>
                {
                    var incidentId = IncidentId(o);
                    var whatHappened = o.String("whatHappened");
                    var impact = o.String("impact");
                    var remedy = o.String("remedy");
                    var due = o.DueDate("followThroughDue");
                    return incidentId is not null && whatHappened is not null && impact is not null && remedy is not null && due is { } d && at is { } a
                        ? o.Construct(() => new RecordIncident(incidentId, whatHappened, impact, remedy, d, a))
                        : null;
                }),
            Case<RecordFollowThrough>(
                "record-follow-through",
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
                "link-credit-to-incident",
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
                "record-message",
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
                "record-reply",
                (w, c) => w.WriteString("messageId", c.MessageId.Value),
                (o, at) => MessageId(o) is { } messageId && at is { } a ? new RecordReply(messageId, a) : null),
        },
        WriteExpectedVersion,
        ReadExpectedVersion);

    /// <summary>The engagement version a command was decided on, when it carries one: <c>"expectedVersion": 7</c>, after its fields.</summary>
    private static void WriteExpectedVersion(Utf8JsonWriter writer, EngagementCommand command)
    {
        if (command.ExpectedVersion is { } version)
        {
            writer.WriteNumber("expectedVersion", version);
        }
    }

    private static EngagementCommand? ReadExpectedVersion(ObjectReader o, EngagementCommand? command)
    {
        if (o.Optional("expectedVersion") is not { } field)
        {
            return command;
        }

        return field.AsInt32(0) is { } version ? command?.ExpectingVersion(version) : null;
    }

    /// <summary>What a reminder, a consequence or a credit to link is about: the obligation and the policy's rule.</summary>
    private static void WriteObligation(Utf8JsonWriter writer, ObligationKey obligation, ConsequenceRule rule)
    {
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, obligation);
        writer.WritePropertyName("rule");
        ConsequenceRuleJson.Write(writer, rule);
    }

    private static void None<T>(Utf8JsonWriter writer, T value)
    {
    }

    private static TypeTable<EngagementCommand>.Case Case<T>(string name, Action<Utf8JsonWriter, T> write, Func<ObjectReader, Instant?, T?> read)
        where T : EngagementCommand =>
        TypeTable<EngagementCommand>.Case.Of(name, write, read);

    private static StageKey? Stage(ObjectReader o) => KeyJson.Read(o, "stage", v => new StageKey(v));

    private static ChangeRequestId? ChangeOrderId(ObjectReader o) => KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));

    private static MeetingId? MeetingId(ObjectReader o) => KeyJson.Read(o, "meetingId", v => new MeetingId(v));

    private static IncidentId? IncidentId(ObjectReader o) => KeyJson.Read(o, "incidentId", v => new IncidentId(v));

    private static MessageId? MessageId(ObjectReader o) => KeyJson.Read(o, "messageId", v => new MessageId(v));

    /// <summary>Whether an optional property was read: absent, or present and right (false when present and wrong).</summary>
    private static bool Given(ObjectReader o, string name, bool read) => read || !o.Has(name);
}
