using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Communication;

/// <summary>
/// The reply clock against a minute-by-minute count, over random contact windows and random calendars: a minute counts
/// when it is inside a window on a date the party's own calendar calls a business day, and nowhere else.
/// </summary>
public class ContactHoursPropertyTests
{
    // Zones with and without daylight saving (and one a quarter-hour off the hour). Their clocks change at 03:00 or
    // earlier and every range starts at 04:00 or later, so a range's local times read the same in the count below as in
    // the library; what the library does with ranges the clocks cut is the time-edge tests' subject, not this law's.
    private static readonly string[] Zones = { "UTC", "Asia/Jakarta", "Asia/Kathmandu", "Europe/Madrid", "America/New_York", "Australia/Lord_Howe" };

    private static readonly HolidayObservance[] Observances = { HolidayObservance.None, HolidayObservance.NearestWorkingDay, HolidayObservance.NextWorkingDay };

    private static readonly Instant From = I("2026-01-01T00:00:00Z");

    internal sealed record Case(BusinessCalendar Calendar, ContactPolicy Policy, Instant Arrival, Duration Commitment, Duration ReplyAfterDue, string Shape)
    {
        public override string ToString() =>
            $"{Shape}; arrival {Arrival}, within {Commitment.TotalMinutes} min, reply {ReplyAfterDue.TotalMinutes} min after the due instant";
    }

