using System;
using System.Linq;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Days of the week by their English name (<c>Monday</c>), and as working-week property names (<c>monday</c>).</summary>
internal static class Weekdays
{
    /// <summary>Monday to Sunday, in ISO order.</summary>
    public static readonly IsoDayOfWeek[] All =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    private static readonly string[] Names = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly string[] Properties = Names.Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>The day's name as a value: <c>Monday</c>.</summary>
    public static string NameOf(IsoDayOfWeek day) => Names[(int)day - 1];

    /// <summary>The day as a property of a working week: <c>monday</c>.</summary>
    public static string PropertyOf(IsoDayOfWeek day) => Properties[(int)day - 1];

    /// <summary>A day named by its English name, exactly (<c>Monday</c>).</summary>
    public static IsoDayOfWeek? Read(JsonField field)
    {
        if (field.AsString(100) is not { } name)
        {
            return null;
        }

        var index = Array.IndexOf(Names, name);
        if (index < 0)
        {
            field.Problem($"must be one of {string.Join(", ", Names)}, was {JsonField.Quote(name)}");
            return null;
        }

        return All[index];
    }
}
