using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Engagements.Communication;

/// <summary>
/// Check-ins in the engagement: weekly on Friday in the provider's Jakarta calendar from the plan's
/// start (Monday 2 March 2026), so 6 and 13 March, then 23 March (Friday 20 is Idul Fitri), 27 March,
/// and 6 April (Friday 3 is Good Friday). A check-in the day ended on with nothing recorded is missed.
/// </summary>
public class CheckInTrackingTests
{
    private static EngagementDriver WeeklyOnFriday() =>
        Talks.Scheduled(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Friday)).Build());

    [Fact]
    public void A_check_in_with_nothing_recorded_by_the_end_of_its_day_shows_as_missed_until_recorded()
    {
        var engagement = WeeklyOnFriday().Do(new RecordCheckIn(D("2026-03-06"), I("2026-03-06T10:00:00Z")));

        // Friday 13 March ends at 17:00 in Jakarta, 10:00Z: the check-in is missed from then.
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-13T10:00:00Z") + Duration.Epsilon);
        Assessor.Assess(engagement.State, I("2026-03-13T10:00:00Z")).Communication.Should().BeEmpty("the day is not over yet");

        var missed = Assessor.Assess(engagement.State, I("2026-03-14T03:00:00Z")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.CheckInMissed>().Subject;
        missed.Occurrence.Should().Be(D("2026-03-13"));
        missed.DueAt.Should().Be(I("2026-03-13T10:00:00Z"));
        missed.IsOverdue.Should().BeTrue();
        missed.Channel.Should().Be(Channel.Chat);
        missed.Message.Should().Be(
            "The check-in of 13 March 2026 with Acme Bakery was not recorded: hold it late, or record it as missed."
            + " Check-ins are weekly on Friday; offer Acme Bakery a new time with an agenda.");

        engagement.Do(new RecordCheckIn(D("2026-03-13"), I("2026-03-14T03:30:00Z"), "The client was at a trade fair"));

        engagement.State.Communication.MissedCheckIns.Should().Be(1);
        engagement.State.Communication.CheckInOn(D("2026-03-13"))!.Note.Should().Be("The client was at a trade fair");
        Assessor.Assess(engagement.State, I("2026-03-14T04:00:00Z")).HasAnythingDue.Should().BeFalse();
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-23T10:00:00Z") + Duration.Epsilon, "Friday 20 March is Idul Fitri, so the next is Monday 23");
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void Only_dates_of_the_cadence_that_have_come_can_be_recorded_once()
    {
        var engagement = WeeklyOnFriday().Do(new RecordCheckIn(D("2026-03-13"), I("2026-03-14T03:30:00Z"), "The client was at a trade fair"));
        var at = I("2026-03-14T04:00:00Z");

        var notOne = engagement.Refuses(new RecordCheckIn(D("2026-03-20"), at));
        notOne.Code.Should().Be("check-in.not-an-occurrence");
        notOne.Message.Should().Be("20 March 2026 is not a check-in of the cadence (weekly on Friday, from 2 March 2026, none while on hold); the open ones nearby are 23 March 2026, 27 March 2026.");

        var future = engagement.Refuses(new RecordCheckIn(D("2026-03-23"), at));
        future.Code.Should().Be("check-in.in-future");
        future.Message.Should().Be("The check-in of 23 March 2026 has not come yet (it is 14 March 2026 for Pixel & Pine Studio).");

        var twice = engagement.Refuses(new RecordCheckIn(D("2026-03-13"), at));
        twice.Code.Should().Be("check-in.already-recorded");
        twice.Message.Should().Be("The check-in of 13 March 2026 is already recorded as missed: The client was at a trade fair.");

        var count = engagement.Events.Count;
        engagement.Do(new RecordCheckIn(D("2026-03-13"), at, "The client was at a trade fair")).Events.Count.Should().Be(count, "the same record twice changes nothing");
    }

    [Fact]
    public void No_check_in_falls_on_a_day_the_engagement_was_on_hold()
    {
        // On hold from Wednesday 25 March 16:00 in Jakarta to Tuesday 31 March 15:00: Friday 27 was on hold at 09:00.
        var engagement = WeeklyOnFriday()
            .Do(new RecordCheckIn(D("2026-03-06"), I("2026-03-06T10:00:00Z")))
            .Do(new RecordCheckIn(D("2026-03-13"), I("2026-03-13T10:00:00Z")))
            .Do(new RecordCheckIn(D("2026-03-23"), I("2026-03-23T10:00:00Z")))
            .Do(new PauseWork(PartyRole.Client, "Waiting for the owner's approval", I("2026-03-25T09:00:00Z")))
            .Do(new ResumeWork(I("2026-03-31T08:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-04-02T03:00:00Z")).Communication.Should().BeEmpty();
        engagement.Refuses(new RecordCheckIn(D("2026-03-27"), I("2026-04-02T03:00:00Z"))).Code.Should().Be("check-in.not-an-occurrence");

        // Good Friday 3 April is a holiday in Jakarta: that week's check-in is on Monday 6 April.
        Assessor.Assess(engagement.State, I("2026-04-07T03:00:00Z")).Communication
            .Cast<CommunicationDue.CheckInMissed>().Select(c => c.Occurrence).Should().Equal(D("2026-04-06"));
    }

    [Fact]
    public void Without_a_cadence_or_a_plan_there_is_no_check_in_to_record()
    {
        Talks.Scheduled().Refuses(new RecordCheckIn(D("2026-03-06"), I("2026-03-06T10:00:00Z"))).Code.Should().Be("check-in.no-cadence");

        var signed = new EngagementDriver()
            .Do(new Propose(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Every(2)).Build(), I("2026-02-16T09:00:00Z")))
            .Do(new Sign(I("2026-02-18T09:00:00Z")));
        signed.Refuses(new RecordCheckIn(D("2026-02-18"), I("2026-02-18T10:00:00Z"))).Code.Should().Be("check-in.not-scheduled");
    }

    [Fact]
    public void A_completed_engagement_with_a_check_in_left_unrecorded_is_not_terminal_until_it_is()
    {
        // Every 10 business days from Monday 2 March: 2 March, then 16 March, after the completion on the 13th.
        var engagement = Feedbacks.Completed(job => job.WithFeedback(new FeedbackPolicy(followUpAfterDays: 0)).WithCheckIns(CheckInCadence.Every(10)))
            .Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, Feedbacks.CompletedAt))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Feedbacks.CompletedAt));

        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse("the check-in of 2 March was never recorded");
        var missed = Assessor.Assess(engagement.State, Feedbacks.CompletedAt).Communication.OfType<CommunicationDue.CheckInMissed>().Select(c => c.Occurrence);
        missed.Should().Equal(D("2026-03-02"));
        engagement.Do(new RecordCheckIn(D("2026-03-02"), Feedbacks.CompletedAt));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }

    [Fact]
    public void Force_majeure_recorded_later_skips_its_check_ins_and_moves_no_other()
    {
        // Every 2 business days in Jakarta from Monday 2 March: 2, 4, 6, 10, 12 March. Force majeure on 6 March, recorded on the 9th.
        var engagement = Talks.Scheduled(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Every(2)).Build())
            .Do(new RecordCheckIn(D("2026-03-02"), I("2026-03-02T10:00:00Z")))
            .Do(new RecordCheckIn(D("2026-03-04"), I("2026-03-04T10:00:00Z")))
            .Do(new RecordForceMajeure(PartyRole.Provider, "Flooding in Jakarta", D("2026-03-06"), D("2026-03-06"), I("2026-03-09T03:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-03-11T03:00:00Z")).Communication
            .Cast<CommunicationDue.CheckInMissed>().Select(c => c.Occurrence).Should().Equal(D("2026-03-10"));
        engagement.Refuses(new RecordCheckIn(D("2026-03-06"), I("2026-03-11T03:00:00Z"))).Code.Should().Be("check-in.not-an-occurrence");
    }

    [Fact]
    public void A_plan_starting_near_the_end_of_the_calendar_counts_check_ins_without_throwing()
    {
        var engagement = Talks.Scheduled(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Friday)).Build());
        var late = new EngagementDriver()
            .Do(new Propose(engagement.State.Agreement!, I("9990-02-01T09:00:00Z")))
            .Do(new Sign(I("9990-02-02T09:00:00Z")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), I("9990-02-03T09:00:00Z")))
            .Do(new Schedule(D("9990-03-02"), I("9990-02-03T10:00:00Z")));

        // 2 March 9990 is a Friday: its check-in and the next Friday's have ended by Monday 12 March.
        late.State.NextAttentionAt.Should().Be(I("9990-03-02T10:00:00Z") + Duration.Epsilon);
        Assessor.Assess(late.State, I("9990-03-12T03:00:00Z")).Communication
            .Cast<CommunicationDue.CheckInMissed>().Select(c => c.Occurrence).Should().Equal(D("9990-03-02"), D("9990-03-09"));
    }

    [Fact]
    public void While_a_pause_is_open_no_check_in_falls_due_and_resuming_counts_on()
    {
        var engagement = Talks.Scheduled(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Every(1)).Build())
            .Do(new PauseWork(PartyRole.Client, "Owner away", I("2026-03-01T12:00:00Z")));

        engagement.State.NextAttentionAt.Should().BeNull("the pause is open from before the first check-in");
        Assessor.Assess(engagement.State, I("2026-06-01T12:00:00Z")).Communication.Should().BeEmpty();

        engagement.Do(new ResumeWork(I("2026-03-10T01:00:00Z")));
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-10T10:00:00Z") + Duration.Epsilon, "Tuesday 10 March is the first day worked after the pause");
    }
}
