using System.Collections.Generic;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>One array of a mapped document, with where each of its items is.</summary>
internal sealed record MappedArray(TextRange Range, IReadOnlyList<MappedValue> Items);
