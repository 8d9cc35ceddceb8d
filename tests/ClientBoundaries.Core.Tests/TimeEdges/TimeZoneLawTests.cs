using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Laws of working time and working days in every zone of NodaTime's TZDB (rules R1-R5 and R7 of
/// <see cref="TimeRules"/>), at instants drawn near the zones' real transitions between 1990 and 2035, so
/// the gaps and overlaps of every zone are met, those at midnight and the date-line jumps included.
/// </summary>
public class TimeZoneLawTests
{
    private static readonly string[] ZoneIds = DateTimeZoneProviders.Tzdb.Ids.OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

    /// <summary>Working weeks with the shapes that meet the clocks: whole days, ranges touching at 01:30, ranges to 24:00, a range inside 02:00-03:00, one day a week.</summary>
    private static readonly (string Name, WorkingWeek Week)[] Weeks =
    {
        ("Mon-Fri 09-17", WorkingWeek.MondayToFriday()),
        ("every day 00-24", EveryDay("UTC", WholeDay).WorkingWeek),
        ("every day 00-01:30, 01:30-03, 22-24", EveryDay("UTC", Hours(0, 0, 1, 30), Hours(1, 30, 3, 0), Hours(22, 0, 0, 0)).WorkingWeek),
        ("every day 02:30-03:30", EveryDay("UTC", Hours(2, 30, 3, 30)).WorkingWeek),
        ("every day 00:30-23:30", EveryDay("UTC", Hours(0, 30, 23, 30)).WorkingWeek),
        ("Sun 00-04", Weekly("UTC", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)).WorkingWeek),
        ("Sat 18-24", Weekly("UTC", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)).WorkingWeek),
        ("Mon-Sat 08-12, 13-18", WorkingWeek.Of(Enumerable.Range(1, 6).Select(d => (IsoDayOfWeek)d), Hours(8, 0, 12, 0), Hours(13, 0, 18, 0))),
        ("Sun-Thu 00-01, 23-24", WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday }, Hours(0, 0, 1, 0), Hours(23, 0, 0, 0))),
    };

    internal sealed record Case(string ZoneId, string WeekName, BusinessCalendar Calendar, Instant At, Duration Span)
    {
        public override string ToString() => $"{ZoneId}, {WeekName}, at {At} ({At.InZone(Calendar.Zone)}), span {Span}";
    }

    /// <summary>
    /// A zone, a week, and an instant within 36 hours of one of the zone's transitions in a year from 1990 to 2035
    /// (of 1 January, in a zone without one that year), whole minutes apart, half the time within 3 hours of it; a
    /// span of up to three days. Half the time the week is made for that transition (see <see cref="AroundTransition"/>),
    /// so ranges start and end inside the gaps and overlaps of every kind of zone.
    /// </summary>
    private static Gen<Case> Cases(bool wholeDays) =>
        from zone in Gen.Choose(0, ZoneIds.Length - 1)
        from week in Gen.Choose(-Weeks.Length, Weeks.Length - 1)
        from year in Gen.Choose(1990, 2035)
        from pick in Gen.Choose(0, 1000)
        from close in Gen.Elements(true, false)
        from minutes in close || week < 0 ? Gen.Choose(-180, 180) : Gen.Choose(-36 * 60, 36 * 60)
        from span in Gen.Choose(0, 72 * 60)
        select Build(ZoneIds[zone], wholeDays ? -1 : week, wholeDays, year, pick, minutes, span);

    private static Case Build(string zoneId, int week, bool wholeDays, int year, int pick, int minutes, int spanMinutes)
    {
        var zone = Zone(zoneId);
        var transitions = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(i => i.HasStart && i.Start >= Instant.FromUtc(year, 1, 1, 0, 0))
            .Select(i => i.Start)
            .ToList();
        var near = transitions.Count > 0 ? transitions[pick % transitions.Count] : Instant.FromUtc(year, 1, 1, 0, 0);
        var (name, shape) = wholeDays ? ("every day 00-24", EveryDay("UTC", WholeDay).WorkingWeek)
            : week >= 0 ? Weeks[week]
            : AroundTransition(zone, near);
        return new Case(zoneId, name, new BusinessCalendar(zone, shape), near + Duration.FromMinutes(minutes), Duration.FromMinutes(spanMinutes));
    }

    /// <summary>
    /// Every day, two ranges that meet halfway through the local hours a transition skips or repeats: up to two
    /// hours before that moment, and two hours from it (to 24:00 at most). Where the clocks go back, the first ends
    /// at the moment's second occurrence after the second began at its first.
    /// </summary>
    private static (string Name, WorkingWeek Week) AroundTransition(DateTimeZone zone, Instant transition)
    {
        var before = transition.WithOffset(zone.GetZoneInterval(transition - Duration.Epsilon).WallOffset).LocalDateTime;
        var after = transition.WithOffset(zone.GetZoneInterval(transition).WallOffset).LocalDateTime;
        var earlier = before < after ? before : after;
        var jumpMinutes = System.Math.Abs(Period.Between(before, after, PeriodUnits.Minutes).Minutes);
        var middle = earlier.PlusMinutes(jumpMinutes / 2).TimeOfDay;
        var from = middle.Hour >= 2 ? middle.PlusHours(-2) : LocalTime.Midnight;
        var to = middle.PlusHours(2) > middle ? middle.PlusHours(2) : LocalTime.Midnight;
        var ranges = from < middle
            ? new[] { new TimeOfDayRange(from, middle), new TimeOfDayRange(middle, to) }
            : new[] { new TimeOfDayRange(middle, to) };
        return ($"every day {string.Join(", ", ranges.Select(r => r.ToString()))} (around {before:HH:mm}->{after:HH:mm})", EveryDay("UTC", ranges).WorkingWeek);
    }

    [Fact]
    public void A_calendar_that_works_every_hour_counts_every_instant_once_in_every_zone()
    {
        PropertyCheck.Holds(Cases(wholeDays: true).ToArbitrary(), c =>
        {
            var calendar = c.Calendar;
            var day = calendar.ToLocalDate(c.At);
            return calendar.IsWorkingTime(c.At)
                && calendar.WorkingTimeBetween(c.At, c.At + c.Span) == c.Span
                && calendar.AddWorkingTime(c.At, c.Span) == c.At + c.Span
                && calendar.EndOfWorkingDay(day) == calendar.StartOfWorkingDay(day.PlusDays(1));
        }, cases: 300);
    }

    [Fact]
    public void IsWorkingTime_is_true_exactly_where_working_time_is_counted_in_every_zone()
    {
        PropertyCheck.Holds(Cases(wholeDays: false).ToArbitrary(), c =>
        {
            var second = Duration.FromSeconds(1);
            return c.Calendar.IsWorkingTime(c.At) == (c.Calendar.WorkingTimeBetween(c.At, c.At + second) == second);
        }, cases: 1000);
    }

    [Fact]
    public void On_a_day_without_a_clock_change_IsWorkingTime_follows_the_local_hours_in_every_zone()
    {
        PropertyCheck.Holds(Cases(wholeDays: false).ToArbitrary(), c =>
        {
            var calendar = c.Calendar;
            var local = c.At.InZone(calendar.Zone).LocalDateTime;
            var interval = calendar.Zone.GetZoneInterval(c.At);
            var plainDay = interval.Contains(calendar.StartOfDay(local.Date)) && interval.Contains(calendar.StartOfDay(local.Date.PlusDays(1)));
            var byTheClock = calendar.IsBusinessDay(local.Date) && calendar.WorkingWeek.HoursOn(local.DayOfWeek).Any(r => r.Contains(local.TimeOfDay));
            return !plainDay || calendar.IsWorkingTime(c.At) == byTheClock;
        }, cases: 500);
    }

    [Fact]
    public void AddWorkingTime_lands_at_the_end_of_working_time_and_counting_undoes_it_in_every_zone()
    {
        PropertyCheck.Holds(Cases(wholeDays: false).ToArbitrary(), c =>
        {
            var calendar = c.Calendar;
            var worked = c.Span + Duration.FromMinutes(1);
            var end = calendar.AddWorkingTime(c.At, worked);
            return end > c.At
                && calendar.IsWorkingTime(end - Duration.FromSeconds(1))
                && calendar.WorkingTimeBetween(c.At, end) == worked;
        }, cases: 300);
    }

    [Fact]
    public void A_working_day_begins_and_ends_on_its_own_date_in_every_zone()
    {
        // By the local date of its first and last working instant, not by StartOfDay of the next date: where the
        // clocks went back across midnight (America/Moncton at 00:01 until 2006), a range ending at 23:30 ends at the
        // second 23:30, after the first pass of the next day's midnight, as any end shown twice does.
        PropertyCheck.Holds(Cases(wholeDays: false).ToArbitrary(), c =>
        {
            var calendar = c.Calendar;
            var day = calendar.ToLocalDate(c.At);
            var start = calendar.StartOfWorkingDay(day);
            var end = calendar.EndOfWorkingDay(day);
            return calendar.StartOfDay(day) <= start && start <= end
                && (start == end || (calendar.ToLocalDate(start) == day && calendar.ToLocalDate(end - Duration.Epsilon) == day));
        }, cases: 300);
    }

    [Fact]
    public void A_working_day_begins_and_ends_where_the_zone_puts_its_first_start_and_last_end_in_every_zone()
    {
        // The definition, read straight from NodaTime: the earlier of a repeated start, the later of a repeated end, the
        // end of a gap for a skipped time; 24:00 and a day off end where the next date starts. The dates three days either
        // side are far enough from the transition for the calendar's table of offsets to answer without the zone.
        // Besides the case's own week, one whose day ends, and one whose day begins, halfway through the local hours the
        // nearest transition skips or repeats, so both ends are met inside every kind of gap and overlap.
        PropertyCheck.Holds(Cases(wholeDays: false).ToArbitrary(), c =>
        {
            var zone = c.Calendar.Zone;
            var interval = zone.GetZoneInterval(c.At);
            var transition = interval.HasStart && (!interval.HasEnd || c.At - interval.Start < interval.End - c.At) ? interval.Start
                : interval.HasEnd ? interval.End
                : c.At;
            var ranges = AroundTransition(zone, transition).Week.HoursOn(IsoDayOfWeek.Monday);
            var calendars = new[] { c.Calendar, new BusinessCalendar(zone, EveryDay("UTC", ranges[0]).WorkingWeek), new BusinessCalendar(zone, EveryDay("UTC", ranges[ranges.Count - 1]).WorkingWeek) };
            var near = c.Calendar.ToLocalDate(c.At);
            var days = new[] { near.PlusDays(-3), near.PlusDays(-1), near, near.PlusDays(1), near.PlusDays(3) };
            return calendars.All(calendar => days.All(day =>
                calendar.StartOfWorkingDay(day) == StartByZone(calendar, day) && calendar.EndOfWorkingDay(day) == EndByZone(calendar, day)));
        }, cases: 300);

        static Instant StartByZone(BusinessCalendar calendar, LocalDate day)
        {
            var hours = calendar.IsBusinessDay(day) ? calendar.WorkingWeek.HoursOn(day.DayOfWeek) : new List<TimeOfDayRange>();
            var start = hours.Count > 0 ? hours[0].Start : LocalTime.Midnight;
            return calendar.Zone.ResolveLocal(day.At(start), Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter)).ToInstant();
        }

        static Instant EndByZone(BusinessCalendar calendar, LocalDate day)
        {
            var hours = calendar.IsBusinessDay(day) ? calendar.WorkingWeek.HoursOn(day.DayOfWeek) : new List<TimeOfDayRange>();
            if (hours.Count == 0 || hours[hours.Count - 1].EndsAtMidnight)
            {
                return calendar.Zone.ResolveLocal(day.PlusDays(1).AtMidnight(), Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter)).ToInstant();
            }

            return calendar.Zone.ResolveLocal(day.At(hours[hours.Count - 1].End), Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter)).ToInstant();
        }
    }

    internal sealed record SkipCase(string ZoneId, LocalDate Skipped, string WeekName, BusinessCalendar Calendar, ReferenceCalendar Reference, LocalDate From, int Days)
    {
        public override string ToString() => $"{ZoneId} (skipped {Skipped:uuuu-MM-dd}), {WeekName}, from {From:uuuu-MM-dd} by {Days}";
    }

    /// <summary>The zones that skipped a whole date: Kwajalein 1993-08-21, Kiritimati 1994-12-31, Kanton 1994-12-31, Apia and Fakaofo 2011-12-30.</summary>
    private static readonly (string ZoneId, LocalDate Skipped)[] Skips =
    {
        ("Pacific/Kwajalein", D("1993-08-21")),
        ("Pacific/Kiritimati", D("1994-12-31")),
        ("Pacific/Kanton", D("1994-12-31")),
        ("Pacific/Apia", D("2011-12-30")),
        ("Pacific/Fakaofo", D("2011-12-30")),
    };

    [Fact]
    public void Business_day_maths_never_lands_on_a_date_the_clocks_skipped_and_agrees_with_a_day_by_day_walk()
    {
        var cases =
            from skip in Gen.Choose(0, Skips.Length - 1)
            from week in Gen.Choose(0, Weeks.Length - 1)
            from offset in Gen.Choose(-40, 40)
            from days in Gen.Choose(-25, 25)
            select Skip(Skips[skip], Weeks[week], offset, days);

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var result = c.Calendar.AddBusinessDays(c.From, c.Days);
            return !c.Calendar.IsBusinessDay(c.Skipped)
                && (c.Days == 0 || result != c.Skipped)
                && result == c.Reference.AddBusinessDays(c.From, c.Days)
                && c.Calendar.BusinessDaysBetween(c.From, result) == c.Days;
        }, cases: 300);
    }

    private static SkipCase Skip((string ZoneId, LocalDate Skipped) skip, (string Name, WorkingWeek Week) week, int offset, int days)
    {
        // The skipped date is checked against TZDB here, not taken from the library: no instant of the zone falls on it.
        var zone = Zone(skip.ZoneId);
        var before = skip.Skipped.PlusDays(-1).AtStartOfDayInZone(zone).ToInstant();
        var after = skip.Skipped.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var instants = Enumerable.Range(0, (int)((after - before).TotalMinutes)).Select(m => before + Duration.FromMinutes(m));
        if (instants.Any(i => i.InZone(zone).Date == skip.Skipped))
        {
            throw new System.InvalidOperationException($"{skip.ZoneId} did not skip {skip.Skipped}.");
        }

        var reference = new ReferenceCalendar(week.Week.WorkingDays, new List<LocalDate> { skip.Skipped });
        return new SkipCase(skip.ZoneId, skip.Skipped, week.Name, new BusinessCalendar(zone, week.Week), reference, skip.Skipped.PlusDays(offset), days);
    }
}
