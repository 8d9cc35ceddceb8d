using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Preferences: <c>{"preferredChannel": "Email", "messageLength": "Short", "escalationContact": "owner", "language": "Spanish"}</c>; the contact may be left out, and the language when English.</summary>
internal static class CommunicationPreferencesJson
{
    public static void Write(Utf8JsonWriter writer, CommunicationPreferences preferences)
    {
        writer.WriteStartObject();
        writer.WriteString("preferredChannel", preferences.PreferredChannel.Name);
        writer.WriteString("messageLength", preferences.MessageLength.Name);
        writer.OptionalString("escalationContact", preferences.EscalationContact);
        if (preferences.Language != Language.English)
        {
            writer.WriteString("language", preferences.Language.Name);
        }
        writer.WriteEndObject();
    }

    public static CommunicationPreferences? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var channel = Names.Channels.Read(o, "preferredChannel");
        var length = Names.MessageLengths.Read(o, "messageLength");
        var contact = o.OptionalText("escalationContact", out var contactFailed, 200);
        var language = Names.Languages.ReadOptional(o, "language");
        var languageFailed = language is null && o.Has("language");
        o.End();
        return channel is not null && length is not null && !languageFailed && !contactFailed
            ? field.Construct(() => new CommunicationPreferences(channel, length, contact, language))
            : null;
    }
}
