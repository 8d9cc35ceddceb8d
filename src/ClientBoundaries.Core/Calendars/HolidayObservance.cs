using System;
using Ardalis.SmartEnum;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// What happens when a holiday falls on a day the party does not work anyway (a Saturday, say):
/// nothing, or the day off is observed on a nearby working day instead.
/// </summary>
/// <remarks>
/// Observed days never land on another holiday of the same calendar: when Christmas (Saturday)
/// is observed on Monday 27 December, Boxing Day (Sunday) moves on to Tuesday 28. Closures do not
/// push an observed day further (a day off inside a closure is simply absorbed by it). The numeric
/// values are a persistence contract. Immutable and thread-safe.
/// </remarks>
public abstract class HolidayObservance : SmartEnum<HolidayObservance>
{
    /// <summary>The holiday stays where it falls; on a day off it changes nothing.</summary>
    public static readonly HolidayObservance None = new NoShift();

    /// <summary>
    /// Observed on the nearest working day: in a Monday-to-Friday week a Saturday holiday is
    /// observed on Friday and a Sunday holiday on Monday (the United States federal rule). When
    /// two working days are equally near, the later one is used.
    /// </summary>
    public static readonly HolidayObservance NearestWorkingDay = new Nearest();

    /// <summary>
    /// Observed on the next working day: a Saturday or Sunday holiday is observed on Monday
    /// (the United Kingdom's substitute days).
    /// </summary>
    public static readonly HolidayObservance NextWorkingDay = new Next();

    // Far enough to get past any week shape and a run of other holidays.
    private const int MaxShiftDays = 31;

    private HolidayObservance(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>
    /// The date the holiday is observed on, given that <paramref name="date"/> is not a working
    /// weekday; null when it is not observed at all.
    /// </summary>
    internal abstract LocalDate? Shift(LocalDate date, WorkingWeek week, Func<LocalDate, bool> isTaken);

    /// <summary>
    /// The closest working weekday that is not already a holiday, looking forward (and, when
    /// <paramref name="alsoBackward"/>, backward too, the later day winning a tie).
    /// </summary>
    private static LocalDate? ClosestFreeDay(LocalDate date, WorkingWeek week, Func<LocalDate, bool> isTaken, bool alsoBackward)
    {
        // At the edges of representable dates (years 1 and 9999) there may be no day to move to:
        // the holiday is then not observed.
        for (var distance = 1; distance <= MaxShiftDays; distance++)
        {
            if (DayNumber.TryAddDays(date, distance, out var after) && week.IsWorkingDay(after.DayOfWeek) && !isTaken(after))
            {
                return after;
            }

            if (alsoBackward && DayNumber.TryAddDays(date, -distance, out var before) && week.IsWorkingDay(before.DayOfWeek) && !isTaken(before))
            {
                return before;
            }
        }

        return null;
    }

    private sealed class NoShift : HolidayObservance
    {
        public NoShift()
            : base(nameof(None), 0)
        {
        }

        internal override LocalDate? Shift(LocalDate date, WorkingWeek week, Func<LocalDate, bool> isTaken) => date;
    }

    private sealed class Nearest : HolidayObservance
    {
        public Nearest()
            : base(nameof(NearestWorkingDay), 1)
        {
        }

        internal override LocalDate? Shift(LocalDate date, WorkingWeek week, Func<LocalDate, bool> isTaken) =>
            ClosestFreeDay(date, week, isTaken, alsoBackward: true);
    }

    private sealed class Next : HolidayObservance
    {
        public Next()
            : base(nameof(NextWorkingDay), 2)
        {
        }

        internal override LocalDate? Shift(LocalDate date, WorkingWeek week, Func<LocalDate, bool> isTaken) =>
            ClosestFreeDay(date, week, isTaken, alsoBackward: false);
    }
}
