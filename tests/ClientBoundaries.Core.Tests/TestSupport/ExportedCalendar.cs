using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Xunit.Sdk;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// An exported calendar file read back with Ical.Net, the iCalendar library .NET calendar apps use, so a test sees
/// what such an app sees: the events by UID, their dates and times with their zones, their texts unfolded and
/// unescaped, their reminders. Reading fails when Ical.Net cannot read the file, leaves a value unread (it reads a
/// malformed date or duration as nothing, without a word), or cannot place a date-time on the time line.
/// </summary>
/// <remarks>
/// The library never depends on Ical.Net: only the tests and the imported-calendar sample do. Checks of the raw text
/// that are about its form (CRLF, lines folded at 75 octets, escapes) read the lines themselves (<see cref="ICalendarLines"/>).
/// </remarks>
internal static class ExportedCalendar
{
    /// <summary>The one VCALENDAR of the file, every value read.</summary>
    public static IcalCalendar Load(string text) => Load(() => CalendarCollection.Load(text));

    /// <summary>The one VCALENDAR of the file as a calendar app opens it: its bytes, decoded by Ical.Net.</summary>
    public static IcalCalendar Load(byte[] file) => Load(() => CalendarCollection.Load(new MemoryStream(file, writable: false)));

    private static IcalCalendar Load(Func<CalendarCollection> read)
    {
        CalendarCollection calendars;
        try
        {
            calendars = read();
        }
        catch (Exception e)
        {
            throw new XunitException($"Ical.Net could not read the file: {e.GetType().Name}: {e.Message}");
        }

        if (calendars.Count != 1)
        {
            throw new XunitException($"The file holds {calendars.Count} calendars, not one.");
        }

        var calendar = calendars[0];
        var unread = Unread(calendar, "VCALENDAR").ToList();
        if (unread.Count > 0)
        {
            throw new XunitException("Ical.Net left these values unread: " + string.Join("; ", unread));
        }

        foreach (var entry in calendar.Events)
        {
            try
            {
                _ = entry.Start?.AsUtc;
                _ = entry.DtEnd?.AsUtc;
            }
            catch (Exception e)
            {
                throw new XunitException($"Ical.Net cannot place {entry.Uid} on the time line: {e.Message}");
            }
        }

        return calendar;
    }

    /// <summary>The events of the file by UID; a UID used twice fails.</summary>
    public static Dictionary<string, IcalEvent> Events(string text) => Load(text).Events.ToDictionary(e => e.Uid!);

    /// <summary>A DATE value: fails when it has a time.</summary>
    public static LocalDate Day(CalDateTime? value)
    {
        if (value is null || value.HasTime)
        {
            throw new XunitException($"Expected a date without a time, found {value?.ToString() ?? "nothing"}.");
        }

        return LocalDate.FromDateOnly(value.Date);
    }

    /// <summary>A DATE-TIME value as written: its TZID (<c>UTC</c> for a time in UTC) and its local date and time; fails for a date.</summary>
    public static (string? Zone, LocalDateTime Local) Timed(CalDateTime? value)
    {
        if (value is null || !value.HasTime)
        {
            throw new XunitException($"Expected a date and time, found {value?.ToString() ?? "nothing"}.");
        }

        return (value.TzId, LocalDateTime.FromDateTime(value.Value));
    }

    /// <summary>The moment a DATE-TIME value stands for, as Ical.Net places it (a repeated local time is its first pass).</summary>
    public static Instant Moment(CalDateTime? value) =>
        value is { HasTime: true }
            ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc))
            : throw new XunitException($"Expected a date and time, found {value?.ToString() ?? "nothing"}.");

    /// <summary>Each reminder: what its trigger is counted from (<c>START</c> or <c>END</c>), how long before, its text. Fails for an action other than DISPLAY.</summary>
    public static List<(string Related, NodaTime.Duration Before, string Text)> Alarms(IcalEvent entry) =>
        entry.Alarms.Select(alarm =>
        {
            if (alarm.Action != "DISPLAY" || alarm.Trigger?.Duration is not { } offset)
            {
                throw new XunitException($"{entry.Uid} has an alarm that is not a DISPLAY with a relative trigger.");
            }

            return (alarm.Trigger.Related, -NodaTime.Duration.FromTimeSpan(offset.ToTimeSpanUnspecified()), alarm.Description ?? string.Empty);
        }).ToList();

    /// <summary>
    /// A VTIMEZONE's observances by the local time each starts (Ical.Net lists them by kind; their order in a file means
    /// nothing): STANDARD or DAYLIGHT, that local time, the offsets from and to, its name.
    /// </summary>
    public static List<(string Kind, LocalDateTime Start, Offset From, Offset To, string Name)> Observances(VTimeZone zone) =>
        zone.TimeZoneInfos.Select(o => (o.Name, Timed(o.DtStart).Local, Offset.FromTimeSpan(o.OffsetFrom!.Offset), Offset.FromTimeSpan(o.OffsetTo!.Offset), o.TimeZoneName ?? string.Empty)).OrderBy(o => o.Item2).ToList();

    /// <summary>The properties whose value Ical.Net could not read, named by their component.</summary>
    private static IEnumerable<string> Unread(ICalendarComponent component, string where)
    {
        foreach (var property in component.Properties.Where(p => p.Value is null))
        {
            yield return where + ": " + property.Name;
        }

        foreach (var child in component.Children.OfType<ICalendarComponent>())
        {
            var name = child is UniqueComponent { Uid: { } uid } ? child.Name + " " + uid : child is VTimeZone { TzId: { } id } ? child.Name + " " + id : where + " > " + child.Name;
            foreach (var problem in Unread(child, name))
            {
                yield return problem;
            }
        }
    }
}
