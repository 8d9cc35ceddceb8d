using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// Approved outputs, checked in beside the tests under <c>Golden/</c> and compared byte for byte.
/// A difference writes the output next to the approved file as <c>*.received.*</c> (ignored by git) so a
/// person can read it and, when it is right, move it over the approved file.
/// </summary>
/// <remarks>
/// The folder comes from the <c>GoldenDirectory</c> assembly metadata the test project writes at build time.
/// <c>[CallerFilePath]</c> would not do: CI builds map source paths to <c>/_/</c>.
/// </remarks>
internal static class Golden
{
    private static readonly string Directory = typeof(Golden).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "GoldenDirectory")
        .Value!;

    /// <summary>The folder of the approved files.</summary>
    public static string Folder => Directory;

    public static void Matches(string actual, string fileName)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new XunitException($"The golden folder {Directory} does not exist; the tests must run where they were built.");
        }

        var approvedPath = Path.Combine(Directory, fileName);
        var receivedPath = Path.Combine(
            Path.GetDirectoryName(approvedPath)!,
            Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(approved is null
            ? $"{fileName} has no approved version yet. Read {receivedPath}; when it is right, rename it to {fileName}."
            : $"{fileName} differs from its approved version {FirstDifference(approved, actual)}. Read {receivedPath}; when it is right, rename it over {fileName}.");
    }

    private static string FirstDifference(string approved, string actual)
    {
        var expectedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var got = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (expected != got)
            {
                return $"at line {i + 1}:{Environment.NewLine}  approved: {expected}{Environment.NewLine}  received: {got}{Environment.NewLine}";
            }
        }

        return "(only in line endings)";
    }
}
