using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Meetings on the nights the clocks change (rules R9 and R17 of <see cref="TimeRules"/>): the
/// time-box (<c>Meeting.End</c>, <c>WrapUpCueAt</c>, <c>CueAt</c>) is real elapsed time from the booked
/// instant, whatever the clock shows; the recap falls due at the end of the provider's working day
/// (<c>HeldMeeting.RecapDueAt</c>); the calendar export writes start and end as local times with their
/// TZID, the second pass of a repeated hour in UTC. Transitions as in <see cref="WorkingTimeDstTests"/>.
/// </summary>
public class MeetingDstTests
{
    private static readonly string[] Agenda = { "Launch plan", "Budget" };
    private static readonly MeetingId Night = new("night-launch");
    private static readonly MeetingId Spring = new("spring-launch");

    [Fact]
    public void A_meeting_that_starts_in_the_repeated_hour_ends_and_cues_by_real_time()
    {
        // Madrid, Sunday 25 October 2026, 02:30 CEST (00:30Z), an hour: it ends at 01:30Z, which the clock also shows as
        // 02:30 (CET); the cue 10 minutes before is 01:20Z, 02:20 CET, a reading earlier than the start's.
        var meeting = Meeting.Book(MeetingPolicy.Default, I("2026-10-25T00:30:00Z"), Agenda, Duration.FromHours(1)).Value;

        meeting.End.Should().Be(I("2026-10-25T01:30:00Z"));
        meeting.WrapUpCueAt.Should().Be(I("2026-10-25T01:20:00Z"));
        meeting.CueAt(I("2026-10-25T00:29:00Z")).Should().Be(MeetingCue.NotStarted);
        meeting.CueAt(I("2026-10-25T01:15:00Z")).Should().Be(MeetingCue.Running, "02:15 CET comes 45 minutes after the start");
        meeting.CueAt(I("2026-10-25T01:20:00Z")).Should().Be(MeetingCue.WrapUp);
        meeting.CueAt(I("2026-10-25T01:30:00Z")).Should().Be(MeetingCue.Over);
    }

    [Fact]
    public void A_meeting_across_the_spring_gap_lasts_its_booked_length_though_the_clock_moves_ninety_minutes()
    {
        // Madrid, Sunday 29 March 2026, 01:40 CET (00:40Z), 30 minutes by default: it ends at 01:10Z, 03:10 CEST; the cue
        // comes at 01:00Z, 03:00 CEST, the first minute of summer time.
        var meeting = Meeting.Book(MeetingPolicy.Default, I("2026-03-29T00:40:00Z"), Agenda).Value;

        meeting.Length.Should().Be(Duration.FromMinutes(30));
        meeting.End.Should().Be(I("2026-03-29T01:10:00Z"));
        meeting.WrapUpCueAt.Should().Be(I("2026-03-29T01:00:00Z"));
        meeting.CueAt(I("2026-03-29T00:59:00Z")).Should().Be(MeetingCue.Running);
        meeting.CueAt(I("2026-03-29T01:00:00Z")).Should().Be(MeetingCue.WrapUp);
    }

