using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using NodaTime.TimeZones;

namespace ClientBoundaries.Calendars;

/// <summary>
/// The working time of one calendar in one set of hours (its working hours, or a party's contact windows), so that
/// counting it between two instants and adding it to an instant take the same time whatever the span: whole weeks by
/// arithmetic, days off and the days around clock changes by lookup.
/// </summary>
/// <remarks>
/// <para>The working time of all business days forms one set of instants, U: each business day's ranges, resolved as
/// <c>BusinessCalendar</c> resolves them, joined. Counting between two instants is the measure of U between
/// them, so the table keeps F(t), the measure of U from the start of a window of dates up to t, and a count is
/// F(until) - F(from); adding working time finds the first instant at which F has grown by that much.</para>
/// <para>Away from clock changes a business day holds its weekday's nominal hours at the zone's offset of that day, and
/// F over a run of such days is a sum over weekdays. The table keeps, in date order, only the dates that break that
/// rule: runs of days off (holidays, closures, dates that never happened; read from the calendar's own table), and
/// blocks of dates around each change of the zone's offset whose skipped or repeated local times touch a range (and the
/// last two dates of the year 9999, whose late hours NodaTime cannot hold), whose ranges are resolved once, exactly,
/// and kept as instants. A block takes a day either side of the local dates a change touches, so every range outside
/// the blocks reads its local times one to one. A change that touches no range (Sunday 02:00 against weekday office
/// hours) costs no block: instants there are read with the zone's offset at each instant.</para>
/// <para>Building a window costs one pass over the zone's changes in it and over its days off: for an office in New
/// York from 2026 to the year 9999, about 16,000 changes and 80,000 days off, tens of milliseconds, once per calendar
/// and hours.</para>
/// <para>The window of dates grows when a query needs it, like the calendar's table of days off, and is published
/// atomically: immutable once built, shared freely between threads.</para>
/// </remarks>
internal sealed class WorkingTimeTable
{
    private const long NanosecondsPerDay = 86_400L * 1_000_000_000L;
    private const long NanosecondsPerSecond = 1_000_000_000L;

    // Days per bucket of the directory that finds a date's entry: 32 days hold a few entries at most in real calendars.
    private const int BucketShift = 5;

    // Years added either side of a query when the window grows, so that nearby queries reuse it.
    private const int WindowPaddingYears = 16;

    // Below this many weeks a sum of nominal hours fits a long count of nanoseconds (7 x 24 hours a week).
    private const long WeeksInLongNanoseconds = 15_000;

    // A week of at least this many nanoseconds of hours (a millisecond) has its whole weeks estimated in floating point:
    // below 2^44 weeks, whose estimate is within one of the truth.
    private const long MinimumWeekForEstimate = 1_000_000L;

    // How far ahead the table looks for a business day before it asks the calendar.
    private const int BusinessDayLookAhead = 14;

    private static readonly Instant Epoch = NodaConstants.UnixEpoch;

    private readonly IWorkingDays _calendar;
    private readonly WorkingWeek _week;
    private readonly DateTimeZone _zone;

    // Per weekday index (0 = Monday): the ranges counted on that weekday's business days, in local nanoseconds of the
    // day (none where the calendar does not work), and their total.
    private readonly long[][] _starts = new long[7][];
    private readonly long[][] _ends = new long[7][];
    private readonly long[] _nominal = new long[7];

    // Element i: the nominal total from Monday up to and including weekday index i.
    private readonly long[] _nominalThrough = new long[7];
    private readonly long _weekNominal;

    // 1 / _weekNominal, to estimate a number of weeks without a division of longs.
    private readonly double _inverseWeekNominal;

    private Window _window = Window.Empty;

    /// <summary>Prepares the table of <paramref name="calendar"/>'s business days counted in <paramref name="hours"/>; builds nothing yet.</summary>
    internal WorkingTimeTable(IWorkingDays calendar, WorkingWeek hours)
    {
        _calendar = calendar;
        _week = calendar.WorkingWeek;
        _zone = calendar.Zone;
        Hours = hours;
        long week = 0;
        for (var i = 0; i < 7; i++)
        {
            var ranges = _week.IsWorkingWeekdayIndex(i) ? hours.HoursOn((IsoDayOfWeek)(i + 1)) : Array.Empty<TimeOfDayRange>();
            _starts[i] = new long[ranges.Count];
            _ends[i] = new long[ranges.Count];
            long total = 0;
            for (var r = 0; r < ranges.Count; r++)
            {
                _starts[i][r] = ranges[r].Start.NanosecondOfDay;
                _ends[i][r] = ranges[r].EndNanosecondOfDay;
                total += _ends[i][r] - _starts[i][r];
            }

            _nominal[i] = total;
            week += total;
            _nominalThrough[i] = week;
        }

        _weekNominal = week;
        _inverseWeekNominal = week > 0 ? 1d / week : 0d;
    }

