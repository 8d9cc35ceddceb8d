using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClientBoundaries.Serialization.SystemTextJson.Writing;

/// <summary>Writes a value as compact JSON text, for the entry points that return a string.</summary>
internal static class JsonText
{
    /// <summary>
    /// Letters of every script are written as they are (a Spanish or Indonesian note stays readable in the
    /// database); what is unsafe in HTML or a script (<c>&lt; &gt; &amp; ' "</c>) and control characters are escaped.
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
