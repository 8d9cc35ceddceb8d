using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// A handoff's due date next to a midnight the clocks skip or repeat (rule R12 of <see cref="TimeRules"/>):
/// <c>HandOff</c> refuses a <c>dueBy</c> before the receiver's own date at the moment of the handoff, and the
/// ball is due at the end of the receiver's working day on that date (<c>BallHolder.DueAt</c>,
/// <c>Handoff.DueAt</c>), the first instant of the next date when it is a day off. The Madrid studio hands
/// over to a client working Monday to Friday, 09:00-17:00, in Santiago or Havana.
/// </summary>
public class HandoffDstTests
{
    [Fact]
    public void The_day_of_a_handoff_and_a_saturday_due_date_are_read_in_santiago_where_sunday_begins_at_01_00()
    {
        // 6 September 2026: Santiago's clocks go from 00:00 -04 to 01:00 -03 at 04:00Z. At 03:59Z it is still Saturday
        // 5 September for the client, at 04:00Z already Sunday. A due date of Saturday 5 September ends when Sunday
        // begins, 01:00 -03, 04:00Z.
        var engagement = Scheduled(ThreeStages(TestSupport.Calendars.Madrid(), Weekdays("America/Santiago")).Build(), D("2026-09-04"), I("2026-09-01T08:00:00Z"))
            .Do(new StartStage(Brief, I("2026-09-04T07:00:00Z")));

        var refused = engagement.Refuses(new HandOff(Brief, I("2026-09-06T04:00:00Z"), dueBy: D("2026-09-05")));
        refused.Code.Should().Be("engagement.handoff.due-in-the-past");
        refused.Message.Should().Be("The due date 5 September 2026 is before the day of the handoff (6 September 2026 for Client).");

        engagement.Do(new HandOff(Brief, I("2026-09-06T03:59:00Z"), dueBy: D("2026-09-05")));
        engagement.State.Ball!.DueBy.Should().Be(D("2026-09-05"));
        engagement.State.Ball.DueAt.Should().Be(I("2026-09-06T04:00:00Z"));
        engagement.State.Handoffs[0].DueAt.Should().Be(I("2026-09-06T04:00:00Z"));
    }

    [Fact]
    public void A_saturday_due_date_in_havana_ends_at_the_first_of_two_midnights()
    {
        // 2 November 2025: Havana's clocks go back from 01:00 CDT to 00:00 CST at 05:00Z, so Sunday 00:00 happens at 04:00Z
        // and again at 05:00Z. A due date of Saturday 1 November ends at the first, and at 04:30Z (Sunday 00:30 CDT) it is
        // already Sunday for the client.
        var engagement = Scheduled(ThreeStages(TestSupport.Calendars.Madrid(), Weekdays("America/Havana")).Build(), D("2025-10-31"), I("2025-10-28T08:00:00Z"))
            .Do(new StartStage(Brief, I("2025-10-31T08:00:00Z")));

        engagement.Refuses(new HandOff(Brief, I("2025-11-02T04:30:00Z"), dueBy: D("2025-11-01"))).Code.Should().Be("engagement.handoff.due-in-the-past");

        engagement.Do(new HandOff(Brief, I("2025-11-02T03:59:00Z"), dueBy: D("2025-11-01")));
        engagement.State.Ball!.DueAt.Should().Be(I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void In_the_repeated_hour_before_santiagos_midnight_it_is_still_saturday_for_the_client()
    {
        // 5 April 2026: Santiago's clocks go back from Sunday 00:00 -03 to Saturday 23:00 -04 at 03:00Z. At 03:30Z it is
        // Saturday 23:30 (-04), the second pass: a due date of Saturday 4 April is not in the past, and it ends at Sunday
        // 00:00 -04, 04:00Z.
        var engagement = Scheduled(ThreeStages(TestSupport.Calendars.Madrid(), Weekdays("America/Santiago")).Build(), D("2026-04-02"), I("2026-03-30T08:00:00Z"))
            .Do(new StartStage(Brief, I("2026-04-02T07:00:00Z")))
            .Do(new HandOff(Brief, I("2026-04-05T03:30:00Z"), dueBy: D("2026-04-04")));

        engagement.State.Ball!.DueAt.Should().Be(I("2026-04-05T04:00:00Z"));
        engagement.State.Ball.Since.Should().Be(I("2026-04-06T13:00:00Z"), "the client's answer starts on Monday 6 April, 09:00 -04");
    }
}
