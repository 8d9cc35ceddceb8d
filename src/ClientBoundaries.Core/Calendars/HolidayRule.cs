using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A public holiday or other recurring day off, as a rule rather than a list of dates, so a
/// calendar keeps working in every year without being updated.
/// </summary>
/// <remarks>
/// <para>Make one with a factory: <see cref="Fixed"/> (25 December), <see cref="NthWeekday"/>
/// (first Monday of September), <see cref="LastWeekday"/> (last Monday of May),
/// <see cref="EasterRelative"/> (Good Friday is Easter - 2) or <see cref="Once"/> (a one-off
/// date). Then, if the day off moves when it falls on a day the party does not work, say how with
/// <see cref="ObservedOn"/>.</para>
/// <para>Laws change: a rule can start in a year (<see cref="From"/>: the United States' Juneteenth, from 2021), end
/// in one (<see cref="Until"/>), and skip single years (<see cref="ExceptIn"/>: the United Kingdom's spring bank
/// holiday, moved by proclamation in 2022 to Thursday 2 June, is the last Monday of May except in 2022, plus a
/// <see cref="Once"/> on the day it moved to).</para>
/// <para>Rules produce dates for years 1 to 9999 of the ISO calendar. Immutable and thread-safe;
/// equal when kind, name, fields, observance and years are equal.</para>
/// </remarks>
public abstract record HolidayRule
{
    private ValueList<int> _exceptYears = ValueList<int>.Empty;

