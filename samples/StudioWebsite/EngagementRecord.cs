using System.Collections.Generic;
using ClientBoundaries.Engagements;
using Spectre.Console;

namespace StudioWebsite;

/// <summary>
/// What a CRM keeps of one engagement: its stream of events and the state folded from them.
/// <see cref="Do"/> decides a command, stores the events it causes, or prints why it was refused.
/// </summary>
internal sealed class EngagementRecord
{
    public EngagementState State { get; private set; } = EngagementState.Initial;

    public List<EngagementEvent> Events { get; } = new();

    public void Do(EngagementCommand command)
    {
        var decision = EngagementDecider.Decide(State, command);
        if (!decision.IsAccepted)
        {
            AnsiConsole.MarkupLine($"  [red]Refused[/] {Markup.Escape(decision.Violations[0].Message)}");
            return;
        }

        foreach (var @event in decision.Events)
        {
            Events.Add(@event);
            State = EngagementDecider.Evolve(State, @event);
        }
    }
}
