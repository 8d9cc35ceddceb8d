using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace StudioWebsite;

/// <summary>
/// The studio's diary of the engagement: one line per thing that happened, at its moment on the
/// studio's clock in Madrid, with the event the engagement stored for it.
/// </summary>
internal static class Diary
{
    /// <summary>Writes one entry at once, so the diary and the documents between its entries come out in order.</summary>
    public static void Write(Instant at, string label, string text) =>
        Row(new Text(Printout.Moment(at, Scenario.StudioCalendar.Zone)), new Markup($"[grey]{Markup.Escape(label)}[/]"), new Text(text));

    /// <summary>A remark of the studio's on what the entries above it mean, under the text of the entries.</summary>
    public static void Aside(string text) =>
        Row(Text.Empty, Text.Empty, new Markup($"[italic]-> {Markup.Escape(text)}[/]"));

    private static void Row(IRenderable moment, IRenderable label, IRenderable text)
    {
        // One row per grid, with fixed widths for the first two columns: the entries line up and a long text wraps in its own column.
        var grid = new Grid()
            .AddColumn(new GridColumn().Width(16).NoWrap())
            .AddColumn(new GridColumn().Width(18).NoWrap())
            .AddColumn(new GridColumn());
        grid.AddRow(moment, label, text);
        AnsiConsole.Write(grid);
    }
}
