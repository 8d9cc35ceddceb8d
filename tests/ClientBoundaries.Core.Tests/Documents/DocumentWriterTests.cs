using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Documents;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Documents;

/// <summary>The writer every document goes through: what reaches the page is text, laid out as the format wants.</summary>
public class DocumentWriterTests
{
    private static readonly string[] StageAndWho = { "Stage", "Who" };

    // A paragraph, a list of an item and a labelled item, a table of two rows: text only, the label in bold.
    private static readonly string[] PlainShape =
    {
        "p:text",
        "list(-)[item[p:text], item[p:em**(text) text]]",
        "table[row[cell[p:text], cell[p:text]], row[cell[p:text], cell[p:text]]]",
    };

    /// <summary>
    /// Text that would open a block where a block begins (a list, a heading, a quote, a rule, a table, code),
    /// or mean something inline (emphasis, code, links, raw HTML, entities, strikethrough, math, footnotes).
    /// </summary>
    public static TheoryData<string> HostileTexts() => new()
    {
        "1. Discovery", "1) Discovery", "2026. The year", "1.", "- Discovery", "-", "+ Discovery", "* Discovery", "- [ ] Task",
        "# Discovery", "## Discovery #", "#hashtag", "> Quoted", "=== Design", "===", "---", "- - -", "***", "___", "+++",
        "| a | b |", "Pixel | Pine", "&copy; 2026", "&#169; and &#xA9;", "R&D & more", "~~struck~~", "~single~", "~~~", "```",
        "    indented code", "\tTab then code", "<b>bold</b>", "<!-- comment -->", "<https://example.com>", "[link](https://example.com)",
        "[ref]: /url", "![image](x.png)", "*em* _em_ **strong** __strong__", "`code`", "back\\slash \\* star", "ends in a backslash\\",
        "line\nbreak", "line\r\n- item", "line\r\n# heading", "$x^2$ and $$y$$", "[^1] a footnote", "100. Hundred", "Design\u0007draft\u007F",
    };

    [Fact]
    public void PlainText_table_measures_each_cell_as_written_so_a_line_break_in_a_name_keeps_the_columns_aligned()
    {
        // "Brief\r\nand sitemap" is written "Brief and sitemap": 17 characters, not the 18 it has before a line break becomes a space.
        var writer = DocumentWriter.For(DocumentFormat.PlainText);

        writer.Table(StageAndWho, Rows(("Brief\r\nand sitemap", "Studio"), ("Content", "Bakery")));

        writer.ToString().Split('\n').Should().Equal(
            "Stage              Who",
            "-----------------  ------",
            "Brief and sitemap  Studio",
            "Content            Bakery",
            string.Empty);
    }

    [Fact]
    public void PlainText_table_writes_a_tab_or_another_control_character_in_a_cell_as_a_space()
    {
        var writer = DocumentWriter.For(DocumentFormat.PlainText);

        writer.Table(StageAndWho, Rows(("Brief\tand\u0085sitemap", "Studio")));

        writer.ToString().Split('\n').Should().Equal(
            "Stage              Who",
            "-----------------  ------",
            "Brief and sitemap  Studio",
            string.Empty);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Markdown_writes_any_text_as_text_in_a_paragraph_an_item_a_labelled_item_and_a_table_cell(string text)
    {
        var writer = DocumentWriter.For(DocumentFormat.Markdown);

        writer.Paragraph(text);
        writer.Item(text);
        writer.Item("Label", text);
        writer.Table(new[] { text, "Who" }, new[] { new[] { text, "Studio" } });

        var markdown = writer.ToString();
        MarkdownReader.Shape(markdown).Should().Equal(PlainShape, $"nothing in {markdown} may be read as markup");
        var shown = Shown(text);
        MarkdownReader.Texts(markdown).Should().Equal(shown, shown, "Label: " + shown, shown, "Who", shown, "Studio");
    }

    [Theory]
    [InlineData("1. Discovery", "1\\. Discovery")]
    [InlineData("12) Discovery", "12\\) Discovery")]
    [InlineData("2.5 hours", "2.5 hours")]
    [InlineData("- Discovery", "\\- Discovery")]
    [InlineData("+ Discovery", "\\+ Discovery")]
    [InlineData("=== Design", "\\=== Design")]
    [InlineData("Design - draft + 1", "Design - draft + 1")]
    [InlineData("Pixel & Pine, R&D", "Pixel & Pine, R&D")]
    [InlineData("&copy; &#169; &#xA9; &amp", "\\&copy; \\&\\#169; \\&\\#xA9; &amp")]
    [InlineData("720.00 EUR", "720.00 EUR")]
    [InlineData("~~struck~~ $5", "\\~\\~struck\\~\\~ \\$5")]
    [InlineData("  \t  indented", "indented")]
    public void Markdown_escapes_only_what_would_be_read_as_markup(string text, string written)
    {
        var writer = DocumentWriter.For(DocumentFormat.Markdown);

        writer.Paragraph(text);

        writer.ToString().Should().Be(written + "\n");
    }

    [Fact]
    public void Markdown_leaves_a_heading_that_starts_with_a_number_as_it_is()
    {
        // Inside a heading a list marker means nothing: "### 1. Discovery call" stays readable.
        var writer = DocumentWriter.For(DocumentFormat.Markdown);

        writer.Subheading("1. Discovery call");

        writer.ToString().Should().Be("### 1. Discovery call\n");
        MarkdownReader.Shape(writer.ToString()).Should().Equal("h3:text");
    }

    private static string Shown(string text)
    {
        var shown = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            shown.Append(char.IsControl(text[i]) ? ' ' : text[i]);
        }

        return shown.ToString().Trim();
    }

    private static List<IReadOnlyList<string>> Rows(params (string Stage, string Who)[] rows) =>
        rows.Select(r => (IReadOnlyList<string>)new[] { r.Stage, r.Who }).ToList();
}
