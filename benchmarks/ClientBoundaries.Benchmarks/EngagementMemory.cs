using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// What an engagement costs in memory: the bytes still reachable after replaying many streams,
/// per engagement. Run with <c>-- --memory</c>; it is a measurement, not a BenchmarkDotNet benchmark.
/// </summary>
public static class EngagementMemory
{
    private const int Engagements = 200;

    /// <summary>Prints the retained bytes per engagement: the state alone, and the agreement with its calendars.</summary>
    public static void Print()
    {
        // Every engagement gets its own agreement (and calendars), as when each is loaded from storage.
        var agreements = new List<Agreement>(Engagements);
        var streams = new List<IReadOnlyList<EngagementEvent>>(Engagements);
        for (var i = 0; i < Engagements; i++)
        {
            var agreement = EngagementFixture.NewAgreement();
            agreements.Add(agreement);
            streams.Add(EngagementFixture.Build(agreement, out _));
        }

        var before = Retained();
        var states = new EngagementState[Engagements];
        for (var i = 0; i < Engagements; i++)
        {
            states[i] = EngagementDecider.Replay(streams[i]);
        }

        var withStates = Retained();
        streams.Clear();
        var withoutStreams = Retained();
        GC.KeepAlive(states);
        GC.KeepAlive(agreements);

        agreements.Clear();
        var baseline = Retained();
        var agreementsOnly = new List<Agreement>(Engagements);
        for (var i = 0; i < Engagements; i++)
        {
            var agreement = EngagementFixture.NewAgreement();
            agreement.Client.Calendar.AddBusinessDays(new NodaTime.LocalDate(2026, 6, 1), 60);
            agreementsOnly.Add(agreement);
        }

        var withAgreements = Retained();
        GC.KeepAlive(agreementsOnly);

        Console.WriteLine($"Engagement state after a {EngagementFixture.StreamLength}-event stream, beyond its agreement: {(withStates - before) / Engagements:N0} bytes");
        Console.WriteLine($"Its event stream ({EngagementFixture.StreamLength} events), if kept in memory: {(withStates - withoutStreams) / Engagements:N0} bytes");
        Console.WriteLine($"An agreement with its two calendars (holiday tables built): {(withAgreements - baseline) / Engagements:N0} bytes");
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
