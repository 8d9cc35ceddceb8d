using System;
using BenchmarkDotNet.Attributes;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// The library's business-day maths in a Sunday-to-Thursday calendar (Riyadh), at the shortest and
/// longest span: an odd working week must cost what Monday to Friday costs.
/// </summary>
[MemoryDiagnoser]
public class SundayToThursdayBenchmarks
{
    private static readonly BusinessCalendar Calendar = CalendarFixture.Riyadh;
    private static readonly LocalDate[] Starts = CalendarFixture.Starts;

    private LocalDate[] _ends = Array.Empty<LocalDate>();
    private int _cursor;

    /// <summary>How many business days each call moves or counts.</summary>
    [Params(5, 5000)]
    public int Span { get; set; }

    /// <summary>Builds the holiday table for every year reached.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CalendarFixture.Warm();
        _ends = CalendarFixture.EndsAfter(Calendar, Span);
    }

    /// <summary>The library: <see cref="BusinessCalendar.AddBusinessDays"/>.</summary>
    /// <returns>The date <see cref="Span"/> business days after the next start date.</returns>
    [Benchmark]
    public LocalDate AddBusinessDays() => Calendar.AddBusinessDays(Starts[Next()], Span);

    /// <summary>The library: <see cref="BusinessCalendar.BusinessDaysBetween"/>.</summary>
    /// <returns><see cref="Span"/>.</returns>
    [Benchmark]
    public int BusinessDaysBetween()
    {
        var i = Next();
        return Calendar.BusinessDaysBetween(Starts[i], _ends[i]);
    }

    // Masked, not incremented without bound: the build checks for overflow.
    private int Next() => _cursor = (_cursor + 1) & CalendarFixture.StartMask;
}
