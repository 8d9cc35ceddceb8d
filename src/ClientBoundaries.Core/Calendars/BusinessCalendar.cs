using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClientBoundaries.Primitives;
using NodaTime;
using NodaTime.TimeZones;

namespace ClientBoundaries.Calendars;

/// <summary>
/// When one party works: its time zone, its working week and hours, its public holidays and its
/// closures. Every date the library puts on a stage is counted in the owning party's calendar.
/// </summary>
/// <remarks>
/// <para><b>Business days.</b> A business day is a date whose weekday is a working day of
/// <see cref="WorkingWeek"/> and which is neither a holiday (after any observance shift) nor inside
/// a <see cref="Closure"/>, nor a date that never happened in <see cref="Zone"/>: when Samoa moved
/// across the date line, Pacific/Apia's clocks went from Thursday 29 to Saturday 31 December 2011,
/// so that Friday is not a business day there (<see cref="DaysOff"/> lists it). Business-day maths takes constant time whatever the span: a precomputed
/// table holds, for each week, its business days and how many came before it, and which week holds every eighth
/// business day, so a count reads each date's week and a move reads the week it lands in, never walking the days between. The table covers a
/// window of years that grows when a query needs it (holiday rules are expanded lazily, per year),
/// so the calendar works for any year from 1 to 9999 without a list of dates to maintain.</para>
/// <para><b>Working time.</b> <see cref="IsWorkingTime(Instant)"/> and <see cref="AddWorkingTime(Instant, Duration)"/> use the
/// working hours of each business day, in <see cref="Zone"/>. They count real elapsed time: on the
/// night clocks go forward a 01:00-04:00 range holds two hours of work, on the night they go back
/// it holds four. A range's local times become instants as NodaTime's lenient rules would have it:
/// a start or end the clock skips is taken at the end of the skipped hour (so 02:30-05:00 on
/// Madrid's spring night begins at 03:00); a start the clock shows twice is its first occurrence and
/// an end shown twice its last; an end of 24:00 is the first instant of the next day (on a night
/// whose midnight happens twice, the first one: a day never runs into the next). A business day
/// whose hours the clocks skip entirely (New York's Sunday 02:00-03:00 on 8 March 2026) stays a
/// business day, with no working time in it; its work begins and ends at the end of the gap.</para>
/// <para>Dates must be in the ISO calendar. Immutable and thread-safe: the <c>With...</c> methods
/// return new calendars, and the lazily built table is published atomically. Two calendars are
/// equal when their zone ids, working weeks, holiday rules and closures are equal.</para>
/// </remarks>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>, IWorkingDays
{
    private static readonly ZoneLocalMappingResolver EarliestStart =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver LatestEnd =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly Instant LastDayEverywhere = Instant.FromUtc(9999, 12, 31, 0, 0);

    // Spans beyond this many business days cannot stay inside years 1 to 9999 in any calendar.
    private const int MaxBusinessDaySpan = DayNumber.Max - DayNumber.Min;

    // Years added either side of a query when the table grows, so that nearby queries reuse it.
    private const int WindowPaddingYears = 16;

    private readonly ValueList<HolidayRule> _holidays;
    private readonly ValueList<Closure> _closures;
    private NonWorkingDayIndex _index = NonWorkingDayIndex.Empty;
    private ZoneOffsets _offsets = ZoneOffsets.Empty;

    // Working time counted in the calendar's own hours, and in a few other sets of hours (contact windows).
    private const int MaxOtherHoursTables = 8;
    private WorkingTimeTable? _ownHours;
    private WorkingTimeTable[] _otherHours = Array.Empty<WorkingTimeTable>();

    /// <summary>Creates a business calendar.</summary>
    /// <param name="zone">The party's time zone, such as <c>DateTimeZoneProviders.Tzdb["Europe/Madrid"]</c>.</param>
    /// <param name="workingWeek">The working days and hours.</param>
    /// <param name="holidays">Public holidays and other recurring days off, as rules; null for none.</param>
    /// <param name="closures">Runs of closed dates (vacations, shutdowns); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="workingWeek"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="holidays"/> or <paramref name="closures"/> holds null.</exception>
    public BusinessCalendar(
        DateTimeZone zone,
        WorkingWeek workingWeek,
        IEnumerable<HolidayRule>? holidays = null,
        IEnumerable<Closure>? closures = null)
    {
        Zone = Preconditions.CheckNotNull(zone, nameof(zone));
        WorkingWeek = Preconditions.CheckNotNull(workingWeek, nameof(workingWeek));
        _holidays = new ValueList<HolidayRule>(Preconditions.CheckElementsNotNull(holidays ?? Array.Empty<HolidayRule>(), nameof(holidays)));
        _closures = new ValueList<Closure>(Preconditions.CheckElementsNotNull(closures ?? Array.Empty<Closure>(), nameof(closures)));
    }

    /// <summary>The party's time zone: working hours and dates are local to it.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The working days of the week and the working hours on each.</summary>
    public WorkingWeek WorkingWeek { get; }

    /// <summary>The holiday rules, in the order they were given.</summary>
    public IReadOnlyList<HolidayRule> Holidays => _holidays;

    /// <summary>The closures, in the order they were given.</summary>
    public IReadOnlyList<Closure> Closures => _closures;

    /// <summary>
    /// A calendar that works Monday to Friday, 09:00-17:00, in the given zone, with no holidays:
    /// a starting point for <see cref="WithHoliday"/> and <see cref="WithClosure"/>.
    /// </summary>
    /// <param name="zone">The party's time zone.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar MondayToFriday(DateTimeZone zone) => new(zone, WorkingWeek.MondayToFriday());

    /// <summary>A copy of this calendar with one more holiday rule.</summary>
    /// <param name="holiday">The rule to add.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is null.</exception>
    public BusinessCalendar WithHoliday(HolidayRule holiday) =>
        new(Zone, WorkingWeek, _holidays.Append(Preconditions.CheckNotNull(holiday, nameof(holiday))), _closures);

    /// <summary>A copy of this calendar with one more closure.</summary>
    /// <param name="closure">The closure to add.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closure"/> is null.</exception>
    public BusinessCalendar WithClosure(Closure closure) =>
        new(Zone, WorkingWeek, _holidays, _closures.Append(Preconditions.CheckNotNull(closure, nameof(closure))));

    /// <summary>A copy of this calendar with a different working week (days and hours).</summary>
    /// <param name="workingWeek">The new working week.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workingWeek"/> is null.</exception>
    public BusinessCalendar WithWorkingWeek(WorkingWeek workingWeek) => new(Zone, workingWeek, _holidays, _closures);

    /// <summary>Whether the party works on a date: a working weekday that is not a holiday or closed.</summary>
    /// <param name="date">The date, in the ISO calendar, in years 1 to 9999.</param>
    /// <returns>True for a business day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before year 1.</exception>
    public bool IsBusinessDay(LocalDate date)
    {
        var day = DayNumber.Of(date, nameof(date));
        return IndexCovering(day, day).IsBusinessDay(day);
    }

    /// <summary>
    /// The date a number of business days away: <c>AddBusinessDays(d, 3)</c> is the third business
    /// day after <paramref name="date"/>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="businessDays"/> &gt; 0 the result is the n-th business day after
    /// <paramref name="date"/>; <paramref name="date"/> itself never counts, whether or not it is a
    /// business day. With n &lt; 0 it is the |n|-th business day before <paramref name="date"/>.
    /// With n = 0 it is <paramref name="date"/> unchanged (even when that is not a business day).
    /// The result of a non-zero n is always a business day, and
    /// <c>BusinessDaysBetween(date, AddBusinessDays(date, n)) == n</c> for every date and n.
    /// </remarks>
    /// <param name="date">The date to count from, in the ISO calendar.</param>
    /// <param name="businessDays">How many business days to move; negative moves back.</param>
    /// <returns>The resulting date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before year 1, or the result would fall outside years 1 to 9999.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int businessDays) => Add(date, businessDays, nameof(businessDays));

    private LocalDate Add(LocalDate date, int businessDays, string spanParamName)
    {
        var day = DayNumber.Of(date, nameof(date));
        if (businessDays == 0)
        {
            return date;
        }

        return TryAdd(day, businessDays, out var result) ? DayNumber.ToDate(result) : throw OutOfRange(date, businessDays, spanParamName);
    }

    /// <summary>
    /// The day number <paramref name="businessDays"/> business days from <paramref name="day"/> (see
    /// <see cref="AddBusinessDays"/>); false when it lies outside years 1 to 9999 or the span is larger than the calendar.
    /// </summary>
    internal bool TryAdd(int day, int businessDays, out int result)
    {
        result = day;
        if (businessDays == 0)
        {
            return true;
        }

        if (businessDays is > MaxBusinessDaySpan or < -MaxBusinessDaySpan)
        {
            return false;
        }

        var index = IndexCovering(day, day);
        while (true)
        {
            var ordinal = index.BusinessDaysThrough(day, out var isBusinessDay);
            var target = businessDays > 0
                ? ordinal + businessDays
                : ordinal - (isBusinessDay ? 1 : 0) + businessDays + 1;
            result = index.DayWithOrdinal(WorkingWeek, target);
            if (index.Covers(Math.Min(day, result), Math.Max(day, result)))
            {
                return true;
            }

            if (result is < DayNumber.Min or > DayNumber.Max)
            {
                return false;
            }

            // The answer lies beyond the years the table covers: widen it and count again.
            index = IndexCovering(Math.Min(day, result), Math.Max(day, result));
        }
    }

    /// <summary>
    /// How many business days lie between two dates: those after <paramref name="start"/> up to and
    /// including <paramref name="end"/>.
    /// </summary>
    /// <remarks>
    /// When <paramref name="end"/> is after <paramref name="start"/> the result counts the business
    /// days in (start, end]. When it is before, the count still excludes the date counted from and
    /// includes the date counted to, walking backwards: the result is minus the number of business
    /// days in [end, start). So <c>BusinessDaysBetween(d, AddBusinessDays(d, n)) == n</c> always, and
    /// equal dates give 0.
    /// </remarks>
    /// <param name="start">The date counted from (excluded).</param>
    /// <param name="end">The date counted to (included).</param>
    /// <returns>The number of business days; negative when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is before year 1.</exception>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
    {
        return BusinessDaysBetween(DayNumber.Of(start, nameof(start)), DayNumber.Of(end, nameof(end)));
    }

    /// <summary><see cref="BusinessDaysBetween(LocalDate, LocalDate)"/> of two day numbers.</summary>
    private int BusinessDaysBetween(int from, int to)
    {
        var index = IndexCovering(Math.Min(from, to), Math.Max(from, to));
        var fromOrdinal = index.BusinessDaysThrough(from, out var fromIsBusinessDay);
        var toOrdinal = index.BusinessDaysThrough(to, out var toIsBusinessDay);
        return from <= to
            ? toOrdinal - fromOrdinal
            : (toOrdinal - (toIsBusinessDay ? 1 : 0)) - (fromOrdinal - (fromIsBusinessDay ? 1 : 0));
    }

    /// <summary>The first business day after a date (the date itself never counts).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next business day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside years 1 to 9999.</exception>
    public LocalDate NextBusinessDay(LocalDate date) => Add(date, 1, nameof(date));

    /// <summary>
    /// <see cref="AddBusinessDays"/>, or null when the answer lies beyond the years the calendar
    /// covers (a far date, or a closure that runs to its end): for code that must not throw, such as
    /// applying an event.
    /// </summary>
    internal LocalDate? TryAddBusinessDays(LocalDate date, int businessDays)
    {
        try
        {
            return Add(date, businessDays, nameof(businessDays));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The date itself when it is a business day, else the next one; null when none comes before the calendar's range ends.</summary>
    internal LocalDate? BusinessDayOnOrAfter(LocalDate date) => IsBusinessDay(date) ? date : TryAddBusinessDays(date, 1);

    /// <summary>The last business day before a date (the date itself never counts).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The previous business day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside years 1 to 9999.</exception>
    public LocalDate PreviousBusinessDay(LocalDate date) => Add(date, -1, nameof(date));

    /// <summary>
    /// The days off in a range of dates that fall on the party's working days, each with its
    /// reason: the holidays (on the day they are observed), closed dates and dates its zone's
    /// clocks skipped that cost it a business day. Holidays that fall on days it does not work
    /// anyway are not listed.
    /// </summary>
    /// <remarks>Meant for showing a calendar to people, not for hot paths: it expands the rules for the range on each call.</remarks>
    /// <param name="dates">The dates to look at, both ends inclusive, in the ISO calendar.</param>
    /// <returns>The days off in date order; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> starts before year 1.</exception>
    public IReadOnlyList<DayOff> DaysOff(DateInterval dates)
    {
        Preconditions.CheckNotNull(dates, nameof(dates));
        var first = DayNumber.Of(dates.Start, nameof(dates));
        var last = DayNumber.Of(dates.End, nameof(dates));
        return NonWorkingDayIndex.CollectDaysOff(Zone, WorkingWeek, _holidays, _closures, first, last)
            .Select(entry => new DayOff(DayNumber.ToDate(entry.Key), entry.Value))
            .ToList();
    }

    /// <summary>The party's local date at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date in <see cref="Zone"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">In <see cref="Zone"/>, <paramref name="instant"/> falls after the year 9999 (its last hours, in a zone ahead of UTC).</exception>
    public LocalDate ToLocalDate(Instant instant) =>
        Volatile.Read(ref _offsets).TryDayOf(instant, out var day) ? DayNumber.ToDate(day)
        : HasDateAt(instant) ? LocalDateOf(instant)
        : throw new BeyondSupportedDatesException(
                nameof(instant),
                $"In {Zone.Id} the instant {instant} falls after the year 9999, past the last date the library can work with.");

    /// <summary>The local date of an instant that has one, through the table of offsets when it covers the instant.</summary>
    private LocalDate LocalDateOf(Instant instant)
    {
        var utcDay = (int)Math.Floor(instant.ToUnixTimeSeconds() / 86_400d);
        return OffsetsCovering(utcDay).TryDayOf(instant, out var day) ? DayNumber.ToDate(day) : instant.InZone(Zone).Date;
    }

    /// <summary>
    /// Whether the instant has a date in <see cref="Zone"/>: false only in the last hours of the year 9999 in UTC, which a
    /// zone ahead of UTC already counts in the year 10000, where no date goes.
    /// </summary>
    internal bool HasDateAt(Instant instant)
    {
        // No zone is more than 18 hours ahead of UTC: every instant before the last day of 9999 has a date everywhere.
        if (instant < LastDayEverywhere)
        {
            return true;
        }

        var offset = Zone.GetUtcOffset(instant).Seconds;
        return offset <= 0 || Instant.MaxValue - instant >= Duration.FromSeconds(offset);
    }

    /// <summary>Whether an instant falls inside the party's working hours on one of its business days.</summary>
    /// <remarks>
    /// It agrees with <see cref="AddWorkingTime(Instant, Duration)"/>: an instant is working time exactly when that
    /// method would count it. A working range runs from the first occurrence of its start to the last
    /// occurrence of its end (see the class remarks), so on the night the clocks go back a range
    /// that starts or ends inside the repeated hour holds that hour whole: with hours 01:30-03:00 on
    /// New York's 1 November 2026, 01:15 EST (the second pass) is working time, since it comes after
    /// 01:30 EDT.
    /// </remarks>
    /// <param name="instant">The instant.</param>
    /// <returns>True when the party is at work then.</returns>
    public bool IsWorkingTime(Instant instant) => IsWorkingTime(instant, WorkingWeek);

    /// <summary>
    /// <see cref="IsWorkingTime(Instant)"/> with other hours on this calendar's business days: whether an instant falls
    /// inside <paramref name="hours"/> on a date this calendar works (a party's contact windows). The business days, and
    /// the days its holidays are observed on, stay this calendar's; a weekday <paramref name="hours"/> has no ranges on
    /// holds none, and its ranges on a weekday this calendar does not work are never used.
    /// </summary>
    internal bool IsWorkingTime(Instant instant, WorkingWeek hours) => WorkingTimeIn(hours).Contains(instant);

    /// <summary>Whether <paramref name="hours"/> has ranges on at least one weekday this calendar works: without, no time would ever count in them.</summary>
    internal bool HasHoursOnWorkingDays(WorkingWeek hours) => (WorkingWeek.WorkingDayMask & hours.WorkingDayMask) != 0;

    /// <summary>
    /// The instant at which a given amount of working time has passed after
    /// <paramref name="start"/>: "reply within 8 working hours" of a message sent on Friday evening
    /// lands on Monday afternoon.
    /// </summary>
    /// <remarks>
    /// Time outside working hours, on days off, holidays and closures does not count. Clock changes
    /// are honoured: an hour that the clock skips is not worked and an hour it repeats is worked
    /// twice. When the amount runs out exactly at the end of a working range, the result is that
    /// end (not the start of the next range). A zero amount returns <paramref name="start"/>.
    /// </remarks>
    /// <param name="start">When the count starts; may be outside working time.</param>
    /// <param name="workingTime">How much working time must pass; not negative.</param>
    /// <returns>The instant the working time has passed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative, or the result would fall after year 9999.</exception>
    public Instant AddWorkingTime(Instant start, Duration workingTime) => AddWorkingTime(start, workingTime, WorkingWeek);

    /// <summary>
    /// <see cref="AddWorkingTime(Instant, Duration)"/> counted in other hours on this calendar's business days (a
    /// party's contact windows: see <see cref="IsWorkingTime(Instant, WorkingWeek)"/>). <paramref name="hours"/> must
    /// have ranges on at least one weekday this calendar works (<see cref="HasHoursOnWorkingDays"/>).
    /// </summary>
    internal Instant AddWorkingTime(Instant start, Duration workingTime, WorkingWeek hours)
    {
        if (!HasHoursOnWorkingDays(hours))
        {
            // Checked here, not only by the caller: the walk below would otherwise run on to the year 9999.
            throw new ArgumentException($"The hours ({hours}) fall on none of the calendar's working days ({WorkingWeek}), so no time would ever count in them.", nameof(hours));
        }

        if (workingTime < Duration.Zero)
        {
            throw Preconditions.OutOfRange(nameof(workingTime), $"Must not be negative, was {workingTime}.");
        }

        if (workingTime == Duration.Zero)
        {
            return start;
        }

        return WorkingTimeIn(hours).Add(start, workingTime);
    }

    /// <summary>
    /// The working time between two instants: the parts of working ranges, on business days, that
    /// fall in [<paramref name="from"/>, <paramref name="until"/>), each instant counted once. The inverse of
    /// <see cref="AddWorkingTime(Instant, Duration)"/> for a start inside working time. Zero when
    /// <paramref name="until"/> is not after <paramref name="from"/>. Takes the same time whatever the span, up to the
    /// end of the year 9999 (see <see cref="WorkingTimeTable"/>).
    /// </summary>
    internal Duration WorkingTimeBetween(Instant from, Instant until) => WorkingTimeBetween(from, until, WorkingWeek);

    /// <summary>
    /// <see cref="WorkingTimeBetween(Instant, Instant)"/> counted in other hours on this calendar's business days (a
    /// party's contact windows: see <see cref="IsWorkingTime(Instant, WorkingWeek)"/>).
    /// </summary>
    internal Duration WorkingTimeBetween(Instant from, Instant until, WorkingWeek hours) =>
        until <= from ? Duration.Zero : WorkingTimeIn(hours).Between(from, until);

    /// <summary>
    /// The table that counts working time in <paramref name="hours"/> on this calendar's business days: built once per
    /// calendar and hours (the calendar's own, and a few sets of contact windows), then shared. Each is found by
    /// reference first, so the windows of a policy that an engagement reads again and again cost one comparison.
    /// </summary>
    private WorkingTimeTable WorkingTimeIn(WorkingWeek hours)
    {
        if (ReferenceEquals(hours, WorkingWeek))
        {
            return Volatile.Read(ref _ownHours) ?? Publish(ref _ownHours, new WorkingTimeTable(this, WorkingWeek));
        }

        var tables = Volatile.Read(ref _otherHours);
        foreach (var table in tables)
        {
            if (ReferenceEquals(table.Hours, hours))
            {
                return table;
            }
        }

        foreach (var table in tables)
        {
            if (table.Hours.Equals(hours))
            {
                return table;
            }
        }

        if (hours.Equals(WorkingWeek))
        {
            return WorkingTimeIn(WorkingWeek);
        }

        // Kept: the newest few; an app that makes many sets of hours on one calendar builds the oldest again.
        var added = new WorkingTimeTable(this, hours);
        var kept = new WorkingTimeTable[Math.Min(tables.Length + 1, MaxOtherHoursTables)];
        kept[0] = added;
        Array.Copy(tables, 0, kept, 1, kept.Length - 1);
        Interlocked.CompareExchange(ref _otherHours, kept, tables);
        return added;

        static WorkingTimeTable Publish(ref WorkingTimeTable? field, WorkingTimeTable table) =>
            Interlocked.CompareExchange(ref field, table, null) ?? table;
    }

    /// <summary>
    /// The days off that fall on working weekdays from <paramref name="firstDay"/> to <paramref name="lastDay"/> (day
    /// numbers, both inclusive), ascending: the dates <see cref="IsBusinessDay"/> refuses although the working week has
    /// them, read from the business-day table (widened to cover them), for the working-time table.
    /// </summary>
    internal ArraySegment<int> DayNumbersOff(int firstDay, int lastDay)
    {
        var days = IndexCovering(firstDay, lastDay).Days;
        var from = NonWorkingDayIndex.CountAtMost(days, firstDay - 1);
        return new ArraySegment<int>(days, from, NonWorkingDayIndex.CountAtMost(days, lastDay) - from);
    }

    /// <inheritdoc />
    bool IWorkingDays.HasDateAt(Instant instant) => HasDateAt(instant);

    /// <inheritdoc />
    bool IWorkingDays.TryInstantAtLocal(int day, long nanosecondOfDay, out Instant instant) =>
        OffsetsCovering(day).TryToInstant(day, nanosecondOfDay, out instant);

    /// <inheritdoc />
    bool IWorkingDays.TryOffsetAt(Instant instant, out int offsetSeconds)
    {
        if (Volatile.Read(ref _offsets).TryOffsetAt(instant, out offsetSeconds))
        {
            return true;
        }

        var utcDay = (int)Math.Floor(instant.ToUnixTimeSeconds() / 86_400d);
        return OffsetsCovering(utcDay).TryOffsetAt(instant, out offsetSeconds);
    }

    /// <inheritdoc />
    (Instant Start, Instant End) IWorkingDays.ToInstants(LocalDate date, TimeOfDayRange range) => ToInstants(date, range);

    /// <inheritdoc />
    ArraySegment<int> IWorkingDays.DayNumbersOff(int firstDay, int lastDay) => DayNumbersOff(firstDay, lastDay);

    /// <summary>
    /// How late something due on <paramref name="due"/> is at <paramref name="at"/>: the business days after it whose
    /// working hours had begun by then (0 on the due date itself and before it).
    /// </summary>
    internal int BusinessDaysLateAt(LocalDate due, Instant at)
    {
        // In day numbers throughout: an assessment asks this of every late obligation, and each date made on the way costs.
        var dueDay = DayNumber.Of(due, nameof(due));
        var last = DayNumberAt(at);
        if (last <= dueDay)
        {
            // On or before the due date: not late, whether or not that day's work had begun.
            return 0;
        }

        if (StartOfWorkingDay(last) > at)
        {
            last--;
        }

        return last <= dueDay ? 0 : BusinessDaysBetween(dueDay, last);
    }

    /// <summary>
    /// The instant the working day <paramref name="businessDays"/> business days from <paramref name="date"/> begins (see
    /// <see cref="AddBusinessDays"/> and <see cref="StartOfWorkingDay(LocalDate)"/>); false when that day lies outside
    /// years 1 to 9999.
    /// </summary>
    internal bool TryStartOfWorkingDayAfter(LocalDate date, int businessDays, out Instant start)
    {
        if (TryAdd(DayNumber.Of(date, nameof(date)), businessDays, out var day))
        {
            start = StartOfWorkingDay(day);
            return true;
        }

        start = default;
        return false;
    }

    /// <summary>
    /// The instant a business day's work begins: the start of its first working range, in
    /// <see cref="Zone"/>. For a date that is not a business day, the start of that date.
    /// </summary>
    internal Instant StartOfWorkingDay(LocalDate date) => StartOfWorkingDay(DayNumber.Of(date, nameof(date)));

    /// <summary><see cref="StartOfWorkingDay(LocalDate)"/> of a day number.</summary>
    private Instant StartOfWorkingDay(int day)
    {
        var start = OnBusinessDay(day, WorkingWeek.FirstStartNanoseconds);
        return Resolve(day, start >= 0 ? start : 0, EarliestStart);
    }

    /// <summary>
    /// Whether the party's local date at <paramref name="instant"/> is a business day: <see cref="IsBusinessDay"/> of
    /// <see cref="ToLocalDate"/>, in day numbers (a replay asks it at every reply).
    /// </summary>
    internal bool IsBusinessDayAt(Instant instant)
    {
        var day = DayNumberAt(instant);
        return IndexCovering(day, day).IsBusinessDay(day);
    }

    /// <summary>
    /// The day number of the first business day whose working hours begin at or after <paramref name="instant"/>: its
    /// own date when that is a business day whose work has not begun, else the next business day (how a plan starts the
    /// stage that receives the ball); false when that lies past the end of the calendar.
    /// </summary>
    internal bool TryFirstBusinessDayStartingAtOrAfter(Instant instant, out int day)
    {
        day = DayNumberAt(instant);
        var start = OnBusinessDay(day, WorkingWeek.FirstStartNanoseconds);
        return (start >= 0 && Resolve(day, start, EarliestStart) >= instant) || TryAdd(day, 1, out day);
    }

    /// <summary>The day number of <paramref name="day"/> itself when it is a business day, else of the next one; false when that lies past the end of the calendar.</summary>
    internal bool TryBusinessDayOnOrAfter(int day, out int result)
    {
        result = day;
        return IndexCovering(day, day).IsBusinessDay(day) || TryAdd(day, 1, out result);
    }

    /// <summary>The day number of the party's local date at an instant (see <see cref="ToLocalDate"/>).</summary>
    private int DayNumberAt(Instant instant) =>
        Volatile.Read(ref _offsets).TryDayOf(instant, out var day) ? day : DayNumber.Of(ToLocalDate(instant), nameof(instant));

    /// <summary>
    /// The instant a business day's work ends: the end of its last working range, in
    /// <see cref="Zone"/>. For a date that is not a business day, the end of that date: the first
    /// instant of the next.
    /// </summary>
    internal Instant EndOfWorkingDay(LocalDate date) => EndOfWorkingDay(DayNumber.Of(date, nameof(date)));

    /// <summary><see cref="EndOfWorkingDay(LocalDate)"/> of a day number.</summary>
    internal Instant EndOfWorkingDay(int day)
    {
        var end = OnBusinessDay(day, WorkingWeek.LastEndNanoseconds);
        return end is >= 0 and < NodaConstants.NanosecondsPerDay ? Resolve(day, end, LatestEnd) : StartOfNextDay(DayNumber.ToDate(day));
    }

    /// <summary>A day's entry of a per-weekday table of the working week (a first start, a last end) when it is a business day; -1 when it is not.</summary>
    private long OnBusinessDay(int day, long[] perWeekday) =>
        IndexCovering(day, day).IsBusinessDay(day) ? perWeekday[DayNumber.WeekdayIndex(day)] : -1;

    /// <summary>
    /// The first instant of a date in <see cref="Zone"/>: its midnight; the end of the gap when the
    /// clocks skip midnight; the first of two midnights when they go back across it; the instant the
    /// clocks jumped for a date they skipped entirely (Pacific/Apia's 30 December 2011). Unlike
    /// NodaTime's <c>AtStartOfDay</c>, it never throws.
    /// </summary>
    internal Instant StartOfDay(LocalDate date) => Resolve(date.AtMidnight(), EarliestStart);

    /// <summary>The first instant of the day after <paramref name="date"/>: after 31 December 9999, the last instant there is.</summary>
    private Instant StartOfNextDay(LocalDate date) =>
        DayNumber.TryAddDays(date, 1, out var next) ? StartOfDay(next) : Instant.MaxValue;

    /// <summary>
    /// A local time as an instant. In a zone behind UTC the last hours of 31 December 9999 come after the last instant
    /// NodaTime holds; they are taken as that instant, which is later than any a command or an assessment can carry, so a
    /// working day that starts or ends there has not begun or ended by then. Never throws.
    /// </summary>
    private Instant Resolve(LocalDateTime local, ZoneLocalMappingResolver resolver)
    {
        var date = local.Date;
        return Resolve(DayNumber.FromCivil(date.Year, date.Month, date.Day), local.NanosecondOfDay, resolver);
    }

    /// <summary><see cref="Resolve(LocalDateTime, ZoneLocalMappingResolver)"/> of a time of day (in nanoseconds after midnight, below a day) on a date whose day number is known.</summary>
    private Instant Resolve(int day, long nanosecondOfDay, ZoneLocalMappingResolver resolver)
    {
        // Nearly every local time is days away from a change of offset: the table answers those without asking the zone.
        if (OffsetsCovering(day).TryToInstant(day, nanosecondOfDay, out var instant))
        {
            return instant;
        }

        try
        {
            return Zone.ResolveLocal(DayNumber.ToDate(day).At(LocalTime.FromNanosecondsSinceMidnight(nanosecondOfDay)), resolver).ToInstant();
        }
        catch (OverflowException)
        {
            return Instant.MaxValue;
        }
    }

    /// <inheritdoc />
    public bool Equals(BusinessCalendar? other) =>
        other is not null
        && Zone.Id == other.Zone.Id
        && WorkingWeek.Equals(other.WorkingWeek)
        && _holidays.Equals(other._holidays)
        && _closures.Equals(other._closures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Zone.Id);
            hash = (hash * 31) + WorkingWeek.GetHashCode();
            hash = (hash * 31) + _holidays.GetHashCode();
            return (hash * 31) + _closures.GetHashCode();
        }
    }

    /// <summary>A one-line summary: zone, working week, and how many holiday rules and closures.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Zone.Id}; {WorkingWeek}; {_holidays.Count} holiday rule(s); {_closures.Count} closure(s)";

    private static BeyondSupportedDatesException OutOfRange(LocalDate date, int businessDays, string paramName) =>
        new(
            paramName,
            $"Moving {businessDays} business days from {date:uuuu-MM-dd} leaves the supported dates (years {DayNumber.MinYear} to {DayNumber.MaxYear}).");

    /// <summary>The current table when it covers the days given (the common case, kept small enough to inline), else a wider one.</summary>
    private NonWorkingDayIndex IndexCovering(int firstDay, int lastDay)
    {
        var index = Volatile.Read(ref _index);
        return index.Covers(firstDay, lastDay) ? index : Widen(index, firstDay, lastDay);
    }

    /// <summary>Builds and publishes a table that covers the days given, widened geometrically; another thread's may win.</summary>
    private NonWorkingDayIndex Widen(NonWorkingDayIndex index, int firstDay, int lastDay)
    {
        while (!index.Covers(firstDay, lastDay))
        {
            // Widen by at least the years already covered, so far-apart queries rebuild a handful of times, not hundreds.
            var padding = Math.Max(WindowPaddingYears, index.LastYear - index.FirstYear + 1);
            var firstYear = Math.Max(DayNumber.MinYear, DayNumber.YearOf(firstDay) - padding);
            var lastYear = Math.Min(DayNumber.MaxYear, DayNumber.YearOf(lastDay) + padding);
            if (index.FirstYear <= index.LastYear)
            {
                firstYear = Math.Min(firstYear, index.FirstYear);
                lastYear = Math.Max(lastYear, index.LastYear);
            }

            var wider = NonWorkingDayIndex.Build(Zone, WorkingWeek, _holidays, _closures, firstYear, lastYear);

            // Publish the wider table unless another thread got there first; then use whichever is
            // current and check again (it may already cover what we need).
            var seen = Interlocked.CompareExchange(ref _index, wider, index);
            index = ReferenceEquals(seen, index) ? wider : seen;
        }

        return index;
    }

    /// <summary>The table of the zone's offsets, widened (and published) first when it does not cover <paramref name="day"/>; the first and last two days of the supported range are never covered.</summary>
    private ZoneOffsets OffsetsCovering(int day)
    {
        var offsets = Volatile.Read(ref _offsets);
        if (offsets.Covers(day) || day < DayNumber.Min + 2 || day > DayNumber.Max - 2)
        {
            return offsets;
        }

        // As the holiday table: widen by at least the days already covered, so far-apart queries rebuild a handful of times.
        var padding = Math.Max(WindowPaddingYears * 366, offsets.LastDay - offsets.FirstDay + 1);
        var firstDay = Math.Max(DayNumber.Min + 2, day - padding);
        var lastDay = Math.Min(DayNumber.Max - 2, day + padding);
        if (offsets.FirstDay <= offsets.LastDay)
        {
            firstDay = Math.Min(firstDay, offsets.FirstDay);
            lastDay = Math.Max(lastDay, offsets.LastDay);
        }

        var wider = ZoneOffsets.Build(Zone, firstDay, lastDay);
        var seen = Interlocked.CompareExchange(ref _offsets, wider, offsets);
        return ReferenceEquals(seen, offsets) ? wider : seen;
    }

    /// <summary>A range of a date as instants: from the first occurrence of its start to the last occurrence of its end (24:00 is where the next day starts).</summary>
    internal (Instant Start, Instant End) ToInstants(LocalDate date, TimeOfDayRange range)
    {
        var start = Resolve(date.At(range.Start), EarliestStart);
        // 24:00 is where the next day starts, not the later of two midnights: a day never runs into the next.
        var end = range.EndsAtMidnight
            ? StartOfNextDay(date)
            : Resolve(date.At(range.End), LatestEnd);
        return (start, end);
    }
}
