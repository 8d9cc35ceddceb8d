using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A date on which a party would work by its working week but does not, and why: a holiday, a
/// holiday observed on another day, a closure, or a date its time zone skipped. These are the days that push its dates out.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when date and reason are equal.</remarks>
public sealed record DayOff
{
    internal DayOff(LocalDate date, string reason)
    {
        Date = date;
        Reason = reason;
    }

    /// <summary>The date taken off.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// Why, as a person would say it: the holiday's name, the name followed by "(observed)" when
    /// the holiday fell on a day off and moved here, the closure's reason, or, for a date the zone's
    /// clocks skipped entirely, "No such date in Pacific/Apia: its clocks skipped it".
    /// </summary>
    public string Reason { get; }

    /// <summary>The date and the reason: <c>2026-07-03 Independence Day (observed)</c>.</summary>
    /// <returns>The day off as text.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Reason}";
}
