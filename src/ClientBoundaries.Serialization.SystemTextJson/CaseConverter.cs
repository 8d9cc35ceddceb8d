using System;
using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The converter of a closed hierarchy (the engagement's events, its commands): it also converts every
/// case, so a property typed as one case (<c>EngagementEvent.HandedOff</c>) is written in the same
/// polymorphic form, and reading it refuses a document of another type.
/// </summary>
/// <typeparam name="TBase">The base of the cases.</typeparam>
internal abstract class CaseConverter<TBase> : ValueConverter<TBase>
    where TBase : class
{
    private readonly string _what;
    private readonly TypeTable<TBase> _types;

    protected CaseConverter(string what, TypeTable<TBase> types)
        : base(what, types.Read, types.Write)
    {
        _what = what;
        _types = types;
    }

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(TBase).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = base.Read(ref reader, typeToConvert, options);
        if (value is not null && !typeToConvert.IsInstanceOfType(value))
        {
            throw new ClientBoundariesJsonException(
                _what,
                new[] { new JsonProblem("$.type", $"must be \"{_types.NameOf(typeToConvert)}\" here, was \"{_types.NameOf(value)}\"") });
        }

        return value;
    }
}
