using System;
using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
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
/// Replies in the engagement: the provider in Jakarta answers email within 8 working hours, the
/// client in Madrid answers chat within 2; a reply owed is an obligation of the recipient, read
/// against its reply ladder, and a late reply counts against it.
/// </summary>
public class ReplyTrackingTests
{
    private static readonly MessageId MenuQuestion = new("menu-question");
    private static readonly ObligationKey MenuReply = ObligationKey.Reply(MenuQuestion);

    private static readonly ContactPolicy ProviderAnswersEmail = new(
        new[] { Channel.Email, Channel.Chat, Channel.VideoCall }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) });

    private static readonly ContactPolicy ClientAnswersChat = new(
        new[] { Channel.Email, Channel.Chat }, new[] { ResponseCommitment.WithinHours(Channel.Chat, 2) });

    private static readonly ConsequenceLadder ChaseSlowReplies =
        new(0, new[] { ConsequenceRule.Reminder(0), ConsequenceRule.FirmReminder(1), ConsequenceRule.Escalation(2, "studio director") });

    private static EngagementDriver Engagement() =>
        Talks.Scheduled(Talks.JakartaAndMadrid()
            .WithContactPolicy(PartyRole.Provider, ProviderAnswersEmail)
            .WithContactPolicy(PartyRole.Client, ClientAnswersChat)
            .WithConsequencePolicy(PartyRole.Provider, ConsequencePolicy.None.WithReplyLadder(ChaseSlowReplies))
            .Build());

    [Fact]
    public void An_email_on_friday_afternoon_in_jakarta_is_owed_a_reply_on_monday_and_its_lateness_feeds_the_reply_ladder()
    {
        // Friday 6 March 16:30 WIB (09:30Z): half an hour left that day, 7.5 hours on Monday, so 16:30 WIB Monday (09:30Z).
        var engagement = Engagement().Do(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")));

        var message = engagement.State.Communication.FindMessage(MenuQuestion)!;
        message.To.Should().Be(PartyRole.Provider);
        message.ReplyDueBy.Should().Be(I("2026-03-09T09:30:00Z"));
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-09T02:00:00Z"), "the reminder at 0 comes when Monday's working hours begin in Jakarta");

        var monday = Assessor.Assess(engagement.State, I("2026-03-09T03:00:00Z"));
        monday.StandingOf(MenuReply)!.DueAt.Should().Be(I("2026-03-09T09:30:00Z"));
        var reminder = monday.Reminders.Should().ContainSingle().Subject;
        reminder.Obligation.Should().Be(MenuReply);
        reminder.Party.Should().Be(PartyRole.Provider);
        reminder.Explanation.Should().Be("Friendly reminder to Pixel & Pine Studio: the reply to Acme Bakery's email of 6 March 2026 at 16:30 is due today, 9 March 2026.");
        engagement.Do(new RecordReminderSent(MenuReply, reminder.Rule, I("2026-03-09T03:00:00Z")));

        var tuesday = Assessor.Assess(engagement.State, I("2026-03-10T02:30:00Z"));
        tuesday.StandingOf(MenuReply)!.Timeliness.Should().Be(Timeliness.Overdue);
        tuesday.Reminders.Single().Explanation.Should().Be(
            "Firm reminder to Pixel & Pine Studio: the reply to Acme Bakery's email of 6 March 2026 at 16:30 was due on 9 March 2026 and is 1 business day overdue.");

        // The reply goes at 10:00 WIB on Tuesday: 17.5 hours late on the clock, 1.5 working hours (16:30-17:00, 09:00-10:00).
        engagement.Do(new RecordReply(MenuQuestion, I("2026-03-10T03:00:00Z")));

        var reply = engagement.State.Communication.FindMessage(MenuQuestion)!.Reply!;
        reply.IsLate.Should().BeTrue();
        reply.LateBy.Should().Be(Duration.FromMinutes(17 * 60 + 30));
        reply.LateByBusinessTime.Should().Be(Duration.FromMinutes(90));
        engagement.State.Communication.LateRepliesBy(PartyRole.Provider).Should().Be(1);
        engagement.State.Communication.LateRepliesBy(PartyRole.Client).Should().Be(0);
        var after = Assessor.Assess(engagement.State, I("2026-03-11T03:00:00Z"));
        after.HasAnythingDue.Should().BeFalse("the escalation at +2 lapsed with the reply");
        after.StandingOf(MenuReply)!.Timeliness.Should().Be(Timeliness.DoneLate);
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void A_swept_assessment_gives_the_standings_of_replies_owed_and_made_that_Assess_gives()
    {
        // The menu question of the test above, answered late on Tuesday; then an email at 10:30 WIB on Tuesday 10 March,
        // owed a reply within 8 working hours: 6.5 that day (to 17:00), 1.5 on Wednesday, so by 10:30 WIB (03:30Z). Its
        // reminder at 0 falls due when Wednesday's working hours begin (02:00Z).
        var hours = new MessageId("opening-hours");
        var engagement = Engagement()
            .Do(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordReply(MenuQuestion, I("2026-03-10T03:00:00Z")))
            .Do(new RecordMessage(hours, PartyRole.Client, Channel.Email, I("2026-03-10T03:30:00Z")));
        var now = I("2026-03-11T03:00:00Z");

        var swept = Assessor.AssessMany(new[] { engagement.State }, now).Should().ContainSingle().Subject;

        swept.Reminders.Should().ContainSingle().Which.Obligation.Should().Be(ObligationKey.Reply(hours));
        swept.StandingOf(MenuReply)!.Timeliness.Should().Be(Timeliness.DoneLate);
        swept.StandingOf(ObligationKey.Reply(hours))!.DueAt.Should().Be(I("2026-03-11T03:30:00Z"));
        swept.Obligations.Should().Equal(Assessor.Assess(engagement.State, now).Obligations);
    }

    [Fact]
    public void The_client_owes_replies_too_across_the_spanish_clock_change()
    {
        // Chat to Madrid on Friday 27 March at 17:30 CET: 30 minutes that day, 90 on Monday from 09:00 CEST: 10:30 CEST (08:30Z).
        var question = new MessageId("photo-question");
        var engagement = Engagement().Do(new RecordMessage(question, PartyRole.Provider, Channel.Chat, EngagementDriver.Madrid("2026-03-27T17:30")));

        engagement.State.Communication.FindMessage(question)!.ReplyDueBy.Should().Be(I("2026-03-30T08:30:00Z"));
        engagement.Do(new RecordReply(question, I("2026-03-30T08:30:00Z")));

        engagement.State.Communication.FindMessage(question)!.Reply!.IsLate.Should().BeFalse("on the due instant is on time");
        engagement.State.Communication.LateRepliesBy(PartyRole.Client).Should().Be(0);
        Assessor.Assess(engagement.State, I("2026-03-30T09:00:00Z")).StandingOf(ObligationKey.Reply(question))!.Timeliness.Should().Be(Timeliness.Done);
    }

    [Fact]
    public void A_message_is_refused_when_the_recipient_does_not_take_the_channel_or_promises_no_reply_time()
    {
        var engagement = Engagement();
        var at = I("2026-03-06T09:30:00Z");

        var notAccepted = engagement.Refuses(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Phone, at));
        notAccepted.Code.Should().Be("message.channel-not-accepted");
        notAccepted.Message.Should().Be("Pixel & Pine Studio does not accept phone; it accepts email, chat and video call. Ask for the message again on one of those.");

        var noPromise = engagement.Refuses(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Chat, at));
        noPromise.Code.Should().Be("message.no-commitment");
        noPromise.Message.Should().Be("Pixel & Pine Studio promises no reply time on chat (it does on email), so there is no reply to track.");

        engagement.Do(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, at));
        engagement.Refuses(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, at)).Code.Should().Be("message.duplicate");
        engagement.Refuses(new RecordReply(new MessageId("other"), at)).Message.Should().Be("No message 'other' is recorded in this engagement; the messages are menu-question.");
    }

    [Fact]
    public void A_reply_ladder_chases_and_escalates_but_never_charges()
    {
        FluentActions.Invoking(() => ConsequencePolicy.None.WithReplyLadder(new ConsequenceLadder(0, new[] { ConsequenceRule.Credit(2, Charge.PercentOf(5m)) })))
            .Should().Throw<ArgumentException>().WithMessage("A late reply is chased with reminders and escalations only, but the ladder has '+2 business days: Credit 5%'.*")
            .Which.ParamName.Should().Be("ladder");
        ConsequencePolicy.None.WithReplyLadder(ChaseSlowReplies).Replies.Should().Be(ChaseSlowReplies);
    }

    [Fact]
    public void An_unanswered_message_keeps_a_finished_engagement_open_until_the_reply()
    {
        var engagement = Feedbacks.Completed(job => job
                .WithFeedback(new FeedbackPolicy(afterOnboarding: false, atCompletion: false, followUpAfterDays: 30))
                .WithContactPolicy(PartyRole.Provider, ProviderAnswersEmail))
            .Do(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, Feedbacks.CompletedAt))
            .Do(new RequestFeedback(FeedbackPoint.FollowUp, I("2026-04-13T02:00:00Z")));

        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse();
        engagement.Do(new RecordReply(MenuQuestion, I("2026-04-13T03:00:00Z")));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }

    [Fact]
    public void Force_majeure_on_the_day_a_reply_is_due_moves_it_to_the_next_business_day()
    {
        // Owed Monday 9 March 16:30 WIB; force majeure closes that Monday, so it is owed by Tuesday 17:00 WIB (10:00Z).
        var engagement = Engagement()
            .Do(new RecordMessage(MenuQuestion, PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordForceMajeure(PartyRole.Provider, "Power cut across the city", D("2026-03-09"), D("2026-03-09"), I("2026-03-09T05:00:00Z")));

        Assessor.Assess(engagement.State, I("2026-03-10T02:30:00Z")).StandingOf(MenuReply)!.DueAt.Should().Be(I("2026-03-10T10:00:00Z"));
        engagement.Do(new RecordReply(MenuQuestion, I("2026-03-10T03:00:00Z")));

        var reply = engagement.State.Communication.FindMessage(MenuQuestion)!.Reply!;
        reply.DueBy.Should().Be(I("2026-03-10T10:00:00Z"));
        reply.IsLate.Should().BeFalse();
        engagement.State.Communication.LateRepliesBy(PartyRole.Provider).Should().Be(0);
        Assessor.Assess(engagement.State, I("2026-03-10T03:00:00Z")).StandingOf(MenuReply)!.Timeliness.Should().Be(Timeliness.Done);
    }
}
