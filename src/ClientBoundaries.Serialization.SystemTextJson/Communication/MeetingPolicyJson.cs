using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A meeting policy: <c>{"defaultLength": "PT45M", "maxLength": "PT1H", "wrapUpCueLead": "PT10M", "recapWithinBusinessDays": 1}</c>;
/// the cue defaults to 10 minutes, the recap to 1 business day.
/// </summary>
internal static class MeetingPolicyJson
{
    public static void Write(Utf8JsonWriter writer, MeetingPolicy policy)
    {
        writer.WriteStartObject();
        writer.Duration("defaultLength", policy.DefaultLength);
        writer.Duration("maxLength", policy.MaxLength);
        writer.Duration("wrapUpCueLead", policy.WrapUpCueLead);
        writer.WriteNumber("recapWithinBusinessDays", policy.RecapWithinBusinessDays);
        writer.WriteEndObject();
    }

    public static MeetingPolicy? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var defaultLength = o.Duration("defaultLength");
        var maxLength = o.Duration("maxLength");
        var cueField = o.Optional("wrapUpCueLead");
        var cue = cueField?.AsPattern(NodaTimeForms.DurationPattern, NodaTimeForms.Duration);
        var recap = o.Int32Or("recapWithinBusinessDays", 1, 0, 10);
        o.End();
        return defaultLength is { } length && maxLength is { } max && (cueField is null || cue is not null) && recap is { } days
            ? field.Construct(
                () => new MeetingPolicy(length, max, cue, days),
                ("defaultLength", "defaultLength"),
                ("maxLength", "maxLength"),
                ("wrapUpCueLead", "wrapUpCueLead"))
            : null;
    }
}
