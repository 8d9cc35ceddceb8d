using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>
/// The closed-form maths against a day-by-day walk on generated calendars: odd working weeks
/// (Sunday-Thursday, a single day), holidays that fall on weekends, closures, spans across years
/// and negative spans. The reference shares no code with the library.
/// </summary>
public class BusinessDayMathPropertyTests
{
    private static readonly LocalDate Epoch = D("2020-01-01");

    internal sealed record Case(BusinessCalendar Calendar, ReferenceCalendar Reference, LocalDate Date, int Days, string Shape)
    {
        public override string ToString() => $"{Shape}, from {Date:uuuu-MM-dd} by {Days}";
    }

    private static Gen<Case> Cases(int maxSpan) =>
        from weekMask in Gen.Choose(1, 127)
        from holidayCount in Gen.Choose(0, 120)
        from holidayOffsets in Gen.ListOf(Gen.Choose(-400, 4000), holidayCount)
        from closureCount in Gen.Choose(0, 4)
        from closures in Gen.ListOf(
            from start in Gen.Choose(-400, 4000)
            from length in Gen.Choose(0, 40)
            select (start, length), closureCount)
        from startOffset in Gen.Choose(-200, 3700)
        from days in Gen.Choose(-maxSpan, maxSpan)
        select Build(weekMask, holidayOffsets, closures, startOffset, days);

    private static Case Build(int weekMask, IReadOnlyList<int> holidayOffsets, IReadOnlyList<(int Start, int Length)> closures, int startOffset, int days)
    {
        var workingDays = Enumerable.Range(0, 7).Where(i => (weekMask & (1 << i)) != 0).Select(i => (IsoDayOfWeek)(i + 1)).ToList();
        var holidays = holidayOffsets.Distinct().Select(o => Epoch.PlusDays(o)).ToList();
        var closureList = closures.Select(c => new Closure(Epoch.PlusDays(c.Start), Epoch.PlusDays(c.Start + c.Length), "Closed")).ToList();
        var calendar = new BusinessCalendar(
            Zone("UTC"),
            WorkingWeek.Of(workingDays, TimeOfDayRange.Of(9, 0, 17, 0)),
            holidays.Select(h => HolidayRule.Once(h, "Day off")),
            closureList);
        var daysOff = holidays.Concat(closureList.SelectMany(c => c.Dates));
        var shape = string.Join("", workingDays.Select(d => d.ToString().Substring(0, 2))) + $", {holidays.Count} holidays, {closureList.Count} closures";
        return new Case(calendar, new ReferenceCalendar(workingDays, daysOff), Epoch.PlusDays(startOffset), days, shape);
    }

    [Fact]
    public void AddBusinessDays_agrees_with_a_day_by_day_walk()
    {
        PropertyCheck.Holds(Cases(1500).ToArbitrary(), c =>
            c.Calendar.AddBusinessDays(c.Date, c.Days) == c.Reference.AddBusinessDays(c.Date, c.Days), cases: 1000);
    }

    [Fact]
    public void BusinessDaysBetween_agrees_with_a_day_by_day_count()
    {
        PropertyCheck.Holds(Cases(1500).ToArbitrary(), c =>
        {
            var end = c.Date.PlusDays(c.Days);
            return c.Calendar.BusinessDaysBetween(c.Date, end) == c.Reference.BusinessDaysBetween(c.Date, end);
        }, cases: 1000);
    }

    [Fact]
    public void IsBusinessDay_agrees_with_the_reference()
    {
        PropertyCheck.Holds(Cases(0).ToArbitrary(), c =>
            c.Calendar.IsBusinessDay(c.Date) == c.Reference.IsBusinessDay(c.Date), cases: 1000);
    }

    [Fact]
    public void Counting_the_days_added_gives_back_the_number_added()
    {
        PropertyCheck.Holds(Cases(3000).ToArbitrary(), c =>
            c.Calendar.BusinessDaysBetween(c.Date, c.Calendar.AddBusinessDays(c.Date, c.Days)) == c.Days, cases: 1000);
    }

    [Fact]
    public void Adding_the_days_counted_to_a_date_lands_on_it_or_on_the_nearest_business_day_this_side_of_it()
    {
        PropertyCheck.Holds(Cases(3000).ToArbitrary(), c =>
        {
            var target = c.Date.PlusDays(c.Days);
            var landed = c.Calendar.AddBusinessDays(c.Date, c.Calendar.BusinessDaysBetween(c.Date, target));

            // No business day lies between where it landed and the target, and a target that is a business day is hit exactly.
            return c.Calendar.BusinessDaysBetween(landed, target) == 0
                && (!c.Reference.IsBusinessDay(target) || target == c.Date || landed == target);
        }, cases: 1000);
    }

