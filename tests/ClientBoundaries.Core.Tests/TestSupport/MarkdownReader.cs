using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// Reads a Markdown document back as a renderer would: CommonMark with GitHub's pipe tables,
/// strikethrough, task lists, footnotes and math. <see cref="Shape"/> says what structure it has,
/// <see cref="Texts"/> what text each of its leaves shows.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseFootnotes()
        .UseMathematics()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// One line per top-level block: its kind, heading level or list bullet, and for text the kinds of its
    /// inlines, runs of plain text counted once ("text"), so "p:text" is a paragraph of plain text only.
    /// </summary>
    public static List<string> Shape(string markdown) => Parse(markdown).Select(BlockShape).ToList();

    /// <summary>The text every paragraph, heading and table cell shows, in document order.</summary>
    public static List<string> Texts(string markdown) =>
        Parse(markdown).Descendants<LeafBlock>().Where(b => b.Inline is not null).Select(b => InlineText(b.Inline!)).ToList();

    private static string BlockShape(Block block) => block switch
    {
        HeadingBlock heading => "h" + heading.Level + ":" + InlineShape(heading.Inline),
        ParagraphBlock paragraph => "p:" + InlineShape(paragraph.Inline),
        ListBlock list => "list(" + (list.IsOrdered ? "ordered" : list.BulletType.ToString()) + ")[" + string.Join(", ", list.Select(BlockShape)) + "]",
        ListItemBlock item => "item[" + string.Join(", ", item.Select(BlockShape)) + "]",
        Table table => "table[" + string.Join(", ", table.Select(BlockShape)) + "]",
        TableRow row => "row[" + string.Join(", ", row.Select(BlockShape)) + "]",
        TableCell cell => "cell[" + string.Join(", ", cell.Select(BlockShape)) + "]",
        _ => block.GetType().Name,
    };

    private static string InlineShape(ContainerInline? inlines)
    {
        var parts = new List<string>();
        foreach (var inline in inlines ?? Enumerable.Empty<Inline>())
        {
            var part = inline switch
            {
                LiteralInline => "text",
                EmphasisInline emphasis => "em" + new string(emphasis.DelimiterChar, emphasis.DelimiterCount) + "(" + InlineShape(emphasis) + ")",
                _ => inline.GetType().Name,
            };
            if (part != "text" || parts.Count == 0 || parts[^1] != "text")
            {
                parts.Add(part);
            }
        }

        return string.Join(" ", parts);
    }

    private static string InlineText(ContainerInline inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines.Descendants<LiteralInline>())
        {
            text.Append(inline.Content.ToString());
        }

        return text.ToString();
    }
}
