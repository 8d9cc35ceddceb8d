using Ardalis.SmartEnum;

namespace ClientBoundaries.Documents;

/// <summary>The form a document is written in: Markdown for portals, wikis and email clients that render it, or plain text for anything else.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class DocumentFormat : SmartEnum<DocumentFormat>
{
    /// <summary>CommonMark with pipe tables; any text that comes from the agreement is escaped so it cannot break the layout.</summary>
    public static readonly DocumentFormat Markdown = new(nameof(Markdown), 1);

    /// <summary>Plain text: headings underlined, tables as aligned columns, nothing escaped.</summary>
    public static readonly DocumentFormat PlainText = new(nameof(PlainText), 2);

    private DocumentFormat(string name, int value)
        : base(name, value)
    {
    }
}
