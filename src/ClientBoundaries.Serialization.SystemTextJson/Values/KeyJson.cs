using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Identifiers and keys (<see cref="StageKey"/>, <see cref="AgreementId"/>, ...) as their plain string value.</summary>
internal static class KeyJson
{
    public static TKey? Read<TKey>(JsonField field, Func<string, TKey> create)
        where TKey : Key<TKey> =>
        field.AsString(JsonLimits.MaxStringLength) is { } value ? field.Construct(() => create(value)) : null;

    public static TKey? Read<TKey>(ObjectReader o, string name, Func<string, TKey> create)
        where TKey : Key<TKey> =>
        o.Required(name) is { } field ? Read(field, create) : null;

    public static TKey? ReadOptional<TKey>(ObjectReader o, string name, Func<string, TKey> create)
        where TKey : Key<TKey> =>
        o.Optional(name) is { } field ? Read(field, create) : null;
}
