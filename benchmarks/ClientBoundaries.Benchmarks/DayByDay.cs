using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Business-day maths the naive way, one date at a time through the public
/// <see cref="BusinessCalendar.IsBusinessDay"/>: the baseline the library's closed form is
/// compared with, and a cross-check of its answers.
/// </summary>
public static class DayByDay
{
    /// <summary>The <paramref name="businessDays"/>-th business day after <paramref name="date"/> (a positive count).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date counted from (excluded).</param>
    /// <param name="businessDays">How many business days to move forward.</param>
    /// <returns>The resulting date.</returns>
    public static LocalDate AddBusinessDays(BusinessCalendar calendar, LocalDate date, int businessDays)
    {
        while (businessDays > 0)
        {
            date = date.PlusDays(1);
            if (calendar.IsBusinessDay(date))
            {
                businessDays--;
            }
        }

        return date;
    }

    /// <summary>The number of business days in (<paramref name="start"/>, <paramref name="end"/>], for start &lt;= end.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The date counted from (excluded).</param>
    /// <param name="end">The date counted to (included).</param>
    /// <returns>The count.</returns>
    public static int BusinessDaysBetween(BusinessCalendar calendar, LocalDate start, LocalDate end)
    {
        var count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            if (calendar.IsBusinessDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
