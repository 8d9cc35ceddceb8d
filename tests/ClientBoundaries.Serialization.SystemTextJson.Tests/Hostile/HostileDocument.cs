using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// One document fed to a loader, in the form it reads: text, UTF-8 bytes (which a mutation may make differ
/// from the text: invalid UTF-8, a byte order mark, a cut inside a character) or rows.
/// </summary>
internal sealed class HostileDocument
{
    private HostileDocument(string text, byte[] utf8, IReadOnlyList<string>? rows)
    {
        Text = text;
        Utf8 = utf8;
        Rows = rows;
    }

    /// <summary>The document as text; for rows, the row a text mutation works on is chosen by the mutator.</summary>
    public string Text { get; }

    /// <summary>The document as UTF-8 bytes.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The rows of a stream, for <see cref="DocumentForm.Rows"/>; null for a single document.</summary>
    public IReadOnlyList<string>? Rows { get; }

    public static HostileDocument OfText(string text) => new(text, Encoding.UTF8.GetBytes(text), null);

    public static HostileDocument OfBytes(byte[] utf8) => new(Encoding.UTF8.GetString(utf8), utf8, null);

    public static HostileDocument OfRows(IEnumerable<string> rows)
    {
        var list = rows.ToArray();
        return new HostileDocument("[" + string.Join(",", list) + "]", Array.Empty<byte>(), list);
    }

    /// <summary>The document for a failure message: whole when it is short, else its start and its length.</summary>
    public string Describe(DocumentForm form, int max = 3_000)
    {
        switch (form)
        {
            case DocumentForm.Rows:
                return string.Join(Environment.NewLine, Rows!.Select((row, i) => $"  row {i}: {Shorten(Escape(row), max / Math.Max(1, Rows!.Count) + 200)}"));
            case DocumentForm.Utf8 when !Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Utf8)).AsSpan().SequenceEqual(Utf8):
                return $"{Utf8.Length} bytes, not valid UTF-8: {Shorten(Convert.ToHexString(Utf8), max)}";
            default:
                return Shorten(Escape(Text), max);
        }
    }

    /// <summary>Control characters, lone surrogates and a byte order mark made visible.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[i + 1]);
                i++;
            }
            else if ((char.IsControl(c) && c != '\n') || char.IsSurrogate(c) || c == '\uFEFF')
            {
                escaped.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : $"{text.Substring(0, max)}... ({text.Length} characters in all)";
}
