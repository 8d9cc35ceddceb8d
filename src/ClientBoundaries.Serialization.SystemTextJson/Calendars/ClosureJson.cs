using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>A closure as <c>{"start": "2026-08-03", "end": "2026-08-21", "reason": "Summer closure"}</c>, both dates included.</summary>
internal static class ClosureJson
{
    public static void Write(Utf8JsonWriter writer, Closure closure)
    {
        writer.WriteStartObject();
        writer.Date("start", closure.Dates.Start);
        writer.Date("end", closure.Dates.End);
        writer.WriteString("reason", closure.Reason);
        writer.WriteEndObject();
    }

    public static Closure? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var start = o.Date("start");
        var end = o.Date("end");
        var reason = o.Text("reason");
        o.End();
        return start is { } s && end is { } e && reason is not null
            ? field.Construct(() => new Closure(s, e, reason), ("end", "end"))
            : null;
    }
}
