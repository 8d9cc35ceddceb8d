using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// The nightly sweep: <see cref="Assessor.AssessMany(IEnumerable{EngagementState}, NodaTime.Instant)"/>
/// over a million engagements held in memory, 1% of them with something due; and over those with
/// nothing due, at two counts, to show that what it allocates does not grow with the count.
/// </summary>
/// <remarks>
/// Figures are per call, for the whole array: divide by the count for the cost of one engagement.
/// Building the million states takes about a minute and a half per benchmark process.
/// </remarks>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private EngagementState[] _states = Array.Empty<EngagementState>();
    private EngagementState[] _nothingDue = Array.Empty<EngagementState>();

    /// <summary>Builds the million states and checks that the sweep finds exactly the due ones, and nothing among the rest.</summary>
    [GlobalSetup(Targets = new[] { nameof(SweepMillion), nameof(SweepMillionReadingStandings), nameof(SweepNothingDue) })]
    public void BuildMillion()
    {
        _states = SweepFixture.States;
        SweepFixture.Verify(_states);
        _nothingDue = SweepFixture.NothingDue(_states, _states.Length);
        Check(_nothingDue, SweepFixture.Engagements - SweepFixture.DueEngagements);
    }

    /// <summary>Builds the first engagements of the same fixture, enough for a thousand with nothing due.</summary>
    [GlobalSetup(Target = nameof(SweepNothingDueThousand))]
    public void BuildThousand()
    {
        var states = new EngagementState[1_100];
        for (var e = 0; e < states.Length; e++)
        {
            states[e] = SweepFixture.Engagement(e);
        }

        _nothingDue = SweepFixture.NothingDue(states, 1_000);
        Check(_nothingDue, 1_000);
    }

    /// <summary>The million engagements, 10,000 of them due.</summary>
    /// <returns>How many had something due.</returns>
    [Benchmark]
    public int SweepMillion() => Count(Assessor.AssessMany(_states, SweepFixture.Now));

    /// <summary>
    /// The million engagements, reading where every stage and payment of each due one stands (which a swept assessment
    /// works out when first read): what a host that reads them pays.
    /// </summary>
    /// <returns>How many standings the due engagements have.</returns>
    [Benchmark]
    public int SweepMillionReadingStandings()
    {
        var standings = 0;
        foreach (var assessment in Assessor.AssessMany(_states, SweepFixture.Now))
        {
            standings += assessment.Obligations.Count;
        }

        return standings;
    }

    /// <summary>The 990,000 engagements with nothing due.</summary>
    /// <returns>0.</returns>
    [Benchmark]
    public int SweepNothingDue() => Count(Assessor.AssessMany(_nothingDue, SweepFixture.Now));

    /// <summary>1,000 engagements with nothing due: allocates what the 990,000 do.</summary>
    /// <returns>0.</returns>
    [Benchmark]
    public int SweepNothingDueThousand() => Count(Assessor.AssessMany(_nothingDue, SweepFixture.Now));

    private static int Count(IEnumerable<Assessment> due)
    {
        var count = 0;
        foreach (var unused in due)
        {
            count++;
        }

        return count;
    }

    private static void Check(EngagementState[] nothingDue, int expected)
    {
        if (nothingDue.Length != expected || Count(Assessor.AssessMany(nothingDue, SweepFixture.Now)) != 0)
        {
            throw new InvalidOperationException($"Expected {expected:N0} engagements with nothing due, and none yielded; have {nothingDue.Length:N0}.");
        }
    }
}
