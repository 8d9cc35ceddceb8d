using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;

namespace ClientBoundaries.Engagements;

/// <summary>
/// A scheduled engagement, as the decider sees it: the agreement and the current plan known, narrowed once, so
/// the handlers of stages, handoffs and interruptions need no null checks.
/// </summary>
internal readonly struct Running
{
    public Running(Agreed engagement, Plan plan)
    {
        Engagement = engagement;
        Plan = plan;
    }

    /// <summary>The engagement with its agreement.</summary>
    public Agreed Engagement { get; }

    /// <summary>The current plan, re-planned from every actual handoff.</summary>
    public Plan Plan { get; }

    /// <summary>The state the command or event is handled on.</summary>
    public EngagementState State => Engagement.State;

    /// <summary>The agreement as it now stands: names, stages, prices, scope and policies.</summary>
    public Agreement Agreement => Engagement.Agreement;

    /// <summary>The agreement as dates are worked out: its calendars with every force majeure period closed.</summary>
    public Agreement ForDates => Engagement.ForDates;

    /// <summary>A party's calendar as days are counted (force majeure closed).</summary>
    public BusinessCalendar CalendarOf(PartyRole party) => Engagement.CalendarOf(party);

    /// <summary>The stage being worked on, or false once every stage is handed off.</summary>
    public bool TryCurrent(out StageAtHand current)
    {
        var index = State.CurrentStageIndex;
        if (index >= 0 && index < State.Stages.Count)
        {
            current = new StageAtHand(index, State.Stages[index], ForDates.Stages[index], Plan.Stages[index]);
            return true;
        }

        current = default;
        return false;
    }

    /// <summary>The engagement with its plan, or false before it is scheduled.</summary>
    public static bool TryFrom(Agreed engagement, out Running running)
    {
        if (engagement.State.Plan is { } plan)
        {
            running = new Running(engagement, plan);
            return true;
        }

        running = default;
        return false;
    }

    /// <summary>The same engagement after an event changed its state (its plan included).</summary>
    public static Running Of(EngagementState state) =>
        new(new Agreed(state, state.Agreement!, state.AgreementForDates!), state.Plan!);
}
