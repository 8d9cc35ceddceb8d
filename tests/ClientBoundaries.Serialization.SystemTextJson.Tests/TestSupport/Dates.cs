using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>Short ways to write dates and instants (a copy of the core tests' helper).</summary>
internal static class Dates
{
    private static readonly LocalDateTimePattern LocalMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static LocalDate D(string isoDate) => LocalDatePattern.Iso.Parse(isoDate).Value;

    public static Instant I(string isoInstant) => InstantPattern.General.Parse(isoInstant).Value;

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    /// <summary>The instant of a local date and time (<c>2026-03-30T09:00</c>) in Madrid.</summary>
    public static Instant Madrid(string isoLocalDateTime) =>
        LocalMinutes.Parse(isoLocalDateTime).Value.InZoneStrictly(Zone("Europe/Madrid")).ToInstant();
}
