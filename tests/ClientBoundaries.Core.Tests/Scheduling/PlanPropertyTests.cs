using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.Engagements.Assessing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Scheduling;

/// <summary>
/// Laws of plans over random agreements (<see cref="RandomAgreements"/>: one to eight stages owned by either party, any
/// working week from one day to seven, split days and days to midnight, holidays of every kind, closures, zones from
/// UTC-11 to UTC+14 with daylight saving at 02:00 and at midnight) started on any day of sixty years, fresh and re-planned.
/// </summary>
public class PlanPropertyTests
{
    private static readonly LocalDate Earliest = new(2000, 1, 1);

    internal sealed record Case(Agreement Agreement, LocalDate Start, int[] FinishOffsets)
    {
        public override string ToString() =>
            $"agreement seed {Agreement.Id} from {Start:uuuu-MM-dd}, finishes offset by [{string.Join(", ", FinishOffsets)}]";
    }

    private static Arbitrary<Case> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from startDays in Gen.Choose(0, 60 * 365)
         from finishCount in Gen.Choose(0, 8)
         from finishOffsets in Gen.ArrayOf(Gen.Choose(-5, 40), finishCount)
         select new Case(RandomAgreements.Make(seed), Earliest.PlusDays(startDays), finishOffsets)).ToArbitrary();

    private static Plan PlanOf(Case c) => Scheduler.Plan(c.Agreement, AgreementStatus.DepositReceived, c.Start).Value;

    [Fact]
    public void A_stages_dates_worked_out_in_day_numbers_are_those_asked_of_the_calendar_one_date_at_a_time()
    {
        // Either party's calendar; the ball arriving at any minute of sixty years (or, for a first stage, a start date);
        // an earliest start before, on or just after the first day, or none; any length a stage may run.
        var gen =
            from seed in Gen.Choose(0, int.MaxValue)
            from client in Gen.Elements(false, true)
            from arrives in Gen.Elements(false, true, true)
            from minutes in Gen.Choose(0, 60 * 365 * 24 * 60)
            from earliestOffset in Gen.Frequency((2, Gen.Constant<int?>(null)), (3, Gen.Choose(-3, 12).Select(d => (int?)d)))
            from length in Gen.Choose(1, 40)
            select (seed, client, arrives, minutes, earliestOffset, length);

        PropertyCheck.Holds(gen.ToArbitrary(), c =>
        {
            var agreement = RandomAgreements.Make(c.seed);
            var calendar = c.client ? agreement.Client.Calendar : agreement.Provider.Calendar;
            var arrival = Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromMinutes(c.minutes);
            Instant? ballArrived = c.arrives ? arrival : null;
            var start = calendar.ToLocalDate(arrival);
            var first = c.arrives ? Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, arrival) : Scheduler.FirstBusinessDayOnOrAfter(calendar, start);
            LocalDate? earliest = c.earliestOffset is { } offset ? first.PlusDays(offset) : null;
            if (earliest is { } notBefore && notBefore > first)
            {
                first = Scheduler.FirstBusinessDayOnOrAfter(calendar, notBefore);
            }

            var due = calendar.AddBusinessDays(first, c.length - 1);
            return Scheduler.TryDatesOf(calendar, ballArrived, start, earliest, c.length, out var firstDay, out var dueDay, out var dueAt)
                && firstDay == first && dueDay == due && dueAt == calendar.EndOfWorkingDay(due);
        }, cases: 1500);
    }

    [Fact]
    public void A_plan_dates_every_stage_on_its_owner_business_days_in_the_agreement_order()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var plan = PlanOf(c);
            var stages = c.Agreement.Stages;
            return plan.Stages.Select(s => (s.Key, s.Owner, s.DurationBusinessDays)).SequenceEqual(stages.Select(s => (s.Key, s.Owner, s.DurationBusinessDays)))
                && plan.Stages.All(s => IsDatedInItsOwnerBusinessDays(c.Agreement.CalendarOf(s.Owner), s))
                && plan.Stages.All(s => s.BaselineStart == s.Start && s.BaselineDue == s.Due && !s.IsFinished);
        }, cases: 500);
    }

    [Fact]
    public void The_first_stage_starts_on_its_owner_first_business_day_on_or_after_the_start()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var first = PlanOf(c).Stages[0];
            var calendar = c.Agreement.CalendarOf(first.Owner);
            return first.Start >= c.Start && calendar.IsBusinessDay(first.Start) && calendar.PreviousBusinessDay(first.Start) < c.Start;
        }, cases: 500);
    }

    [Fact]
    public void A_stage_never_starts_before_the_ball_reaches_its_owner_and_starts_on_the_first_day_it_can()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var plan = PlanOf(c);
            return Enumerable.Range(1, plan.Stages.Count - 1).All(i =>
            {
                var arrival = plan.Stages[i - 1].DueAt;
                var calendar = c.Agreement.CalendarOf(plan.Stages[i].Owner);
                var start = plan.Stages[i].Start;
                return calendar.StartOfWorkingDay(start) >= arrival
                    && calendar.StartOfWorkingDay(calendar.PreviousBusinessDay(start)) < arrival
                    && calendar.StartOfWorkingDay(start) >= c.Agreement.CalendarOf(plan.Stages[i - 1].Owner).StartOfWorkingDay(plan.Stages[i - 1].Start);
            });
        }, cases: 500);
    }

    [Fact]
    public void The_ball_is_handed_over_exactly_when_the_owner_changes_and_at_the_end()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var plan = PlanOf(c);
            var stages = plan.Stages;
            var expected = Enumerable.Range(0, stages.Count)
                .Where(i => i == stages.Count - 1 || stages[i + 1].Owner != stages[i].Owner)
                .Select(i => (stages[i].Key, stages[i].Owner, To: i == stages.Count - 1 ? stages[i].Owner.Counterpart : stages[i + 1].Owner, stages[i].Due, stages[i].DueAt));
            return plan.Handoffs.Select(h => (h.AfterStage, h.From, h.To, h.Date, h.At)).SequenceEqual(expected);
        }, cases: 500);
    }

    [Fact]
    public void A_replanned_plan_keeps_what_finished_and_dates_the_rest_from_the_actual_handoffs()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var plan = PlanOf(c);
            var finishes = FinishesOf(c, plan);
            var replanned = Scheduler.Replan(c.Agreement, plan, finishes).Value;
            var stages = replanned.Stages;
            return stages.Count == plan.Stages.Count
                && stages.Select((s, i) => s.BaselineStart == plan.Stages[i].Start && s.BaselineDue == plan.Stages[i].Due).All(same => same)
                && stages.All(s => finishes.TryGetValue(s.Key, out var finish) ? s.FinishedOn == finish && s.Start <= finish : !s.IsFinished)
                && stages.Where(s => !s.IsFinished).All(s => IsDatedInItsOwnerBusinessDays(c.Agreement.CalendarOf(s.Owner), s))
                && Enumerable.Range(1, stages.Count - 1).All(i => NeverStartsBeforeTheBallArrives(c.Agreement, replanned, i, finishesAreDates: true))
                && Scheduler.Replan(c.Agreement, replanned, finishes).Value.Equals(replanned);
        }, cases: 500);
    }

    [Fact]
    public void Replanning_with_nothing_finished_changes_nothing()
    {
        PropertyCheck.Holds(Cases(), c =>
        {
            var plan = PlanOf(c);
            return Scheduler.Replan(c.Agreement, plan, new Dictionary<StageKey, LocalDate>()).Value.Equals(plan);
        });
    }

    [Fact]
    public void The_plan_of_a_running_engagement_keeps_the_laws_through_pauses_restarts_and_consequences()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps);
            var plan = state.Plan!;
            var agreement = state.Agreement!;
            return plan.Stages.Where(s => !s.IsFinished).All(s =>
                    {
                        var calendar = agreement.CalendarOf(s.Owner);
                        return calendar.IsBusinessDay(s.Start) && calendar.IsBusinessDay(s.Due) && s.Start <= s.Due
                            && calendar.BusinessDaysBetween(s.Start, s.Due) >= s.DurationBusinessDays - 1
                            && s.DueAt == calendar.EndOfWorkingDay(s.Due);
                    })
                && Enumerable.Range(1, plan.Stages.Count - 1).All(i => NeverStartsBeforeTheBallArrives(agreement, plan, i));
        }, cases: 300);
    }

    /// <summary>A stage's dates are business days of its owner, in order, exactly its length apart, and due at the end of the last.</summary>
    private static bool IsDatedInItsOwnerBusinessDays(BusinessCalendar calendar, PlannedStage stage) =>
        calendar.IsBusinessDay(stage.Start)
        && calendar.IsBusinessDay(stage.Due)
        && stage.Start <= stage.Due
        && calendar.BusinessDaysBetween(stage.Start, stage.Due) == stage.DurationBusinessDays - 1
        && stage.DueAt == calendar.EndOfWorkingDay(stage.Due);

    /// <summary>
    /// A stage never starts before the ball reached its owner: before the handoff of the stage before it (planned, or as it
    /// actually happened), seen in the owner's own zone. A stage that is not done yet starts no earlier than the owner's
    /// working day after that moment; one that is done starts no earlier than that moment's date.
    /// </summary>
    /// <remarks>
    /// <see cref="Scheduler.Replan"/> takes finishes as dates, each only required to be no earlier than the one before it,
    /// date for date, although the parties' zones may be a day apart; a stage finished before the day it was due to start
    /// starts on the day it finished. So, for finishes given as dates (<paramref name="finishesAreDates"/>), a finished
    /// stage may also start on its finish date when that is no earlier than the previous stage's.
    /// </remarks>
    private static bool NeverStartsBeforeTheBallArrives(Agreement agreement, Plan plan, int index, bool finishesAreDates = false)
    {
        var previous = plan.Stages[index - 1];
        var stage = plan.Stages[index];
        var receiver = agreement.CalendarOf(stage.Owner);
        var handoff = plan.Handoffs.FirstOrDefault(h => h.AfterStage == previous.Key);
        if (handoff is null && previous.FinishedOn is { } finished)
        {
            // The owner kept the ball: the same calendar, so the dates compare directly.
            return stage.Start >= finished;
        }

        var arrival = handoff?.At ?? previous.DueAt;
        if (!stage.IsFinished)
        {
            return receiver.StartOfWorkingDay(stage.Start) >= arrival;
        }

        return stage.Start >= receiver.ToLocalDate(arrival)
            || (finishesAreDates && stage.Start == stage.FinishedOn && stage.FinishedOn >= previous.FinishedOn);
    }

    /// <summary>The first stages finish in order, each some days after the one before (or around its planned start, for the first).</summary>
    private static Dictionary<StageKey, LocalDate> FinishesOf(Case c, Plan plan)
    {
        var finishes = new Dictionary<StageKey, LocalDate>();
        LocalDate? previous = null;
        for (var i = 0; i < c.FinishOffsets.Length && i < plan.Stages.Count; i++)
        {
            var finish = previous is { } p ? p.PlusDays(System.Math.Abs(c.FinishOffsets[i])) : plan.Stages[0].Start.PlusDays(c.FinishOffsets[i]);
            finishes.Add(plan.Stages[i].Key, finish);
            previous = finish;
        }

        return finishes;
    }
}
