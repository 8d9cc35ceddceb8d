using Ardalis.SmartEnum;

namespace ClientBoundaries.Documents;

/// <summary>The form a document is written in: Markdown for portals, wikis and email clients that render it, or plain text for anything else.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class DocumentFormat : SmartEnum<DocumentFormat>
{
    /// <summary>CommonMark with pipe tables. In text from the agreement, the characters Markdown gives an inline meaning (<c>* _ ` [ ] &lt; &gt; | # \</c>) are escaped; a name that starts like a list item ("1. ", "- ") is not yet neutralised.</summary>
    public static readonly DocumentFormat Markdown = new(nameof(Markdown), 1);

    /// <summary>Plain text: headings underlined, tables as aligned columns, nothing escaped.</summary>
    public static readonly DocumentFormat PlainText = new(nameof(PlainText), 2);

    private DocumentFormat(string name, int value)
        : base(name, value)
    {
    }
}
