using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The plan of a running engagement re-dated from what has happened to it: every actual handoff, restart lead
/// time, revision, pause and force majeure, keeping the baseline. Used by the decider when an event moves dates,
/// by the assessor for the end a schedule shift would lead to, and by the documents to date a late stage's
/// successors as of today.
/// </summary>
internal static class Replanning
{
    /// <summary>
    /// The plan re-dated from every actual handoff, restart lead time, revision, pause and force majeure, keeping
    /// its baseline; with <paramref name="supposedFinish"/>, as if the stage at <paramref name="supposedIndex"/> had
    /// finished then.
    /// </summary>
    /// <param name="state">A scheduled engagement.</param>
    /// <param name="supposedIndex">A stage not yet finished to suppose finished, or -1.</param>
    /// <param name="supposedFinish">When that stage is supposed to finish.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The dates run past the last ones the library can work with.</exception>
    public static Plan Replanned(EngagementState state, int supposedIndex = -1, StageFinish? supposedFinish = null) =>
        Replanned(state, state.Stages, supposedIndex, supposedFinish);

    /// <summary><see cref="Replanned(EngagementState, int, StageFinish?)"/> with the stages' progress as given rather than as the state has it (a handoff about to be applied).</summary>
    public static Plan Replanned(EngagementState state, IReadOnlyList<StageProgress> stages, int supposedIndex = -1, StageFinish? supposedFinish = null) =>
        Replanned(state, stages, unchangedBefore: 0, supposedIndex, supposedFinish);

    /// <summary>
    /// <see cref="Replanned(EngagementState, IReadOnlyList{StageProgress}, int, StageFinish?)"/> taking the first
    /// <paramref name="unchangedBefore"/> stages' dates from the state's plan: for a change that leaves those stages, and
    /// every input of theirs, as they were (a handoff of the stage at that index). Sound because an engagement's plan is
    /// always what re-planning its state gives (every event that changes an input re-plans; a property test holds it).
    /// </summary>
    public static Plan Replanned(EngagementState state, IReadOnlyList<StageProgress> stages, int unchangedBefore, int supposedIndex = -1, StageFinish? supposedFinish = null)
    {
        var agreement = state.AgreementForDates!;
        var finishes = new StageFinish?[stages.Count];
        for (var i = 0; i < stages.Count && stages[i].FinishedAt is { } at; i++)
        {
            finishes[i] = new StageFinish(agreement.CalendarOf(stages[i].Owner).ToLocalDate(at), at);
        }

        if (supposedFinish is { } supposed && supposedIndex >= 0 && finishes[supposedIndex] is null)
        {
            finishes[supposedIndex] = supposed;
        }

        // Most engagements have no restart lead time or extension to apply to the stages worked out again: no table for those.
        LocalDate?[]? earliest = null;
        var earliestStarts = state.EarliestStarts;
        for (var i = 0; i < earliestStarts.Count; i++)
        {
            if (state.IndexOf(earliestStarts[i].Stage) is var index && index >= unchangedBefore)
            {
                earliest ??= new LocalDate?[stages.Count];
                earliest[index] = earliestStarts[i].Date;
            }
        }

        int[]? extra = null;
        var extensions = state.Extensions;
        for (var i = 0; i < extensions.Count; i++)
        {
            if (state.IndexOf(extensions[i].Stage) is var index && index >= unchangedBefore)
            {
                extra ??= new int[stages.Count];
                extra[index] = extensions[i].BusinessDays;
            }
        }

        return Scheduler.Compute(agreement, state.Plan!.Start, finishes, earliest, extra, state.Plan, unchangedBefore);
    }

    /// <summary>
    /// A due date moved later by some business days (counted from it, or from the next business day when it is a
    /// day off); null past the calendar's range.
    /// </summary>
    public static LocalDate? MovedBy(BusinessCalendar calendar, LocalDate due, int businessDays) =>
        calendar.BusinessDayOnOrAfter(due) is { } from ? calendar.TryAddBusinessDays(from, businessDays) : null;

    /// <summary>
    /// The first day a side can work again after a return at <paramref name="at"/> when it needs <paramref name="leadTime"/>
    /// business days to pick the work up: the lead time counts whole business days in its calendar, from the first whose
    /// working hours begin at or after the return (a return in the evening, or during its day, counts from the next day;
    /// on a day off, from its next business day), and the work starts on the business day after them.
    /// </summary>
    public static LocalDate RestartsOn(BusinessCalendar calendar, Instant at, int leadTime) =>
        calendar.AddBusinessDays(Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, at), leadTime);
}
