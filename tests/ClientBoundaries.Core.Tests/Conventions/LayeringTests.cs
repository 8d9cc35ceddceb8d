using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// Folders are domain concepts and dependencies point one way: a folder uses only the folders
/// below it in <see cref="Layers"/>. Read from the sources, so a new folder must be placed here on purpose.
/// </summary>
public class LayeringTests
{
    // Bottom first. Consequences, Scope and Communication sit below Agreements because the agreement carries each party's
    // consequence and contact policies and the scope terms; the Assessor, which reads engagements against those policies, lives in Engagements.
    private static readonly string[] Layers = { "Polyfills", "Primitives", "Calendars", "Consequences", "Scope", "Communication", "Agreements", "Scheduling", "Engagements", "Documents" };

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "ClientBoundaries.Core");
        var folders = Directory.GetDirectories(source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        folders.Should().BeSubsetOf(Layers, "every folder of the library has a place in the layering");

        // "ClientBoundaries.Engagements", or a reference qualified from the shared root such as "Engagements.Assessor".
        var reference = new Regex(
            @"(?<![\w.])(?:ClientBoundaries\.)?(?<folder>" + string.Join("|", Layers) + @")\.(?=[A-Z])|\bClientBoundaries\.(?<folder>[A-Z][A-Za-z]+)\b",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        var upward =
            from folder in folders
            from file in Directory.GetFiles(Path.Combine(source, folder!), "*.cs", SearchOption.AllDirectories)
            from line in File.ReadLines(file)
            where !line.TrimStart().StartsWith("///", StringComparison.Ordinal) && !line.TrimStart().StartsWith("namespace", StringComparison.Ordinal)
            from Match match in reference.Matches(line)
            let used = match.Groups["folder"].Value
            where Array.IndexOf(Layers, used) > Array.IndexOf(Layers, folder)
            select $"{folder}/{Path.GetFileName(file)} uses {used}";

        upward.Should().BeEmpty();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClientBoundaries.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No ClientBoundaries.Core.sln above {AppContext.BaseDirectory}.");
    }
}
