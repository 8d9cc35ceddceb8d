using System;
using System.Linq;
using ClientBoundaries.Calendars;
using FluentAssertions;
using NodaTime;
using NodaTime.TimeZones;
using Xunit;

namespace ClientBoundaries.Core.Tests.Calendars;

/// <summary>
/// The table of a zone's offsets answers exactly what NodaTime's own mapping answers, in every TZDB zone, and
/// declines near every change of offset (where gaps and overlaps need the zone's resolvers).
/// </summary>
public class ZoneOffsetsTests
{
    private static readonly ZoneLocalMappingResolver Earliest =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver Latest =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly int[] Hours = { 0, 2, 3, 12, 23 };

    [Fact]
    public void Local_times_map_to_the_instant_the_zone_gives_in_every_tzdb_zone()
    {
        var random = new Random(20261206);
        var answered = 0;
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var firstDay = DayNumber.FromCivil(1900, 1, 1);
            var lastDay = DayNumber.FromCivil(2060, 12, 31);
            var offsets = ZoneOffsets.Build(zone, firstDay, lastDay);
            for (var i = 0; i < 200; i++)
            {
                var day = random.Next(firstDay, lastDay + 1);
                var time = LocalTime.FromTicksSinceMidnight(random.Next(0, 24 * 60) * NodaConstants.TicksPerMinute);
                var local = DayNumber.ToDate(day).At(time);
                if (offsets.TryToInstant(day, time, out var instant))
                {
                    answered++;
                    instant.Should().Be(zone.ResolveLocal(local, Earliest).ToInstant(), "{0} at {1}", id, local);
                    instant.Should().Be(zone.ResolveLocal(local, Latest).ToInstant(), "{0} at {1} is not ambiguous", id, local);
                }

                var at = Instant.FromUnixTimeSeconds(((long)day * 86_400) + random.Next(0, 86_400));
                if (offsets.TryDayOf(at, out var localDay))
                {
                    DayNumber.ToDate(localDay).Should().Be(at.InZone(zone).Date, "{0} at {1}", id, at);
                }

                offsets.TryOffsetAt(at, out var offset).Should().BeTrue("{0} at {1} is inside the window", id, at);
                offset.Should().Be(zone.GetUtcOffset(at).Seconds, "{0} at {1}", id, at);
            }
        }

        answered.Should().BeGreaterThan(DateTimeZoneProviders.Tzdb.Ids.Count * 190, "all but local times near a change of offset are answered by the table");
    }

    [Theory]
    [InlineData("America/New_York", 2026, 3, 8)]
    [InlineData("America/New_York", 2026, 11, 1)]
    [InlineData("Europe/Madrid", 2026, 3, 29)]
    [InlineData("Australia/Lord_Howe", 2026, 4, 5)]
    [InlineData("Pacific/Apia", 2011, 12, 29)]
    public void Local_times_within_two_days_of_a_change_are_left_to_the_zone(string id, int year, int month, int dayOfMonth)
    {
        var zone = DateTimeZoneProviders.Tzdb[id];
        var changeDay = DayNumber.FromCivil(year, month, dayOfMonth);
        var offsets = ZoneOffsets.Build(zone, changeDay - 400, changeDay + 400);

        var declined = Enumerable.Range(-1, 3).SelectMany(d => Hours.Select(h => (Day: changeDay + d, Hour: h)))
            .Where(t => !offsets.TryToInstant(t.Day, new LocalTime(t.Hour, 0), out _));

        declined.Should().HaveCount(15, "no local time on the day of a change or the days either side is answered from the table");
        offsets.TryToInstant(changeDay + 10, new LocalTime(9, 0), out var later).Should().BeTrue();
        later.Should().Be(zone.AtStrictly(DayNumber.ToDate(changeDay + 10).At(new LocalTime(9, 0))).ToInstant());
    }

    [Fact]
    public void Days_outside_the_window_are_not_answered()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var first = DayNumber.FromCivil(2026, 1, 1);
        var offsets = ZoneOffsets.Build(zone, first, first + 30);

        offsets.TryToInstant(first - 1, new LocalTime(12, 0), out _).Should().BeFalse();
        offsets.TryToInstant(first + 31, new LocalTime(12, 0), out _).Should().BeFalse();
        offsets.TryDayOf(Instant.FromUtc(2026, 2, 1, 12, 0), out _).Should().BeFalse();
        offsets.TryDayOf(Instant.FromUtc(2026, 1, 15, 12, 0), out var day).Should().BeTrue();
        day.Should().Be(first + 14);
    }

    [Fact]
    public void A_calendar_far_apart_in_time_answers_as_the_zone_does()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var calendar = BusinessCalendar.MondayToFriday(zone);
        foreach (var date in new[] { new LocalDate(2026, 7, 1), new LocalDate(9990, 7, 1), new LocalDate(3, 7, 1), new LocalDate(9999, 12, 31), new LocalDate(1, 1, 1) })
        {
            var instant = calendar.StartOfDay(date);
            instant.Should().Be(zone.ResolveLocal(date.AtMidnight(), Earliest).ToInstant());
            calendar.ToLocalDate(instant).Should().Be(date);
        }
    }
}
