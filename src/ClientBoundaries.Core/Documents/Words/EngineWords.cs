using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The words of every sentence the engine hands to a reader, by language: each language words each sentence from the
/// facts in its own way (<see cref="EngineEnglish"/>, <see cref="EngineSpanish"/>, <see cref="EngineIndonesian"/>,
/// <see cref="EngineMalay"/>), never by translating another language's text, and writes dates, times and amounts in the
/// one format of its <see cref="Phrasebook"/>.
/// </summary>
/// <remarks>
/// Two kinds of sentence are English only, because no reader chooses their language: the log text of a value
/// (<c>value.*</c>, its <c>ToString()</c>) and the texts the engine records in events (an expectation, a closure's
/// reason, a change order's amendment), which are stored as they were worded.
/// </remarks>
internal static class EngineWords
{
    private static readonly Lazy<IReadOnlyDictionary<string, Func<FactReader, string>>>[] Tables =
    {
        new(() => EngineEnglish.Words),
        new(() => EngineSpanish.Words),
        new(() => EngineIndonesian.Words),
        new(() => EngineMalay.Words),
    };

    /// <summary>The keys every language words: what a reader may be handed.</summary>
    public static IEnumerable<string> ReaderKeys => EngineEnglish.ReaderKeys;

    /// <summary>The keys worded in English only: log texts and recorded texts.</summary>
    public static IEnumerable<string> EnglishOnlyKeys => EngineEnglish.EnglishOnlyKeys;

    /// <summary>The fact that names the zone a reader reads bare instants in (the provider's, beside a refusal's instants).</summary>
    internal const string ReaderZone = "readerZone";

    /// <summary>The words of <paramref name="language"/>, by key.</summary>
    internal static IReadOnlyDictionary<string, Func<FactReader, string>> Of(Language language) => Tables[language.Value - 1].Value;

    /// <summary>The sentence of <paramref name="key"/> in <paramref name="language"/>, worded from <paramref name="facts"/>.</summary>
    /// <exception cref="InvalidOperationException">No words for the key, or a fact they need is missing: a bug in the library.</exception>
    public static string Say(Language language, string key, IReadOnlyList<Fact> facts)
    {
        if (Of(language).TryGetValue(key, out var say))
        {
            return say(new FactReader(key, facts, WordsFor(language, facts)));
        }

        if (language != Language.English && EngineEnglish.IsEnglishOnly(key))
        {
            return Say(Language.English, key, facts);
        }

        throw new InvalidOperationException($"The library has no {language.Name} for the sentence '{key}'.");
    }

    /// <summary>The language's phrasebook, reading bare instants in the reader's zone when the facts state one (<c>readerZone</c>).</summary>
    private static Phrasebook WordsFor(Language language, IReadOnlyList<Fact> facts)
    {
        var words = Phrasebook.Of(language);
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Name == ReaderZone && facts[i].Value is DateTimeZone zone)
            {
                return words.ForReaderIn(zone, words.ZoneTime(zone));
            }
        }

        return words;
    }
}
