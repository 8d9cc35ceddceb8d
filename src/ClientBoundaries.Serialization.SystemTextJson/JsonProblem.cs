using System;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One thing wrong with a JSON document: where it is, as a JSON path (<c>$.stages[2].durationBusinessDays</c>),
/// and what is wrong there, with the value that was found.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> gives <c>path: message</c>, the form a CRM shows its admin.</remarks>
public sealed class JsonProblem : IEquatable<JsonProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where: a JSON path starting at <c>$</c>.</param>
    /// <param name="message">What is wrong, naming the value found.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JsonProblem(string path, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Where the problem is, as a JSON path: <c>$</c> for the whole document, <c>$.stages[2].owner</c> inside it.</summary>
    public string Path { get; }

    /// <summary>What is wrong there, e.g. <c>must be at least 1, was 0</c>.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(JsonProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JsonProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>The problem as <c>path: message</c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
