using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>
/// Reads the properties of one JSON object by name. A property is read at most once; <see cref="End"/>
/// reports every property nobody asked for (unknown properties are errors, never silently ignored) and
/// every name that appears twice.
/// </summary>
/// <remarks>
/// A missing property and a property that is <c>null</c> are the same thing: absent. A required one that
/// is absent is a problem ("is required"); an optional one gives null.
/// </remarks>
internal sealed class ObjectReader
{
    private readonly JsonField _object;
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public ObjectReader(JsonField field)
    {
        _object = field;
        foreach (var property in field.Element.EnumerateObject())
        {
            if (NameOf(property) is not { } name)
            {
                field.Problem("has a property whose name is not Unicode text (its bytes are not UTF-8, or it has a lone surrogate in it)");
            }
            else if (_properties.ContainsKey(name))
            {
                Child(name).Problem("appears more than once; a property may be given only once");
            }
            else
            {
                _properties.Add(name, property.Value);
            }
        }
    }

    /// <summary>The object itself, to record a problem about it as a whole.</summary>
    public JsonField Field => _object;

    /// <summary>Whether the property is present and not null.</summary>
    public bool Has(string name) => _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The property, or null (and a problem) when it is absent.</summary>
    public JsonField? Required(string name)
    {
        var field = Optional(name);
        if (field is null)
        {
            Child(name).Problem("is required");
        }

        return field;
    }

    /// <summary>The property, or null when it is absent.</summary>
    public JsonField? Optional(string name)
    {
        _asked.Add(name);
        return _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Child(name, value)
            : null;
    }

    /// <summary>A required string property.</summary>
    public string? String(string name, int maxLength = JsonLimits.MaxStringLength) => Required(name)?.AsString(maxLength);

    /// <summary>An optional string property.</summary>
    public string? OptionalString(string name, int maxLength = JsonLimits.MaxStringLength) => Optional(name)?.AsString(maxLength);

    /// <summary>A required whole number.</summary>
    public int? Int32(string name, int min = int.MinValue, int max = int.MaxValue) => Required(name)?.AsInt32(min, max);

    /// <summary>An optional whole number.</summary>
    public int? OptionalInt32(string name, int min = int.MinValue, int max = int.MaxValue) => Optional(name)?.AsInt32(min, max);

    /// <summary>A required decimal number.</summary>
    public decimal? Decimal(string name, decimal min = decimal.MinValue, decimal max = decimal.MaxValue) => Required(name)?.AsDecimal(min, max);

    /// <summary>An optional decimal number.</summary>
    public decimal? OptionalDecimal(string name, decimal min = decimal.MinValue, decimal max = decimal.MaxValue) => Optional(name)?.AsDecimal(min, max);

    /// <summary>A required true or false.</summary>
    public bool? Boolean(string name) => Required(name)?.AsBoolean();

    /// <summary>An optional true or false; <paramref name="absent"/> when it is not given.</summary>
    public bool? OptionalBoolean(string name, bool absent) => Optional(name) is { } field ? field.AsBoolean() : absent;

    /// <summary>A required instant, ISO 8601 in UTC: <c>2026-03-10T17:00:00Z</c>.</summary>
    public Instant? Instant(string name) => Required(name)?.AsPattern(InstantPattern.ExtendedIso, NodaTimeForms.Instant);

    /// <summary>An optional instant.</summary>
    public Instant? OptionalInstant(string name) => Optional(name)?.AsPattern(InstantPattern.ExtendedIso, NodaTimeForms.Instant);

    /// <summary>A required date, ISO 8601: <c>2026-03-10</c>.</summary>
    public LocalDate? Date(string name) => Required(name)?.AsPattern(LocalDatePattern.Iso, NodaTimeForms.Date);

    /// <summary>An optional date.</summary>
    public LocalDate? OptionalDate(string name) => Optional(name)?.AsPattern(LocalDatePattern.Iso, NodaTimeForms.Date);

    /// <summary>A required time of day, ISO 8601: <c>09:00</c> or <c>09:00:00</c>.</summary>
    public LocalTime? Time(string name) => Required(name)?.AsPattern(NodaTimeForms.TimePattern, NodaTimeForms.Time);

    /// <summary>A required length of time, ISO 8601: <c>PT45M</c>.</summary>
    public Duration? Duration(string name) => Required(name)?.AsPattern(NodaTimeForms.DurationPattern, NodaTimeForms.Duration);

    /// <summary>An optional length of time.</summary>
    public Duration? OptionalDuration(string name) => Optional(name)?.AsPattern(NodaTimeForms.DurationPattern, NodaTimeForms.Duration);

    /// <summary>A required time zone, by TZDB id.</summary>
    public DateTimeZone? TimeZone(string name) => Required(name)?.AsTimeZone();

    /// <summary>A required object read by <paramref name="read"/>.</summary>
    public T? Object<T>(string name, Func<JsonField, T?> read)
        where T : class =>
        Required(name) is { } field ? read(field) : null;

    /// <summary>An optional object read by <paramref name="read"/>; <paramref name="failed"/> tells an absent one (null, false) from a wrong one (null, true).</summary>
    public T? OptionalObject<T>(string name, Func<JsonField, T?> read, out bool failed)
        where T : class
    {
        failed = false;
        if (Optional(name) is not { } field)
        {
            return null;
        }

        var value = read(field);
        failed = value is null;
        return value;
    }

    /// <summary>A required array.</summary>
    public IReadOnlyList<T>? Array<T>(string name, Func<JsonField, T?> item, int maxLength = JsonLimits.MaxArrayLength)
        where T : class =>
        Required(name)?.AsArray(item, maxLength);

    /// <summary>An optional array; absent gives an empty list, a wrong one null.</summary>
    public IReadOnlyList<T>? OptionalArray<T>(string name, Func<JsonField, T?> item, int maxLength = JsonLimits.MaxArrayLength)
        where T : class =>
        Optional(name) is { } field ? field.AsArray(item, maxLength) : System.Array.Empty<T>();

    /// <summary>Reports every property nobody asked for as unknown. Call once, after reading every property.</summary>
    public void End()
    {
        foreach (var name in _properties.Keys.Where(n => !_asked.Contains(n)))
        {
            Child(name).Problem("is not a known property here" + (_asked.Count == 0 ? "" : " (known: " + string.Join(", ", _asked.OrderBy(n => n, StringComparer.Ordinal)) + ")"));
        }
    }

    /// <summary>The property's name, or null when it is not Unicode text (which System.Text.Json refuses to decode).</summary>
    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private JsonField Child(string name, JsonElement value = default) => new(value, JsonPath.Property(_object.Path, name), _object.Session);
}
