using ClientBoundaries.Calendars;
using NodaTime;

namespace CrmPlugin;

/// <summary>A client of the studio: its engagement's stream in the event store, its name and its business calendar.</summary>
internal sealed record Client(string Stream, string Name, BusinessCalendar Calendar)
{
    /// <summary>A moment on the client's own clock, written "2026-03-18T16:00".</summary>
    public Instant At(string localDateTime) => Moments.At(localDateTime, Calendar.Zone);
}
