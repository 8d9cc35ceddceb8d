using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>Writes a value with one of the package's internal writers, as a string.</summary>
internal static class Json
{
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
