using System;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>What one call of a loader did: returned a value (maybe null), threw, or did not return in time.</summary>
internal sealed record Outcome(object? Value, Exception? Thrown, bool Hung);
