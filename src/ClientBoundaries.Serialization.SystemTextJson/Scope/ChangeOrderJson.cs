using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A change order as it stands in an engagement (<c>EngagementState.Scope.ChangeOrders</c>): what it is, its
/// price and schedule impact, its recorded status and the instants of its life. Lossless.
/// </summary>
/// <remarks>
/// <code>
/// {"id": "booking", "description": "Add an online table booking form", "estimatedHours": 8,
///  "price": {"amount": 720, "currency": "EUR"}, "scheduleImpactBusinessDays": 2, "addedUnits": 0, "addedRevisionRounds": 0,
///  "status": "Accepted", "draftedAt": "2026-03-20T13:00:00Z", "proposedAt": "2026-03-20T14:00:00Z",
///  "expiresAt": "2026-04-09T17:00:00Z", "closedAt": "2026-03-20T15:00:00Z", "amendedVersion": 2}
/// </code>
/// <para><c>deliverable</c>, <c>proposedAt</c>, <c>expiresAt</c>, <c>closedAt</c>, <c>declineReason</c> and
/// <c>amendedVersion</c> are left out when there is none. The status is the one recorded, never
/// <c>Expired</c>: a proposal expires by time, which <see cref="ChangeOrder.StatusAt"/> reads from <c>expiresAt</c>.</para>
/// <para>A change order read is one an engagement could have recorded: <c>proposedAt</c> and <c>expiresAt</c>
/// together, the latter after the former, and required for a Proposed one, absent for a Draft;
/// <c>closedAt</c> exactly when it is Accepted, Declined or NoCharge; <c>declineReason</c> only when
/// Declined; <c>amendedVersion</c> (2 or more) exactly when Accepted or NoCharge; a price, impact, units
/// and rounds in the ranges the library allows.</para>
/// </remarks>
internal static class ChangeOrderJson
{
    public static void Write(Utf8JsonWriter writer, ChangeOrder order)
    {
        writer.WriteStartObject();
        writer.WriteString("id", order.Id.Value);
        writer.WriteString("description", order.Description);
        writer.OptionalString("deliverable", order.Deliverable?.Value);
        writer.WriteNumber("estimatedHours", order.EstimatedHours);
        writer.Money("price", order.Price);
        writer.WriteNumber("scheduleImpactBusinessDays", order.ScheduleImpactBusinessDays);
        writer.WriteNumber("addedUnits", order.AddedUnits);
        writer.WriteNumber("addedRevisionRounds", order.AddedRevisionRounds);
        writer.WriteString("status", order.Status.Name);
        writer.Instant("draftedAt", order.DraftedAt);
        if (order.ProposedAt is { } proposedAt)
        {
            writer.Instant("proposedAt", proposedAt);
        }

        if (order.ExpiresAt is { } expiresAt)
        {
            writer.Instant("expiresAt", expiresAt);
        }

        if (order.ClosedAt is { } closedAt)
        {
            writer.Instant("closedAt", closedAt);
        }

        writer.OptionalString("declineReason", order.DeclineReason);
        if (order.AmendedVersion is { } version)
        {
            writer.WriteNumber("amendedVersion", version);
        }

        writer.WriteEndObject();
    }

    public static ChangeOrder? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var id = KeyJson.Read(o, "id", v => new ChangeRequestId(v));
        var description = o.String("description");
        var deliverable = KeyJson.ReadOptional(o, "deliverable", v => new DeliverableKey(v));
        var hours = o.Decimal("estimatedHours");
        var price = o.Object("price", MoneyJson.Read);
        var impact = o.Int32("scheduleImpactBusinessDays", 0, Stage.MaxDurationBusinessDays);
        var units = o.Int32("addedUnits", 0, Allowance.MaxQuantity);
        var rounds = o.Int32("addedRevisionRounds", 0, Allowance.MaxRevisionRounds);
        var status = Names.ChangeOrderStatuses.Read(o, "status");
        var draftedAt = o.Instant("draftedAt");
        var proposedAt = o.OptionalInstant("proposedAt");
        var expiresAt = o.OptionalInstant("expiresAt");
        var closedAt = o.OptionalInstant("closedAt");
        var declineReason = o.OptionalString("declineReason");
        var amendedVersion = o.OptionalInt32("amendedVersion", 2);
        o.End();
        if (id is null || description is null || (o.Has("deliverable") && deliverable is null) || hours is not { } h || price is null
            || impact is not { } days || units is not { } u || rounds is not { } r || status is null || draftedAt is not { } drafted
            || (o.Has("proposedAt") && proposedAt is null) || (o.Has("expiresAt") && expiresAt is null) || (o.Has("closedAt") && closedAt is null)
            || (o.Has("declineReason") && declineReason is null) || (o.Has("amendedVersion") && amendedVersion is null))
        {
            return null;
        }

