using ClientBoundaries.Engagements;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands that interrupt the work: a pause and its end, force majeure, termination.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands that interrupt the work.</summary>
    private static TypeTable<EngagementCommand>.Case[] InterruptionCases => new[]
    {
        Case<PauseWork>(
            PauseWork.Name,
            (w, c) =>
            {
                w.WriteString("causedBy", c.CausedBy.Name);
                w.WriteString("reason", c.Reason);
            },
            (o, at) =>
            {
                var causedBy = Names.PartyRoles.Read(o, "causedBy");
                var reason = o.String("reason");
                return causedBy is not null && reason is not null && at is { } a ? o.Construct(() => new PauseWork(causedBy, reason, a)) : null;
            }),
        Case<ResumeWork>(ResumeWork.Name, None, (_, at) => at is { } a ? new ResumeWork(a) : null),
        Case<Terminate>(
            Terminate.Name,
            (w, c) =>
            {
                w.WriteString("by", c.By.Name);
                w.WriteString("reason", c.Reason);
            },
            (o, at) =>
            {
                var by = Names.PartyRoles.Read(o, "by");
                var reason = o.String("reason");
                return by is not null && reason is not null && at is { } a ? o.Construct(() => new Terminate(by, reason, a)) : null;
            }),
        Case<RecordForceMajeure>(
            RecordForceMajeure.Name,
            (w, c) => ForceMajeurePeriodJson.Write(w, c.Period),
            (o, at) => ForceMajeurePeriodJson.Read(o, at, (period, a) => new RecordForceMajeure(period, a))),
    };
}
