using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A charge, as a deposit, a milestone payment, a fee or a credit: a fixed amount
/// <c>{"fixedAmount": {"amount": 1500, "currency": "EUR"}}</c> or a percentage <c>{"percent": 30}</c>,
/// exactly one of the two. Read as a payment or as a fee or credit, each refused by its own rules.
/// </summary>
internal static class ChargeJson
{
    public static void Write(Utf8JsonWriter writer, Charge charge)
    {
        writer.WriteStartObject();
        if (charge.FixedAmount is { } fixedAmount)
        {
            writer.Money("fixedAmount", fixedAmount);
        }
        else
        {
            writer.WriteNumber("percent", charge.Percent!.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A deposit or milestone payment: a fixed sum (zero or more) or a percentage of the total.</summary>
    public static Charge? ReadPayment(JsonField field) =>
        Read(field, money => Charge.FixedPayment(money), percent => Charge.PercentOfTotal(percent));

    /// <summary>A fee or credit: a fixed amount (more than zero) or a percentage of its basis.</summary>
    public static Charge? ReadFeeOrCredit(JsonField field) =>
        Read(field, money => Charge.Fixed(money), percent => Charge.PercentOf(percent));

    private static Charge? Read(JsonField field, System.Func<Money, Charge> fixedAmount, System.Func<decimal, Charge> percent)
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
