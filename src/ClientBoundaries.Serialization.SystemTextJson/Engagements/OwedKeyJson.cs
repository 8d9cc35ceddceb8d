using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An entry of the ledger of what is owed, as <c>{"kind": "MilestonePayment", "obligation": {"kind": "MilestonePayment", "stage": "design"}}</c>,
/// <c>{"kind": "Overpayment", "obligation": {"kind": "Deposit"}}</c>, <c>{"kind": "ChangeOrder", "changeOrder": "booking"}</c> or
/// <c>{"kind": "RestartFee", "obligation": {"kind": "Stage", "stage": "content"}, "round": 0, "rule": {...}}</c>: the obligation
/// for every kind but a change order, the round and the rule for a fee or credit, the change order's id for a change order.
/// </summary>
internal static class OwedKeyJson
{
    public static void Write(Utf8JsonWriter writer, OwedKey key)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", key.Kind.Name);
        if (key.Obligation is { } obligation)
        {
            writer.WritePropertyName("obligation");
            ObligationKeyJson.Write(writer, obligation);
        }

        if (key.Kind.IsConsequence)
        {
            writer.WriteNumber("round", key.Round);
            writer.WritePropertyName("rule");
            ConsequenceRuleJson.Write(writer, key.Rule!);
        }

        if (key.ChangeOrder is { } changeOrder)
        {
            writer.WriteString("changeOrder", changeOrder.Value);
        }

        writer.WriteEndObject();
    }

    public static OwedKey? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = Names.OwedKinds.Read(o, "kind");
        var obligation = o.OptionalObject("obligation", ObligationKeyJson.Read, out var obligationFailed);
        var round = o.OptionalInt32("round", 0);
        var rule = o.OptionalObject("rule", ConsequenceRuleJson.Read, out var ruleFailed);
        var changeOrder = KeyJson.ReadOptional(o, "changeOrder", v => new ChangeRequestId(v));
        o.End();
        if (kind is null || obligationFailed || ruleFailed || (o.Has("round") && round is null) || (o.Has("changeOrder") && changeOrder is null))
        {
            return null;
        }

        var isChangeOrder = kind == OwedKind.ChangeOrder;
        var fits = Expect(o, "obligation", obligation is not null, !isChangeOrder, kind)
            & Expect(o, "round", round is not null, kind.IsConsequence, kind)
            & Expect(o, "rule", rule is not null, kind.IsConsequence, kind)
            & Expect(o, "changeOrder", changeOrder is not null, isChangeOrder, kind);
        if (!fits)
        {
            return null;
        }

        var key = o.Construct(() =>
            isChangeOrder ? OwedKey.ForChangeOrder(changeOrder!)
            : kind.IsConsequence ? OwedKey.Consequence(obligation!, round!.Value, rule!)
            : kind == OwedKind.Overpayment ? OwedKey.Overpayment(obligation!)
            : OwedKey.Payment(obligation!));
        if (key is not null && key.Kind != kind)
        {
            field.Problem($"is a {key.Kind.Name} entry by its {(kind.IsConsequence ? "rule" : "obligation")}, not a {kind.Name}");
            return null;
        }

        return key;
    }

    private static bool Expect(ObjectReader o, string name, bool given, bool expected, OwedKind kind)
    {
        if (given == expected)
        {
            return true;
        }

        o.Field.Session.Add(JsonPath.Property(o.Field.Path, name), expected ? $"is required for an entry of kind {kind.Name}" : $"must not be given for an entry of kind {kind.Name}");
        return false;
    }
}
