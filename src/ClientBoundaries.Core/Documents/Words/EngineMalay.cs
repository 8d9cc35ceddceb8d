using System;
using System.Collections.Generic;

namespace ClientBoundaries.Documents.Words;

/// <summary>The Malay of every sentence the engine hands to a reader, worded from the facts.</summary>
internal static partial class EngineMalay
{
    /// <summary>Every Malay sentence, by key.</summary>
    public static readonly IReadOnlyDictionary<string, Func<FactReader, string>> Words = WordTable.Collect();
}
