using System.Text.Json;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>An allowance: <c>{"revisionRounds": 2, "hours": 6, "units": 5, "unitName": "pages"}</c>, each left out when not counted.</summary>
internal static class AllowanceJson
{
    public static void Write(Utf8JsonWriter writer, Allowance allowance)
    {
        writer.WriteStartObject();
        if (allowance.RevisionRounds is { } rounds)
        {
            writer.WriteNumber("revisionRounds", rounds);
        }

        if (allowance.Hours is { } hours)
        {
            writer.WriteNumber("hours", hours);
        }

        if (allowance.Units is { } units)
        {
            writer.WriteNumber("units", units);
        }

        if (allowance.UnitName is { } unitName)
        {
            writer.WriteString("unitName", unitName);
        }

        writer.WriteEndObject();
    }

    public static Allowance? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var roundsField = o.Optional("revisionRounds");
        var rounds = roundsField?.AsInt32(0, Allowance.MaxRevisionRounds);
        var hoursField = o.Optional("hours");
        var hours = hoursField?.AsDecimal(0m, Allowance.MaxQuantity);
        var unitsField = o.Optional("units");
        var units = unitsField?.AsInt32(0, Allowance.MaxQuantity);
        var unitName = o.OptionalText("unitName", out var unitNameFailed, 200);
        o.End();
        if ((roundsField is not null && rounds is null) || (hoursField is not null && hours is null) || (unitsField is not null && units is null) || unitNameFailed)
        {
            return null;
        }

        return field.Construct(() => new Allowance(rounds, hours, units, unitName), ("unitName", "unitName"));
    }
}
