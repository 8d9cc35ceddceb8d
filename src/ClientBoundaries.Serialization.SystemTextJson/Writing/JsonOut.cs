using System.Text.Json;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson.Writing;

/// <summary>Writes the values every document shares, in the forms <see cref="NodaTimeForms"/> and docs/json.md describe.</summary>
internal static class JsonOut
{
    public static void Instant(this Utf8JsonWriter writer, string name, Instant value) => writer.WriteString(name, NodaTimeForms.Format(value));

    public static void Date(this Utf8JsonWriter writer, string name, LocalDate value) => writer.WriteString(name, NodaTimeForms.Format(value));

    public static void Time(this Utf8JsonWriter writer, string name, LocalTime value) => writer.WriteString(name, NodaTimeForms.Format(value));

    public static void Duration(this Utf8JsonWriter writer, string name, Duration value) => writer.WriteString(name, NodaTimeForms.Format(value));

    public static void Zone(this Utf8JsonWriter writer, string name, DateTimeZone zone) => writer.WriteString(name, zone.Id);

    /// <summary>Money as <c>{"amount": 1500.00, "currency": "EUR"}</c>: the amount as a JSON number with its exact decimal digits.</summary>
    public static void Money(this Utf8JsonWriter writer, string name, Money money)
    {
        writer.WritePropertyName(name);
        MoneyJson.Write(writer, money);
    }

    /// <summary>Writes the property only when the value is there: absent and null read the same.</summary>
    public static void OptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
