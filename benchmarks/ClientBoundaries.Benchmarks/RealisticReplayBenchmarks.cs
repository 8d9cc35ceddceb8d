using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Issue 21's replay target: realistic streams of 40, 400 and 4,000 events (<see cref="RealisticReplayFixture"/>),
/// replayed at most 150 ns per event and flat in the stream's length. Every invocation replays 4,000 events (the
/// 40-event stream 100 times, the 400-event one 10 times), so the figures are per event at every size. Also what one
/// assessment of the replayed state costs (per call), as the history it reads grows.
/// </summary>
[MemoryDiagnoser]
public class RealisticReplayBenchmarks
{
    private const int EventsPerInvoke = 4000;

    private IReadOnlyList<EngagementEvent> _stream = Array.Empty<EngagementEvent>();
    private IReadOnlyList<EngagementEvent> _withoutPolicies = Array.Empty<EngagementEvent>();
    private EngagementState _replayed = EngagementState.Initial;
    private int _repeats;

    /// <summary>How many events the stream holds.</summary>
    [Params(40, 400, 4000)]
    public int Events { get; set; }

    /// <summary>Picks the stream, and checks that it replays to the state the decider built it to.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _stream = RealisticReplayFixture.Stream(Events);
        _withoutPolicies = RealisticReplayFixture.WithoutPolicies(_stream);
        _repeats = EventsPerInvoke / Events;
        _replayed = EngagementDecider.Replay(_stream);
        if (_stream.Count != Events || _replayed.Version != Events)
        {
            throw new InvalidOperationException($"The {Events}-event stream does not replay to version {Events}.");
        }
    }

    /// <summary>
    /// Assesses the replayed state at its last event, per call: every message of the stream is a reply standing, every
    /// meeting, check-in and feedback point a line of the agenda, so the cost grows with the history.
    /// </summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public Assessment AssessAtLastEvent() => Assessor.Assess(_replayed, _replayed.LastEventAt!.Value);

    /// <summary>Replays the stream (4,000 events per invocation, in whole streams); per event.</summary>
    /// <returns>The last state.</returns>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public EngagementState ReplayPerEvent()
    {
        EngagementState state = EngagementState.Initial;
        for (var r = 0; r < _repeats; r++)
        {
            state = EngagementDecider.Replay(_stream);
        }

        return state;
    }

    /// <summary>The same events under an agreement without consequence policies: what the policies' next-attention work adds.</summary>
    /// <returns>The last state.</returns>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public EngagementState ReplayWithoutPoliciesPerEvent()
    {
        EngagementState state = EngagementState.Initial;
        for (var r = 0; r < _repeats; r++)
        {
            state = EngagementDecider.Replay(_withoutPolicies);
        }

        return state;
    }
}