    [Fact]
    public void A_recap_due_the_same_day_is_due_when_that_day_ends_at_the_first_of_two_midnights()
    {
        // A Havana provider that works Saturdays 18:00-24:00; recaps the same business day. A meeting held on Saturday
        // 1 November 2025 from 19:00 to 20:00 CDT (23:00Z-00:00Z) owes its recap by the end of that Saturday: the first
        // Sunday 00:00, CDT, 04:00Z (the clocks go back from 01:00 CDT to 00:00 CST at 05:00Z).
        var provider = Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0));
        var policy = new MeetingPolicy(Duration.FromHours(1), Duration.FromHours(1), recapWithinBusinessDays: 0);
        var meeting = Meeting.Book(policy, I("2025-11-01T23:00:00Z"), Agenda).Value;

        var held = HeldMeeting.Record(meeting, policy, provider, I("2025-11-01T23:00:00Z"), I("2025-11-02T00:00:00Z"), Agenda);

        held.RecapDueAt.Should().Be(I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void A_recap_due_on_a_day_whose_midnight_was_skipped_is_due_at_the_end_of_that_days_hours()
    {
        // A Santiago provider that works Sundays 00:00-04:00; recaps the same business day. A meeting that ends on Saturday
        // 5 September 2026 at 20:00 -04 (00:00Z on the 6th) is counted from the next business day, Sunday 6 September, which
        // begins at 01:00 -03 (04:00Z; 00:00-01:00 does not exist): the recap is due at 04:00 -03, 07:00Z.
        var provider = Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0));
        var policy = new MeetingPolicy(Duration.FromHours(1), Duration.FromHours(1), recapWithinBusinessDays: 0);
        var meeting = Meeting.Book(policy, I("2026-09-05T23:00:00Z"), Agenda).Value;

        var held = HeldMeeting.Record(meeting, policy, provider, I("2026-09-05T23:00:00Z"), I("2026-09-06T00:00:00Z"), Agenda);

        held.RecapDueAt.Should().Be(I("2026-09-06T07:00:00Z"));
    }

    [Fact]
    public void The_calendar_export_writes_a_meeting_in_the_repeated_hour_so_it_keeps_its_real_start_end_and_cue()
    {
        // The Madrid studio books one meeting at 02:30 CEST on 25 October 2026 (an hour) and one at 01:40 CET on 29 March
        // (30 minutes). RFC 5545 reads a repeated local time as its first occurrence, so the end of the first, 01:30Z
        // (02:30 CET, the second pass), is written in UTC; the second is written in Madrid time on both sides of the gap,
        // and Madrid's VTIMEZONE holds both changes, so a reader gets 60 and 30 minutes back.
        var engagement = EngagementDriver.ScheduledWebsite()
            .Do(new BookMeeting(Night, I("2026-10-25T00:30:00Z"), Agenda, Duration.FromHours(1), false, I("2026-02-25T09:00:00Z")))
            .Do(new BookMeeting(Spring, I("2026-03-29T00:40:00Z"), Agenda, null, false, I("2026-02-25T09:00:00Z")));

        var calendar = ExportedCalendar.Load(CalendarExport.ToICalendar(engagement.State, Language.English, I("2026-02-25T10:00:00Z")));
        var events = calendar.Events.ToDictionary(e => e.Uid!);

        var night = events["acme-website/meeting/night-launch@clientboundaries"];
        ExportedCalendar.Timed(night.Start).Should().Be(("Europe/Madrid", new LocalDateTime(2026, 10, 25, 2, 30)));
        night.DtEnd!.IsUtc.Should().BeTrue();
        ExportedCalendar.Timed(night.DtEnd).Should().Be(("UTC", new LocalDateTime(2026, 10, 25, 1, 30)));
        var spring = events["acme-website/meeting/spring-launch@clientboundaries"];
        ExportedCalendar.Timed(spring.Start).Should().Be(("Europe/Madrid", new LocalDateTime(2026, 3, 29, 1, 40)));
        ExportedCalendar.Timed(spring.DtEnd).Should().Be(("Europe/Madrid", new LocalDateTime(2026, 3, 29, 3, 10)));
        (ExportedCalendar.Moment(night.DtEnd) - ExportedCalendar.Moment(night.Start)).Should().Be(Duration.FromHours(1), "a calendar reads 00:30Z to 01:30Z");
        (ExportedCalendar.Moment(spring.DtEnd) - ExportedCalendar.Moment(spring.Start)).Should().Be(Duration.FromMinutes(30), "00:40Z to 01:10Z, across the gap");
        foreach (var meeting in new[] { night, spring })
        {
            ExportedCalendar.Alarms(meeting).Select(a => (a.Related, a.Before))
                .Should().Contain(("END", Duration.FromMinutes(10)), "the wrap-up cue is counted back from the real end");
        }

        var madrid = calendar.TimeZones.Single(z => z.TzId == "Europe/Madrid");
        ExportedCalendar.Observances(madrid).Select(o => (o.Kind, o.Start, o.From, o.To))
            .Should().Contain(("DAYLIGHT", new LocalDateTime(2026, 3, 29, 2, 0), Offset.FromHours(1), Offset.FromHours(2)))
            .And.Contain(("STANDARD", new LocalDateTime(2026, 10, 25, 3, 0), Offset.FromHours(2), Offset.FromHours(1)));
    }
}
