using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>One value of a mapped document: its kind and where it is (an object or array with everything in it).</summary>
internal sealed record MappedValue(JsonValueKind Kind, TextRange Range);
