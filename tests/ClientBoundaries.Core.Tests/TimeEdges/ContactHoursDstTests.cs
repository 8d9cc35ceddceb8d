using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Contact hours and response commitments on the nights the clocks change (rule R8 of
/// <see cref="TimeRules"/>): <c>ContactHours.IsOpen</c>, <c>ReplyDueBy</c> and <c>TimingOf</c>, counted
/// in the party's contact windows in its own zone, for a desk open around the clock and for windows
/// that start, end or meet inside the hour skipped or repeated. Transitions as in <see cref="WorkingTimeDstTests"/>.
/// </summary>
public class ContactHoursDstTests
{
    private static readonly Channel[] Chat = { Channel.Chat };

    // The desk works every day, so its windows, whatever weekday they are on, fall on its business days.
    private static ContactHours Desk(string zone, int chatWithinHours, WorkingWeek? windows = null) =>
        new(
            EveryDay(zone, Hours(9, 0, 17, 0)),
            new ContactPolicy(Chat, new[] { ResponseCommitment.WithinHours(Channel.Chat, chatWithinHours) }, windows ?? EveryDay("UTC", WholeDay).WorkingWeek));

    [Fact]
    public void A_desk_open_around_the_clock_owes_a_reply_two_real_hours_later_across_the_spring_gap()
    {
        // Madrid, Sunday 29 March 2026, a chat at 01:30 CET (00:30Z): two real hours later is 02:30Z, 04:30 CEST on the clock.
        var desk = Desk("Europe/Madrid", 2);

        desk.IsOpen(I("2026-03-29T00:30:00Z")).Should().BeTrue("its windows are the whole day, every day, and it works every day");
        desk.ReplyDueBy(Channel.Chat, I("2026-03-29T00:30:00Z")).Should().Be(I("2026-03-29T02:30:00Z"));

        // Santiago, whose gap is at midnight: a chat on Saturday 5 September 2026 at 23:30 -04 (03:30Z on the 6th) is owed
        // at 05:30Z, Sunday 02:30 -03 on the clock.
        Desk("America/Santiago", 2).ReplyDueBy(Channel.Chat, I("2026-09-06T03:30:00Z")).Should().Be(I("2026-09-06T05:30:00Z"));
    }

    [Fact]
    public void A_desk_open_around_the_clock_owes_a_reply_one_real_hour_later_across_the_autumn_overlap()
    {
        // Madrid, Sunday 25 October 2026, a chat at 02:30 CEST (00:30Z): an hour later is 01:30Z, 02:30 CET, the same clock reading.
        var desk = Desk("Europe/Madrid", 1);

        desk.ReplyDueBy(Channel.Chat, I("2026-10-25T00:30:00Z")).Should().Be(I("2026-10-25T01:30:00Z"));

        // A reply at 03:00 CET (02:00Z) is half an hour late on the clock and in the desk's time.
        var timing = desk.TimingOf(Channel.Chat, I("2026-10-25T00:30:00Z"), I("2026-10-25T02:00:00Z"))!;
        timing.LateBy.Should().Be(Duration.FromMinutes(30));
        timing.LateByBusinessTime.Should().Be(Duration.FromMinutes(30));
    }

    [Fact]
    public void A_window_that_starts_in_the_repeated_hour_is_open_from_its_first_occurrence()
    {
        // New York, Sundays 01:30-03:00. On 1 November 2026 it opens at 01:30 EDT (05:30Z) and shuts at 03:00 EST (08:00Z),
        // so at 01:15 EST (06:15Z, the second pass) it is open, and at 01:15 EDT (05:15Z, the first) not yet.
        var desk = Desk("America/New_York", 1, WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday }, Hours(1, 30, 3, 0)));

        desk.IsOpen(I("2026-11-01T05:15:00Z")).Should().BeFalse();
        desk.IsOpen(I("2026-11-01T06:15:00Z")).Should().BeTrue();
        desk.IsOpen(I("2026-11-01T08:00:00Z")).Should().BeFalse();

        // A chat at 01:00 EDT (05:00Z) waits for 05:30Z; an hour later is 06:30Z, 01:30 EST: the clock shows the opening time again.
        desk.ReplyDueBy(Channel.Chat, I("2026-11-01T05:00:00Z")).Should().Be(I("2026-11-01T06:30:00Z"));
    }

    [Fact]
    public void Windows_that_meet_in_the_repeated_hour_count_a_late_reply_once()
    {
        // New York, Sundays 00:00-01:30 and 01:30-03:00: on 1 November 2026 together 00:00 EDT (04:00Z) to 03:00 EST (08:00Z).
        // A chat at 04:00Z is owed at 05:00Z; a reply at 08:00Z is three hours late, on the clock and in the desk's time.
        var desk = Desk("America/New_York", 1, WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday }, Hours(0, 0, 1, 30), Hours(1, 30, 3, 0)));

        var timing = desk.TimingOf(Channel.Chat, I("2026-11-01T04:00:00Z"), I("2026-11-01T08:00:00Z"))!;

        timing.DueBy.Should().Be(I("2026-11-01T05:00:00Z"));
        timing.LateBy.Should().Be(Duration.FromHours(3));
        timing.LateByBusinessTime.Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void A_window_to_24_00_shuts_at_the_first_midnight_when_midnight_happens_twice()
    {
        // Havana, Saturdays 20:00-24:00: on 1 November 2025 it shuts at the first Sunday 00:00 (CDT, 04:00Z). A chat at
        // 23:30 CDT (03:30Z) gets half an hour that night and half an hour from 20:00 CST on 8 November (01:00Z on the 9th).
        var desk = Desk("America/Havana", 1, WorkingWeek.Of(new[] { IsoDayOfWeek.Saturday }, Hours(20, 0, 0, 0)));

        desk.IsOpen(I("2025-11-02T03:59:00Z")).Should().BeTrue();
        desk.IsOpen(I("2025-11-02T04:30:00Z")).Should().BeFalse("Sunday 00:30 CDT is Sunday");
        desk.ReplyDueBy(Channel.Chat, I("2025-11-02T03:30:00Z")).Should().Be(I("2025-11-09T01:30:00Z"));
    }

    [Fact]
    public void A_window_from_midnight_opens_when_the_day_does_on_the_night_midnight_is_skipped()
    {
        // Havana, Sundays 00:00-02:00: on 8 March 2026 Sunday begins at 01:00 CDT (05:00Z), so the window holds one hour.
        // A chat on Saturday 7 March at 22:00 CST (03:00Z on the 8th) with two hours owed: 05:00Z-06:00Z, then the next
        // Sunday, 15 March, from 00:00 CDT (04:00Z), one more hour: 05:00Z.
        var desk = Desk("America/Havana", 2, WorkingWeek.Of(new[] { IsoDayOfWeek.Sunday }, Hours(0, 0, 2, 0)));

        desk.IsOpen(I("2026-03-08T05:00:00Z")).Should().BeTrue();
        desk.ReplyDueBy(Channel.Chat, I("2026-03-08T03:00:00Z")).Should().Be(I("2026-03-15T05:00:00Z"));
    }
}
