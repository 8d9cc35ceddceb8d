using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// Every date, instant, time of day, duration and time zone the package writes, given text after it: a NUL and more
/// (which NodaTime's patterns take for the end of the text), a trailing space, a trailing letter. Each is refused with
/// exactly one problem, at that value's path, quoting it with the NUL escaped.
/// </summary>
/// <remarks>
/// The fields are found, not listed: the test walks the JSON the package writes for the sample agreements (and the
/// hand-written templates), events and commands of every type, plans, assessments and change orders, and takes every
/// string that NodaTime (not the package) reads as one of those kinds. A field added later is covered by its sample.
/// A field is tried once, where it first appears: its path without array indexes, in its kind of document (an
/// event's or command's type).
/// </remarks>
public class TimeValueTailTests
{
    /// <summary>The tails: a NUL and what follows it, a space, a letter.</summary>
    private static readonly string[] Tails = { "\u0000 anything", " ", "x" };

    /// <summary>
    /// The name of every property the package's readers read as a date, instant, time of day, duration or zone today (a
    /// search of its sources for the readers of those kinds): the walk must find each in the samples.
    /// </summary>
    private static readonly string[] KnownFields =
    {
        "at", "start", "end", "due", "dueAt", "dueBy", "date", "finishedOn", "baselineStart", "baselineDue", "requestedAt",
        "draftedAt", "proposedAt", "expiresAt", "closedAt", "occurrence", "replyDueBy", "dueSince", "closesOn", "since", "from",
        "until", "length", "startedAt", "endedAt", "fallsDueAt", "within", "followThroughDue", "defaultLength", "maxLength",
        "wrapUpCueLead", "wrapUpCueAt", "recapDueAt", "timeZone",
    };

