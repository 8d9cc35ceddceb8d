using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>
/// Puts concrete dates on an agreement's stages, each in its owner's business calendar, and
/// moves later stages when earlier ones finish early or late.
/// </summary>
/// <remarks>
/// <para><b>How dates are assigned.</b> The first stage starts on its owner's first business day on
/// or after the start date. A stage of n business days is due at the end of its n-th business day
/// (a 1-day stage is due the day it starts). When a stage is done its owner hands over at the end
/// of its working day; the next stage starts on the next owner's first business day whose working
/// hours begin at or after that moment, in the next owner's own time zone (a handoff at the very
/// minute the receiver's day begins leaves it that whole day). So a handoff at 17:00 on Monday in Jakarta
/// reaches a client in Los Angeles at 03:00 on Monday, and the client's stage starts that Monday;
/// a handoff at 17:00 on Friday in New York lands on Saturday in Jakarta, and the Jakarta stage
/// starts on Monday.</para>
/// <para><b>Fairness.</b> Re-planning starts every stage from the moment the ball actually reached
/// its owner, so when the client is late the provider's dates move with it: the provider is
/// never late because the client was.</para>
/// <para>Pure and thread-safe: it reads no clock and keeps no state.</para>
/// </remarks>
public static class Scheduler
{

    /// <summary>
    /// Dates every stage of a signed agreement whose deposit has been received, starting from a date.
    /// </summary>
    /// <remarks>
    /// Dates are promised only once the client has committed: the agreement must be
    /// <see cref="AgreementStatus.DepositReceived"/>, or merely <see cref="AgreementStatus.Signed"/>
    /// when it asks for no deposit (no payment terms, or a deposit of zero). Otherwise the outcome is
    /// refused with a violation that says what is missing: <c>plan.not-signed</c> or
    /// <c>plan.deposit-not-received</c>. <see cref="Replan"/> answers the same way: an outcome, refused with
    /// violations for what cannot be, and exceptions only for arguments that are wrong whatever happened.
    /// </remarks>
    /// <param name="agreement">The agreement to date.</param>
    /// <param name="status">How far the agreement has come.</param>
    /// <param name="start">The date the work starts from, in the ISO calendar.</param>
    /// <returns>The plan, or the violations that say why none can be made yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The plan would run outside years 1 to 9999.</exception>
    public static Outcome<Plan> Plan(Agreement agreement, AgreementStatus status, LocalDate start)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(status, nameof(status));
        Preconditions.CheckIsoDate(start, nameof(start));

        var deposit = agreement.PaymentTerms?.DepositAmount;
        var needsDeposit = deposit is { IsZero: false };
        if (status == AgreementStatus.Proposed)
        {
            return Outcome.Rejected<Plan>(new[]
            {
                needsDeposit
                    ? RuleViolation.Of("plan.not-signed", agreement.Id.Value, Fact.Of("deposit", deposit!))
                    : RuleViolation.Of("plan.not-signed", agreement.Id.Value),
            });
        }

        if (status == AgreementStatus.Signed && needsDeposit)
        {
            return Outcome.Rejected<Plan>(new[]
            {
                RuleViolation.Of("plan.deposit-not-received", agreement.Id.Value, Fact.Of("deposit", deposit!)),
            });
        }

