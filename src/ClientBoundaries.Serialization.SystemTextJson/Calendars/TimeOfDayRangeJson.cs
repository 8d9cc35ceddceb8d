using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A span of local time as <c>{"start": "09:00:00", "end": "14:00:00"}</c>. A range that runs to the end
/// of the day ends at <c>"24:00:00"</c> (<c>"24:00"</c> and, as the core writes it, <c>"00:00"</c> are read too).
/// </summary>
internal static class TimeOfDayRangeJson
{
    private const string EndOfDay = "24:00:00";

    public static void Write(Utf8JsonWriter writer, TimeOfDayRange range)
    {
        writer.WriteStartObject();
        writer.WriteString("start", NodaTimeForms.Format(range.Start));
        writer.WriteString("end", range.EndsAtMidnight ? EndOfDay : NodaTimeForms.Format(range.End));
        writer.WriteEndObject();
    }

    public static TimeOfDayRange? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var start = o.Time("start");
        var end = o.Required("end") is { } endField ? ReadEnd(endField) : null;
        o.End();
        return start is { } s && end is { } e ? field.Construct(() => new TimeOfDayRange(s, e)) : null;
    }

    private static LocalTime? ReadEnd(JsonField field) =>
        field.Element.ValueKind == JsonValueKind.String && JsonField.TextOf(field.Element) is "24:00" or EndOfDay
            ? LocalTime.Midnight
            : field.AsPattern(NodaTimeForms.TimePattern, NodaTimeForms.Time + " (or \"24:00\" for the end of the day)");
}
