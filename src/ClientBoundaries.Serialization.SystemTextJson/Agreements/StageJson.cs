using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A stage: <c>{"key": "design", "name": "Design draft", "owner": "Provider", "durationBusinessDays": 10,
/// "responsibilities": [{"party": "Provider", "task": "..."}], "handover": "...", "budgetedHours": 20, "price": {...}}</c>.
/// Responsibilities, handover, budget and price may be left out.
/// </summary>
internal static class StageJson
{
    /// <summary>More tasks than a stage needs; a guard against hostile input.</summary>
    private const int MaxResponsibilities = 1_000;

    public static void Write(Utf8JsonWriter writer, Stage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("key", stage.Key.Value);
        writer.WriteString("name", stage.Name);
        writer.WriteString("owner", stage.Owner.Name);
        writer.WriteNumber("durationBusinessDays", stage.DurationBusinessDays);
        writer.WriteStartArray("responsibilities");
        foreach (var responsibility in stage.Responsibilities)
        {
            writer.WriteStartObject();
            writer.WriteString("party", responsibility.Party.Name);
            writer.WriteString("task", responsibility.Task);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.OptionalString("handover", stage.Handover);
        if (stage.BudgetedHours is { } hours)
        {
            writer.WriteNumber("budgetedHours", hours);
        }

        if (stage.Price is { } price)
        {
            writer.Money("price", price);
        }

        writer.WriteEndObject();
    }

    public static Stage? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var key = KeyJson.Read(o, "key", v => new StageKey(v));
        var name = o.Text("name");
        var owner = Names.PartyRoles.Read(o, "owner");
        var duration = o.Int32("durationBusinessDays", 1, Stage.MaxDurationBusinessDays);
        var responsibilities = o.OptionalArray("responsibilities", ReadResponsibility, MaxResponsibilities);
        var handover = o.OptionalText("handover", out var handoverFailed);
        var budgetField = o.Optional("budgetedHours");
        var budget = budgetField?.AsDecimal(0m, Stage.MaxBudgetedHours);
        var budgetFailed = budgetField is not null && budget is null;
        var price = o.OptionalObject("price", MoneyJson.Read, out var priceFailed);
        o.End();
        return key is not null && name is not null && owner is not null && duration is { } days && responsibilities is not null && !handoverFailed && !budgetFailed && !priceFailed
            ? field.Construct(() => new Stage(key, name, owner, days, responsibilities, handover, budget, price), ("price", "price"))
            : null;
    }

    private static Responsibility? ReadResponsibility(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var party = Names.PartyRoles.Read(o, "party");
        var task = o.Text("task");
        o.End();
        return party is not null && task is not null ? field.Construct(() => new Responsibility(party, task)) : null;
    }
}
