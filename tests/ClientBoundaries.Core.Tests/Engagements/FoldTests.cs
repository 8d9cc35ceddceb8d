using System.Collections.Generic;
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
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>
/// A fold of events under one <see cref="NodeOwner"/> (what <see cref="EngagementDecider.Replay"/> and the JSON reader
/// do) changes in place what it made for one event when the next comes, and nothing it did not make: a state, message or
/// meeting made outside the fold stays as it was, and the fold ends where evolving event by event ends.
/// </summary>
public class FoldTests
{
    private static readonly MessageId First = new("first-question");
    private static readonly MessageId Second = new("second-question");
    private static readonly MeetingId KickOff = new("kick-off");
    private static readonly MeetingId Review = new("review");

    // Both sides answer email within 8 business hours: the provider in Jakarta, the client in Madrid.
    private static readonly ContactPolicy AnswersEmail = new(
        new[] { Channel.Email, Channel.Chat, Channel.VideoCall }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) });

    private static EngagementDriver Engagement() =>
        Talks.Scheduled(Talks.JakartaAndMadrid()
            .WithContactPolicy(PartyRole.Provider, AnswersEmail)
            .WithContactPolicy(PartyRole.Client, AnswersEmail)
            .Build());

    [Fact]
    public void A_fold_from_a_state_made_outside_it_leaves_that_state_and_its_message_as_they_were()
    {
        // The first message is recorded outside the fold; the fold records a second, then answers both.
        var engagement = Engagement().Do(new RecordMessage(First, PartyRole.Client, Channel.Email, I("2026-03-02T03:00:00Z")));
        var outside = engagement.State;
        var outsideMessage = outside.Communication.FindMessage(First)!;
        engagement
            .Do(new RecordMessage(Second, PartyRole.Client, Channel.Email, I("2026-03-02T04:00:00Z")))
            .Do(new RecordReply(First, I("2026-03-02T05:00:00Z")))
            .Do(new RecordReply(Second, I("2026-03-02T06:00:00Z")));

        var folded = Fold(outside, engagement.Events.Skip(engagement.Events.Count - 3));

        outside.Version.Should().Be(engagement.State.Version - 3);
        outside.Communication.FindMessage(First).Should().BeSameAs(outsideMessage);
        outsideMessage.Reply.Should().BeNull("the message was made outside the fold, so the fold answers a copy of it");
        folded.Should().Be(engagement.State);
        folded.Communication.FindMessage(First)!.Reply!.RepliedAt.Should().Be(I("2026-03-02T05:00:00Z"));
        folded.Communication.FindMessage(Second)!.Reply!.RepliedAt.Should().Be(I("2026-03-02T06:00:00Z"));
    }

    [Fact]
    public void A_fold_from_a_state_made_outside_it_leaves_that_state_and_its_meeting_as_they_were()
    {
        // The kick-off is booked outside the fold; the fold books a review, then holds the kick-off and sends its recap.
        var engagement = Talks.Scheduled().Do(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, null, true, I("2026-02-25T09:00:00Z")));
        var outside = engagement.State;
        var outsideMeeting = outside.Communication.FindMeeting(KickOff)!;
        engagement
            .Do(new BookMeeting(Review, I("2026-03-04T09:00:00Z"), Talks.KickOffAgenda, null, false, I("2026-02-26T09:00:00Z")))
            .Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), Talks.KickOffAgenda, I("2026-03-02T10:30:00Z")))
            .Do(new RecordRecapSent(KickOff, I("2026-03-02T11:00:00Z")));

        var folded = Fold(outside, engagement.Events.Skip(engagement.Events.Count - 3));

        outside.Communication.FindMeeting(KickOff).Should().BeSameAs(outsideMeeting);
        outsideMeeting.Held.Should().BeNull("the meeting was booked outside the fold, so the fold holds a copy of it");
        outsideMeeting.RecapSentAt.Should().BeNull();
        folded.Should().Be(engagement.State);
        folded.Communication.FindMeeting(KickOff)!.RecapSentAt.Should().Be(I("2026-03-02T11:00:00Z"));
        folded.Communication.FindMeeting(Review)!.Held.Should().BeNull();
    }

    [Fact]
    public void A_fold_from_a_state_made_outside_it_leaves_the_stages_of_that_state_as_they_were()
    {
        var discovery = new StageKey("discovery");
        var engagement = Engagement().Do(new StartStage(discovery, I("2026-03-02T03:00:00Z")));
        var outside = engagement.State;
        var outsideStage = outside.Stages[0];
        engagement
            .Do(new LogEffort(discovery, PartyRole.Provider, 2m, I("2026-03-02T04:00:00Z")))
            .Do(new RecordMessage(First, PartyRole.Client, Channel.Email, I("2026-03-02T05:00:00Z")))
            .Do(new LogEffort(discovery, PartyRole.Provider, 3m, I("2026-03-02T06:00:00Z")))
            .Do(new LogEffort(discovery, PartyRole.Client, 1m, I("2026-03-02T07:00:00Z")));

        var folded = Fold(outside, engagement.Events.Skip(engagement.Events.Count - 4));

        outside.Stages[0].Should().BeSameAs(outsideStage);
        outsideStage.HoursOf(PartyRole.Provider).Should().Be(0m, "the effort was logged in the fold, on a copy of the stages");
        folded.Should().Be(engagement.State);
        folded.Stages[0].HoursOf(PartyRole.Provider).Should().Be(5m);
        folded.Stages[0].HoursOf(PartyRole.Client).Should().Be(1m);
    }

    [Fact]
    public void A_fold_that_records_and_answers_its_own_messages_and_meetings_ends_where_evolving_event_by_event_ends()
    {
        var engagement = Engagement()
            .Do(new RecordMessage(First, PartyRole.Client, Channel.Email, I("2026-03-02T03:00:00Z")))
            .Do(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, null, true, I("2026-03-02T03:30:00Z")))
            .Do(new RecordReply(First, I("2026-03-04T05:00:00Z")))
            .Do(new RecordMeetingHeld(KickOff, I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z"), Talks.KickOffAgenda, I("2026-03-04T06:00:00Z")))
            .Do(new StartStage(new StageKey("discovery"), I("2026-03-04T07:00:00Z")))
            .Do(new LogEffort(new StageKey("discovery"), PartyRole.Provider, 2m, I("2026-03-04T07:30:00Z")))
            .Do(new RecordMessage(Second, PartyRole.Provider, Channel.Email, I("2026-03-04T08:00:00Z")))
            .Do(new RecordReply(Second, I("2026-03-04T09:00:00Z")))
            .Do(new RecordRecapSent(KickOff, I("2026-03-04T10:00:00Z")))
            .Do(new LogEffort(new StageKey("discovery"), PartyRole.Provider, 1.5m, I("2026-03-04T11:00:00Z")));

        var replayed = EngagementDecider.Replay(engagement.Events);

        replayed.Should().Be(engagement.State);
        replayed.Version.Should().Be(engagement.State.Version);
        var first = replayed.Communication.FindMessage(First)!;
        first.Reply!.IsLate.Should().BeTrue("the reply went two days after the message, past its 8 business hours");
        first.Should().Be(engagement.State.Communication.FindMessage(First));
        replayed.Communication.FindMeeting(KickOff)!.RecapSentAt.Should().Be(I("2026-03-04T10:00:00Z"));
        replayed.Stages[0].HoursOf(PartyRole.Provider).Should().Be(3.5m);
        replayed.NextAttentionAt.Should().Be(engagement.State.NextAttentionAt);
    }

    [Fact]
    public void In_a_fold_an_event_whose_dates_run_past_the_end_of_the_calendar_moves_the_version_on_once()
    {
        var paused = ScheduledWebsite()
            .Do(new StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")))
            .Do(new PauseWork(PartyRole.Client, "Holidays", Madrid("2026-03-02T12:00")));
        var owner = new NodeOwner();
        var state = Fold(EngagementState.Initial, paused.Events, owner);
        var version = state.Version;

        // Resuming on the last day of the year 9999 would re-plan the five stages into the year 10000. In the fold the
        // state it made last is moved on in place before the re-plan runs out of dates; it must not move on twice.
        var resumedAt = Instant.FromUtc(9999, 12, 31, 10, 0);
        var evolved = EngagementDecider.EvolveFitting(state, new EngagementEvent.Resumed(resumedAt), owner, out var fitted);

        fitted.Should().BeFalse();
        evolved.Version.Should().Be(version + 1);
        evolved.LastEventAt.Should().Be(resumedAt);
        evolved.Phase.Should().Be(EngagementPhase.Paused);
        evolved.Should().Be(EngagementDecider.Evolve(paused.State, new EngagementEvent.Resumed(resumedAt)));
    }

    private static EngagementState Fold(EngagementState state, IEnumerable<EngagementEvent> events, NodeOwner? owner = null)
    {
        owner ??= new NodeOwner();
        foreach (var @event in events)
        {
            state = EngagementDecider.EvolveFitting(state, @event, owner, out var fitted);
            fitted.Should().BeTrue($"{@event} was decided in this state");
        }

        return state;
    }
}
