using System;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// One kind of damage done to a JSON text: its name, how often the mutator picks it, and how it is done
/// (given the text and its map; null when the text has nothing it applies to). The detail it returns
/// says exactly what it did, for the failure message.
/// </summary>
internal sealed record Mutation(string Name, int Weight, Func<Random, string, DocumentMap, (string Text, string Detail)?> Apply);
