using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// Given / When / Then for the decider, in a few lines: <see cref="Do"/> decides a command,
/// requires it to be accepted, and applies its events; <see cref="Refuses"/> requires a refusal
/// and returns the violation. The stream it keeps is what a host would store.
/// </summary>
internal sealed class EngagementDriver
{
    private readonly List<EngagementEvent> _events = new();

    public EngagementState State { get; private set; } = EngagementState.Initial;

    public IReadOnlyList<EngagementEvent> Events => _events;

    public static Instant Madrid(string local) => Dates.At("Europe/Madrid", local);

    public EngagementDriver Do(EngagementCommand command)
    {
        var decision = EngagementDecider.Decide(State, command);
        decision.IsAccepted.Should().BeTrue($"{command} should be accepted, but: {decision}");
        foreach (var @event in decision.Events)
        {
            _events.Add(@event);
            State = EngagementDecider.Evolve(State, @event);
        }

        return this;
    }

    /// <summary>Appends an event as a stream stored by an earlier release holds it, without deciding it now.</summary>
    public EngagementDriver Stored(EngagementEvent @event)
    {
        _events.Add(@event);
        State = EngagementDecider.Evolve(State, @event);
        return this;
    }

    public RuleViolation Refuses(EngagementCommand command)
    {
        var decision = EngagementDecider.Decide(State, command);
        decision.IsAccepted.Should().BeFalse($"{command} should be refused");
        decision.Events.Should().BeEmpty();
        return decision.Violations.Should().ContainSingle().Subject;
    }

    /// <summary>The website engagement, proposed, signed, paid and scheduled to start on Monday 2 March 2026.</summary>
    public static EngagementDriver ScheduledWebsite(ClientBoundaries.Agreements.Agreement? agreement = null) =>
        new EngagementDriver()
            .Do(new EngagementCommand.Propose(agreement ?? Agreements.WebsiteInMadrid(), Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(Madrid("2026-02-18T10:00")))
            .Do(new EngagementCommand.ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-20T10:00")))
            .Do(new EngagementCommand.Schedule(Dates.D("2026-03-02"), Madrid("2026-02-20T12:00")));

    /// <summary>The website engagement in Madrid, proposed on Monday 16 February 2026 and nothing more.</summary>
    public static EngagementDriver Proposed() =>
        new EngagementDriver().Do(new EngagementCommand.Propose(Agreements.WebsiteInMadrid(), Madrid("2026-02-16T10:00")));

    /// <summary>The <see cref="ScheduledWebsite"/> with its discovery (the provider's) started on Monday 2 March at 09:00.</summary>
    public static EngagementDriver DiscoveryStarted() =>
        ScheduledWebsite().Do(new EngagementCommand.StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")));

    /// <summary>
    /// The discovery handed off on Tuesday 3 March, and the client's content started the next morning and handed off on
    /// Tuesday 10 March: the design is the provider's to start.
    /// </summary>
    public static EngagementDriver ContentHandedOver() =>
        DiscoveryStarted()
            .Do(new EngagementCommand.HandOff(new StageKey("discovery"), Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(new StageKey("content"), Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.HandOff(new StageKey("content"), Madrid("2026-03-10T17:00")));

    public StageKey[] StageKeys() => State.Stages.Select(s => s.Key).ToArray();
}
