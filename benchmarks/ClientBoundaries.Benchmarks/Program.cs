using System;
using BenchmarkDotNet.Running;

namespace ClientBoundaries.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see benchmarks/README.md).</summary>
public static class Program
{
    /// <summary>
    /// Entry point: <c>dotnet run -c Release -- --filter '*' [--job short]</c> for BenchmarkDotNet,
    /// or <c>-- --memory</c> for what an engagement costs in memory.
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, or <c>--memory</c>.</param>
    public static void Main(string[] args)
    {
        if (Array.IndexOf(args, "--memory") >= 0)
        {
            EngagementMemory.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
