using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>
/// Events of every type: the whole life of the sample engagement and a terminated one (all decided by the
/// core, so they are real), plus the optional fields the decider happens to fill left empty.
/// </summary>
internal static class EventSamples
{
    private static readonly Instant At = Madrid("2026-03-03T17:00");

    public static IReadOnlyList<EngagementEvent> WholeLife { get; } = Stories.WholeLife().Events;

    public static IReadOnlyList<EngagementEvent> All { get; } = WholeLife
        .Concat(Stories.Terminated().Events.Skip(4))
        .Concat(new EngagementEvent[]
        {
            new EngagementEvent.HandedOff(Samples.Discovery, PartyRole.Provider, PartyRole.Client, "", null, At),
            new EngagementEvent.EffortLogged(new EffortEntry(Samples.Design, PartyRole.Client, 0.25m), At),
            new EngagementEvent.ChangeOrderDeclined(new ChangeOrderDecline(new ChangeRequestId("shop")), At),
            new EngagementEvent.WorkSubmitted(Samples.Design, "Ñandú «quoted» <b>&amp;</b> 🎉 \"line\nbreak\"", At),
        })
        .ToList();
}
