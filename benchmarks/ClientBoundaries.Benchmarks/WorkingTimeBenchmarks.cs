using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using NodaTime;
using ClientBoundaries.Tests.TestSupport;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Working time in the Madrid agency's calendar (split days, holidays, daylight saving) over spans from an hour to the
/// end of the calendar: counting it between two instants, adding it to an instant, and a reply's timing in contact
/// windows, each beside the day-by-day walk the library used before issue 21 (<see cref="DayByDayWorkingTime"/>).
/// The library should cost the same whatever the span; the walk grows with it.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class WorkingTimeBenchmarks
{
    private const int StartCount = 16;

    private static readonly BusinessCalendar Calendar = CalendarFixture.Madrid;

    // Contact windows of the Madrid agency: mornings and late afternoons; email answered within 8 of those hours.
    private static readonly WorkingWeek Windows = WorkingWeek.MondayToFriday(TimeOfDayRange.Of(10, 0, 13, 0), TimeOfDayRange.Of(16, 0, 18, 0));

    private static readonly ContactHours Contact = new(
        Calendar,
        new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }, Windows));

    // WorkingTimeBetween is internal (ContactHours.TimingOf is its public door): bound once, called like a method.
    private static readonly Func<Instant, Instant, Duration> Between = typeof(BusinessCalendar)
        .GetMethod("WorkingTimeBetween", BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { typeof(Instant), typeof(Instant) }, null)!
        .CreateDelegate<Func<Instant, Instant, Duration>>(Calendar);

    private readonly Instant[] _starts = new Instant[StartCount];
    private readonly Instant[] _ends = new Instant[StartCount];
    private readonly Duration[] _worked = new Duration[StartCount];
    private int _cursor;

    /// <summary>How far apart the two instants are: 1 hour, 1 day, 1 month, 1 year, 100 years, 7,900 years.</summary>
    [Params("1h", "1d", "1mo", "1y", "100y", "7900y")]
    public string Span { get; set; } = "1h";

    /// <summary>Builds the tables for every year reached, and checks the library against the walk for the short spans.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CalendarFixture.Warm();
        var span = Span switch
        {
            "1h" => Duration.FromHours(1),
            "1d" => Duration.FromDays(1),
            "1mo" => Duration.FromDays(30),
            "1y" => Duration.FromDays(365),
            "100y" => Duration.FromDays(36_524),
            "7900y" => Duration.FromDays(2_885_416),
            _ => throw new InvalidOperationException($"Unknown span {Span}."),
        };
        for (var i = 0; i < StartCount; i++)
        {
            // Through 2026 at odd times of day: in and out of working hours, both sides of the clock changes.
            _starts[i] = Instant.FromUtc(2026, 1, 5, 7, 0) + Duration.FromMinutes(i * ((23 * 24 * 60) + 37));
            _ends[i] = _starts[i] + span;
            _worked[i] = Between(_starts[i], _ends[i]);
            if (Span is "1h" or "1d" or "1mo" or "1y")
            {
                Check(DayByDayWorkingTime.WorkingTimeBetween(Calendar, _starts[i], _ends[i], Calendar.WorkingWeek) == _worked[i], "WorkingTimeBetween", i);
                if (_worked[i] > Duration.Zero)
                {
                    Check(DayByDayWorkingTime.AddWorkingTime(Calendar, _starts[i], _worked[i], Calendar.WorkingWeek) == Calendar.AddWorkingTime(_starts[i], _worked[i]), "AddWorkingTime", i);
                }

                Check(TimingDayByDay(i) == Contact.TimingOf(Channel.Email, _starts[i], _ends[i])!.LateByBusinessTime, "TimingOf", i);
            }

            // A span with no working time in it adds an hour instead: adding nothing costs nothing.
            if (_worked[i] == Duration.Zero)
            {
                _worked[i] = Duration.FromHours(1);
            }
        }
    }

    /// <summary>The library: working time between two instants.</summary>
    /// <returns>The working time in the next span.</returns>
    [Benchmark]
    [BenchmarkCategory("WorkingTimeBetween")]
    public Duration WorkingTimeBetween()
    {
        var i = Next();
        return Between(_starts[i], _ends[i]);
    }

    /// <summary>The baseline: walk the business days in between.</summary>
    /// <returns>The same as <see cref="WorkingTimeBetween"/>.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("WorkingTimeBetween")]
    public Duration WorkingTimeBetweenDayByDay()
    {
        var i = Next();
        return DayByDayWorkingTime.WorkingTimeBetween(Calendar, _starts[i], _ends[i], Calendar.WorkingWeek);
    }

    /// <summary>The library: <see cref="BusinessCalendar.AddWorkingTime(Instant, Duration)"/> of the span's working time.</summary>
    /// <returns>About the end of the next span.</returns>
    [Benchmark]
    [BenchmarkCategory("AddWorkingTime")]
    public Instant AddWorkingTime()
    {
        var i = Next();
        return Calendar.AddWorkingTime(_starts[i], _worked[i]);
    }

    /// <summary>The baseline: walk the business days until the working time is spent.</summary>
    /// <returns>The same as <see cref="AddWorkingTime"/>.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddWorkingTime")]
    public Instant AddWorkingTimeDayByDay()
    {
        var i = Next();
        return DayByDayWorkingTime.AddWorkingTime(Calendar, _starts[i], _worked[i], Calendar.WorkingWeek);
    }

    /// <summary>The library: a reply at the end of the span to an email at its start, in contact windows (its due instant, then its lateness).</summary>
    /// <returns>The reply's timing.</returns>
    [Benchmark]
    [BenchmarkCategory("TimingOf")]
    public ReplyTiming? TimingOf()
    {
        var i = Next();
        return Contact.TimingOf(Channel.Email, _starts[i], _ends[i]);
    }

    /// <summary>The baseline: the same due instant and lateness, walked day by day.</summary>
    /// <returns>The lateness in business time.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TimingOf")]
    public Duration TimingOfDayByDay() => TimingDayByDay(Next());

    private Duration TimingDayByDay(int i)
    {
        var due = DayByDayWorkingTime.AddWorkingTime(Calendar, _starts[i], Duration.FromHours(8), Windows);
        return DayByDayWorkingTime.WorkingTimeBetween(Calendar, due, _ends[i], Windows);
    }

    private void Check(bool agrees, string what, int i)
    {
        if (!agrees)
        {
            throw new InvalidOperationException($"{what} disagrees with the day-by-day walk from {_starts[i]}, span {Span}.");
        }
    }

    // Masked, not incremented without bound: the build checks for overflow.
    private int Next() => _cursor = (_cursor + 1) & (StartCount - 1);
}
