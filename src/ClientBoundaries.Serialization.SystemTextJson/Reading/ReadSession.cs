using System.Collections.Generic;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>The problems found while reading one document. One per read, used by one thread, then dropped.</summary>
internal sealed class ReadSession
{
    private readonly List<JsonProblem> _problems = new();

    /// <summary>Every problem so far, in the order found (document order).</summary>
    public IReadOnlyList<JsonProblem> Problems => _problems;

    /// <summary>Whether the reader should stop looking: <see cref="JsonLimits.MaxProblems"/> were found.</summary>
    public bool IsFull => _problems.Count >= JsonLimits.MaxProblems;

    /// <summary>Records a problem at <paramref name="path"/>, unless the session is full.</summary>
    /// <remarks>
    /// Control characters are escaped here, the one door every problem passes, so none reaches a message raw: not a
    /// value the reader quotes, nor a key or name the library's own refusal repeats.
    /// </remarks>
    public void Add(string path, string message)
    {
        if (!IsFull)
        {
            _problems.Add(new JsonProblem(ControlCharacters.Escape(path), ControlCharacters.Escape(message)));
        }
    }
}
