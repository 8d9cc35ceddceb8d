using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Reads that the agreement's parts share beyond <see cref="ObjectReader"/>: texts a person wrote (never
/// blank), and values built by the library with its refusal placed at the property it is about.
/// </summary>
internal static class Checked
{
    /// <summary>The longest name, task or reason read: long enough for any sentence on a one-pager.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>A required text: a string that is not empty or only white space.</summary>
    public static string? Text(this ObjectReader o, string name, int maxLength = MaxTextLength) =>
        o.Required(name) is { } field ? field.AsText(maxLength) : null;

    /// <summary>An optional text; <paramref name="failed"/> tells an absent one (null, false) from a wrong one (null, true).</summary>
    public static string? OptionalText(this ObjectReader o, string name, out bool failed, int maxLength = MaxTextLength)
    {
        failed = false;
        if (o.Optional(name) is not { } field)
        {
            return null;
        }

        var text = field.AsText(maxLength);
        failed = text is null;
        return text;
    }

    /// <summary>An optional whole number from <paramref name="min"/> to <paramref name="max"/>: <paramref name="absent"/> when it is not given, null when it is wrong.</summary>
    public static int? Int32Or(this ObjectReader o, string name, int absent, int min, int max) =>
        o.Optional(name) is { } field ? field.AsInt32(min, max) : absent;

    /// <summary>An optional decimal number from <paramref name="min"/> to <paramref name="max"/>: <paramref name="absent"/> when it is not given, null when it is wrong.</summary>
    public static decimal? DecimalOr(this ObjectReader o, string name, decimal absent, decimal min, decimal max) =>
        o.Optional(name) is { } field ? field.AsDecimal(min, max) : absent;

    /// <summary>An optional value read by <paramref name="read"/>: <paramref name="absent"/> when it is not given, null when it is wrong.</summary>
    public static T? Or<T>(this ObjectReader o, string name, Func<JsonField, T?> read, T absent)
        where T : class =>
        o.Optional(name) is { } field ? read(field) : absent;

    /// <summary>An optional true or false: <paramref name="absent"/> when it is not given, null when it is wrong.</summary>
    public static bool? BooleanOr(this ObjectReader o, string name, bool absent) =>
        o.Optional(name) is { } field ? field.AsBoolean() : absent;

    /// <summary>
    /// This value as an array whose items are read one by one, keeping those that could be read (with where
    /// each is) even when others could not, so what comes after can still be checked; null when it is no array.
    /// </summary>
    public static ReadItems<T>? AsItems<T>(this JsonField field, Func<JsonField, T?> item, int maxLength)
        where T : class
    {
        if (field.Element.ValueKind != JsonValueKind.Array)
        {
            field.Problem("must be an array, was " + JsonField.Describe(field.Element));
            return null;
        }

        var length = field.Element.GetArrayLength();
        if (length > maxLength)
        {
            field.Problem($"must have at most {maxLength.ToString(CultureInfo.InvariantCulture)} items, had {length.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        var items = new List<(T, JsonField)>(length);
        var complete = true;
        var index = 0;
        foreach (var element in field.Element.EnumerateArray())
        {
            if (field.Session.IsFull)
            {
                return new ReadItems<T>(items, false);
            }

            var at = new JsonField(element, field.Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", field.Session);
            if (item(at) is { } value)
            {
                items.Add((value, at));
            }
            else
            {
                complete = false;
            }

            index++;
        }

        return new ReadItems<T>(items, complete);
    }

    /// <summary>This value as a text: a string that is not empty or only white space.</summary>
    public static string? AsText(this JsonField field, int maxLength = MaxTextLength)
    {
        if (field.AsString(maxLength) is not { } text)
        {
            return null;
        }

        if (text.Trim().Length == 0)
        {
            field.Problem("must not be empty or only white space");
            return null;
        }

        return text;
    }

    /// <summary>
    /// Builds a value with the library's constructor or factory; an argument it refuses becomes a problem
    /// at the property <paramref name="where"/> maps the argument's name to (relative to this value), or at
    /// this value when the argument is not listed.
    /// </summary>
    public static T? Construct<T>(this JsonField field, Func<T> build, params (string Parameter, string Property)[] where)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            var path = field.Path;
            foreach (var (parameter, property) in where)
            {
                if (string.Equals(parameter, e.ParamName, StringComparison.Ordinal))
                {
                    path = field.Path + "." + property;
                    break;
                }
            }

            field.Session.Add(path, JsonField.Reason(e));
            return null;
        }
    }

    /// <summary>A child of this value, for problems found after it was read (the path of an array item's property).</summary>
    public static JsonField Child(this JsonField field, string property) =>
        new(default, JsonPath.Property(field.Path, property), field.Session);
}

/// <summary>The items of an array that could be read, each with where it is, and whether every item could be.</summary>
internal sealed record ReadItems<T>(IReadOnlyList<(T Item, JsonField Field)> Items, bool Complete);
