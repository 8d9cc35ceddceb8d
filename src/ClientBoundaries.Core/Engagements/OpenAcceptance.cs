using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The acceptance the client owes for the provider's stage handed off last, when the agreement gives it a window
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

    public int StageIndex { get; }

    public StageKey Stage { get; }

    public Instant HandedOffAt { get; }

    /// <summary>The window's last day, in the client's calendar.</summary>
    public LocalDate ClosesOn { get; }

    /// <summary>The end of the working hours of <see cref="ClosesOn"/>.</summary>
    public Instant ClosesAt { get; }

    public WindowClosingPolicy WhenClosed { get; }

    /// <summary>The index of the stage handed off last while the one after it is not, or -1: the only stage that can still be accepted or sent back.</summary>
    public static int LastHandedOff(EngagementState state)
    {
        var last = (state.CurrentStage is null ? state.Stages.Count : state.CurrentStageIndex) - 1;
        return last >= 0 && state.Stages[last].Status == StageStatus.Done ? last : -1;
    }

    /// <summary>The acceptance open with a window now, or null: no window, nothing handed over, already accepted, or the engagement not active.</summary>
    public static OpenAcceptance? Of(EngagementState state)
    {
        if (state.Phase != EngagementPhase.Active || state.AgreementForDates is not { } agreement || !agreement.AcceptanceWindows.HasAny)
        {
            return null;
        }

        var index = LastHandedOff(state);
        if (index < 0 || state.Stages[index] is not { IsAccepted: false, FinishedAt: { } handedOffAt } progress || progress.Owner != PartyRole.Provider
            || agreement.AcceptanceWindows.BusinessDaysFor(progress.Key) is not { } days)
        {
            return null;
        }

        var calendar = agreement.Client.Calendar;
        return LastDay(state, calendar, handedOffAt, days, out _) is { } closesOn
            ? new OpenAcceptance(index, progress.Key, handedOffAt, closesOn, calendar.EndOfWorkingDay(closesOn), agreement.AcceptanceWindows.WhenClosed)
            : null;
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
