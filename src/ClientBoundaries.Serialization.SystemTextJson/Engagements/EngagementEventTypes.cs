using System;
using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One engagement event as <c>{"type": "handed-off", "schemaVersion": 1, "at": "...", ...its fields}</c>: the
/// type is the event's stable kind name, the fields are its properties in camel case. The list of types and
/// the fields of each are in <see cref="EngagementEventJson"/>'s documentation.
/// </summary>
internal static class EngagementEventTypes
{
    /// <summary>The schema version written, and the newest read.</summary>
    public const int SchemaVersion = 1;

    public static readonly TypeTable<EngagementEvent> Types = new(
        "event",
        SchemaVersion,
        e => e.At,
        new[]
        {
            Case<Proposed>(
                "proposed",
                (w, e) =>
                {
                    w.WritePropertyName("agreement");
                    AgreementJson.Write(w, e.Agreement);
                },
                (o, at) => o.Object("agreement", AgreementJson.Read) is { } agreement && at is { } a ? new Proposed(agreement, a) : null),
            Case<Signed>("signed", None, (_, at) => at is { } a ? new Signed(a) : null),
            Case<DepositReceived>(
                "deposit-received",
                (w, e) => w.Money("amount", e.Amount),
                (o, at) => o.Object("amount", MoneyJson.Read) is { } amount && at is { } a ? new DepositReceived(amount, a) : null),
            Case<Scheduled>(
                "scheduled",
                (w, e) =>
                {
                    w.WritePropertyName("plan");
                    PlanJson.Write(w, e.Plan);
                },
                (o, at) => o.Object("plan", PlanJson.Read) is { } plan && at is { } a ? new Scheduled(plan, a) : null),
            Case<StageStarted>(
                "stage-started",
                (w, e) => w.WriteString("stage", e.Stage.Value),
                (o, at) => Stage(o) is { } stage && at is { } a ? new StageStarted(stage, a) : null),
            Case<WorkSubmitted>(
                "work-submitted",
                (w, e) =>
                {
                    w.WriteString("stage", e.Stage.Value);
                    w.WriteString("summary", e.Summary);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var summary = o.String("summary");
                    return stage is not null && summary is not null && at is { } a ? new WorkSubmitted(stage, summary, a) : null;
                }),
            Case<HandedOff>(
                "handed-off",
                (w, e) =>
                {
                    w.WriteString("stage", e.Stage.Value);
                    w.WriteString("from", e.From.Name);
                    w.WriteString("to", e.To.Name);
                    w.WriteString("expectation", e.Expectation);
                    if (e.DueBy is { } due)
                    {
                        w.Date("dueBy", due);
                    }
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var from = Names.PartyRoles.Read(o, "from");
                    var to = Names.PartyRoles.Read(o, "to");
                    var expectation = o.String("expectation");
                    var dueBy = o.OptionalDueDate("dueBy");
                    return stage is not null && from is not null && to is not null && expectation is not null && Given(o, "dueBy", dueBy.HasValue) && at is { } a
                        ? o.Construct(() => new HandedOff(stage, from, to, expectation, dueBy, a))
                        : null;
                }),
            Case<StageAccepted>(
                "stage-accepted",
                (w, e) =>
                {
                    w.WriteString("stage", e.Stage.Value);
                    w.WriteString("by", e.By.Name);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var by = Names.PartyRoles.Read(o, "by");
                    return stage is not null && by is not null && at is { } a ? new StageAccepted(stage, by, a) : null;
                }),
            Case<RevisionRequested>(
                "revision-requested",
                (w, e) =>
                {
                    w.WriteString("stage", e.Stage.Value);
                    w.WriteString("by", e.By.Name);
                    w.WriteString("reason", e.Reason);
                    w.WriteBoolean("reopened", e.Reopened);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var by = Names.PartyRoles.Read(o, "by");
                    var reason = o.String("reason");
                    var reopened = o.Boolean("reopened");
                    return stage is not null && by is not null && reason is not null && reopened is { } r && at is { } a ? new RevisionRequested(stage, by, reason, r, a) : null;
                }),
            Case<EffortLogged>(
                "effort-logged",
                (w, e) =>
                {
                    w.WriteString("stage", e.Stage.Value);
                    w.WriteString("party", e.Party.Name);
                    w.WriteNumber("hours", e.Hours);
                    w.OptionalString("note", e.Note);
                },
                (o, at) =>
                {
                    var stage = Stage(o);
                    var party = Names.PartyRoles.Read(o, "party");
                    var hours = o.Decimal("hours");
                    var note = o.OptionalString("note");
                    return stage is not null && party is not null && hours is { } h && Given(o, "note", note is not null) && at is { } a
                        ? o.Construct(() => new EffortLogged(stage, party, h, note, a))
                        : null;
                }),
            Case<Paused>(
                "paused",
                (w, e) =>
                {
                    w.WriteString("causedBy", e.CausedBy.Name);
                    w.WriteString("reason", e.Reason);
                },
                (o, at) =>
                {
                    var causedBy = Names.PartyRoles.Read(o, "causedBy");
                    var reason = o.String("reason");
                    return causedBy is not null && reason is not null && at is { } a ? new Paused(causedBy, reason, a) : null;
                }),
            Case<Resumed>("resumed", None, (_, at) => at is { } a ? new Resumed(a) : null),
            Case<Completed>("completed", None, (_, at) => at is { } a ? new Completed(a) : null),
            Case<Terminated>(
                "terminated",
                (w, e) =>
                {
                    w.WriteString("by", e.By.Name);
                    w.WriteString("reason", e.Reason);
                },
                (o, at) =>
                {
                    var by = Names.PartyRoles.Read(o, "by");
                    var reason = o.String("reason");
                    return by is not null && reason is not null && at is { } a ? new Terminated(by, reason, a) : null;
                }),
            Case<ReminderSent>(
                "reminder-sent",
                (w, e) =>
                {
                    WriteObligation(w, e.Obligation, e.Round, e.Rule);
                    w.WriteString("to", e.To.Name);
                },
                (o, at) =>
                {
                    var obligation = o.Object("obligation", ObligationKeyJson.Read);
                    var round = o.Int32("round", 0);
                    var rule = o.Object("rule", ConsequenceRuleJson.Read);
                    var to = Names.PartyRoles.Read(o, "to");
                    return obligation is not null && round is { } r && rule is not null && to is not null && at is { } a
                        ? o.Construct(() => new ReminderSent(obligation, r, rule, to, a))
                        : null;
                }),
            Case<ConsequenceApplied>(
                "consequence-applied",
                (w, e) =>
                {
                    WriteObligation(w, e.Obligation, e.Round, e.Rule);
                    w.WriteString("party", e.Party.Name);
                    if (e.Amount is { } amount)
                    {
                        w.Money("amount", amount);
                    }

                    w.Instant("dueSince", e.DueSince);
                },
                (o, at) =>
                {
                    var obligation = o.Object("obligation", ObligationKeyJson.Read);
                    var round = o.Int32("round", 0);
                    var rule = o.Object("rule", ConsequenceRuleJson.Read);
                    var party = Names.PartyRoles.Read(o, "party");
                    var amount = o.OptionalObject("amount", MoneyJson.Read, out var amountFailed);
                    var dueSince = o.Instant("dueSince");
                    return obligation is not null && round is { } r && rule is not null && party is not null && !amountFailed && dueSince is { } due && at is { } a
                        ? o.Construct(() => new ConsequenceApplied(obligation, r, rule, party, amount, due, a))
                        : null;
                }),
            Case<PaymentReceived>(
                "payment-received",
                (w, e) =>
                {
                    w.WritePropertyName("payment");
                    ObligationKeyJson.Write(w, e.Payment);
                    w.Money("amount", e.Amount);
                },
                (o, at) =>
                {
                    var payment = o.Object("payment", ObligationKeyJson.Read);
                    var amount = o.Object("amount", MoneyJson.Read);
                    return payment is not null && amount is not null && at is { } a ? o.Construct(() => new PaymentReceived(payment, amount, a)) : null;
                }),
            Case<ForceMajeureRecorded>(
                "force-majeure-recorded",
                (w, e) =>
                {
                    w.WriteString("declaredBy", e.DeclaredBy.Name);
                    w.WriteString("reason", e.Reason);
                    w.Date("from", e.From);
                    w.Date("until", e.Until);
                },
                (o, at) =>
                {
                    var declaredBy = Names.PartyRoles.Read(o, "declaredBy");
                    var reason = o.String("reason");
                    var from = o.DueDate("from");
                    var until = o.DueDate("until");
                    return declaredBy is not null && reason is not null && from is { } f && until is { } u && at is { } a
                        ? o.Construct(() => new ForceMajeureRecorded(declaredBy, reason, f, u, a))
                        : null;
                }),
            Case<ChangeRequested>(
                "change-requested",
                (w, e) =>
                {
                    w.WritePropertyName("decision");
                    ScopeDecisionJson.Write(w, e.Decision);
                },
                (o, at) => o.Object("decision", ScopeDecisionJson.Read) is { } decision && at is { } a ? new ChangeRequested(decision, a) : null),
            Case<ChangeOrderProposed>(
                "change-order-proposed",
                (w, e) =>
                {
                    w.WriteString("changeOrder", e.ChangeOrder.Value);
                    w.Money("price", e.Price);
                    w.WriteNumber("scheduleImpactBusinessDays", e.ScheduleImpactBusinessDays);
                    w.Instant("expiresAt", e.ExpiresAt);
                },
                (o, at) =>
                {
                    var changeOrder = ChangeOrderId(o);
                    var price = o.Object("price", MoneyJson.Read);
                    var impact = o.Int32("scheduleImpactBusinessDays");
                    var expiresAt = o.Instant("expiresAt");
                    return changeOrder is not null && price is not null && impact is { } days && expiresAt is { } expires && at is { } a
                        ? o.Construct(() => new ChangeOrderProposed(changeOrder, price, days, expires, a))
                        : null;
                }),
            Case<ChangeOrderProceeding>(
                "change-order-proceeding",
                (w, e) => w.WriteString("changeOrder", e.ChangeOrder.Value),
                (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new ChangeOrderProceeding(changeOrder, a) : null),
            Case<ChangeOrderDeclined>(
                "change-order-declined",
                (w, e) =>
                {
                    w.WriteString("changeOrder", e.ChangeOrder.Value);
                    w.OptionalString("reason", e.Reason);
                },
                (o, at) =>
                {
                    var changeOrder = ChangeOrderId(o);
                    var reason = o.OptionalString("reason");
                    return changeOrder is not null && Given(o, "reason", reason is not null) && at is { } a ? o.Construct(() => new ChangeOrderDeclined(changeOrder, reason, a)) : null;
                }),
            Case<ChangeOrderAccepted>(
                "change-order-accepted",
                (w, e) =>
                {
                    w.WritePropertyName("amendment");
                    AmendmentJson.Write(w, e.Amendment);
                    w.WriteBoolean("absorbed", e.Absorbed);
                },
                (o, at) =>
                {
                    var amendment = o.Object("amendment", AmendmentJson.Read);
                    var absorbed = o.Boolean("absorbed");
                    return amendment is not null && absorbed is { } b && at is { } a ? o.Construct(() => new ChangeOrderAccepted(amendment, b, a)) : null;
                }),
            Case<MeetingBooked>(
                "meeting-booked",
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
                "meeting-cancelled",
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
                "meeting-held",
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
                "recap-sent",
                (w, e) => w.WriteString("meetingId", e.MeetingId.Value),
                (o, at) => MeetingId(o) is { } meetingId && at is { } a ? new RecapSent(meetingId, a) : null),
            Case<CheckInRecorded>(
                "check-in-recorded",
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
                "feedback-requested",
                (w, e) => w.WriteString("point", e.Point.Name),
                (o, at) => Names.FeedbackPoints.Read(o, "point") is { } point && at is { } a ? new FeedbackRequested(point, a) : null),
            Case<FeedbackReceived>(
                "feedback-received",
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
                "incident-recorded",
                (w, e) =>
                {
                    w.WriteString("incidentId", e.IncidentId.Value);
                    w.WriteString("whatHappened", e.WhatHappened);
                    w.WriteString("impact", e.Impact);
                    w.WriteString("remedy", e.Remedy);
                    w.Date("followThroughDue", e.FollowThroughDue);
                },
                (o, at) =>
                {
                    var incidentId = IncidentId(o);
                    var whatHappened = o.String("whatHappened");
                    var impact = o.String("impact");
                    var remedy = o.String("remedy");
                    var due = o.DueDate("followThroughDue");
                    return incidentId is not null && whatHappened is not null && impact is not null && remedy is not null && due is { } d && at is { } a
                        ? o.Construct(() => new IncidentRecorded(incidentId, whatHappened, impact, remedy, d, a))
                        : null;
                }),
            Case<IncidentFollowedThrough>(
                "incident-followed-through",
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
                "incident-credit-linked",
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
                "message-received",
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
                "reply-sent",
                (w, e) => w.WriteString("messageId", e.MessageId.Value),
                (o, at) => MessageId(o) is { } messageId && at is { } a ? new ReplySent(messageId, a) : null),
        });

    /// <summary>What a reminder, a consequence or a linked credit is about: the obligation, its round, and the policy's rule.</summary>
    private static void WriteObligation(Utf8JsonWriter writer, ObligationKey obligation, int round, ConsequenceRule rule)
    {
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, obligation);
        writer.WriteNumber("round", round);
        writer.WritePropertyName("rule");
        ConsequenceRuleJson.Write(writer, rule);
    }

    private static void None<T>(Utf8JsonWriter writer, T value)
    {
    }

    private static TypeTable<EngagementEvent>.Case Case<T>(string name, Action<Utf8JsonWriter, T> write, Func<ObjectReader, Instant?, T?> read)
        where T : EngagementEvent =>
        TypeTable<EngagementEvent>.Case.Of(name, write, read);

    private static StageKey? Stage(ObjectReader o) => KeyJson.Read(o, "stage", v => new StageKey(v));

    private static ChangeRequestId? ChangeOrderId(ObjectReader o) => KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));

    private static MeetingId? MeetingId(ObjectReader o) => KeyJson.Read(o, "meetingId", v => new MeetingId(v));

    private static IncidentId? IncidentId(ObjectReader o) => KeyJson.Read(o, "incidentId", v => new IncidentId(v));

    private static MessageId? MessageId(ObjectReader o) => KeyJson.Read(o, "messageId", v => new MessageId(v));

    /// <summary>Whether an optional property was read: absent, or present and right (false when present and wrong).</summary>
    private static bool Given(ObjectReader o, string name, bool read) => read || !o.Has(name);
}
