using ClientBoundaries.Calendars;
using NodaTime;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>Real-world calendars the tests arrange with.</summary>
internal static class Calendars
{
    /// <summary>Madrid, Monday to Friday 09:00-14:00 and 15:00-18:00, with Spain's national holidays (<see cref="HolidaySet.SpainNational"/>).</summary>
    public static BusinessCalendar Madrid() =>
        new(
            Zone("Europe/Madrid"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
            HolidaySet.SpainNational);

    /// <summary>New York, Monday to Friday 09:00-17:00, with the United States federal holidays and their observance (<see cref="HolidaySet.UnitedStatesFederal"/>).</summary>
    public static BusinessCalendar NewYork() =>
        new(Zone("America/New_York"), WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);

    /// <summary>London, Monday to Friday 09:00-17:30, with the bank holidays of England and Wales and their substitute days (<see cref="HolidaySet.EnglandAndWales"/>).</summary>
    public static BusinessCalendar London() =>
        new(Zone("Europe/London"), WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 17, 30)), HolidaySet.EnglandAndWales);

    /// <summary>Jakarta, Monday to Friday 08:00-16:00 (no daylight saving time), a few fixed national holidays.</summary>
    public static BusinessCalendar Jakarta() =>
        new(
            Zone("Asia/Jakarta"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(8, 0, 16, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "Tahun Baru Masehi"),
                HolidayRule.Fixed(5, 1, "Hari Buruh Internasional"),
                HolidayRule.Fixed(6, 1, "Hari Lahir Pancasila"),
                HolidayRule.Fixed(8, 17, "Hari Kemerdekaan"),
                HolidayRule.Fixed(12, 25, "Hari Raya Natal"),
            });

    /// <summary>A Jakarta office, Monday to Friday 09:00-17:00 (no daylight saving time), with Indonesian public holidays of 2026.</summary>
    public static BusinessCalendar JakartaOffice() =>
        new(
            Zone("Asia/Jakarta"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 17, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "Tahun Baru Masehi"),
                HolidayRule.Once(new LocalDate(2026, 3, 19), "Hari Suci Nyepi"),
                HolidayRule.Once(new LocalDate(2026, 3, 20), "Idul Fitri"),
                HolidayRule.EasterRelative(-2, "Wafat Yesus Kristus"),
                HolidayRule.Fixed(5, 1, "Hari Buruh Internasional"),
                HolidayRule.Fixed(6, 1, "Hari Lahir Pancasila"),
                HolidayRule.Fixed(8, 17, "Hari Kemerdekaan"),
                HolidayRule.Fixed(12, 25, "Hari Raya Natal"),
            });

    /// <summary>A Sunday-to-Thursday week (as in several Gulf states), 08:00-16:00, UTC+4 all year.</summary>
    public static BusinessCalendar SundayToThursday() =>
        new(
            Zone("Asia/Dubai"),
            WorkingWeek.Of(
                new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday },
                TimeOfDayRange.Of(8, 0, 16, 0)));
}
