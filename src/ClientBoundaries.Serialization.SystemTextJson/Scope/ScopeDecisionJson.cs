using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The decision on a change request, by its kind: the request, the message for the client, and what the kind carries.
/// </summary>
/// <remarks>
/// <code>
/// {"kind": "included", "request": {...}, "message": "...", "deliverable": "designs", "clause": "A mobile layout for every page"}
/// {"kind": "consumes-allowance", "request": {...}, "message": "...", "deliverable": "support", "inHours": true, "used": 1, "remaining": 5}
/// {"kind": "goodwill", "request": {...}, "message": "...", "hours": 0.5, "hoursLeft": 2.5, "announced": true}
/// {"kind": "out-of-scope", "request": {...}, "message": "...", "reason": "TooLargeForGoodwill",
///  "changeOrder": {"price": {money}, "scheduleImpactBusinessDays": 2, "addedUnits": 0, "addedRevisionRounds": 0},
///  "chargingStartsNotice": "..."}
/// </code>
/// <para>The change order of a decision is the draft the ledger made from the request, so only what the
/// request does not say is written: its id, description, deliverable, estimate and draft instant are the
/// request's. <c>chargingStartsNotice</c> is left out when there is none.</para>
/// <para>A decision read is one the ledger could have made: an allowance used or goodwill given is the
/// request's own estimate (or units), and the deliverable named is the request's.</para>
/// <para>The message and the notice are stored as worded, in the client's language at the time: a decision read back
/// has that text only (its <c>MessageIn</c> returns it for every language).</para>
/// </remarks>
internal static class ScopeDecisionJson
{
    public static void Write(Utf8JsonWriter writer, ScopeDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", decision.Kind);
        writer.WritePropertyName("request");
        ChangeRequestJson.Write(writer, decision.Request);
        writer.WriteString("message", decision.Message);
        switch (decision)
        {
            case ScopeDecision.Included included:
                writer.WriteString("deliverable", included.Deliverable.Value);
                writer.WriteString("clause", included.Clause);
                break;
            case ScopeDecision.ConsumesAllowance allowance:
                writer.WriteString("deliverable", allowance.Deliverable.Value);
                writer.WriteBoolean("inHours", allowance.InHours);
                writer.WriteNumber("used", allowance.Used);
                writer.WriteNumber("remaining", allowance.Remaining);
                break;
            case ScopeDecision.Goodwill goodwill:
                writer.WriteNumber("hours", goodwill.Hours);
                writer.WriteNumber("hoursLeft", goodwill.HoursLeft);
                writer.WriteBoolean("announced", goodwill.Announced);
                break;
            case ScopeDecision.OutOfScope outOfScope:
                writer.WriteString("reason", outOfScope.Reason.Name);
                writer.WritePropertyName("changeOrder");
                writer.WriteStartObject();
                writer.Money("price", outOfScope.ChangeOrder.Price);
                writer.WriteNumber("scheduleImpactBusinessDays", outOfScope.ChangeOrder.ScheduleImpactBusinessDays);
                writer.WriteNumber("addedUnits", outOfScope.ChangeOrder.AddedUnits);
                writer.WriteNumber("addedRevisionRounds", outOfScope.ChangeOrder.AddedRevisionRounds);
                writer.WriteEndObject();
                writer.OptionalString("chargingStartsNotice", outOfScope.ChargingStartsNotice);
                break;
        }

        writer.WriteEndObject();
    }

    public static ScopeDecision? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = o.String("kind", 100);
        var request = o.Object("request", ChangeRequestJson.Read);
        var message = o.String("message");
        ScopeDecision? decision = null;
        switch (kind)
        {
            case null:
                break;
            case "included":
                decision = ReadIncluded(o, request, message);
                break;
            case "consumes-allowance":
                decision = ReadAllowance(o, request, message);
                break;
            case "goodwill":
                decision = ReadGoodwill(o, request, message);
                break;
            case "out-of-scope":
                decision = ReadOutOfScope(o, request, message);
                break;
            default:
                o.Field.Session.Add(JsonPath.Property(o.Field.Path, "kind"), $"must be one of included, consumes-allowance, goodwill, out-of-scope, was {JsonField.Quote(kind)}");
                return null;
        }

