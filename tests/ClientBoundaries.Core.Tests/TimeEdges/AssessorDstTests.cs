using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
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
/// Lateness on the nights the clocks change (rules R13 and R16 of <see cref="TimeRules"/>): a rule at
/// threshold n falls due when the late party's n-th business day after the due date begins
/// (<c>Assessor</c>'s FallsDueAt), a stage is overdue once the end of its due date's working hours has
/// passed, business days late count the days whose hours had begun, and ball time counts business days
/// the same way (<c>EngagementState.BallTimeOf</c>). The Madrid studio hands its brief to a client whose
/// working day starts or ends at a midnight the clocks skip or repeat; the client's ladder is the docs'
/// default (<see cref="Policies.ClientStages"/>).
/// </summary>
public class AssessorDstTests
{
    private static readonly ObligationKey TheAnswer = ObligationKey.ForStage(Answer);

    private static EngagementDriver BriefHandedOver(BusinessCalendar client, string start, Instant handedOver) =>
        Scheduled(ThreeStages(TestSupport.Calendars.Madrid(), client).Build(), D(start), handedOver - Duration.FromDays(3))
            .Do(new StartStage(Brief, handedOver - Duration.FromHours(8)))
            .Do(new HandOff(Brief, handedOver));

    private static ObligationStanding AnswerAt(EngagementDriver engagement, Instant now) =>
        Assessor.Assess(engagement.State, now).Obligations.Single(o => o.Obligation == TheAnswer);

