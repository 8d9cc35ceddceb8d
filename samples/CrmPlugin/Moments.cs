using NodaTime;
using NodaTime.Text;

namespace CrmPlugin;

/// <summary>Moments written and read the same way on every machine, whatever its culture.</summary>
internal static class Moments
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern Shown = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <summary>A moment on a clock in <paramref name="zone"/>, written "2026-03-18T16:00".</summary>
    public static Instant At(string localDateTime, DateTimeZone zone) =>
        Local.Parse(localDateTime).Value.InZoneStrictly(zone).ToInstant();

    /// <summary>"2026-03-19 02:00 Europe/Lisbon".</summary>
    public static string Show(Instant instant, DateTimeZone zone) =>
        $"{Shown.Format(instant.InZone(zone).LocalDateTime)} {zone.Id}";

    /// <summary>"2026-03-31".</summary>
    public static string Show(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
