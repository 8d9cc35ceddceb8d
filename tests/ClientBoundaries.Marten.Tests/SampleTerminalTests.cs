using ClientBoundaries.Samples;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Marten.Tests;

/// <summary>How the samples wrap a sentence at the terminal's width (samples/Shared/Terminal.cs), which CI cannot see: it redirects.</summary>
public class SampleTerminalTests
{
    [Fact]
    public void A_sentence_wraps_at_spaces_and_its_wrapped_lines_keep_its_indent()
    {
        Terminal.Wrap("  The studio sends the one-pager again, with a date on every stage.", 30)
            .Should().Equal("  The studio sends the", "  one-pager again, with a date", "  on every stage.");
    }

    [Fact]
    public void A_list_item_wraps_under_its_text_not_its_dash()
    {
        Terminal.Wrap("    - Mon 3 Aug to Fri 21 Aug: Summer closure", 24)
            .Should().Equal("    - Mon 3 Aug to Fri", "      21 Aug: Summer", "      closure");
    }

    [Fact]
    public void A_word_wider_than_the_line_stands_alone_whole()
    {
        Terminal.Wrap("json: {\"type\":\"handed-off\",\"stage\":\"content\"} end", 20)
            .Should().Equal("json:", "{\"type\":\"handed-off\",\"stage\":\"content\"}", "end");
    }

    [Fact]
    public void A_redirected_output_a_line_that_fits_and_a_table_row_are_left_as_they_are()
    {
        var sentence = "  Launched 29 September 2026, planned for 29 July 2026: 62 days later.";
        var row = "  Discovery call        Estudio Olivo       2              1 June 2026   2 June 2026";

        Terminal.Wrap(sentence, null).Should().Equal(sentence);
        Terminal.Wrap(sentence, sentence.Length).Should().Equal(sentence);
        Terminal.Wrap(row, 40).Should().Equal(row);
    }
}
