using System.Globalization;
using System.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>
/// Control characters made visible for a problem: U+0000 is written <c>\u0000</c>, a line feed <c>\u000A</c>. A
/// problem names the value found, and a value may hold anything; a raw NUL cuts the message short in C strings and
/// some logs, and a raw line break or line separator forges a line of its own in a log or a list of problems.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is never shown raw: a C0 or C1 control character, U+2028 or U+2029.</summary>
    public static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary><paramref name="text"/> with each control character written <c>\uXXXX</c>; the text itself when it has none.</summary>
    public static string Escape(string text)
    {
        var first = 0;
        while (first < text.Length && !IsControl(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
