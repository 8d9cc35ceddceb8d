using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A contact policy: <c>{"channels": ["Email", "Phone"], "commitments": [{"channel": "Email", "within": "PT8H"}],
/// "contactWindows": {...}}</c>; commitments may be left out (none), contact windows too (the party's working hours).
/// </summary>
internal static class ContactPolicyJson
{
    public static void Write(Utf8JsonWriter writer, ContactPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("channels");
        foreach (var channel in policy.Channels)
        {
            writer.WriteStringValue(channel.Name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("commitments");
        foreach (var commitment in policy.Commitments)
        {
            writer.WriteStartObject();
            writer.WriteString("channel", commitment.Channel.Name);
            writer.Duration("within", commitment.Within);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (policy.ContactWindows is { } windows)
        {
            writer.WritePropertyName("contactWindows");
            WorkingWeekJson.Write(writer, windows);
        }

        writer.WriteEndObject();
    }

    public static ContactPolicy? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var channels = o.Array("channels", Names.Channels.Read, 100);
        var commitments = o.OptionalArray("commitments", ReadCommitment, 100);
        var windows = o.OptionalObject("contactWindows", WorkingWeekJson.Read, out var windowsFailed);
        o.End();
        return channels is not null && commitments is not null && !windowsFailed
            ? field.Construct(() => new ContactPolicy(channels, commitments, windows), ("channels", "channels"), ("commitments", "commitments"))
            : null;
    }

    private static ResponseCommitment? ReadCommitment(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var channel = Names.Channels.Read(o, "channel");
        var withinField = o.Required("within");
        var within = withinField?.AsPattern(NodaTimeForms.DurationPattern, NodaTimeForms.Duration);
        o.End();
        return channel is not null && within is { } time
            ? withinField!.Value.Construct(() => new ResponseCommitment(channel, time))
            : null;
    }
}
