using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The System.Text.Json converter of one ClientBoundaries value, written by hand (no reflection, so
/// trimming and AOT are safe). Reading parses the value into a document and reads it with every check
/// of this package; a problem throws <see cref="ClientBoundariesJsonException"/> listing all of them.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal abstract class ValueConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly string _what;
    private readonly Func<JsonField, T?> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    protected ValueConverter(string what, Func<JsonField, T?> read, Action<Utf8JsonWriter, T> write)
    {
        _what = what;
        _read = read;
        _write = write;
    }

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonDocumentReader.Read(document.RootElement, _what, _read);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
}
