using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace ClientBoundaries.Testing;

/// <summary>
/// Runs every FsCheck property of the test projects the same way: with a fixed seed per law, so every run and every
/// CI build checks the same cases, and with that seed printed on failure beside the command that replays it.
/// </summary>
/// <remarks>
/// <para>The seed of a law is a stable hash of its name (the test method's name), so two laws never walk the same
/// random path by accident; a law checks other cases only when its name, its generator or its number of cases changes.</para>
/// <para>Every law says how many cases its full run checks; <c>dotnet test</c> checks a fifth of them
/// (<see cref="DefaultScale"/>, at least one case), so the whole suite runs in half the time it took with every case, and
/// every law still runs. Two environment variables change a run without touching the code:
/// <c>CB_PROPERTY_SEED</c> replaces every law's seed (a number to replay a failure, or <c>random</c> to explore new
/// cases: the failure message prints the seed it used), and <c>CB_PROPERTY_SCALE</c> multiplies every law's number of
/// cases instead (<c>CB_PROPERTY_SCALE=1 dotnet test</c> is the full run CI makes, <c>CB_PROPERTY_SCALE=50</c> the long
/// run; a fraction such as <c>0.5</c> is allowed too).</para>
/// <para>Shared as a source file by every test project (tests/Shared), so there is one way to run a property.</para>
/// </remarks>
internal static class PropertyCheck
{
    /// <summary>The environment variable that replaces every law's seed: a number, or <c>random</c>.</summary>
    public const string SeedVariable = "CB_PROPERTY_SEED";

    /// <summary>The environment variable that multiplies every law's number of cases.</summary>
    public const string ScaleVariable = "CB_PROPERTY_SCALE";

    /// <summary>The share of its cases a law checks when <c>CB_PROPERTY_SCALE</c> is not set: a fifth.</summary>
    public const decimal DefaultScale = 0.2m;

    /// <summary>Checks that <paramref name="law"/> holds for <paramref name="cases"/> generated cases; throws with the seed if not.</summary>
    public static void Holds<T>(Arbitrary<T> generator, Func<T, bool> law, int cases = 200, [CallerMemberName] string name = "") =>
        Run(name, cases, Prop.ForAll(generator, law));

    /// <summary>Checks a law written as an FsCheck property (labelled parts, <c>And</c>, <c>Classify</c> ...).</summary>
    public static void Holds<T>(Arbitrary<T> generator, Func<T, Property> law, int cases = 200, [CallerMemberName] string name = "") =>
        Run(name, cases, Prop.ForAll(generator, law));

    // One random seed per process, so every law of an exploring run prints the same seed.
    private static readonly Lazy<ulong> RandomSeed = new(() => StableHash(Guid.NewGuid().ToString()));

    /// <summary>The seed a law runs with: <c>CB_PROPERTY_SEED</c> if set, else <see cref="DefaultSeedOf"/>.</summary>
    public static ulong SeedOf(string name)
    {
        var given = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(given))
        {
            return DefaultSeedOf(name);
        }

        if (string.Equals(given, "random", StringComparison.OrdinalIgnoreCase))
        {
            return RandomSeed.Value;
        }

        return ulong.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new InvalidOperationException($"{SeedVariable} must be a whole number or 'random', was '{given}'.");
    }

    /// <summary>The seed of a law when no seed is given: a stable hash of its name, the same in every process.</summary>
    public static ulong DefaultSeedOf(string name) => StableHash(name);

    /// <summary>
    /// How many cases a law whose full run is <paramref name="cases"/> checks in this run: <c>CB_PROPERTY_SCALE</c> times
    /// <paramref name="cases"/>, or <see cref="DefaultScale"/> times when it is not set; never fewer than one.
    /// </summary>
    public static int CasesFor(int cases)
    {
        var given = Environment.GetEnvironmentVariable(ScaleVariable);
        var scale = string.IsNullOrWhiteSpace(given)
            ? DefaultScale
            : decimal.TryParse(given, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0m
                ? number
                : throw new InvalidOperationException($"{ScaleVariable} must be a number greater than 0 (1 is the full run, 50 a long one), was '{given}'.");
        return Math.Max(1, checked((int)Math.Ceiling(cases * scale)));
    }

    private static void Run(string name, int cases, Property property)
    {
        var seed = SeedOf(name);
        var count = CasesFor(cases);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            Check.One(config, property);
        }
        catch (Exception e)
        {
            // FsCheck grows the cases' size in steps of its number of cases, so a replay needs the same scale as the run.
            var scale = ScalePrefix();
            throw new PropertyFailedException(
                $"The law '{name}' does not hold (seed {seed}, {count} cases). Replay it with: {scale}{SeedVariable}={seed} dotnet test --filter \"FullyQualifiedName~{name}\"{Environment.NewLine}{e.Message}",
                e);
        }
    }

    /// <summary>What a replay command starts with: <c>CB_PROPERTY_SCALE=N </c> when this run set it, or nothing.</summary>
    public static string ScalePrefix() =>
        Environment.GetEnvironmentVariable(ScaleVariable) is { } given && !string.IsNullOrWhiteSpace(given) ? $"{ScaleVariable}={given.Trim()} " : string.Empty;

    // FNV-1a, 64 bits: string.GetHashCode differs between processes, and the seed must not.
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}

/// <summary>A law checked by <see cref="PropertyCheck"/> failed: the message names the law and the seed that replays it.</summary>
internal sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
