using System;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// One kind of damage only bytes can carry (a cut inside a character, invalid UTF-8, a byte order mark), for
/// the loaders that read UTF-8; <see cref="Apply"/> is given the bytes and the map of their text.
/// </summary>
internal sealed record ByteMutation(string Name, Func<Random, byte[], DocumentMap?, string, (byte[] Bytes, string Detail)> Apply);
