using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One party of an agreement with the terms the agreement keeps for it: <c>{"name": "...", "calendar": {...},
/// "restartLeadTimeBusinessDays": 5, "consequencePolicy": {...}, "contactPolicy": {...}, "preferences": {...}}</c>.
/// Name and calendar are required; the rest default as in <see cref="AgreementBuilder"/> (0 days, no consequences,
/// reachable in working hours on every channel, short emails).
/// </summary>
internal static class PartyJson
{
    /// <summary>The longest restart lead time the builder accepts, in business days.</summary>
    public const int MaxRestartLeadTime = 260;

    public static void Write(Utf8JsonWriter writer, Agreement agreement, PartyRole role)
    {
        var party = agreement.PartyOf(role);
        writer.WriteStartObject();
        writer.WriteString("name", party.Name);
        writer.WritePropertyName("calendar");
        BusinessCalendarJson.Write(writer, party.Calendar);
        writer.WriteNumber("restartLeadTimeBusinessDays", agreement.RestartLeadTimeOf(role));
        writer.WritePropertyName("consequencePolicy");
        ConsequencePolicyJson.Write(writer, agreement.ConsequencePolicyOf(role));
        writer.WritePropertyName("contactPolicy");
        ContactPolicyJson.Write(writer, agreement.ContactPolicyOf(role));
        writer.WritePropertyName("preferences");
        CommunicationPreferencesJson.Write(writer, agreement.PreferencesOf(role));
        writer.WriteEndObject();
    }

    public static PartyTerms? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var name = o.Text("name");
        var calendar = o.Object("calendar", BusinessCalendarJson.Read);
        var leadTime = o.Int32Or("restartLeadTimeBusinessDays", 0, 0, MaxRestartLeadTime);
        var consequences = o.Or("consequencePolicy", ConsequencePolicyJson.Read, ConsequencePolicy.None);
        var contact = o.Or("contactPolicy", ContactPolicyJson.Read, ContactPolicy.WorkingHours);
        var preferences = o.Or("preferences", CommunicationPreferencesJson.Read, CommunicationPreferences.Default);
        o.End();
        return name is not null && calendar is not null && leadTime is { } days && consequences is not null && contact is not null && preferences is not null
            ? new PartyTerms(name, calendar, days, consequences, contact, preferences)
            : null;
    }
}
