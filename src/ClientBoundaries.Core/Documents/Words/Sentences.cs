using System.Collections.Generic;
using ClientBoundaries.Documents.Words;

namespace ClientBoundaries.Primitives;

/// <content>
/// The engine's sentences are worded here: the declaration in <c>Primitives/Sentences.cs</c> is implemented by
/// <see cref="EngineWords"/>, so the engine states facts and only <c>Documents/</c> writes prose, in every language.
/// </content>
internal static partial class Sentences
{
    internal static partial string Say(Language language, string key, IReadOnlyList<Fact> facts) => EngineWords.Say(language, key, facts);

    internal static partial string English(string key, IReadOnlyList<Fact> facts) => EngineWords.Say(Language.English, key, facts);
}
