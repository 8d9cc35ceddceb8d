using ClientBoundaries.Engagements;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events that interrupt the work: a pause and its end, force majeure, termination.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events that interrupt the work.</summary>
    private static TypeTable<EngagementEvent>.Case[] InterruptionCases => new[]
    {
        Case<Paused>(
            Paused.Name,
            (w, e) =>
            {
                w.WriteString("causedBy", e.CausedBy.Name);
                w.WriteString("reason", e.Reason);
            },
            (o, at) =>
            {
                var causedBy = Names.PartyRoles.Read(o, "causedBy");
                var reason = o.String("reason");
                return causedBy is not null && reason is not null && at is { } a ? new Paused(causedBy, reason, a) : null;
            }),
        Case<Resumed>(Resumed.Name, None, (_, at) => at is { } a ? new Resumed(a) : null),
        Case<Terminated>(
            Terminated.Name,
            (w, e) =>
            {
                w.WriteString("by", e.By.Name);
                w.WriteString("reason", e.Reason);
            },
            (o, at) =>
            {
                var by = Names.PartyRoles.Read(o, "by");
                var reason = o.String("reason");
                return by is not null && reason is not null && at is { } a ? new Terminated(by, reason, a) : null;
            }),
        Case<ForceMajeureRecorded>(
            ForceMajeureRecorded.Name,
            (w, e) => ForceMajeurePeriodJson.Write(w, e.Period),
            (o, at) => ForceMajeurePeriodJson.Read(o, at, (period, a) => new ForceMajeureRecorded(period, a))),
    };
}
