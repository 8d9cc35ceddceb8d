using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of scope: a change request with its decision, and the change order that answers one.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of scope.</summary>
    private static TypeTable<EngagementEvent>.Case[] ScopeCases => new[]
    {
        Case<ChangeRequested>(
            ChangeRequested.Name,
            (w, e) =>
            {
                w.WritePropertyName("decision");
                ScopeDecisionJson.Write(w, e.Decision);
            },
            (o, at) => o.Object("decision", ScopeDecisionJson.Read) is { } decision && at is { } a ? new ChangeRequested(decision, a) : null),
        Case<ChangeOrderProposed>(
            ChangeOrderProposed.Name,
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
            ChangeOrderProceeding.Name,
            (w, e) => w.WriteString("changeOrder", e.ChangeOrder.Value),
            (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new ChangeOrderProceeding(changeOrder, a) : null),
        Case<ChangeOrderDeclined>(
            ChangeOrderDeclined.Name,
            (w, e) => ChangeOrderDeclineJson.Write(w, e.Decline),
            (o, at) => ChangeOrderDeclineJson.Read(o, at, (decline, a) => new ChangeOrderDeclined(decline, a))),
        Case<ChangeOrderAccepted>(
            ChangeOrderAccepted.Name,
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
    };
}
