using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The dates of an agreement as an iCalendar file (RFC 5545): every stage, handoff, date money is due
/// (either way), check-in and booked meeting, so the client can load them into its own calendar and use
/// them as its reminder list, as the one-pager promises.
/// </summary>
/// <remarks>
/// <para>What is exported, one VEVENT each, with texts in the chosen <see cref="Language"/>:</para>
/// <list type="bullet">
/// <item><description>each stage: all-day, from its first business day through its due date (or the
/// day it finished), in its owner's calendar; the description lists each side's tasks and what the
/// stage hands over;</description></item>
/// <item><description>each handoff: a moment, the end of the sender's working day on the due date
/// (the actual moment once an engagement has recorded it), written in the sender's time zone, with a
/// reminder one day before while it is still ahead; its title names the stage it ends and both parties;</description></item>
/// <item><description>each date money is due: all-day, with a reminder at 09:00 the day before, titled
/// with who pays whom how much and what for ("Payment due: Acme Bakery pays Pixel &amp; Pine Studio
/// 1,800.00 EUR for the final payment"); for an engagement, every entry of its <see cref="OwedLedger"/>
/// with something outstanding, either way (the agreed payments once invoiced, change orders, restart
/// and late fees, credits owed to the client, overpayments to pay back), on its due date in the debtor's
/// calendar, its description saying what was already paid or set off and what is outstanding; and each
/// agreed payment not invoiced yet on the date the plan gives it;</description></item>
/// <item><description>each check-in of the agreement's cadence between the plan's start and its end:
/// all-day, because the cadence fixes the provider's day and not the hour;</description></item>
/// <item><description>for an engagement, each booked meeting: its start and end
/// in the provider's time zone, the agenda, a reminder 15 minutes before and a second one at the
/// wrap-up cue, counted back from the end.</description></item>
/// </list>
/// <para>Every date names its stage by title, never by key: a stage's and a handoff's title name it, a
/// milestone payment is the payment after it, and a check-in's or a meeting's description names the stage
/// under way that day by the plan (or, between two stages, the next one and the day it starts).</para>
/// <para>A date that will no longer happen is not left out but exported with <c>STATUS:CANCELLED</c>,
/// under its usual UID and without reminders, so a calendar that imported it from an earlier export
/// removes it or strikes it through: a meeting that was called off and, once an engagement is
/// terminated, every stage and handoff not done by then, the payments it will never invoice, and the
/// check-ins and meetings after its last day.</para>
/// <para>Every UID is built from the agreement's id, the kind of date and its key, never from a
/// position or a time: <c>acme-website/stage/design@clientboundaries</c>,
/// <c>acme-website/handoff/design@clientboundaries</c>, <c>acme-website/payment/milestone/design@clientboundaries</c>,
/// <c>acme-website/payment/deposit@clientboundaries</c>, <c>acme-website/payment/final@clientboundaries</c>, and for the
/// other entries of the ledger, from their <see cref="OwedKey"/>: <c>acme-website/payment/change-order/booking@clientboundaries</c>,
/// <c>acme-website/payment/restart-fee/stage/content/0/15@clientboundaries</c> (a fee or credit by the late obligation,
/// the round and the rule's threshold), <c>acme-website/payment/overpayment/deposit@clientboundaries</c>,
/// <c>acme-website/check-in/2026-03-09@clientboundaries</c> (a check-in is known by its day, as the
/// engagement records it), <c>acme-website/meeting/kick-off@clientboundaries</c>. Exporting again after a
/// re-plan gives the same UIDs with new dates, so a calendar that imports the file again moves the
/// events rather than doubling them.</para>
/// <para>Timed events carry their TZID, and the file holds a VTIMEZONE for each zone used, built from
/// the zone's real transitions over the exported span. The file uses CRLF line endings, folds lines at
/// 75 octets of UTF-8 and escapes TEXT values, leaving out the control characters RFC 5545 forbids in
/// them. The library reads no clock: DTSTAMP is the <c>stamp</c> you pass, the moment the file is made,
/// and SEQUENCE is the whole seconds from 2020-01-01T00:00Z to it, so every event of a file made later
/// has a higher SEQUENCE than in any file made before, whichever export made it (pass the real moment:
/// a stamp that goes back in time makes a calendar keep the older copy). The output depends only on the
/// arguments, so the same arguments give the same file. Thread-safe.</para>
/// </remarks>
public static class CalendarExport
{
    private const string UidDomain = "@clientboundaries";