        o.End();
        return decision;
    }

    private static ScopeDecision.Included? ReadIncluded(ObjectReader o, ChangeRequest? request, string? message)
    {
        var deliverable = KeyJson.Read(o, "deliverable", v => new DeliverableKey(v));
        var clause = o.String("clause");
        return request is null || message is null || deliverable is null || clause is null || !SameDeliverable(o, request, deliverable)
            ? null
            : new ScopeDecision.Included(request, deliverable, clause, new Sentence(message));
    }

    private static ScopeDecision.ConsumesAllowance? ReadAllowance(ObjectReader o, ChangeRequest? request, string? message)
    {
        var deliverable = KeyJson.Read(o, "deliverable", v => new DeliverableKey(v));
        var inHours = o.Boolean("inHours");
        var used = o.Decimal("used");
        var remaining = o.Decimal("remaining", 0m, Allowance.MaxQuantity);
        if (request is null || message is null || deliverable is null || inHours is not { } hours || used is not { } u || remaining is not { } r
            || !SameDeliverable(o, request, deliverable))
        {
            return null;
        }

        // The ledger counts what was used as the request's units or hours: anything else would corrupt it.
        var requested = hours ? request.EstimatedHours : request.Units;
        if (u != requested)
        {
            Problem(o, "used", $"must be the request's {(hours ? "estimatedHours" : "units")} ({requested.ToString(CultureInfo.InvariantCulture)}), was {u.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return new ScopeDecision.ConsumesAllowance(request, deliverable, hours, u, r, new Sentence(message));
    }

    private static ScopeDecision.Goodwill? ReadGoodwill(ObjectReader o, ChangeRequest? request, string? message)
    {
        var hours = o.Decimal("hours");
        var hoursLeft = o.Decimal("hoursLeft", 0m, Goodwill.MaxHours);
        var announced = o.Boolean("announced");
        if (request is null || message is null || hours is not { } h || hoursLeft is not { } left || announced is not { } a)
        {
            return null;
        }

        if (h != request.EstimatedHours)
        {
            Problem(o, "hours", $"must be the request's estimatedHours ({request.EstimatedHours.ToString(CultureInfo.InvariantCulture)}), was {h.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return new ScopeDecision.Goodwill(request, h, left, a, new Sentence(message));
    }

    private static ScopeDecision.OutOfScope? ReadOutOfScope(ObjectReader o, ChangeRequest? request, string? message)
    {
        var reason = Names.OutOfScopeReasons.Read(o, "reason");
        var order = o.Required("changeOrder") is { } orderField ? ReadDraft(orderField, request) : null;
        var notice = o.OptionalString("chargingStartsNotice");
        return request is null || message is null || reason is null || order is null || (o.Has("chargingStartsNotice") && notice is null)
            ? null
            : new ScopeDecision.OutOfScope(request, reason, order, notice is null ? null : new Sentence(notice), new Sentence(message));
    }

    private static ChangeOrder? ReadDraft(JsonField field, ChangeRequest? request)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var price = o.Object("price", MoneyJson.Read);
        var impact = o.Int32("scheduleImpactBusinessDays", 0, Stage.MaxDurationBusinessDays);
        var units = o.Int32("addedUnits", 0, Allowance.MaxQuantity);
        var rounds = o.Int32("addedRevisionRounds", 0, Allowance.MaxRevisionRounds);
        o.End();
        if (request is null || price is null || impact is not { } days || units is not { } u || rounds is not { } r)
        {
            return null;
        }

        return o.Construct(() => new ChangeOrder(request, ChangeOrder.CheckPrice(price, "price"), days, u, r));
    }

    private static bool SameDeliverable(ObjectReader o, ChangeRequest request, DeliverableKey deliverable)
    {
        if (request.Deliverable == deliverable)
        {
            return true;
        }

        Problem(o, "deliverable", $"must be the request's deliverable ({request.Deliverable?.Value ?? "none"}), was '{deliverable}'");
        return false;
    }

    private static void Problem(ObjectReader o, string property, string message) =>
        o.Field.Session.Add(JsonPath.Property(o.Field.Path, property), message);
}