    private static readonly Dictionary<string, (Func<IEnumerable<string>> Documents, Func<string, object?> Load)> Sources = new()
    {
        ["templates"] = (Seeds.AgreementTexts, json => AgreementTemplate.Load(json)),
        ["events"] = (() => Seeds.Events().Select(EngagementEventJson.WriteEvent), json => EngagementEventJson.ReadEvent(json)),
        ["commands"] = (() => Seeds.Commands().Select(EngagementCommandJson.Write), json => EngagementCommandJson.Read(json)),
        ["plans"] = (() => Seeds.Plans().Select(p => JsonSerializer.Serialize(p, ClientBoundariesJsonContext.Default.Plan)), json => JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.Plan)),
        ["assessments"] = (() => Seeds.Assessments().Select(a => JsonSerializer.Serialize(a, ClientBoundariesJsonContext.Default.Assessment)), json => JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.Assessment)),
        ["change orders"] = (() => Seeds.ChangeOrders().Select(c => JsonSerializer.Serialize(c, ClientBoundariesJsonContext.Default.ChangeOrder)), json => JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.ChangeOrder)),
    };

    public static TheoryData<string> SourceNames() => new(Sources.Keys);

    [Theory]
    [MemberData(nameof(SourceNames))]
    public void Every_time_value_with_text_after_it_is_refused_at_its_path(string source)
    {
        var (documents, load) = Sources[source];
        var fields = Fields(documents()).ToList();
        var failures = new List<string>();
        foreach (var field in fields)
        {
            foreach (var tail in Tails)
            {
                var damaged = field.Value + tail;
                var json = field.With(damaged);
                var quoted = "\"" + damaged.Replace("\u0000", "\\u0000", StringComparison.Ordinal) + "\"";
                try
                {
                    load(json);
                    failures.Add($"{field.Path} ({field.Kind}) = {quoted} was read");
                }
                catch (ClientBoundariesJsonException refused)
                {
                    var problems = refused.Problems.Select(p => p.ToString()).ToList();
                    if (Oracle.ProblemsWithPaths(refused) is { } bad)
                    {
                        failures.Add($"{field.Path} ({field.Kind}) = {quoted}: {bad}");
                    }
                    else if (problems.Count != 1 || refused.Problems[0].Path != field.Path || !refused.Problems[0].Message.EndsWith(", was " + quoted, StringComparison.Ordinal))
                    {
                        failures.Add($"{field.Path} ({field.Kind}) = {quoted} was refused with: {string.Join(" | ", problems)}");
                    }
                }
            }
        }

        fields.Select(f => f.Kind).Distinct().Should().NotBeEmpty();
        failures.Should().BeEmpty($"each of the {fields.Count} time values of the {source} ({string.Join(", ", fields.GroupBy(f => f.Kind).Select(g => $"{g.Count()} {g.Key}"))}) must refuse text after it");
    }

    [Fact]
    public void The_walk_finds_every_kind_of_time_value_in_the_documents_it_damages()
    {
        // A walk that found nothing would pass the test above without checking anything.
        var fields = Sources.Values.SelectMany(s => Fields(s.Documents())).ToList();
        var kinds = fields.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());

        kinds.Keys.Should().BeEquivalentTo("instant", "date", "time of day", "duration", "time zone");
        fields.Select(f => f.Shape.Substring(f.Shape.LastIndexOf('.') + 1).Replace("[]", "", StringComparison.Ordinal))
            .Distinct().Should().Contain(KnownFields);
    }

    /// <summary>
    /// The time values of <paramref name="documents"/>, each field once: the first value found at a path (array indexes
    /// left out) in a kind of document. The path a refusal names keeps the indexes.
    /// </summary>
    private static IEnumerable<TimeField> Fields(IEnumerable<string> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in documents)
        {
            var root = JsonNode.Parse(json)!;
            var type = root is JsonObject o && o["type"] is JsonValue t ? t.GetValue<string>() : "";
            foreach (var (node, path, shape) in Walk(root, "$", "$"))
            {
                if (node.GetValueKind() == JsonValueKind.String && KindOf(node.GetValue<string>()) is { } kind && seen.Add(type + " " + shape))
                {
                    yield return new TimeField(json, node, path, shape, kind);
                }
            }
        }
    }

    private static IEnumerable<(JsonValue Node, string Path, string Shape)> Walk(JsonNode? node, string path, string shape)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    foreach (var found in Walk(child, Property(path, name), Property(shape, name)))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var found in Walk(a[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", shape + "[]"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue v:
                yield return (v, path, shape);
                break;
        }
    }

    /// <summary>A property's path as the package writes it: <c>$.a.b</c>, or <c>$['$schema']</c> for a name that is no identifier.</summary>
    private static string Property(string parent, string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? parent + "." + name
            : parent + "['" + name + "']";

    /// <summary>What NodaTime itself reads the text as, or null: the forms docs/json.md gives for each kind of value.</summary>
    private static string? KindOf(string text) =>
        InstantPattern.ExtendedIso.Parse(text).Success ? "instant"
        : LocalDatePattern.Iso.Parse(text).Success ? "date"
        : LocalTimePattern.ExtendedIso.Parse(text).Success || LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(text).Success || text is "24:00" or "24:00:00" ? "time of day"
        : text.StartsWith('P') && PeriodPattern.NormalizingIso.Parse(text).Success ? "duration"
        : DateTimeZoneProviders.Tzdb.Ids.Contains(text) ? "time zone"
        : null;

    /// <summary>One value found in a document: where, what kind, and the document with that value replaced.</summary>
    private sealed class TimeField
    {
        private readonly string _document;
        private readonly JsonValue _node;

        public TimeField(string document, JsonValue node, string path, string shape, string kind)
        {
            _document = document;
            _node = node;
            Path = path;
            Shape = shape;
            Kind = kind;
        }

        public string Path { get; }

        public string Shape { get; }

        public string Kind { get; }

        public string Value => _node.GetValue<string>();

        /// <summary>The document with this value replaced by <paramref name="value"/>, everything else as it was.</summary>
        public string With(string value)
        {
            var root = JsonNode.Parse(_document)!;
            var node = Walk(root, "$", "$").Single(n => n.Path == Path).Node;
            node.ReplaceWith(JsonValue.Create(value));
            return root.ToJsonString();
        }
    }
}