    [Fact]
    public void Rules_fall_due_when_a_day_begins_after_its_skipped_midnight_and_lateness_counts_from_there()
    {
        // The client works Sundays 00:00-04:00 in Santiago. The brief is handed over on Friday 4 September 2026 at 18:00 CEST
        // (16:00Z); the answer is due on Sunday 6 September, which begins at 01:00 -03 (04:00Z: 00:00-01:00 does not exist)
        // and ends at 04:00 -03 (07:00Z).
        var engagement = BriefHandedOver(Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)), "2026-09-04", I("2026-09-04T16:00:00Z"));

        // The friendly reminder (2 business days before) fell due when the ball arrived; the firm one (0) when the due day begins.
        Assessor.Assess(engagement.State, I("2026-09-06T03:59:00Z")).Reminders.Single().Rule.Should().Be(ConsequenceRule.Reminder(-2));
        var firm = Assessor.Assess(engagement.State, I("2026-09-06T04:00:00Z")).Reminders.Single();
        firm.Rule.Should().Be(ConsequenceRule.FirmReminder(0));
        firm.FallsDueAt.Should().Be(I("2026-09-06T04:00:00Z"));

        AnswerAt(engagement, I("2026-09-06T07:00:00Z")).Timeliness.Should().NotBe(Timeliness.Overdue, "07:00Z is the end of the due day itself");
        AnswerAt(engagement, I("2026-09-06T07:01:00Z")).Should().Match<ObligationStanding>(s => s.Timeliness == Timeliness.Overdue && s.BusinessDaysLate == 0);

        // One business day late once the next Sunday, 13 September, begins at 00:00 -03 (03:00Z); the escalation (5) comes when
        // the fifth Sunday after the due date, 11 October, begins: 00:00 -03, 03:00Z.
        AnswerAt(engagement, I("2026-09-13T02:59:00Z")).BusinessDaysLate.Should().Be(0);
        AnswerAt(engagement, I("2026-09-13T03:00:00Z")).BusinessDaysLate.Should().Be(1);
        Assessor.Assess(engagement.State, I("2026-10-11T02:59:00Z")).Consequences.Should().BeEmpty();
        Assessor.Assess(engagement.State, I("2026-10-11T03:00:00Z")).Consequences.Single().Should()
            .Match<DueConsequence>(c => c.Kind == ConsequenceKind.Escalation && c.FallsDueAt == I("2026-10-11T03:00:00Z") && c.BusinessDaysLate == 5);
    }

    [Fact]
    public void Ball_time_counts_a_sunday_that_began_at_01_00_from_its_first_instant()
    {
        // The same client holds the ball from Sunday 6 September 2026, 01:00 -03 (04:00Z), the start of its answer's day.
        // Up to 03:00Z on 13 September (that Sunday's first instant) it has had one business day; a minute later, two.
        var engagement = BriefHandedOver(Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)), "2026-09-04", I("2026-09-04T16:00:00Z"));

        engagement.State.Ball!.Since.Should().Be(I("2026-09-06T04:00:00Z"));
        engagement.State.BallTimeOf(PartyRole.Client, I("2026-09-13T03:00:00Z")).Should()
            .Match<BallTime>(b => b.BusinessDays == 1 && b.Elapsed == Duration.FromHours(167));
        engagement.State.BallTimeOf(PartyRole.Client, I("2026-09-13T03:01:00Z")).BusinessDays.Should().Be(2);
    }

    [Fact]
    public void A_saturday_whose_last_hour_happens_twice_is_not_overdue_until_sunday_begins()
    {
        // The client works Saturdays 18:00-24:00 in Santiago. Brief handed over on Thursday 2 April 2026, 18:00 CEST (16:00Z);
        // the answer is due Saturday 4 April, from 18:00 -03 (21:00Z, when the firm reminder falls due) to Sunday 00:00 -04
        // (04:00Z), 23:00-24:00 happening twice. At 03:30Z (23:30 -04, the second pass) it is not late yet.
        var engagement = BriefHandedOver(Weekly("America/Santiago", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2026-04-02", I("2026-04-02T16:00:00Z"));

        Assessor.Assess(engagement.State, I("2026-04-04T21:00:00Z")).Reminders.Single().Rule.Should().Be(ConsequenceRule.FirmReminder(0));
        AnswerAt(engagement, I("2026-04-05T03:30:00Z")).Timeliness.Should().NotBe(Timeliness.Overdue);
        AnswerAt(engagement, I("2026-04-05T04:01:00Z")).Timeliness.Should().Be(Timeliness.Overdue);

        // The client has held the ball from 21:00Z: by Sunday's first instant, seven hours and its one Saturday.
        engagement.State.BallTimeOf(PartyRole.Client, I("2026-04-05T04:00:00Z")).Should()
            .Match<BallTime>(b => b.BusinessDays == 1 && b.Elapsed == Duration.FromHours(7));

        // The fifth Saturday after, 9 May, begins at 18:00 -04 (22:00Z): the escalation.
        Assessor.Assess(engagement.State, I("2026-05-09T22:00:00Z")).Consequences.Single().Kind.Should().Be(ConsequenceKind.Escalation);
        Assessor.Assess(engagement.State, I("2026-05-09T21:59:00Z")).Consequences.Should().BeEmpty();
    }

    [Fact]
    public void A_saturday_before_a_doubled_midnight_is_overdue_from_the_first_one()
    {
        // The client works Saturdays 18:00-24:00 in Havana. Brief handed over on Friday 31 October 2025, 18:00 CET (17:00Z);
        // the answer is due Saturday 1 November, to the first Sunday 00:00 (CDT, 04:00Z). At 04:30Z, Sunday 00:30 CDT, it is late.
        var engagement = BriefHandedOver(Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2025-10-31", I("2025-10-31T17:00:00Z"));

        AnswerAt(engagement, I("2025-11-02T04:30:00Z")).Should().Match<ObligationStanding>(s => s.Timeliness == Timeliness.Overdue && s.DueAt == I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void A_weekday_that_begins_after_cairos_midnight_gap_has_its_reminder_at_01_00()
    {
        // A client in Cairo working nights, Monday to Friday 00:00-08:00. The brief is handed over on Thursday 23 April 2026,
        // 18:00 CEST (16:00Z), after Thursday's hours; Friday 24 April begins at 01:00 EEST (22:00Z on the 23rd), the clocks
        // going from 00:00 EET to 01:00 EEST. The answer is due that Friday, to 08:00 EEST (05:00Z).
        var engagement = BriefHandedOver(Weekdays("Africa/Cairo", Hours(0, 0, 8, 0)), "2026-04-23", I("2026-04-23T16:00:00Z"));

        engagement.State.Plan!.Stages[1].Start.Should().Be(D("2026-04-24"));
        engagement.State.Plan.Stages[1].DueAt.Should().Be(I("2026-04-24T05:00:00Z"));
        var firm = Assessor.Assess(engagement.State, I("2026-04-23T22:00:00Z")).Reminders.Single();
        firm.Rule.Should().Be(ConsequenceRule.FirmReminder(0));
        firm.FallsDueAt.Should().Be(I("2026-04-23T22:00:00Z"));
    }
}
