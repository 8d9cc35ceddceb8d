using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

public class EngagementStateTests
{
    private static readonly StageKey Discovery = new("discovery");

    [Fact]
    public void States_are_equal_exactly_when_everything_in_them_is()
    {
        var started = ScheduledWebsite().Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")));
        var handedOff = ScheduledWebsite()
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));
        var logged = ScheduledWebsite()
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new LogEffort(Discovery, PartyRole.Provider, 1m, Madrid("2026-03-02T10:00")));
        var loggedMore = ScheduledWebsite()
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new LogEffort(Discovery, PartyRole.Provider, 2m, Madrid("2026-03-02T10:00")));

        EqualityContract.Holds(
            EngagementDecider.Replay(logged.Events),
            EngagementDecider.Replay(logged.Events),
            started.State,
            handedOff.State,
            loggedMore.State);
        EqualityContract.Holds(
            logged.State.Stages[0],
            EngagementDecider.Replay(logged.Events).Stages[0],
            loggedMore.State.Stages[0],
            handedOff.State.Stages[0]);
    }

    [Fact]
    public void Two_equal_states_stay_equal_whichever_was_asked_its_next_attention_first()
    {
        var driver = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));
        var asked = EngagementDecider.Replay(driver.Events);
        var notAsked = EngagementDecider.Replay(driver.Events);

        var answer = asked.NextAttentionAt;

        answer.Should().NotBeNull("the client's content stage has a reminder ladder");
        notAsked.Should().Be(asked);
        notAsked.GetHashCode().Should().Be(asked.GetHashCode());
        notAsked.NextAttentionAt.Should().Be(answer);
    }

    [Fact]
    public void An_event_that_moves_no_due_date_keeps_the_next_attention_of_the_state_before_it()
    {
        var handedOff = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));
        var content = new StageKey("content");

        var logged = handedOff.Do(new LogEffort(content, PartyRole.Client, 2m, Madrid("2026-03-04T10:00")));

        logged.State.NextAttentionAt.Should().NotBeNull().And.Be(handedOff.State.NextAttentionAt);
    }
}
