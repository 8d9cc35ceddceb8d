using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The System.Text.Json converter of one ClientBoundaries value, written by hand (no reflection, so
/// trimming and AOT are safe). Reading parses the value into a document and reads it with every check
/// of this package; a problem throws <see cref="ClientBoundariesJsonException"/> listing all of them, and so
/// does malformed JSON inside the value, as <see cref="AgreementTemplate.Load(string)"/> reports it.
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
        JsonDocument document;
        try
        {
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            // Thrown by the reader the serializer handed over: its line and position are in the serializer's input.
            throw JsonDocumentReader.NotValidJson(_what, e);
        }

        using (document)
        {
            return JsonDocumentReader.Read(document.RootElement, _what, _read);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
}
