using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Scheduling;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Plans whose stages fall on the nights the clocks change (rule R14 of <see cref="TimeRules"/>):
/// <c>Scheduler.Plan</c> dates each stage in its owner's calendar, due at the end of its working day
/// (<c>PlannedStage.DueAt</c>), handed over at that moment (<c>PlannedHandoff.At</c>), and the next
/// stage starts on the receiver's first business day whose hours begin at or after it. The provider is
/// the Madrid studio (09:00-14:00, 15:00-18:00); the client works one evening or one night a week in
/// Santiago or Havana, where the clocks change at midnight. Transitions as in <see cref="WorkingTimeDstTests"/>.
/// </summary>
public class SchedulerDstTests
{
    private static Plan PlanOf(BusinessCalendar client, string start) =>
        Scheduler.Plan(ThreeStages(TestSupport.Calendars.Madrid(), client).Build(), AgreementStatus.Signed, D(start)).Value;

    [Fact]
    public void A_client_stage_on_a_day_whose_midnight_is_skipped_starts_when_the_day_does_and_hands_back_at_its_end()
    {
        // The brief: Friday 4 September 2026, handed over at 18:00 CEST (16:00Z). The client works Sundays 00:00-04:00 in
        // Santiago; Sunday 6 September begins at 01:00 -03 (04:00Z), so its answer is that day, due at 04:00 -03 (07:00Z).
        // The studio's next day beginning after that is Monday 7 September, 09:00 CEST (07:00Z that day).
        var plan = PlanOf(Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)), "2026-09-04");

        plan.Stages.Select(s => (s.Start, s.Due, s.DueAt)).Should().Equal(
            (D("2026-09-04"), D("2026-09-04"), I("2026-09-04T16:00:00Z")),
            (D("2026-09-06"), D("2026-09-06"), I("2026-09-06T07:00:00Z")),
            (D("2026-09-07"), D("2026-09-07"), I("2026-09-07T16:00:00Z")));
        plan.Handoffs.Select(h => (h.AfterStage, h.At)).Should().Equal(
            (Brief, I("2026-09-04T16:00:00Z")),
            (Answer, I("2026-09-06T07:00:00Z")),
            (Deliver, I("2026-09-07T16:00:00Z")));
    }

    [Fact]
    public void A_client_stage_on_a_saturday_whose_last_hour_happens_twice_is_due_when_sunday_begins()
    {
        // The brief: Thursday 2 April 2026 (Friday 3 is Good Friday in Madrid), handed over at 18:00 CEST (16:00Z). The
        // client works Saturdays 18:00-24:00 in Santiago: Saturday 4 April from 18:00 -03 (21:00Z) to Sunday 00:00 -04
        // (04:00Z on the 5th), seven hours, since 23:00-24:00 happens twice. The studio then starts on Monday 6 April.
        var plan = PlanOf(Weekly("America/Santiago", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2026-04-02");

        plan.Stages.Select(s => (s.Start, s.DueAt)).Should().Equal(
            (D("2026-04-02"), I("2026-04-02T16:00:00Z")),
            (D("2026-04-04"), I("2026-04-05T04:00:00Z")),
            (D("2026-04-06"), I("2026-04-06T16:00:00Z")));
    }

    [Fact]
    public void A_client_stage_on_a_saturday_before_a_doubled_midnight_is_due_at_the_first_one()
    {
        // The brief: Friday 31 October 2025, handed over at 18:00 CET (17:00Z). The client works Saturdays 18:00-24:00 in
        // Havana: Saturday 1 November from 18:00 CDT (22:00Z) to the first Sunday 00:00, CDT, 04:00Z on the 2nd (at 05:00Z
        // the clocks go back from 01:00 CDT to 00:00 CST). The studio starts on Monday 3 November.
        var plan = PlanOf(Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2025-10-31");

        plan.Stages.Select(s => (s.Start, s.DueAt)).Should().Equal(
            (D("2025-10-31"), I("2025-10-31T17:00:00Z")),
            (D("2025-11-01"), I("2025-11-02T04:00:00Z")),
            (D("2025-11-03"), I("2025-11-03T17:00:00Z")));
        plan.Handoffs[1].At.Should().Be(I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void A_handoff_at_the_very_minute_a_day_begins_after_a_skipped_midnight_leaves_the_receiver_that_whole_day()
    {
        // The client works Sundays 00:00-04:00 in Santiago and the studio, for once, Saturdays 09:00-24:00 in Santiago too
        // (one zone, one edge). The brief on Saturday 5 September 2026 ends at 24:00, which is Sunday's first instant,
        // 01:00 -03 (04:00Z): the very moment the client's day begins, so the client starts that Sunday.
        var studio = Weekly("America/Santiago", IsoDayOfWeek.Saturday, Hours(9, 0, 0, 0));
        var client = Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0));

        var plan = Scheduler.Plan(ThreeStages(studio, client).Build(), AgreementStatus.Signed, D("2026-09-05")).Value;

        plan.Stages[0].DueAt.Should().Be(I("2026-09-06T04:00:00Z"));
        plan.Stages[1].Start.Should().Be(D("2026-09-06"));
        plan.Stages[1].DueAt.Should().Be(I("2026-09-06T07:00:00Z"));
        plan.Stages[2].Start.Should().Be(D("2026-09-12"));
    }
}
