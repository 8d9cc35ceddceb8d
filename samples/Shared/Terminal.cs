using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ClientBoundaries.Samples;

/// <summary>
/// How every sample writes its sentences: wrapped at the terminal's width, each wrapped line indented like the line it
/// came from (and under the text of a list item, not its dash), or written whole when the output goes to a file or a
/// pipe, where the reader's viewer wraps and a search finds a sentence on one line.
/// </summary>
/// <remarks>Shared as a source file by the samples (samples/Shared), so they all read alike.</remarks>
internal static class Terminal
{
    /// <summary>The width the samples' tables fit: 80 columns, the narrowest terminal worth writing for.</summary>
    public const int TableWidth = 80;

    /// <summary>The width sentences wrap at: the terminal's, or none (null) when the output is redirected.</summary>
    public static int? Width { get; } = Console.IsOutputRedirected ? null : TerminalWidth();

    /// <summary>True when the output is a terminal that shows bold text, so a heading can stand out.</summary>
    private static bool Bold { get; } = !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null or ""
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Writes every line of <paramref name="text"/> indented by <paramref name="indent"/>, each wrapped at <see cref="Width"/>.</summary>
    /// <param name="text">One or more lines (separated by '\n').</param>
    /// <param name="indent">The spaces before every line, the wrapped ones included.</param>
    public static void Say(string text, int indent = 2) => Row(new string(' ', indent), text);

    /// <summary>
    /// Writes <paramref name="columns"/> (a moment and a label, a stream's name: padded to their width) then
    /// <paramref name="text"/>, whose wrapped lines start under its first letter, as in a column of its own.
    /// </summary>
    public static void Row(string columns, string text)
    {
        var margin = new string(' ', columns.Length);
        var first = true;
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            foreach (var part in Wrap(line, Width - columns.Length))
            {
                Console.Out.WriteLine(((first ? columns : margin) + part).TrimEnd());
                first = false;
            }
        }
    }

    /// <summary>A blank line.</summary>
    public static void Blank() => Console.Out.WriteLine();

    /// <summary>A section's heading after a blank line: <c>── The title ────</c>, as wide as a table, wrapped if it is wider.</summary>
    public static void Heading(string title)
    {
        Console.Out.WriteLine();
        var width = Width ?? TableWidth;
        var lines = Wrap("── " + title, Width, hangingIndent: 3);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var rule = i == lines.Count - 1 && line.Length + 2 < Math.Min(width, TableWidth)
                ? " " + new string('─', Math.Min(width, TableWidth) - line.Length - 1)
                : string.Empty;
            Console.Out.WriteLine(Bold ? $"\u001b[1m{line}\u001b[0m{rule}" : line + rule);
        }
    }

    /// <summary>
    /// Breaks <paramref name="line"/> at spaces into lines no wider than <paramref name="width"/> (a word wider than that
    /// stands alone, never split); every line after the first starts at <paramref name="hangingIndent"/>, or under the
    /// text when it is null: after the line's own indent and a list marker ("- ", "* ", "1. ", "-> ") if it has one.
    /// </summary>
    /// <returns>The line as it is when <paramref name="width"/> is null, when it fits, or when it is a row of a table.</returns>
    public static IReadOnlyList<string> Wrap(string line, int? width, int? hangingIndent = null)
    {
        // A row of a plain-text table (its columns apart by two spaces or more) keeps its shape: it is never wrapped.
        if (width is not { } limit || line.Length <= limit || line.IndexOf("  ", TextStart(line), StringComparison.Ordinal) >= 0)
        {
            return new[] { line };
        }

        // Too narrow a column to wrap into is no column: the text goes on at full width rather than one word a line.
        limit = Math.Max(limit, 20);
        var hang = new string(' ', Math.Min(hangingIndent ?? TextStart(line), limit / 2));
        var lines = new List<string>();
        var current = new StringBuilder();
        var start = TextStart(line);
        current.Append(line, 0, start);
        var atLineStart = true;
        foreach (var word in line.Substring(start).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!atLineStart && current.Length + 1 + word.Length > limit)
            {
                lines.Add(current.ToString().TrimEnd());
                current.Clear().Append(hang);
                atLineStart = true;
            }

            if (!atLineStart)
            {
                current.Append(' ');
            }

            current.Append(word);
            atLineStart = false;
        }

        lines.Add(current.ToString().TrimEnd());
        return lines;
    }

    /// <summary>Where the text of a line starts: after its indent and its list marker, if it has one.</summary>
    private static int TextStart(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        var rest = line.Substring(i);
        foreach (var marker in new[] { "- ", "* ", "• ", "-> " })
        {
            if (rest.StartsWith(marker, StringComparison.Ordinal))
            {
                return i + marker.Length;
            }
        }

        var digits = 0;
        while (digits < rest.Length && char.IsDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < rest.Length && rest[digits] is '.' or ')' && rest[digits + 1] == ' ' ? i + digits + 2 : i;
    }

    private static int TerminalWidth()
    {
        // COLUMNS first: it is what the shell says the width is, and what a user sets to try a narrower one.
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 20)
        {
            return columns;
        }

        try
        {
            return Console.WindowWidth >= 20 ? Console.WindowWidth : TableWidth;
        }
        catch (IOException)
        {
            return TableWidth;
        }
    }
}
