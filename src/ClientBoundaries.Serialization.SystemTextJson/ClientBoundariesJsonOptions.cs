using System.Text.Json;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Adds this package's converters to your own <see cref="JsonSerializerOptions"/>.</summary>
public static class ClientBoundariesJsonOptions
{
    /// <summary>
    /// Adds a converter for every ClientBoundaries value (agreements, plans, commands, events, assessments,
    /// scope decisions, change orders, money) to <paramref name="options"/>, so they can be part of your own
    /// types. The converters use no reflection. For a trimmed or AOT app, use <see cref="ClientBoundariesJsonContext"/>.
    /// </summary>
    /// <param name="options">The options to add to; they must not have been used yet.</param>
    /// <returns>The same options, to chain.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options have already been used to serialize, so they are read-only.</exception>
    public static JsonSerializerOptions ConfigureForClientBoundaries(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        foreach (var converter in Converters.All())
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}