    [Fact]
    public void Rule_based_calendars_obey_the_inverse_law_and_land_on_business_days()
    {
        var calendars = new[]
        {
            TestSupport.Calendars.Madrid(),
            TestSupport.Calendars.NewYork(),
            TestSupport.Calendars.London(),
            TestSupport.Calendars.SundayToThursday(),
            new BusinessCalendar(Zone("America/Chicago"), WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal),
            new BusinessCalendar(Zone("Europe/London"), WorkingWeek.MondayToFriday(), HolidaySet.EnglandAndWales),
            new BusinessCalendar(Zone("Asia/Dubai"), TestSupport.Calendars.SundayToThursday().WorkingWeek, HolidaySet.EnglandAndWales),
        };
        var gen =
            from calendar in Gen.Elements(calendars)
            from offset in Gen.Choose(-30_000, 30_000)
            from days in Gen.Choose(-10_000, 10_000)
            select (calendar, date: Epoch.PlusDays(offset), days);

        PropertyCheck.Holds(gen.ToArbitrary(), t =>
        {
            var result = t.calendar.AddBusinessDays(t.date, t.days);
            return t.calendar.BusinessDaysBetween(t.date, result) == t.days
                && (t.days == 0 || t.calendar.IsBusinessDay(result));
        }, cases: 1000);
    }

    [Fact]
    public void A_rule_with_a_life_span_gives_its_dates_in_its_years_and_business_day_maths_agree_with_a_walk()
    {
        // A random rule of each kind, limited to random years with a few skipped: its dates are the unlimited rule's in
        // those years and no others, and a calendar with it counts business days as a day-by-day walk over those dates.
        var gen =
            from kind in Gen.Choose(0, 3)
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            from first in Gen.Choose(2000, 2040)
            from length in Gen.Choose(0, 30)
            from skipped in Gen.ListOf(Gen.Choose(1995, 2075), 3)
            from start in Gen.Choose(-2000, 20000)
            from days in Gen.Choose(-3000, 3000)
            select (kind, month, day, first, last: first + length, skipped, start, days);

        PropertyCheck.Holds(gen.ToArbitrary(), c =>
        {
            var unlimited = c.kind switch
            {
                0 => HolidayRule.Fixed(c.month, c.day, "Day"),
                1 => HolidayRule.NthWeekday(c.month, 1 + (c.day % 5), (IsoDayOfWeek)(1 + (c.day % 7)), "Day"),
                2 => HolidayRule.LastWeekday(c.month, (IsoDayOfWeek)(1 + (c.day % 7)), "Day"),
                _ => HolidayRule.EasterRelative(c.day - 10, "Day"),
            };
            var limited = c.skipped.Aggregate(unlimited.From(c.first).Until(c.last), (rule, year) => rule.ExceptIn(year));
            var inYears = Enumerable.Range(1990, 100).All(year =>
                limited.DateIn(year) == (year >= c.first && year <= c.last && !c.skipped.Contains(year) ? unlimited.DateIn(year) : null));

            var workingDays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
            var dates = Enumerable.Range(1990, 100).Select(limited.DateIn).Where(d => d is not null).Select(d => d!.Value).ToList();
            var calendar = new BusinessCalendar(Zone("UTC"), WorkingWeek.Of(workingDays, TimeOfDayRange.Of(9, 0, 17, 0)), new[] { limited });
            var reference = new ReferenceCalendar(workingDays, dates);
            var from = Epoch.PlusDays(c.start);
            return inYears && calendar.AddBusinessDays(from, c.days) == reference.AddBusinessDays(from, c.days);
        }, cases: 500);
    }

    // Hostile calendars: days off packed into a stretch (most of its working days), closures from a week to over five years,
    // a week that works only on Wednesdays, all placed near year 1, a year in the middle or year 9999, where the window of
    // years the calendar builds is cut short by the ends of the supported dates.
    private static readonly LocalDate[] Anchors = { D("0001-01-01"), D("0002-03-01"), D("2020-01-01"), D("5000-06-15"), D("9997-10-01"), D("9999-12-31") };

    internal sealed record HostileCase(BusinessCalendar Calendar, BoundedReference Reference, LocalDate Date, int Days, string Shape)
    {
        public override string ToString() => $"{Shape}, from {Date:uuuu-MM-dd} by {Days}";
    }

