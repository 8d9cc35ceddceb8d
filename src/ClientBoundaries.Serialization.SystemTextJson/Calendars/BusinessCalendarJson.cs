using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A business calendar: <c>{"timeZone": "Europe/Madrid", "workingWeek": {...}, "holidays": [...], "closures": [...]}</c>;
/// holidays and closures may be left out (none).
/// </summary>
internal static class BusinessCalendarJson
{
    /// <summary>More holiday rules or closures than a calendar needs; a guard against hostile input.</summary>
    private const int MaxRules = 1_000;

    public static void Write(Utf8JsonWriter writer, BusinessCalendar calendar)
    {
        writer.WriteStartObject();
        writer.Zone("timeZone", calendar.Zone);
        writer.WritePropertyName("workingWeek");
        WorkingWeekJson.Write(writer, calendar.WorkingWeek);
        writer.WriteStartArray("holidays");
        foreach (var holiday in calendar.Holidays)
        {
            HolidayRuleJson.Write(writer, holiday);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("closures");
        foreach (var closure in calendar.Closures)
        {
            ClosureJson.Write(writer, closure);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static BusinessCalendar? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var zone = o.TimeZone("timeZone");
        var week = o.Object("workingWeek", WorkingWeekJson.Read);
        var holidays = o.OptionalArray("holidays", HolidayRuleJson.Read, MaxRules);
        var closures = o.OptionalArray("closures", ClosureJson.Read, MaxRules);
        o.End();
        return zone is not null && week is not null && holidays is not null && closures is not null
            ? field.Construct(() => new BusinessCalendar(zone, week, holidays, closures))
            : null;
    }
}
