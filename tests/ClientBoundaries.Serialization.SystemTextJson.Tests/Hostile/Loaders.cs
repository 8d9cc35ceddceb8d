using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// The one table of every way the package reads JSON: its own entry points (each overload), and
/// <c>JsonSerializer.Deserialize</c> of every type the context lists, through the context (text) and through
/// <c>ConfigureForClientBoundaries</c> options (UTF-8 bytes). <see cref="HostileLoaderTableTests"/> proves it
/// misses none, so a loader added later cannot escape the fuzz.
/// </summary>
internal static class Loaders
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForClientBoundaries();

    public static IReadOnlyList<Loader> All { get; } = new[]
    {
        Reader("AgreementTemplate.Load(string)", DocumentForm.Text, Seeds.AgreementTexts, d => AgreementTemplate.Load(d.Text), v => AgreementText((Agreement)v)),
        Reader("AgreementTemplate.Load(bytes)", DocumentForm.Utf8, Seeds.AgreementTexts, d => AgreementTemplate.Load(d.Utf8), v => AgreementText((Agreement)v)),
        new Loader(
            "AgreementTemplate.Validate(string)",
            "AgreementTemplate.Validate(json), and AgreementTemplate.Load(json) for its law",
            LoaderKind.Validator,
            DocumentForm.Text,
            typeof(IReadOnlyList<JsonProblem>),
            () => Seeds.AgreementTexts().Select(HostileDocument.OfText).ToList(),
            d => AgreementTemplate.Validate(d.Text),
            law: ValidateAgreesWithLoad),
        Reader("EngagementEventJson.Read(string)", DocumentForm.Text, () => Seeds.Streams().Select(EngagementEventJson.Write), d => EngagementEventJson.Read(d.Text), v => EngagementEventJson.Write((IReadOnlyList<EngagementEvent>)v)),
        Reader("EngagementEventJson.Read(bytes)", DocumentForm.Utf8, () => Seeds.Streams().Select(EngagementEventJson.Write), d => EngagementEventJson.Read(d.Utf8), v => EngagementEventJson.Write((IReadOnlyList<EngagementEvent>)v)),
        Reader("EngagementEventJson.ReadEvent(string)", DocumentForm.Text, () => Seeds.Events().Select(EngagementEventJson.WriteEvent), d => EngagementEventJson.ReadEvent(d.Text), v => EngagementEventJson.WriteEvent((EngagementEvent)v)),
        Reader("EngagementEventJson.ReadEvent(bytes)", DocumentForm.Utf8, () => Seeds.Events().Select(EngagementEventJson.WriteEvent), d => EngagementEventJson.ReadEvent(d.Utf8), v => EngagementEventJson.WriteEvent((EngagementEvent)v)),
        new Loader(
            "EngagementEventJson.ReadEvents(rows)",
            "EngagementEventJson.ReadEvents(rows)",
            LoaderKind.Reader,
            DocumentForm.Rows,
            typeof(IReadOnlyList<EngagementEvent>),
            () => Seeds.Streams().Select(s => HostileDocument.OfRows(s.Select(EngagementEventJson.WriteEvent))).ToList(),
            d => EngagementEventJson.ReadEvents(d.Rows!),
            v => HostileDocument.OfRows(((IReadOnlyList<EngagementEvent>)v).Select(EngagementEventJson.WriteEvent))),
        Reader("EngagementCommandJson.Read(string)", DocumentForm.Text, () => Seeds.Commands().Select(EngagementCommandJson.Write), d => EngagementCommandJson.Read(d.Text), v => EngagementCommandJson.Write((EngagementCommand)v)),
        Reader("EngagementCommandJson.Read(bytes)", DocumentForm.Utf8, () => Seeds.Commands().Select(EngagementCommandJson.Write), d => EngagementCommandJson.Read(d.Utf8), v => EngagementCommandJson.Write((EngagementCommand)v)),
    }
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.Money), ClientBoundariesJsonContext.Default.Money, Seeds.Money))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.Agreement), ClientBoundariesJsonContext.Default.Agreement, Seeds.Agreements))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.Plan), ClientBoundariesJsonContext.Default.Plan, Seeds.Plans))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.EngagementEvent), ClientBoundariesJsonContext.Default.EngagementEvent, Seeds.Events))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.IReadOnlyListEngagementEvent), ClientBoundariesJsonContext.Default.IReadOnlyListEngagementEvent, Seeds.EventLists))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.EngagementCommand), ClientBoundariesJsonContext.Default.EngagementCommand, Seeds.Commands))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.Assessment), ClientBoundariesJsonContext.Default.Assessment, Seeds.Assessments))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.ScopeDecision), ClientBoundariesJsonContext.Default.ScopeDecision, Seeds.ScopeDecisions))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.ChangeOrder), ClientBoundariesJsonContext.Default.ChangeOrder, Seeds.ChangeOrders))
    .Concat(ThroughTheSerializer(nameof(ClientBoundariesJsonContext.IReadOnlyListChangeOrder), ClientBoundariesJsonContext.Default.IReadOnlyListChangeOrder, Seeds.ChangeOrderLists))
    .ToList();

    /// <summary>The loader named <paramref name="name"/>.</summary>
    public static Loader Named(string name) => All.Single(l => l.Name == name);

    private static Loader Reader<T>(string name, DocumentForm form, Func<IEnumerable<string>> seeds, Func<HostileDocument, T> load, Func<object, string> write)
        where T : class =>
        new(name, name.Replace("(bytes)", "(ReadOnlyMemory<byte>)", StringComparison.Ordinal), LoaderKind.Reader, form, typeof(T), () => seeds().Select(s => In(form, s)).ToList(), d => load(d), v => In(form, write(v)));

    /// <summary>A type of the context, read by <c>JsonSerializer.Deserialize</c> through the context (text) and through the options (bytes).</summary>
    private static IEnumerable<Loader> ThroughTheSerializer<T>(string property, JsonTypeInfo<T> info, Func<IEnumerable<T>> values)
        where T : class
    {
        yield return new Loader(
            $"context: {TypeName(typeof(T))}",
            $"JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.{property})",
            LoaderKind.Serializer,
            DocumentForm.Text,
            typeof(T),
            () => values().Select(v => HostileDocument.OfText(JsonSerializer.Serialize(v, info))).ToList(),
            d => JsonSerializer.Deserialize(d.Text, info),
            v => HostileDocument.OfText(JsonSerializer.Serialize((T)v, info)));
        yield return new Loader(
            $"options: {TypeName(typeof(T))}",
            $"JsonSerializer.Deserialize<{TypeName(typeof(T))}>(utf8Json, new JsonSerializerOptions().ConfigureForClientBoundaries())",
            LoaderKind.Serializer,
            DocumentForm.Utf8,
            typeof(T),
            () => values().Select(v => HostileDocument.OfBytes(JsonSerializer.SerializeToUtf8Bytes(v, Options))).ToList(),
            d => JsonSerializer.Deserialize<T>(d.Utf8, Options),
            v => HostileDocument.OfBytes(JsonSerializer.SerializeToUtf8Bytes((T)v, Options)));
    }

    /// <summary>The law of <see cref="AgreementTemplate.Validate"/>: it finds no problem exactly when Load succeeds, and otherwise the very problems Load throws.</summary>
    private static string? ValidateAgreesWithLoad(HostileDocument document, object value)
    {
        var problems = (IReadOnlyList<JsonProblem>)value;
        if (problems.FirstOrDefault(p => !p.Path.StartsWith('$')) is { } bad)
        {
            return $"found a problem without a JSON path: \"{bad}\"";
        }

        if (problems.FirstOrDefault(p => Oracle.HasControlCharacter(p.Path) || Oracle.HasControlCharacter(p.Message)) is { } raw)
        {
            return $"found a problem with a raw control character in it: \"{raw.ToString().Replace("\u0000", "<U+0000>", StringComparison.Ordinal)}\"";
        }

        var load = Watchdog.Run(() => AgreementTemplate.Load(document.Text));
        if (load.Hung)
        {
            return "returned, but Load did not return in time";
        }

        if (problems.Count == 0)
        {
            return load.Thrown is null ? null : $"found no problem, but Load threw {load.Thrown}";
        }

        return load.Thrown is ClientBoundariesJsonException refused && refused.Problems.SequenceEqual(problems)
            ? null
            : $"found {problems.Count} problems ({problems[0]} first), but Load {(load.Thrown is null ? "returned an agreement" : "threw " + load.Thrown)}";
    }

    private static string AgreementText(Agreement agreement) => JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement);

    private static HostileDocument In(DocumentForm form, string text) =>
        form == DocumentForm.Utf8 ? HostileDocument.OfBytes(Encoding.UTF8.GetBytes(text)) : HostileDocument.OfText(text);

    /// <summary>A type as C# writes it: <c>IReadOnlyList&lt;EngagementEvent&gt;</c>.</summary>
    public static string TypeName(Type type) =>
        type.IsGenericType
            ? string.Concat(type.Name.AsSpan(0, type.Name.IndexOf('`', StringComparison.Ordinal)), "<", string.Join(", ", type.GetGenericArguments().Select(TypeName)), ">")
            : type.Name;
}