    private HolidayRule(string name)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Observance = HolidayObservance.None;
    }

    /// <summary>The first year the rule gives a date, or null when it always has.</summary>
    public int? FirstYear { get; private init; }

    /// <summary>The last year the rule gives a date, or null when it still does.</summary>
    public int? LastYear { get; private init; }

    /// <summary>The years, in ascending order, in which the rule gives no date although it otherwise would (a holiday moved or cancelled for one year).</summary>
    public IReadOnlyList<int> ExceptYears => _exceptYears;

    /// <summary>The holiday's name, as a person would write it: "Christmas Day".</summary>
    public string Name { get; }

    /// <summary>What happens when the holiday falls on a day the party does not work.</summary>
    public HolidayObservance Observance { get; private init; }

    /// <summary>The same date every year, such as 25 December.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="day">The day of the month; 29 February is allowed and then happens only in leap years.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or the day is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static HolidayRule Fixed(int month, int day, string name) => new FixedDate(month, day, name);

    /// <summary>The n-th given weekday of a month, such as the first Monday of September.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="occurrence">Which one, 1-5; a 5th that a month does not have gives no holiday that year.</param>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or the occurrence is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="dayOfWeek"/> is not a day of the week, or <paramref name="name"/> is blank.</exception>
    public static HolidayRule NthWeekday(int month, int occurrence, IsoDayOfWeek dayOfWeek, string name)
    {
        Preconditions.CheckArgumentRange(nameof(occurrence), occurrence, 1, 5);
        return new WeekdayOfMonth(month, occurrence, dayOfWeek, name);
    }

    /// <summary>The last given weekday of a month, such as the last Monday of May.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="dayOfWeek"/> is not a day of the week, or <paramref name="name"/> is blank.</exception>
    public static HolidayRule LastWeekday(int month, IsoDayOfWeek dayOfWeek, string name) =>
        new WeekdayOfMonth(month, WeekdayOfMonth.Last, dayOfWeek, name);

    /// <summary>
    /// A date a fixed number of days from Western (Gregorian) Easter Sunday: Good Friday is -2,
    /// Easter Monday +1, Ascension Day +39, Whit Monday +50.
    /// </summary>
    /// <param name="offsetDays">Days from Easter Sunday, -80 to 250, a range that keeps the date in Easter's own year.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsetDays"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static HolidayRule EasterRelative(int offsetDays, string name) => new RelativeToEaster(offsetDays, name);

    /// <summary>A single date that does not recur, such as an election day or a company event.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, or <paramref name="name"/> is blank.</exception>
    public static HolidayRule Once(LocalDate date, string name) => new SingleDate(date, name);

    /// <summary>Western (Gregorian) Easter Sunday of a year, by the anonymous Gregorian algorithm.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The date of Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }

    /// <summary>The same rule, giving dates from <paramref name="year"/> on: the year a holiday was created.</summary>
    /// <param name="year">The first year, 1 to 9999, no later than <see cref="LastYear"/>.</param>
    /// <returns>The new rule.</returns>
    /// <exception cref="ArgumentException">The rule is a one-off date (<see cref="Once"/>), which has no years to limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range or after <see cref="LastYear"/>.</exception>
    public HolidayRule From(int year)
    {
        CheckRecurs(year);
        Preconditions.CheckArgumentRange(nameof(year), year, 1, LastYear ?? 9999);
        return this with { FirstYear = year };
    }

    /// <summary>The same rule, giving dates up to <paramref name="year"/>: the last year a holiday was kept.</summary>
    /// <param name="year">The last year, 1 to 9999, no earlier than <see cref="FirstYear"/>.</param>
    /// <returns>The new rule.</returns>
    /// <exception cref="ArgumentException">The rule is a one-off date (<see cref="Once"/>), which has no years to limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range or before <see cref="FirstYear"/>.</exception>
    public HolidayRule Until(int year)
    {
        CheckRecurs(year);
        Preconditions.CheckArgumentRange(nameof(year), year, FirstYear ?? 1, 9999);
        return this with { LastYear = year };
    }

    /// <summary>
    /// The same rule, giving no date in <paramref name="year"/>: the holiday was moved or cancelled for that year only.
    /// Add the day it moved to, if any, as a <see cref="Once"/> rule.
    /// </summary>
    /// <param name="year">The year, 1 to 9999; naming a year twice changes nothing.</param>
    /// <returns>The new rule.</returns>
    /// <exception cref="ArgumentException">The rule is a one-off date (<see cref="Once"/>), which has no years to limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public HolidayRule ExceptIn(int year)
    {
        CheckRecurs(year);
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        if (IsExcepted(year))
        {
            return this;
        }

        var years = new List<int>(_exceptYears) { year };
        years.Sort();
        return this with { _exceptYears = new ValueList<int>(years) };
    }

    /// <summary>A copy of this rule with a different observance.</summary>
    /// <param name="observance">What happens when the holiday falls on a day the party does not work.</param>
    /// <returns>The new rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observance"/> is null.</exception>
    public HolidayRule ObservedOn(HolidayObservance observance) =>
        this with { Observance = Preconditions.CheckNotNull(observance, nameof(observance)) };

    /// <summary>
    /// The date the rule gives in a year, before any observance shift; null when it gives none
    /// that year (29 February in a common year, a 5th Monday the month lacks, a one-off date in
    /// another year, a year before <see cref="FirstYear"/> or after <see cref="LastYear"/>, or one of <see cref="ExceptYears"/>).
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public LocalDate? DateIn(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return DateInCheckedYear(year);
    }

    /// <summary>Whether the law gives the rule a date in <paramref name="year"/>: within its first and last years, and not excepted.</summary>
    internal bool HoldsIn(int year) => !(year < FirstYear || year > LastYear || IsExcepted(year));

    /// <summary>As <see cref="DateIn(int)"/> without the year's range check, for a caller that checked it once.</summary>
    internal LocalDate? DateInCheckedYear(int year) => HoldsIn(year) ? DateInYear(year) : null;

    private protected abstract LocalDate? DateInYear(int year);

    private void CheckRecurs(int year) =>
        Preconditions.CheckArgument(
            this is not SingleDate,
            nameof(year),
            $"A one-off date happens in its own year only; first and last years and years excepted apply to rules that recur (was {year}).");

    private bool IsExcepted(int year)
    {
        for (var i = 0; i < _exceptYears.Count; i++)
        {
            if (_exceptYears[i] == year)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckMonth(int month) => Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);

    /// <summary>The same month and day every year.</summary>
    public sealed record FixedDate : HolidayRule
    {
        internal FixedDate(int month, int day, string name)
            : base(name)
        {
            CheckMonth(month);
            Preconditions.CheckArgumentRange(nameof(day), day, 1, CalendarSystem.Iso.GetDaysInMonth(2000, month));
            Month = month;
            Day = day;
        }

        /// <summary>The month, 1-12.</summary>
        public int Month { get; }

        /// <summary>The day of the month.</summary>
        public int Day { get; }

        private protected override LocalDate? DateInYear(int year) =>
            Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) ? new LocalDate(year, Month, Day) : null;
    }

    /// <summary>The n-th (or last) given weekday of a month.</summary>
    public sealed record WeekdayOfMonth : HolidayRule
    {
        /// <summary>The value of <see cref="Occurrence"/> that means "the last one in the month".</summary>
        public const int Last = -1;

        internal WeekdayOfMonth(int month, int occurrence, IsoDayOfWeek dayOfWeek, string name)
            : base(name)
        {
            CheckMonth(month);
            Preconditions.CheckArgument(
                dayOfWeek is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday,
                nameof(dayOfWeek),
                $"Must be an ISO day of the week (Monday to Sunday), was {(int)dayOfWeek}.");
            Month = month;
            Occurrence = occurrence;
            DayOfWeek = dayOfWeek;
        }

        /// <summary>The month, 1-12.</summary>
        public int Month { get; }

        /// <summary>Which occurrence in the month, 1-5, or <see cref="Last"/>.</summary>
        public int Occurrence { get; }

        /// <summary>The day of the week.</summary>
        public IsoDayOfWeek DayOfWeek { get; }

        private protected override LocalDate? DateInYear(int year)
        {
            if (Occurrence == Last)
            {
                var lastDay = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
                return lastDay.PlusDays(-((lastDay.DayOfWeek - DayOfWeek + 7) % 7));
            }

            var first = new LocalDate(year, Month, 1);
            var date = first.PlusDays(((DayOfWeek - first.DayOfWeek + 7) % 7) + (7 * (Occurrence - 1)));
            return date.Month == Month ? date : null;
        }
    }

    /// <summary>A fixed number of days from Western Easter Sunday.</summary>
    public sealed record RelativeToEaster : HolidayRule
    {
        internal RelativeToEaster(int offsetDays, string name)
            : base(name)
        {
            Preconditions.CheckArgumentRange(nameof(offsetDays), offsetDays, -80, 250);
            OffsetDays = offsetDays;
        }

        /// <summary>Days from Easter Sunday (negative before it).</summary>
        public int OffsetDays { get; }

        // Easter falls between 22 March and 25 April, so the offset range keeps the date in the same year.
        private protected override LocalDate? DateInYear(int year) => EasterSunday(year).PlusDays(OffsetDays);
    }

    /// <summary>One date that does not recur.</summary>
    public sealed record SingleDate : HolidayRule
    {
        internal SingleDate(LocalDate date, string name)
            : base(name)
        {
            Preconditions.CheckIsoDate(date, nameof(date));
            Date = date;
        }

        /// <summary>The date.</summary>
        public LocalDate Date { get; }

        private protected override LocalDate? DateInYear(int year) => Date.Year == year ? Date : null;
    }
}
