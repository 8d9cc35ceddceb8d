using System;
using System.Collections.Generic;
using System.Linq;
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
        PrintRealistic();
    }

    /// <summary>The realistic streams of issue 21: what each holds, and the state replaying it keeps, beyond its agreement.</summary>
    private static void PrintRealistic()
    {
        foreach (var size in RealisticReplayFixture.Sizes)
        {
            var stream = RealisticReplayFixture.Stream(size);
            var census = RealisticReplayFixture.Census(stream);
            Console.WriteLine($"Realistic stream of {size} events: {string.Join(", ", census.Select(c => $"{c.Key} {c.Value}"))}");
            var (bytes, final) = StateBytes(stream);
            Console.WriteLine(
                $"  its state: {bytes:N0} bytes ({bytes / size:N0} per event); "
                + $"{final.Communication}; phase {final.Phase}; {final.Communication.Messages.Count(m => m.Reply is null)} message(s) unanswered, "
                + $"{final.Communication.LateRepliesBy(Primitives.PartyRole.Provider) + final.Communication.LateRepliesBy(Primitives.PartyRole.Client)} answered late");
        }
    }

    /// <summary>The bytes one state replayed from <paramref name="stream"/> keeps (the mean over many copies), and one of them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (long Bytes, EngagementState State) StateBytes(IReadOnlyList<EngagementEvent> stream)
    {
        var copies = Math.Max(10, 40000 / stream.Count);
        EngagementDecider.Replay(stream);
        var before = Retained();
        var states = new EngagementState[copies];
        for (var i = 0; i < copies; i++)
        {
            states[i] = EngagementDecider.Replay(stream);
        }

        var after = Retained();
        GC.KeepAlive(states);
        return ((after - before) / copies, states[0]);
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
