using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// What the first long count costs a fresh calendar: the working-time table from 2026 to the year 9999 (and the table of
/// days off it reads), built once per calendar and hours, then shared. The hostile stored reply of issue 21 pays it once
/// per load of its engagement.
/// </summary>
[MemoryDiagnoser]
public class WorkingTimeTableBenchmarks
{
    private static readonly MethodInfo Between = typeof(BusinessCalendar)
        .GetMethod("WorkingTimeBetween", BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { typeof(Instant), typeof(Instant) }, null)!;

    private static readonly Instant Message = Instant.FromUtc(2026, 1, 5, 9, 0);
    private static readonly Instant Reply = Instant.FromUtc(9999, 12, 31, 0, 0);

    /// <summary>The Madrid agency's calendar, new each time: Europe/Madrid changes its clocks twice a year, at night.</summary>
    /// <returns>The working time from 2026 to the year 9999.</returns>
    [Benchmark]
    public Duration MadridToTheYear9999() => Count(new BusinessCalendar(CalendarFixture.Madrid.Zone, CalendarFixture.Madrid.WorkingWeek, CalendarFixture.Madrid.Holidays, CalendarFixture.Madrid.Closures));

    /// <summary>
    /// The same calendar working nights, 20:00-24:00 and 00:00-04:00 every day: every clock change touches a range, so
    /// each of the 16,000 changes to the year 9999 is resolved range by range.
    /// </summary>
    /// <returns>The working time from 2026 to the year 9999.</returns>
    [Benchmark]
    public Duration MadridNightsToTheYear9999() => Count(new BusinessCalendar(
        CalendarFixture.Madrid.Zone,
        WorkingWeek.Of(
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
            TimeOfDayRange.Of(0, 0, 4, 0),
            TimeOfDayRange.Of(20, 0, 0, 0)),
        CalendarFixture.Madrid.Holidays,
        CalendarFixture.Madrid.Closures));

    private static Duration Count(BusinessCalendar calendar) =>
        (Duration)(Between.Invoke(calendar, new object[] { Message, Reply }) ?? throw new InvalidOperationException("No count."));
}
