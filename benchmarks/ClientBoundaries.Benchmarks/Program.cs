using BenchmarkDotNet.Running;

namespace ClientBoundaries.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see benchmarks/README.md).</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release -- --filter '*' [--job short]</c>.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
