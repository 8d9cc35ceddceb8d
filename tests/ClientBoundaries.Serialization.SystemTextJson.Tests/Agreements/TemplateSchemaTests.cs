using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ardalis.SmartEnum;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>
/// The JSON Schema of templates and the reader agree: on which properties each object has, which are
/// required, the names of values, and on everything the writer puts down.
/// </summary>
public class TemplateSchemaTests
{
    private static readonly string[] OnlyInTemplates = { "#.$schema" };

    private static readonly JsonDocument Schema = JsonDocument.Parse(AgreementTemplate.JsonSchema);

    private static readonly SchemaCheck Checker = new(Schema.RootElement);

    /// <summary>Between them, every term an agreement can hold, in both shapes where there are two.</summary>
    private static readonly Lazy<string[]> Written = new(() => new[]
    {
        AgreementStories.HowWeWorkTogether().Build(),
        AgreementStories.Rich(),
        AgreementStories.RichAmendedTwice(),
    }.Select(a => JsonSerializer.Serialize(a, ClientBoundariesJsonContext.Default.Agreement)).ToArray());

    [Fact]
    public void The_schema_is_draft_2020_12_and_every_object_in_it_refuses_unknown_properties()
    {
        var root = Schema.RootElement;
        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");

        foreach (var (location, schema) in Subschemas(root, "#"))
        {
            if (schema.TryGetProperty("type", out var type) && type.GetString() == "object")
            {
                schema.TryGetProperty("additionalProperties", out var additional).Should().BeTrue(location);
                additional.ValueKind.Should().Be(JsonValueKind.False, location);
            }

            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!;
                name.Should().StartWith("#/$defs/", location);
                root.GetProperty("$defs").TryGetProperty(name["#/$defs/".Length..], out _).Should().BeTrue($"{location} refers to {name}");
            }
        }
    }

    [Fact]
    public void What_the_writer_puts_down_fits_the_schema_and_uses_every_property_it_declares()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in Written.Value)
        {
            using var document = JsonDocument.Parse(json);
            var result = Checker.Check(document.RootElement);

            result.Errors.Should().BeEmpty();
            used.UnionWith(result.Used);
        }

        var declared = Checker.ObjectSchemas().SelectMany(o => o.Value.Select(p => o.Key + "." + p));
        declared.Except(used).Should().BeEquivalentTo(OnlyInTemplates, "the writer should use every property the schema declares but $schema, which only templates carry");
    }

    [Fact]
    public void An_unknown_property_in_any_object_is_refused_by_both_which_know_the_same_properties_there()
    {
        var json = Written.Value[2];
        using var document = JsonDocument.Parse(json);
        var objects = Checker.Check(document.RootElement).Objects;
        var node = JsonNode.Parse(json)!;

        foreach (var (path, target) in Objects(node, JsonPath.Root))
        {
            target.Add("unexpected", 1);
            var changed = node.ToJsonString();
            target.Remove("unexpected");

            var unknown = AgreementTemplate.Validate(changed).Single(p => p.Path == path + ".unexpected");
            var known = unknown.Message.Substring(unknown.Message.IndexOf("(known: ", StringComparison.Ordinal) + 8).TrimEnd(')').Split(", ");
            var (location, declared) = objects[path];
            if (!known.ToHashSet().SetEquals(declared))
            {
                // A union told apart by which property it has (a fixed amount or a percentage): the reader knows them all.
                known.Should().BeEquivalentTo(Union(location), "the reader and the schema should know the same properties at {0} ({1})", path, location);
            }

            using var changedDocument = JsonDocument.Parse(changed);
            Checker.Check(changedDocument.RootElement).Errors.Should().Contain(new SchemaCheck.Error(path + ".unexpected", "additionalProperties", "unexpected"));
        }
    }

    [Fact]
    public void A_property_is_required_by_the_schema_exactly_when_the_reader_requires_it()
    {
        var node = JsonNode.Parse(Written.Value[2])!;
        var compared = 0;

        foreach (var (path, target) in Objects(node, JsonPath.Root).ToList())
        {
            foreach (var name in target.Select(p => p.Key).ToList())
            {
                var value = target[name];
                var index = target.IndexOf(name);
                target.Remove(name);
                var changed = node.ToJsonString();
                target.Insert(index, name, value);

                var at = JsonPath.Property(path, name);
                var readerRequires = AgreementTemplate.Validate(changed).Any(p => p.Path == at && p.Message.StartsWith("is required", StringComparison.Ordinal));
                using var changedDocument = JsonDocument.Parse(changed);
                var schemaRequires = Checker.Check(changedDocument.RootElement).Errors.Any(e => e.Path == at && e.Keyword == "required");
                schemaRequires.Should().Be(readerRequires, "the schema and the reader should agree whether {0} is required", at);
                compared++;
            }
        }

        compared.Should().BeGreaterThan(300);
    }

    [Theory]
    [InlineData("\"timeZone\":\"Europe/Madrid\"", "\"timeZone\":\"UTC+01:00\"", "$.provider.calendar.timeZone")]
    [InlineData("\"timeZone\":\"Europe/Madrid\"", "\"timeZone\":\"UTC+01\"", "$.provider.calendar.timeZone")]
    [InlineData("\"timeZone\":\"Europe/Madrid\"", "\"timeZone\":\"Europe/Madrid\\u0000x\"", "$.provider.calendar.timeZone")]
    [InlineData("\"defaultLength\":\"PT50M\"", "\"defaultLength\":\"PT50M \"", "$.meetingPolicy.defaultLength")]
    [InlineData("\"defaultLength\":\"PT50M\"", "\"defaultLength\":\"P1DT\"", "$.meetingPolicy.defaultLength")]
    public void A_fixed_offset_zone_and_a_value_with_text_after_it_are_refused_by_both(string written, string damaged, string path)
    {
        var json = Written.Value[1];
        json.Should().Contain(written);
        json = ReplaceFirst(json, written, damaged);
        using var document = JsonDocument.Parse(json);

        Checker.Check(document.RootElement).Errors.Should().ContainSingle().Which.Should().Be(new SchemaCheck.Error(path, "pattern", JsonDocument.Parse("{" + damaged + "}").RootElement.EnumerateObject().Single().Value.GetString()!));
        AgreementTemplate.Validate(json).Should().ContainSingle().Which.Path.Should().Be(path);
    }

    [Fact]
    public void The_names_of_values_in_the_schema_are_those_the_reader_accepts()
    {
        var defs = Schema.RootElement.GetProperty("$defs");
        string[] Enum(string name) => defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

        Enum("partyRole").Should().BeEquivalentTo(NamesOf(PartyRole.List));
        Enum("channel").Should().BeEquivalentTo(NamesOf(Channel.List));
        Enum("messageLength").Should().BeEquivalentTo(NamesOf(MessageLength.List));
        Enum("language").Should().BeEquivalentTo(NamesOf(Language.List));
        Enum("holidayObservance").Should().BeEquivalentTo(NamesOf(HolidayObservance.List));
        Enum("consequenceKind").Should().BeEquivalentTo(NamesOf(ConsequenceKind.List));
        Enum("revisionOverflow").Should().BeEquivalentTo(NamesOf(RevisionOverflow.List));
        Enum("movingOnPolicy").Should().BeEquivalentTo(NamesOf(MovingOnPolicy.List));
        defs.GetProperty("acceptanceWindows").GetProperty("properties").GetProperty("whenClosed").GetProperty("enum").EnumerateArray()
            .Select(e => e.GetString()).Should().BeEquivalentTo(NamesOf(WindowClosingPolicy.List));
        Enum("weekday").Should().Equal(Weekdays.All.Select(Weekdays.NameOf));
        defs.GetProperty("holidayRule").GetProperty("oneOf").EnumerateArray()
            .Select(b => b.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString())
            .Should().Equal(HolidayRuleJson.Kinds);
    }

    /// <summary>The properties of every branch of the <c>oneOf</c> that the branch at <paramref name="location"/> is one of.</summary>
    private static IEnumerable<string> Union(string location)
    {
        var at = location.LastIndexOf("/oneOf[", StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "{0} is no branch of a oneOf", location);
        var prefix = location[..at] + "/oneOf[";
        return Checker.ObjectSchemas().Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(o => o.Value).Distinct();
    }

    /// <summary>Every object of a document, with its path.</summary>
    internal static IEnumerable<(string Path, JsonObject Object)> Objects(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                yield return (path, o);
                foreach (var property in o.ToList())
                {
                    if (property.Value is { } child)
                    {
                        foreach (var found in Objects(child, JsonPath.Property(path, property.Key)))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        foreach (var found in Objects(item, $"{path}[{i}]"))
                        {
                            yield return found;
                        }
                    }
                }

                break;
        }
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    private static IEnumerable<string> NamesOf<T>(IEnumerable<T> values)
        where T : SmartEnum<T> => values.Select(v => v.Name);

    private static IEnumerable<(string Location, JsonElement Schema)> Subschemas(JsonElement schema, string location)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return (location, schema);
        foreach (var keyword in schema.EnumerateObject())
        {
            var children = keyword.Name switch
            {
                "properties" or "$defs" => keyword.Value.EnumerateObject().Select(p => (location + "/" + keyword.Name + "/" + p.Name, p.Value)),
                "items" or "if" or "then" or "else" or "not" => new[] { (location + "/" + keyword.Name, keyword.Value) },
                "oneOf" or "allOf" => keyword.Value.EnumerateArray().Select((b, i) => ($"{location}/{keyword.Name}/{i}", b)),
                _ => Enumerable.Empty<(string, JsonElement)>(),
            };
            foreach (var (childLocation, child) in children)
            {
                foreach (var found in Subschemas(child, childLocation))
                {
                    yield return found;
                }
            }
        }
    }
}
