using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An amendment: <c>{"version": 2, "changeOrder": "booking", "description": "...", "price": {money},
/// "scheduleImpactBusinessDays": 2, "extendedStage": "build", "deliverable": "pages", "addedUnits": 0,
/// "addedRevisionRounds": 0, "addedBudgetedHours": 8, "at": "..."}</c>; <c>extendedStage</c> and
/// <c>deliverable</c> are left out when there is none.
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
        writer.OptionalString("extendedStage", amendment.ExtendedStage?.Value);
        writer.OptionalString("deliverable", amendment.Deliverable?.Value);
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

        var version = o.Int32("version");
        var changeOrder = KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));
        var description = o.String("description");
        var price = o.Object("price", MoneyJson.Read);
        var impact = o.Int32("scheduleImpactBusinessDays");
        var extendedStage = KeyJson.ReadOptional(o, "extendedStage", v => new StageKey(v));
        var deliverable = KeyJson.ReadOptional(o, "deliverable", v => new DeliverableKey(v));
        var addedUnits = o.Int32("addedUnits");
        var addedRevisionRounds = o.Int32("addedRevisionRounds");
        var addedBudgetedHours = o.Decimal("addedBudgetedHours");
        var at = o.Instant("at");
        o.End();
        if (version is not { } v || changeOrder is null || description is null || price is null || impact is not { } days
            || (o.Has("extendedStage") && extendedStage is null) || (o.Has("deliverable") && deliverable is null)
            || addedUnits is not { } units || addedRevisionRounds is not { } rounds || addedBudgetedHours is not { } hours || at is not { } instant)
        {
            return null;
        }

        return o.Construct(() => new Amendment(v, changeOrder, description, price, days, extendedStage, deliverable, units, rounds, hours, instant));
    }
}
