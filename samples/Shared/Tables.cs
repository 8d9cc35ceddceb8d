using System;
using System.Text;
using Spectre.Console;

namespace ClientBoundaries.Samples;

/// <summary>
/// The tables of the samples that draw them with Spectre.Console: rounded borders, bold headings, and never wider than
/// the terminal, or than <see cref="Terminal.TableWidth"/> columns when the output goes to a file or a pipe.
/// </summary>
/// <remarks>Shared as a source file by the samples that draw tables (samples/Shared).</remarks>
internal static class Tables
{
    /// <summary>
    /// Sets the console up once, at the start: UTF-8, and when the output is redirected, plain text (no colours, no
    /// escape codes) at <see cref="Terminal.TableWidth"/> columns, so the output is the same wherever it runs.
    /// </summary>
    public static void UseConsole()
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        }

        AnsiConsole.Profile.Width = Terminal.Width ?? Terminal.TableWidth;
    }

    /// <summary>A table with these column headings, in bold.</summary>
    public static Table New(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(header)}[/]"));
        }

        return table;
    }
}
