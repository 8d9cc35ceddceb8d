using System.Collections.Generic;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;

namespace JustOneMoreThing;

/// <summary>
/// What a CRM keeps of one engagement: its stream of events and the state folded from them.
/// <see cref="Do"/> decides a command, stores the events it causes, or prints why it was refused.
/// </summary>
internal sealed class EngagementRecord
{
    public EngagementState State { get; private set; } = EngagementState.Initial;

    public List<EngagementEvent> Events { get; } = new();

    /// <summary>Decides a command; true when it was accepted.</summary>
    public bool Do(EngagementCommand command)
    {
        var decision = EngagementDecider.Decide(State, command);
        if (!decision.IsAccepted)
        {
            RuleViolation violation = decision.Violations[0];
            Terminal.Say($"Refused ({violation.Code}): {violation.Message}");
            return false;
        }

        Events.AddRange(decision.Events);
        State = EngagementDecider.Evolve(State, decision);
        return true;
    }
}
