using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A payment amount or a charge, which share one shape: a fixed sum <c>{"fixedAmount": {"amount": 1500, "currency": "EUR"}}</c>
/// or a percentage <c>{"percent": 30}</c>, exactly one of the two.
/// </summary>
internal static class PaymentAmountJson
{
    public static void Write(Utf8JsonWriter writer, Charge charge) => Write(writer, charge.FixedAmount, charge.Percent);

    public static Charge? Read(JsonField field) =>
        Read(field, money => Charge.FixedPayment(money), percent => Charge.PercentOfTotal(percent));

    public static Charge? ReadCharge(JsonField field) =>
        Read(field, money => Charge.Fixed(money), percent => Charge.PercentOf(percent));

    private static void Write(Utf8JsonWriter writer, Money? fixedAmount, decimal? percent)
    {
        writer.WriteStartObject();
        if (fixedAmount is not null)
        {
            writer.Money("fixedAmount", fixedAmount);
        }
        else
        {
            writer.WriteNumber("percent", percent!.Value);
        }

        writer.WriteEndObject();
    }

    private static T? Read<T>(JsonField field, System.Func<Money, T> fixedAmount, System.Func<decimal, T> percent)
        where T : class
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var moneyField = o.Optional("fixedAmount");
        var percentField = o.Optional("percent");
        o.End();
        if (moneyField is not null && percentField is not null)
        {
            field.Problem("must have either fixedAmount or percent, not both");
            return null;
        }

        if (moneyField is { } m)
        {
            return MoneyJson.Read(m) is { } money ? m.Construct(() => fixedAmount(money)) : null;
        }

        if (percentField is { } p)
        {
            return p.AsDecimal() is { } value ? p.Construct(() => percent(value)) : null;
        }

        field.Problem("must have fixedAmount (an amount of money) or percent (a number more than 0, at most 100)");
        return null;
    }
}