    /// <summary>The hours counted on the calendar's business days.</summary>
    internal WorkingWeek Hours { get; }

    /// <summary>
    /// The measure of working time in [<paramref name="from"/>, <paramref name="until"/>), for <paramref name="from"/> before
    /// <paramref name="until"/>, with <c>BusinessCalendar.WorkingTimeBetween</c>'s checks.
    /// </summary>
    internal Duration Between(Instant from, Instant until)
    {
        var (fromDay, fromNanos) = LocalOf(CheckHasDate(from));
        var dayBefore = CheckDayBefore(from, fromDay);
        var window = CheckBusinessDayFrom(Covering(dayBefore, fromDay), dayBefore);
        var (untilDay, untilNanos) = LocalOf(CheckHasDate(until));
        window = Covering(dayBefore, Math.Min(untilDay + 1, DayNumber.Max));

        // Both in one run of ordinary dates, a few years apart at most: nominal hours in nanoseconds, no lookup more.
        var at = window.Locate(fromDay);
        if (untilDay >= fromDay && untilDay - fromDay < 7 * 1_000 && window.Locate(untilDay) == at && (at == window.Count || window.Days[at] > untilDay))
        {
            return Duration.FromNanoseconds(
                Nominal(fromDay, untilDay - 1).ToInt64Nanoseconds() + Partial(DayNumber.WeekdayIndex(untilDay), untilNanos) - Partial(DayNumber.WeekdayIndex(fromDay), fromNanos));
        }

        return MeasureBefore(window, until, untilDay, untilNanos) - MeasureBefore(window, from, fromDay, fromNanos);
    }

    /// <summary>
    /// The first instant by which <paramref name="workingTime"/> (positive) has passed after <paramref name="start"/>,
    /// with <c>BusinessCalendar.AddWorkingTime</c>'s checks.
    /// </summary>
    internal Instant Add(Instant start, Duration workingTime)
    {
        var (day, nanos) = LocalOf(CheckHasDate(start));
        var dayBefore = CheckDayBefore(start, day);
        var window = CheckBusinessDayFrom(Covering(dayBefore, day), dayBefore);
        var at = window.Locate(day);
        if (WithinRun(window, at, day, nanos, workingTime) is { } near)
        {
            return near;
        }

        while (true)
        {
            var target = MeasureBefore(window, at, start, day, nanos) + workingTime;
            if (FirstReaching(window, target) is { } reached)
            {
                return reached;
            }

            if (window.LastDay == DayNumber.Max)
            {
                // As the walk did: past the calendar's last business day, looking for the next one throws.
                var last = DayNumber.ToDate(DayNumber.Max);
                _calendar.NextBusinessDay(_calendar.IsBusinessDay(last) ? last : _calendar.PreviousBusinessDay(last));
                throw new InvalidOperationException("Unreachable: no business day follows the last one.");
            }

            // Beyond the window: widen it by at least the years still needed, estimated at full weeks.
            var remaining = target - window.Total;
            var weeks = Math.Min(remaining.TotalNanoseconds / Math.Max(1, _weekNominal), DayNumber.Max);
            var further = (long)window.LastDay + (7 * (long)weeks) + 366;
            window = Covering(dayBefore, (int)Math.Min(DayNumber.Max, further), widenBackwards: false);
            at = window.Locate(day);
        }
    }

    /// <summary>
    /// Where <paramref name="workingTime"/> runs out when that is in the run of ordinary dates that holds the start (the
    /// usual case: a reply due within hours or days); null when the start is in an entry or the answer lies beyond the run.
    /// </summary>
    private Instant? WithinRun(Window window, int at, int day, long nanoOfDay, Duration workingTime)
    {
        if (workingTime.Days >= 1_000 || (at < window.Count && window.Days[at] <= day))
        {
            return null;
        }

        var runEnd = at < window.Count ? window.Days[at] - 1 : window.LastDay;
        var left = workingTime.ToInt64Nanoseconds() + Partial(DayNumber.WeekdayIndex(day), nanoOfDay);
        if (left > _weekNominal * Math.Min(((runEnd - day) / 7) + 1, 2_000))
        {
            // More than the whole weeks that fit the run hold: the answer lies beyond it.
            return null;
        }

        var weeks = WeeksBefore(left);
        var end = day + (7 * weeks);
        if (end > runEnd)
        {
            return null;
        }

        left -= weeks * _weekNominal;
        var date = (int)end;
        while (left > _nominal[DayNumber.WeekdayIndex(date)])
        {
            left -= _nominal[DayNumber.WeekdayIndex(date)];
            if (++date > runEnd)
            {
                return null;
            }
        }

        return AtLocal(date, TimeOfDayReaching(DayNumber.WeekdayIndex(date), left));
    }

