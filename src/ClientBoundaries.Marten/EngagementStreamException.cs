using System;

namespace ClientBoundaries.Marten;

/// <summary>
/// An engagement stream in PostgreSQL that cannot be loaded: a row written by a newer version of the JSON format, a
/// row edited by hand, or rows that do not replay together. The message names the stream, and the version of the
/// row and its schema version where one is to blame.
/// </summary>
/// <remarks>Nothing was decided or written when this is thrown.</remarks>
public sealed class EngagementStreamException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="engagementId">The stream that cannot be loaded.</param>
    /// <param name="eventVersion">The version (1-based position) of the row to blame, if one is.</param>
    /// <param name="schemaVersion">The schema version that row was written with, if it says.</param>
    /// <param name="message">What is wrong, in full.</param>
    /// <param name="innerException">What Marten or the JSON package reported, if anything.</param>
    public EngagementStreamException(string engagementId, long? eventVersion, int? schemaVersion, string message, Exception? innerException)
        : base(message, innerException)
    {
        EngagementId = engagementId;
        EventVersion = eventVersion;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The stream that cannot be loaded.</summary>
    public string EngagementId { get; }

    /// <summary>The version of the row to blame in the stream, or null when no single row is.</summary>
    public long? EventVersion { get; }

    /// <summary>The schema version that row was written with, or null when it does not say.</summary>
    public int? SchemaVersion { get; }
}
