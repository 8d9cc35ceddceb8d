using System;
using ClientBoundaries.Communication;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Communication;

/// <summary>Check-in dates in the provider's calendar (Madrid, with Good Friday on 3 April 2026).</summary>
public class CheckInCadenceTests
{
    private static readonly ClientBoundaries.Calendars.BusinessCalendar Studio = TestSupport.Calendars.Madrid();

    [Fact]
    public void Every_three_business_days_counts_business_days_only()
    {
        // Monday 2 March, then Thursday 5, then Friday 6, Monday 9, Tuesday 10 ...
        CheckInCadence.Every(3).OccurrencesBetween(Studio, D("2026-03-02"), D("2026-03-20"))
            .Should().Equal(D("2026-03-02"), D("2026-03-05"), D("2026-03-10"), D("2026-03-13"), D("2026-03-18"));
    }

    [Fact]
    public void A_span_that_starts_on_a_weekend_starts_counting_on_the_next_business_day()
    {
        CheckInCadence.Every(5).OccurrencesBetween(Studio, D("2026-03-07"), D("2026-03-20"))
            .Should().Equal(D("2026-03-09"), D("2026-03-16"));
    }

    [Fact]
    public void Weekly_check_in_on_a_holiday_moves_to_the_next_business_day()
    {
        CheckInCadence.Weekly(IsoDayOfWeek.Friday).OccurrencesBetween(Studio, D("2026-03-30"), D("2026-04-17"))
            .Should().Equal(D("2026-04-06"), D("2026-04-10"), D("2026-04-17"));
        CheckInCadence.Weekly(IsoDayOfWeek.Friday).OccurrencesBetween(Studio, D("2026-03-30"), D("2026-04-03"))
            .Should().BeEmpty("Good Friday's check-in moves to Monday 6 April, after the span");
        CheckInCadence.Weekly(IsoDayOfWeek.Monday).OccurrencesBetween(Studio, D("2026-03-04"), D("2026-03-16"))
            .Should().Equal(D("2026-03-09"), D("2026-03-16"));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        ((Action)(() => CheckInCadence.Every(0))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "businessDays");
        ((Action)(() => CheckInCadence.Weekly((IsoDayOfWeek)0))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "day");
        ((Action)(() => CheckInCadence.Every(2).OccurrencesBetween(Studio, D("2026-03-10"), D("2026-03-09"))))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "to" && e.Message.Contains("was -1 days"));
        CheckInCadence.Every(3).ToString().Should().Be("every 3 business days");
        CheckInCadence.Weekly(IsoDayOfWeek.Monday).ToString().Should().Be("weekly on Monday");
    }
}
