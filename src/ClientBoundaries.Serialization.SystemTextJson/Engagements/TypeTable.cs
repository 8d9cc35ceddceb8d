using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The closed set of cases of one polymorphic value (the engagement's events, or its commands): each
/// case's stable type name, writer and reader, and the envelope every case shares:
/// <c>{"type": "handed-off", "schemaVersion": 1, "at": "...", ...the case's fields}</c>.
/// </summary>
/// <remarks>
/// <para>Reading checks the envelope first. A <c>schemaVersion</c> newer than <see cref="SchemaVersion"/>
/// stops there with one problem (such a document may hold fields this version does not know, which are
/// not its fault); an unknown <c>type</c> stops there too (its fields mean nothing here). Otherwise every
/// property is read, and one the case does not know is a problem.</para>
/// <para>The versioning rule: a later schema version may only add optional fields (absent meaning what
/// version 1 meant) and new types, never rename, remove or re-mean a field, so a reader of version n reads
/// every document of versions 1 to n.</para>
/// </remarks>
/// <typeparam name="TBase">The base of the cases.</typeparam>
internal sealed class TypeTable<TBase>
    where TBase : class
{
    private readonly Dictionary<string, Case> _byName;
    private readonly Dictionary<Type, Case> _byType;
    private readonly Func<TBase, Instant> _at;
    private readonly Action<Utf8JsonWriter, TBase>? _writeTail;
    private readonly Func<ObjectReader, TBase?, TBase?>? _readTail;

    /// <summary>Lists the cases.</summary>
    /// <param name="what">What one case is, for problems: "event", "command".</param>
    /// <param name="schemaVersion">The version written, and the newest read.</param>
    /// <param name="at">The instant every case carries.</param>
    /// <param name="cases">Every case, each type and name once.</param>
    /// <param name="writeTail">What every case writes after its own fields, if anything.</param>
    /// <param name="readTail">Reads what <paramref name="writeTail"/> wrote, given the case read (null when it failed).</param>
    public TypeTable(string what, int schemaVersion, Func<TBase, Instant> at, IEnumerable<Case> cases, Action<Utf8JsonWriter, TBase>? writeTail = null, Func<ObjectReader, TBase?, TBase?>? readTail = null)
    {
        What = what;
        SchemaVersion = schemaVersion;
        _at = at;
        Cases = cases.ToArray();
        _byName = Cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _byType = Cases.ToDictionary(c => c.Type);
        _writeTail = writeTail;
        _readTail = readTail;
    }

    /// <summary>What one case is, for problems: "event", "command".</summary>
    public string What { get; }

    /// <summary>The schema version written, and the newest read.</summary>
    public int SchemaVersion { get; }

    /// <summary>Every case, in the order listed.</summary>
    public IReadOnlyList<Case> Cases { get; }

    /// <summary>The stable type name of <paramref name="value"/>'s case.</summary>
    /// <exception cref="ArgumentException">The value's type has no case: a case added to the library but not here (a test guards against it).</exception>
    public string NameOf(TBase value) => CaseOf(value).Name;

    /// <summary>The stable type name of the case <paramref name="type"/>, or null when it is not one (the base type, say).</summary>
    public string? NameOf(Type type) => _byType.TryGetValue(type, out var of) ? of.Name : null;

    public void Write(Utf8JsonWriter writer, TBase value)
    {
        var of = CaseOf(value);
        writer.WriteStartObject();
        writer.WriteString("type", of.Name);
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.Instant("at", _at(value));
        of.Write(writer, value);
        _writeTail?.Invoke(writer, value);
        writer.WriteEndObject();
    }

    public TBase? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var name = o.String("type", 100);
        var version = o.Required("schemaVersion")?.AsInt32(1);
        if (version > SchemaVersion)
        {
            o.Field.Session.Add(
                JsonPath.Property(o.Field.Path, "schemaVersion"),
                $"was written by a newer version of the format (schema version {version.Value.ToString(CultureInfo.InvariantCulture)}); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version {SchemaVersion.ToString(CultureInfo.InvariantCulture)}: update the package");
            return null;
        }

        if (name is null)
        {
            return null;
        }

        if (!_byName.TryGetValue(name, out var of))
        {
            o.Field.Session.Add(JsonPath.Property(o.Field.Path, "type"), $"is not a known {What} type, was {JsonField.Quote(name)} (the {What} types are listed in docs/json.md)");
            return null;
        }

        var at = o.Instant("at");
        var value = of.Read(o, at);
        if (_readTail is not null)
        {
            value = _readTail(o, value);
        }

        o.End();
        return version is null ? null : value;
    }

    private Case CaseOf(TBase value) =>
        _byType.TryGetValue(value.GetType(), out var of)
            ? of
            : throw new ArgumentException($"The {What} type {value.GetType().Name} has no JSON type name; it must be added to the package's table.", nameof(value));

    /// <summary>One case: its stable name, its type, and how its own fields are written and read.</summary>
    internal sealed class Case
    {
        private Case(string name, Type type, Action<Utf8JsonWriter, TBase> write, Func<ObjectReader, Instant?, TBase?> read)
        {
            Name = name;
            Type = type;
            Write = write;
            Read = read;
        }

        /// <summary>The stable type name, kebab case: "handed-off".</summary>
        public string Name { get; }

        /// <summary>The case's type.</summary>
        public Type Type { get; }

        /// <summary>Writes the case's own fields (the envelope is written around them).</summary>
        public Action<Utf8JsonWriter, TBase> Write { get; }

        /// <summary>Reads the case's own fields, given the envelope's instant (null when it was wrong); null when a field is wrong.</summary>
        public Func<ObjectReader, Instant?, TBase?> Read { get; }

        public static Case Of<T>(string name, Action<Utf8JsonWriter, T> write, Func<ObjectReader, Instant?, T?> read)
            where T : class, TBase =>
            new(name, typeof(T), (writer, value) => write(writer, (T)value), (o, at) => read(o, at));
    }
}
