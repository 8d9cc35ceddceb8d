using ClientBoundaries.Calendars;
using NodaTime;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>Real-world calendars the tests arrange with.</summary>
internal static class Calendars
{
    /// <summary>Madrid, Monday to Friday 09:00-14:00 and 15:00-18:00, Spanish national holidays.</summary>
    public static BusinessCalendar Madrid() =>
        new(
            Zone("Europe/Madrid"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "Año Nuevo"),
                HolidayRule.Fixed(1, 6, "Epifanía del Señor"),
                HolidayRule.EasterRelative(-2, "Viernes Santo"),
                HolidayRule.Fixed(5, 1, "Fiesta del Trabajo"),
                HolidayRule.Fixed(8, 15, "Asunción de la Virgen"),
                HolidayRule.Fixed(10, 12, "Fiesta Nacional de España"),
                HolidayRule.Fixed(11, 1, "Todos los Santos"),
                HolidayRule.Fixed(12, 6, "Día de la Constitución"),
                HolidayRule.Fixed(12, 8, "Inmaculada Concepción"),
                HolidayRule.Fixed(12, 25, "Navidad"),
            });

    /// <summary>New York, Monday to Friday 09:00-17:00, United States federal holidays with the federal observance rule.</summary>
    public static BusinessCalendar NewYork() =>
        new(
            Zone("America/New_York"),
            WorkingWeek.MondayToFriday(),
            new[]
            {
                HolidayRule.Fixed(1, 1, "New Year's Day").ObservedOn(HolidayObservance.NearestWorkingDay),
                HolidayRule.NthWeekday(1, 3, IsoDayOfWeek.Monday, "Martin Luther King Jr. Day"),
                HolidayRule.NthWeekday(2, 3, IsoDayOfWeek.Monday, "Presidents' Day"),
                HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Memorial Day"),
                HolidayRule.Fixed(6, 19, "Juneteenth").ObservedOn(HolidayObservance.NearestWorkingDay),
                HolidayRule.Fixed(7, 4, "Independence Day").ObservedOn(HolidayObservance.NearestWorkingDay),
                HolidayRule.NthWeekday(9, 1, IsoDayOfWeek.Monday, "Labor Day"),
                HolidayRule.NthWeekday(11, 4, IsoDayOfWeek.Thursday, "Thanksgiving Day"),
                HolidayRule.Fixed(12, 25, "Christmas Day").ObservedOn(HolidayObservance.NearestWorkingDay),
            });

    /// <summary>London, Monday to Friday 09:00-17:30, with UK substitute days for Christmas and Boxing Day.</summary>
    public static BusinessCalendar London() =>
        new(
            Zone("Europe/London"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 17, 30)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "New Year's Day").ObservedOn(HolidayObservance.NextWorkingDay),
                HolidayRule.EasterRelative(-2, "Good Friday"),
                HolidayRule.EasterRelative(1, "Easter Monday"),
                HolidayRule.NthWeekday(5, 1, IsoDayOfWeek.Monday, "Early May bank holiday"),
                HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Spring bank holiday"),
                HolidayRule.LastWeekday(8, IsoDayOfWeek.Monday, "Summer bank holiday"),
                HolidayRule.Fixed(12, 25, "Christmas Day").ObservedOn(HolidayObservance.NextWorkingDay),
                HolidayRule.Fixed(12, 26, "Boxing Day").ObservedOn(HolidayObservance.NextWorkingDay),
            });

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
