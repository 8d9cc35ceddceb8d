using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// An acceptance the client owes for a provider's stage handed over (<see cref="Pending"/>), when the agreement gives it a window
/// (<see cref="Agreement.AcceptanceWindows"/>): which stage, when the window opened and when it closes.
/// </summary>
/// <remarks>
/// The window opens at the handoff and counts whole business days of the client's calendar: the first is the first
/// business day whose working hours begin at or after the handoff, and it closes at the end of the working hours of the
/// last. A pause the provider caused stops it (see <see cref="LastDay"/>). It is open while the engagement is active and
/// the stage is neither accepted nor sent back for a revision.
/// </remarks>
internal sealed class OpenAcceptance
{
    private OpenAcceptance(int stageIndex, StageKey stage, Instant handedOffAt, LocalDate closesOn, Instant closesAt, WindowClosingPolicy whenClosed)
    {
        StageIndex = stageIndex;
        Stage = stage;
        HandedOffAt = handedOffAt;
        ClosesOn = closesOn;
        ClosesAt = closesAt;
        WhenClosed = whenClosed;
    }

    private static readonly OpenAcceptance[] NoneOpen = System.Array.Empty<OpenAcceptance>();

    public int StageIndex { get; }

    public StageKey Stage { get; }

    public Instant HandedOffAt { get; }

    /// <summary>The window's last day, in the client's calendar.</summary>
    public LocalDate ClosesOn { get; }

    /// <summary>The end of the working hours of <see cref="ClosesOn"/>.</summary>
    public Instant ClosesAt { get; }

    public WindowClosingPolicy WhenClosed { get; }

    /// <summary>The index of the stage handed off last while the one after it is not, or -1: the only stage that can still be sent back.</summary>
    public static int LastHandedOff(EngagementState state)
    {
        var last = (state.CurrentStage is null ? state.Stages.Count : state.CurrentStageIndex) - 1;
        return last >= 0 && state.Stages[last].Status == StageStatus.Done ? last : -1;
    }

    /// <summary>
    /// The first index of the stages whose acceptance can still be recorded, or -1: the stage handed off last and, before
    /// it, the stages of the same owner it handed over while it went on with its next one (a design and the build on
    /// it, both the studio's). <see cref="Pending"/> are those of them not accepted yet.
    /// </summary>
    public static int FirstAcceptable(EngagementState state)
    {
        var last = LastHandedOff(state);
        if (last < 0)
        {
            return -1;
        }

        var first = last;
        var owner = state.Stages[last].Owner;
        while (first > 0 && state.Stages[first - 1].Owner == owner && state.Stages[first - 1].Status == StageStatus.Done)
        {
            first--;
        }

        return first;
    }

    /// <summary>The first of <see cref="Pending"/>, or -1 when nothing waits for an answer; no list made.</summary>
    public static int FirstPending(EngagementState state)
    {
        var first = FirstAcceptable(state);
        if (first >= 0)
        {
            var last = LastHandedOff(state);
            for (var i = first; i <= last; i++)
            {
                if (!state.Stages[i].IsAccepted)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The stages handed over and waiting for the other side's answer, in the agreement's order: of the stages from
    /// <see cref="FirstAcceptable"/> to <see cref="LastHandedOff"/>, those not accepted yet. A stage stays pending while
    /// its owner goes on with its own next stage; it leaves when accepted (explicitly, by its window, by the other side
    /// moving on, or with a later stage of the run).
    /// </summary>
    public static List<int> Pending(EngagementState state)
    {
        var pending = new List<int>();
        var first = FirstPending(state);
        if (first < 0)
        {
            return pending;
        }

        var last = LastHandedOff(state);
        for (var i = first; i <= last; i++)
        {
            if (!state.Stages[i].IsAccepted)
            {
                pending.Add(i);
            }
        }

        return pending;
    }

    /// <summary>The acceptances open with a window now, in the agreement's order: none without windows, with nothing pending, or while the engagement is not active.</summary>
    public static IReadOnlyList<OpenAcceptance> All(EngagementState state)
    {
        if (state.Phase != EngagementPhase.Active || state.AgreementForDates is not { } agreement || !agreement.AcceptanceWindows.HasAny)
        {
            // Most agreements give no window: nothing is allocated on the replay's path for them.
            return NoneOpen;
        }

        var open = new List<OpenAcceptance>();

        var calendar = agreement.Client.Calendar;
        foreach (var index in Pending(state))
        {
            if (state.Stages[index] is { FinishedAt: { } handedOffAt } progress && progress.Owner == PartyRole.Provider
                && agreement.AcceptanceWindows.BusinessDaysFor(progress.Key) is { } days
                && LastDay(state, calendar, handedOffAt, days, out _) is { } closesOn)
            {
                open.Add(new OpenAcceptance(index, progress.Key, handedOffAt, closesOn, calendar.EndOfWorkingDay(closesOn), agreement.AcceptanceWindows.WhenClosed));
            }
        }

        return open;
    }

    /// <summary>The acceptance open for the stage at <paramref name="stageIndex"/> among <paramref name="open"/>, or null.</summary>
    public static OpenAcceptance? For(IReadOnlyList<OpenAcceptance> open, int stageIndex)
    {
        foreach (var acceptance in open)
        {
            if (acceptance.StageIndex == stageIndex)
            {
                return acceptance;
            }
        }

        return null;
    }

    /// <summary>
    /// The last day of a window of <paramref name="days"/> of the client's business days from a handoff, or null while
    /// it cannot close: the engagement is on hold by the provider's pause (<paramref name="onHold"/>), or the day falls
    /// beyond the last date the library can work with.
    /// </summary>
    /// <remarks>
    /// A pause the provider caused after the handoff and before the window closed stops the window: it closes later by
    /// the client's business days the pause took, counted as a resumption counts a stage's lost days (from the first
    /// business day starting at or after the pause to the first starting at or after the return), and not at all while
    /// the pause lasts. A pause the client caused does not: the window is the client's own time.
    /// </remarks>
    public static LocalDate? LastDay(EngagementState state, BusinessCalendar calendar, Instant handedOffAt, int days, out bool onHold)
    {
        onHold = false;
        var first = Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, handedOffAt);
        if (calendar.TryAddBusinessDays(first, days - 1) is not { } closesOn || closesOn.Year > 9998)
        {
            return null;
        }

        foreach (var pause in state.Pauses)
        {
            if (pause.CausedBy != PartyRole.Provider || pause.From < handedOffAt || pause.From >= calendar.EndOfWorkingDay(closesOn))
            {
                continue;
            }

            if (pause.Until is not { } back)
            {
                onHold = true;
                return null;
            }

            var lost = calendar.BusinessDaysBetween(
                Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, pause.From), Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, back));
            if (lost > 0)
            {
                if (calendar.TryAddBusinessDays(closesOn, lost) is not { Year: <= 9998 } later)
                {
                    return null;
                }

                closesOn = later;
            }
        }

        return closesOn;
    }
}
