using System;
using System.Globalization;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Reads that plans, commands and events share: dates a due date may be, and the library's own
/// constructors called so that a refused argument is reported at the property it came from.
/// </summary>
internal static class PropertyReads
{
    /// <summary>The first and last year of a date the library dates work on (the end of its working day must still be a date).</summary>
    private const int FirstYear = 1;
    private const int LastYear = 9998;

    /// <summary>A required date of years 1 to 9998, as every due date of the library.</summary>
    public static LocalDate? DueDate(this ObjectReader o, string name) => o.Required(name) is { } field ? DueDate(field) : null;

    /// <summary>An optional date of years 1 to 9998.</summary>
    public static LocalDate? OptionalDueDate(this ObjectReader o, string name) => o.Optional(name) is { } field ? DueDate(field) : null;

    /// <summary>A date of years 1 to 9998.</summary>
    public static LocalDate? DueDate(JsonField field)
    {
        if (field.AsPattern(NodaTime.Text.LocalDatePattern.Iso, NodaTimeForms.Date) is not { } date)
        {
            return null;
        }

        if (date.Year is < FirstYear or > LastYear)
        {
            field.Problem($"must be in years {FirstYear} to {LastYear.ToString(CultureInfo.InvariantCulture)}, was {NodaTimeForms.Format(date)}");
            return null;
        }

        return date;
    }

    /// <summary>
    /// Calls the library's constructor or factory; an argument it refuses becomes a problem at the
    /// property named like the refused parameter when the object has one (the JSON names are the
    /// parameters' names), else at the object itself.
    /// </summary>
    public static T? Construct<T>(this ObjectReader o, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            var path = e.ParamName is { } name && o.Has(name) ? JsonPath.Property(o.Field.Path, name) : o.Field.Path;
            o.Field.Session.Add(path, JsonField.Reason(e));
            return null;
        }
    }
}
