using System.Collections.Generic;
using System.Linq;
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
}
