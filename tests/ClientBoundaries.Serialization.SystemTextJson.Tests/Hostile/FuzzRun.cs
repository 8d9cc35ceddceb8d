using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// The settings of one fuzz run: the seed every case's <see cref="Random"/> is derived from, and how many
/// documents each loader is fed. Fixed by default, so every run of the suite feeds the same documents;
/// <c>HOSTILE_JSON_SEED</c> and <c>HOSTILE_JSON_COUNT</c> override them to explore. The count follows every law's
/// scale (<c>CB_PROPERTY_SCALE</c>, see <see cref="ClientBoundaries.Testing.PropertyCheck"/>): a fifth of
/// <see cref="DefaultDocumentsPerLoader"/> by default, all of them at scale 1, fifty times more in the long run.
/// </summary>
internal sealed record FuzzRun(int Seed, int DocumentsPerLoader)
{
    public const int DefaultSeed = 20_260_309;
    public const int DefaultDocumentsPerLoader = 200;

    public static FuzzRun FromEnvironment() =>
        new(Number("HOSTILE_JSON_SEED") ?? DefaultSeed, Number("HOSTILE_JSON_COUNT") ?? ClientBoundaries.Testing.PropertyCheck.CasesFor(DefaultDocumentsPerLoader));

    /// <summary>Case <paramref name="index"/> of <paramref name="loader"/>: which seed document it damages, the damaged document, and the damage done.</summary>
    public (int Seed, HostileDocument Document, string Damage) Case(Loader loader, int index)
    {
        var random = CaseRandom(loader, index);
        var seed = random.Next(loader.Seeds.Count);
        var (document, damage) = Mutator.Mutate(random, loader.Seeds[seed], loader.Form);
        return (seed, document, damage);
    }

    /// <summary>The random numbers of case <paramref name="index"/> of <paramref name="loader"/>: stable across runs and machines, so one case is replayed alone.</summary>
    private Random CaseRandom(Loader loader, int index)
    {
        unchecked
        {
            var hash = (int)2_166_136_261;
            foreach (var c in loader.Name)
            {
                hash = (hash ^ c) * 16_777_619;
            }

            return new Random((((Seed * 31) + hash) * 1_000_003) + index);
        }
    }

    /// <summary>Writes the whole document of a failure next to the test run, since the message shows only its start.</summary>
    public string Keep(Loader loader, int index, HostileDocument document)
    {
        // One folder per test assembly too: the net10.0 and netstandard2.0 runs of these tests go on at the same time.
        var folder = Path.Combine(Path.GetTempPath(), "hostile-json", typeof(FuzzRun).Assembly.GetName().Name!, Seed.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var name = new StringBuilder();
        foreach (var c in loader.Name)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var path = Path.Combine(folder, $"{name}-{index.ToString(CultureInfo.InvariantCulture)}");
        if (document.Rows is { } rows)
        {
            // Lenient UTF-8: a row may hold a lone surrogate, written as U+FFFD (the message shows it as it was).
            File.WriteAllLines(path + ".rows.txt", rows, new UTF8Encoding(false, false));
            return path + ".rows.txt";
        }

        File.WriteAllBytes(path + ".json", document.Utf8);
        return path + ".json";
    }

    private static int? Number(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
