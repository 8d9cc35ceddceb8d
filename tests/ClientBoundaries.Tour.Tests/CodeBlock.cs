using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ClientBoundaries.Tour.Tests;

/// <summary>
/// One fenced C# block of a Markdown file, with what the line just above its fence says it is:
/// <c>&lt;!-- piece of samples/X/Program.cs --&gt;</c> (its lines are a run of that file's lines, so it compiles and runs there),
/// <c>&lt;!-- fragment: why --&gt;</c> (it is not meant to compile on its own, and says why), or nothing.
/// </summary>
internal sealed record CodeBlock(string File, int Line, string Code, string? PieceOf, string? FragmentBecause)
{
    private static readonly Regex Piece = new(@"^<!-- piece of (?<path>\S+) -->$");
    private static readonly Regex Fragment = new(@"^<!-- fragment: (?<why>.*\S.*) -->$");

    /// <summary>The repository's root folder, baked in at build time.</summary>
    public static string Root { get; } = typeof(CodeBlock).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>A repository file's text, with "\n" line endings.</summary>
    public static string Read(string relativePath) =>
        System.IO.File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Every ```csharp block of a Markdown file, in order.</summary>
    public static IReadOnlyList<CodeBlock> In(string markdownPath)
    {
        var lines = Read(markdownPath).Split('\n');
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```csharp")
            {
                if (lines[i].StartsWith("```", StringComparison.Ordinal)
                    && (lines[i].Contains("c#", StringComparison.OrdinalIgnoreCase) || lines[i].Trim() is "```cs" or "```csharp"))
                {
                    throw new InvalidDataException($"{markdownPath}:{i + 1}: C# is fenced as ```csharp, alone on its line, so the tests find it.");
                }

                continue;
            }

            var end = Array.IndexOf(lines, "```", i + 1);
            if (end < 0)
            {
                throw new InvalidDataException($"{markdownPath}:{i + 1}: a ```csharp block is never closed.");
            }

            var above = i > 0 ? lines[i - 1] : string.Empty;
            var piece = Piece.Match(above);
            var fragment = Fragment.Match(above);
            var code = string.Concat(lines.Skip(i + 1).Take(end - i - 1).Select(line => line + "\n"));
            blocks.Add(new CodeBlock(
                markdownPath,
                i + 1,
                code,
                piece.Success ? piece.Groups["path"].Value : null,
                fragment.Success ? fragment.Groups["why"].Value.Trim() : null));
            i = end;
        }

        return blocks;
    }

    /// <summary>
    /// Whether the block's lines are a run of whole lines of a file's text, all indented alike there: a block may show,
    /// from the left margin, code that sits inside a method.
    /// </summary>
    public bool IsPieceOf(string text)
    {
        var lines = Code.Split('\n');
        for (var indent = 0; indent <= 16; indent += 4)
        {
            var prefix = new string(' ', indent);
            var indented = string.Join("\n", lines.Select(line => line.Length == 0 ? line : prefix + line));
            if (("\n" + text).Contains("\n" + indented, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"README.md:61".</summary>
    public override string ToString() => $"{File}:{Line}";
}
