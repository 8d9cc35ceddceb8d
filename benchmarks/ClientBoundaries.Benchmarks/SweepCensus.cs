using System;
using System.Diagnostics;
using System.Linq;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// What the sweep fixture holds and costs to build: time, retained memory per engagement, how many
/// are due; Stopwatch timings of the sweep over the same states laid out in different ways (as
/// built, shuffled, copied one after another, cache-resident); and a check that recording what a
/// due engagement lists takes it out of the next sweep. Run with <c>-- --sweep-census</c>; it is a
/// check of the fixture, not a BenchmarkDotNet benchmark.
/// </summary>
public static class SweepCensus
{
    /// <summary>Builds the fixture and prints what it holds.</summary>
    public static void Print()
    {
        var before = Retained();
        var clock = Stopwatch.StartNew();
        var streams = SweepFixture.StreamList;
        Console.WriteLine($"{streams.Length:N0} streams made and placed in {clock.Elapsed.TotalSeconds:N1} s");

        clock.Restart();
        var states = SweepFixture.States;
        var built = clock.Elapsed;
        Console.WriteLine($"{states.Length:N0} engagements replayed in {built.TotalSeconds:N1} s ({built.TotalMilliseconds * 1000 / states.Length:N1} us each)");
        var after = Retained();
        Console.WriteLine($"Retained: {(after - before) / (1024.0 * 1024 * 1024):N2} GiB, {(after - before) / states.Length:N0} bytes per engagement (streams and agreements included)");
        Console.WriteLine($"Events per engagement: {states.Select(s => s.Version).Distinct().Single()}");

        clock.Restart();
        SweepFixture.Verify(states);
        Console.WriteLine($"Verified in {clock.Elapsed.TotalSeconds:N1} s: {SweepFixture.DueEngagements:N0} due at {SweepFixture.Now}, the rest later");

        var byPhase = states.GroupBy(s => s.Phase.Name).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine("Phases: " + string.Join(", ", byPhase));
        var byStage = states.GroupBy(s => s.CurrentStage?.Key.Value ?? "-").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine("Current stage: " + string.Join(", ", byStage));
        var lead = states.Where(s => s.NextAttentionAt > SweepFixture.Now).Select(s => (s.NextAttentionAt!.Value - SweepFixture.Now).TotalDays).ToArray();
        Console.WriteLine($"Nothing due: next attention {lead.Min():N1} to {lead.Max():N1} days after now (mean {lead.Average():N1})");
        var lag = states.Where(s => s.NextAttentionAt <= SweepFixture.Now).Select(s => (SweepFixture.Now - s.NextAttentionAt!.Value).TotalDays).ToArray();
        Console.WriteLine($"Due: next attention {lag.Min():N1} to {lag.Max():N1} days before now");

        var quiet = SweepFixture.NothingDue(states, states.Length);
        var thousand = SweepFixture.NothingDue(states, 1_000);
        for (var run = 0; run < 5; run++)
        {
            Console.WriteLine(
                $"Sweep {run + 1}: all {Time(states, out var yielded, out var bytes):N1} ms ({yielded:N0} yielded, {bytes:N0} B); "
                + $"nothing due {Time(quiet, out var none, out var quietBytes):N1} ms over {quiet.Length:N0} ({none} yielded, {quietBytes:N0} B); "
                + $"1,000 nothing due {Time(thousand, out _, out var thousandBytes) * 1000:N1} us ({thousandBytes:N0} B)");
        }

        // Where the time of an engagement with nothing due goes: the same sweep over states laid out
        // differently, and a plain loop without the iterator.
        var hot = new EngagementState[quiet.Length];
        for (var i = 0; i < hot.Length; i++)
        {
            hot[i] = thousand[i % thousand.Length];
        }

        var packed = Array.ConvertAll(quiet, s => s with { });
        var shuffled = (EngagementState[])quiet.Clone();
        new Random(42).Shuffle(shuffled);
        for (var run = 0; run < 3; run++)
        {
            Console.WriteLine(
                $"Nothing due, {quiet.Length:N0}: as built {Time(quiet, out _, out _):N1} ms; 1,000 states over and over {Time(hot, out _, out _):N1} ms; "
                + $"shallow copies made one after another {Time(packed, out _, out _):N1} ms; shuffled {Time(shuffled, out _, out _):N1} ms; "
                + $"plain loop over NextAttentionAt, as built {Loop(quiet):N1} ms, shuffled {Loop(shuffled):N1} ms");
        }

        CloseTheLoop();

        clock.Restart();
        GC.Collect();
        Console.WriteLine($"One full blocking GC with the fixture alive: {clock.Elapsed.TotalMilliseconds:N0} ms");
        GC.KeepAlive(states);
    }

    /// <summary>
    /// The nightly job's other half: for each due stream, the host records every reminder and
    /// consequence listed, as commands; then the engagement should drop out of the sweep.
    /// </summary>
    private static void CloseTheLoop()
    {
        var now = SweepFixture.Now;
        for (var s = 0; s < SweepFixture.Streams; s++)
        {
            if (!SweepFixture.IsDue(s))
            {
                continue;
            }

            var state = SweepFixture.Engagement(s);
            var assessment = Assessor.Assess(state, now);
            var listed = string.Join(", ", assessment.Reminders.Concat(assessment.Consequences).Select(d => $"{d.Obligation} {d.Rule}"));
            var at = now;
            foreach (var due in assessment.Reminders.Concat(assessment.Consequences))
            {
                EngagementCommand command = due.Rule.Kind.IsReminder
                    ? new EngagementCommand.RecordReminderSent(due.Obligation, due.Rule, at)
                    : new EngagementCommand.ApplyConsequence(due.Obligation, due.Rule, at);
                var decision = EngagementDecider.Decide(state, command);
                if (!decision.IsAccepted)
                {
                    Console.WriteLine($"  stream {s}: recording {due.Obligation} {due.Rule} refused: {decision}");
                    continue;
                }

                foreach (var @event in decision.Events)
                {
                    state = EngagementDecider.Evolve(state, @event);
                }
            }

            var after = Assessor.Assess(state, now);
            Console.WriteLine(
                $"Stream {s} ({state.CurrentStage?.Key}, {state.Phase}): listed {listed}; after recording them: next attention {state.NextAttentionAt}, "
                + $"{after.Reminders.Count + after.Consequences.Count} still due, swept again: {Assessor.AssessMany(new[] { state }, now).Any()}");
        }
    }

    private static double Time(EngagementState[] states, out int yielded, out long bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        yielded = 0;
        foreach (var unused in Assessor.AssessMany(states, SweepFixture.Now))
        {
            yielded++;
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return elapsed;
    }

    private static double Loop(EngagementState[] states)
    {
        var clock = Stopwatch.StartNew();
        var due = 0;
        foreach (var state in states)
        {
            due += state.NextAttentionAt <= SweepFixture.Now ? 1 : 0;
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        return due == 0 ? elapsed : -elapsed;
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
