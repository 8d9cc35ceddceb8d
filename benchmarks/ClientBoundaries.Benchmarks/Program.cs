using System;
using BenchmarkDotNet.Running;

namespace ClientBoundaries.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see benchmarks/README.md).</summary>
public static class Program
{
    /// <summary>
    /// Entry point: <c>dotnet run -c Release -- --filter '*' [--job short]</c> for BenchmarkDotNet,
    /// <c>-- --memory</c> for what an engagement costs in memory, or <c>-- --sweep-census</c> for what
    /// the sweep's million engagements hold and cost to build.
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, <c>--memory</c> or <c>--sweep-census</c>.</param>
    public static void Main(string[] args)
    {
        if (Array.IndexOf(args, "--memory") >= 0)
        {
            EngagementMemory.Print();
            return;
        }

        if (Array.IndexOf(args, "--sweep-census") >= 0)
        {
            SweepCensus.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
