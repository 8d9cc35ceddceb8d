using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>
/// Spans too long for the day-by-day walk to check (up to the year 9999): adding the working time counted between two
/// instants lands on the first instant by which exactly that much has passed, which fixes the answer uniquely.
/// </summary>
public class WorkingTimeFarSpanPropertyTests
{
    private static readonly BusinessCalendar[] Shapes =
    {
        TestSupport.Calendars.Madrid(),
        TestSupport.Calendars.NewYork(),
        new(Zone("Australia/Lord_Howe"), WorkingWeek.MondayToFriday(TimeOfDayRange.Of(1, 0, 3, 0), TimeOfDayRange.Of(20, 0, 0, 0)), HolidaySet.EnglandAndWales),
        new(Zone("America/Havana"), WorkingWeek.Of(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, TimeOfDayRange.Of(0, 0, 0, 0))),
    };

    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    [Fact]
    public void Adding_the_working_time_between_two_far_instants_lands_on_the_first_instant_that_much_has_passed()
    {
        var cases =
            from shape in Gen.Choose(0, Shapes.Length - 1)
            from startMinutes in Gen.Choose(0, 400 * 24 * 60)
            from years in Gen.Choose(1, 7_900)
            from extraMinutes in Gen.Choose(0, 366 * 24 * 60)
            let start = I("2026-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes)
            select (Calendar: Shapes[shape], Start: start, End: start + Duration.FromDays(years * 365) + Duration.FromMinutes(extraMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var worked = c.Calendar.WorkingTimeBetween(c.Start, c.End);
            var reached = c.Calendar.AddWorkingTime(c.Start, worked);
            return worked > Duration.Zero
                && reached <= c.End
                && c.Calendar.WorkingTimeBetween(c.Start, reached) == worked
                && c.Calendar.WorkingTimeBetween(c.Start, reached - Nanosecond) < worked;
        }, cases: 150);
    }
}
