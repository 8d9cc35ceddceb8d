using System;
using System.Collections.Generic;

namespace ClientBoundaries.Documents.Words;

/// <summary>How a language's words are gathered into one table, by key.</summary>
internal static class WordTable
{
    /// <summary>Gathers a language's groups of words into one table; a key worded twice is a bug.</summary>
    public static IReadOnlyDictionary<string, Func<FactReader, string>> Collect(params IEnumerable<(string Key, Func<FactReader, string> Say)>[] groups)
    {
        var words = new Dictionary<string, Func<FactReader, string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var (key, say) in group)
            {
                words.Add(key, say);
            }
        }

        return words;
    }
}
