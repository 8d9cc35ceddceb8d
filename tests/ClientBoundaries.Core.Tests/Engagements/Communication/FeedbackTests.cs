using System;
using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Engagements.Communication;

/// <summary>
/// Feedback points in the engagement: after onboarding (the first stage done), at completion, and a
/// follow-up some calendar days later, each due within 2 of the provider's business days.
/// </summary>
public class FeedbackTests
{
    private static readonly FeedbackPolicy TwoWeekFollowUp = new(followUpAfterDays: 14);

    [Fact]
    public void The_follow_up_feedback_falls_due_thirty_days_after_completion_on_the_provider_next_business_day()
    {
        // Completed Friday 13 March; 30 days later is Sunday 12 April, so Monday 13 April at 09:00 in
        // Jakarta (02:00Z); the request is due 2 business days later, Wednesday 15 April 17:00 (10:00Z).
        var engagement = Feedbacks.Completed()
            .Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, Feedbacks.CompletedAt))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Feedbacks.CompletedAt));

        engagement.State.NextAttentionAt.Should().Be(I("2026-04-13T02:00:00Z"));
        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse("the follow-up is still to come");
        Assessor.Assess(engagement.State, I("2026-04-12T12:00:00Z")).Communication.Should().BeEmpty();
        Assessor.AssessMany(new[] { engagement.State }, I("2026-04-12T12:00:00Z")).Should().BeEmpty();
        var early = engagement.Refuses(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-04-12T12:00:00Z")));
        early.Code.Should().Be("feedback.not-due-yet");
        early.Message.Should().Be("The feedback in the follow-up after completion is not due yet: it comes on 13 April 2026 at 09:00 (Jakarta time).");

        var due = Assessor.AssessMany(new[] { engagement.State }, I("2026-04-13T02:00:00Z")).Should().ContainSingle().Subject
            .Communication.Should().ContainSingle().Subject.Should().BeOfType<CommunicationDue.FeedbackDue>().Subject;
        due.Point.Should().Be(FeedbackPoint.FollowUp);
        due.Since.Should().Be(I("2026-04-13T02:00:00Z"));
        due.DueAt.Should().Be(I("2026-04-15T10:00:00Z"));
        due.Channel.Should().Be(Channel.Email, "the client states no preference");
        due.Message.Should().Be("Ask Acme Bakery for feedback on how the work is doing, 30 days after completion, by 15 April 2026 at 17:00.");

        engagement
            .Do(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-04-14T03:00:00Z")))
            .Do(new ReceiveFeedback(FeedbackPoint.FollowUp, "Orders are up; the menu page needs a tweak", I("2026-04-20T08:00:00Z")));

        var answer = engagement.State.Communication.FeedbackAt(FeedbackPoint.FollowUp)!;
        answer.RequestedAt.Should().Be(I("2026-04-14T03:00:00Z"));
        answer.ReceivedAt.Should().Be(I("2026-04-20T08:00:00Z"));
        answer.Response.Should().Be("Orders are up; the menu page needs a tweak");
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void The_follow_up_comes_after_as_many_days_as_the_agreement_says()
    {
        // 14 days after Friday 13 March is Friday 27 March, a business day in Jakarta: 09:00 WIB, 02:00Z.
        var engagement = Feedbacks.Completed(job => job.WithFeedback(TwoWeekFollowUp))
            .Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, Feedbacks.CompletedAt))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Feedbacks.CompletedAt));

        engagement.State.NextAttentionAt.Should().Be(I("2026-03-27T02:00:00Z"));
    }

    [Fact]
    public void Onboarding_feedback_falls_due_when_the_first_stage_is_done_and_completion_feedback_when_the_work_is()
    {
        var handedOff = Feedbacks.HandedOff();
        var onboarding = Assessor.Assess(handedOff.State, Feedbacks.HandedOffAt).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.FeedbackDue>().Subject;
        onboarding.Point.Should().Be(FeedbackPoint.AfterOnboarding);
        onboarding.Since.Should().Be(Feedbacks.HandedOffAt);
        onboarding.DueAt.Should().Be(I("2026-03-10T10:00:00Z"), "Friday 6 March plus 2 business days is Tuesday 10 March, 17:00 in Jakarta");
        onboarding.Message.Should().Be("Ask Acme Bakery for feedback on how getting started went, by 10 March 2026 at 17:00.");

        var completed = Feedbacks.Completed();
        Assessor.Assess(completed.State, Feedbacks.CompletedAt).Communication.Cast<CommunicationDue.FeedbackDue>()
            .Select(f => (f.Point, f.DueAt, f.IsOverdue))
            .Should().Equal(
                (FeedbackPoint.AfterOnboarding, I("2026-03-10T10:00:00Z"), true),
                (FeedbackPoint.AtCompletion, I("2026-03-17T10:00:00Z"), false));
    }

    [Fact]
    public void Feedback_is_refused_when_it_was_not_agreed_has_not_come_or_was_not_asked()
    {
        var before = Feedbacks.HandedOff(Feedbacks.LogoJob().WithFeedback(new FeedbackPolicy(atCompletion: false)).Build());
        var notAgreed = before.Refuses(new RequestFeedback(FeedbackPoint.AtCompletion, I("2026-03-07T09:00:00Z")));
        notAgreed.Code.Should().Be("feedback.not-agreed");
        notAgreed.Message.Should().Be("The agreement does not ask for feedback at completion; it asks after onboarding, 30 days after completion.");

        var notAsked = before.Refuses(new ReceiveFeedback(FeedbackPoint.AfterOnboarding, "Smooth start", I("2026-03-07T09:00:00Z")));
        notAsked.Code.Should().Be("feedback.not-requested");
        before.Refuses(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-03-07T09:00:00Z")))
            .Message.Should().Be("The feedback in the follow-up after completion is not due yet: it comes once the engagement is completed.");

        before
            .Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, I("2026-03-07T09:00:00Z")))
            .Do(new ReceiveFeedback(FeedbackPoint.AfterOnboarding, "Smooth start", I("2026-03-08T09:00:00Z")));
        before.Refuses(new ReceiveFeedback(FeedbackPoint.AfterOnboarding, "Still smooth", I("2026-03-09T09:00:00Z"))).Code.Should().Be("feedback.already-received");

        var count = before.Events.Count;
        before.Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, I("2026-03-09T09:00:00Z"))).Events.Count.Should().Be(count, "asking twice changes nothing");

        var withoutPolicy = Feedbacks.HandedOff(new ClientBoundaries.Agreements.AgreementBuilder(new AgreementId("plain"), "Plain")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.JakartaOffice())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage(Feedbacks.Logo, "Design the logo", PartyRole.Provider, 5)
            .Build());
        withoutPolicy.Refuses(new RequestFeedback(FeedbackPoint.AfterOnboarding, I("2026-03-07T09:00:00Z")))
            .Message.Should().Be("The agreement does not ask for feedback after onboarding (AgreementBuilder.WithFeedback).");
        Assessor.Assess(withoutPolicy.State, I("2026-03-07T09:00:00Z")).Communication.Should().BeEmpty();
    }

    [Fact]
    public void An_engagement_ended_early_asks_for_no_completion_feedback()
    {
        var engagement = Feedbacks.HandedOff()
            .Do(new RequestFeedback(FeedbackPoint.AfterOnboarding, I("2026-03-07T09:00:00Z")))
            .Do(new Terminate(PartyRole.Client, "Rebranding cancelled", I("2026-03-09T09:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-06-01T09:00:00Z")).Communication.Should().BeEmpty();
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }

    [Fact]
    public void Onboarding_feedback_never_asked_before_an_early_end_is_not_asked_after_it()
    {
        var engagement = Feedbacks.HandedOff().Do(new Terminate(PartyRole.Client, "Rebranding cancelled", I("2026-03-09T09:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-03-09T10:00:00Z")).Communication.Should().BeEmpty();
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
        var refused = engagement.Refuses(new RequestFeedback(FeedbackPoint.AfterOnboarding, I("2026-03-09T10:00:00Z")));
        refused.Code.Should().Be("feedback.ended-early");
        refused.Message.Should().Be("The engagement was ended early, on 9 March 2026 at 16:00 (Jakarta time): no more feedback is asked for.");
    }

    [Fact]
    public void Feedback_points_near_the_end_of_the_calendar_are_never_listed_and_never_throw()
    {
        // Completed on 24 December 9999 in Jakarta: the follow-up would fall in year 10000.
        var engagement = new EngagementDriver()
            .Do(new Propose(Feedbacks.LogoJob().WithCheckIns(CheckInCadence.Every(1)).Build(), I("9999-11-01T09:00:00Z")))
            .Do(new Sign(I("9999-11-02T09:00:00Z")))
            .Do(new Schedule(D("9999-12-01"), I("9999-11-03T09:00:00Z")))
            .Do(new StartStage(Feedbacks.Logo, I("9999-12-01T02:00:00Z")))
            .Do(new HandOff(Feedbacks.Logo, I("9999-12-24T02:00:00Z")))
            .Do(new AcceptStage(Feedbacks.Logo, I("9999-12-24T03:00:00Z")))
            .Do(new Complete(I("9999-12-24T04:00:00Z")));

        // Due dates stop at year 9998, as everywhere in the library: in year 9999 nothing is listed, and nothing throws.
        Assessor.Assess(engagement.State, I("9999-12-31T12:00:00Z")).Communication.Should().BeEmpty();
        engagement.State.NextAttentionAt.Should().BeNull();
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void A_feedback_policy_asks_at_least_once_within_its_bounds()
    {
        FeedbackPolicy.Standard.Points.Should().Equal(FeedbackPoint.AfterOnboarding, FeedbackPoint.AtCompletion, FeedbackPoint.FollowUp);
        FeedbackPolicy.Standard.FollowUpAfterDays.Should().Be(30);
        FeedbackPolicy.Standard.RequestWithinBusinessDays.Should().Be(2);
        TwoWeekFollowUp.ToString().Should().Be("after onboarding, at completion, 14 days after completion");
        new FeedbackPolicy(afterOnboarding: false, followUpAfterDays: 0).Includes(FeedbackPoint.FollowUp).Should().BeFalse();

        FluentActions.Invoking(() => new FeedbackPolicy(followUpAfterDays: 367)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("followUpAfterDays");
        FluentActions.Invoking(() => new FeedbackPolicy(followUpAfterDays: -1)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("followUpAfterDays");
        FluentActions.Invoking(() => new FeedbackPolicy(requestWithinBusinessDays: 11)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("requestWithinBusinessDays");
        FluentActions.Invoking(() => new FeedbackPolicy(false, false, 0)).Should().Throw<ArgumentException>()
            .WithMessage("A feedback policy must ask at least once*");
        EqualityContract.Holds(new FeedbackPolicy(followUpAfterDays: 14), TwoWeekFollowUp, FeedbackPolicy.Standard, new FeedbackPolicy(requestWithinBusinessDays: 0));
    }

    [Fact]
    public void A_feedback_request_read_after_its_deadline_says_how_late_it_is()
    {
        var handedOff = Feedbacks.HandedOff();

        // Owed by 17:00 WIB on Tuesday 10 March; at 10:00 WIB on Friday 13 March, 11, 12 and 13 March have begun.
        Assessor.Assess(handedOff.State, I("2026-03-13T03:00:00Z")).Communication.Single().Message.Should().Be(
            "Ask Acme Bakery for feedback on how getting started went. It was owed by 10 March 2026 at 17:00 and is 3 business days late.");
    }
}