    /// <summary>
    /// The whole weeks of nominal hours that pass before <paramref name="measure"/> (positive) runs out: (measure - 1) /
    /// the week's nominal hours, by a multiplication and a correction of a step at most where the week holds a
    /// millisecond or more (a division of longs costs several times as much on some processors).
    /// </summary>
    private long WeeksBefore(long measure)
    {
        if (_weekNominal < MinimumWeekForEstimate)
        {
            return (measure - 1) / _weekNominal;
        }

        var weeks = (long)((measure - 1) * _inverseWeekNominal);
        var rest = measure - 1 - (weeks * _weekNominal);
        while (rest < 0)
        {
            weeks--;
            rest += _weekNominal;
        }

        while (rest >= _weekNominal)
        {
            weeks++;
            rest -= _weekNominal;
        }

        return weeks;
    }

    /// <summary>The local time of day by which <paramref name="measure"/> (positive, at most the day's nominal hours) of a weekday's ranges has passed.</summary>
    private long TimeOfDayReaching(int weekday, long measure)
    {
        var starts = _starts[weekday];
        var ends = _ends[weekday];
        var i = 0;
        while (measure > ends[i] - starts[i])
        {
            measure -= ends[i] - starts[i];
            i++;
        }

        return starts[i] + measure;
    }

