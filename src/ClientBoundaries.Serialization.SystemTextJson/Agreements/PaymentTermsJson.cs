using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Payment terms: <c>{"total": {...}, "deposit": {"percent": 30}, "depositDueDays": 7, "milestones":
/// [{"stage": "design", "amount": {"percent": 40}, "dueDays": 14}], "finalPaymentDueDays": 14}</c>.
/// Left out: no milestones, the deposit due in 7 days, a milestone in 14, the final payment in 30.
/// </summary>
internal static class PaymentTermsJson
{
    /// <summary>More milestones than an agreement has stages; a guard against hostile input.</summary>
    private const int MaxMilestones = 1_000;

    public static void Write(Utf8JsonWriter writer, PaymentTerms terms)
    {
        writer.WriteStartObject();
        writer.Money("total", terms.Total);
        writer.WritePropertyName("deposit");
        ChargeJson.Write(writer, terms.Deposit);
        writer.WriteNumber("depositDueDays", terms.DepositDueDays);
        writer.WriteStartArray("milestones");
        foreach (var milestone in terms.Milestones)
        {
            writer.WriteStartObject();
            writer.WriteString("stage", milestone.Stage.Value);
            writer.WritePropertyName("amount");
            ChargeJson.Write(writer, milestone.Amount);
            writer.WriteNumber("dueDays", milestone.DueDays);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("finalPaymentDueDays", terms.FinalPaymentDueDays);
        writer.WriteEndObject();
    }

    public static PaymentTerms? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var total = o.Object("total", MoneyJson.Read);
        var deposit = o.Object("deposit", ChargeJson.ReadPayment);
        var depositDueDays = o.Int32Or("depositDueDays", 7, 0, PaymentTerms.MaxPaymentDueDays);
        var milestones = o.OptionalArray("milestones", ReadMilestone, MaxMilestones);
        var finalDueDays = o.Int32Or("finalPaymentDueDays", 30, 0, PaymentTerms.MaxPaymentDueDays);
        o.End();
        return total is not null && deposit is not null && depositDueDays is { } depositDays && milestones is not null && finalDueDays is { } finalDays
            ? field.Construct(
                () => new PaymentTerms(total, deposit, milestones, finalDays, depositDays),
                ("total", "total"),
                ("deposit", "deposit"),
                ("milestones", "milestones"))
            : null;
    }

    private static MilestonePayment? ReadMilestone(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var stage = KeyJson.Read(o, "stage", v => new StageKey(v));
        var amount = o.Object("amount", ChargeJson.ReadPayment);
        var dueDays = o.Int32Or("dueDays", 14, 0, PaymentTerms.MaxPaymentDueDays);
        o.End();
        return stage is not null && amount is not null && dueDays is { } days
            ? field.Construct(() => new MilestonePayment(stage, amount, days))
            : null;
    }
}
