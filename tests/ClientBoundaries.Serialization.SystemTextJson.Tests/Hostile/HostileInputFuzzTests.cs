using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// Thousands of damaged documents (<see cref="Mutator"/>) fed to every loader of the package (<see cref="Loaders"/>):
/// each must either load a value that writes and reads back equal, or be refused with
/// <see cref="ClientBoundariesJsonException"/> naming every problem by its JSON path (<see cref="Oracle"/>);
/// never another exception, never a hang.
/// </summary>
/// <remarks>
/// <para>A full run (<c>CB_PROPERTY_SCALE=1</c>, as CI runs) feeds <see cref="FuzzRun.DefaultDocumentsPerLoader"/> documents
/// to each of the 30 loaders (6,000 in all, a few seconds); a plain <c>dotnet test</c> feeds the first fifth of them
/// (<see cref="ClientBoundaries.Testing.PropertyCheck.DefaultScale"/>), from the fixed seed <see cref="FuzzRun.DefaultSeed"/>, so every run checks the same documents; each
/// loader's seeds are checked first by <see cref="Every_seed_is_read_and_reads_back_equal"/>. A failure names the seed,
/// the loader and its call, the case number, the damage done and the document (whole in the file it names).</para>
/// <para>To explore further, set another seed and more documents per loader, e.g.
/// <c>HOSTILE_JSON_SEED=7 HOSTILE_JSON_COUNT=20000 dotnet test tests/ClientBoundaries.Serialization.SystemTextJson.Tests --filter "FullyQualifiedName~HostileInputFuzzTests.Every_damaged"</c>
/// (10 to 30 seconds per 1,000 documents per loader on two busy cores). To replay a failure, run with its seed and a count
/// above its case number: case n of a loader is the same document whatever the count.</para>
/// </remarks>
public class HostileInputFuzzTests
{
    /// <summary>Enough to show every failure found in one run without drowning the first.</summary>
    private const int MaxFailuresShown = 5;

    public static TheoryData<string> LoaderNames()
    {
        var names = new TheoryData<string>();
        foreach (var loader in Loaders.All)
        {
            names.Add(loader.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(LoaderNames))]
    public void Every_damaged_document_is_read_as_a_value_that_round_trips_or_refused_with_json_paths(string loaderName)
    {
        var loader = Loaders.Named(loaderName);
        var run = FuzzRun.FromEnvironment();
        var failures = new List<string>();
        for (var index = 0; index < run.DocumentsPerLoader && failures.Count < MaxFailuresShown; index++)
        {
            var (seed, document, damage) = run.Case(loader, index);
            if (Oracle.Judge(loader, document) is { } failure)
            {
                failures.Add(
                    $"HOSTILE_JSON_SEED={run.Seed.ToString(CultureInfo.InvariantCulture)}, loader {loader.Name} ({loader.Call}), case {index.ToString(CultureInfo.InvariantCulture)} (seed document {seed.ToString(CultureInfo.InvariantCulture)}):\n" +
                    $"  damage: {damage}\n  failure: {failure}\n  document (saved whole as {run.Keep(loader, index, document)}):\n{document.Describe(loader.Form)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of the damaged documents were mishandled (showing at most {MaxFailuresShown}):\n\n" + string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(LoaderNames))]
    public void Every_seed_is_read_and_reads_back_equal(string loaderName)
    {
        var loader = Loaders.Named(loaderName);

        Assert.NotEmpty(loader.Seeds);
        var failures = loader.Seeds.Select((seed, i) => (i, Failure: Oracle.Judge(loader, seed))).Where(r => r.Failure is not null)
            .Select(r => $"seed {r.i}: {r.Failure}\n{loader.Seeds[r.i].Describe(loader.Form, 500)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
