using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A party's consequence policy: <c>{"stages": ladder, "stageOverrides": [{"stage": "design", "ladder": ladder}],
/// "payments": ladder, "replies": ladder, "caps": {...}, "dueSoonBusinessDays": 2}</c>. Only <c>stages</c> is
/// required; the others default to no ladder, no caps and 2 days.
/// </summary>
internal static class ConsequencePolicyJson
{
    /// <summary>More overrides than an agreement has stages; a guard against hostile input.</summary>
    private const int MaxOverrides = 1_000;

    public static void Write(Utf8JsonWriter writer, ConsequencePolicy policy)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("stages");
        ConsequenceLadderJson.Write(writer, policy.Stages);
        writer.WriteStartArray("stageOverrides");
        foreach (var entry in policy.StageOverrides)
        {
            writer.WriteStartObject();
            writer.WriteString("stage", entry.Key.Value);
            writer.WritePropertyName("ladder");
            ConsequenceLadderJson.Write(writer, entry.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("payments");
        ConsequenceLadderJson.Write(writer, policy.Payments);
        writer.WritePropertyName("replies");
        ConsequenceLadderJson.Write(writer, policy.Replies);
        writer.WritePropertyName("caps");
        ConsequenceCapsJson.Write(writer, policy.Caps);
        writer.WriteNumber("dueSoonBusinessDays", policy.DueSoonBusinessDays);
        writer.WriteEndObject();
    }

    public static ConsequencePolicy? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var stages = o.Object("stages", ConsequenceLadderJson.Read);
        var overridesField = o.Optional("stageOverrides");
        var overrides = overridesField is { } f ? f.AsArray(ReadOverride, MaxOverrides) : System.Array.Empty<Override>();
        var paymentsField = o.Optional("payments");
        var payments = paymentsField is { } p ? ConsequenceLadderJson.Read(p) : ConsequenceLadder.None;
        var repliesField = o.Optional("replies");
        var replies = repliesField is { } r ? ConsequenceLadderJson.Read(r) : ConsequenceLadder.None;
        var caps = o.Or("caps", ConsequenceCapsJson.Read, ConsequenceCaps.None);
        var dueSoon = o.Int32Or("dueSoonBusinessDays", 2, 0, ConsequencePolicy.MaxDueSoonBusinessDays);
        o.End();
        if (stages is null || overrides is null || payments is null || replies is null || caps is null || dueSoon is not { } days)
        {
            return null;
        }

        var policy = field.Construct(() => new ConsequencePolicy(stages, payments, caps, days), ("stages", "stages"), ("payments", "payments"));
        if (policy is not null && repliesField is { } repliesAt)
        {
            policy = repliesAt.Construct(() => policy.WithReplyLadder(replies));
        }

        for (var i = 0; i < overrides.Count && policy is not null; i++)
        {
            var entry = overrides[i];
            for (var j = 0; j < i; j++)
            {
                if (overrides[j].Stage == entry.Stage)
                {
                    entry.StageField.Problem($"has a ladder already (stageOverrides[{j.ToString(CultureInfo.InvariantCulture)}]); a stage may have one override");
                    return null;
                }
            }

            var current = policy;
            policy = entry.LadderField.Construct(() => current.WithStageLadder(entry.Stage, entry.Ladder));
        }

        return policy;
    }

    private static Override? ReadOverride(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var stageField = o.Required("stage");
        var stage = stageField is { } sf ? KeyJson.Read(sf, v => new StageKey(v)) : null;
        var ladderField = o.Required("ladder");
        var ladder = ladderField is { } l ? ConsequenceLadderJson.Read(l) : null;
        o.End();
        return stage is not null && ladder is not null ? new Override(stage, ladder, stageField!.Value, ladderField!.Value) : null;
    }

    private sealed record Override(StageKey Stage, ConsequenceLadder Ladder, JsonField StageField, JsonField LadderField);
}
