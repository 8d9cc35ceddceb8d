using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tour.Tests;

/// <summary>
/// README.md's tour is samples/Tour/Program.cs, block by block, and it prints what its comments say; every other C# block
/// of README.md and docs/ is a piece of a file that compiles, or says why it is only a fragment.
/// </summary>
public class ReadmeTourTests
{
    private const string TourPath = "samples/Tour/Program.cs";

    private static readonly Regex Prints = new(@"^\s*// Prints: (?<line>.*)$", RegexOptions.Multiline);

    [Fact]
    public void The_readme_blocks_without_a_marker_are_in_order_the_whole_tour_program()
    {
        var tour = CodeBlock.In("README.md").Where(b => b.PieceOf is null && b.FragmentBecause is null).ToList();

        tour.Should().HaveCountGreaterThan(3, "the tour is told in several blocks");
        string.Join("\n", tour.Select(b => b.Code)).Should().Be(
            CodeBlock.Read(TourPath),
            "pasting the README's tour blocks in order, a blank line between each, gives exactly samples/Tour/Program.cs");
    }

    [Fact]
    public void Every_readme_block_that_names_a_file_is_a_run_of_that_files_lines()
    {
        foreach (var block in CodeBlock.In("README.md").Where(b => b.PieceOf is not null))
        {
            block.IsPieceOf(CodeBlock.Read(block.PieceOf!)).Should().BeTrue($"{block} says it is a piece of {block.PieceOf}");
        }
    }

    [Fact]
    public void The_readme_has_no_fragments()
    {
        CodeBlock.In("README.md").Where(b => b.FragmentBecause is not null).Should().BeEmpty("the README's code all runs");
    }

    [Fact]
    public void Every_docs_block_is_a_piece_of_a_compiled_file_or_a_fragment_that_says_why()
    {
        var blocks = Directory.GetFiles(Path.Combine(CodeBlock.Root, "docs"), "*.md")
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => CodeBlock.In("docs/" + Path.GetFileName(path)))
            .ToList();

        blocks.Should().NotBeEmpty();
        foreach (var block in blocks)
        {
            (block.PieceOf is not null || block.FragmentBecause is not null).Should().BeTrue(
                $"{block} must say on the line above its fence what it is: <!-- piece of path/to/File.cs --> or <!-- fragment: why it does not compile alone -->");
            if (block.PieceOf is { } path)
            {
                path.Should().EndWith(".cs");
                block.IsPieceOf(CodeBlock.Read(path)).Should().BeTrue($"{block} says it is a piece of {path}");
            }
            else
            {
                block.FragmentBecause!.Split(' ').Should().HaveCountGreaterThan(2, $"{block} says in words why it is a fragment");
            }
        }
    }

    [Fact]
    public void The_tour_prints_every_line_its_comments_announce_in_order()
    {
        var announced = Prints.Matches(CodeBlock.Read(TourPath)).Select(m => m.Groups["line"].Value.TrimEnd()).ToList();
        announced.Should().HaveCountGreaterThan(5);

        var printed = RunTour();

        var next = 0;
        foreach (var line in printed)
        {
            if (next < announced.Count && line == announced[next])
            {
                next++;
            }
        }

        next.Should().Be(
            announced.Count,
            $"the tour must print, in order, every line a '// Prints:' comment announces; the first it did not print in order is \"{(next < announced.Count ? announced[next] : string.Empty)}\". It printed:\n{string.Join("\n", printed)}");
    }

    /// <summary>Runs the tour's entry point and returns what it wrote, line by line.</summary>
    private static List<string> RunTour()
    {
        var entry = Assembly.Load("Tour").EntryPoint!;
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
    }
}
