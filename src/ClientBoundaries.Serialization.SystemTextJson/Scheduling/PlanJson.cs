using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A plan: the agreement and version it dates, its start, every stage's dates and every handoff.
/// Lossless (the plan read back equals the one written), and a plan read is one the scheduler could
/// have made: at least one stage, each stage once, a stage's start not after its due date, and
/// handoffs between the stages of the plan, from the stage's owner to the other party.
/// </summary>
/// <remarks>
/// <code>
/// {"agreementId": "acme-website", "agreementVersion": 1, "start": "2026-03-02",
///  "stages": [{"key": "discovery", "owner": "Provider", "durationBusinessDays": 2,
///              "start": "2026-03-02", "due": "2026-03-03", "dueAt": "2026-03-03T17:00:00Z",
///              "finishedOn": "2026-03-03", "baselineStart": "2026-03-02", "baselineDue": "2026-03-03"}, ...],
///  "handoffs": [{"afterStage": "discovery", "from": "Provider", "to": "Client", "date": "2026-03-03",
///                "at": "2026-03-03T17:00:00Z", "nextStage": "content", "handover": "A written brief"}, ...]}
/// </code>
/// <c>finishedOn</c>, <c>nextStage</c> and <c>handover</c> are left out when there is none.
/// </remarks>
internal static class PlanJson
{
    /// <summary>The most stages a plan read may have: as many as the longest agreement could (one stage a business day for ten years).</summary>
    private const int MaxStages = Stage.MaxDurationBusinessDays;

