using System.Linq;
using ClientBoundaries.Calendars;
using NodaTime;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// The calendars the time-edge tests arrange with: a working week of any shape in any zone, in one line.
/// </summary>
internal static class TimeRules
{
    /// <summary>00:00-24:00.</summary>
    public static readonly TimeOfDayRange WholeDay = new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>A range from whole hours and minutes; an end of 24:00 is written 0, 0.</summary>
    public static TimeOfDayRange Hours(int startHour, int startMinute, int endHour, int endMinute) =>
        TimeOfDayRange.Of(startHour, startMinute, endHour, endMinute);

    /// <summary>A calendar that works one day a week, with these hours, and no holidays.</summary>
    public static BusinessCalendar Weekly(string zone, IsoDayOfWeek day, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.Of(new[] { day }, hours));

    /// <summary>A calendar that works every day of the week, with these hours, and no holidays.</summary>
    public static BusinessCalendar EveryDay(string zone, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.Of(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d), hours));

    /// <summary>A calendar that works Monday to Friday, with these hours, and no holidays.</summary>
    public static BusinessCalendar Weekdays(string zone, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.MondayToFriday(hours));
}
