namespace CrmPlugin;

/// <summary>What became of an append: written, or refused because the stream moved on since it was loaded.</summary>
internal abstract record AppendResult
{
    private AppendResult()
    {
    }

    /// <summary>Every event was written; the stream is now at <paramref name="Version"/>.</summary>
    public sealed record Appended(int Version) : AppendResult;

    /// <summary>
    /// Nothing was written: the caller expected <paramref name="Expected"/>, but the stream is at
    /// <paramref name="Actual"/>. Reload, decide again on what is there now, and append again.
    /// </summary>
    public sealed record Conflict(int Expected, int Actual) : AppendResult;
}
