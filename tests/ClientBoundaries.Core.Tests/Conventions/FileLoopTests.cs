// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// Inside a folder, files use each other one way: no file loop. A loop ties its files into one piece that cannot be
/// read, tested or moved apart (issue 17 found <c>Incident</c> -> <c>Explanation</c> -> <c>Obligation</c> ->
/// <c>CommunicationAgenda</c> -> <c>CommunicationLog</c> -> <c>Incident</c>). What counts as a use, and how loops are
/// listed, is <see cref="FileLoops"/>'s summary; <see cref="LayeringTests"/> checks the folders among themselves.
/// </summary>
public class FileLoopTests
{
    [Fact]
    public void No_folder_has_a_file_loop()
    {
        var knots = FileLoops.Knots(LibrarySources.Compiled());

        if (knots.Count > 0)
        {
            Assert.Fail(
                "Files of one folder use each other in a loop. Break every loop below: move what both files need into a file "
                + "that uses neither (one way down), or let one of them take a value instead of calling the other. Each loop is "
                + "followed by its steps and the uses that make each step (a partial type's files are one file, named by its "
                + "shortest file name)."
                + string.Concat(knots.Select(knot =>
                    $"{Environment.NewLine}{Environment.NewLine}{knot.Folder}/: {knot.Files.Count} files in a knot ("
                    + string.Join(", ", knot.Files.Select(f => f.Label)) + "), "
                    + (knot.Every
                        ? $"{knot.Loops.Count} loop(s)"
                        : $"more than {FileLoops.MostLoopsListed} loops; shown, for each use that closes one, the shortest loop through it")
                    + string.Concat(knot.Loops.Select(l => $"{Environment.NewLine}  {l.Explained()}")))));
        }
    }

    [Fact]
    public void A_loop_through_three_files_is_reported_from_its_first_file_with_each_step()
    {
        var sources = LibrarySources.FromSnippets(
            ("Engagements/B.cs", "namespace ClientBoundaries.Engagements; internal static class B { public static int Two() => C.Three() - 1; }"),
            ("Engagements/C.cs", "namespace ClientBoundaries.Engagements; internal static class C { public const int Base = 3; public static int Three() => A.One + Base - 1; }"),
            ("Engagements/A.cs", "namespace ClientBoundaries.Engagements; internal static class A { public const int One = 1; public static int Twice() => 2 * B.Two(); }"));

        var loop = FileLoops.In(sources).Should().ContainSingle().Subject;

        loop.Text.Should().Be("A.cs -> B.cs -> C.cs -> A.cs");
        loop.Explained().Should().Contain("A.cs -> B.cs: B.Two (Engagements/A.cs:1)").And.Contain("C.cs -> A.cs: A.One (Engagements/C.cs:1)");
    }

    [Fact]
    public void Every_loop_of_a_knot_is_listed_and_past_the_limit_the_shortest_through_each_use()
    {
        var sources = LibrarySources.FromSnippets(
            ("Scope/A.cs", "namespace ClientBoundaries.Scope; internal static class A { public static int X => B.X + C.X; }"),
            ("Scope/B.cs", "namespace ClientBoundaries.Scope; internal static class B { public static int X => C.X; }"),
            ("Scope/C.cs", "namespace ClientBoundaries.Scope; internal static class C { public static int X => A.X; }"));

        var knot = FileLoops.Knots(sources).Should().ContainSingle().Subject;
        knot.Every.Should().BeTrue();
        knot.Loops.Select(l => l.Text).Should().Equal("A.cs -> C.cs -> A.cs", "A.cs -> B.cs -> C.cs -> A.cs");

        // Seven files that all use each other make 2,365 elementary loops; the 21 pairs cover every use.
        var names = new[] { "A", "B", "C", "D", "E", "F", "G" };
        var tangled = LibrarySources.FromSnippets(names
            .Select(n => ($"Scope/{n}.cs", $"namespace ClientBoundaries.Scope; internal static class {n} {{ public static int X => {string.Join(" + ", names.Where(o => o != n).Select(o => o + ".Y"))}; public const int Y = 1; }}"))
            .ToArray());

        var big = FileLoops.Knots(tangled).Should().ContainSingle().Subject;
        big.Every.Should().BeFalse();
        big.Loops.Should().HaveCount(21).And.OnlyContain(l => l.Files.Count == 2);
    }

    [Fact]
    public void Names_in_comments_XML_docs_and_nameof_are_not_uses()
    {
        var sources = LibrarySources.FromSnippets(
            ("Engagements/A.cs", "namespace ClientBoundaries.Engagements; internal static class A { public static int One() => B.Two() - 1; }"),
            ("Engagements/B.cs", """
                namespace ClientBoundaries.Engagements;

                /// <summary>Not <see cref="A"/> nor <see cref="A.One"/>.</summary>
                internal static class B
                {
                    // A.One() would make a loop.
                    public static int Two() => (nameof(A) + nameof(A.One)).Length;
                }
                """));

        FileLoops.In(sources).Should().BeEmpty();
    }

