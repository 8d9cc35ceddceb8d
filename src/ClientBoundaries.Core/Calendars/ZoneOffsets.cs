using System;
using System.Collections.Generic;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A zone's UTC offsets over a window of days, as sorted arrays, so that turning a local time into an instant (and an
/// instant into a local date) is a binary search and some integer arithmetic instead of a walk through NodaTime's
/// zone mapping. Only the plain case is answered: a local time at least two days from any change of offset, which no
/// gap or overlap can reach; near a change the caller asks the zone itself. Built once per window and never changed,
/// so it is shared freely between threads.
/// </summary>
internal sealed class ZoneOffsets
{
    private const long SecondsPerDay = 86_400;

    // Two days: more than any jump of offset (offsets lie within 18 hours of UTC, so a change moves the clock by at
    // most 36 hours), so a local time this far inside an interval maps to exactly one instant, in that interval.
    private const long Margin = 2 * SecondsPerDay;

    // Days per bucket of the two directories below: 128 days hold two or three changes of offset at most in real zones.
    private const int BucketShift = 7;

    private readonly long[] _safeLocalStarts;
    private readonly long[] _safeLocalEnds;
    private readonly long[] _starts;
    private readonly int[] _offsets;

    // Per bucket of UTC days from FirstDay: the last interval that starts by the bucket's first second (an index into
    // _starts); and per bucket of local days, the same in _safeLocalStarts. A lookup starts there and steps forward, a
    // step or two, instead of a binary search over every interval of the window.
    private readonly int[] _utcDirectory;
    private readonly int[] _localDirectory;

    private ZoneOffsets(int firstDay, int lastDay, long[] starts, long[] safeLocalStarts, long[] safeLocalEnds, int[] offsets)
    {
        FirstDay = firstDay;
        LastDay = lastDay;
        _starts = starts;
        _safeLocalStarts = safeLocalStarts;
        _safeLocalEnds = safeLocalEnds;
        _offsets = offsets;
        _utcDirectory = Directory(starts, firstDay, lastDay);
        _localDirectory = Directory(safeLocalStarts, firstDay, lastDay);
    }

    /// <summary>Covers nothing: the first conversion of a calendar builds a real window.</summary>
    internal static ZoneOffsets Empty { get; } = new(1, 0, Array.Empty<long>(), Array.Empty<long>(), Array.Empty<long>(), Array.Empty<int>());

    /// <summary>The first day number whose local times and instants it answers for (inclusive).</summary>
    internal int FirstDay { get; }

    /// <summary>The last day number it answers for (inclusive).</summary>
    internal int LastDay { get; }

    internal bool Covers(int day) => day >= FirstDay && day <= LastDay;

    /// <summary>The offsets of <paramref name="zone"/> from the start of <paramref name="firstDay"/> to the end of <paramref name="lastDay"/> (UTC days, with a day's margin either side).</summary>
    internal static ZoneOffsets Build(DateTimeZone zone, int firstDay, int lastDay)
    {
        var from = Instant.FromUnixTimeSeconds((firstDay - 1) * SecondsPerDay);
        var until = Instant.FromUnixTimeSeconds((lastDay + 2) * SecondsPerDay);
        var starts = new List<long>();
        var safeStarts = new List<long>();
        var safeEnds = new List<long>();
        var offsets = new List<int>();
        foreach (var interval in zone.GetZoneIntervals(new Interval(from, until)))
        {
            var offset = interval.WallOffset.Seconds;
            var start = interval.HasStart ? interval.Start.ToUnixTimeSeconds() : long.MinValue / 4;
            var end = interval.HasEnd ? interval.End.ToUnixTimeSeconds() : long.MaxValue / 4;
            starts.Add(start);
            safeStarts.Add(start + offset + Margin);
            safeEnds.Add(end + offset - Margin);
            offsets.Add(offset);
        }

        return new ZoneOffsets(firstDay, lastDay, starts.ToArray(), safeStarts.ToArray(), safeEnds.ToArray(), offsets.ToArray());
    }

