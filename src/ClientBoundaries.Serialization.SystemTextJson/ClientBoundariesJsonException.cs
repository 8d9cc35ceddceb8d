using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A JSON document that cannot be read as a ClientBoundaries value: malformed, too large or too deep,
/// of the wrong shape, or describing a value the library would refuse. Lists every problem found, each
/// with its JSON path, not only the first.
/// </summary>
/// <remarks>
/// Derives from <see cref="JsonException"/>, so code that already catches the serializer's exception
/// catches this one too. <see cref="JsonException.Path"/> is the path of the first problem. Nothing is
/// ever half-read: when this is thrown, no value was produced.
/// </remarks>
public sealed class ClientBoundariesJsonException : JsonException
{
    /// <summary>Creates the exception for <paramref name="problems"/>.</summary>
    /// <param name="what">What was being read, e.g. "agreement template".</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ClientBoundariesJsonException(string what, IReadOnlyList<JsonProblem> problems)
        : base(Describe(what, problems), problems[0].Path, null, null)
    {
        Problems = problems.ToArray();
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    private static string Describe(string what, IReadOnlyList<JsonProblem> problems)
    {
        Preconditions.CheckNotNull(what, nameof(what));
        Preconditions.CheckNotNull(problems, nameof(problems));

        if (problems.Count == 0)
        {
            throw new ArgumentException("An exception needs at least one problem.", nameof(problems));
        }

        return problems.Count == 1
            ? $"The {what} cannot be read: {problems[0]}"
            : $"The {what} cannot be read ({problems.Count} problems):" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
    }
}
