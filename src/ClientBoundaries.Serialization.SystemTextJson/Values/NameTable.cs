using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The values of one SmartEnum by name, listed here rather than found by reflection (SmartEnum 2.1.0's
/// <c>FromName</c> reflects over the type's fields, which a trimmed app cannot do). Names are
/// matched exactly (case-sensitive); a test checks every table against the enum's full list.
/// </summary>
internal sealed class NameTable<T>
    where T : SmartEnum<T>
{
    private readonly Dictionary<string, T> _byName;

    public NameTable(params T[] values)
    {
        Values = values;
        _byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    /// <summary>Every value, in the order listed.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>The value named by <paramref name="field"/>, or null and a problem listing the names it may be.</summary>
    public T? Read(JsonField field)
    {
        if (field.AsString(100) is not { } name)
        {
            return null;
        }

        if (_byName.TryGetValue(name, out var value))
        {
            return value;
        }

        field.Problem($"must be one of {string.Join(", ", Values.Select(v => v.Name))}, was {JsonField.Quote(name)}");
        return null;
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="o"/>, required.</summary>
    public T? Read(ObjectReader o, string name) => o.Required(name) is { } field ? Read(field) : null;

    /// <summary>The property <paramref name="name"/> of <paramref name="o"/>, or null when absent.</summary>
    public T? ReadOptional(ObjectReader o, string name) => o.Optional(name) is { } field ? Read(field) : null;
}