    /// <summary>Reminders of whole-day dates come at 09:00 the day before: 15 hours before the day starts.</summary>
    private static readonly Duration DayBeforeAtNine = Duration.FromHours(-15);

    private static readonly Duration DayBefore = Duration.FromDays(-1);

    private static readonly Duration MeetingLead = Duration.FromMinutes(-15);

    private static readonly Instant SequenceEpoch = Instant.FromUtc(2020, 1, 1, 0, 0);

    /// <summary>
    /// The dates of a plan as an iCalendar file: once the agreement is scheduled, before an
    /// engagement is recorded, or by a host that keeps no engagement.
    /// </summary>
    /// <remarks>
    /// <para>Exports the plan's stages and handoffs, the agreement's check-ins between the plan's start
    /// and its end, and the payments the plan dates. A payment is due some days after something
    /// happens, so the rule assumes every stage is handed over and accepted at the moment it is due
    /// (<see cref="PlannedStage.DueAt"/>): a milestone payment is due its
    /// <see cref="MilestonePayment.DueDays"/> calendar days after that moment's date in the client's
    /// calendar, the final payment <see cref="PaymentTerms.FinalPaymentDueDays"/> days after the last
    /// stage's, each moved to the client's next business day when it falls on a day off. That is what
    /// an engagement gives when every stage finishes on time, and the description says it is not invoiced
    /// yet. The deposit is left out: a plan exists only once it is received.</para>
    /// <para>SEQUENCE is the number of seconds from 2020-01-01T00:00Z to <paramref name="stamp"/>, as in
    /// every export (see <see cref="CalendarExport"/>): a file made later supersedes an earlier one, a
    /// re-plan of the same agreement version included. There are no booked meetings without an engagement.
    /// The UIDs are those an engagement export of the same agreement gives (see <see cref="CalendarExport"/>),
    /// so a client that loaded this file and later loads the engagement's sees its events move, not double.</para>
    /// </remarks>
    /// <param name="agreement">The agreement the plan dates: names, tasks, payment terms and calendars come from it.</param>
    /// <param name="plan">The plan, from <see cref="Scheduler.Plan"/> or <see cref="Scheduler.Replan"/>.</param>
    /// <param name="language">The language of the titles and descriptions.</param>
    /// <param name="stamp">When the file is made: the DTSTAMP of every event. The library never reads a clock.</param>
    /// <returns>The iCalendar file, with CRLF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="plan"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is the plan of another agreement, or dates a stage the agreement does not have.</exception>
    public static string ToICalendar(Agreement agreement, Plan plan, Language language, Instant stamp)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(language, nameof(language));
        DocumentPreconditions.CheckPlanOf(agreement, plan);

        var phrases = Phrasebook.Of(language);
        var events = new List<CalendarEvent>();
        AddStagesAndHandoffs(events, agreement, plan, phrases, endedAt: null, late: null);
        if (agreement.PaymentTerms is { } terms)
        {
            foreach (var payment in PaymentSchedule.Planned(agreement, plan, terms))
            {
                events.Add(Planned(agreement, payment, phrases));
            }
        }

