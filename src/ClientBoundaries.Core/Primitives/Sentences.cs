using System.Collections.Generic;

namespace ClientBoundaries.Primitives;

/// <summary>
/// Where the engine gets the words of the sentences it hands out (a refusal's message, a due consequence's explanation,
/// a scope answer, a to-do, an expectation). The engine decides and states facts; the words are written in one place,
/// <c>Documents/Words/</c>, which implements this declaration, so no file outside <c>Documents/</c> holds prose.
/// </summary>
internal static partial class Sentences
{
    /// <summary>The sentence for <paramref name="key"/> (a refusal's code, or the name of a kind of sentence) in <paramref name="language"/>, worded from <paramref name="facts"/>.</summary>
    internal static partial string Say(Language language, string key, IReadOnlyList<Fact> facts);

    /// <summary>The English sentence for <paramref name="key"/>: the log text of a value, and the texts the engine records in events.</summary>
    internal static partial string English(string key, IReadOnlyList<Fact> facts);
}
