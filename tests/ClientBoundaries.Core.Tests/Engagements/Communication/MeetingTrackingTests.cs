using System;
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

/// <summary>Meetings in the engagement: booked under the policy, held, the recap owed until sent, overruns counted.</summary>
public class MeetingTrackingTests
{
    private static readonly MeetingId KickOff = new("kick-off");
    private static readonly string[] GoalsAndSitemap = { "goals", "Sitemap" };
    private static readonly string[] GoalsAndBudget = { "Goals", "Budget" };

    /// <summary>The kick-off, booked for Monday 2 March 10:00 Madrid (09:00Z, 16:00 in Jakarta), an hour by the policy's default.</summary>
    private static EngagementDriver KickOffBooked() =>
        Talks.Scheduled().Do(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, null, true, I("2026-02-25T09:00:00Z")));

    [Fact]
    public void A_held_meeting_owes_its_recap_by_the_next_provider_business_day_until_it_is_sent()
    {
        // It ran 7 minutes over, to 10:07Z: 17:07 on Monday in Jakarta. The recap is due 1 business day
        // later, at the end of Tuesday's working hours in Jakarta: 17:00 WIB, 10:00Z.
        var engagement = KickOffBooked()
            .Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:07:00Z"), GoalsAndSitemap, I("2026-03-02T10:30:00Z")));

        var meeting = engagement.State.Communication.FindMeeting(KickOff)!;
        meeting.Booked.Length.Should().Be(Duration.FromMinutes(60), "no length was given, so the policy's default");
        meeting.Held!.FollowUps.Should().Equal("Next steps");
        meeting.Held.RecapDueAt.Should().Be(I("2026-03-03T10:00:00Z"));
        meeting.IsRecapOwed.Should().BeTrue();
        engagement.State.Communication.OverrunMeetings.Should().Be(1);
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-02T10:07:00Z"), "the recap is owed from the meeting's end");

        var due = Assessor.Assess(engagement.State, I("2026-03-03T09:00:00Z")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.RecapOwed>().Subject;
        due.Meeting.Should().Be(KickOff);
        due.FollowUps.Should().Equal("Next steps");
        due.Party.Should().Be(PartyRole.Provider);
        due.Since.Should().Be(I("2026-03-02T10:07:00Z"));
        due.DueAt.Should().Be(I("2026-03-03T10:00:00Z"));
        due.IsOverdue.Should().BeFalse();
        due.Channel.Should().Be(Channel.Chat, "the client prefers chat");
        due.Message.Should().Be(
            "Send Acme Bakery the recap of the meeting of 2 March 2026 at 16:00 (\"Goals\") by 3 March 2026 at 17:00."
            + " Write down what was agreed, and carry the items not covered as follow-ups: Next steps.");

        Assessor.Assess(engagement.State, I("2026-03-03T10:00:00Z")).Communication.Single().IsOverdue.Should().BeFalse("17:00 itself is still on time");
        Assessor.Assess(engagement.State, I("2026-03-03T10:00:01Z")).Communication.Single().IsOverdue.Should().BeTrue();

        engagement.Do(new RecordRecapSent(KickOff, I("2026-03-03T11:00:00Z")));

        engagement.State.Communication.FindMeeting(KickOff)!.WasRecapLate.Should().BeTrue("it went an hour after 17:00 in Jakarta");
        engagement.State.NextAttentionAt.Should().BeNull();
        Assessor.Assess(engagement.State, I("2026-03-03T11:00:00Z")).HasAnythingDue.Should().BeFalse();
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void A_short_message_leaves_out_the_follow_up_items_and_a_meeting_on_time_is_no_overrun()
    {
        var agreement = Talks.JakartaAndMadrid().WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short)).Build();
        var engagement = Talks.Scheduled(agreement)
            .Do(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, Duration.FromMinutes(90), false, I("2026-02-25T09:00:00Z")))
            .Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:05:00Z"), I("2026-03-02T10:30:00Z"), Talks.KickOffAgenda, I("2026-03-02T10:30:00Z")));

        engagement.State.Communication.OverrunMeetings.Should().Be(0, "it ended at its booked end");
        var due = Assessor.Assess(engagement.State, I("2026-03-02T11:00:00Z")).Communication.Single();
        due.Channel.Should().Be(Channel.Email);
        due.Message.Should().Be("Send Acme Bakery the recap of the meeting of 2 March 2026 at 16:05 (\"Goals\") by 3 March 2026 at 17:00.");
    }

    [Fact]
    public void A_meeting_longer_than_the_policy_allows_is_refused_as_a_violation()
    {
        var violation = Talks.Scheduled().Refuses(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, Duration.FromMinutes(120), false, I("2026-02-25T09:00:00Z")));

        violation.Code.Should().Be("meeting.too-long");
        violation.Message.Should().Be("A meeting of 120 minutes is longer than the 90 the agreement allows; split the agenda over two meetings.");
    }

    [Fact]
    public void Recording_a_meeting_is_refused_when_it_does_not_fit_what_was_booked()
    {
        var engagement = KickOffBooked();
        var at = I("2026-03-02T11:00:00Z");

        engagement.Refuses(new BookMeeting(KickOff, I("2026-03-09T09:00:00Z"), Talks.KickOffAgenda, null, false, at)).Code.Should().Be("meeting.duplicate");
        engagement.Refuses(new RecordRecapSent(KickOff, at)).Code.Should().Be("meeting.not-held");
        var unknown = engagement.Refuses(new RecordRecapSent(new MeetingId("review"), at));
        unknown.Code.Should().Be("meeting.unknown");
        unknown.Message.Should().Be("No meeting 'review' is booked in this engagement; the meetings are kick-off.");
        var offAgenda = engagement.Refuses(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), GoalsAndBudget, at));
        offAgenda.Code.Should().Be("meeting.not-on-agenda");
        offAgenda.Message.Should().Be("\"Budget\" is not on the agenda of 'kick-off', which is \"Goals\", \"Sitemap\", \"Next steps\".");

        engagement.Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), GoalsAndSitemap, at));
        engagement.Refuses(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), GoalsAndSitemap, at)).Code.Should().Be("meeting.already-held");
        engagement.Refuses(new CancelMeeting(KickOff, "Client ill", at)).Code.Should().Be("meeting.already-held");

        var sent = engagement.Do(new RecordRecapSent(KickOff, at)).Events.Count;
        engagement.Do(new RecordRecapSent(KickOff, at)).Events.Count.Should().Be(sent, "recording the same recap twice changes nothing");
    }

    [Fact]
    public void A_cancelled_meeting_owes_nothing_and_cannot_be_recorded_as_held()
    {
        var engagement = KickOffBooked().Do(new CancelMeeting(KickOff, "The client is ill", I("2026-03-02T08:00:00Z")));

        var meeting = engagement.State.Communication.FindMeeting(KickOff)!;
        meeting.CancelledAt.Should().Be(I("2026-03-02T08:00:00Z"));
        meeting.CancellationReason.Should().Be("The client is ill");
        engagement.Refuses(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), GoalsAndSitemap, I("2026-03-02T10:00:00Z")))
            .Code.Should().Be("meeting.cancelled");
        Assessor.Assess(engagement.State, I("2026-03-10T10:00:00Z")).Communication.Should().BeEmpty();
    }

    [Fact]
    public void Overrunning_meetings_are_counted_per_engagement()
    {
        var engagement = Talks.Scheduled();
        var starts = new[] { "2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z", "2026-03-04T09:00:00Z" };
        var ends = new[] { "2026-03-02T10:15:00Z", "2026-03-03T09:45:00Z", "2026-03-04T10:00:01Z" };
        for (var i = 0; i < starts.Length; i++)
        {
            var id = new MeetingId($"weekly-{i}");
            engagement
                .Do(new BookMeeting(id, I(starts[i]), Talks.KickOffAgenda, null, false, I(starts[i]) - Duration.FromHours(1)))
                .Do(new RecordMeetingHeld(id, I(starts[i]), I(ends[i]), Talks.KickOffAgenda, I(ends[i])));
        }

        engagement.State.Communication.OverrunMeetings.Should().Be(2, "the first ran 15 minutes over and the third one second; the second ended early");
    }

    [Fact]
    public void No_meeting_is_booked_once_the_engagement_is_terminated()
    {
        var engagement = Talks.Scheduled().Do(new Terminate(PartyRole.Client, "Budget cut", I("2026-03-01T09:00:00Z")));

        engagement.Refuses(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-03-01T10:00:00Z")))
            .Code.Should().Be("engagement.not-allowed-in-phase");
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        var at = I("2026-03-02T10:00:00Z");
        FluentActions.Invoking(() => new BookMeeting(KickOff, at, Array.Empty<string>(), null, false, at))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("agenda");
        FluentActions.Invoking(() => new BookMeeting(KickOff, at, Talks.KickOffAgenda, Duration.Zero, false, at))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("length");
        FluentActions.Invoking(() => new RecordMeetingHeld(KickOff, at, at, Talks.KickOffAgenda, at))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("A meeting must end after it starts*").Which.ParamName.Should().Be("endedAt");
        FluentActions.Invoking(() => new RecordMeetingHeld(KickOff, at, at + Duration.FromHours(1), Talks.KickOffAgenda, at))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*after it is recorded*").Which.ParamName.Should().Be("endedAt");
        FluentActions.Invoking(() => new CancelMeeting(KickOff, " ", at)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
    }

    [Fact]
    public void A_meeting_still_to_be_held_keeps_a_finished_engagement_open_and_a_terminal_one_takes_no_more()
    {
        var engagement = Feedbacks.Completed(job => job.WithFeedback(new FeedbackPolicy(atCompletion: true, afterOnboarding: false, followUpAfterDays: 0)))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Feedbacks.CompletedAt));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
        engagement.Refuses(new BookMeeting(KickOff, I("2026-03-20T09:00:00Z"), Talks.KickOffAgenda, null, false, Feedbacks.CompletedAt))
            .Code.Should().Be("engagement.not-allowed-in-phase");
        engagement.Refuses(new RecordIncident(new IncidentId("late-files"), "Files late", "None", "Sorry", D("2026-03-20"), Feedbacks.CompletedAt))
            .Code.Should().Be("engagement.not-allowed-in-phase");

        var open = Feedbacks.HandedOff(Feedbacks.LogoJob().WithFeedback(new FeedbackPolicy(afterOnboarding: false, followUpAfterDays: 0)).Build())
            .Do(new BookMeeting(KickOff, I("2026-03-20T09:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-03-07T09:00:00Z")))
            .Do(new AcceptStage(Feedbacks.Logo, I("2026-03-13T08:00:00Z")))
            .Do(new Complete(Feedbacks.CompletedAt))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Feedbacks.CompletedAt));
        EngagementDecider.IsTerminal(open.State).Should().BeFalse("the meeting of 20 March is booked and not yet held");
        open.Do(new CancelMeeting(KickOff, "Nothing left to discuss", I("2026-03-14T09:00:00Z")));
        EngagementDecider.IsTerminal(open.State).Should().BeTrue();
    }

    [Fact]
    public void A_recap_read_after_its_deadline_says_how_late_it_is_instead_of_a_deadline_gone_by()
    {
        var engagement = KickOffBooked()
            .Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:07:00Z"), GoalsAndSitemap, I("2026-03-02T10:30:00Z")));

        // Owed by 17:00 WIB on Tuesday 3 March; at 11:00 WIB on Thursday 5 March, Wednesday 4 and Thursday 5 have begun.
        Assessor.Assess(engagement.State, I("2026-03-05T04:00:00Z")).Communication.Single().Message.Should().Be(
            "Send Acme Bakery the recap of the meeting of 2 March 2026 at 16:00 (\"Goals\"). It was owed by 3 March 2026 at 17:00 and is 2 business days late."
            + " Write down what was agreed, and carry the items not covered as follow-ups: Next steps.");

        // At 18:00 WIB the same Tuesday the deadline has passed, but no business day has begun since.
        Assessor.Assess(engagement.State, I("2026-03-03T11:00:00Z")).Communication.Single().Message.Should().StartWith(
            "Send Acme Bakery the recap of the meeting of 2 March 2026 at 16:00 (\"Goals\"). It was owed by 3 March 2026 at 17:00. Write down");
    }
}