        return Outcome.Accepted(Compute(agreement, start, StageActuals.None, baseline: null));
    }

    /// <summary>
    /// Re-dates a plan from what has actually happened: the stages that are done keep the day they
    /// finished, and every later stage starts from the actual handoff, earlier or later than planned.
    /// </summary>
    /// <remarks>
    /// <para>Like <see cref="Plan"/>, it returns an outcome: finishes that cannot have happened are refused
    /// as values, with a violation that says why, so a CRM can show them to the person who entered them.
    /// Stages finish in order: <paramref name="actualFinishes"/> must cover the first stages of the
    /// agreement without gaps (<c>plan.finish-out-of-order</c>), and no stage may finish before the stage
    /// before it (<c>plan.finish-before-previous</c>). A stage may finish before the day it was due to
    /// start (a client who answers the same day): its start is then that day. Replanning twice with the
    /// same finishes gives the same plan.</para>
    /// <para>Arguments that are wrong whatever happened are exceptions: a plan of another agreement or version,
    /// or a finish for a stage the agreement does not have.</para>
    /// </remarks>
    /// <param name="agreement">The agreement the plan is for.</param>
    /// <param name="plan">The current plan; its start date and its baseline dates are kept.</param>
    /// <param name="actualFinishes">The day each finished stage was done, in its owner's calendar.</param>
    /// <returns>The new plan, or the violations that say why the finishes cannot be.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan is for another agreement or version, or the finishes name a stage the agreement does not have, or a date not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The plan would run outside years 1 to 9999.</exception>
    public static Outcome<Plan> Replan(Agreement agreement, Plan plan, IReadOnlyDictionary<StageKey, LocalDate> actualFinishes)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(actualFinishes, nameof(actualFinishes));
        Preconditions.CheckArgument(
            plan.AgreementId == agreement.Id && plan.AgreementVersion == agreement.Version,
            nameof(plan),
            $"The plan is for agreement {plan.AgreementId} v{plan.AgreementVersion}, not {agreement.Id} v{agreement.Version}.");
        CheckFinishes(agreement, actualFinishes);
        if (FinishesOutOfOrder(agreement, actualFinishes) is { } refusal)
        {
            return Outcome.Rejected<Plan>(new[] { refusal });
        }

        var finishes = new StageFinish?[agreement.Stages.Count];
        foreach (var entry in actualFinishes)
        {
            var index = agreement.IndexOfStage(entry.Key);
            var calendar = agreement.CalendarOf(agreement.Stages[index].Owner);
            finishes[index] = new StageFinish(entry.Value, calendar.EndOfWorkingDay(entry.Value));
        }

        return Outcome.Accepted(Compute(agreement, plan.Start, new StageActuals(finishes), plan));
    }

    /// <summary>
    /// The plan given what has actually happened: the handoffs of the finished stages (a prefix of
    /// the stages, in order) and, for some stages, a date they may not start before.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="start">The date the work started from.</param>
    /// <param name="actuals">What happened to the stages: their handoffs, the dates some may not start before, the days added to some.</param>
    /// <param name="baseline">The plan whose baseline dates are kept; null to make these dates the baseline.</param>
    /// <param name="unchangedBefore">
    /// How many leading stages <paramref name="baseline"/> already plans from these very inputs (their finishes, start
    /// dates and extensions, and those of every stage before them): their dates and handoffs are taken from it as they
    /// are rather than worked out again. 0 to work out every stage.
    /// </param>
    internal static Plan Compute<TActuals>(Agreement agreement, LocalDate start, TActuals actuals, Plan? baseline, int unchangedBefore = 0)
        where TActuals : struct, IStageActuals
    {
        var stages = agreement.Stages;
        var planned = new PlannedStage[stages.Count];
        var handoffs = new PlannedHandoff[HandoffsOf(agreement)];
        var handoff = 0;
        Instant? ballArrived = null;
        for (var i = 0; i < unchangedBefore; i++)
        {
            planned[i] = baseline!.Stages[i];
            if ((i + 1 < stages.Count ? stages[i + 1].Owner : stages[i].Owner.Counterpart) != stages[i].Owner)
            {
                handoffs[handoff] = baseline.Handoffs[handoff];
                handoff++;
            }
        }

        if (unchangedBefore > 0)
        {
            // Only the last of them passes the ball to the stages worked out again.
            ballArrived = actuals.FinishOf(unchangedBefore - 1)?.At ?? planned[unchangedBefore - 1].DueAt;
        }

        for (var i = unchangedBefore; i < stages.Count; i++)
        {
            var stage = stages[i];
            var calendar = agreement.CalendarOf(stage.Owner);
            var length = stage.DurationBusinessDays + actuals.ExtraBusinessDaysOf(i);
            var earliest = actuals.EarliestStartOf(i);
            if (!TryDatesOf(calendar, ballArrived, start, earliest, length, out var first, out var due, out var dueAt))
            {
                // Past the end of the calendar: the same questions asked one date at a time throw what they always have.
                first = ballArrived is { } arrival ? FirstBusinessDayStartingAtOrAfter(calendar, arrival) : FirstBusinessDayOnOrAfter(calendar, start);
                if (earliest is { } notBefore && notBefore > first)
                {
                    first = FirstBusinessDayOnOrAfter(calendar, notBefore);
                }

                due = calendar.AddBusinessDays(first, length - 1);
                dueAt = calendar.EndOfWorkingDay(due);
            }

            var finish = actuals.FinishOf(i);
            if (finish is { } finished && finished.Date < first)
            {
                first = finished.Date;
            }

            var baselineStage = baseline is not null && i < baseline.Stages.Count ? baseline.Stages[i] : null;
            planned[i] = new PlannedStage(
                stage.Key,
                stage.Owner,
                stage.DurationBusinessDays,
                first,
                due,
                dueAt,
                finish?.Date,
                baselineStage?.BaselineStart ?? first,
                baselineStage?.BaselineDue ?? due);

            var next = i + 1 < stages.Count ? stages[i + 1] : null;
            var receiver = next?.Owner ?? stage.Owner.Counterpart;
            var endsAt = finish?.At ?? dueAt;
            if (receiver != stage.Owner)
            {
                handoffs[handoff++] = new PlannedHandoff(stage.Key, stage.Owner, receiver, finish?.Date ?? due, endsAt, next?.Key, stage.Handover);
            }

            ballArrived = endsAt;
        }

        return new Plan(agreement.Id, agreement.Version, start, ValueList<PlannedStage>.Owning(planned), ValueList<PlannedHandoff>.Owning(handoffs));
    }

    /// <summary>
    /// A stage's first day (the first business day whose work begins once the ball arrives, or on or after the plan's
    /// start for the first stage, and not before its earliest start), its due date <paramref name="length"/> business
    /// days on, and the end of that day's work; in day numbers from start to end, as a re-plan asks them of every stage
    /// after a change. False when a date lies past the end of the calendar.
    /// </summary>
    internal static bool TryDatesOf(BusinessCalendar calendar, Instant? ballArrived, LocalDate start, LocalDate? earliest, int length, out LocalDate first, out LocalDate due, out Instant dueAt)
    {
        first = due = default;
        dueAt = default;
        if (!(ballArrived is { } arrival
                ? calendar.TryFirstBusinessDayStartingAtOrAfter(arrival, out var firstDay)
                : calendar.TryBusinessDayOnOrAfter(DayNumber.Of(start, nameof(start)), out firstDay)))
        {
            return false;
        }

        if (earliest is { } notBefore && DayNumber.Of(notBefore, nameof(earliest)) is var earliestDay && earliestDay > firstDay
            && !calendar.TryBusinessDayOnOrAfter(earliestDay, out firstDay))
        {
            return false;
        }

        if (!calendar.TryAdd(firstDay, length - 1, out var dueDay))
        {
            return false;
        }

        first = DayNumber.ToDate(firstDay);
        due = DayNumber.ToDate(dueDay);
        dueAt = calendar.EndOfWorkingDay(dueDay);
        return true;
    }

    /// <summary>How many times the ball passes between the parties along the agreement's stages (the last stage always passes it).</summary>
    private static int HandoffsOf(Agreement agreement)
    {
        var stages = agreement.Stages;
        var count = 1;
        for (var i = 0; i + 1 < stages.Count; i++)
        {
            count += stages[i].Owner == stages[i + 1].Owner ? 0 : 1;
        }

        return count;
    }

    private static void CheckFinishes(Agreement agreement, IReadOnlyDictionary<StageKey, LocalDate> actualFinishes)
    {
        foreach (var entry in actualFinishes)
        {
            Preconditions.CheckNotNull(entry.Key, nameof(actualFinishes));
            Preconditions.CheckArgument(
                agreement.IndexOfStage(entry.Key) >= 0,
                nameof(actualFinishes),
                $"The agreement has no stage '{entry.Key}', so it cannot have finished.");
            Preconditions.CheckIsoDate(entry.Value, nameof(actualFinishes));
        }
    }

    /// <summary>Why the finishes cannot have happened: a stage finished after a gap, or before the stage before it; null when they can.</summary>
    private static RuleViolation? FinishesOutOfOrder(Agreement agreement, IReadOnlyDictionary<StageKey, LocalDate> actualFinishes)
    {
        Stage? previous = null;
        LocalDate? previousFinish = null;
        foreach (var stage in agreement.Stages)
        {
            var finished = actualFinishes.TryGetValue(stage.Key, out var finish);
            if (finished && previous is not null)
            {
                if (previousFinish is null)
                {
                    return RuleViolation.Of("plan.finish-out-of-order", agreement.Id.Value, Fact.Of("stage", stage.Key.Value), Fact.Of("previous", previous.Key.Value));
                }

                if (finish < previousFinish.Value)
                {
                    return RuleViolation.Of(
                        "plan.finish-before-previous",
                        agreement.Id.Value,
                        Fact.Of("stage", stage.Key.Value),
                        Fact.Of("finish", finish),
                        Fact.Of("previous", previous.Key.Value),
                        Fact.Of("previousFinish", previousFinish.Value));
                }
            }

            previous = stage;
            previousFinish = finished ? finish : null;
        }

        return null;
    }

    internal static LocalDate FirstBusinessDayOnOrAfter(BusinessCalendar calendar, LocalDate date) =>
        calendar.IsBusinessDay(date) ? date : calendar.NextBusinessDay(date);

    /// <summary>
    /// The receiver's first business day whose working hours begin at or after the ball arrives (see
    /// <see cref="BusinessCalendar.TryFirstBusinessDayStartingAtOrAfter"/>); past the end of the calendar, the calendar's
    /// out-of-range exception for the day after the arrival's date.
    /// </summary>
    internal static LocalDate FirstBusinessDayStartingAtOrAfter(BusinessCalendar calendar, Instant arrival) =>
        calendar.TryFirstBusinessDayStartingAtOrAfter(arrival, out var day) ? DayNumber.ToDate(day) : calendar.NextBusinessDay(calendar.ToLocalDate(arrival));
}