    /// <summary>0, 1 or 2 ranges on a day, on quarter hours from 04:00 to 24:00, none touching.</summary>
    private static Gen<TimeOfDayRange[]> Ranges(int least) =>
        from count in least == 0
            ? Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Constant(1)), (2, Gen.Constant(2)))
            : Gen.Frequency((5, Gen.Constant(1)), (2, Gen.Constant(2)))
        from bounds in Gen.ListOf(Gen.Choose(16, 96), 2 * count)
        select RangesFrom(bounds);

    private static TimeOfDayRange[] RangesFrom(List<int> quarterHours)
    {
        var bounds = quarterHours.Distinct().OrderBy(q => q).ToList();
        var ranges = new List<TimeOfDayRange>();
        for (var i = 0; i + 1 < bounds.Count; i += 2)
        {
            ranges.Add(new TimeOfDayRange(Time(bounds[i]), Time(bounds[i + 1])));
        }

        // Repeats can leave fewer bounds than asked for: a day asked to have hours keeps one range at least.
        return ranges.Count == 0 && quarterHours.Count > 0 ? new[] { TimeOfDayRange.Of(9, 0, 17, 0) } : ranges.ToArray();
    }

    private static LocalTime Time(int quarterHour) => quarterHour == 96 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(quarterHour * 15);

    /// <summary>A week from a range list per day, or null when no day has one.</summary>
    private static WorkingWeek? Week(IReadOnlyList<TimeOfDayRange[]> days)
    {
        WorkingWeek? week = null;
        for (var i = 0; i < 7; i++)
        {
            if (days[i].Length > 0)
            {
                var day = (IsoDayOfWeek)(i + 1);
                week = week is null ? WorkingWeek.Of(new[] { day }, days[i]) : week.WithHours(day, days[i]);
            }
        }

        return week;
    }

    private static Gen<HolidayRule> Holiday =>
        from kind in Gen.Choose(0, 3)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from weekday in Gen.Choose(1, 7)
        from observance in Gen.Elements(Observances)
        select (kind switch
        {
            0 => HolidayRule.Fixed(5, 1, "Labour Day"),
            1 => HolidayRule.Fixed(month, day, "Founders' Day"),
            2 => HolidayRule.NthWeekday(month, 1 + (day % 4), (IsoDayOfWeek)weekday, "Company day"),
            _ => HolidayRule.EasterRelative(day - 14, "Spring day"),
        }).ObservedOn(observance);

    private static Gen<Case> Cases =>
        from zone in Gen.Elements(Zones)
        from workingMask in Gen.Choose(1, 127)
        from workingHours in Gen.ArrayOf(Ranges(1), 7)
        from holidays in Gen.ListOf(Holiday, 4)
        from holidayCount in Gen.Choose(0, 4)
        from closed in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from closureStart in Gen.Choose(0, 3 * 365)
        from closureLength in Gen.Choose(0, 20)
        from windowDays in Gen.ArrayOf(Ranges(0), 7)
        from arrivalMinutes in Gen.Choose(0, 3 * 365 * 24 * 60)
        from commitmentMinutes in Gen.Choose(1, 180)
        from replyAfterMinutes in Gen.Choose(0, 2 * 24 * 60)
        select Build(zone, workingMask, workingHours, holidays.Take(holidayCount).ToList(), closed, closureStart, closureLength, windowDays, arrivalMinutes, commitmentMinutes, replyAfterMinutes);

    private static Case Build(
        string zone,
        int workingMask,
        TimeOfDayRange[][] workingHours,
        IReadOnlyList<HolidayRule> holidays,
        bool closed,
        int closureStart,
        int closureLength,
        TimeOfDayRange[][] windowDays,
        int arrivalMinutes,
        int commitmentMinutes,
        int replyAfterMinutes)
    {
        var workingDays = Enumerable.Range(0, 7).Select(i => (workingMask & (1 << i)) != 0 ? workingHours[i] : Array.Empty<TimeOfDayRange>()).ToList();
        var firstDay = D("2026-01-01").PlusDays(closureStart);
        var closures = closed ? new[] { new Closure(firstDay, firstDay.PlusDays(closureLength), "Office move") } : Array.Empty<Closure>();
        var calendar = new BusinessCalendar(Zone(zone), Week(workingDays)!, holidays, closures);
        var windows = Week(windowDays);
        var policy = new ContactPolicy(new[] { Channel.Email }, new[] { new ResponseCommitment(Channel.Email, Duration.FromMinutes(commitmentMinutes)) }, windows);
        var shape = $"{zone}; works {calendar.WorkingWeek}; windows {(windows?.ToString() ?? "none")}; "
            + $"holidays {string.Join(", ", holidays.Select(h => h.ToString()))}; closures {string.Join(", ", closures.Select(c => c.ToString()))}";
        return new Case(calendar, policy, From + Duration.FromMinutes(arrivalMinutes), Duration.FromMinutes(commitmentMinutes), Duration.FromMinutes(replyAfterMinutes), shape);
    }

    /// <summary>The count by hand: whether the minute that starts at <paramref name="instant"/> is one the reply clock counts.</summary>
    private static bool CountsByHand(BusinessCalendar calendar, WorkingWeek windows, Instant instant)
    {
        var local = instant.InZone(calendar.Zone).LocalDateTime;
        return calendar.IsBusinessDay(local.Date) && windows.HoursOn(local.DayOfWeek).Any(range => range.Contains(local.TimeOfDay));
    }

    [Fact]
    public void The_reply_clock_counts_the_minutes_inside_the_windows_on_the_partys_own_business_days()
    {
        PropertyCheck.Holds(Cases.ToArbitrary(), c =>
        {
            var windows = c.Policy.ContactWindows ?? c.Calendar.WorkingWeek;
            if (!windows.WorkingDays.Any(c.Calendar.WorkingWeek.IsWorkingDay))
            {
                // No window falls on a day the party works: it could never be contacted, and it is refused as such.
                var make = () => new ContactHours(c.Calendar, c.Policy);
                return Throws<ArgumentException>(make);
            }

            var hours = new ContactHours(c.Calendar, c.Policy);
            var minute = Duration.FromMinutes(1);

            // Walk from the arrival until the commitment is used up. IsOpen must say the same of the minutes either side of
            // the arrival, of every opening and closing, and of one hour in between.
            var counted = 0L;
            var at = c.Arrival;
            var before = CountsByHand(c.Calendar, windows, at - minute);
            for (var walked = 0L; counted < (long)c.Commitment.TotalMinutes; walked++)
            {
                var open = CountsByHand(c.Calendar, windows, at);
                if ((open != before || walked % 60 == 0) && (hours.IsOpen(at) != open || hours.IsOpen(at - minute) != before))
                {
                    return false;
                }

                before = open;
                counted += open ? 1 : 0;
                at += minute;
            }

            var due = at;
            if (hours.ReplyDueBy(Channel.Email, c.Arrival) != due)
            {
                return false;
            }

            // A reply after the due instant is late by the minutes the clock counts in between.
            var replied = due + c.ReplyAfterDue;
            var late = 0L;
            for (var t = due; t < replied; t += minute)
            {
                late += CountsByHand(c.Calendar, windows, t) ? 1 : 0;
            }

            var timing = hours.TimingOf(Channel.Email, c.Arrival, replied)!;
            return timing.DueBy == due && timing.LateByBusinessTime == Duration.FromMinutes(late) && timing.LateBy == c.ReplyAfterDue;
        }, cases: 250);
    }

    private static bool Throws<TException>(Func<ContactHours> make)
        where TException : Exception
    {
        try
        {
            make();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
