using System;
using System.Collections.Generic;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>The ids of the TZDB zones NodaTime ships, as they are spelled, and by their spelling in any case.</summary>
/// <remarks>Built on first use, once: the zones a document names are looked up without scanning the list.</remarks>
internal static class TzdbIds
{
    /// <summary>Every id of <see cref="DateTimeZoneProviders.Tzdb"/>, canonical and alias, spelled exactly.</summary>
    public static readonly HashSet<string> Exactly = new(DateTimeZoneProviders.Tzdb.Ids, StringComparer.Ordinal);

    /// <summary>Each id by its spelling in any case: <c>europe/madrid</c> gives <c>Europe/Madrid</c>.</summary>
    public static readonly Dictionary<string, string> IgnoringCase = ByCase();

    private static Dictionary<string, string> ByCase()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            // No two TZDB ids differ only in case; should a release ship two, the first listed is the suggestion.
            if (!ids.TryGetValue(id, out _))
            {
                ids[id] = id;
            }
        }

        return ids;
    }
}
