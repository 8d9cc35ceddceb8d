using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ClientBoundaries.Documents;

/// <summary>
/// Writes the blocks of a document (title, headings, paragraphs, lists, tables) in one format. Every
/// piece of text it is given is text, never markup: the Markdown writer escapes it (see
/// <see cref="DocumentFormat.Markdown"/> for what that guarantees).
/// </summary>
/// <remarks>The one mutable thing of a rendering, used by one thread for one document and then dropped. Lines end with "\n".</remarks>
internal abstract class DocumentWriter
{
    private readonly StringBuilder _text = new();
    private bool _inList;

    /// <summary>A writer for <paramref name="format"/>.</summary>
    public static DocumentWriter For(DocumentFormat format) =>
        format == DocumentFormat.Markdown ? new MarkdownWriter() : new PlainTextWriter();

    /// <summary>The document's title, once, at the top.</summary>
    public void Title(string text) => Block(TitleLines(text));

    /// <summary>A section heading.</summary>
    public void Heading(string text) => Block(HeadingLines(text, 2));

    /// <summary>A heading inside a section.</summary>
    public void Subheading(string text) => Block(HeadingLines(text, 3));

    /// <summary>A paragraph.</summary>
    public void Paragraph(string text) => Block(new[] { EscapeAtBlockStart(text) });

    /// <summary>A list item; consecutive items form one list. Level 1 is nested under the item before.</summary>
    public void Item(string text, int level = 0) => ListLine(EscapeAtBlockStart(text), level);

    /// <summary>A list item that starts with a label: "- **Label:** text" in Markdown.</summary>
    public void Item(string label, string text, int level = 0) => ListLine(Label(label) + " " + Escape(text), level);

    /// <summary>A table with a header row; every row has as many cells as the header.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) => Block(TableLines(header, rows));

    /// <summary>The document written so far, ending with one newline.</summary>
    public override string ToString() => _text.ToString();

    protected abstract IEnumerable<string> TitleLines(string text);

    protected abstract IEnumerable<string> HeadingLines(string text, int level);

    protected abstract IEnumerable<string> TableLines(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows);

    protected abstract string Label(string label);

    /// <summary>Text as it is written inside a line: after a heading's marker, a label, or other text.</summary>
    protected abstract string Escape(string text);

    /// <summary>Text as it is written where a block begins: a paragraph, a list item's text, a table cell.</summary>
    protected virtual string EscapeAtBlockStart(string text) => Escape(text);

    private void ListLine(string written, int level)
    {
        if (!_inList)
        {
            Separate();
        }

        _text.Append(' ', level * 2).Append("- ").Append(written).Append('\n');
        _inList = true;
    }

    private void Block(IEnumerable<string> lines)
    {
        Separate();
        foreach (var line in lines)
        {
            _text.Append(line).Append('\n');
        }

        _inList = false;
    }

    private void Separate()
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }
    }

    private sealed class MarkdownWriter : DocumentWriter
    {
        protected override IEnumerable<string> TitleLines(string text) => new[] { "# " + Escape(text) };

        protected override IEnumerable<string> HeadingLines(string text, int level) => new[] { new string('#', level) + " " + Escape(text) };

        protected override IEnumerable<string> TableLines(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            yield return Row(header);
            yield return "|" + string.Concat(header.Select(_ => "---|"));
            foreach (var row in rows)
            {
                yield return Row(row);
            }
        }

        protected override string Label(string label) => "**" + Escape(label) + ":**";

        // Inline, a backslash goes before every character CommonMark or GitHub gives a meaning to
        // (emphasis, code, links, raw HTML, table cells, headings, strikethrough, math), and before an "&"
        // that would start an entity (&copy; &#169;). Line breaks and other control characters become
        // spaces, so the text stays on its line; leading spaces are dropped, so it cannot become code.
        protected override string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (char.IsControl(c) || c is '\u2028' or '\u2029')
                {
                    c = ' ';
                }

                if (c == ' ' && escaped.Length == 0)
                {
                    continue;
                }

                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '$' || (c == '&' && StartsEntity(text, i)))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        // Where a block begins, the text cannot start a list ("- ", "+ ", "1. ", "1) "), a rule ("---"),
        // or a setext underline ("==="): a backslash goes before the marker. "*", "#", ">", "|", "`", "~"
        // and "<" are escaped wherever they are.
        protected override string EscapeAtBlockStart(string text)
        {
            var escaped = Escape(text);
            if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
            {
                return "\\" + escaped;
            }

            var digits = 0;
            while (digits < escaped.Length && escaped[digits] is >= '0' and <= '9')
            {
                digits++;
            }

            // A marker is a number then "." or ")" then a space or nothing: "2.5 hours" is not one.
            return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' && (digits + 1 == escaped.Length || escaped[digits + 1] == ' ')
                ? escaped.Substring(0, digits) + "\\" + escaped.Substring(digits)
                : escaped;
        }

        // An entity or a numeric character reference, as CommonMark reads them: &name; &#123; &#x1F;.
        private static bool StartsEntity(string text, int ampersand)
        {
            var i = ampersand + 1;
            var hex = false;
            if (i < text.Length && text[i] == '#')
            {
                i++;
                hex = i < text.Length && text[i] is 'x' or 'X';
                if (hex)
                {
                    i++;
                }
            }

            var numeric = i > ampersand + 1;
            var start = i;
            while (i < text.Length && i - start < 32 && (numeric
                ? text[i] is >= '0' and <= '9' || (hex && text[i] is >= 'a' and <= 'f' or >= 'A' and <= 'F')
                : text[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (i > start && text[i] is >= '0' and <= '9')))
            {
                i++;
            }

            return i > start && i < text.Length && text[i] == ';';
        }

        private string Row(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select(EscapeAtBlockStart)) + " |";
    }

    private sealed class PlainTextWriter : DocumentWriter
    {
        protected override IEnumerable<string> TitleLines(string text) => Underlined(Escape(text), '=');

        protected override IEnumerable<string> HeadingLines(string text, int level) =>
            level == 2 ? Underlined(Escape(text), '-') : new[] { Escape(text) };

        protected override IEnumerable<string> TableLines(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            // Each column is as wide as the widest cell as written, once escaped.
            var written = rows.Prepend(header).Select(row => row.Select(Escape).ToArray()).ToList();
            var widths = header.Select((_, i) => written.Max(row => row[i].Length)).ToArray();
            yield return Row(written[0], widths);
            yield return string.Join("  ", widths.Select(w => new string('-', w)));
            foreach (var row in written.Skip(1))
            {
                yield return Row(row, widths);
            }
        }

        protected override string Label(string label) => label + ":";

        // A line break (CRLF counts as one) or any other control character, a tab included, would break
        // the line or the columns: each becomes one space.
        protected override string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                escaped.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            }

            return escaped.ToString();
        }

        private static string[] Underlined(string text, char line) => new[] { text, new string(line, Math.Max(3, text.Length)) };

        private static string Row(string[] cells, int[] widths) =>
            string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
    }
}