    [Fact]
    public void The_files_of_a_partial_type_are_one_file()
    {
        var sources = LibrarySources.FromSnippets(
            ("Engagements/Decider.cs", "namespace ClientBoundaries.Engagements; internal static partial class Decider { public static int Decide() => Evolve() + Rules.Due(); }"),
            ("Engagements/Decider.Payments.cs", "namespace ClientBoundaries.Engagements; internal static partial class Decider { public static int Evolve() => Decide(); }"),
            ("Engagements/Rules.cs", "namespace ClientBoundaries.Engagements; internal static class Rules { public static int Due() => 1; }"),
            ("Engagements/Assessor.cs", "namespace ClientBoundaries.Engagements; internal static class Assessor { public static int Assess() => Decider.Evolve(); }"),
            ("Engagements/Replanning.cs", "namespace ClientBoundaries.Engagements; internal static class Replanning { public static int Replan() => Assessor.Assess(); }"));

        FileLoops.In(sources).Should().BeEmpty("a partial type's files using each other, or files above it using it, make no loop");

        var looped = LibrarySources.FromSnippets(
            ("Engagements/Decider.cs", "namespace ClientBoundaries.Engagements; internal static partial class Decider { public static int Decide() => 1; }"),
            ("Engagements/Decider.Payments.cs", "namespace ClientBoundaries.Engagements; internal static partial class Decider { public static int Pay() => Assessor.Assess(); }"),
            ("Engagements/Assessor.cs", "namespace ClientBoundaries.Engagements; internal static class Assessor { public static int Assess() => Decider.Decide(); }"));

        var loop = FileLoops.In(looped).Should().ContainSingle().Subject;
        loop.Text.Should().Be("Assessor.cs -> Decider.cs -> Assessor.cs");
        loop.Explained().Should().Contain("Decider.cs -> Assessor.cs: Assessor.Assess (Engagements/Decider.Payments.cs:1)");
    }

    [Fact]
    public void A_nested_type_is_a_use_of_its_container_and_a_constructor_or_operator_a_use_of_its_type()
    {
        var sources = LibrarySources.FromSnippets(
            ("Engagements/Ledger.cs", "namespace ClientBoundaries.Engagements; internal sealed class Ledger { public sealed class Entry { } public static int Count => Log.Size; }"),
            ("Engagements/Log.cs", "namespace ClientBoundaries.Engagements; internal static class Log { public const int Size = 1; public static object First() => new Ledger.Entry(); }"),
            ("Engagements/Amount.cs", "namespace ClientBoundaries.Engagements; internal sealed record Amount(int Value) { public static Amount operator +(Amount a, Amount b) => new(a.Value + b.Value); }"),
            ("Engagements/Totals.cs", """
                namespace ClientBoundaries.Engagements;
                internal static class Totals
                {
                    public static object Two(object a)
                    {
                        var one = a is Amount amount ? amount : null;
                        Amount? two = new(2);
                        return one! + two;
                    }
                }
                """));

        var loop = FileLoops.In(sources).Should().ContainSingle().Subject;
        loop.Text.Should().Be("Ledger.cs -> Log.cs -> Ledger.cs");
        loop.Explained().Should().Contain("Log.cs -> Ledger.cs: new Ledger.Entry (Engagements/Log.cs:1), Ledger.Entry (Engagements/Log.cs:1)");
        sources.Uses.Where(u => u.From.NameInFolder == "Totals.cs").Select(u => $"{u.Line} {u.Name}").Should()
            .BeEquivalentTo("6 Amount", "7 Amount", "7 new Amount", "8 Amount.op_Addition");
    }

    [Fact]
    public void Loops_are_shortest_first_per_folder_a_subfolder_belongs_to_its_folder_and_uses_across_folders_are_not_loops()
    {
        var sources = LibrarySources.FromSnippets(
            ("Documents/Writer.cs", "namespace ClientBoundaries.Documents; internal static class Writer { public static string Write() => Translations.English.Word + Translations.Spanish.Word + Engagements.Ledger.Text; }"),
            ("Documents/Translations/English.cs", "namespace ClientBoundaries.Documents.Translations; internal static class English { public static readonly string Word = Writer.Write(); }"),
            ("Documents/Translations/Spanish.cs", "namespace ClientBoundaries.Documents.Translations; internal static class Spanish { public static readonly string Word = Malay.Word; }"),
            ("Documents/Translations/Malay.cs", "namespace ClientBoundaries.Documents.Translations; internal static class Malay { public static readonly string Word = Writer.Write(); }"),
            ("Engagements/Ledger.cs", "namespace ClientBoundaries.Engagements; internal static class Ledger { public static string Text => Documents.Writer.Write(); }"),
            ("Engagements/Other.cs", "namespace ClientBoundaries.Engagements; internal static class Other { public static string Text => Ledger.Text; }"));

        FileLoops.In(sources).Select(l => $"{l.Folder}: {l.Text}").Should().Equal(
            "Documents: Translations/English.cs -> Writer.cs -> Translations/English.cs",
            "Documents: Translations/Malay.cs -> Writer.cs -> Translations/Spanish.cs -> Translations/Malay.cs");
    }
}
#endif
