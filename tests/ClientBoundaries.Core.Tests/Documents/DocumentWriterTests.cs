using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Documents;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Documents;

/// <summary>The writer every document goes through: what reaches the page is text, laid out as the format wants.</summary>
public class DocumentWriterTests
{
    private static readonly string[] StageAndWho = { "Stage", "Who" };

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

    private static List<IReadOnlyList<string>> Rows(params (string Stage, string Who)[] rows) =>
        rows.Select(r => (IReadOnlyList<string>)new[] { r.Stage, r.Who }).ToList();
}
