using System.Text.Json;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Goodwill: <c>{"totalHours": 3, "capPerRequestHours": 1, "announceEachUse": true}</c>; the cap may be left out (none), the announcement defaults to true.</summary>
internal static class GoodwillJson
{
    public static void Write(Utf8JsonWriter writer, Goodwill goodwill)
    {
        writer.WriteStartObject();
        writer.WriteNumber("totalHours", goodwill.TotalHours);
        if (goodwill.CapPerRequestHours is { } cap)
        {
            writer.WriteNumber("capPerRequestHours", cap);
        }

        writer.WriteBoolean("announceEachUse", goodwill.AnnounceEachUse);
        writer.WriteEndObject();
    }

    public static Goodwill? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var total = o.Decimal("totalHours", 0m, Goodwill.MaxHours);
        var capField = o.Optional("capPerRequestHours");
        var cap = capField?.AsDecimal();
        var announce = o.BooleanOr("announceEachUse", true);
        o.End();
        return total is { } hours && (capField is null || cap is not null) && announce is { } each
            ? field.Construct(() => new Goodwill(hours, cap, each), ("capPerRequestHours", "capPerRequestHours"))
            : null;
    }
}
