using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrmPlugin;

/// <summary>Moments written and read the same way on every machine, whatever its culture.</summary>
internal static class Moments
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDatePattern Day = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>A moment on a clock in <paramref name="zone"/>, written "2026-03-18T16:00".</summary>
    public static Instant At(string localDateTime, DateTimeZone zone) =>
        Local.Parse(localDateTime).Value.InZoneStrictly(zone).ToInstant();

    /// <summary>"19 March 2026 at 02:00 (Lisbon time)": the zone named by its city.</summary>
    public static string Show(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{Day.Format(local.Date)} at {Time.Format(local.TimeOfDay)} ({zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ')} time)";
    }

    /// <summary>"31 March 2026".</summary>
    public static string Show(LocalDate date) => Day.Format(date);
}