    public static void Write(Utf8JsonWriter writer, Plan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("agreementId", plan.AgreementId.Value);
        writer.WriteNumber("agreementVersion", plan.AgreementVersion);
        writer.Date("start", plan.Start);
        writer.WriteStartArray("stages");
        foreach (var stage in plan.Stages)
        {
            WriteStage(writer, stage);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("handoffs");
        foreach (var handoff in plan.Handoffs)
        {
            WriteHandoff(writer, handoff);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static Plan? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var agreementId = KeyJson.Read(o, "agreementId", v => new AgreementId(v));
        var agreementVersion = o.Int32("agreementVersion", 1);
        var start = o.Date("start");
        var stagesField = o.Required("stages");
        var stages = stagesField?.AsArray(ReadStage, MaxStages);
        var handoffsField = o.Required("handoffs");
        var handoffs = handoffsField?.AsArray(ReadHandoff, MaxStages);
        o.End();
        if (agreementId is null || agreementVersion is not { } version || start is not { } startDate || stages is null || handoffs is null)
        {
            return null;
        }

        if (stages.Count == 0)
        {
            stagesField!.Value.Problem("must hold at least one stage");
            return null;
        }

        var owners = new Dictionary<StageKey, PartyRole>();
        var fits = true;
        for (var i = 0; i < stages.Count; i++)
        {
            if (owners.ContainsKey(stages[i].Key))
            {
                field.Session.Add(Item(stagesField!.Value, i, "key"), $"names stage '{stages[i].Key}' a second time; a plan dates each stage once");
                fits = false;
            }
            else
            {
                owners.Add(stages[i].Key, stages[i].Owner);
            }
        }

        for (var i = 0; i < handoffs.Count; i++)
        {
            fits &= HandoffFits(handoffs[i], owners, handoffsField!.Value, i);
        }

        return fits ? new Plan(agreementId, version, startDate, new ValueList<PlannedStage>(stages), new ValueList<PlannedHandoff>(handoffs)) : null;
    }

    private static void WriteStage(Utf8JsonWriter writer, PlannedStage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("key", stage.Key.Value);
        writer.WriteString("owner", stage.Owner.Name);
        writer.WriteNumber("durationBusinessDays", stage.DurationBusinessDays);
        writer.Date("start", stage.Start);
        writer.Date("due", stage.Due);
        writer.Instant("dueAt", stage.DueAt);
        if (stage.FinishedOn is { } finished)
        {
            writer.Date("finishedOn", finished);
        }

        writer.Date("baselineStart", stage.BaselineStart);
        writer.Date("baselineDue", stage.BaselineDue);
        writer.WriteEndObject();
    }

    private static PlannedStage? ReadStage(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var key = KeyJson.Read(o, "key", v => new StageKey(v));
        var owner = Names.PartyRoles.Read(o, "owner");
        var duration = o.Int32("durationBusinessDays", 1, Stage.MaxDurationBusinessDays);
        var start = o.DueDate("start");
        var due = o.DueDate("due");
        var dueAt = o.Instant("dueAt");
        var finishedOn = o.OptionalDueDate("finishedOn");
        var finishedFailed = o.Has("finishedOn") && finishedOn is null;
        var baselineStart = o.DueDate("baselineStart");
        var baselineDue = o.DueDate("baselineDue");
        o.End();
        if (key is null || owner is null || duration is not { } days || start is not { } s || due is not { } d || dueAt is not { } at
            || finishedFailed || baselineStart is not { } bs || baselineDue is not { } bd)
        {
            return null;
        }

        var inOrder = NotBefore(o, "due", d, "start", s) & NotBefore(o, "baselineDue", bd, "baselineStart", bs);
        return inOrder ? new PlannedStage(key, owner, days, s, d, at, finishedOn, bs, bd) : null;
    }

    private static void WriteHandoff(Utf8JsonWriter writer, PlannedHandoff handoff)
    {
        writer.WriteStartObject();
        writer.WriteString("afterStage", handoff.AfterStage.Value);
        writer.WriteString("from", handoff.From.Name);
        writer.WriteString("to", handoff.To.Name);
        writer.Date("date", handoff.Date);
        writer.Instant("at", handoff.At);
        writer.OptionalString("nextStage", handoff.NextStage?.Value);
        writer.OptionalString("handover", handoff.Handover);
        writer.WriteEndObject();
    }

    private static PlannedHandoff? ReadHandoff(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var afterStage = KeyJson.Read(o, "afterStage", v => new StageKey(v));
        var from = Names.PartyRoles.Read(o, "from");
        var to = Names.PartyRoles.Read(o, "to");
        var date = o.DueDate("date");
        var at = o.Instant("at");
        var nextStage = KeyJson.ReadOptional(o, "nextStage", v => new StageKey(v));
        var handover = o.OptionalString("handover");
        var failed = (o.Has("nextStage") && nextStage is null) || (o.Has("handover") && handover is null);
        o.End();
        if (afterStage is null || from is null || to is null || date is not { } d || at is not { } instant || failed)
        {
            return null;
        }

        return new PlannedHandoff(afterStage, from, to, d, instant, nextStage, handover);
    }

    private static bool HandoffFits(PlannedHandoff handoff, Dictionary<StageKey, PartyRole> owners, JsonField handoffs, int index)
    {
        var fits = true;
        if (handoff.From == handoff.To)
        {
            handoffs.Session.Add(Item(handoffs, index, "to"), $"must be the other party: the ball passes from one party to the other, was {handoff.From} to {handoff.To}");
            fits = false;
        }

        if (!owners.TryGetValue(handoff.AfterStage, out var owner))
        {
            handoffs.Session.Add(Item(handoffs, index, "afterStage"), $"must be a stage of the plan, was '{handoff.AfterStage}'");
            fits = false;
        }
        else if (owner != handoff.From)
        {
            handoffs.Session.Add(Item(handoffs, index, "from"), $"must be the owner of stage '{handoff.AfterStage}' ({owner}), who hands it over, was {handoff.From}");
            fits = false;
        }

        if (handoff.NextStage is { } next)
        {
            if (!owners.TryGetValue(next, out var nextOwner))
            {
                handoffs.Session.Add(Item(handoffs, index, "nextStage"), $"must be a stage of the plan, was '{next}'");
                fits = false;
            }
            else if (nextOwner != handoff.To)
            {
                handoffs.Session.Add(Item(handoffs, index, "to"), $"must be the owner of stage '{next}' ({nextOwner}), who receives the ball, was {handoff.To}");
                fits = false;
            }
        }

        return fits;
    }

    private static bool NotBefore(ObjectReader o, string later, NodaTime.LocalDate laterDate, string earlier, NodaTime.LocalDate earlierDate)
    {
        if (laterDate >= earlierDate)
        {
            return true;
        }

        o.Field.Session.Add(JsonPath.Property(o.Field.Path, later), $"must not be before {earlier} ({NodaTimeForms.Format(earlierDate)}), was {NodaTimeForms.Format(laterDate)}");
        return false;
    }

    private static string Item(JsonField array, int index, string property) =>
        JsonPath.Property(array.Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", property);
}
