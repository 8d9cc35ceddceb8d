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

    [Fact]
    public void A_replayed_state_is_left_as_it_was_by_what_is_evolved_from_it()
    {
        // A replay changes in place the states it makes as it folds (effort, submissions, the conversation); the one it
        // returns is as immutable as any other.
        var driver = DiscoveryStarted()
            .Do(new LogEffort(Discovery, PartyRole.Provider, 1.5m, Madrid("2026-03-02T10:00")))
            .Do(new LogEffort(Discovery, PartyRole.Provider, 2m, Madrid("2026-03-02T11:00")));
        var replayed = EngagementDecider.Replay(driver.Events);
        replayed.Should().Be(driver.State);
        var version = replayed.Version;

        var logged = EngagementDecider.Evolve(replayed, new EngagementEvent.EffortLogged(new EffortEntry(Discovery, PartyRole.Provider, 4m), Madrid("2026-03-02T12:00")));

        logged.Stages[0].ProviderHours.Should().Be(7.5m);
        replayed.Stages[0].ProviderHours.Should().Be(3.5m);
        replayed.Version.Should().Be(version);
        replayed.Should().Be(driver.State);
    }
}
