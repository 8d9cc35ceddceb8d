using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>A check-in cadence: <c>{"weekday": "Monday"}</c> (weekly) or <c>{"everyBusinessDays": 3}</c>, exactly one of the two.</summary>
internal static class CheckInCadenceJson
{
    public static void Write(Utf8JsonWriter writer, CheckInCadence cadence)
    {
        writer.WriteStartObject();
        if (cadence.Weekday is { } day)
        {
            writer.WriteString("weekday", Weekdays.NameOf(day));
        }
        else
        {
            writer.WriteNumber("everyBusinessDays", cadence.EveryBusinessDays);
        }

        writer.WriteEndObject();
    }

    public static CheckInCadence? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var weekdayField = o.Optional("weekday");
        var everyField = o.Optional("everyBusinessDays");
        o.End();
        if (weekdayField is not null && everyField is not null)
        {
            field.Problem("must have either weekday or everyBusinessDays, not both");
            return null;
        }

        if (weekdayField is { } w)
        {
            return Weekdays.Read(w) is { } day ? w.Construct(() => CheckInCadence.Weekly(day)) : null;
        }

        if (everyField is { } e)
        {
            return e.AsInt32(1, 60) is { } days ? e.Construct(() => CheckInCadence.Every(days)) : null;
        }

        field.Problem("must have weekday (a weekly check-in, such as \"Monday\") or everyBusinessDays (1 to 60)");
        return null;
    }
}