    private static Gen<HostileCase> HostileCases(int maxSpan) =>
        from weekMask in Gen.Frequency((1, Gen.Constant(1 << 2)), (1, Gen.Constant(0x1F)), (2, Gen.Choose(1, 127)))
        from anchor in Gen.Elements(Anchors)
        from denseStart in Gen.Choose(-1500, 1500)
        from denseLength in Gen.Choose(10, 400)
        from denseOffsets in Gen.ListOf(Gen.Choose(0, 400), 150)
        from closures in Gen.ListOf(
            from start in Gen.Choose(-3000, 3000)
            from length in Gen.Frequency((3, Gen.Choose(0, 60)), (2, Gen.Choose(300, 900)), (1, Gen.Choose(1800, 2200)))
            select (start, length), 3)
        from startOffset in Gen.Choose(-3000, 3000)
        from days in Gen.Choose(-maxSpan, maxSpan)
        select BuildHostile(weekMask, anchor, denseOffsets.Where(o => o < denseLength).Select(o => denseStart + o).ToList(), closures, startOffset, days);

    private static HostileCase BuildHostile(int weekMask, LocalDate anchor, IReadOnlyList<int> holidayOffsets, IReadOnlyList<(int Start, int Length)> closures, int startOffset, int days)
    {
        var workingDays = Enumerable.Range(0, 7).Where(i => (weekMask & (1 << i)) != 0).Select(i => (IsoDayOfWeek)(i + 1)).ToList();
        var holidays = holidayOffsets.Distinct().Select(o => Near(anchor, o)).Where(d => d is not null).Select(d => d!.Value).ToList();
        var closureList = closures
            .Select(c => (Start: Near(anchor, c.Start), End: Near(anchor, c.Start + c.Length)))
            .Where(c => c.Start is not null && c.End is not null)
            .Select(c => new Closure(c.Start!.Value, c.End!.Value, "Closed"))
            .ToList();
        var calendar = new BusinessCalendar(
            Zone("UTC"),
            WorkingWeek.Of(workingDays, TimeOfDayRange.Of(9, 0, 17, 0)),
            holidays.Select(h => HolidayRule.Once(h, "Day off")),
            closureList);
        var daysOff = holidays.Concat(closureList.SelectMany(c => c.Dates));
        var shape = string.Join("", workingDays.Select(d => d.ToString().Substring(0, 2)))
            + $", {holidays.Count} holidays, closures of {string.Join("/", closureList.Select(c => c.Dates.Length))} days near {anchor:uuuu-MM-dd}";
        var start = Near(anchor, startOffset) ?? anchor;
        return new HostileCase(calendar, new BoundedReference(new ReferenceCalendar(workingDays, daysOff)), start, days, shape);
    }

    /// <summary>The date some days from an anchor, or null outside years 1 to 9999.</summary>
    private static LocalDate? Near(LocalDate anchor, int days) => BoundedReference.Step(anchor, days);

    [Fact]
    public void AddBusinessDays_agrees_with_a_day_by_day_walk_on_hostile_calendars_near_the_ends_of_time()
    {
        PropertyCheck.Holds(HostileCases(1500).ToArbitrary(), c =>
        {
            var expected = c.Reference.TryAddBusinessDays(c.Date, c.Days);
            var actual = Attempt(() => c.Calendar.AddBusinessDays(c.Date, c.Days));
            var tried = c.Calendar.TryAddBusinessDays(c.Date, c.Days);
            return actual == expected && tried == expected;
        }, cases: 600);
    }

    [Fact]
    public void BusinessDaysBetween_agrees_with_a_day_by_day_count_on_hostile_calendars_near_the_ends_of_time()
    {
        PropertyCheck.Holds(HostileCases(3000).ToArbitrary(), c =>
        {
            var end = BoundedReference.Step(c.Date, c.Days) ?? c.Date;
            return c.Calendar.BusinessDaysBetween(c.Date, end) == c.Reference.Walk.BusinessDaysBetween(c.Date, end);
        }, cases: 600);
    }

    [Fact]
    public void Single_steps_agree_with_the_reference_on_hostile_calendars_near_the_ends_of_time()
    {
        PropertyCheck.Holds(HostileCases(0).ToArbitrary(), c =>
        {
            var isBusinessDay = c.Reference.Walk.IsBusinessDay(c.Date);
            var next = c.Reference.TryAddBusinessDays(c.Date, 1);
            var previous = c.Reference.TryAddBusinessDays(c.Date, -1);
            return c.Calendar.IsBusinessDay(c.Date) == isBusinessDay
                && Attempt(() => c.Calendar.NextBusinessDay(c.Date)) == next
                && Attempt(() => c.Calendar.PreviousBusinessDay(c.Date)) == previous
                && c.Calendar.BusinessDayOnOrAfter(c.Date) == (isBusinessDay ? c.Date : next);
        }, cases: 600);
    }

