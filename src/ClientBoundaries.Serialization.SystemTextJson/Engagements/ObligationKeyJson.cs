using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// What a party owes, as <c>{"kind": "Stage", "stage": "design"}</c>, <c>{"kind": "MilestonePayment", "stage": "design"}</c>,
/// <c>{"kind": "Deposit"}</c>, <c>{"kind": "FinalPayment"}</c>, <c>{"kind": "Reply", "message": "msg-1"}</c> or
/// <c>{"kind": "Acceptance", "stage": "design"}</c>:
/// a stage for the kinds about one, a message for a reply, nothing else.
/// </summary>
internal static class ObligationKeyJson
{
    public static void Write(Utf8JsonWriter writer, ObligationKey obligation)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", obligation.Kind.Name);
        if (obligation.Stage is { } stage)
        {
            writer.WriteString("stage", stage.Value);
        }

        if (obligation.Message is { } message)
        {
            writer.WriteString("message", message.Value);
        }

        writer.WriteEndObject();
    }

    public static ObligationKey? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = Names.ObligationKinds.Read(o, "kind");
        var stage = KeyJson.ReadOptional(o, "stage", v => new StageKey(v));
        var message = KeyJson.ReadOptional(o, "message", v => new MessageId(v));
        o.End();
        if (kind is null || (o.Has("stage") && stage is null) || (o.Has("message") && message is null))
        {
            return null;
        }

        var aboutStage = kind == ObligationKind.Stage || kind == ObligationKind.MilestonePayment || kind == ObligationKind.Acceptance;
        var fits = Expect(o, "stage", stage is not null, aboutStage, kind) & Expect(o, "message", message is not null, kind == ObligationKind.Reply, kind);
        if (!fits)
        {
            return null;
        }

        return kind == ObligationKind.Stage ? ObligationKey.ForStage(stage!)
            : kind == ObligationKind.MilestonePayment ? ObligationKey.MilestonePayment(stage!)
            : kind == ObligationKind.Reply ? ObligationKey.Reply(message!)
            : kind == ObligationKind.Acceptance ? ObligationKey.Acceptance(stage!)
            : kind == ObligationKind.Deposit ? ObligationKey.Deposit
            : ObligationKey.FinalPayment;
    }

    private static bool Expect(ObjectReader o, string name, bool given, bool expected, ObligationKind kind)
    {
        if (given == expected)
        {
            return true;
        }

        o.Field.Session.Add(JsonPath.Property(o.Field.Path, name), expected ? $"is required for a {kind.Name} obligation" : $"must not be given for a {kind.Name} obligation");
        return false;
    }
}
