using System;
using System.Threading;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Text worded when it is first read, then kept: the convenience English of a value the engine lists by its figures
/// (a due reminder or consequence), which a host may list by the thousand and never read.
/// </summary>
/// <remarks>
/// Thread-safe: two threads reading it first may both word it, and both get the same text (the words are a pure
/// function of facts fixed when it was made). Not a value: the value that holds it compares the text.
/// </remarks>
internal sealed class DeferredText
{
    // Null when the text was given: it is never asked for then.
    private readonly Func<string>? _word;
    private string? _text;

    /// <summary>Text to word on first reading.</summary>
    public DeferredText(Func<string> word) => _word = word;

    /// <summary>Text already worded (read back from storage, say).</summary>
    public DeferredText(string text) => _text = text;

    /// <summary>The text, worded now if it was not yet.</summary>
    public string Text => Volatile.Read(ref _text) ?? LazyInitializer.EnsureInitialized(ref _text, _word!)!;

    public override string ToString() => Text;
}
