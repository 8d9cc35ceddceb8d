using System.Collections.Generic;
using ClientBoundaries.Documents.Words;

namespace ClientBoundaries.Primitives;

/// <content>
/// The engine's English comes from here: the declaration in <c>Primitives/Sentences.cs</c> is implemented by the
/// words of <see cref="EngineEnglish"/>, so the engine states facts and only <c>Documents/</c> writes prose.
/// </content>
internal static partial class Sentences
{
    internal static partial string English(string key, IReadOnlyList<Fact> facts) => EngineEnglish.Say(key, facts);
}
