using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// One typical engagement of the sweep fixture (8 stages, four handed off, the build stage under
/// way, 40 events): its full assessment with something due and with nothing due, and what
/// replaying its stream costs now that every milestone works out the next attention instant.
/// </summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private static readonly EngagementState Due = SweepFixture.Typical(due: true);
    private static readonly EngagementState NothingDue = SweepFixture.Typical(due: false);
    private static readonly IReadOnlyList<EngagementEvent> Stream = SweepFixture.StreamList[SweepFixture.TypicalStream(due: false)];
    private static readonly IReadOnlyList<EngagementEvent> StreamWithoutPolicies = SweepFixture.WithoutPolicies(SweepFixture.TypicalStream(due: false));

    /// <summary>Checks that the due engagement has something due and the other has not, and that the policy-free replay reaches the same stage.</summary>
    [GlobalSetup]
    public void Check()
    {
        if (!Assessor.Assess(Due, SweepFixture.Now).HasAnythingDue || Assessor.Assess(NothingDue, SweepFixture.Now).HasAnythingDue)
        {
            throw new InvalidOperationException("The typical engagements are not due and not due as the fixture intends.");
        }

        var with = EngagementDecider.Replay(Stream);
        var without = EngagementDecider.Replay(StreamWithoutPolicies);
        if (with.Version != without.Version || with.CurrentStage?.Key != without.CurrentStage?.Key || without.NextAttentionAt is not null)
        {
            throw new InvalidOperationException("The stream without policies does not replay to the same point, or still has something that can fall due.");
        }
    }

    /// <summary>The full assessment of an engagement with reminders and a consequence due.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public Assessment AssessDue() => Assessor.Assess(Due, SweepFixture.Now);

    /// <summary>The full assessment of an engagement with nothing due (what the sweep skips with one comparison).</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public Assessment AssessNothingDue() => Assessor.Assess(NothingDue, SweepFixture.Now);

    /// <summary>Replays the typical stream (39 events, 17 of them milestones); the figures are per event.</summary>
    /// <returns>The state.</returns>
    [Benchmark(OperationsPerInvoke = SweepFixture.EventsPerEngagement - 1)]
    public EngagementState ReplayTypicalPerEvent() => EngagementDecider.Replay(Stream);

    /// <summary>The same events, with an agreement that has no consequence policies; per event.</summary>
    /// <returns>The state.</returns>
    [Benchmark(OperationsPerInvoke = SweepFixture.EventsPerEngagement - 1)]
    public EngagementState ReplayTypicalWithoutPoliciesPerEvent() => EngagementDecider.Replay(StreamWithoutPolicies);
}
