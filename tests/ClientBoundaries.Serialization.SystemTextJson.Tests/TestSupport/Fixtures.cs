using System.IO;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>The hand-written JSON documents checked in under Fixtures/, embedded in the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name)
    {
        using var stream = typeof(Fixtures).Assembly.GetManifestResourceStream("Fixtures." + name)
            ?? throw new FileNotFoundException($"No fixture {name}: add it under Fixtures/.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