    /// <summary>
    /// The instant of a local time on <paramref name="day"/>, when no change of offset is within two days of it (the
    /// only instant it can be); false near a change, or outside the window.
    /// </summary>
    internal bool TryToInstant(int day, LocalTime time, out Instant instant) => TryToInstant(day, time.NanosecondOfDay, out instant);

    /// <summary><see cref="TryToInstant(int, LocalTime, out Instant)"/> for a time of day in nanoseconds after midnight (below a day).</summary>
    internal bool TryToInstant(int day, long nanosecondOfDay, out Instant instant)
    {
        if (!Covers(day))
        {
            instant = default;
            return false;
        }

        var local = (day * SecondsPerDay) + (nanosecondOfDay / NodaConstants.NanosecondsPerSecond);
        var i = LastAtMostFrom(_safeLocalStarts, _localDirectory[(day - FirstDay) >> BucketShift], local);
        if (i < 0 || local >= _safeLocalEnds[i])
        {
            instant = default;
            return false;
        }

        instant = Instant.FromUnixTimeSeconds((day * SecondsPerDay) - _offsets[i]).PlusNanoseconds(nanosecondOfDay);
        return true;
    }

    /// <summary>The local day number of an instant; false outside the window.</summary>
    internal bool TryDayOf(Instant instant, out int day)
    {
        var seconds = instant.ToUnixTimeSeconds();
        var i = IndexAt(seconds, UtcDayOf(seconds));
        var local = i < 0 ? 0 : seconds + _offsets[i];
        day = (int)(local >= 0 ? local / SecondsPerDay : ((local + 1) / SecondsPerDay) - 1);
        return i >= 0 && Covers(day);
    }

    /// <summary>The zone's offset at an instant, in seconds; false when the instant's UTC day is outside the window.</summary>
    internal bool TryOffsetAt(Instant instant, out int offsetSeconds)
    {
        var seconds = instant.ToUnixTimeSeconds();
        var utcDay = UtcDayOf(seconds);
        var i = IndexAt(seconds, utcDay);
        offsetSeconds = i < 0 ? 0 : _offsets[i];
        return i >= 0 && utcDay >= FirstDay && utcDay <= LastDay;
    }

    private static long UtcDayOf(long seconds) => seconds >= 0 ? seconds / SecondsPerDay : ((seconds + 1) / SecondsPerDay) - 1;

    /// <summary>
    /// The index of the offset in force at an instant (given in Unix seconds, and its UTC day): the last transition at most
    /// then, found from the directory of its UTC day's bucket inside the window, by binary search outside it; -1 before the first.
    /// </summary>
    private int IndexAt(long seconds, long utcDay) =>
        utcDay >= FirstDay && utcDay <= LastDay
            ? LastAtMostFrom(_starts, _utcDirectory[(int)(utcDay - FirstDay) >> BucketShift], seconds)
            : LastAtMost(_starts, seconds);

    /// <summary>
    /// Per bucket of days from <paramref name="firstDay"/> to <paramref name="lastDay"/>: the index of the last value at
    /// most the bucket's first second in an ascending array of seconds (-1 when none is).
    /// </summary>
    private static int[] Directory(long[] values, int firstDay, int lastDay)
    {
        var directory = new int[lastDay >= firstDay ? ((lastDay - firstDay) >> BucketShift) + 1 : 0];
        var i = -1;
        for (var bucket = 0; bucket < directory.Length; bucket++)
        {
            var first = (firstDay + ((long)bucket << BucketShift)) * SecondsPerDay;
            while (i + 1 < values.Length && values[i + 1] <= first)
            {
                i++;
            }

            directory[bucket] = i;
        }

        return directory;
    }

    /// <summary>
    /// The index of the last value at most <paramref name="value"/> in an ascending array, stepping forward from
    /// <paramref name="from"/>, an index whose value is at most it (or -1); -1 when none is.
    /// </summary>
    private static int LastAtMostFrom(long[] values, int from, long value)
    {
        while (from + 1 < values.Length && values[from + 1] <= value)
        {
            from++;
        }

        return from;
    }

    /// <summary>The index of the last value at most <paramref name="value"/> in an ascending array; -1 when none is.</summary>
    private static int LastAtMost(long[] values, long value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (values[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
