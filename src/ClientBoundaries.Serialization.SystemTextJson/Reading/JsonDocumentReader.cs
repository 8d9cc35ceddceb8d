using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>
/// Reads a whole document: checks its size, parses it with the depth limit and strict JSON (no comments,
/// no trailing commas), hands the root to a reader, and throws <see cref="ClientBoundariesJsonException"/>
/// with every problem found unless the reader produced a value with none.
/// </summary>
internal static class JsonDocumentReader
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        MaxDepth = JsonLimits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads <paramref name="json"/> (UTF-16 text) as <paramref name="what"/>.</summary>
    public static T Read<T>(string json, string what, Func<JsonField, T?> read)
        where T : class
    {
        Preconditions.CheckNotNull(json, nameof(json));

        if (json.Length > JsonLimits.MaxDocumentLength)
        {
            throw TooLarge(what, json.Length);
        }

        return Read(() => ParseText(json, what), what, read);
    }

    /// <summary>Reads <paramref name="utf8Json"/> (UTF-8 bytes) as <paramref name="what"/>.</summary>
    public static T Read<T>(ReadOnlyMemory<byte> utf8Json, string what, Func<JsonField, T?> read)
        where T : class
    {
        if (utf8Json.Length > JsonLimits.MaxDocumentLength)
        {
            throw TooLarge(what, utf8Json.Length);
        }

        return Read(() => JsonDocument.Parse(utf8Json, Strict), what, read);
    }

    /// <summary>Reads the root of an already parsed document (a converter's value) as <paramref name="what"/>.</summary>
    public static T Read<T>(JsonElement root, string what, Func<JsonField, T?> read)
        where T : class
    {
        var session = new ReadSession();
        var value = read(new JsonField(root, JsonPath.Root, session));
        if (session.Problems.Count > 0 || value is null)
        {
            throw new ClientBoundariesJsonException(
                what,
                session.Problems.Count > 0 ? session.Problems : new[] { new JsonProblem(JsonPath.Root, "could not be read") });
        }

        return value;
    }

    private static T Read<T>(Func<JsonDocument> parse, string what, Func<JsonField, T?> read)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e) when (e is not ClientBoundariesJsonException)
        {
            throw NotValidJson(what, e);
        }

        using (document)
        {
            return Read(document.RootElement, what, read);
        }
    }

    /// <summary>
    /// Parses text, which System.Text.Json transcodes to UTF-8 first: a lone surrogate (half of a character, which
    /// a .NET string can hold and UTF-8 cannot) makes it throw <see cref="ArgumentException"/>, reported here as
    /// malformed JSON at the surrogate's line and position, counted as the parser counts them (bytes of UTF-8).
    /// </summary>
    private static JsonDocument ParseText(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, Strict);
        }
        catch (ArgumentException) when (LoneSurrogate(json) is { } at)
        {
            var lineStart = json.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            var line = 1;
            for (var i = 0; i < lineStart; i++)
            {
                line += json[i] == '\n' ? 1 : 0;
            }

            var position = Encoding.UTF8.GetByteCount(json.ToCharArray(lineStart, at - lineStart)) + 1;
            throw new ClientBoundariesJsonException(what, new[]
            {
                new JsonProblem(
                    JsonPath.Root,
                    $"is not valid JSON at line {line.ToString(CultureInfo.InvariantCulture)}, position {position.ToString(CultureInfo.InvariantCulture)}: U+{((int)json[at]).ToString("X4", CultureInfo.InvariantCulture)} is a lone surrogate, half of a character without its other half."),
            });
        }
    }

    /// <summary>The index of the first surrogate without its pair, or null when there is none.</summary>
    private static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The parser's refusal of malformed JSON as this package's exception: one problem at the root, with the line and position.</summary>
    public static ClientBoundariesJsonException NotValidJson(string what, JsonException e)
    {
        var where = e.LineNumber is { } line
            ? $"line {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}"
            : "an unknown place";
        return new ClientBoundariesJsonException(what, new[] { new JsonProblem(JsonPath.Root, $"is not valid JSON at {where}: {ControlCharacters.Escape(FirstSentence(e.Message))}") });
    }

    private static ClientBoundariesJsonException TooLarge(string what, int length) =>
        new(what, new[] { new JsonProblem(JsonPath.Root, $"must be at most {JsonLimits.MaxDocumentLength.ToString(CultureInfo.InvariantCulture)} long, was {length.ToString(CultureInfo.InvariantCulture)}") });

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + 1);
    }
}
