using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>Counting working time between two instants undoes adding it, in calendars with split days, holidays and clock changes.</summary>
public class WorkingTimePropertyTests
{
    private static readonly BusinessCalendar[] Shapes =
    {
        TestSupport.Calendars.Madrid(),
        TestSupport.Calendars.JakartaOffice(),
        TestSupport.Calendars.London(),
        new(Zone("America/Sao_Paulo"), WorkingWeek.MondayToFriday(TimeOfDayRange.Of(0, 0, 1, 0), TimeOfDayRange.Of(22, 0, 0, 0))),
    };

    [Fact]
    public void Working_time_between_a_start_and_the_instant_that_much_later_is_that_much()
    {
        var cases =
            from shape in Gen.Choose(0, Shapes.Length - 1)
            from startMinutes in Gen.Choose(0, 3 * 365 * 24 * 60)
            from workedMinutes in Gen.Choose(0, 120 * 60)
            select (Calendar: Shapes[shape], Start: I("2025-01-01T00:00:00Z") + Duration.FromMinutes(startMinutes), Worked: Duration.FromMinutes(workedMinutes));

        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var end = c.Calendar.AddWorkingTime(c.Start, c.Worked);
            return c.Calendar.WorkingTimeBetween(c.Start, end) == c.Worked;
        }, cases: 1000);
    }
}
