using System.Collections.Generic;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// One date of the calendar export before it is written: its stable UID, its texts, when it happens
/// (a span of whole days, or a moment or a time-box in a party's zone) and its reminders.
/// </summary>
/// <remarks>Immutable; built by <see cref="CalendarExport"/> and written by <see cref="ICalendarWriter"/>.</remarks>
internal sealed record CalendarEvent
{
    private CalendarEvent(string uid, string summary, string? description, bool busy, IReadOnlyList<CalendarAlarm> alarms)
    {
        Uid = uid;
        Summary = summary;
        Description = description;
        Busy = busy;
        Alarms = alarms;
    }

    /// <summary>The UID: the same for the same date in every export of the agreement.</summary>
    public string Uid { get; }

    /// <summary>The title shown in the calendar.</summary>
    public string Summary { get; }

    /// <summary>The longer text, with line breaks; null for none.</summary>
    public string? Description { get; }

    /// <summary>Whether it takes time in the calendar (a meeting); dates and reminders do not.</summary>
    public bool Busy { get; }

    /// <summary>The reminders of the event.</summary>
    public IReadOnlyList<CalendarAlarm> Alarms { get; }

    /// <summary>For an all-day event, its first day; null for a timed one.</summary>
    public LocalDate? FirstDay { get; private init; }

    /// <summary>For an all-day event, its last day (inclusive: the export writes the day after it as DTEND, as RFC 5545 wants, or a DURATION when that day would be past 9999-12-31).</summary>
    public LocalDate? LastDay { get; private init; }

    /// <summary>For a timed event, when it starts.</summary>
    public Instant? Start { get; private init; }

    /// <summary>For a time-box, when it ends; null for a moment (a handoff), which RFC 5545 lets end where it starts.</summary>
    public Instant? End { get; private init; }

    /// <summary>For a timed event, the zone its times are written in: the party whose moment it is.</summary>
    public DateTimeZone? Zone { get; private init; }

    /// <summary>
    /// Whether the date no longer happens (the engagement ended first, or the meeting was called off): written with
    /// <c>STATUS:CANCELLED</c> under its usual UID and without reminders, so a calendar that imported it removes or strikes it.
    /// </summary>
    public bool IsCancelled { get; private init; }

    /// <summary>The same date, cancelled: same UID and texts, no reminders.</summary>
    public CalendarEvent Cancelled() =>
        new(Uid, Summary, Description, Busy, System.Array.Empty<CalendarAlarm>())
        {
            FirstDay = FirstDay,
            LastDay = LastDay,
            Start = Start,
            End = End,
            Zone = Zone,
            IsCancelled = true,
        };

    /// <summary>Whole days, from <paramref name="first"/> through <paramref name="last"/>, both included.</summary>
    public static CalendarEvent AllDay(string uid, string summary, string? description, LocalDate first, LocalDate last, IReadOnlyList<CalendarAlarm> alarms) =>
        new(uid, summary, description, busy: false, alarms) { FirstDay = first, LastDay = last < first ? first : last };

    /// <summary>A moment (no end) or a time-box, written in <paramref name="zone"/>.</summary>
    public static CalendarEvent Timed(string uid, string summary, string? description, Instant start, Instant? end, DateTimeZone zone, bool busy, IReadOnlyList<CalendarAlarm> alarms) =>
        new(uid, summary, description, busy, alarms) { Start = start, End = end, Zone = zone };
}