    /// <summary>Whether an instant is working time, with <c>BusinessCalendar.IsWorkingTime</c>'s checks.</summary>
    internal bool Contains(Instant instant)
    {
        var (day, nanos) = LocalOf(CheckHasDate(instant));
        if (day < DayNumber.Min)
        {
            // As before: the date itself is checked first, and it is before year 1.
            _calendar.IsBusinessDay(_calendar.ToLocalDate(instant));
        }

        var window = Covering(Math.Max(DayNumber.Min, day - 1), Math.Min(DayNumber.Max, day + 1));
        var at = window.Locate(day);
        if (at < window.Count && window.Days[at] <= day)
        {
            return window.Blocks[at] is { } block && block.Contains(instant);
        }

        var weekday = DayNumber.WeekdayIndex(day);
        var starts = _starts[weekday];
        var ends = _ends[weekday];
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] <= nanos && nanos < ends[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The measure of working time from the window's first date up to <paramref name="instant"/>, whose local date and time are given.</summary>
    private Duration MeasureBefore(Window window, Instant instant, int day, long nanoOfDay) =>
        MeasureBefore(window, window.Locate(day), instant, day, nanoOfDay);

    /// <summary><see cref="MeasureBefore(Window, Instant, int, long)"/> with the entry the date locates to, found already.</summary>
    private Duration MeasureBefore(Window window, int at, Instant instant, int day, long nanoOfDay)
    {
        if (at < window.Count && window.Days[at] <= day)
        {
            return window.Blocks[at] is { } block
                ? window.Before[at] + Duration.FromNanoseconds(block.MeasureBefore(instant))
                : window.Before[at];
        }

        var runStart = at > 0 ? window.Ends[at - 1] + 1 : window.FirstDay;
        var measure = at > 0 ? window.After[at - 1] : Duration.Zero;
        return measure + Nominal(runStart, day - 1) + Duration.FromNanoseconds(Partial(DayNumber.WeekdayIndex(day), nanoOfDay));
    }

    /// <summary>The first instant at which the measure from the window's first date reaches <paramref name="target"/>; null when that is past the window.</summary>
    private Instant? FirstReaching(Window window, Duration target)
    {
        // The last entry that begins before the target is reached: from the directory by measure, a step or two forward.
        var low = window.FirstBeforeAtLeast(target);
        var entry = low - 1;
        if (entry >= 0 && window.After[entry] >= target)
        {
            // Only a block holds working time of its own (a run of days off begins and ends at the same measure).
            return window.Blocks[entry]!.FirstReaching((target - window.Before[entry]).ToInt64Nanoseconds());
        }

        var runStart = entry >= 0 ? window.Ends[entry] + 1 : window.FirstDay;
        var remaining = target - (entry >= 0 ? window.After[entry] : Duration.Zero);
        if (entry + 1 == window.Count && Nominal(runStart, window.LastDay) < remaining)
        {
            return null;
        }

        // Whole weeks by division, then at most a week of single days.
        var day = runStart;
        long left;
        if (remaining.Days < 100_000)
        {
            left = remaining.ToInt64Nanoseconds();
            var weeks = WeeksBefore(left);
            day += (int)(7 * weeks);
            left -= weeks * _weekNominal;
        }
        else
        {
            // Too long for a count of nanoseconds: estimate in floating point, then settle exactly.
            var weeks = Math.Max(0, (long)(remaining.TotalNanoseconds / _weekNominal) - 2);
            while (WeeksNominal(weeks + 1) < remaining)
            {
                weeks++;
            }

            day += (int)(7 * weeks);
            left = (remaining - WeeksNominal(weeks)).ToInt64Nanoseconds();
        }

        while (left > _nominal[DayNumber.WeekdayIndex(day)])
        {
            left -= _nominal[DayNumber.WeekdayIndex(day)];
            day++;
        }

        return AtLocal(day, TimeOfDayReaching(DayNumber.WeekdayIndex(day), left));
    }

    /// <summary>The nominal working time of the dates from <paramref name="first"/> to <paramref name="last"/> (none when last &lt; first).</summary>
    private Duration Nominal(int first, int last)
    {
        if (last < first)
        {
            return Duration.Zero;
        }

        // Weeks counted from Monday 1969-12-29 (day -3), as WorkingWeek counts working weekdays.
        var (lastWeek, lastWeekday) = WeekOf(last);
        var (firstWeek, firstWeekday) = WeekOf(first - 1);
        var weeks = (long)lastWeek - firstWeek;
        var rest = _nominalThrough[lastWeekday] - _nominalThrough[firstWeekday];
        return weeks < WeeksInLongNanoseconds
            ? Duration.FromNanoseconds((_weekNominal * weeks) + rest)
            : WeeksNominal(weeks) + Duration.FromNanoseconds(rest);
    }

    /// <summary>The nominal working time of a number of whole weeks, which may not fit a count of nanoseconds.</summary>
    private Duration WeeksNominal(long weeks) =>
        weeks < WeeksInLongNanoseconds
            ? Duration.FromNanoseconds(_weekNominal * weeks)
            : Duration.FromSeconds(_weekNominal / NanosecondsPerSecond * weeks)
                + Duration.FromNanoseconds(_weekNominal % NanosecondsPerSecond * weeks);

    private static (int Week, int Weekday) WeekOf(int day)
    {
        var t = day + 3;
        var week = t >= 0 ? t / 7 : ((t + 1) / 7) - 1;
        return (week, t - (7 * week));
    }

    /// <summary>The working time of a business day with the given weekday before a local time of day.</summary>
    private long Partial(int weekday, long nanoOfDay)
    {
        var starts = _starts[weekday];
        var ends = _ends[weekday];
        long measure = 0;
        for (var i = 0; i < starts.Length && starts[i] < nanoOfDay; i++)
        {
            measure += Math.Min(nanoOfDay, ends[i]) - starts[i];
        }

        return measure;
    }

    /// <summary>A local date and time as an instant, where the local time happens once (a range on a date outside every block).</summary>
    private Instant AtLocal(int day, long nanoOfDay)
    {
        // Days away from any change of offset (nearly all), the calendar's table of offsets answers.
        if (nanoOfDay < NanosecondsPerDay && _calendar.TryInstantAtLocal(day, nanoOfDay, out var plain))
        {
            return plain;
        }

        var local = Epoch + Duration.FromDays(day) + Duration.FromNanoseconds(nanoOfDay);

        // The offset at the local time read as an instant may be the one before or after a change between it and the true
        // instant; the instant that offset gives is on the true side of the change, so its offset is the true one.
        var first = _zone.GetUtcOffset(local);
        var guess = local - Duration.FromSeconds(first.Seconds);
        var offset = _zone.GetUtcOffset(guess);
        if (offset == first)
        {
            return guess;
        }

        var instant = local - Duration.FromSeconds(offset.Seconds);
        if (_zone.GetUtcOffset(instant) == offset)
        {
            return instant;
        }

        // Two changes within hours of each other: let NodaTime map the local time, which happens exactly once.
        var date = DayNumber.ToDate(nanoOfDay == NanosecondsPerDay ? day + 1 : day);
        var time = LocalTime.FromNanosecondsSinceMidnight(nanoOfDay == NanosecondsPerDay ? 0 : nanoOfDay);
        return _zone.AtStrictly(date.At(time)).ToInstant();
    }

    /// <summary>The local date (as a day number) and nanosecond of the day of an instant in the zone.</summary>
    private (int Day, long NanoOfDay) LocalOf(Instant instant)
    {
        var offset = _calendar.TryOffsetAt(instant, out var seconds) ? seconds : _zone.GetUtcOffset(instant).Seconds;
        var local = (instant - Epoch) + Duration.FromSeconds(offset);
        var day = local.Days;
        var nanos = local.NanosecondOfDay;
        return nanos < 0 ? (day - 1, nanos + NanosecondsPerDay) : (day, nanos);
    }

    /// <summary>The instant, when it has a date in the zone; else <c>BusinessCalendar.ToLocalDate</c>'s exception, as before.</summary>
    private Instant CheckHasDate(Instant instant)
    {
        if (!_calendar.HasDateAt(instant))
        {
            _calendar.ToLocalDate(instant);
        }

        return instant;
    }

    /// <summary>The day before an instant's date, where the walk used to start; before year 1 the calendar's own exception, as before.</summary>
    private int CheckDayBefore(Instant instant, int day)
    {
        if (day - 1 < DayNumber.Min)
        {
            _calendar.IsBusinessDay(_calendar.ToLocalDate(instant).PlusDays(-1));
        }

        return day - 1;
    }

    /// <summary>
    /// The window, when a business day falls on or after <paramref name="day"/>; else the exception the walk met when it
    /// looked for the next business day, as before.
    /// </summary>
    private Window CheckBusinessDayFrom(Window window, int day)
    {
        // Seven ordinary dates in a row (outside every entry) hold each weekday once, and a working week works on one.
        var at = window.Locate(day);
        if (day + 6 <= window.LastDay && (at == window.Count || window.Days[at] > day + 6))
        {
            return window;
        }

        var last = Math.Min(window.LastDay, day + BusinessDayLookAhead);
        for (var d = day; d <= last; d++)
        {
            if (window.IsBusinessDay(d, _week))
            {
                return window;
            }
        }

        var date = DayNumber.ToDate(day);
        if (!_calendar.IsBusinessDay(date))
        {
            _calendar.NextBusinessDay(date);
        }

        return window;
    }

    /// <summary>
    /// The window, widened when it does not cover the dates from <paramref name="firstDay"/> to <paramref name="lastDay"/>:
    /// by some years either side (none before when <paramref name="widenBackwards"/> is false, for a count running forwards).
    /// </summary>
    private Window Covering(int firstDay, int lastDay, bool widenBackwards = true)
    {
        var window = Volatile.Read(ref _window);
        while (!window.Covers(firstDay, lastDay))
        {
            // Widen by at least the years already covered, so far-apart queries rebuild a handful of times, not hundreds.
            var padding = Math.Max(WindowPaddingYears, window.LastYear - window.FirstYear + 1);
            var firstYear = Math.Max(DayNumber.MinYear, DayNumber.YearOf(firstDay) - (widenBackwards ? padding : 0));
            var lastYear = Math.Min(DayNumber.MaxYear, DayNumber.YearOf(lastDay) + padding);
            if (window.FirstYear <= window.LastYear)
            {
                firstYear = Math.Min(firstYear, window.FirstYear);
                lastYear = Math.Max(lastYear, window.LastYear);
            }

            var wider = Build(firstYear, lastYear);

            // Publish the wider window unless another thread got there first; then use whichever is current.
            var seen = Interlocked.CompareExchange(ref _window, wider, window);
            window = ReferenceEquals(seen, window) ? wider : seen;
        }

        return window;
    }

    private Window Build(int firstYear, int lastYear)
    {
        var firstDay = DayNumber.FromCivil(firstYear, 1, 1);
        var lastDay = DayNumber.FromCivil(lastYear, 12, 31);
        var blocks = BlockDates(firstDay, lastDay);

        // A block never straddles the window's edge: the window takes it whole.
        if (blocks.Count > 0 && blocks[0].First < firstDay)
        {
            firstDay = blocks[0].First;
        }

        if (blocks.Count > 0 && blocks[blocks.Count - 1].Last > lastDay)
        {
            lastDay = blocks[blocks.Count - 1].Last;
        }

        var daysOff = DaysOffRuns(firstDay, lastDay);
        var entries = new List<(int First, int Last, Block? Block)>(daysOff.Count + blocks.Count);
        var b = 0;
        foreach (var (runFirst, runLast) in daysOff)
        {
            var day = runFirst;
            while (day <= runLast)
            {
                while (b < blocks.Count && blocks[b].Last < day)
                {
                    entries.Add((blocks[b].First, blocks[b].Last, BuildBlock(blocks[b].First, blocks[b].Last)));
                    b++;
                }

                if (b < blocks.Count && blocks[b].First <= day)
                {
                    // Inside a block, whose dates are looked at one by one.
                    day = blocks[b].Last + 1;
                    continue;
                }

                var last = b < blocks.Count ? Math.Min(runLast, blocks[b].First - 1) : runLast;
                AddDaysOff(entries, day, last);
                day = last + 1;
            }
        }

        for (; b < blocks.Count; b++)
        {
            entries.Add((blocks[b].First, blocks[b].Last, BuildBlock(blocks[b].First, blocks[b].Last)));
        }

        var count = entries.Count;
        var days = new int[count];
        var ends = new int[count];
        var before = new Duration[count];
        var after = new Duration[count];
        var built = new Block?[count];
        var measure = Duration.Zero;
        var next = firstDay;
        for (var i = 0; i < count; i++)
        {
            var (first, last, block) = entries[i];
            measure += Nominal(next, first - 1);
            days[i] = first;
            ends[i] = last;
            before[i] = measure;
            if (block is not null)
            {
                measure += Duration.FromNanoseconds(block.Total);
            }

            after[i] = measure;
            built[i] = block;
            next = last + 1;
        }

        var total = measure + Nominal(next, lastDay);
        return new Window(firstYear, lastYear, firstDay, lastDay, days, ends, before, after, built, total, _weekNominal);
    }

    /// <summary>A run of days off as an entry, joined to the run before when only dates the calendar does not work lie between.</summary>
    private void AddDaysOff(List<(int First, int Last, Block? Block)> entries, int first, int last)
    {
        var previous = entries.Count - 1;
        if (previous >= 0 && entries[previous].Block is null && !HasWorkingWeekdayBetween(entries[previous].Last, first))
        {
            entries[previous] = (entries[previous].First, last, null);
        }
        else
        {
            entries.Add((first, last, null));
        }
    }

    private bool HasWorkingWeekdayBetween(int before, int after) =>
        _week.WorkingWeekdaysThrough(after - 1) != _week.WorkingWeekdaysThrough(before);

    /// <summary>
    /// The days off from <paramref name="firstDay"/> to <paramref name="lastDay"/>, as runs in which every working weekday
    /// is off (a closure is one run, not one entry a day), from the calendar's own table of days off.
    /// </summary>
    private List<(int First, int Last)> DaysOffRuns(int firstDay, int lastDay)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var day in _calendar.DayNumbersOff(firstDay, lastDay))
        {
            if (runs.Count > 0 && !HasWorkingWeekdayBetween(runs[runs.Count - 1].Last, day))
            {
                runs[runs.Count - 1] = (runs[runs.Count - 1].First, day);
            }
            else
            {
                runs.Add((day, day));
            }
        }

