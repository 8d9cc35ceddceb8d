namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>
/// The limits every reader of this package applies, so hostile input fails fast and clearly instead of
/// exhausting memory or the stack. Generous for real agreements and event streams; documented in docs/json.md.
/// </summary>
internal static class JsonLimits
{
    /// <summary>The deepest nesting of objects and arrays read (an agreement needs about ten).</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document read, in UTF-8 bytes (or UTF-16 characters for a string): 16 MiB.</summary>
    public const int MaxDocumentLength = 16 * 1024 * 1024;

    /// <summary>The most items read in one array (events of one stream, stages of one agreement, ...).</summary>
    public const int MaxArrayLength = 100_000;

    /// <summary>The longest string value read, in characters.</summary>
    public const int MaxStringLength = 100_000;

    /// <summary>The most problems one document reports; past that, reading stops with what it has.</summary>
    public const int MaxProblems = 100;
}
