using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>A ladder: <c>{"graceBusinessDays": 0, "rules": [...]}</c>, the rules in any order (written by threshold).</summary>
internal static class ConsequenceLadderJson
{
    public static void Write(Utf8JsonWriter writer, ConsequenceLadder ladder)
    {
        writer.WriteStartObject();
        writer.WriteNumber("graceBusinessDays", ladder.GraceBusinessDays);
        writer.WriteStartArray("rules");
        foreach (var rule in ladder.Rules)
        {
            ConsequenceRuleJson.Write(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static ConsequenceLadder? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var grace = o.Int32("graceBusinessDays", 0, ConsequenceLadder.MaxGraceBusinessDays);
        var rules = o.Array("rules", ConsequenceRuleJson.Read, ConsequenceLadder.MaxRules);
        o.End();
        return grace is { } days && rules is not null
            ? field.Construct(() => new ConsequenceLadder(days, rules), ("rules", "rules"))
            : null;
    }
}