        return runs;
    }

    /// <summary>
    /// The runs of dates, in order and apart, whose ranges a change of the zone's offset can touch, with a date either
    /// side; and the last two dates of the year 9999 when the window reaches them.
    /// </summary>
    private List<(int First, int Last)> BlockDates(int firstDay, int lastDay)
    {
        var runs = new List<(int First, int Last)>();
        var start = Epoch + Duration.FromDays(Math.Max(firstDay - 3, DayNumber.Min - 3));
        var end = lastDay + 4 > DayNumber.Max ? Instant.MaxValue : Epoch + Duration.FromDays(lastDay + 4);
        ZoneInterval? previous = null;
        foreach (var interval in _zone.GetZoneIntervals(start, end))
        {
            if (previous is not null && previous.WallOffset != interval.WallOffset)
            {
                var jump = interval.Start - Epoch;
                var readBefore = jump + Duration.FromSeconds(previous.WallOffset.Seconds);
                var readAfter = jump + Duration.FromSeconds(interval.WallOffset.Seconds);
                var from = readBefore < readAfter ? readBefore : readAfter;
                var to = readBefore < readAfter ? readAfter : readBefore;
                if (Touches(from, to))
                {
                    Add(runs, DayOf(from) - 1, DayOf(to) + 1);
                }
            }

            previous = interval;
        }

        if (lastDay == DayNumber.Max)
        {
            // Late hours of 31 December 9999 are cut at the last instant NodaTime holds, and the day after has no date.
            Add(runs, DayNumber.Max - 1, DayNumber.Max);
        }

        // Joined first, then kept where they meet the window: a run that straddles its edge is kept whole.
        runs.RemoveAll(run => run.Last < firstDay || run.First > lastDay);
        return runs;

        static void Add(List<(int First, int Last)> runs, int first, int last)
        {
            first = Math.Max(first, DayNumber.Min);
            last = Math.Min(last, DayNumber.Max);

            // Overlapping or touching runs join, so the dates between blocks are always away from every change.
            if (runs.Count > 0 && first <= runs[runs.Count - 1].Last + 1)
            {
                runs[runs.Count - 1] = (runs[runs.Count - 1].First, Math.Max(last, runs[runs.Count - 1].Last));
            }
            else
            {
                runs.Add((first, last));
            }
        }
    }

    /// <summary>
    /// Whether a range of a working weekday, on a date either side of the local times a clock change skips or repeats
    /// (from <paramref name="from"/> to <paramref name="to"/>, local, since the epoch), touches them: if none does, every
    /// range there reads its local times one to one, and the change costs no block (a Sunday 02:00 change against
    /// weekday office hours).
    /// </summary>
    private bool Touches(Duration from, Duration to)
    {
        for (var day = DayOf(from) - 1; day <= DayOf(to) + 1; day++)
        {
            var weekday = DayNumber.WeekdayIndex(day);
            var midnight = Duration.FromDays(day);
            for (var i = 0; i < _starts[weekday].Length; i++)
            {
                if (midnight + Duration.FromNanoseconds(_starts[weekday][i]) <= to && from <= midnight + Duration.FromNanoseconds(_ends[weekday][i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int DayOf(Duration sinceEpoch)
    {
        var day = sinceEpoch.Days;
        return sinceEpoch.NanosecondOfDay < 0 ? day - 1 : day;
    }

    /// <summary>The working time of a run of dates resolved range by range, as instants, joined where they overlap.</summary>
    private Block BuildBlock(int firstDay, int lastDay)
    {
        var ranges = new List<(Instant Start, Instant End)>();
        var businessDays = new List<int>();
        for (var day = firstDay; day <= lastDay; day++)
        {
            var date = DayNumber.ToDate(day);
            if (!_calendar.IsBusinessDay(date))
            {
                continue;
            }

            businessDays.Add(day);
            foreach (var range in Hours.HoursOn(date.DayOfWeek))
            {
                var (start, end) = _calendar.ToInstants(date, range);
                if (end > start)
                {
                    ranges.Add((start, end));
                }
            }
        }

        ranges.Sort((x, y) => x.Start.CompareTo(y.Start));
        var starts = new List<Instant>();
        var ends = new List<Instant>();
        foreach (var (start, end) in ranges)
        {
            if (ends.Count > 0 && start <= ends[ends.Count - 1])
            {
                if (end > ends[ends.Count - 1])
                {
                    ends[ends.Count - 1] = end;
                }
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        return new Block(starts.ToArray(), ends.ToArray(), businessDays.ToArray());
    }

    /// <summary>
    /// The table over a window of dates: the entries (runs of days off, blocks), their measures, and a directory from a
    /// date to its entry. Immutable.
    /// </summary>
    private sealed class Window
    {
        private readonly int[] _directory;

        // Seconds of measure per bucket of _byMeasure, as a power of two, and per bucket the number of entries that begin
        // before the bucket's first second: where the search for a measure starts, so that years cost what an hour does.
        private readonly int _measureShift;
        private readonly int[] _byMeasure;

        internal Window(int firstYear, int lastYear, int firstDay, int lastDay, int[] days, int[] ends, Duration[] before, Duration[] after, Block?[] blocks, Duration total, long weekNominal)
        {
            FirstYear = firstYear;
            LastYear = lastYear;
            FirstDay = firstDay;
            LastDay = lastDay;
            Days = days;
            Ends = ends;
            Before = before;
            After = after;
            Blocks = blocks;
            Total = total;
            _directory = new int[lastDay >= firstDay ? ((lastDay - firstDay) >> BucketShift) + 1 : 0];
            var entry = 0;
            for (var bucket = 0; bucket < _directory.Length; bucket++)
            {
                var bucketStart = firstDay + (bucket << BucketShift);
                while (entry < ends.Length && ends[entry] < bucketStart)
                {
                    entry++;
                }

                _directory[bucket] = entry;
            }

            // Buckets of a power of two seconds, the largest within four weeks of nominal hours (at least a second): about
            // as many buckets as four-week spans in the window, found by a shift.
            while (_measureShift < 62 && (2L << _measureShift) <= weekNominal / NanosecondsPerSecond * 4)
            {
                _measureShift++;
            }

            _byMeasure = new int[(SecondsOf(total) >> _measureShift) + 1];
            entry = 0;
            for (var bucket = 0; bucket < _byMeasure.Length; bucket++)
            {
                var bucketStart = (long)bucket << _measureShift;
                while (entry < before.Length && SecondsOf(before[entry]) < bucketStart)
                {
                    entry++;
                }

                _byMeasure[bucket] = entry;
            }
        }

        internal static Window Empty { get; } = new(1, 0, 1, 0, Array.Empty<int>(), Array.Empty<int>(), Array.Empty<Duration>(), Array.Empty<Duration>(), Array.Empty<Block?>(), Duration.Zero, 0);

        internal int FirstYear { get; }

        internal int LastYear { get; }

        /// <summary>The first date covered (a day number), from which measures are counted.</summary>
        internal int FirstDay { get; }

        /// <summary>The last date covered (inclusive).</summary>
        internal int LastDay { get; }

        internal int Count => Days.Length;

        /// <summary>First date of each entry, ascending; entries never overlap.</summary>
        internal int[] Days { get; }

        /// <summary>Last date of each entry (inclusive).</summary>
        internal int[] Ends { get; }

        /// <summary>The measure from <see cref="FirstDay"/> to the start of each entry.</summary>
        internal Duration[] Before { get; }

        /// <summary>The measure from <see cref="FirstDay"/> to the end of each entry.</summary>
        internal Duration[] After { get; }

        /// <summary>Each entry's block; null for a run of days off.</summary>
        internal Block?[] Blocks { get; }

        /// <summary>The measure of the whole window.</summary>
        internal Duration Total { get; }

        internal bool Covers(int firstDay, int lastDay) => firstDay >= FirstDay && lastDay <= LastDay;

        /// <summary>The first entry that ends on or after <paramref name="day"/> (<see cref="Count"/> when none does).</summary>
        internal int Locate(int day)
        {
            var entry = _directory[(day - FirstDay) >> BucketShift];
            while (entry < Ends.Length && Ends[entry] < day)
            {
                entry++;
            }

            return entry;
        }

        /// <summary>The first entry whose <see cref="Before"/> is at least <paramref name="measure"/> (<see cref="Count"/> when none is).</summary>
        internal int FirstBeforeAtLeast(Duration measure)
        {
            // Every entry counted in the bucket begins before its first second, so before the measure too.
            var bucket = Math.Min(SecondsOf(measure) >> _measureShift, _byMeasure.Length - 1);
            var entry = _byMeasure[bucket];
            while (entry < Before.Length && Before[entry] < measure)
            {
                entry++;
            }

            return entry;
        }

        /// <summary>The whole seconds of a measure (not negative), which fit a long for any span of dates.</summary>
        private static long SecondsOf(Duration measure) => ((long)measure.Days * 86_400L) + (measure.NanosecondOfDay / NanosecondsPerSecond);

        internal bool IsBusinessDay(int day, WorkingWeek week)
        {
            var at = Locate(day);
            if (at < Count && Days[at] <= day)
            {
                return Blocks[at] is { } block && Array.IndexOf(block.BusinessDays, day) >= 0;
            }

            return week.IsWorkingWeekdayIndex(DayNumber.WeekdayIndex(day));
        }
    }

    /// <summary>The working time of a run of dates around a clock change, as disjoint instants in order. Immutable.</summary>
    private sealed class Block
    {
        private readonly Instant[] _starts;
        private readonly Instant[] _ends;

        internal Block(Instant[] starts, Instant[] ends, int[] businessDays)
        {
            _starts = starts;
            _ends = ends;
            BusinessDays = businessDays;
            for (var i = 0; i < starts.Length; i++)
            {
                Total += (ends[i] - starts[i]).ToInt64Nanoseconds();
            }
        }

        /// <summary>The business days among the block's dates.</summary>
        internal int[] BusinessDays { get; }

        /// <summary>The block's working time, in nanoseconds (a few days at most).</summary>
        internal long Total { get; }

        internal long MeasureBefore(Instant instant)
        {
            long measure = 0;
            for (var i = 0; i < _starts.Length && _starts[i] < instant; i++)
            {
                measure += ((instant < _ends[i] ? instant : _ends[i]) - _starts[i]).ToInt64Nanoseconds();
            }

            return measure;
        }

        internal bool Contains(Instant instant)
        {
            for (var i = 0; i < _starts.Length; i++)
            {
                if (_starts[i] <= instant && instant < _ends[i])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first instant by which <paramref name="measure"/> (positive, at most <see cref="Total"/>) nanoseconds of the block have passed.</summary>
        internal Instant FirstReaching(long measure)
        {
            var i = 0;
            while (measure > (_ends[i] - _starts[i]).ToInt64Nanoseconds())
            {
                measure -= (_ends[i] - _starts[i]).ToInt64Nanoseconds();
                i++;
            }

            return _starts[i] + Duration.FromNanoseconds(measure);
        }
    }
}