    [Fact]
    public void One_calendar_asked_across_the_centuries_in_any_order_agrees_with_the_reference()
    {
        // The window of years widens as the queries reach further; every answer must be the same as on a fresh calendar.
        // Few cases: each calendar ends up building its table for nearly all of years 1 to 9999, a few times over.
        var gen =
            from c in HostileCases(800)
            from queries in Gen.ListOf(
                from anchor in Gen.Elements(Anchors)
                from offset in Gen.Choose(-2000, 2000)
                from days in Gen.Choose(-800, 800)
                select (anchor, offset, days), 6)
            select (c, queries);

        PropertyCheck.Holds(gen.ToArbitrary(), t => t.queries.All(q =>
        {
            var date = Near(q.anchor, q.offset) ?? q.anchor;
            var end = Near(date, q.days) ?? date;
            return Attempt(() => t.c.Calendar.AddBusinessDays(date, q.days)) == t.c.Reference.TryAddBusinessDays(date, q.days)
                && t.c.Calendar.BusinessDaysBetween(date, end) == t.c.Reference.Walk.BusinessDaysBetween(date, end)
                && t.c.Calendar.IsBusinessDay(end) == t.c.Reference.Walk.IsBusinessDay(end);
        }), cases: 10);
    }

    [Fact]
    public void A_calendar_that_works_only_on_wednesdays_steps_a_week_at_a_time_between_its_days_off()
    {
        var gen =
            from holidays in Gen.ListOf(Gen.Choose(0, 120), 12)
            from start in Gen.Choose(-20, 140)
            from days in Gen.Choose(-40, 40)
            select (holidays, start, days);

        PropertyCheck.Holds(gen.ToArbitrary(), t =>
        {
            var holidays = t.holidays.Distinct().Select(o => Epoch.PlusDays(o)).ToList();
            var calendar = new BusinessCalendar(Zone("UTC"), WorkingWeek.Of(new[] { IsoDayOfWeek.Wednesday }, TimeOfDayRange.Of(9, 0, 17, 0)), holidays.Select(h => HolidayRule.Once(h, "Day off")));
            var reference = new ReferenceCalendar(new[] { IsoDayOfWeek.Wednesday }, holidays);
            var from = Epoch.PlusDays(t.start);
            var result = calendar.AddBusinessDays(from, t.days);
            return result == reference.AddBusinessDays(from, t.days)
                && (t.days == 0 || result.DayOfWeek == IsoDayOfWeek.Wednesday)
                && calendar.BusinessDaysBetween(from, result) == t.days;
        }, cases: 300);
    }

    [Fact]
    public void A_fresh_calendar_asked_from_many_threads_at_once_gives_every_thread_the_reference_answers()
    {
        // Each thread's first query may build and publish a wider table while others read the one before it. The queries
        // reach from 1700 to 2400, so that the tables are rebuilt several times without covering thousands of years.
        HostileCase Make() => BuildHostile(0x1F, D("2020-01-01"), Enumerable.Range(0, 200).Select(i => (i * 7) % 600).ToList(), new[] { (300, 700), (-2500, 40), (2000, 2100) }, 0, 0);
        var c = Make();
        var queries = Enumerable.Range(0, 64).Select(i => (Date: D("2020-01-01").PlusDays(((i * 7919) % 255_000) - 115_000), Days: ((i * 389) % 1601) - 800)).ToList();
        var expected = queries.Select(q => c.Reference.TryAddBusinessDays(q.Date, q.Days)).ToList();
        var calendars = Enumerable.Range(0, 4).Select(_ => Make().Calendar).ToList();

        foreach (var calendar in calendars)
        {
            var actual = new LocalDate?[queries.Count];
            Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Attempt(() => calendar.AddBusinessDays(queries[i].Date, queries[i].Days)));
            Assert.Equal(expected, actual);
        }
    }

    private static LocalDate? Attempt(Func<LocalDate> add)
    {
        try
        {
            return add();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The reference walk, stopped at the ends of years 1 to 9999: null where the library refuses to go.</summary>
    internal sealed class BoundedReference
    {
        private static readonly LocalDate First = new(1, 1, 1);
        private static readonly LocalDate Last = new(9999, 12, 31);

        public BoundedReference(ReferenceCalendar walk) => Walk = walk;

        public ReferenceCalendar Walk { get; }

        public static LocalDate? Step(LocalDate date, int days)
        {
            var left = Period.DaysBetween(date, Last);
            var right = Period.DaysBetween(First, date);
            return days > left || -days > right ? null : date.PlusDays(days);
        }

        public LocalDate? TryAddBusinessDays(LocalDate date, int businessDays)
        {
            var step = Math.Sign(businessDays);
            var left = Math.Abs(businessDays);
            while (left > 0)
            {
                if ((step > 0 && date == Last) || (step < 0 && date == First))
                {
                    return null;
                }

                date = date.PlusDays(step);
                if (Walk.IsBusinessDay(date))
                {
                    left--;
                }
            }

            return date;
        }
    }
}
