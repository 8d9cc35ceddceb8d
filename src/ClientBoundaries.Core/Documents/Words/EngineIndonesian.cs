using System;
using System.Collections.Generic;

namespace ClientBoundaries.Documents.Words;

/// <summary>The Indonesian of every sentence the engine hands to a reader, worded from the facts.</summary>
internal static partial class EngineIndonesian
{
    /// <summary>Every Indonesian sentence, by key.</summary>
    public static readonly IReadOnlyDictionary<string, Func<FactReader, string>> Words = WordTable.Collect();
}
