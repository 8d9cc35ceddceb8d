using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands of the work's course, from proposal to completion.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands of the work's course.</summary>
    private static TypeTable<EngagementCommand>.Case[] StageCases => new[]
    {
        Case<Propose>(
            Propose.Name,
            (w, c) =>
            {
                w.WritePropertyName("agreement");
                AgreementJson.Write(w, c.Agreement);
            },
            (o, at) => o.Object("agreement", AgreementJson.Read) is { } agreement && at is { } a ? new Propose(agreement, a) : null),
        Case<Sign>(Sign.Name, None, (_, at) => at is { } a ? new Sign(a) : null),
        Case<Schedule>(
            Schedule.Name,
            (w, c) => w.Date("start", c.Start),
            (o, at) => o.Date("start") is { } start && at is { } a ? o.Construct(() => new Schedule(start, a)) : null),
        Case<StartStage>(
            StartStage.Name,
            (w, c) => w.WriteString("stage", c.Stage.Value),
            (o, at) => Stage(o) is { } stage && at is { } a ? new StartStage(stage, a) : null),
        Case<SubmitWork>(
            SubmitWork.Name,
            (w, c) =>
            {
                w.WriteString("stage", c.Stage.Value);
                w.WriteString("summary", c.Summary);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var summary = o.String("summary");
                return stage is not null && summary is not null && at is { } a ? o.Construct(() => new SubmitWork(stage, summary, a)) : null;
            }),
        Case<HandOff>(
            HandOff.Name,
            (w, c) =>
            {
                w.WriteString("stage", c.Stage.Value);
                w.OptionalString("expectation", c.Expectation);
                if (c.DueBy is { } due)
                {
                    w.Date("dueBy", due);
                }
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var expectation = o.OptionalString("expectation");
                var dueBy = o.OptionalDueDate("dueBy");
                return stage is not null && Given(o, "expectation", expectation is not null) && Given(o, "dueBy", dueBy.HasValue) && at is { } a
                    ? o.Construct(() => new HandOff(stage, a, expectation, dueBy))
                    : null;
            }),
        Case<AcceptStage>(
            AcceptStage.Name,
            (w, c) => w.WriteString("stage", c.Stage.Value),
            (o, at) => Stage(o) is { } stage && at is { } a ? new AcceptStage(stage, a) : null),
        Case<RecordDeemedAcceptance>(
            RecordDeemedAcceptance.Name,
            (w, c) => w.WriteString("stage", c.Stage.Value),
            (o, at) => Stage(o) is { } stage && at is { } a ? new RecordDeemedAcceptance(stage, a) : null),
        Case<RequestRevision>(
            RequestRevision.Name,
            (w, c) =>
            {
                w.WriteString("stage", c.Stage.Value);
                w.WriteString("reason", c.Reason);
            },
            (o, at) =>
            {
                var stage = Stage(o);
                var reason = o.String("reason");
                return stage is not null && reason is not null && at is { } a ? o.Construct(() => new RequestRevision(stage, reason, a)) : null;
            }),
        Case<LogEffort>(
            LogEffort.Name,
            (w, c) => EffortEntryJson.Write(w, c.Entry),
            (o, at) => EffortEntryJson.Read(o, at, (entry, a) => new LogEffort(entry, a))),
        Case<Complete>(Complete.Name, None, (_, at) => at is { } a ? new Complete(a) : null),
    };
}
