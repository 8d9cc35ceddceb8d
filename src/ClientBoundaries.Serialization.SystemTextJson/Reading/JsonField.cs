using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>
/// One value of a document being read: the element, its JSON path, and the session its problems go to.
/// Every read either returns a value or records a problem naming this path and the value found, and
/// returns null; it never throws for bad input.
/// </summary>
internal readonly struct JsonField
{
    private static readonly char[] ExponentMarks = { 'e', 'E' };

    public JsonField(JsonElement element, string path, ReadSession session)
    {
        Element = element;
        Path = path;
        Session = session;
    }

    public JsonElement Element { get; }

    /// <summary>The JSON path of the value: <c>$.stages[2].owner</c>.</summary>
    public string Path { get; }

    public ReadSession Session { get; }

    /// <summary>Records a problem at this value.</summary>
    public void Problem(string message) => Session.Add(Path, message);

    /// <summary>This value as an object whose properties can be read; null (and a problem) when it is not one.</summary>
    public ObjectReader? AsObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            Problem("must be an object, was " + Describe(Element));
            return null;
        }

        return new ObjectReader(this);
    }

    /// <summary>This value as a string of at most <paramref name="maxLength"/> characters.</summary>
    public string? AsString(int maxLength = JsonLimits.MaxStringLength)
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            Problem("must be a string, was " + Describe(Element));
            return null;
        }

        if (TextOf(Element) is not { } text)
        {
            Problem("must be Unicode text, was " + DescribeNotText(Element));
            return null;
        }

        if (text.Length > maxLength)
        {
            Problem($"must be at most {maxLength} characters, was {text.Length}");
            return null;
        }

        return text;
    }

    /// <summary>This value as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? AsInt32(int min = int.MinValue, int max = int.MaxValue)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt64(out var number))
        {
            Problem("must be a whole number, was " + Describe(Element));
            return null;
        }

        return InRange(number, min, max) ? (int)number : null;
    }

    /// <summary>This value as a decimal number from <paramref name="min"/> to <paramref name="max"/>, read exactly (no binary rounding, and no rounding to the digits a decimal holds).</summary>
    public decimal? AsDecimal(decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDecimal(out var number))
        {
            Problem("must be a decimal number within ±79228162514264337593543950335, was " + Describe(Element));
            return null;
        }

        // TryGetDecimal rounds what has more digits than a decimal holds: 1e-400 would be read as 0, silently.
        if (!IsExactly(Element.GetRawText(), number))
        {
            Problem("must be a decimal number that a .NET decimal holds exactly (28 to 29 significant digits, at most 28 after the point), was " + Describe(Element));
            return null;
        }

        if (number < min || number > max)
        {
            Problem($"must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, was {number.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return number;
    }

    /// <summary>This value as true or false.</summary>
    public bool? AsBoolean()
    {
        switch (Element.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                Problem("must be true or false, was " + Describe(Element));
                return null;
        }
    }

    /// <summary>
    /// This value as a string parsed by a NodaTime pattern (ISO forms), with nothing before or after the value; <paramref name="form"/>
    /// names the form in the problem.
    /// </summary>
    public T? AsPattern<T>(IPattern<T> pattern, string form)
        where T : struct
    {
        if (AsString(200) is not { } text)
        {
            return null;
        }

        // NodaTime's patterns take U+0000 for the end of the text: "2026-03-03T16:00:00Z\u0000 anything" would read as
        // 16:00Z. The ISO forms are printable ASCII without spaces, so anything else is text after, before or inside a value.
        if (!IsPrintableAscii(text) || pattern.Parse(text) is not { Success: true } result)
        {
            Problem($"must be {form}, was {Quote(text)}");
            return null;
        }

        return result.Value;
    }

    /// <summary>This value as a time zone named by its TZDB id as the TZDB spells it, such as <c>Europe/Madrid</c>; never a fixed offset.</summary>
    public DateTimeZone? AsTimeZone()
    {
        if (AsString(200) is not { } id)
        {
            return null;
        }

        // The provider also makes fixed offsets ("UTC+01", and "UTC+01:00", written back as "UTC+01"): no place keeps one
        // all year, so they are no zone of a party. Only the ids the TZDB lists, spelled as it spells them, are read.
        if (TzdbIds.Exactly.Contains(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone)
        {
            return zone;
        }

        const string Expected = "must be a TZDB time zone id such as \"Europe/Madrid\"";
        if (TzdbIds.IgnoringCase.TryGetValue(id, out var spelled))
        {
            Problem($"{Expected}, spelled as the TZDB spells it ({Quote(spelled)}), was {Quote(id)}");
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null)
        {
            Problem($"{Expected}, was {Quote(id)}, a fixed offset from UTC, which is no TZDB id: name the zone of the place whose clock the party keeps");
        }
        else
        {
            Problem($"{Expected}, was {Quote(id)}");
        }

        return null;
    }

    /// <summary>This value as an array of at most <paramref name="maxLength"/> items, each read by <paramref name="item"/>; null when it or any item is wrong.</summary>
    public IReadOnlyList<T>? AsArray<T>(Func<JsonField, T?> item, int maxLength = JsonLimits.MaxArrayLength)
        where T : class
    {
        if (!CheckArray(maxLength))
        {
            return null;
        }

        var items = new List<T>(Element.GetArrayLength());
        var complete = true;
        var index = 0;
        foreach (var element in Element.EnumerateArray())
        {
            if (Session.IsFull)
            {
                return null;
            }

            var value = item(new JsonField(element, Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", Session));
            if (value is null)
            {
                complete = false;
            }
            else
            {
                items.Add(value);
            }

            index++;
        }

        return complete ? items : null;
    }

    /// <summary>
    /// Builds a value with the library's own constructor or factory, which validates it: an argument it
    /// refuses becomes a problem at this path (with the library's message), never an exception.
    /// </summary>
    public T? Construct<T>(Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            Problem(Reason(e));
            return null;
        }
    }

    /// <summary>The library's message of a refused argument, without .NET's "(Parameter 'x')" suffix.</summary>
    /// <remarks>
    /// .NET appends the parameter after the message (and an out-of-range exception the actual value on a
    /// new line; .NET Framework puts the parameter on a line of its own): the library's own sentence is
    /// what comes before either.
    /// </remarks>
    public static string Reason(ArgumentException e)
    {
        var message = e.Message;
        var end = message.Length;
        if (e.ParamName is { } name && message.IndexOf(" (Parameter '" + name + "')", StringComparison.Ordinal) is >= 0 and var suffix)
        {
            end = suffix;
        }

        var newLine = message.IndexOf('\n');
        if (newLine >= 0 && newLine < end)
        {
            end = newLine > 0 && message[newLine - 1] == '\r' ? newLine - 1 : newLine;
        }

        return message.Substring(0, end);
    }

    /// <summary>A short description of a JSON value for a problem: its kind, and the value itself when it is short.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => TextOf(element) is { } text ? "the string " + Quote(text) : DescribeNotText(element),
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// The text of a string value, or null when it is not Unicode text: its bytes are not UTF-8, or it escapes a
    /// lone surrogate (<c>"\uD800"</c>). The parser lets both through; System.Text.Json refuses to decode them.
    /// </summary>
    public static string? TextOf(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// A string value quoted for a problem, cut at 60 characters so a hostile value cannot flood the message, its
    /// control characters written <c>\u0000</c> (<see cref="ControlCharacters"/>).
    /// </summary>
    public static string Quote(string text) => "\"" + ControlCharacters.Escape(Shorten(text)) + "\"";

    /// <summary>A string that is not Unicode text, for a problem: as written when it escapes a lone surrogate (its JSON is then plain ASCII), else what is wrong with its bytes.</summary>
    private static string DescribeNotText(JsonElement element)
    {
        try
        {
            var json = element.GetRawText();
            return "the string " + Quote(json.Substring(1, json.Length - 2)) + " with a lone surrogate in it";
        }
        catch (InvalidOperationException)
        {
            return "a string whose bytes are not UTF-8";
        }
    }

    /// <summary>A text cut at 60 characters (57 and "..."), never between the two halves of a character.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= 60)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[56]) ? 56 : 57;
        return text.Substring(0, cut) + "...";
    }

    /// <summary>Whether every character is printable ASCII other than a space, as in every ISO 8601 form read.</summary>
    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="number"/> is exactly the value of the JSON number <paramref name="json"/>.</summary>
    private static bool IsExactly(string json, decimal number) => Digits(json) == Digits(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// A number written in decimal (JSON's grammar, or a decimal's own <c>-123.4500</c>) as its sign, its significant
    /// digits and the power of ten of the last of them: <c>1.50e3</c> is (false, "15", 2); every zero is (false, "", 0).
    /// </summary>
    private static (bool Negative, string Digits, long Exponent) Digits(string text)
    {
        var e = text.IndexOfAny(ExponentMarks);
        var mantissa = e < 0 ? text : text.Substring(0, e);
        long exponent = 0;
        if (e >= 0)
        {
            var negative = text[e + 1] == '-';
            for (var i = text[e + 1] is '-' or '+' ? e + 2 : e + 1; i < text.Length; i++)
            {
                // Saturates: past that, only zero can be read at all, and zero has no exponent.
                exponent = exponent < long.MaxValue / 20 ? (exponent * 10) + (text[i] - '0') : exponent;
            }

            exponent = negative ? -exponent : exponent;
        }

        var point = mantissa.IndexOf('.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
        }

        var digits = mantissa.Replace("-", "").Replace(".", "").TrimStart('0');
        var significant = digits.TrimEnd('0');
        exponent += digits.Length - significant.Length;
        return significant.Length == 0 ? (false, "", 0) : (mantissa[0] == '-', significant, exponent);
    }

    private bool InRange(long number, long min, long max)
    {
        if (number < min || number > max)
        {
            // Name the bound that was crossed: "at least 0" is no help for 99999999999 when the limit is int.MaxValue.
            var oneSided = min == long.MinValue || min == int.MinValue || max == long.MaxValue || max == int.MaxValue;
            var was = ", was " + number.ToString(CultureInfo.InvariantCulture);
            Problem(!oneSided
                ? $"must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{was}"
                : number > max
                    ? $"must be at most {max.ToString(CultureInfo.InvariantCulture)}{was}"
                    : $"must be at least {min.ToString(CultureInfo.InvariantCulture)}{was}");
            return false;
        }

        return true;
    }

    private bool CheckArray(int maxLength)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            Problem("must be an array, was " + Describe(Element));
            return false;
        }

        var length = Element.GetArrayLength();
        if (length > maxLength)
        {
            Problem($"must have at most {maxLength.ToString(CultureInfo.InvariantCulture)} items, had {length.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        return true;
    }
}
