using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Business-day maths in a Madrid calendar: the library's closed form against a day-by-day loop,
/// side by side per operation and span. The library should cost the same whatever the span and
/// allocate nothing; the loop grows with the span.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CalendarBenchmarks
{
    private static readonly BusinessCalendar Calendar = CalendarFixture.Madrid;
    private static readonly LocalDate[] Starts = CalendarFixture.Starts;

    private LocalDate[] _ends = Array.Empty<LocalDate>();
    private int _cursor;

    /// <summary>How many business days each call moves or counts.</summary>
    [Params(5, 50, 500, 5000)]
    public int Span { get; set; }

    /// <summary>Builds the holiday table for every year reached, and checks both ways agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CalendarFixture.Warm();
        _ends = CalendarFixture.EndsAfter(Calendar, Span);
        for (var i = 0; i < Starts.Length; i++)
        {
            Check(DayByDay.AddBusinessDays(Calendar, Starts[i], Span) == _ends[i], "AddBusinessDays", i);
            Check(Calendar.BusinessDaysBetween(Starts[i], _ends[i]) == Span, "BusinessDaysBetween", i);
            Check(DayByDay.BusinessDaysBetween(Calendar, Starts[i], _ends[i]) == Span, "day-by-day BusinessDaysBetween", i);
        }
    }

    /// <summary>The library: <see cref="BusinessCalendar.AddBusinessDays"/>.</summary>
    /// <returns>The date <see cref="Span"/> business days after the next start date.</returns>
    [Benchmark]
    [BenchmarkCategory("AddBusinessDays")]
    public LocalDate AddBusinessDays() => Calendar.AddBusinessDays(Starts[Next()], Span);

    /// <summary>The baseline: step one date at a time, asking <see cref="BusinessCalendar.IsBusinessDay"/>.</summary>
    /// <returns>The same date as <see cref="AddBusinessDays"/>.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddBusinessDays")]
    public LocalDate AddBusinessDaysDayByDay() => DayByDay.AddBusinessDays(Calendar, Starts[Next()], Span);

    /// <summary>The library: <see cref="BusinessCalendar.BusinessDaysBetween"/>.</summary>
    /// <returns><see cref="Span"/>.</returns>
    [Benchmark]
    [BenchmarkCategory("BusinessDaysBetween")]
    public int BusinessDaysBetween()
    {
        var i = Next();
        return Calendar.BusinessDaysBetween(Starts[i], _ends[i]);
    }

    /// <summary>The baseline: count one date at a time with <see cref="BusinessCalendar.IsBusinessDay"/>.</summary>
    /// <returns><see cref="Span"/>.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("BusinessDaysBetween")]
    public int BusinessDaysBetweenDayByDay()
    {
        var i = Next();
        return DayByDay.BusinessDaysBetween(Calendar, Starts[i], _ends[i]);
    }

    private void Check(bool agrees, string what, int i)
    {
        if (!agrees)
        {
            throw new InvalidOperationException($"{what} disagrees for start {Starts[i]:uuuu-MM-dd}, span {Span}.");
        }
    }

    // Masked, not incremented without bound: the build checks for overflow.
    private int Next() => _cursor = (_cursor + 1) & CalendarFixture.StartMask;
}
