using BenchmarkDotNet.Attributes;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// The decider's cost: replaying a 1,000-event stream (reported per event), and one command
/// decided and applied, for the cheapest common command (logging effort) and the dearest (a
/// handoff, which re-plans every later stage).
/// </summary>
[MemoryDiagnoser]
public class EngagementBenchmarks
{
    private static readonly EngagementState Design = EngagementFixture.DesignUnderWay;
    private static readonly EngagementCommand Effort = new LogEffort(new StageKey("design"), PartyRole.Provider, 1.5m, Design.LastEventAt!.Value + Duration.FromHours(1));
    private static readonly EngagementCommand HandOffDesign = new HandOff(new StageKey("design"), Design.LastEventAt!.Value + Duration.FromHours(1));

    /// <summary>Replays the whole stream; the figures are per event (1,000 operations per call).</summary>
    /// <returns>The final state.</returns>
    [Benchmark(OperationsPerInvoke = EngagementFixture.StreamLength)]
    public EngagementState ReplayPerEvent() => EngagementDecider.Replay(EngagementFixture.Stream);

    /// <summary>Decides a <c>LogEffort</c> command and applies its event.</summary>
    /// <returns>The next state.</returns>
    [Benchmark]
    public EngagementState DecideAndEvolveLogEffort() => EngagementDecider.Evolve(Design, EngagementDecider.Decide(Design, Effort).Events[0]);

    /// <summary>Decides a <c>HandOff</c> command (which re-plans the later stages to find the due date) and applies its event.</summary>
    /// <returns>The next state.</returns>
    [Benchmark]
    public EngagementState DecideAndEvolveHandOff() => EngagementDecider.Evolve(Design, EngagementDecider.Decide(Design, HandOffDesign).Events[0]);

    /// <summary>Decides the same <c>HandOff</c> and applies the decision to the state it was made on (<see cref="EngagementDecider.Evolve(EngagementState, Decision)"/>), as a host that appends and moves on does: the re-plan is not done twice.</summary>
    /// <returns>The next state.</returns>
    [Benchmark]
    public EngagementState DecideAndApplyHandOff() => EngagementDecider.Evolve(Design, EngagementDecider.Decide(Design, HandOffDesign));
}
