using System;
using ClientBoundaries.Calendars;
using NodaTime;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Realistic calendars and start dates, built once per benchmark process and shared by every
/// benchmark so that the measured bodies are one-liners.
/// </summary>
public static class CalendarFixture
{
    /// <summary>The largest span, in business days, that the performance targets cover.</summary>
    public const int LargestSpan = 10_000;

    /// <summary>
    /// A Madrid agency: Monday to Friday, 09:00-14:00 and 15:00-18:00, fifteen holiday rules of
    /// every kind (fixed, n-th and last weekday, Easter-relative; some moved off the weekend) and
    /// two closures.
    /// </summary>
    public static readonly BusinessCalendar Madrid = new(
        DateTimeZoneProviders.Tzdb["Europe/Madrid"],
        WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
        new[]
        {
            HolidayRule.Fixed(1, 1, "Año Nuevo"),
            HolidayRule.Fixed(1, 6, "Epifanía del Señor").ObservedOn(HolidayObservance.NextWorkingDay),
            HolidayRule.EasterRelative(-3, "Jueves Santo"),
            HolidayRule.EasterRelative(-2, "Viernes Santo"),
            HolidayRule.EasterRelative(1, "Lunes de Pascua (company day)"),
            HolidayRule.Fixed(5, 1, "Fiesta del Trabajo"),
            HolidayRule.Fixed(5, 2, "Fiesta de la Comunidad de Madrid").ObservedOn(HolidayObservance.NextWorkingDay),
            HolidayRule.Fixed(5, 15, "San Isidro"),
            HolidayRule.LastWeekday(7, IsoDayOfWeek.Friday, "Summer company day"),
            HolidayRule.Fixed(8, 15, "Asunción de la Virgen"),
            HolidayRule.Fixed(10, 12, "Fiesta Nacional de España").ObservedOn(HolidayObservance.NearestWorkingDay),
            HolidayRule.Fixed(11, 1, "Todos los Santos").ObservedOn(HolidayObservance.NextWorkingDay),
            HolidayRule.NthWeekday(11, 2, IsoDayOfWeek.Friday, "Autumn company day"),
            HolidayRule.Fixed(12, 8, "Inmaculada Concepción").ObservedOn(HolidayObservance.NextWorkingDay),
            HolidayRule.Fixed(12, 25, "Navidad").ObservedOn(HolidayObservance.NearestWorkingDay),
        },
        new[]
        {
            new Closure(new LocalDate(2027, 8, 9), new LocalDate(2027, 8, 20), "August shutdown"),
            new Closure(new LocalDate(2031, 12, 22), new LocalDate(2032, 1, 2), "Office move"),
        });

    /// <summary>
    /// A Riyadh supplier working Sunday to Thursday, with two fixed national days moved to the
    /// nearest working day: checks that an odd working week costs the same.
    /// </summary>
    public static readonly BusinessCalendar Riyadh = new(
        DateTimeZoneProviders.Tzdb["Asia/Riyadh"],
        WorkingWeek.Of(
            new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday },
            TimeOfDayRange.Of(8, 0, 16, 0)),
        new[]
        {
            HolidayRule.Fixed(2, 22, "Founding Day").ObservedOn(HolidayObservance.NearestWorkingDay),
            HolidayRule.Fixed(9, 23, "National Day").ObservedOn(HolidayObservance.NearestWorkingDay),
        },
        new[] { new Closure(new LocalDate(2026, 3, 18), new LocalDate(2026, 3, 24), "Eid al-Fitr") });

    /// <summary>
    /// Sixteen start dates in 2024-2027 (a power of two, so a cursor wraps with a mask). Mostly
    /// working days, plus weekends, holidays, an observed holiday and a day inside a closure, so
    /// that every branch is exercised and none is predicted from one constant input.
    /// </summary>
    public static readonly LocalDate[] Starts =
    {
        new(2024, 1, 8),
        new(2024, 3, 29), // Good Friday
        new(2024, 6, 13),
        new(2024, 10, 19), // Saturday
        new(2024, 12, 9), // 8 December observed (it fell on a Sunday)
        new(2025, 2, 26),
        new(2025, 5, 15), // San Isidro
        new(2025, 7, 7),
        new(2025, 9, 30),
        new(2025, 12, 28), // Sunday
        new(2026, 4, 21),
        new(2026, 8, 3),
        new(2026, 11, 17),
        new(2027, 1, 29),
        new(2027, 8, 12), // inside the August shutdown
        new(2027, 11, 24),
    };

    /// <summary>Masks a cursor into <see cref="Starts"/>.</summary>
    public const int StartMask = 15;

    /// <summary>
    /// Makes each calendar build its holiday table for every year the benchmarks can reach, so that
    /// the one-off expansion of holiday rules is not part of any measurement.
    /// </summary>
    public static void Warm()
    {
        foreach (var calendar in new[] { Madrid, Riyadh })
        {
            foreach (var start in Starts)
            {
                calendar.AddBusinessDays(start, LargestSpan);
                calendar.AddBusinessDays(start, -1);
            }
        }
    }

    /// <summary>The date <paramref name="span"/> business days after each start date.</summary>
    /// <param name="calendar">The calendar to count in.</param>
    /// <param name="span">The number of business days.</param>
    /// <returns>One end date per start date, in the same order.</returns>
    public static LocalDate[] EndsAfter(BusinessCalendar calendar, int span) =>
        Array.ConvertAll(Starts, start => calendar.AddBusinessDays(start, span));
}
