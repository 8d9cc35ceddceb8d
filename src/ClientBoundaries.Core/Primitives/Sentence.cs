using System;
using System.Collections.Generic;
using System.Threading;

namespace ClientBoundaries.Primitives;

/// <summary>
/// A sentence the engine stated as facts, worded for its reader in the reader's language when it is first read, and in
/// any other language on request: a due reminder's or consequence's explanation, a communication to-do. An assessment
/// lists such items by their figures, and a sweep may list thousands that are never read.
/// </summary>
/// <remarks>
/// Thread-safe: two threads reading it first may both word it, and both get the same text (the words are a pure
/// function of facts fixed when it was made). A sentence read back from storage holds only its text, in the language
/// it was written in. Not a value: the value that holds it compares the text.
/// </remarks>
internal sealed class Sentence
{
    private readonly string? _key;
    private readonly Language _language;

    // Null when the text was given (read back): it is then the only wording there is.
    private readonly IFactSource? _source;
    private IReadOnlyList<Fact>? _facts;
    private string? _text;

    /// <summary>A sentence whose facts <paramref name="source"/> states when it is first read, for a reader of <paramref name="language"/>.</summary>
    public Sentence(string key, IFactSource source, Language language)
    {
        _key = key;
        _source = source;
        _language = language;
    }

    /// <summary>
    /// What a sentence worded when first read states: the facts true when it was made, worked out then. One object that
    /// holds what it needs, so a sweep that lists thousands of sentences and reads a few makes one small object for each.
    /// </summary>
    internal interface IFactSource
    {
        /// <summary>The facts, worked out now; asked once, or at most once per thread reading the sentence first.</summary>
        IReadOnlyList<Fact> StateFacts();
    }

    /// <summary>A sentence stated now, for a reader of <paramref name="language"/>.</summary>
    public Sentence(string key, IReadOnlyList<Fact> facts, Language language)
    {
        _key = key;
        _facts = facts;
        _language = language;
    }

    /// <summary>Text already worded (read back from storage, say): every language reads it as it is.</summary>
    public Sentence(string text)
    {
        _text = text;
        _language = Language.English;
    }

    /// <summary>The text in its reader's language, worded now if it was not yet.</summary>
    public string Text => Volatile.Read(ref _text) ?? LazyInitializer.EnsureInitialized(ref _text, () => Sentences.Say(_language, _key!, Facts!))!;

    /// <summary>The text in <paramref name="language"/>; a sentence read back from storage has only the text it was stored with.</summary>
    public string In(Language language) =>
        language == _language || _key is null ? Text : Sentences.Say(language, _key, Facts!);

    private IReadOnlyList<Fact>? Facts => Volatile.Read(ref _facts) ?? (_source is null ? null : StatedFacts(_source));

    private IReadOnlyList<Fact> StatedFacts(IFactSource source)
    {
        // Two threads may both state them: the facts are the same, and the first kept is the one every reader gets.
        Interlocked.CompareExchange(ref _facts, source.StateFacts(), null);
        return _facts!;
    }

    public override string ToString() => Text;
}
