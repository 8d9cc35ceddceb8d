using ClientBoundaries.Calendars;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Calendars;

/// <summary>The day numbers business-day maths counts with, against NodaTime's own arithmetic on every supported date.</summary>
public class DayNumberTests
{
    [Fact]
    public void Every_date_from_year_1_to_9999_converts_to_its_days_since_1970_and_back()
    {
        // NodaTime is the oracle: the date a day number names is 1970-01-01 plus that many days, walked one day at a time.
        var date = new LocalDate(1, 1, 1);
        for (var day = DayNumber.Min; day <= DayNumber.Max; day++)
        {
            if (DayNumber.ToDate(day) != date || DayNumber.FromCivil(date.Year, date.Month, date.Day) != day || DayNumber.YearOf(day) != date.Year)
            {
                Assert.Fail($"Day {day} is {date:uuuu-MM-dd}, but the conversions give {DayNumber.ToDate(day):uuuu-MM-dd} and {DayNumber.FromCivil(date.Year, date.Month, date.Day)}.");
            }

            date = day < DayNumber.Max ? date.PlusDays(1) : date;
        }

        Assert.Equal(new LocalDate(1970, 1, 1), DayNumber.ToDate(0));
        Assert.Equal(new LocalDate(9999, 12, 31), DayNumber.ToDate(DayNumber.Max));
    }
}
