using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Money as <c>{"amount": 1500.00, "currency": "EUR"}</c>.</summary>
internal static class MoneyJson
{
    public static void Write(Utf8JsonWriter writer, Money money)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", money.Amount);
        writer.WriteString("currency", money.Currency);
        writer.WriteEndObject();
    }

    public static Money? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var amount = o.Decimal("amount");
        var currency = o.String("currency", 200);
        o.End();
        return amount is { } a && currency is not null ? field.Construct(() => new Money(a, currency)) : null;
    }
}
