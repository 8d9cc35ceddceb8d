// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// Folders are domain concepts and dependencies point one way, down <see cref="Layers"/>: a file uses (by the compiler's
/// semantic model, see <see cref="LibrarySources.Uses"/>) only types declared in its own folder or in a folder of a lower
/// layer, and never one of a sibling folder in its own layer. Read from the sources, so a new folder must be placed here
/// on purpose. <see cref="FileLoopTests"/> checks the files inside each folder.
/// </summary>
public class LayeringTests
{
    // Bottom first, one layer a line. The agreement is made of its clauses: Agreements sits above the three clause folders
    // (Consequences, Scope, Communication), which hold each clause's policy and its running record, and each clause knows
    // nothing of the agreement that holds it nor of the other clauses, so the three are one layer of siblings that never
    // use each other. Above the agreement, Scheduling plans it, Engagements runs it (the decider, the Assessor, composing
    // the clauses' records), and Documents words all of it.
    private static readonly string[] TheHook = { "ClientBoundaries.Primitives.Sentences" };

    private static readonly string[] OnlyImplementations = { "an implementation of a partial method" };

    private static readonly string[][] Layers =
    {
        new[] { "Polyfills" },
        new[] { "Primitives" },
        new[] { "Calendars" },
        new[] { "Consequences", "Scope", "Communication" },
        new[] { "Agreements" },
        new[] { "Scheduling" },
        new[] { "Engagements" },
        new[] { "Documents" },
    };

    [Fact]
    public void Every_folder_has_a_place_in_the_layers()
    {
        var source = LibrarySources.LibraryFolder();
        var folders = Directory.GetDirectories(source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        var placed = Layers.SelectMany(layer => layer).ToList();

        folders.Should().BeSubsetOf(placed, "every folder of the library has a place in LayeringTests.Layers, chosen on purpose");
        Directory.GetFiles(source, "*.cs").Select(Path.GetFileName).Should()
            .BeEmpty("every source file lives in a folder that has a place in the layers (a file at the root would have none)");
    }

    [Fact]
    public void No_folder_uses_a_folder_above_it()
    {
        var upward = Crossings(LibrarySources.Compiled(), (from, to) => to > from);

        if (upward.Count > 0)
        {
            Assert.Fail(
                "A folder uses a folder above it in LayeringTests.Layers ("
                + string.Join(" < ", Layers.Select(l => string.Join(" | ", l)))
                + "). Move what the lower folder needs down into it (or into a folder below both), or move the using file up:"
                + string.Concat(upward.Select(u => $"{Environment.NewLine}  {u}")));
        }
    }

    [Fact]
    public void The_clause_folders_never_use_each_other()
    {
        var sideways = Crossings(LibrarySources.Compiled(), (from, to) => to == from);

        if (sideways.Count > 0)
        {
            Assert.Fail(
                "A clause folder uses a sibling: Consequences, Scope and Communication are one layer, each knowing nothing of the "
                + "others (the agreement above them composes them, and Engagements composes their records). Move what both need "
                + "down (Primitives or Calendars) or up to where they meet:"
                + string.Concat(sideways.Select(u => $"{Environment.NewLine}  {u}")));
        }
    }

    /// <summary>
    /// One type may be declared in two folders: <c>ClientBoundaries.Primitives.Sentences</c>, the hook through which the
    /// engine gets the English of the sentences it hands out as convenience text. It declares its partial methods in
    /// <c>Primitives/</c>, where the engine calls them, and <c>Documents/</c> implements them, so the words live with
    /// every other word while no engine file names Documents. Any other type split across folders, or a part outside
    /// Primitives that does more than implement the hook's partial methods, would be a way round the layering.
    /// </summary>
    [Fact]
    public void Only_the_engines_English_hook_is_declared_in_two_folders_and_its_upper_part_only_implements_it()
    {
        var sources = LibrarySources.Compiled();
        var split = sources.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(type => sources.FilesDeclaring(type).Select(f => f.Folder).Distinct().Count() > 1)
            .Select(type => type.ToDisplayString())
            .ToList();
        split.Should().Equal(TheHook, "only the engine's English hook spans folders");

        var hook = sources.SourceType("ClientBoundaries.Primitives.Sentences")!;
        var upper = hook.DeclaringSyntaxReferences
            .Where(part => !part.SyntaxTree.FilePath.StartsWith("Primitives/", StringComparison.Ordinal))
            .SelectMany(part => ((TypeDeclarationSyntax)part.GetSyntax()).Members)
            .Select(member => sources.Compilation.GetSemanticModel(member.SyntaxTree).GetDeclaredSymbol(member) is IMethodSymbol { PartialDefinitionPart: not null }
                ? "an implementation of a partial method"
                : member.ToString())
            .Distinct()
            .ToList();
        upper.Should().Equal(OnlyImplementations, "the part of the hook outside Primitives only implements what Primitives declares");
        hook.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary)
            .Should().OnlyContain(m => m.IsPartialDefinition, "the hook is only its declarations, so callers see no body of Documents'");
    }

