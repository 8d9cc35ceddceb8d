using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of the work's course, from proposal to completion.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of the work's course.</summary>
    private static TypeTable<EngagementEvent>.Case[] StageCases => new[]
    {
        Case<Proposed>(
            Proposed.Name,
            (w, e) =>
            {
                w.WritePropertyName("agreement");
                AgreementJson.Write(w, e.Agreement);
            },
            (o, at) => o.Object("agreement", AgreementJson.Read) is { } agreement && at is { } a ? new Proposed(agreement, a) : null),
        Case<Signed>(Signed.Name, None, (_, at) => at is { } a ? new Signed(a) : null),
        Case<Scheduled>(
            Scheduled.Name,
            (w, e) =>
            {
                w.WritePropertyName("plan");
                PlanJson.Write(w, e.Plan);
            },
            (o, at) => o.Object("plan", PlanJson.Read) is { } plan && at is { } a ? new Scheduled(plan, a) : null),
        Case<StageStarted>(
            StageStarted.Name,
            (w, e) => w.WriteString("stage", e.Stage.Value),
            (o, at) => Stage(o) is { } stage && at is { } a ? new StageStarted(stage, a) : null),
        Case<WorkSubmitted>(
            WorkSubmitted.Name,
            (w, e) =>
            {
                w.WriteString("stage", e.Stage.Value);
                w.WriteString("summary", e.Summary);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var summary = o.String("summary");
                return stage is not null && summary is not null && at is { } a ? new WorkSubmitted(stage, summary, a) : null;
            }),
        Case<HandedOff>(
            HandedOff.Name,
            (w, e) =>
            {
                w.WriteString("stage", e.Stage.Value);
                w.WriteString("from", e.From.Name);
                w.WriteString("to", e.To.Name);
                w.WriteString("expectation", e.Expectation);
                if (e.DueBy is { } due)
                {
                    w.Date("dueBy", due);
                }
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var from = Names.PartyRoles.Read(o, "from");
                var to = Names.PartyRoles.Read(o, "to");
                var expectation = o.String("expectation");
                var dueBy = o.OptionalDueDate("dueBy");
                return stage is not null && from is not null && to is not null && expectation is not null && Given(o, "dueBy", dueBy.HasValue) && at is { } a
                    ? o.Construct(() => new HandedOff(stage, from, to, expectation, dueBy, a))
                    : null;
            }),
        Case<StageAccepted>(
            StageAccepted.Name,
            (w, e) =>
            {
                w.WriteString("stage", e.Stage.Value);
                w.WriteString("by", e.By.Name);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var by = Names.PartyRoles.Read(o, "by");
                return stage is not null && by is not null && at is { } a ? new StageAccepted(stage, by, a) : null;
            }),
        Case<StageDeemedAccepted>(
            StageDeemedAccepted.Name,
            (w, e) =>
            {
                w.WriteString("stage", e.Stage.Value);
                w.WriteString("by", e.By.Name);
                w.WriteString("reason", e.Reason.Name);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var by = Names.PartyRoles.Read(o, "by");
                var reason = Names.DeemedAcceptanceReasons.Read(o, "reason");
                return stage is not null && by is not null && reason is not null && at is { } a ? new StageDeemedAccepted(stage, by, reason, a) : null;
            }),
        Case<RevisionRequested>(
            RevisionRequested.Name,
            (w, e) =>
            {
                w.WriteString("stage", e.Stage.Value);
                w.WriteString("by", e.By.Name);
                w.WriteString("reason", e.Reason);
                w.WriteBoolean("reopened", e.Reopened);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var by = Names.PartyRoles.Read(o, "by");
                var reason = o.String("reason");
                var reopened = o.Boolean("reopened");
                return stage is not null && by is not null && reason is not null && reopened is { } r && at is { } a ? new RevisionRequested(stage, by, reason, r, a) : null;
            }),
        Case<EffortLogged>(
            EffortLogged.Name,
            (w, e) => EffortEntryJson.Write(w, e.Entry),
            (o, at) => EffortEntryJson.Read(o, at, (entry, a) => new EffortLogged(entry, a))),
        Case<Completed>(Completed.Name, None, (_, at) => at is { } a ? new Completed(a) : null),
    };
}
