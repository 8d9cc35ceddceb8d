using System;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An entry of effort, as the fields of the command that asks to log it and of the event that records it:
/// <c>"stage": "design", "party": "Provider", "hours": 2.25, "note": "Moodboard"</c>, the note left out when
/// there is none.
/// </summary>
internal static class EffortEntryJson
{
    public static void Write(Utf8JsonWriter writer, EffortEntry entry)
    {
        writer.WriteString("stage", entry.Stage.Value);
        writer.WriteString("party", entry.Party.Name);
        writer.WriteNumber("hours", entry.Hours);
        writer.OptionalString("note", entry.Note);
    }

    /// <summary>
    /// Reads the entry's fields and, when they and the envelope's instant are right, makes what carries
    /// them; a value the library refuses is a problem at its property.
    /// </summary>
    public static T? Read<T>(ObjectReader o, Instant? at, Func<EffortEntry, Instant, T> make)
        where T : class
    {
        var stage = KeyJson.Read(o, "stage", v => new StageKey(v));
        var party = Names.PartyRoles.Read(o, "party");
        var hours = o.Decimal("hours");
        var note = o.OptionalString("note");
        var noteRead = note is not null || !o.Has("note");
        return stage is not null && party is not null && hours is { } h && noteRead && at is { } a
            ? o.Construct(() => make(new EffortEntry(stage, party, h, note), a))
            : null;
    }
}
