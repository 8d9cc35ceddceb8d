using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// Approved outputs, checked in beside the tests under <c>Golden/</c> and compared byte for byte.
/// A difference writes the output next to the approved file as <c>*.received.*</c> (ignored by git) so a
/// person can read it and, when it is right, move it over the approved file.
/// </summary>
internal static class Golden
{
    public static void Matches(string actual, string fileName, [CallerFilePath] string callerFile = "")
    {
        var approvedPath = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden", fileName);
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
