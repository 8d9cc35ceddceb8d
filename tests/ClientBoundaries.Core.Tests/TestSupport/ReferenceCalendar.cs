using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// The slow, obviously correct way: a set of working weekdays and a set of days off, and loops
/// that walk one day at a time. It shares no code with the library, so agreeing with it means
/// something.
/// </summary>
internal sealed class ReferenceCalendar
{
    private readonly HashSet<IsoDayOfWeek> _workingDays;
    private readonly HashSet<LocalDate> _daysOff;

    public ReferenceCalendar(IEnumerable<IsoDayOfWeek> workingDays, IEnumerable<LocalDate> daysOff)
    {
        _workingDays = new HashSet<IsoDayOfWeek>(workingDays);
        _daysOff = new HashSet<LocalDate>(daysOff);
        if (_workingDays.Count == 0)
        {
            throw new ArgumentException("A reference calendar needs a working day.", nameof(workingDays));
        }
    }

    public bool IsBusinessDay(LocalDate date) => _workingDays.Contains(date.DayOfWeek) && !_daysOff.Contains(date);

    public LocalDate AddBusinessDays(LocalDate date, int businessDays)
    {
        var step = Math.Sign(businessDays);
        var left = Math.Abs(businessDays);
        while (left > 0)
        {
            date = date.PlusDays(step);
            if (IsBusinessDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>(start, end] going forward; minus [end, start) going back.</summary>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
    {
        if (start <= end)
        {
            // Stepping before testing, so that a walk ending on 31 December 9999 never asks for the day after it.
            var count = 0;
            for (var d = start; d < end;)
            {
                d = d.PlusDays(1);
                count += IsBusinessDay(d) ? 1 : 0;
            }

            return count;
        }

        return -Enumerable.Range(0, Period.DaysBetween(end, start)).Count(i => IsBusinessDay(end.PlusDays(i)));
    }
}
