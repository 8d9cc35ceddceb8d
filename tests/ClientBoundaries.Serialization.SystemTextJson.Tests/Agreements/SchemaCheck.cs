using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>
/// A JSON Schema checker for the keywords the agreement template schema uses, and no more (no validator
/// package is available): a keyword it does not know fails loudly, so the schema cannot come to rely on one
/// silently ignored here. Besides the errors it records, for every object it checked, which object schema
/// (one with <c>additionalProperties: false</c>) it was and which of its properties the document used.
/// </summary>
/// <remarks>
/// Errors are placed the way the reader places its problems: a missing required property and an unknown one
/// at the property's own path, everything else at the value. A <c>oneOf</c> whose branches are told apart by a
/// <c>const</c> (a holiday rule's kind), or by the properties they require (a fixed amount or a percentage),
/// reports the errors of the branch the document chose, as a discriminator would.
/// </remarks>
internal sealed class SchemaCheck
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "default", "format", "$comment", "examples" };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "minProperties", "enum", "const",
        "minimum", "maximum", "exclusiveMinimum", "minLength", "maxLength", "pattern", "$ref", "oneOf", "allOf", "not", "if", "then", "else", "$defs",
    };

    private readonly JsonElement _root;

    public SchemaCheck(JsonElement root)
    {
        _root = root;
    }

    /// <summary>An error: where in the document, and which keyword refused it.</summary>
    public sealed record Error(string Path, string Keyword, string Detail)
    {
        public override string ToString() => $"{Path}: {Keyword} ({Detail})";
    }

    /// <summary>Every object schema of the schema (one with additionalProperties false), by location, with its property names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ObjectSchemas()
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Walk(_root, "#", found);
        foreach (var definition in _root.GetProperty("$defs").EnumerateObject())
        {
            Walk(definition.Value, definition.Name, found);
        }

        return found;
    }

    /// <summary>Checks a document: the errors, and for each object checked (by path) the object schema that matched it and the properties it used.</summary>
    public (List<Error> Errors, Dictionary<string, (string Location, IReadOnlyList<string> Declared)> Objects, HashSet<string> Used) Check(JsonElement document)
    {
        var run = new Run();
        Check(_root, "#", document, JsonPath.Root, run, record: true);
        return (run.Errors, run.Objects, run.Used);
    }

    private static void Walk(JsonElement schema, string location, Dictionary<string, IReadOnlyList<string>> found)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
        {
            found[location] = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        }

        if (schema.TryGetProperty("properties", out var properties) && found.ContainsKey(location))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Walk(property.Value, location + "." + property.Name, found);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(items, location + "[]", found);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var index = 0;
            foreach (var branch in oneOf.EnumerateArray())
            {
                Walk(branch, $"{location}/oneOf[{index++}]", found);
            }
        }
    }

    private void Check(JsonElement schema, string location, JsonElement value, string path, Run run, bool record)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            run.Errors.Add(new Error(path, "false", "no value is allowed here"));
            return;
        }

        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema uses '{keyword.Name}' at {location}, a keyword this checker does not know.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (!name.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                throw new NotSupportedException("Only local $refs are supported: " + name);
            }

            var target = name.Substring("#/$defs/".Length);
            Check(_root.GetProperty("$defs").GetProperty(target), target, value, path, run, record);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            run.Errors.Add(new Error(path, "type", $"must be {type.GetString()}, was {value.ValueKind}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            run.Errors.Add(new Error(path, "enum", value.GetRawText()));
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            run.Errors.Add(new Error(path, "const", value.GetRawText()));
        }

        CheckNumber(schema, value, path, run);
        CheckString(schema, value, path, run);
        CheckArray(schema, location, value, path, run, record);
        CheckObject(schema, location, value, path, run, record);

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Check(branch, location, value, path, run, record);
            }
        }

        if (schema.TryGetProperty("not", out var not) && Errors(not, location, value, path).Count == 0)
        {
            run.Errors.Add(new Error(path, "not", value.GetRawText()));
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var holds = Errors(condition, location, value, path).Count == 0;
            if (schema.TryGetProperty(holds ? "then" : "else", out var consequence))
            {
                Check(consequence, location, value, path, run, record);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckOneOf(oneOf, location, value, path, run, record);
        }
    }

    private void CheckOneOf(JsonElement oneOf, string location, JsonElement value, string path, Run run, bool record)
    {
        var branches = oneOf.EnumerateArray().ToList();
        var results = branches.Select((b, i) => Errors(b, $"{location}/oneOf[{i}]", value, path)).ToList();
        var matching = Enumerable.Range(0, branches.Count).Where(i => results[i].Count == 0).ToList();
        if (matching.Count == 1)
        {
            Check(branches[matching[0]], $"{location}/oneOf[{matching[0]}]", value, path, run, record);
            return;
        }

        if (matching.Count > 1)
        {
            run.Errors.Add(new Error(path, "oneOf", $"matches {matching.Count} branches"));
            return;
        }

        // No branch: the one the document chose, when the branches are told apart by a constant (a kind) or,
        // failing that, by which properties they require (a fixed amount or a percentage).
        var chosen = Enumerable.Range(0, branches.Count).Where(i => ConstantsMatch(branches[i], value)).ToList();
        if (chosen.Count == 0)
        {
            chosen = Enumerable.Range(0, branches.Count).Where(i => RequiredPresent(branches[i], value)).ToList();
        }

        if (chosen.Count == 1)
        {
            Check(branches[chosen[0]], $"{location}/oneOf[{chosen[0]}]", value, path, run, record);
            return;
        }

        run.Errors.Add(new Error(path, "oneOf", "matches no branch"));
    }

    private static bool ConstantsMatch(JsonElement branch, JsonElement value)
    {
        if (!branch.TryGetProperty("properties", out var properties) || value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var constants = properties.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("const", out _)).ToList();
        return constants.Count > 0 && constants.All(p => value.TryGetProperty(p.Name, out var v) && JsonElement.DeepEquals(v, p.Value.GetProperty("const")));
    }

    private static bool RequiredPresent(JsonElement branch, JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && branch.TryGetProperty("required", out var required)
        && required.EnumerateArray().All(n => value.TryGetProperty(n.GetString()!, out _));

    private List<Error> Errors(JsonElement schema, string location, JsonElement value, string path)
    {
        var run = new Run();
        Check(schema, location, value, path, run, record: false);
        return run.Errors;
    }

    private static void CheckNumber(JsonElement schema, JsonElement value, string path, Run run)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            run.Errors.Add(new Error(path, "minimum", value.GetRawText()));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            run.Errors.Add(new Error(path, "maximum", value.GetRawText()));
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exclusive) && number <= exclusive.GetDouble())
        {
            run.Errors.Add(new Error(path, "exclusiveMinimum", value.GetRawText()));
        }
    }

    private static void CheckString(JsonElement schema, JsonElement value, string path, Run run)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = value.GetString()!;
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            run.Errors.Add(new Error(path, "minLength", text));
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            run.Errors.Add(new Error(path, "maxLength", text));
        }

        // JSON Schema patterns are ECMA 262 and not anchored; the schema anchors its own.
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript))
        {
            run.Errors.Add(new Error(path, "pattern", text));
        }
    }

    private void CheckArray(JsonElement schema, string location, JsonElement value, string path, Run run, bool record)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            run.Errors.Add(new Error(path, "minItems", count.ToString(CultureInfo.InvariantCulture)));
        }

        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
        {
            run.Errors.Add(new Error(path, "maxItems", count.ToString(CultureInfo.InvariantCulture)));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, location + "[]", item, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", run, record);
                index++;
            }
        }
    }

    private void CheckObject(JsonElement schema, string location, JsonElement value, string path, Run run, bool record)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    run.Errors.Add(new Error(JsonPath.Property(path, name), "required", name));
                }
            }
        }

        if (schema.TryGetProperty("minProperties", out var minProperties) && value.EnumerateObject().Count() < minProperties.GetInt32())
        {
            run.Errors.Add(new Error(path, "minProperties", minProperties.GetRawText()));
        }

        if (closed && record)
        {
            run.Objects[path] = (location, properties.EnumerateObject().Select(p => p.Name).ToList());
        }

        foreach (var property in value.EnumerateObject())
        {
            var at = JsonPath.Property(path, property.Name);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                if (closed && record)
                {
                    run.Used.Add(location + "." + property.Name);
                }

                Check(propertySchema, closed ? location + "." + property.Name : location, property.Value, at, run, record);
            }
            else if (closed)
            {
                run.Errors.Add(new Error(at, "additionalProperties", property.Name));
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => throw new NotSupportedException("Unknown type " + type),
    };

    private sealed class Run
    {
        public List<Error> Errors { get; } = new();

        public Dictionary<string, (string Location, IReadOnlyList<string> Declared)> Objects { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
    }
}
