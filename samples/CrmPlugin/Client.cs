using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using NodaTime;

namespace CrmPlugin;

/// <summary>
/// A client of the studio: its engagement's stream in the event store, its name, its business calendar, and the
/// language it is written to in.
/// </summary>
internal sealed record Client(string Stream, string Name, BusinessCalendar Calendar, Language Language)
{
    /// <summary>A moment on the client's own clock, written "2026-03-18T16:00".</summary>
    public Instant At(string localDateTime) => Moments.At(localDateTime, Calendar.Zone);
}
