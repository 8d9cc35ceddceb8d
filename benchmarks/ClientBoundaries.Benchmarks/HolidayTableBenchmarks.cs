using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// What building a calendar's holiday table costs: a new calendar each time, asked one business-day count across the
/// years given, which builds its table for those years (a year either side, and the padding the calendar adds). Linear
/// in rules times years: the United States federal set over a century, and a hostile calendar of 1,000 Easter-relative
/// rules over the 7,964 years from 2026 to 9990 (issue 21's example).
/// </summary>
[MemoryDiagnoser]
public class HolidayTableBenchmarks
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly List<HolidayRule> EasterRules =
        Enumerable.Range(0, 1000).Select(i => HolidayRule.EasterRelative(-80 + (i % 330), "Day " + i)).ToList();

    /// <summary>The United States federal holidays from 2000 to 2100.</summary>
    /// <returns>The business days counted.</returns>
    [Benchmark]
    public int UnitedStatesFederalCentury() =>
        new BusinessCalendar(NewYork, WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal)
            .BusinessDaysBetween(new LocalDate(2000, 1, 1), new LocalDate(2100, 1, 1));

    /// <summary>1,000 Easter-relative rules from 2026 to 9990.</summary>
    /// <returns>The business days counted.</returns>
    [Benchmark]
    public int ThousandEasterRulesToTheYear9990() =>
        new BusinessCalendar(NewYork, WorkingWeek.MondayToFriday(), EasterRules)
            .BusinessDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(9990, 1, 1));
}
