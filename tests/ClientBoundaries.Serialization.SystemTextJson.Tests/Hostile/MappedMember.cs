namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>One property of an object in a mapped document: its name as written, where the name is, and its value.</summary>
internal sealed record MappedMember(string Name, TextRange NameRange, MappedValue Value)
{
    /// <summary>The whole member, from its name's opening quote to its value's end.</summary>
    public TextRange Range => new(NameRange.Start, Value.Range.End);
}
