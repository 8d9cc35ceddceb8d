using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// Dates as whole numbers of days since 1970-01-01, so business-day maths is integer arithmetic.
/// The conversions are Cassio Neri and Lorenz Schneider's ("Euclidean affine functions and their application to
/// calendar algorithms", 2022), which give what Howard Hinnant's days_from_civil / civil_from_days give with fewer steps.
/// </summary>
internal static class DayNumber
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9999;

    /// <summary>0001-01-01.</summary>
    internal const int Min = -719_162;

    /// <summary>9999-12-31.</summary>
    internal const int Max = 2_932_896;

    // Neri and Schneider's shifts: years moved up by 1,468,000 and days by the matching count, so nothing is negative.
    private const uint YearShift = unchecked((uint)-1_468_000);
    private const uint DayShift = 536_895_458;

    internal static int Of(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year < MinYear)
        {
            ThrowUnsupported(date, paramName);
        }

        return FromCivil(date.Year, date.Month, date.Day);
    }

    /// <summary>The day number of a date in the proleptic Gregorian calendar (any year from -1,000,000 to 1,000,000).</summary>
    internal static int FromCivil(int year, int month, int day)
    {
        // Neri and Schneider's "Euclidean affine functions" form: the year shifted so that every quantity is unsigned, and
        // the dividing done by multiplications and shifts, so the chain of dependent steps is short.
        unchecked
        {
            var shifted = (uint)year - YearShift;
            var march = month < 3 ? 1u : 0u;
            var y = shifted - march;
            var m = march != 0 ? (uint)month + 12 : (uint)month;
            var century = y / 100;
            var daysOfYears = (1461 * y / 4) - century + (century / 4);
            var daysOfMonths = ((979 * m) - 2919) / 32;
            return (int)(daysOfYears + daysOfMonths + (uint)day - 1 - DayShift);
        }
    }

    /// <summary>The date with a day number, which must fall in years 1 to 9999.</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        ToCivil(dayNumber, out var year, out var month, out var day);
        return new LocalDate(year, month, day);
    }

    /// <summary>The year, month and day of a day number (any from -500,000,000 to 500,000,000).</summary>
    internal static void ToCivil(int dayNumber, out int year, out int month, out int day)
    {
        // The inverse of FromCivil, by the same method: centuries, then years (a 64-bit product whose high half is the
        // year and low half the day of the year), then months and days from a day of a year that starts in March.
        unchecked
        {
            var n1 = (4 * ((uint)dayNumber + DayShift)) + 3;
            var centuries = n1 / 146_097;
            var n2 = (4 * (n1 % 146_097 / 4)) + 3;
            var product = 2_939_745UL * n2;
            var years = (uint)(product >> 32);
            var dayOfYear = (uint)product / 2_939_745 / 4;
            var n3 = (2141 * dayOfYear) + 197_913;
            var january = dayOfYear >= 306 ? 1u : 0u;
            year = (int)((100 * centuries) + years + january + YearShift);
            month = (int)(january != 0 ? (n3 >> 16) - 12 : n3 >> 16);
            day = (int)((n3 & 0xFFFF) / 2141) + 1;
        }
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
    internal static int YearOf(int dayNumber)
    {
        ToCivil(dayNumber, out var year, out _, out _);
        return year;
    }

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
            $"Business-day maths supports dates in years {MinYear} to {MaxYear}, was {date:uuuu-MM-dd}.");
    }
}