        AddCheckIns(events, agreement, plan, phrases, endedAt: null);
        return Write(agreement, events, stamp);
    }

    /// <summary>
    /// The dates of a running engagement as an iCalendar file: its current plan, the payments the
    /// client still owes, its check-ins and its booked meetings.
    /// </summary>
    /// <remarks>
    /// <para>Exports the current plan (re-planned from every actual handoff: a finished stage spans
    /// the days it actually took, a handoff already made sits at its actual moment and has no
    /// reminder; while the open stage is past its due date, it and the stages after it are dated as if it
    /// were handed over at the end of the <paramref name="stamp"/>'s working day, as the status report
    /// does, rather than from a due date already gone), the agreement's check-ins between the plan's start and its end, every meeting booked
    /// and not cancelled, and every date money is due, both ways. Each entry of the engagement's <see cref="OwedLedger"/> with
    /// something outstanding and a due date is on that date: an agreed payment once invoiced (the deposit at signing, a
    /// milestone payment once its stage is accepted, the final payment at completion), an accepted change order, a restart or
    /// late fee, a credit owed to the client, an overpayment to pay back. Its title gives who pays whom what is outstanding,
    /// and its description what was already paid or set off. An agreed payment not invoiced yet is on the date the current
    /// plan gives it, by the rule of <see cref="ToICalendar(Agreement, Plan, Language, Instant)"/>, and moves to its real due
    /// date, under the same UID, once invoiced: a payment is never on both. An entry once settled (paid, refunded or set off
    /// in full) is left out, as a payment received always was; the payments a terminated engagement never invoiced are
    /// cancelled.</para>
    /// <para>SEQUENCE is the number of seconds from 2020-01-01T00:00Z to <paramref name="stamp"/>, as in
    /// every export (see <see cref="CalendarExport"/>): a file made later supersedes an earlier one, the
    /// plan's file made before the engagement included. The UIDs do not change as the engagement moves on:
    /// a re-plan moves events, an entry settled drops out, and a meeting called off, or anything the
    /// termination of the engagement stopped, is cancelled.</para>
    /// </remarks>
    /// <param name="engagement">The engagement, scheduled or later.</param>
    /// <param name="language">The language of the titles and descriptions.</param>
    /// <param name="stamp">When the file is made: the DTSTAMP of every event. The library never reads a clock.</param>
    /// <returns>The iCalendar file, with CRLF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no plan yet: it is not scheduled.</exception>
    public static string ToICalendar(EngagementState engagement, Language language, Instant stamp)
    {
        Preconditions.CheckNotNull(engagement, nameof(engagement));
        Preconditions.CheckNotNull(language, nameof(language));
        var (agreement, _) = DocumentPreconditions.Scheduled(engagement);
        var (plan, late) = ProjectedPlan.Of(engagement, stamp);
        var terms = engagement.AgreementForDates!;

        var phrases = Phrasebook.Of(language);
        var events = new List<CalendarEvent>();
        var endedAt = engagement.TerminatedAt;
        AddStagesAndHandoffs(events, agreement, plan, phrases, endedAt, late?.Key);
        AddMoneyDue(events, engagement, agreement, terms, plan, phrases);
        AddCheckIns(events, terms, plan, phrases, endedAt);
        AddMeetings(events, engagement, agreement, terms, plan, phrases);
        return Write(agreement, events, stamp);
    }

    /// <summary>
    /// The stages and handoffs of the plan; with <paramref name="endedAt"/>, those not done by then are cancelled. The plan
    /// supposes the <paramref name="late"/> stage handed over today (<see cref="ProjectedPlan"/>): its handoff is still ahead.
    /// </summary>
    private static void AddStagesAndHandoffs(List<CalendarEvent> events, Agreement agreement, Plan plan, Phrasebook phrases, Instant? endedAt, StageKey? late)
    {
        foreach (var planned in plan.Stages)
        {
            var stage = agreement.FindStage(planned.Key)!;
            var owner = agreement.PartyOf(stage.Owner);
            var description = new StringBuilder();
            foreach (var party in new[] { owner, agreement.PartyOf(stage.Owner.Counterpart) })
            {
                var tasks = stage.TasksOf(party.Role);
                if (tasks.Count > 0)
                {
                    AppendLine(description, phrases.Say(TextKey.CalendarTasksOf, party.Name));
                    foreach (var task in tasks)
                    {
                        AppendLine(description, "- " + task);
                    }
                }
            }

            if (stage.Handover is { } handover)
            {
                AppendLine(description, phrases.Say(TextKey.CalendarHandsOver, handover));
            }

            var stageEvent = CalendarEvent.AllDay(
                Uid(agreement, "stage", planned.Key.Value),
                phrases.Say(TextKey.CalendarStageSummary, stage.Name, owner.Name),
                description.Length == 0 ? null : description.ToString(),
                planned.Start,
                planned.FinishedOn ?? planned.Due,
                Array.Empty<CalendarAlarm>());
            events.Add(endedAt.HasValue && !planned.IsFinished ? stageEvent.Cancelled() : stageEvent);
        }

        foreach (var handoff in plan.Handoffs)
        {
            var stageName = Wording.StageName(agreement, handoff.AfterStage);
            var receiver = agreement.PartyOf(handoff.To);
            var summary = phrases.Say(TextKey.CalendarHandoffSummary, stageName, agreement.PartyOf(handoff.From).Name, receiver.Name);
            var description = handoff.Handover is { } handover
                ? phrases.Say(TextKey.CalendarHandoffDescription, stageName, handover)
                : phrases.Say(TextKey.CalendarHandoffAfter, stageName);
            if (handoff.NextStage is { } nextKey && plan.FindStage(nextKey) is { } next)
            {
                description += "\n" + phrases.Say(TextKey.CalendarNextStage, Wording.StageName(agreement, nextKey), receiver.Name, phrases.Date(next.Due));
            }

            // A handoff already made is history: nothing to be reminded of.
            var done = (plan.FindStage(handoff.AfterStage)?.IsFinished ?? false) && handoff.AfterStage != late;
            var handoffEvent = CalendarEvent.Timed(
                Uid(agreement, "handoff", handoff.AfterStage.Value),
                summary,
                description,
                handoff.At,
                null,
                agreement.CalendarOf(handoff.From).Zone,
                busy: false,
                done ? Array.Empty<CalendarAlarm>() : new[] { new CalendarAlarm(DayBefore, false, phrases.Say(TextKey.CalendarReminder, summary)) });
            events.Add(endedAt.HasValue && !done ? handoffEvent.Cancelled() : handoffEvent);
        }
    }

    /// <summary>
    /// The dates money is due, both ways: every entry of the ledger with something outstanding on its due date (the
    /// agreed payments once invoiced, change orders, fees, credits and overpayments), then each agreed payment not
    /// invoiced yet on the date the plan gives it, cancelled once the engagement has ended. A payment is on one date or
    /// the other, never both, under the same UID.
    /// </summary>
    private static void AddMoneyDue(List<CalendarEvent> events, EngagementState engagement, Agreement agreement, Agreement terms, Plan plan, Phrasebook phrases)
    {
        var ledger = OwedLedger.Of(engagement);
        foreach (var entry in ledger.Entries)
        {
            // Settled entries leave the calendar, as a payment received always has.
            if (!entry.IsSettled && entry.Due is { } due)
            {
                events.Add(Owed(engagement, agreement, terms, entry, due, phrases));
            }
        }

        if (terms.PaymentTerms is not { } paymentTerms)
        {
            return;
        }

        var terminated = engagement.Phase == EngagementPhase.Terminated;
        foreach (var payment in PaymentSchedule.Planned(terms, plan, paymentTerms))
        {
            if (ledger.Find(OwedKey.Payment(payment.Key)) is null)
            {
                // Never to be invoiced once the engagement ended: cancel the date an earlier export gave it.
                var planned = Planned(agreement, payment, phrases);
                events.Add(terminated ? planned.Cancelled() : planned);
            }
        }
    }

    /// <summary>An agreed payment not invoiced yet, on the date the plan gives it; the client pays the provider.</summary>
    private static CalendarEvent Planned(Agreement agreement, PlannedPayment payment, Phrasebook phrases)
    {
        var key = OwedKey.Payment(payment.Key);
        var summary = MoneySummary(agreement, PartyRole.Client, payment.Amount, For(phrases, null, agreement, key), phrases);
        return CalendarEvent.AllDay(Uid(agreement, "payment", UidOf(key)), summary, phrases[TextKey.CalendarPaymentPlanned], payment.Due, payment.Due, Reminder(summary, phrases));
    }

    /// <summary>An entry of the ledger on its due date: who pays whom what is outstanding, and what was already paid or set off.</summary>
    private static CalendarEvent Owed(EngagementState engagement, Agreement agreement, Agreement terms, OwedEntry entry, LocalDate due, Phrasebook phrases)
    {
        var summary = MoneySummary(agreement, entry.Debtor, entry.Outstanding, For(phrases, engagement, agreement, entry.Key), phrases);
        var since = phrases.Date(terms.CalendarOf(entry.Debtor).ToLocalDate(entry.InvoicedAt));
        var parts = new List<string>();
        if (!entry.Paid.IsZero)
        {
            parts.Add(phrases.Say(TextKey.CalendarOwedPaidPart, phrases.Money(entry.Paid)));
        }

        if (!entry.Credited.IsZero)
        {
            // An entry the holder of a credit owes is settled by the credit; a credit itself is set off against what its holder owes.
            parts.Add(entry.Kind.IsCreditNote
                ? phrases.Say(TextKey.CalendarOwedSetOffPart, phrases.Money(entry.Credited), agreement.PartyOf(entry.Creditor).Name)
                : phrases.Say(TextKey.CalendarOwedCreditedPart, phrases.Money(entry.Credited)));
        }

        var description = parts.Count == 0
            ? phrases.Say(TextKey.CalendarOwedSince, since)
            : phrases.Say(TextKey.CalendarOwedPartly, phrases.Money(entry.Amount), since, phrases.JoinedWithAnd(parts), phrases.Money(entry.Outstanding));
        return CalendarEvent.AllDay(Uid(agreement, "payment", UidOf(entry.Key)), summary, description, due, due, Reminder(summary, phrases));
    }

    /// <summary>"Payment due: Acme Bakery pays Pixel &amp; Pine Studio 1,800.00 EUR for the final payment".</summary>
    private static string MoneySummary(Agreement agreement, PartyRole debtor, Money amount, string what, Phrasebook phrases) =>
        phrases.Say(TextKey.CalendarPaymentSummary, agreement.PartyOf(debtor).Name, agreement.PartyOf(debtor.Counterpart).Name, phrases.Money(amount), what);

    /// <summary>What a payment is for, in running text: "for the final payment", "for the restart fee (Client sends content)", "to refund the overpayment (Deposit)".</summary>
    private static string For(Phrasebook phrases, EngagementState? engagement, Agreement agreement, OwedKey key)
    {
        if (key.Kind == OwedKind.Deposit)
        {
            return phrases[TextKey.CalendarPaymentForDeposit];
        }

        if (key.Kind == OwedKind.FinalPayment)
        {
            return phrases[TextKey.CalendarPaymentForFinal];
        }

        if (key.Kind == OwedKind.MilestonePayment)
        {
            return phrases.Say(TextKey.CalendarPaymentForMilestone, Wording.StageName(agreement, key.Obligation!.Stage!));
        }

        // Only the engagement's ledger has entries of these kinds.
        var state = engagement!;
        if (key.Kind == OwedKind.ChangeOrder)
        {
            return phrases.Say(TextKey.CalendarPaymentForChangeOrder, Wording.ChangeOrderName(state, key));
        }

        var about = phrases.ObligationTitle(state, agreement, key.Obligation!);
        return key.Kind == OwedKind.RestartFee ? phrases.Say(TextKey.CalendarPaymentForRestartFee, about)
            : key.Kind == OwedKind.LateFee ? phrases.Say(TextKey.CalendarPaymentForLateFee, about)
            : key.Kind == OwedKind.Credit ? phrases.Say(TextKey.CalendarPaymentForCredit, about)
            : phrases.Say(TextKey.CalendarPaymentForOverpayment, about);
    }

    /// <summary>
    /// The part of a money date's UID after <c>payment/</c>, from its ledger key: <c>deposit</c>, <c>milestone/design</c> and
    /// <c>final</c> for the agreed payments (as before there was a ledger), <c>change-order/booking</c>,
    /// <c>restart-fee/stage/content/0/15</c> (the late obligation, the round and the rule's threshold, unique in a ladder),
    /// <c>overpayment/final</c>. Keys hold only characters a UID may carry as they are.
    /// </summary>
    private static string UidOf(OwedKey key)
    {
        if (key.Kind == OwedKind.ChangeOrder)
        {
            return "change-order/" + key.ChangeOrder!.Value;
        }

        var obligation = UidOf(key.Obligation!);
        if (key.Kind.IsAgreedPayment)
        {
            return obligation;
        }

        if (key.Kind == OwedKind.Overpayment)
        {
            return "overpayment/" + obligation;
        }

        var kind = key.Kind == OwedKind.RestartFee ? "restart-fee" : key.Kind == OwedKind.LateFee ? "late-fee" : "credit";
        return kind + "/" + obligation + "/" + key.Round.ToString(CultureInfo.InvariantCulture) + "/" + key.Rule!.BusinessDaysOverdue.ToString(CultureInfo.InvariantCulture);
    }

    private static string UidOf(ObligationKey obligation) =>
        obligation.Kind == ObligationKind.Deposit ? "deposit"
        : obligation.Kind == ObligationKind.FinalPayment ? "final"
        : obligation.Kind == ObligationKind.MilestonePayment ? "milestone/" + obligation.Stage!.Value
        : obligation.Kind == ObligationKind.Stage ? "stage/" + obligation.Stage!.Value
        : obligation.Kind == ObligationKind.Acceptance ? "acceptance/" + obligation.Stage!.Value
        : "reply/" + obligation.Message!.Value;

    /// <summary>A money date's reminder, at 09:00 the day before.</summary>
    private static CalendarAlarm[] Reminder(string summary, Phrasebook phrases) =>
        new[] { new CalendarAlarm(DayBeforeAtNine, false, phrases.Say(TextKey.CalendarReminder, summary)) };

    /// <summary>The check-ins of the cadence over the plan; with <paramref name="endedAt"/>, those after that day are cancelled.</summary>
    private static void AddCheckIns(List<CalendarEvent> events, Agreement agreement, Plan plan, Phrasebook phrases, Instant? endedAt)
    {
        if (agreement.CheckIns is not { } cadence || plan.End < plan.Start)
        {
            return;
        }

        // OccurrencesBetween lists at most ten years; a longer plan gets its first ten years of check-ins.
        var end = Period.DaysBetween(plan.Start, plan.End) > CheckInCadence.MaxSpanDays ? plan.Start.PlusDays(CheckInCadence.MaxSpanDays) : plan.End;
        var summary = phrases.Say(TextKey.CalendarCheckInSummary, agreement.Provider.Name, agreement.Client.Name);
        LocalDate? lastDay = endedAt is { } ended ? agreement.Provider.Calendar.ToLocalDate(ended) : null;
        foreach (var day in cadence.OccurrencesBetween(agreement.Provider.Calendar, plan.Start, end))
        {
            var checkIn = CalendarEvent.AllDay(
                Uid(agreement, "check-in", NodaTime.Text.LocalDatePattern.Iso.Format(day)),
                summary,
                StageOn(agreement, plan, day, phrases),
                day,
                day,
                Array.Empty<CalendarAlarm>());
            events.Add(day > lastDay ? checkIn.Cancelled() : checkIn);
        }
    }

    /// <summary>
    /// The stage a day falls in, by the plan, to name on a check-in or a meeting: the stage under way that day (the
    /// later one when a stage ends and the next begins on the same day); in a gap between stages, the next one and
    /// the day it starts; null after the last.
    /// </summary>
    private static string? StageOn(Agreement agreement, Plan plan, LocalDate day, Phrasebook phrases)
    {
        PlannedStage? underWay = null;
        foreach (var stage in plan.Stages)
        {
            if (stage.Start <= day && day <= (stage.FinishedOn ?? stage.Due))
            {
                underWay = stage;
            }
        }

        if (underWay is not null)
        {
            return phrases.Say(TextKey.CalendarStageUnderWay, Wording.StageName(agreement, underWay.Key), agreement.PartyOf(underWay.Owner).Name);
        }

        var next = plan.Stages.FirstOrDefault(stage => stage.Start > day);
        return next is null
            ? null
            : phrases.Say(TextKey.CalendarStageNext, Wording.StageName(agreement, next.Key), agreement.PartyOf(next.Owner).Name, phrases.Date(next.Start));
    }

    private static void AddMeetings(List<CalendarEvent> events, EngagementState engagement, Agreement agreement, Agreement terms, Plan plan, Phrasebook phrases)
    {
        var zone = terms.Provider.Calendar.Zone;
        var summary = phrases.Say(TextKey.CalendarMeetingSummary, agreement.Title);
        var endedAt = engagement.TerminatedAt;
        foreach (var meeting in engagement.Communication.Meetings)
        {
            var booked = meeting.Booked;
            var description = new StringBuilder();
            AppendLine(description, phrases[TextKey.CalendarMeetingAgenda] + ":");
            foreach (var item in booked.Agenda)
            {
                AppendLine(description, "- " + item);
            }

            if (booked.AnotherAppointmentFollows)
            {
                AppendLine(description, phrases[TextKey.CalendarAnotherAppointmentFollows]);
            }

            if (StageOn(agreement, plan, booked.Start.InZone(zone).Date, phrases) is { } stage)
            {
                AppendLine(description, stage);
            }

            var alarms = new List<CalendarAlarm> { new(MeetingLead, false, phrases.Say(TextKey.CalendarReminder, summary)) };
            var cueLead = booked.End - booked.WrapUpCueAt;
            if (cueLead > Duration.Zero)
            {
                alarms.Add(new CalendarAlarm(-cueLead, true, phrases.Say(TextKey.CalendarWrapUpCue, phrases.Length(cueLead))));
            }

            var meetingEvent = CalendarEvent.Timed(
                Uid(agreement, "meeting", meeting.Id.Value),
                summary,
                description.ToString(),
                booked.Start,
                booked.End,
                zone,
                busy: true,
                alarms);

            // Called off, or due after the engagement ended: cancelled under the UID the calendar knows it by.
            var calledOff = meeting.CancelledAt.HasValue || booked.Start >= endedAt;
            events.Add(calledOff ? meetingEvent.Cancelled() : meetingEvent);
        }
    }

    private static string Write(Agreement agreement, List<CalendarEvent> events, Instant stamp)
    {
        // In date order, so the file reads like the plan; ties keep the order they were added in.
        var ordered = events.OrderBy(DayOf).ToList();
        var writer = new ICalendarWriter();
        writer.Begin("VCALENDAR");
        writer.Property("VERSION", "2.0");
        writer.Property("PRODID", "-//ClientBoundaries//ClientBoundaries.Core//EN");
        writer.Property("CALSCALE", "GREGORIAN");
        writer.Property("METHOD", "PUBLISH");
        writer.Text("X-WR-CALNAME", agreement.Title);

        if (ordered.Count > 0)
        {
            // Every zone's VTIMEZONE covers the whole export, a day more on each side for the zones' own offsets.
            var first = ordered.Min(DayOf);
            var last = ordered.Max(e => e.LastDay ?? e.End?.InZone(e.Zone!).Date ?? DayOf(e));
            var from = first.AtMidnight().InUtc().ToInstant();
            var to = last.AtMidnight().InUtc().ToInstant();
            from = from > Instant.MinValue + Duration.FromDays(1) ? from - Duration.FromDays(1) : Instant.MinValue;
            to = to < Instant.MaxValue - Duration.FromDays(2) ? to + Duration.FromDays(2) : Instant.MaxValue;
            foreach (var zone in ordered.Where(e => e.Zone is not null).Select(e => e.Zone!).Distinct().OrderBy(z => z.Id, StringComparer.Ordinal))
            {
                writer.TimeZone(zone, from, to);
            }
        }

        var sequenceText = Sequence(stamp).ToString(CultureInfo.InvariantCulture);
        foreach (var entry in ordered)
        {
            writer.Begin("VEVENT");
            writer.Property("UID", entry.Uid);
            writer.Utc("DTSTAMP", stamp);
            writer.Property("SEQUENCE", sequenceText);
            if (entry.FirstDay is { } firstDay)
            {
                // An all-day event ends (exclusively) the day after its last day. After 9999-12-31 there is
                // no day to write, so such an event says how many days it lasts instead, as RFC 5545 allows.
                var lastDay = entry.LastDay!.Value;
                writer.Date("DTSTART", firstDay);
                if (lastDay < LocalDate.MaxIsoValue)
                {
                    writer.Date("DTEND", lastDay.PlusDays(1));
                }
                else
                {
                    writer.Property("DURATION", "P" + (Period.DaysBetween(firstDay, lastDay) + 1).ToString(CultureInfo.InvariantCulture) + "D");
                }
            }
            else
            {
                writer.Local("DTSTART", entry.Start!.Value, entry.Zone!);
                if (entry.End is { } end)
                {
                    writer.Local("DTEND", end, entry.Zone!);
                }
            }

            writer.Text("SUMMARY", entry.Summary);
            if (entry.Description is { } description)
            {
                writer.Text("DESCRIPTION", description);
            }

            if (entry.IsCancelled)
            {
                writer.Property("STATUS", "CANCELLED");
            }

            writer.Property("TRANSP", entry.Busy ? "OPAQUE" : "TRANSPARENT");
            foreach (var alarm in entry.Alarms)
            {
                writer.Begin("VALARM");
                writer.Property("ACTION", "DISPLAY");
                writer.Property(alarm.RelatedToEnd ? "TRIGGER;RELATED=END" : "TRIGGER", ICalendarWriter.DurationValue(alarm.Offset));
                writer.Text("DESCRIPTION", alarm.Text);
                writer.End("VALARM");
            }

            writer.End("VEVENT");
        }

        writer.End("VCALENDAR");
        return writer.ToString();
    }

    /// <summary>The SEQUENCE of every event of a file made at <paramref name="stamp"/>.</summary>
    /// <remarks>
    /// SEQUENCE tells a calendar which of two copies of an event (the same UID) is the newer: RFC 5546 has
    /// it ignore a copy whose SEQUENCE is lower than the one it holds, and RFC 5545 wants it to grow
    /// whenever the event changes. Neither the agreement's version (a re-plan under the same version
    /// moves dates without changing it) nor the engagement's (the plan's file may come first, with the
    /// same UIDs) grows across every file a client may load. The moment the file is made does, so it is
    /// the whole seconds from 2020-01-01T00:00Z, before any file of this library, to DTSTAMP: about
    /// 190 million in 2026, within the 31 bits RFC 5545 allows until January 2088, and held there after
    /// that (files then tie, and RFC 5546 breaks a tie by DTSTAMP). Seconds, not minutes: an export made
    /// right after each event must still supersede one made a few seconds before.
    /// </remarks>
    private static int Sequence(Instant stamp)
    {
        var seconds = stamp.ToUnixTimeSeconds() - SequenceEpoch.ToUnixTimeSeconds();
        return seconds <= 0 ? 0 : seconds >= int.MaxValue ? int.MaxValue : (int)seconds;
    }

    private static LocalDate DayOf(CalendarEvent entry) => entry.FirstDay ?? entry.Start!.Value.InZone(entry.Zone!).Date;

    private static string Uid(Agreement agreement, string kind, string key) => agreement.Id.Value + "/" + kind + "/" + key + UidDomain;

    private static void AppendLine(StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line);
    }
}
