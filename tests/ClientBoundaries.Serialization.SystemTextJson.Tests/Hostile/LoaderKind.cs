namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>How a loader may answer bad input, which decides how the oracle judges it.</summary>
internal enum LoaderKind
{
    /// <summary>The package's own entry point: a value, or <see cref="ClientBoundariesJsonException"/>; never null.</summary>
    Reader,

    /// <summary>
    /// <c>JsonSerializer.Deserialize</c> through the context or the options: as a reader, except that a JSON <c>null</c> is
    /// read as null (the serializer's rule for every reference type), and what the serializer refuses before or after the
    /// package's converter runs is the serializer's own <see cref="System.Text.Json.JsonException"/> (see docs/json.md).
    /// </summary>
    Serializer,

    /// <summary>Returns the problems instead of throwing: never throws, and finds none exactly when its loader succeeds.</summary>
    Validator,
}
