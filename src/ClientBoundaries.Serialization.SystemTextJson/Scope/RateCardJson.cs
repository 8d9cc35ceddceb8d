using System.Text.Json;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>A rate card: <c>{"hourlyRate": {...}, "minimumFee": {...}}</c>, both amounts of money in one currency.</summary>
internal static class RateCardJson
{
    public static void Write(Utf8JsonWriter writer, RateCard card)
    {
        writer.WriteStartObject();
        writer.Money("hourlyRate", card.HourlyRate);
        writer.Money("minimumFee", card.MinimumFee);
        writer.WriteEndObject();
    }

    public static RateCard? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var rate = o.Object("hourlyRate", MoneyJson.Read);
        var minimum = o.Object("minimumFee", MoneyJson.Read);
        o.End();
        return rate is not null && minimum is not null
            ? field.Construct(() => new RateCard(rate, minimum), ("hourlyRate", "hourlyRate"), ("minimumFee", "minimumFee"))
            : null;
    }
}
