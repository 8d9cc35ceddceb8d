using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
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
/// What the assessment lists about how the two sides talk, on the nights the clocks change (rules R10, R11,
/// R18 and R19 of <see cref="TimeRules"/>): a check-in of the cadence missed from the end of the provider's
/// working day, feedback from the provider's first working hour on its day and due at the end of one, a
/// follow-through listed from its day's first working hour, a reply owed in the provider's hours. The
/// provider works one night a week, Sundays 00:00-04:00 in Santiago (whose Sunday 6 September 2026 begins at
/// 01:00 -03, 04:00Z) or Saturdays 18:00-24:00 in Havana (whose Saturday 1 November 2025 ends at the first of two
/// Sunday midnights, 04:00Z); the client is in Madrid.
/// </summary>
public class CommunicationAgendaDstTests
{
    private static readonly BusinessCalendar SantiagoSundays = Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0));
    private static readonly BusinessCalendar HavanaSaturdays = Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0));
    private static readonly StageKey Logo = new("logo");
    private static readonly IncidentId Outage = new("outage");
    private static readonly MessageId Question = new("question");

    private static EngagementDriver WithCheckIns(BusinessCalendar provider, IsoDayOfWeek day, string start) =>
        Scheduled(ThreeStages(provider, TestSupport.Calendars.Madrid()).WithCheckIns(CheckInCadence.Weekly(day)).Build(), D(start), I(start + "T00:00:00Z") - Duration.FromDays(3));

    [Fact]
    public void A_check_in_on_a_day_that_began_at_01_00_is_recordable_from_then_and_missed_after_its_04_00_end()
    {
        // Weekly on Sunday from Sunday 30 August 2026; the first is held. The next, Sunday 6 September, is the provider's
        // date from 04:00Z (at 03:59Z it is still Saturday 23:59 -04), and missed once its hours end at 04:00 -03 (07:00Z).
        var engagement = WithCheckIns(SantiagoSundays, IsoDayOfWeek.Sunday, "2026-08-30")
            .Do(new RecordCheckIn(D("2026-08-30"), I("2026-08-30T05:00:00Z")));

        engagement.Refuses(new RecordCheckIn(D("2026-09-06"), I("2026-09-06T03:59:00Z"))).Code.Should().Be("check-in.in-future");
        engagement.State.NextAttentionAt.Should().Be(I("2026-09-06T07:00:00Z") + Duration.Epsilon);
        Assessor.Assess(engagement.State, I("2026-09-06T07:00:00Z")).Communication.Should().BeEmpty();
        var missed = Assessor.Assess(engagement.State, I("2026-09-06T07:01:00Z")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.CheckInMissed>().Subject;
        missed.Occurrence.Should().Be(D("2026-09-06"));
        missed.DueAt.Should().Be(I("2026-09-06T07:00:00Z"));
        engagement.Do(new RecordCheckIn(D("2026-09-06"), I("2026-09-06T04:00:00Z")));
    }

    [Fact]
    public void A_check_in_on_a_saturday_that_ends_at_a_doubled_midnight_is_missed_from_the_first_one()
    {
        // Weekly on Saturday from Saturday 25 October 2025, the first held. Saturday 1 November ends at the first Sunday
        // 00:00 (CDT, 04:00Z): at 04:30Z, Sunday 00:30 CDT, the check-in is missed.
        var engagement = WithCheckIns(HavanaSaturdays, IsoDayOfWeek.Saturday, "2025-10-25")
            .Do(new RecordCheckIn(D("2025-10-25"), I("2025-10-25T23:00:00Z")));

        engagement.State.NextAttentionAt.Should().Be(I("2025-11-02T04:00:00Z") + Duration.Epsilon);
        Assessor.Assess(engagement.State, I("2025-11-02T04:30:00Z")).Communication.Should().ContainSingle()
            .Which.Should().BeOfType<CommunicationDue.CheckInMissed>().Which.DueAt.Should().Be(I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void A_check_in_on_a_madrid_sunday_whose_hours_end_in_the_repeated_hour_is_missed_after_the_second_pass()
    {
        // Sundays 00:00-02:30 in Madrid, weekly on Sunday from 18 October 2026. On 25 October 02:30 happens at 00:30Z (CEST)
        // and at 01:30Z (CET): the day's hours end at the second, so the check-in is missed from 01:30Z.
        var engagement = WithCheckIns(Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, Hours(0, 0, 2, 30)), IsoDayOfWeek.Sunday, "2026-10-18")
            .Do(new RecordCheckIn(D("2026-10-18"), I("2026-10-18T00:00:00Z")));

        engagement.State.NextAttentionAt.Should().Be(I("2026-10-25T01:30:00Z") + Duration.Epsilon);
        Assessor.Assess(engagement.State, I("2026-10-25T01:00:00Z")).Communication.Should().BeEmpty("02:00 CET, the second pass, is still that day's hours");
    }

    private static EngagementDriver Completed(BusinessCalendar provider, string schedule, Instant started, Instant handedOff, Instant completed) =>
        Scheduled(
                new AgreementBuilder(new AgreementId("edge-logo"), "A logo across the clock changes")
                    .WithProvider("Studio", provider)
                    .WithClient("Client", TestSupport.Calendars.Madrid())
                    .AddStage(Logo, "Logo", PartyRole.Provider, 1)
                    .WithFeedback(new FeedbackPolicy(afterOnboarding: false, atCompletion: false, followUpAfterDays: 28, requestWithinBusinessDays: 0))
                    .Build(),
                D(schedule),
                started - Duration.FromDays(3))
            .Do(new StartStage(Logo, started))
            .Do(new HandOff(Logo, handedOff))
            .Do(new AcceptStage(Logo, completed));

    [Fact]
    public void Follow_up_feedback_on_a_day_whose_midnight_is_skipped_comes_at_01_00_and_is_due_at_04_00()
    {
        // Completed on Sunday 9 August 2026 at 01:00 -04 (05:00Z); 28 days later is Sunday 6 September, whose first working
        // hour is 01:00 -03 (04:00Z), the day beginning then; asked the same business day, by 04:00 -03 (07:00Z).
        var engagement = Completed(SantiagoSundays, "2026-08-02", I("2026-08-02T05:00:00Z"), I("2026-08-02T07:00:00Z"), I("2026-08-09T05:00:00Z"));

        engagement.State.NextAttentionAt.Should().Be(I("2026-09-06T04:00:00Z"));
        engagement.Refuses(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-09-06T03:59:00Z"))).Code.Should().Be("feedback.not-due-yet");
        var due = Assessor.Assess(engagement.State, I("2026-09-06T04:00:00Z")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.FeedbackDue>().Subject;
        due.Since.Should().Be(I("2026-09-06T04:00:00Z"));
        due.DueAt.Should().Be(I("2026-09-06T07:00:00Z"));
        engagement.Do(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-09-06T04:00:00Z")));
    }

    [Fact]
    public void Follow_up_feedback_due_on_a_saturday_before_a_doubled_midnight_is_overdue_from_the_first_one()
    {
        // Completed on Saturday 4 October 2025 at 19:45 CDT (23:45Z); 28 days later is Saturday 1 November, from 18:00 CDT
        // (22:00Z) to the first Sunday 00:00 (04:00Z).
        var engagement = Completed(HavanaSaturdays, "2025-10-04", I("2025-10-04T22:00:00Z"), I("2025-10-04T23:00:00Z"), I("2025-10-04T23:45:00Z"));

        engagement.State.NextAttentionAt.Should().Be(I("2025-11-01T22:00:00Z"));
        var due = Assessor.Assess(engagement.State, I("2025-11-02T04:30:00Z")).Communication.Should().ContainSingle().Subject;
        due.DueAt.Should().Be(I("2025-11-02T04:00:00Z"));
        due.IsOverdue.Should().BeTrue();
    }

    [Fact]
    public void Feedback_due_at_a_midnight_that_ends_its_day_is_late_by_the_days_after_that_day()
    {
        // Every day 18:00-24:00 in Havana: due on Saturday 1 November 2025, its hours ending at the first Sunday 00:00 (04:00Z).
        // Read on Sunday 2 November at 19:00 CST (00:00Z on the 3rd), Sunday's hours have begun: 1 business day late, though
        // the deadline itself is already Sunday's date.
        var engagement = Completed(EveryDay("America/Havana", Hours(18, 0, 0, 0)), "2025-10-04", I("2025-10-04T22:00:00Z"), I("2025-10-04T23:00:00Z"), I("2025-10-04T23:45:00Z"));

        var due = Assessor.Assess(engagement.State, I("2025-11-03T00:00:00Z")).Communication.Should().ContainSingle().Subject;

        due.DueAt.Should().Be(I("2025-11-02T04:00:00Z"));
        due.Message.Should().EndWith("It was owed by 2 November 2025 at 00:00 and is 1 business day late.");
    }

    [Fact]
    public void A_follow_through_is_listed_from_its_days_first_working_hour_and_due_at_its_end_on_both_edges()
    {
        // Santiago, due Sunday 6 September 2026: listed from 01:00 -03 (04:00Z), due at 04:00 -03 (07:00Z).
        var santiago = WithCheckIns(SantiagoSundays, IsoDayOfWeek.Sunday, "2026-08-30")
            .Do(new RecordCheckIn(D("2026-08-30"), I("2026-08-30T05:00:00Z")))
            .Do(new RecordIncident(Outage, "The site was down", "No orders", "A credit", D("2026-09-06"), I("2026-08-30T06:00:00Z")))
            .Do(new RecordCheckIn(D("2026-09-06"), I("2026-09-06T05:00:00Z"), "Nothing to discuss"));
        var listed = Assessor.Assess(santiago.State, I("2026-09-06T06:00:00Z")).Communication.OfType<CommunicationDue.FollowThroughDue>().Single();
        listed.Since.Should().Be(I("2026-09-06T04:00:00Z"));
        listed.DueAt.Should().Be(I("2026-09-06T07:00:00Z"));

        // Havana, due Saturday 1 November 2025: listed from 18:00 CDT (22:00Z), due at the first Sunday 00:00 (04:00Z).
        var havana = WithCheckIns(HavanaSaturdays, IsoDayOfWeek.Saturday, "2025-10-25")
            .Do(new RecordCheckIn(D("2025-10-25"), I("2025-10-25T23:00:00Z")))
            .Do(new RecordIncident(Outage, "The site was down", "No orders", "A credit", D("2025-11-01"), I("2025-10-25T23:30:00Z")))
            .Do(new RecordCheckIn(D("2025-11-01"), I("2025-11-01T23:00:00Z")));
        var open = Assessor.Assess(havana.State, I("2025-11-01T22:00:00Z")).Communication.OfType<CommunicationDue.FollowThroughDue>().Single();
        open.Since.Should().Be(I("2025-11-01T22:00:00Z"));
        open.DueAt.Should().Be(I("2025-11-02T04:00:00Z"));
    }

    [Fact]
    public void A_reply_owed_in_the_providers_night_hours_counts_from_when_they_open_on_both_edges()
    {
        var email = new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 2) });

        // Santiago: an email on Saturday 5 September 2026 at 22:00 -04 (02:00Z on the 6th) waits for Sunday's hours, which
        // open at 01:00 -03 (04:00Z); due two hours later, 06:00Z, on Sunday 6 September.
        var santiago = Scheduled(ThreeStages(SantiagoSundays, TestSupport.Calendars.Madrid()).WithContactPolicy(PartyRole.Provider, email).Build(), D("2026-08-30"), I("2026-08-27T00:00:00Z"))
            .Do(new RecordMessage(Question, PartyRole.Client, Channel.Email, I("2026-09-06T02:00:00Z")));
        var owed = Assessor.Assess(santiago.State, I("2026-09-06T02:00:00Z")).Obligations.Single(o => o.Obligation == ObligationKey.Reply(Question));
        (owed.Due, owed.DueAt).Should().Be((D("2026-09-06"), I("2026-09-06T06:00:00Z")));

        // Havana: an email on Saturday 1 November 2025 at 23:00 CDT (03:00Z on the 2nd) gets an hour that night, to the first
        // Sunday 00:00 (04:00Z), and the other from 18:00 CST on Saturday 8 November (23:00Z): due 00:00Z on the 9th,
        // Saturday 8 November's hours.
        var havana = Scheduled(ThreeStages(HavanaSaturdays, TestSupport.Calendars.Madrid()).WithContactPolicy(PartyRole.Provider, email).Build(), D("2025-10-25"), I("2025-10-22T00:00:00Z"))
            .Do(new RecordMessage(Question, PartyRole.Client, Channel.Email, I("2025-11-02T03:00:00Z")));
        var night = Assessor.Assess(havana.State, I("2025-11-02T03:00:00Z")).Obligations.Single(o => o.Obligation == ObligationKey.Reply(Question));
        (night.Due, night.DueAt).Should().Be((D("2025-11-08"), I("2025-11-09T00:00:00Z")));
    }
}
