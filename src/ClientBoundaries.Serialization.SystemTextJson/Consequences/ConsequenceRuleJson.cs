using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One rung of a ladder: <c>{"kind": "Escalation", "businessDaysOverdue": 5, "contactRole": "owner"}</c>.
/// A <c>RestartFee</c>, <c>LateFee</c> or <c>Credit</c> has a <c>charge</c> (a restart fee a fixed amount);
/// an <c>Escalation</c> may name a <c>contactRole</c> (without one it goes to the party's escalation contact).
/// </summary>
internal static class ConsequenceRuleJson
{
    public static void Write(Utf8JsonWriter writer, ConsequenceRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", rule.Kind.Name);
        writer.WriteNumber("businessDaysOverdue", rule.BusinessDaysOverdue);
        if (rule.ContactRole is { } role)
        {
            writer.WriteString("contactRole", role);
        }

        if (rule.Charge is { } charge)
        {
            writer.WritePropertyName("charge");
            ChargeJson.Write(writer, charge);
        }

        writer.WriteEndObject();
    }

    public static ConsequenceRule? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = Names.ConsequenceKinds.Read(o, "kind");
        var thresholdField = o.Required("businessDaysOverdue");
        var threshold = thresholdField?.AsInt32(-ConsequenceRule.MaxBusinessDaysBeforeDue, ConsequenceRule.MaxBusinessDaysOverdue);
        var contactRoleField = o.Optional("contactRole");
        var contactRole = contactRoleField?.AsText();
        var chargeField = o.Optional("charge");
        var charge = chargeField is { } c ? ChargeJson.ReadFeeOrCredit(c) : null;
        o.End();
        if (kind is null || threshold is not { } days || (contactRoleField is not null && contactRole is null) || (chargeField is not null && charge is null))
        {
            return null;
        }

        if (contactRoleField is { } roleField && kind != ConsequenceKind.Escalation)
        {
            roleField.Problem($"is only for an Escalation, not a {kind.Name}");
            return null;
        }

        if (!kind.CarriesAmount && chargeField is { } extra)
        {
            extra.Problem($"is only for a RestartFee, a LateFee or a Credit, not a {kind.Name}");
            return null;
        }

        if (kind.CarriesAmount && charge is null)
        {
            field.Child("charge").Problem($"is required for a {kind.Name}");
            return null;
        }

        if (kind == ConsequenceKind.RestartFee && charge!.FixedAmount is null)
        {
            chargeField!.Value.Problem("must be a fixed amount for a RestartFee ({\"fixedAmount\": {\"amount\": 250, \"currency\": \"EUR\"}}), was a percentage");
            return null;
        }

        return thresholdField!.Value.Construct(() => Make(kind, days, contactRole, charge));
    }

    private static ConsequenceRule Make(ConsequenceKind kind, int days, string? contactRole, Charge? charge)
    {
        if (kind == ConsequenceKind.Reminder)
        {
            return ConsequenceRule.Reminder(days);
        }

        if (kind == ConsequenceKind.FirmReminder)
        {
            return ConsequenceRule.FirmReminder(days);
        }

        if (kind == ConsequenceKind.Escalation)
        {
            return contactRole is null ? ConsequenceRule.Escalation(days) : ConsequenceRule.Escalation(days, contactRole);
        }

        if (kind == ConsequenceKind.ScheduleShift)
        {
            return ConsequenceRule.ScheduleShift(days);
        }

        if (kind == ConsequenceKind.Pause)
        {
            return ConsequenceRule.Pause(days);
        }

        if (kind == ConsequenceKind.RestartLeadTime)
        {
            return ConsequenceRule.RestartLeadTime(days);
        }

        if (kind == ConsequenceKind.RestartFee)
        {
            return ConsequenceRule.RestartFee(days, charge!.FixedAmount!);
        }

        if (kind == ConsequenceKind.LateFee)
        {
            return ConsequenceRule.LateFee(days, charge!);
        }

        return kind == ConsequenceKind.Credit ? ConsequenceRule.Credit(days, charge!) : ConsequenceRule.TerminationNotice(days);
    }
}
