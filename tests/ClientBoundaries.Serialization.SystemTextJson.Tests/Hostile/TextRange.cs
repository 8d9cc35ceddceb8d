namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>Where something is in a JSON text: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), in UTF-16 characters.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}