    [Fact]
    public void A_use_of_a_higher_or_sibling_folder_is_found_and_names_comments_and_nameof_are_not_uses()
    {
        var sources = LibrarySources.FromSnippets(
            ("Primitives/Key.cs", """
                namespace ClientBoundaries.Primitives;

                /// <summary>Not <see cref="Engagements.Assessor"/>.</summary>
                internal static class Key
                {
                    // Engagements.Assessor.Assess() would be upward.
                    public static string Name => nameof(Engagements.Assessor) + nameof(Scope.Ledger.Hours);
                    public static int Lowest => 0;
                }
                """),
            ("Scope/Ledger.cs", """
                using ClientBoundaries.Communication;
                using ClientBoundaries.Primitives;

                namespace ClientBoundaries.Scope;

                internal static class Ledger
                {
                    public static int Hours => Key.Lowest;

                    public static int Messages => Log.Count
                        + Log.Count;
                }
                """),
            ("Communication/Log.cs", "namespace ClientBoundaries.Communication; internal static class Log { public static int Count => 1; }"),
            ("Calendars/Week.cs", "namespace ClientBoundaries.Calendars; internal static class Week { public static int Days => Engagements.Assessor.Assess(); }"),
            ("Engagements/Assessor.cs", "namespace ClientBoundaries.Engagements; internal static class Assessor { public static int Assess() => Scope.Ledger.Hours + Primitives.Key.Lowest; }"));

        Crossings(sources, (from, to) => to > from).Should().Equal("Calendars/Week.cs uses Engagements: Assessor.Assess (line 1)");
        Crossings(sources, (from, to) => to == from).Should().Equal("Scope/Ledger.cs uses Communication: Log.Count (lines 10, 11)");
    }

    /// <summary>Each file's uses of another placed folder whose layer offends, as "File uses Folder: Type.Member (lines ...)".</summary>
    private static List<string> Crossings(LibrarySources sources, Func<int, int, bool> offends) =>
        sources.Uses
            .SelectMany(use => sources.FilesDeclaring(use).Select(f => f.Folder).Distinct().Select(folder => (use, folder)))
            .Where(x => x.folder != x.use.From.Folder
                && LayerOf(x.use.From.Folder) is { } from && LayerOf(x.folder) is { } to && offends(from, to))
            .GroupBy(x => (File: x.use.From.Path, Folder: x.folder))
            .OrderBy(g => g.Key.File, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Folder, StringComparer.Ordinal)
            .Select(g => $"{g.Key.File} uses {g.Key.Folder}: " + string.Join(", ", g
                .GroupBy(x => x.use.Name, StringComparer.Ordinal)
                .Select(n => $"{n.Key} ({Lines(n.Select(x => x.use.Line))})")))
            .ToList();

    private static string Lines(IEnumerable<int> lines)
    {
        var distinct = lines.Distinct().Order().ToList();
        return (distinct.Count == 1 ? "line " : "lines ") + string.Join(", ", distinct);
    }

    private static int? LayerOf(string folder) =>
        Array.FindIndex(Layers, layer => layer.Contains(folder, StringComparer.Ordinal)) is var index and >= 0 ? index : null;
}
#endif
