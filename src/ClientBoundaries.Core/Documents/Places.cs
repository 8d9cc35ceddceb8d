using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// A time zone as people name it: by its place ("Madrid time", "hora de Madrid", "waktu Jakarta"), from a small table
/// of the zones the library's users work in, with the zone's id as the fallback for any other.
/// </summary>
internal static class Places
{
    // Where a language writes the place its own way; every other language uses the first name.
    private static readonly Dictionary<string, (string Name, string? Spanish)> Known = new(StringComparer.Ordinal)
    {
        { "Europe/Madrid", ("Madrid", null) },
        { "Europe/London", ("London", "Londres") },
        { "Europe/Lisbon", ("Lisbon", "Lisboa") },
        { "Europe/Paris", ("Paris", "París") },
        { "Europe/Berlin", ("Berlin", "Berlín") },
        { "Asia/Jakarta", ("Jakarta", "Yakarta") },
        { "Asia/Makassar", ("Makassar", null) },
        { "Asia/Jayapura", ("Jayapura", null) },
        { "Asia/Kuala_Lumpur", ("Kuala Lumpur", null) },
        { "Asia/Singapore", ("Singapore", "Singapur") },
        { "America/New_York", ("New York", "Nueva York") },
        { "America/Chicago", ("Chicago", null) },
        { "America/Los_Angeles", ("Los Angeles", "Los Ángeles") },
        { "America/Mexico_City", ("Mexico City", "Ciudad de México") },
        { "America/Bogota", ("Bogotá", null) },
        { "America/Santiago", ("Santiago de Chile", null) },
        { "America/Argentina/Buenos_Aires", ("Buenos Aires", null) },
        { "Australia/Sydney", ("Sydney", "Sídney") },
        { "UTC", ("UTC", null) },
        { "Etc/UTC", ("UTC", null) },
    };

    /// <summary>The place a zone is named by in <paramref name="words"/>' language, or its id when the table does not know it.</summary>
    public static string PlaceOf(this Phrasebook words, DateTimeZone zone) =>
        Known.TryGetValue(zone.Id, out var place)
            ? words.Language == Language.Spanish && place.Spanish is { } spanish ? spanish : place.Name
            : zone.Id;

    /// <summary>"(Madrid time)", "(hora de Madrid)", "(waktu Jakarta)": the zone a time is read in.</summary>
    public static string ZoneTime(this Phrasebook words, DateTimeZone zone) => words.Say(TextKey.ZoneTime, words.PlaceOf(zone));
}
