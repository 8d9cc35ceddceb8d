using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands of scope: a change request, and the change order that answers one.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands of scope.</summary>
    private static TypeTable<EngagementCommand>.Case[] ScopeCases => new[]
    {
        Case<RequestChange>(
            RequestChange.Name,
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
            ProposeChangeOrder.Name,
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
            AcceptChangeOrder.Name,
            (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
            (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new AcceptChangeOrder(changeOrder, a) : null),
        Case<DeclineChangeOrder>(
            DeclineChangeOrder.Name,
            (w, c) => ChangeOrderDeclineJson.Write(w, c.Decline),
            (o, at) => ChangeOrderDeclineJson.Read(o, at, (decline, a) => new DeclineChangeOrder(decline, a))),
        Case<ProceedWhilePriced>(
            ProceedWhilePriced.Name,
            (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
            (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new ProceedWhilePriced(changeOrder, a) : null),
        Case<AbsorbChangeOrder>(
            AbsorbChangeOrder.Name,
            (w, c) => w.WriteString("changeOrder", c.ChangeOrder.Value),
            (o, at) => ChangeOrderId(o) is { } changeOrder && at is { } a ? new AbsorbChangeOrder(changeOrder, a) : null),
    };
}
