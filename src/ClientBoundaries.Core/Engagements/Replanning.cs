using System.Collections.Generic;
using ClientBoundaries.Agreements;
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
    public static Plan Replanned(EngagementState state, IReadOnlyList<StageProgress> stages, int unchangedBefore, int supposedIndex = -1, StageFinish? supposedFinish = null) =>
        Scheduler.Compute(state.AgreementForDates!, state.Plan!.Start, new ProgressActuals(state, stages, supposedIndex, supposedFinish), state.Plan, unchangedBefore);

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

    /// <summary>
    /// What happened to the stages as the state records it, read where the scheduler asks: the handoffs of the stages
    /// finished in order from the first (and, after them, a finish supposed for one stage), the restart dates and the
    /// extensions. A re-plan makes no table of them: a handoff re-plans, and most engagements have no restart or extension.
    /// </summary>
    private readonly struct ProgressActuals : IStageActuals
    {
        private readonly EngagementState _state;
        private readonly IReadOnlyList<StageProgress> _stages;
        private readonly Agreement _agreement;
        private readonly int _finished;
        private readonly int _supposedIndex;
        private readonly StageFinish? _supposedFinish;

        public ProgressActuals(EngagementState state, IReadOnlyList<StageProgress> stages, int supposedIndex, StageFinish? supposedFinish)
        {
            _state = state;
            _stages = stages;
            _agreement = state.AgreementForDates!;
            var finished = 0;
            while (finished < stages.Count && stages[finished].FinishedAt.HasValue)
            {
                finished++;
            }

            _finished = finished;
            _supposedIndex = supposedIndex >= finished ? supposedIndex : -1;
            _supposedFinish = supposedFinish;
        }

        public StageFinish? FinishOf(int index)
        {
            if (index < _finished)
            {
                var at = _stages[index].FinishedAt!.Value;
                return new StageFinish(_agreement.CalendarOf(_stages[index].Owner).ToLocalDate(at), at);
            }

            return index == _supposedIndex ? _supposedFinish : null;
        }

        public LocalDate? EarliestStartOf(int index)
        {
            var entries = _state.EarliestStarts;
            var key = _stages[index].Key;
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                if (entries[i].Stage == key)
                {
                    return entries[i].Date;
                }
            }

            return null;
        }

        public int ExtraBusinessDaysOf(int index)
        {
            var entries = _state.Extensions;
            var key = _stages[index].Key;
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                if (entries[i].Stage == key)
                {
                    return entries[i].BusinessDays;
                }
            }

            return 0;
        }
    }
}
