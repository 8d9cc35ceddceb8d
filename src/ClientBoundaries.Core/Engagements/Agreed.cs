using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// An engagement whose agreement is known, as the decider sees it: every command but the proposal, and every
/// event after it, is handled on one. Narrowed once from the state, so no handler checks for a missing agreement.
/// </summary>
internal readonly struct Agreed
{
    public Agreed(EngagementState state, Agreement agreement, Agreement forDates)
    {
        State = state;
        Agreement = agreement;
        ForDates = forDates;
    }

    /// <summary>The state the command or event is handled on.</summary>
    public EngagementState State { get; }

    /// <summary>The agreement as it now stands: names, stages, prices, scope and policies.</summary>
    public Agreement Agreement { get; }

    /// <summary>The same agreement as dates are worked out: its calendars with every force majeure period closed.</summary>
    public Agreement ForDates { get; }

    /// <summary>Where the engagement is in its life.</summary>
    public EngagementPhase Phase => State.Phase;

    /// <summary>The engagement narrowed from a state, or false before the agreement was proposed.</summary>
    public static bool TryFrom(EngagementState state, out Agreed agreed)
    {
        if (state.Agreement is { } agreement)
        {
            agreed = new Agreed(state, agreement, state.AgreementForDates!);
            return true;
        }

        agreed = default;
        return false;
    }

    /// <summary>A party's calendar as days are counted (force majeure closed).</summary>
    public BusinessCalendar CalendarOf(PartyRole party) => ForDates.CalendarOf(party);
}
