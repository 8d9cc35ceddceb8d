using Ardalis.SmartEnum;

namespace ClientBoundaries.Documents;

/// <summary>The form a document is written in: Markdown for portals, wikis and email clients that render it, or plain text for anything else.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class DocumentFormat : SmartEnum<DocumentFormat>
{
    /// <summary>CommonMark with GitHub's pipe tables; text from the agreement or the engagement is always read as text, never as markup.</summary>
    /// <remarks>
    /// <para>What is guaranteed, for CommonMark and for GitHub Flavored Markdown with its tables,
    /// strikethrough, task lists, footnotes and math, for every name, task, reason or other text the
    /// document quotes:</para>
    /// <list type="bullet">
    /// <item><description>a backslash goes before each <c>\ ` * _ [ ] &lt; &gt; | # ~ $</c>, and before an
    /// <c>&amp;</c> that would start an entity or a character reference (<c>&amp;copy;</c>, <c>&amp;#169;</c>):
    /// no emphasis, code, link, image, raw HTML, table cell, strikethrough, math or footnote, and no
    /// heading or quote, can come out of it;</description></item>
    /// <item><description>line breaks, tabs and other control characters become spaces, and leading
    /// spaces are dropped: the text stays on its own line and cannot become an indented code block;</description></item>
    /// <item><description>where the text begins a paragraph, a list item or a table cell, a leading
    /// <c>-</c>, <c>+</c> or <c>=</c> is escaped, and so is the <c>.</c> or <c>)</c> after a leading number
    /// when a space or nothing follows it (<c>1. </c>, <c>1) </c>): it cannot start a list, a thematic break
    /// (<c>---</c>) or a setext underline (<c>===</c>).</description></item>
    /// </list>
    /// <para>Nothing else is escaped, so the source stays readable: "Pixel &amp; Pine", "R&amp;D" and "2.5 hours"
    /// are written as they are. Not neutralised: bare web and e-mail addresses, which some renderers (GitHub's)
    /// turn into links on their own, and GitHub's <c>:emoji:</c> shortcodes.</para>
    /// </remarks>
    public static readonly DocumentFormat Markdown = new(nameof(Markdown), 1);

    /// <summary>Plain text: headings underlined, tables as aligned columns, nothing escaped.</summary>
    public static readonly DocumentFormat PlainText = new(nameof(PlainText), 2);

    private DocumentFormat(string name, int value)
        : base(name, value)
    {
    }
}
