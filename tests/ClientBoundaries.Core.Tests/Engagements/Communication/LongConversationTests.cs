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
/// The communication log of a long engagement: messages, replies and meetings found by id and kept in the order they
/// came, the same whether the state was evolved event by event or replayed, with a small example checked by hand and a
/// stream of 4,000 events whose counts are known from how it was made.
/// </summary>
public class LongConversationTests
{
    private static readonly ContactPolicy ProviderAnswersEmail = new(
        new[] { Channel.Email, Channel.Chat, Channel.VideoCall }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) });

    private static readonly ContactPolicy ClientAnswersChat = new(
        new[] { Channel.Email, Channel.Chat }, new[] { ResponseCommitment.WithinHours(Channel.Chat, 2) });

    private static EngagementDriver Engagement() =>
        Talks.Scheduled(Talks.JakartaAndMadrid()
            .WithContactPolicy(PartyRole.Provider, ProviderAnswersEmail)
            .WithContactPolicy(PartyRole.Client, ClientAnswersChat)
            .Build());

    [Fact]
    public void A_small_conversation_reads_as_worked_out_by_hand_and_replays_to_the_same_log()
    {
        // Friday 6 March 16:30 WIB (09:30Z): half an hour left that day, 7.5 hours on Monday, so each email is owed a
        // reply by 16:30 WIB Monday (09:30Z). The first answer comes at 09:00Z Monday, the second at 10:30Z, the third never.
        var engagement = Engagement()
            .Do(new RecordMessage(new MessageId("m1"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordMessage(new MessageId("m2"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new BookMeeting(new MeetingId("kick-off"), I("2026-03-09T03:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-03-06T09:40:00Z")))
            .Do(new RecordMessage(new MessageId("m3"), PartyRole.Client, Channel.Email, I("2026-03-06T09:45:00Z")))
            .Do(new RecordMeetingHeld(new MeetingId("kick-off"), I("2026-03-09T03:00:00Z"), I("2026-03-09T04:00:00Z"), Talks.KickOffAgenda, I("2026-03-09T04:05:00Z")))
            .Do(new RecordReply(new MessageId("m1"), I("2026-03-09T09:00:00Z")))
            .Do(new RecordReply(new MessageId("m2"), I("2026-03-09T10:30:00Z")));

        var log = engagement.State.Communication;
        log.Messages.Select(m => m.Id.Value).Should().Equal("m1", "m2", "m3");
        log.FindMessage(new MessageId("m1"))!.ReplyDueBy.Should().Be(I("2026-03-09T09:30:00Z"));
        log.FindMessage(new MessageId("m1"))!.Reply!.IsLate.Should().BeFalse();
        log.FindMessage(new MessageId("m2"))!.Reply!.IsLate.Should().BeTrue();
        log.FindMessage(new MessageId("m3"))!.Reply.Should().BeNull();
        log.FindMessage(new MessageId("m4")).Should().BeNull();
        log.LateRepliesBy(PartyRole.Provider).Should().Be(1);
        log.LateRepliesBy(PartyRole.Client).Should().Be(0);
        log.Unanswered.Select(m => m.Id.Value).Should().Equal("m3");
        log.Meetings.Should().ContainSingle().Which.IsRecapOwed.Should().BeTrue();
        log.OpenMeetings.Select(m => m.Id.Value).Should().Equal("kick-off");

        var replayed = EngagementDecider.Replay(engagement.Events);
        replayed.Should().Be(engagement.State);
        replayed.Communication.Should().Be(log);
        replayed.Communication.GetHashCode().Should().Be(log.GetHashCode());

        var recapped = EngagementDecider.Evolve(engagement.State, new EngagementEvent.RecapSent(new MeetingId("kick-off"), I("2026-03-09T06:00:00Z")));
        recapped.Communication.OpenMeetings.Should().BeEmpty("a meeting held with its recap sent is no longer open");
        recapped.Communication.Should().NotBe(log);

        // A replay changes what it made in place while it folds; the state it returns is as immutable as any other.
        var answered = EngagementDecider.Evolve(
            EngagementDecider.Evolve(replayed, new EngagementEvent.RecapSent(new MeetingId("kick-off"), I("2026-03-09T06:00:00Z"))),
            new EngagementEvent.ReplySent(new MessageId("m3"), I("2026-03-09T11:00:00Z")));
        answered.Communication.Unanswered.Should().BeEmpty();
        answered.Communication.OpenMeetings.Should().BeEmpty();
        replayed.Communication.Unanswered.Select(m => m.Id.Value).Should().Equal("m3");
        replayed.Communication.OpenMeetings.Select(m => m.Id.Value).Should().Equal("kick-off");
        replayed.Communication.FindMessage(new MessageId("m3"))!.Reply.Should().BeNull();
        replayed.Should().Be(engagement.State);
    }

    [Fact]
    public void Stored_messages_replies_and_meetings_that_do_not_fit_the_log_only_move_the_version_on()
    {
        // m1 answered, m2 waiting; the kick-off held with its recap sent, the review cancelled.
        var kickOff = new MeetingId("kick-off");
        var review = new MeetingId("review");
        var state = Engagement()
            .Do(new RecordMessage(new MessageId("m1"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordReply(new MessageId("m1"), I("2026-03-09T09:00:00Z")))
            .Do(new RecordMessage(new MessageId("m2"), PartyRole.Client, Channel.Email, I("2026-03-09T09:10:00Z")))
            .Do(new BookMeeting(kickOff, I("2026-03-10T03:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-03-09T09:20:00Z")))
            .Do(new RecordMeetingHeld(kickOff, I("2026-03-10T03:00:00Z"), I("2026-03-10T04:00:00Z"), Talks.KickOffAgenda, I("2026-03-10T04:05:00Z")))
            .Do(new RecordRecapSent(kickOff, I("2026-03-10T05:00:00Z")))
            .Do(new BookMeeting(review, I("2026-03-12T03:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-03-10T06:00:00Z")))
            .Do(new CancelMeeting(review, "Ill", I("2026-03-10T07:00:00Z")))
            .State;
        var held = state.Communication.FindMeeting(kickOff)!;
        var at = I("2026-03-11T09:00:00Z");
        var strays = new EngagementEvent[]
        {
            new EngagementEvent.MessageReceived(new MessageId("m1"), PartyRole.Client, Channel.Email, at + Duration.FromHours(8), at),
            new EngagementEvent.ReplySent(new MessageId("m1"), at),
            new EngagementEvent.ReplySent(new MessageId("m9"), at),
            new EngagementEvent.ReplySent(new MessageId("m2"), I("2026-03-09T09:05:00Z")),
            new EngagementEvent.MeetingBooked(kickOff, held.Booked, at),
            new EngagementEvent.MeetingCancelled(kickOff, "Late", at),
            new EngagementEvent.MeetingHeld(review, held.Held!, at),
            new EngagementEvent.RecapSent(kickOff, at),
            new EngagementEvent.RecapSent(review, at),
        };

        foreach (var stray in strays)
        {
            var evolved = EngagementDecider.EvolveFitting(state, stray, null, out var fitted);

            fitted.Should().BeFalse($"{stray} does not fit the log");
            evolved.Version.Should().Be(state.Version + 1);
            evolved.Communication.Should().Be(state.Communication);
            evolved.Communication.UnansweredCount.Should().Be(1, "m2 still waits");
            evolved.Communication.OpenMeetings.Should().BeEmpty("the kick-off's recap went out and the review was cancelled");
        }

        // The one message waiting is answered by a reply after it, found among the unanswered.
        var answered = EngagementDecider.EvolveFitting(state, new EngagementEvent.ReplySent(new MessageId("m2"), at), null, out var replyFitted);
        replyFitted.Should().BeTrue();
        answered.Communication.FindMessage(new MessageId("m2"))!.Reply.Should().NotBeNull();
        answered.Communication.UnansweredCount.Should().Be(0);
    }

    [Fact]
    public void Logs_with_the_same_messages_in_another_order_are_not_equal()
    {
        var first = Engagement()
            .Do(new RecordMessage(new MessageId("a"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordMessage(new MessageId("b"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")));
        var second = Engagement()
            .Do(new RecordMessage(new MessageId("b"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")))
            .Do(new RecordMessage(new MessageId("a"), PartyRole.Client, Channel.Email, I("2026-03-06T09:30:00Z")));

        first.State.Communication.Should().NotBe(second.State.Communication);
        first.State.Communication.Messages.Select(m => m.Id.Value).Should().Equal("a", "b");
        second.State.Communication.Messages.Select(m => m.Id.Value).Should().Equal("b", "a");
    }

    [Fact]
    public void A_stream_of_4000_events_with_1000_messages_replays_with_the_counts_it_was_made_with()
    {
        // 200 days of five messages each (every third from the provider, by chat; the rest from the client, by email).
        // Message i is never answered when i % 10 == 3, answered two weeks later (late whatever the calendars) when
        // i % 7 == 0, and a minute after it came (on time: before any reply is due) otherwise. Effort logs fill the rest.
        var engagement = Engagement().Do(new StartStage(new StageKey("discovery"), I("2026-03-02T02:00:00Z")));
        var start = I("2026-03-03T00:00:00Z");
        var expectedLate = 0;
        var expectedOpen = 0;
        var repliesSent = Enumerable.Range(0, 1000).Count(i => i % 10 != 3 && (i % 7 != 0 || i < 930));
        var efforts = 4000 - 5 - 1000 - repliesSent;
        for (var day = 0; day < 200; day++)
        {
            var morning = start + Duration.FromDays(day);
            if (day >= 14)
            {
                for (var k = 0; k < 5; k++)
                {
                    var i = ((day - 14) * 5) + k;
                    if (i % 10 != 3 && i % 7 == 0)
                    {
                        engagement.Do(new RecordReply(new MessageId($"m{i}"), morning + Duration.FromMinutes(k)));
                    }
                }
            }

            for (var k = 0; k < 5; k++)
            {
                var i = (day * 5) + k;
                var at = morning + Duration.FromHours(1) + Duration.FromMinutes(10 * k);
                var from = i % 3 == 0 ? PartyRole.Provider : PartyRole.Client;
                engagement.Do(new RecordMessage(new MessageId($"m{i}"), from, from == PartyRole.Provider ? Channel.Chat : Channel.Email, at));
                if (i % 10 == 3)
                {
                    expectedOpen++;
                }
                else if (i % 7 == 0)
                {
                    expectedLate += day < 186 ? 1 : 0;
                    expectedOpen += day < 186 ? 0 : 1;
                }
                else
                {
                    engagement.Do(new RecordReply(new MessageId($"m{i}"), at + Duration.FromMinutes(1)));
                }
            }

            var today = day == 199 ? efforts : System.Math.Min(efforts, 10);
            for (var e = 0; e < today; e++)
            {
                engagement.Do(new LogEffort(new StageKey("discovery"), PartyRole.Provider, 0.25m, morning + Duration.FromHours(3) + Duration.FromMinutes(e)));
            }

            efforts -= today;
        }

        // The late replies to the last two weeks' messages (from m930 on) were never sent: those stay open.
        var events = engagement.Events;
        events.Count.Should().Be(4000);
        events.Count(e => e is EngagementEvent.ReplySent).Should().Be(1000 - expectedOpen);

        var state = EngagementDecider.Replay(events);
        var log = state.Communication;
        state.Should().Be(engagement.State);
        log.Messages.Should().HaveCount(1000);
        log.Messages.Select(m => m.Id.Value).Should().Equal(Enumerable.Range(0, 1000).Select(i => $"m{i}"));
        log.Messages.Count(m => m.Reply is null).Should().Be(expectedOpen);
        log.UnansweredCount.Should().Be(expectedOpen);
        log.Unanswered.Should().Equal(engagement.State.Communication.Unanswered, "the replay's maps, changed in place, are the same as those copied event by event");
        log.OpenMeetings.Should().Equal(engagement.State.Communication.OpenMeetings);
        (log.LateRepliesBy(PartyRole.Provider) + log.LateRepliesBy(PartyRole.Client)).Should().Be(expectedLate);
        log.FindMessage(new MessageId("m999"))!.ArrivedAt.Should().Be(start + Duration.FromDays(199) + Duration.FromHours(1) + Duration.FromMinutes(40));
    }
}
