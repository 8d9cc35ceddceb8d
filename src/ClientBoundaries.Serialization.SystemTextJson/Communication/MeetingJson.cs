using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A meeting as booked: <c>{"start": "...", "length": "PT45M", "agenda": ["Goals", "Sitemap"],
/// "anotherAppointmentFollows": true, "wrapUpCueAt": "..."}</c>. The wrap-up cue is written as booked, so a
/// meeting reads back the same even after the policy that set it changed.
/// </summary>
internal static class MeetingJson
{
    /// <summary>The most agenda items read.</summary>
    private const int MaxAgendaItems = 1_000;

    public static void Write(Utf8JsonWriter writer, Meeting meeting)
    {
        writer.WriteStartObject();
        writer.Instant("start", meeting.Start);
        writer.Duration("length", meeting.Length);
        WriteTexts(writer, "agenda", meeting.Agenda);
        writer.WriteBoolean("anotherAppointmentFollows", meeting.AnotherAppointmentFollows);
        writer.Instant("wrapUpCueAt", meeting.WrapUpCueAt);
        writer.WriteEndObject();
    }

    public static Meeting? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var start = o.Instant("start");
        var length = o.Duration("length");
        var agenda = Texts(o, "agenda");
        var follows = o.Boolean("anotherAppointmentFollows");
        var cue = o.Instant("wrapUpCueAt");
        o.End();
        return start is { } s && length is { } l && agenda is not null && follows is { } f && cue is { } c
            ? o.Construct(() => Meeting.Restore(s, l, agenda, f, c))
            : null;
    }

    /// <summary>A list of texts (agenda items, items covered), as a JSON array of strings.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> texts)
    {
        writer.WriteStartArray(name);
        foreach (var text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    /// <summary>A required list of texts.</summary>
    public static System.Collections.Generic.IReadOnlyList<string>? Texts(ObjectReader o, string name) =>
        o.Array(name, item => item.AsString(), MaxAgendaItems);
}
