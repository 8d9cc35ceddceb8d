using System;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// What the working-time table asks of a business calendar: which dates are business days, how a range of a date
/// becomes instants, and the calendar's own checks, which it repeats so that its exceptions stay the calendar's.
/// The calendar implements it; the table takes it as a value, so neither file calls the other back.
/// </summary>
internal interface IWorkingDays
{
    /// <summary>The calendar's time zone.</summary>
    DateTimeZone Zone { get; }

    /// <summary>The calendar's working week: its working weekdays and hours.</summary>
    WorkingWeek WorkingWeek { get; }

    /// <summary>Whether a date is a business day.</summary>
    bool IsBusinessDay(LocalDate date);

    /// <summary>The first business day after a date; throws past the last one.</summary>
    LocalDate NextBusinessDay(LocalDate date);

    /// <summary>The last business day before a date; throws before the first one.</summary>
    LocalDate PreviousBusinessDay(LocalDate date);

    /// <summary>The local date of an instant; throws where it has none.</summary>
    LocalDate ToLocalDate(Instant instant);

    /// <summary>Whether an instant has a local date (false in the last hours of 9999 ahead of UTC).</summary>
    bool HasDateAt(Instant instant);

    /// <summary>A range of a date as instants, as the calendar resolves it.</summary>
    (Instant Start, Instant End) ToInstants(LocalDate date, TimeOfDayRange range);

    /// <summary>The days off on working weekdays between two day numbers (inclusive), ascending.</summary>
    ArraySegment<int> DayNumbersOff(int firstDay, int lastDay);

    /// <summary>
    /// The instant of a local time (nanoseconds after midnight, below a day) on a day number, from the calendar's table of
    /// its zone's offsets, when no change of offset is within two days of it; false otherwise (the caller asks the zone).
    /// </summary>
    bool TryInstantAtLocal(int day, long nanosecondOfDay, out Instant instant);

    /// <summary>The zone's offset at an instant in seconds, from the calendar's table of offsets; false outside its years.</summary>
    bool TryOffsetAt(Instant instant, out int offsetSeconds);
}
