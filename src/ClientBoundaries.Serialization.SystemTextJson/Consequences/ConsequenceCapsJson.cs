using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Caps: <c>{"perStage": {...}, "perMonth": {...}, "perEngagement": {...}}</c>, each an amount of money or left out (no limit).</summary>
internal static class ConsequenceCapsJson
{
    public static void Write(Utf8JsonWriter writer, ConsequenceCaps caps)
    {
        writer.WriteStartObject();
        if (caps.PerStage is { } perStage)
        {
            writer.Money("perStage", perStage);
        }

        if (caps.PerMonth is { } perMonth)
        {
            writer.Money("perMonth", perMonth);
        }

        if (caps.PerEngagement is { } perEngagement)
        {
            writer.Money("perEngagement", perEngagement);
        }

        writer.WriteEndObject();
    }

    public static ConsequenceCaps? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var perStage = o.OptionalObject("perStage", MoneyJson.Read, out var perStageFailed);
        var perMonth = o.OptionalObject("perMonth", MoneyJson.Read, out var perMonthFailed);
        var perEngagement = o.OptionalObject("perEngagement", MoneyJson.Read, out var perEngagementFailed);
        o.End();
        return perStageFailed || perMonthFailed || perEngagementFailed
            ? null
            : field.Construct(
                () => new ConsequenceCaps(perStage, perMonth, perEngagement),
                ("perStage", "perStage"),
                ("perMonth", "perMonth"),
                ("perEngagement", "perEngagement"));
    }
}
