using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An amendment: <c>{"version": 2, "changeOrder": "booking", "description": "...", "price": {...},
/// "scheduleImpactBusinessDays": 2, "extendedStage": "build", "deliverable": "pages", "addedUnits": 1,
/// "addedRevisionRounds": 0, "addedBudgetedHours": 8, "at": "2026-05-12T10:00:00Z"}</c>; the stage and the
/// deliverable are left out when it extends none.
/// </summary>
internal static class AmendmentJson
{
    public static void Write(Utf8JsonWriter writer, Amendment amendment)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", amendment.Version);
        writer.WriteString("changeOrder", amendment.ChangeOrder.Value);
        writer.WriteString("description", amendment.Description);
        writer.Money("price", amendment.Price);
        writer.WriteNumber("scheduleImpactBusinessDays", amendment.ScheduleImpactBusinessDays);
        if (amendment.ExtendedStage is { } stage)
        {
            writer.WriteString("extendedStage", stage.Value);
        }

        if (amendment.Deliverable is { } deliverable)
        {
            writer.WriteString("deliverable", deliverable.Value);
        }

        writer.WriteNumber("addedUnits", amendment.AddedUnits);
        writer.WriteNumber("addedRevisionRounds", amendment.AddedRevisionRounds);
        writer.WriteNumber("addedBudgetedHours", amendment.AddedBudgetedHours);
        writer.Instant("at", amendment.At);
        writer.WriteEndObject();
    }

    public static Amendment? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var version = o.Int32("version", 2, int.MaxValue);
        var changeOrder = KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));
        var description = o.Text("description");
        var price = o.Object("price", MoneyJson.Read);
        var impact = o.Int32("scheduleImpactBusinessDays", 0, Stage.MaxDurationBusinessDays);
        var stageField = o.Optional("extendedStage");
        var stage = stageField is { } s ? KeyJson.Read(s, v => new StageKey(v)) : null;
        var deliverableField = o.Optional("deliverable");
        var deliverable = deliverableField is { } d ? KeyJson.Read(d, v => new DeliverableKey(v)) : null;
        var units = o.Int32("addedUnits", 0, 10_000);
        var rounds = o.Int32("addedRevisionRounds", 0, Allowance.MaxRevisionRounds);
        var hours = o.Decimal("addedBudgetedHours", 0m, ChangeRequest.MaxEstimatedHours);
        var at = o.Instant("at");
        o.End();
        return version is { } v2 && changeOrder is not null && description is not null && price is not null && impact is { } days
            && (stageField is null || stage is not null) && (deliverableField is null || deliverable is not null)
            && units is { } addedUnits && rounds is { } addedRounds && hours is { } addedHours && at is { } when
            ? field.Construct(
                () => new Amendment(v2, changeOrder, description, price, days, stage, deliverable, addedUnits, addedRounds, addedHours, when),
                ("price", "price"),
                ("extendedStage", "extendedStage"),
                ("deliverable", "deliverable"))
            : null;
    }
}
