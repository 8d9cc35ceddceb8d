namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>What a loader reads: JSON text (a .NET string), UTF-8 bytes, or the rows of a stream (one event's text each).</summary>
internal enum DocumentForm
{
    Text,
    Utf8,
    Rows,
}
