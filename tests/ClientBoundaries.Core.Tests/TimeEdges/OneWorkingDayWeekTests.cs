using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// A party that works one day a week: Wednesdays 09:00-17:00 in Madrid, with Madrid's holidays (rules R2, R7,
/// R8, R10, R13 and R14 of <see cref="TimeRules"/>). Wednesday 6 January 2027 is Epifanía, so the Wednesday after
/// 30 December 2026 is 13 January. Business days, working time, a plan, a reply commitment, check-ins and
/// lateness all step a week at a time.
/// </summary>
public class OneWorkingDayWeekTests
{
    private static readonly BusinessCalendar Wednesdays =
        TestSupport.Calendars.Madrid().WithWorkingWeek(WorkingWeek.Of(new[] { IsoDayOfWeek.Wednesday }, Hours(9, 0, 17, 0)));

    [Fact]
    public void Business_days_are_the_wednesdays_that_are_not_holidays()
    {
        Wednesdays.AddBusinessDays(D("2026-12-28"), 1).Should().Be(D("2026-12-30"));
        Wednesdays.AddBusinessDays(D("2026-12-30"), 1).Should().Be(D("2027-01-13"), "6 January is Epifanía");
        Wednesdays.AddBusinessDays(D("2026-12-30"), -1).Should().Be(D("2026-12-23"));
        Wednesdays.BusinessDaysBetween(D("2026-12-23"), D("2027-01-20")).Should().Be(3, "30 December, 13 and 20 January");

        // 2026 has 52 Wednesdays, from 7 January to 30 December, none of them a Madrid holiday: 51 after the first, then
        // 13 January 2027.
        Wednesdays.AddBusinessDays(D("2026-01-07"), 52).Should().Be(D("2027-01-13"));
        Wednesdays.BusinessDaysBetween(D("2026-01-07"), D("2027-01-13")).Should().Be(52);
    }

    [Fact]
    public void Working_time_is_eight_hours_a_week()
    {
        // Wednesday 30 December 2026 16:00 CET (15:00Z) plus two hours: one that day, one from 09:00 CET on 13 January.
        Wednesdays.AddWorkingTime(I("2026-12-30T15:00:00Z"), Duration.FromHours(2)).Should().Be(I("2027-01-13T09:00:00Z"));
        Wednesdays.WorkingTimeBetween(I("2026-12-21T00:00:00Z"), I("2027-01-21T00:00:00Z"))
            .Should().Be(Duration.FromHours(32), "23 and 30 December, 13 and 20 January");
        Wednesdays.IsWorkingTime(I("2026-12-31T10:00:00Z")).Should().BeFalse("a Thursday");
    }

    [Fact]
    public void A_plan_gives_a_one_day_a_week_client_its_wednesdays()
    {
        // The studio (Madrid, Monday to Friday) briefs on Monday 28 December 2026, handing over at 18:00 CET (17:00Z); the
        // client's three business days are 30 December, 13 and 20 January, due at 17:00 CET (16:00Z); the studio delivers on
        // Thursday 21 January.
        var agreement = new AgreementBuilder(new AgreementId("wednesdays"), "A job with a client who works Wednesdays")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", Wednesdays)
            .AddStage(Brief, "Brief", PartyRole.Provider, 1)
            .AddStage(Answer, "Answer", PartyRole.Client, 3)
            .AddStage(Deliver, "Deliver", PartyRole.Provider, 1)
            .Build();

        var plan = Scheduler.Plan(agreement, AgreementStatus.Signed, D("2026-12-28")).Value;

        plan.Stages.Select(s => (s.Start, s.Due)).Should().Equal(
            (D("2026-12-28"), D("2026-12-28")),
            (D("2026-12-30"), D("2027-01-20")),
            (D("2027-01-21"), D("2027-01-21")));
        plan.Stages[1].DueAt.Should().Be(I("2027-01-20T16:00:00Z"));
    }

    [Fact]
    public void A_reply_commitment_of_ten_business_hours_spans_two_working_wednesdays()
    {
        // Email within 10 business hours, written on Wednesday 23 December 2026 at 16:00 CET (15:00Z): one hour that day,
        // eight on 30 December, the last from 09:00 CET on 13 January.
        var hours = new ContactHours(Wednesdays, new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 10) }));

        hours.ReplyDueBy(Channel.Email, I("2026-12-23T15:00:00Z")).Should().Be(I("2027-01-13T09:00:00Z"));
    }

    [Fact]
    public void Check_ins_fall_on_the_working_wednesdays_whatever_the_cadence()
    {
        var span = (From: D("2026-12-21"), To: D("2027-01-20"));
        var expected = new[] { D("2026-12-23"), D("2026-12-30"), D("2027-01-13"), D("2027-01-20") };

        CheckInCadence.Every(1).OccurrencesBetween(Wednesdays, span.From, span.To).Should().Equal(expected);

        // Weekly on Monday: each Monday moves to the Wednesday after; 4 and 11 January both to the 13th, one check-in.
        CheckInCadence.Weekly(IsoDayOfWeek.Monday).OccurrencesBetween(Wednesdays, span.From, span.To).Should().Equal(expected);
    }

    [Fact]
    public void Lateness_is_counted_in_wednesdays()
    {
        // The client's one-day answer is due on Wednesday 30 December 2026, by 17:00 CET (16:00Z). The firm reminder comes at
        // 09:00 CET that day (08:00Z); one business day late on 13 January at 09:00 CET; the escalation (5) when the fifth
        // Wednesday after begins: 13, 20, 27 January, 3 and 10 February, 09:00 CET (08:00Z).
        var engagement = Scheduled(ThreeStages(TestSupport.Calendars.Madrid(), Wednesdays).Build(), D("2026-12-28"), I("2026-12-21T09:00:00Z"))
            .Do(new StartStage(Brief, I("2026-12-28T08:00:00Z")))
            .Do(new HandOff(Brief, I("2026-12-28T17:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-12-30T08:00:00Z")).Reminders.Single().Rule.Should().Be(ConsequenceRule.FirmReminder(0));
        var answer = ObligationKey.ForStage(Answer);
        Assessor.Assess(engagement.State, I("2027-01-13T07:59:00Z")).Obligations.Single(o => o.Obligation == answer).BusinessDaysLate.Should().Be(0);
        Assessor.Assess(engagement.State, I("2027-01-13T08:00:00Z")).Obligations.Single(o => o.Obligation == answer).BusinessDaysLate.Should().Be(1);
        Assessor.Assess(engagement.State, I("2027-02-10T08:00:00Z")).Consequences.Single().Should()
            .Match<DueConsequence>(c => c.Kind == ConsequenceKind.Escalation && c.FallsDueAt == I("2027-02-10T08:00:00Z"));
    }
}
