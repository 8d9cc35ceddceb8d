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

    public StageKey[] StageKeys() => State.Stages.Select(s => s.Key).ToArray();
}
