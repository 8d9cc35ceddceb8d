using BenchmarkDotNet.Attributes;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// The single-step business-day questions in the Madrid calendar, over the same sixteen start dates as
/// <see cref="CalendarBenchmarks"/>: whether a date is a business day, and the business day after and before it.
/// </summary>
[MemoryDiagnoser]
public class NextBusinessDayBenchmarks
{
    private static readonly BusinessCalendar Calendar = CalendarFixture.Madrid;
    private static readonly LocalDate[] Starts = CalendarFixture.Starts;

    private int _cursor;

    /// <summary>Builds the holiday table for every year reached.</summary>
    [GlobalSetup]
    public void Setup() => CalendarFixture.Warm();

    /// <summary>The library: <see cref="BusinessCalendar.IsBusinessDay"/>.</summary>
    /// <returns>Whether the next start date is a business day.</returns>
    [Benchmark]
    public bool IsBusinessDay() => Calendar.IsBusinessDay(Starts[Next()]);

    /// <summary>The library: <see cref="BusinessCalendar.NextBusinessDay"/>.</summary>
    /// <returns>The business day after the next start date.</returns>
    [Benchmark]
    public LocalDate NextBusinessDay() => Calendar.NextBusinessDay(Starts[Next()]);

    /// <summary>The library: <see cref="BusinessCalendar.PreviousBusinessDay"/>.</summary>
    /// <returns>The business day before the next start date.</returns>
    [Benchmark]
    public LocalDate PreviousBusinessDay() => Calendar.PreviousBusinessDay(Starts[Next()]);

    // Masked, not incremented without bound: the build checks for overflow.
    private int Next() => _cursor = (_cursor + 1) & CalendarFixture.StartMask;
}
