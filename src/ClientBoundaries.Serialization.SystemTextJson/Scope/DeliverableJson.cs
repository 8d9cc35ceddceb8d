using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A deliverable: <c>{"key": "pages", "name": "Website pages", "stage": "build", "allowance": {...},
/// "inclusions": ["..."], "exclusions": ["..."]}</c>; stage, allowance and the lists may be left out.
/// </summary>
internal static class DeliverableJson
{
    /// <summary>More clauses than a deliverable needs; a guard against hostile input.</summary>
    private const int MaxClauses = 1_000;

    public static void Write(Utf8JsonWriter writer, Deliverable deliverable)
    {
        writer.WriteStartObject();
        writer.WriteString("key", deliverable.Key.Value);
        writer.WriteString("name", deliverable.Name);
        if (deliverable.Stage is { } stage)
        {
            writer.WriteString("stage", stage.Value);
        }

        writer.WritePropertyName("allowance");
        AllowanceJson.Write(writer, deliverable.Allowance);
        WriteClauses(writer, "inclusions", deliverable.Inclusions);
        WriteClauses(writer, "exclusions", deliverable.Exclusions);
        writer.WriteEndObject();
    }

    public static Deliverable? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var key = KeyJson.Read(o, "key", v => new DeliverableKey(v));
        var name = o.Text("name");
        var stageField = o.Optional("stage");
        var stage = stageField is { } s ? KeyJson.Read(s, v => new StageKey(v)) : null;
        var allowance = o.Or("allowance", AllowanceJson.Read, Allowance.None);
        var inclusions = o.OptionalArray("inclusions", f => f.AsText(), MaxClauses);
        var exclusions = o.OptionalArray("exclusions", f => f.AsText(), MaxClauses);
        o.End();
        return key is not null && name is not null && (stageField is null || stage is not null) && allowance is not null && inclusions is not null && exclusions is not null
            ? field.Construct(
                () => new Deliverable(key, name, stage, allowance, inclusions, exclusions),
                ("inclusions", "inclusions"),
                ("exclusions", "exclusions"))
            : null;
    }

    private static void WriteClauses(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<string> clauses)
    {
        writer.WriteStartArray(name);
        foreach (var clause in clauses)
        {
            writer.WriteStringValue(clause);
        }

        writer.WriteEndArray();
    }
}
