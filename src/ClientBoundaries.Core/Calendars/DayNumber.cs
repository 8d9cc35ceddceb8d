using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// Dates as whole numbers of days since 1970-01-01, so business-day maths is integer arithmetic.
/// The conversions are Howard Hinnant's days_from_civil / civil_from_days.
/// </summary>
internal static class DayNumber
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9999;

    /// <summary>0001-01-01.</summary>
    internal const int Min = -719_162;

    /// <summary>9999-12-31.</summary>
    internal const int Max = 2_932_896;

    internal static int Of(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year < MinYear)
        {
            ThrowUnsupported(date, paramName);
        }

        return FromCivil(date.Year, date.Month, date.Day);
    }

    internal static int FromCivil(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    internal static LocalDate ToDate(int dayNumber)
    {
        var z = dayNumber + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var dayOfEra = z - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        var month = mp < 10 ? mp + 3 : mp - 9;
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    /// <summary>The date a number of days away, or false when it would fall outside years 1 to 9999.</summary>
    internal static bool TryAddDays(LocalDate date, int days, out LocalDate result)
    {
        var day = FromCivil(date.Year, date.Month, date.Day) + days;
        if (day is < Min or > Max)
        {
            result = date;
            return false;
        }

        result = ToDate(day);
        return true;
    }

    /// <summary>The year a day number falls in.</summary>
    internal static int YearOf(int dayNumber) => ToDate(dayNumber).Year;

    /// <summary>Monday = 0 ... Sunday = 6. 1970-01-01 was a Thursday.</summary>
    internal static int WeekdayIndex(int dayNumber)
    {
        var r = (dayNumber + 3) % 7;
        return r < 0 ? r + 7 : r;
    }

    private static void ThrowUnsupported(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"Must be a date in the ISO calendar, was {date:uuuu-MM-dd} in the {date.Calendar.Id} calendar.",
                paramName);
        }

        throw new BeyondSupportedDatesException(
            paramName,
            date,
            $"Business-day maths supports dates in years {MinYear} to {MaxYear}, was {date:uuuu-MM-dd}.");
    }
}