        if (!FitsStatus(o, status) || !FitsProposal(o, proposedAt, expiresAt))
        {
            return null;
        }

        // The order is rebuilt as the engagement made it: drafted from its request, then taken through its life.
        // The request's other fields (who asked, units, clause) are not part of a change order.
        var request = o.Construct(() => new ChangeRequest(id, description, PartyRole.Provider, h, drafted, deliverable));
        var checkedPrice = request is null ? null : o.Construct(() => ChangeOrder.CheckPrice(price, "price"));
        if (request is null || checkedPrice is null)
        {
            return null;
        }

        var order = new ChangeOrder(request, checkedPrice, days, u, r);
        if (proposedAt is { } proposed)
        {
            order = order.ProposedOn(proposed, expiresAt!.Value, checkedPrice, days);
        }

        return status == ChangeOrderStatus.ProceedingWhilePriced ? order.Proceeding()
            : status == ChangeOrderStatus.Declined ? order.DeclinedOn(closedAt!.Value, declineReason)
            : status == ChangeOrderStatus.Accepted ? order.AmendedOn(closedAt!.Value, amendedVersion!.Value, absorbed: false, checkedPrice)
            : status == ChangeOrderStatus.NoCharge ? order.AmendedOn(closedAt!.Value, amendedVersion!.Value, absorbed: true, checkedPrice)
            : order;
    }

    private static bool FitsStatus(ObjectReader o, ChangeOrderStatus status)
    {
        if (status == ChangeOrderStatus.Expired)
        {
            Problem(o, "status", "must be the status recorded, never Expired: write Proposed, and the proposal expires at its expiresAt");
            return false;
        }

        var amended = status == ChangeOrderStatus.Accepted || status == ChangeOrderStatus.NoCharge;
        var fits = Expect(o, "closedAt", status.IsClosed, status)
            & Expect(o, "amendedVersion", amended, status)
            & Expect(o, "declineReason", o.Has("declineReason") && status == ChangeOrderStatus.Declined, status);
        if (status == ChangeOrderStatus.Proposed)
        {
            fits &= Expect(o, "proposedAt", true, status);
        }
        else if (status == ChangeOrderStatus.Draft)
        {
            fits &= Expect(o, "proposedAt", false, status);
        }

        return fits;
    }

    private static bool FitsProposal(ObjectReader o, NodaTime.Instant? proposedAt, NodaTime.Instant? expiresAt)
    {
        if (proposedAt.HasValue != expiresAt.HasValue)
        {
            Problem(o, proposedAt.HasValue ? "expiresAt" : "proposedAt", $"is required with {(proposedAt.HasValue ? "proposedAt" : "expiresAt")}");
            return false;
        }

        if (proposedAt is { } proposed && expiresAt is { } expires && expires <= proposed)
        {
            Problem(o, "expiresAt", $"must be after proposedAt ({NodaTimeForms.Format(proposed)}), was {NodaTimeForms.Format(expires)}");
            return false;
        }

        return true;
    }

    private static bool Expect(ObjectReader o, string name, bool expected, ChangeOrderStatus status)
    {
        if (o.Has(name) == expected)
        {
            return true;
        }

        Problem(o, name, expected ? $"is required for a change order that is {status.Name}" : $"must not be given for a change order that is {status.Name}");
        return false;
    }

    private static void Problem(ObjectReader o, string property, string message) =>
        o.Field.Session.Add(JsonPath.Property(o.Field.Path, property), message);
}
