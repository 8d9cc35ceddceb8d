using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The "How we work together" one-pager: what each side does in each stage, how the ball moves,
/// the timeline and each side's days off, what happens when either side runs late, what is included,
/// how the two sides talk, and how payment works, written from the agreement in one of four languages.
/// </summary>
/// <remarks>
/// <para>The provider shows it at the first meeting, before there is a plan: the timeline is then in
/// business days. After signing and the deposit, it sends it again with the plan: every stage has its
/// dates, which the client can load into its calendar (see <c>CalendarExport</c>), and each side's
/// holidays and closures while the work runs are listed. Written from an engagement, it also says when
/// the agreement was signed and when the deposit arrived.</para>
/// <para>The payment terms read as a schedule: each agreed payment with its share and how many days after
/// signing, its stage's acceptance or completion it falls due; with a plan, a payment not invoiced yet also
/// gives the day the plan has its stage accepted (or the work completed) and the day it is then due. Written
/// from an engagement, a payment already invoiced gives its real due date and what is still outstanding, or
/// says it is settled, and whatever else is outstanding either way (change orders, fees, credits owed to the
/// client, overpayments to pay back) is listed with who pays whom and by when.</para>
/// <para>Every sentence is built from the agreement's figures, never from English text, so all four
/// languages say the same thing, and it says only what the agreement sets. Text the agreement itself
/// carries (the title, party names, stage names, tasks, deliverables, holiday names, closure reasons)
/// is printed as written; the agreement's id is not printed. The output is deterministic, ends each
/// line with "\n", and is safe to produce from many threads at once.</para>
/// </remarks>
public static class OnePager
{
    /// <summary>Writes the one-pager of <paramref name="agreement"/>, with the dates of <paramref name="plan"/> when there is one.</summary>
    /// <param name="agreement">The agreement, as proposed or signed.</param>
    /// <param name="plan">The plan that puts dates on its stages, or null before there is one: the timeline is then given in business days.</param>
    /// <param name="language">The language to write in.</param>
    /// <param name="format">Markdown or plain text.</param>
    /// <returns>The document.</returns>
    /// <remarks>The agreement alone does not say when it was signed or when the deposit arrived: to say so, write the one-pager of the engagement (<see cref="Write(EngagementState, Language, DocumentFormat)"/>).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="language"/> or <paramref name="format"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> belongs to another agreement, or to another version of it.</exception>
    public static string Write(Agreement agreement, Plan? plan, Language language, DocumentFormat format)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(language, nameof(language));
        Preconditions.CheckNotNull(format, nameof(format));
        if (plan is not null)
        {
            DocumentPreconditions.CheckPlanOf(agreement, plan);
        }

        return Compose(agreement, agreement, plan, signing: null, engagement: null, language, format);
    }

    /// <summary>
    /// Writes the one-pager of an engagement: its agreement, its plan once it has one, and, once they have
    /// happened, the day the agreement was signed and the day the deposit arrived.
    /// </summary>
    /// <param name="engagement">The engagement, proposed or later.</param>
    /// <param name="language">The language to write in.</param>
    /// <param name="format">Markdown or plain text.</param>
    /// <returns>The document.</returns>
    /// <remarks>
    /// <para>The agreement is the engagement's current version and the plan its current one (re-planned at
    /// each handoff), or none before it is scheduled. The days of signing and of the deposit are dates in
    /// the provider's calendar. An agreement that asks for no deposit is never said to wait for one.</para>
    /// <para>Each side's days off are counted in the calendars the engagement dates the work with: a force
    /// majeure period recorded on it is listed as a closure of both sides.</para>
    /// <para>The payment terms give the real due date of each agreed payment already invoiced, from the engagement's
    /// <see cref="OwedLedger"/>, with what is still outstanding, and list everything else outstanding either way.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/>, <paramref name="language"/> or <paramref name="format"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no agreement yet: nothing has been proposed.</exception>
    public static string Write(EngagementState engagement, Language language, DocumentFormat format)
    {
        Preconditions.CheckNotNull(engagement, nameof(engagement));
        Preconditions.CheckNotNull(language, nameof(language));
        Preconditions.CheckNotNull(format, nameof(format));
        var agreement = engagement.Agreement;
        Preconditions.CheckArgument(
            agreement is not null,
            nameof(engagement),
            "The engagement has no agreement yet (no event has been applied): propose one first.");
        var plan = engagement.Plan;
        if (plan is not null)
        {
            DocumentPreconditions.CheckPlanOf(agreement!, plan);
        }

        var providerCalendar = agreement!.CalendarOf(PartyRole.Provider);
        var signing = new Signing(
            engagement.SignedAt is { } signed ? providerCalendar.ToLocalDate(signed) : null,
            engagement.DepositReceivedAt is { } deposit ? providerCalendar.ToLocalDate(deposit) : null);
        return Compose(agreement, engagement.AgreementForDates ?? agreement, plan, signing, engagement, language, format);
    }

    // datesAgreement carries the calendars the plan was counted in: the agreement itself, or an
    // engagement's with its force majeure periods closed. The engagement, when there is one, says what was invoiced.
    private static string Compose(Agreement agreement, Agreement datesAgreement, Plan? plan, Signing? signing, EngagementState? engagement, Language language, DocumentFormat format)
    {
        var words = Phrasebook.Of(language);
        var document = DocumentWriter.For(format);
        Introduction(document, words, agreement, plan, signing);
        StageList(document, words, agreement, plan);
        TimelineTable(document, words, agreement, plan);
        DaysOff(document, words, datesAgreement, plan);
        BallMoves(document, words, agreement, plan);
        Lateness(document, words, agreement);
        Included(document, words, agreement);
        Talking(document, words, agreement);
        Payment(document, words, agreement, datesAgreement, plan, engagement);
        return document.ToString();
    }

    private static void Introduction(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan, Signing? signing)
    {
        document.Title(words.Say(TextKey.OnePagerTitle, agreement.Title));
        var parties = words.Say(TextKey.OnePagerParties, agreement.Provider.Name, words.Role(PartyRole.Provider), agreement.Client.Name, words.Role(PartyRole.Client));
        document.Paragraph(agreement.Version == 1
            ? parties
            : parties + " " + words.Say(TextKey.OnePagerVersion, agreement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var asksForDeposit = agreement.PaymentTerms?.DepositAmount is { IsZero: false };
        var provider = agreement.Provider.Name;
        var sentences = new List<string>();
        if (signing?.SignedOn is { } signedOn)
        {
            sentences.Add(asksForDeposit && signing.DepositReceivedOn is { } depositOn
                ? words.Say(TextKey.OnePagerSignedDepositArrived, words.DateWithWeekday(signedOn), words.DateWithWeekday(depositOn))
                : words.Say(TextKey.OnePagerSigned, words.DateWithWeekday(signedOn)));
        }

        if (plan is not null)
        {
            sentences.Add(words.Say(TextKey.OnePagerWithPlan, words.DateWithWeekday(plan.Stages[0].Start), words.DateWithWeekday(plan.End)));
        }
        else if (signing?.SignedOn is null)
        {
            sentences.Add(words.Say(asksForDeposit ? TextKey.OnePagerBeforePlan : TextKey.OnePagerBeforePlanNoDeposit, provider));
        }
        else
        {
            sentences.Add(words.Say(asksForDeposit && signing.DepositReceivedOn is null ? TextKey.OnePagerAwaitingDeposit : TextKey.OnePagerDatesComing, provider));
        }

        document.Paragraph(string.Join(" ", sentences));
        document.Paragraph(words.Say(TextKey.OnePagerBothSides, provider, agreement.Client.Name));
    }

    private static void StageList(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan)
    {
        document.Heading(words[TextKey.SectionStages]);
        for (var i = 0; i < agreement.Stages.Count; i++)
        {
            var stage = agreement.Stages[i];
            var planned = plan?.Stages[i];
            document.Subheading(words.Say(TextKey.StageHeading, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), stage.Name));
            document.Item(words[TextKey.LabelResponsible], agreement.PartyOf(stage.Owner).Name);
            document.Item(
                words[TextKey.LabelTime],
                planned is null
                    ? words.BusinessDays(stage.DurationBusinessDays)
                    : words.Say(TextKey.DatesWithLength, Range(words, planned.Start, planned.Due), words.BusinessDays(stage.DurationBusinessDays)));
            foreach (var party in new[] { stage.Owner, stage.Owner.Counterpart })
            {
                foreach (var task in stage.TasksOf(party))
                {
                    document.Item(agreement.PartyOf(party).Name, task);
                }
            }

            if (stage.Handover is { } handover)
            {
                document.Item(words[TextKey.LabelHandsOver], handover);
            }
        }
    }

    private static void TimelineTable(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan)
    {
        document.Heading(words[TextKey.SectionTimeline]);
        var rows = new List<IReadOnlyList<string>>();
        var day = 1;
        for (var i = 0; i < agreement.Stages.Count; i++)
        {
            var stage = agreement.Stages[i];
            var last = day + stage.DurationBusinessDays - 1;
            rows.Add(plan is null
                ? new[] { stage.Name, agreement.PartyOf(stage.Owner).Name, Number(stage.DurationBusinessDays), day == last ? Number(day) : Number(day) + "–" + Number(last) }
                : new[] { stage.Name, agreement.PartyOf(stage.Owner).Name, Number(stage.DurationBusinessDays), words.Date(plan.Stages[i].Start), words.Date(plan.Stages[i].Due) });
            day = last + 1;
        }

        document.Table(
            plan is null
                ? new[] { words[TextKey.ColumnStage], words[TextKey.ColumnWho], words[TextKey.ColumnBusinessDays], words[TextKey.ColumnBusinessDayNumbers] }
                : new[] { words[TextKey.ColumnStage], words[TextKey.ColumnWho], words[TextKey.ColumnBusinessDays], words[TextKey.ColumnStart], words[TextKey.ColumnDue] },
            rows);
        document.Paragraph(words.Say(TextKey.TimelineTotal, words.BusinessDays(day - 1)));

        static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Each side's days off: before the plan, its public holidays and the closures its calendar sets; with
    // the plan, every holiday and closure that takes one of its business days while the work runs.
    private static void DaysOff(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan)
    {
        document.Heading(words[TextKey.SectionDaysOff]);
        document.Paragraph(words[plan is null ? TextKey.DaysOffBeforePlan : TextKey.DaysOffInPlan]);
        foreach (var party in new[] { PartyRole.Provider, PartyRole.Client })
        {
            var calendar = agreement.CalendarOf(party);
            var days = plan is null ? DaysOffAsSet(words, calendar) : DaysOffWhile(words, calendar, new DateInterval(plan.Stages[0].Start, plan.End));
            document.Item(agreement.PartyOf(party).Name, string.Join("; ", days));
        }
    }

    private static IReadOnlyList<string> DaysOffAsSet(Phrasebook words, BusinessCalendar calendar)
    {
        var days = new List<string>();
        if (calendar.Holidays.Count > 0)
        {
            days.Add(words[TextKey.DaysOffPublicHolidays]);
        }

        days.AddRange(calendar.Closures.OrderBy(c => c.Dates.Start).Select(c => Closed(words, c)));
        return days.Count > 0 ? days : new[] { words[TextKey.DaysOffNone] };
    }

    private static IReadOnlyList<string> DaysOffWhile(Phrasebook words, BusinessCalendar calendar, DateInterval period)
    {
        var daysOff = calendar.DaysOff(period);

        // A closure is named once, with all its dates, when it takes at least one business day; a holiday
        // inside it is part of it.
        var closures = calendar.Closures
            .Where(c => daysOff.Any(d => c.Dates.Contains(d.Date)))
            .OrderBy(c => c.Dates.Start)
            .ToList();
        var days = closures.Select(c => (First: c.Dates.Start, Text: Closed(words, c)))
            .Concat(daysOff
                .Where(d => !closures.Any(c => c.Dates.Contains(d.Date)))
                .Select(d => (First: d.Date, Text: DayOffText(words, calendar, d))))
            .OrderBy(d => d.First)
            .Select(d => d.Text)
            .ToList();
        return days.Count > 0 ? days : new[] { words[TextKey.DaysOffNoneInPlan] };
    }

    // A day off names its holiday, or says the holiday was moved to it, or that its zone skipped it:
    // the calendar gives the reason in English words, so it is matched here to the rule it came from.
    private static string DayOffText(Phrasebook words, BusinessCalendar calendar, DayOff day)
    {
        var date = words.DateWithWeekday(day.Date);
        if (calendar.Holidays.Any(h => h.Name == day.Reason))
        {
            return words.Say(TextKey.DayOffHoliday, date, day.Reason);
        }

        if (calendar.Holidays.FirstOrDefault(h => Sentences.English("day-off.observed", new[] { Fact.Of("holiday", h.Name) }) == day.Reason) is { } moved)
        {
            return words.Say(TextKey.DayOffObserved, date, moved.Name);
        }

        return day.Reason == Sentences.English("day-off.skipped", new[] { Fact.Of("zone", calendar.Zone.Id) })
            ? words.Say(TextKey.DayOffSkipped, date)
            : words.Say(TextKey.DayOffHoliday, date, day.Reason);
    }

    private static string Closed(Phrasebook words, Closure closure) =>
        closure.Dates.Start == closure.Dates.End
            ? words.Say(TextKey.ClosedOn, words.DateWithWeekday(closure.Dates.Start), closure.Reason)
            : words.Say(TextKey.ClosedFromTo, FirstOfRange(words, closure.Dates.Start, closure.Dates.End), words.Date(closure.Dates.End), closure.Reason);

    // "2 to 3 March 2026", "del 2 al 3 de marzo de 2026": a range within one month names the month once.
    private static string Range(Phrasebook words, LocalDate first, LocalDate last) =>
        first == last ? words.Date(first) : words.Say(TextKey.DateRange, FirstOfRange(words, first, last), words.Date(last));

    // Without the culture's data dates are ISO, which cannot drop the month and year.
    private static string FirstOfRange(Phrasebook words, LocalDate first, LocalDate last) =>
        words.HasCultureData && first.Year == last.Year && first.Month == last.Month
            ? first.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : words.Date(first);

    private static void BallMoves(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan)
    {
        document.Heading(words[TextKey.SectionBall]);
        document.Paragraph(words[TextKey.BallIntro]);
        foreach (var handoff in Handoffs(agreement, plan))
        {
            var after = agreement.FindStage(handoff.AfterStage)!;
            var from = agreement.PartyOf(handoff.From).Name;
            var to = agreement.PartyOf(handoff.To).Name;
            var sentence = handoff.Date is { } date
                ? words.Say(TextKey.BallPassesOn, words.DateWithWeekday(date), after.Name, from, to)
                : words.Say(TextKey.BallPasses, after.Name, from, to);
            if (handoff.NextStage is { } nextKey)
            {
                var next = agreement.FindStage(nextKey)!;
                sentence += " " + (plan?.FindStage(nextKey) is { } planned
                    ? words.Say(TextKey.BallThenHasUntil, to, words.DateWithWeekday(planned.Due), next.Name)
                    : words.Say(TextKey.BallThenHas, to, words.BusinessDays(next.DurationBusinessDays), next.Name));
            }

            document.Item(sentence);
            if (after.Handover is { } handover)
            {
                document.Item(words[TextKey.LabelHandsOver], handover, level: 1);
            }
        }

        document.Paragraph(words[agreement.MovingOn == MovingOnPolicy.RequiresAcceptance ? TextKey.MovingOnRequiresAcceptance : TextKey.MovingOnAccepts]);
        AcceptanceWindows(document, words, agreement);
    }

    /// <summary>How long the client has to accept the work handed to it, and what happens when that time is up; nothing without a window.</summary>
    private static void AcceptanceWindows(DocumentWriter document, Phrasebook words, Agreement agreement)
    {
        var windows = agreement.AcceptanceWindows;
        if (!windows.HasAny)
        {
            return;
        }

        var client = agreement.Client.Name;
        var sentences = new List<string>();
        if (windows.DefaultBusinessDays is { } days)
        {
            sentences.Add(words.Say(TextKey.AcceptanceWindowDefault, client, words.BusinessDays(days)));
        }

        // In the agreement's order of stages, so the one-pager reads as the work runs.
        foreach (var stage in agreement.Stages)
        {
            foreach (var entry in windows.StageOverrides)
            {
                if (entry.Key == stage.Key)
                {
                    sentences.Add(words.Say(TextKey.AcceptanceWindowStage, client, words.BusinessDays(entry.Value), stage.Name));
                }
            }
        }

        sentences.Add(windows.WhenClosed == WindowClosingPolicy.Chases
            ? words.Say(TextKey.AcceptanceWindowChased, client)
            : words[TextKey.AcceptanceWindowDeemsAccepted]);
        document.Paragraph(string.Join(" ", sentences));
    }

    // The planned handoffs, or, before there is a plan, the same moments without dates: wherever the
    // next stage's owner is the other side, and after the last stage.
    private static IEnumerable<(StageKey AfterStage, PartyRole From, PartyRole To, StageKey? NextStage, NodaTime.LocalDate? Date)> Handoffs(Agreement agreement, Plan? plan)
    {
        if (plan is not null)
        {
            return plan.Handoffs.Select(h => (h.AfterStage, h.From, h.To, h.NextStage, (NodaTime.LocalDate?)h.Date));
        }

        var stages = agreement.Stages;
        return stages
            .Select((stage, i) => (stage, next: i + 1 < stages.Count ? stages[i + 1] : null))
            .Where(pair => pair.next is null || pair.next.Owner != pair.stage.Owner)
            .Select(pair => (pair.stage.Key, pair.stage.Owner, pair.stage.Owner.Counterpart, pair.next?.Key, (NodaTime.LocalDate?)null));
    }

    private static void Lateness(DocumentWriter document, Phrasebook words, Agreement agreement)
    {
        document.Heading(words[TextKey.SectionLate]);
        document.Paragraph(words[TextKey.LateIntro]);
        foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
        {
            var policy = agreement.ConsequencePolicyOf(party);
            document.Subheading(words.Say(TextKey.LateWhenParty, agreement.PartyOf(party).Name));
            Ladder(document, words, agreement, party, words[TextKey.LateWithStages], policy.Stages, payments: false);
            foreach (var stageOverride in policy.StageOverrides)
            {
                Ladder(document, words, agreement, party, words.Say(TextKey.LateStageOverride, Wording.StageName(agreement, stageOverride.Key)), stageOverride.Value, payments: false);
            }

            if (party == PartyRole.Client && agreement.PaymentTerms is not null)
            {
                Ladder(document, words, agreement, party, words[TextKey.LateWithPayments], policy.Payments, payments: true);
            }

            if (policy.Replies.Rules.Count > 0)
            {
                Ladder(document, words, agreement, party, words[TextKey.LateWithReplies], policy.Replies, payments: false);
            }

            var caps = new[]
            {
                (policy.Caps.PerStage, TextKey.CapPerStage),
                (policy.Caps.PerMonth, TextKey.CapPerMonth),
                (policy.Caps.PerEngagement, TextKey.CapPerEngagement),
            }.Where(c => c.Item1 is not null).Select(c => words.Say(c.Item2, words.Money(c.Item1!))).ToList();
            if (caps.Count > 0)
            {
                document.Paragraph(words.Say(TextKey.CapsLine, words.JoinedWithAnd(caps)));
            }
        }
    }

    private static void Ladder(DocumentWriter document, Phrasebook words, Agreement agreement, PartyRole party, string heading, ConsequenceLadder ladder, bool payments)
    {
        document.Paragraph(heading);
        if (ladder.Rules.Count == 0)
        {
            document.Item(words[TextKey.LateNothing]);
            return;
        }

        if (ladder.GraceBusinessDays > 0)
        {
            document.Item(ladder.GraceBusinessDays == 1 ? words[TextKey.LateGraceOne] : words.Say(TextKey.LateGrace, words.BusinessDays(ladder.GraceBusinessDays)));
        }

        foreach (var rule in ladder.Rules.OrderBy(ladder.EffectiveThresholdOf).ThenBy(r => r.Kind.Value))
        {
            document.Item(words.RuleSentence(agreement, party, ladder, rule, payments));
        }
    }

    private static void Included(DocumentWriter document, Phrasebook words, Agreement agreement)
    {
        var scope = agreement.Scope;
        document.Heading(words[TextKey.SectionScope]);
        if (scope.Deliverables.Count == 0)
        {
            document.Paragraph(words[TextKey.ScopeAsStages]);
        }

        foreach (var deliverable in scope.Deliverables)
        {
            var what = words.AllowanceText(deliverable.Allowance);
            if (deliverable.Stage is { } stage)
            {
                what += "; " + words.Say(TextKey.DeliverableInStage, Wording.StageName(agreement, stage));
            }

            document.Item(deliverable.Name, what);
            foreach (var inclusion in deliverable.Inclusions)
            {
                document.Item(words[TextKey.LabelIncluded], inclusion, level: 1);
            }

            foreach (var exclusion in deliverable.Exclusions)
            {
                document.Item(words[TextKey.LabelNotIncluded], exclusion, level: 1);
            }
        }

        var provider = agreement.Provider.Name;
        var goodwill = scope.Goodwill;
        var extras = new List<string>();
        if (goodwill.TotalHours > 0m)
        {
            extras.Add(words.Say(TextKey.GoodwillBudget, provider, words.Hours(goodwill.TotalHours)));
            if (goodwill.CapPerRequestHours is { } cap)
            {
                extras.Add(words.Say(TextKey.GoodwillCap, words.Hours(cap)));
            }

            if (goodwill.AnnounceEachUse)
            {
                extras.Add(words.Say(TextKey.GoodwillAnnounced, provider));
            }
        }
        else
        {
            extras.Add(words[TextKey.GoodwillNone]);
        }

        document.Paragraph(string.Join(" ", extras));

        var terms = scope.ChangeOrderTerms;
        var changes = new List<string>
        {
            words.Say(TextKey.ScopeOutside, provider),
            scope.RateCard is { } rate
                ? words.Say(TextKey.ScopeRate, words.Money(rate.HourlyRate), words.Money(rate.MinimumFee))
                : words[TextKey.ScopeNoRate],
            words.Say(TextKey.ScopeValid, words.Days(terms.ProposalValidDays), agreement.Client.Name),
        };
        if (terms.AllowsProceedingWhilePriced)
        {
            changes.Add(words[TextKey.ScopeProceedWhilePriced]);
        }

        changes.Add(Math.Round(terms.HoursPerBusinessDay, 2) == 1m ? words[TextKey.ScopeScheduleImpactOneHour] : words.Say(TextKey.ScopeScheduleImpact, words.Hours(terms.HoursPerBusinessDay)));
        if (scope.Deliverables.Any(d => d.Allowance.RevisionRounds is not null))
        {
            changes.Add(terms.RevisionOverflow == RevisionOverflow.Refuse
                ? words[TextKey.RevisionOverflowRefuse]
                : words.Say(TextKey.RevisionOverflowChangeOrder, words.Hours(terms.HoursPerExtraRevisionRound!.Value)));
        }

        document.Paragraph(string.Join(" ", changes));
    }

    private static void Talking(DocumentWriter document, Phrasebook words, Agreement agreement)
    {
        document.Heading(words[TextKey.SectionTalking]);
        foreach (var party in new[] { PartyRole.Provider, PartyRole.Client })
        {
            var contact = agreement.ContactPolicyOf(party);
            var calendar = agreement.CalendarOf(party);
            var preferences = agreement.PreferencesOf(party);
            document.Subheading(agreement.PartyOf(party).Name);
            document.Item(words[TextKey.LabelContactHours], words.WorkingHours(agreement.ContactHoursOf(party).Windows, calendar.Zone));
            document.Item(words[TextKey.LabelChannels], words.JoinedWithAnd(contact.Channels.Select(words.ChannelName).ToList()));
            if (contact.Commitments.Count > 0)
            {
                document.Item(
                    words[TextKey.LabelAnswers],
                    string.Join("; ", contact.Commitments.Select(c => words.Say(TextKey.CommitmentWithin, Via(words, c.Channel), BusinessHours(words, c)))));
            }

            document.Item(
                words[TextKey.LabelPrefers],
                words.Say(preferences.MessageLength == MessageLength.Short ? TextKey.PrefersShort : TextKey.PrefersDetailed, Via(words, preferences.PreferredChannel)));
            if (preferences.EscalationContact is { } escalation)
            {
                document.Item(words[TextKey.LabelEscalations], escalation);
            }
        }

        document.Subheading(words[TextKey.SectionHabits]);
        var meetings = agreement.MeetingPolicy;
        document.Item(words.Say(TextKey.MeetingsLength, words.Length(meetings.DefaultLength), words.Length(meetings.MaxLength)));
        document.Item(words.Say(TextKey.MeetingsCue, words.Length(meetings.WrapUpCueLead)));
        document.Item(meetings.RecapWithinBusinessDays == 0
            ? words.Say(TextKey.MeetingsRecapSameDay, agreement.Provider.Name)
            : words.Say(TextKey.MeetingsRecap, agreement.Provider.Name, words.BusinessDays(meetings.RecapWithinBusinessDays)));
        if (agreement.CheckIns is { } checkIns)
        {
            document.Item(checkIns.Weekday is { } weekday
                ? words.Say(TextKey.CheckInsWeekly, words.Weekday(weekday))
                : checkIns.EveryBusinessDays == 1 ? words[TextKey.CheckInsEveryBusinessDay]
                : words.Say(TextKey.CheckInsEvery, words.BusinessDays(checkIns.EveryBusinessDays)));
        }

        if (agreement.Feedback is { } feedback && feedback.Points.Count > 0)
        {
            var points = feedback.Points.Select(point =>
                point == FeedbackPoint.AfterOnboarding ? words[TextKey.FeedbackAfterOnboarding]
                : point == FeedbackPoint.AtCompletion ? words[TextKey.FeedbackAtCompletion]
                : words.Say(TextKey.FeedbackFollowUp, words.Days(feedback.FollowUpAfterDays))).ToList();
            document.Item(
                words.Say(TextKey.FeedbackAsked, agreement.Provider.Name, words.JoinedWithAnd(points))
                + " " + (feedback.RequestWithinBusinessDays == 0
                    ? words[TextKey.FeedbackWithinSameDay]
                    : words.Say(TextKey.FeedbackWithin, words.BusinessDays(feedback.RequestWithinBusinessDays))));
        }
    }

    // How a message travels: "by email", "in person", "through the project portal".
    private static string Via(Phrasebook words, Channel channel) => words.ChannelVia(channel);

    // In hours when it is a whole number of half hours ("1.5 business hours"), else in minutes ("20 business minutes"):
    // a commitment is whole minutes, and 20 minutes is not "0.33 business hours".
    private static string BusinessHours(Phrasebook words, ResponseCommitment commitment)
    {
        var minutes = (long)commitment.Within.TotalMinutes;
        if (minutes % 30 != 0)
        {
            return words.Say(minutes == 1 ? TextKey.BusinessMinuteOne : TextKey.BusinessMinutesMany, words.Number(minutes));
        }

        var hours = minutes / 60m;
        return words.Say(hours == 1m ? TextKey.BusinessHourOne : TextKey.BusinessHoursMany, words.Number(hours));
    }

    /// <summary>
    /// The payment terms as a schedule: the total, then each agreed payment with its share and when it falls due. With a
    /// plan, a payment not invoiced yet says when the plan has its stage accepted (or the work completed) and the day it is
    /// then due; from an engagement, a payment invoiced says the day it is due and what is still outstanding, or that it is
    /// settled. Last, what else the engagement's ledger has outstanding either way (change orders, fees, credits,
    /// overpayments), each with who pays whom and by when.
    /// </summary>
    private static void Payment(DocumentWriter document, Phrasebook words, Agreement agreement, Agreement datesAgreement, Plan? plan, EngagementState? engagement)
    {
        document.Heading(words[TextKey.SectionPayment]);
        if (agreement.PaymentTerms is not { } terms)
        {
            document.Paragraph(words[TextKey.PaymentNone]);
            return;
        }

        var ledger = engagement is null ? OwedLedger.Empty : OwedLedger.Of(engagement);

        // Once the engagement has ended, what it has not invoiced it never will: the plan dates nothing more.
        var planned = plan is null || engagement?.TerminatedAt is not null || datesAgreement.PaymentTerms is not { } datedTerms
            ? new Dictionary<ObligationKey, PlannedPayment>()
            : PaymentSchedule.Planned(datesAgreement, plan, datedTerms).ToDictionary(p => p.Key);
        string Standing(ObligationKey key)
        {
            if (ledger.Find(OwedKey.Payment(key)) is { } entry)
            {
                return entry.IsSettled ? "; " + words[TextKey.PaymentSettled]
                    : entry.Due is not { } due ? string.Empty
                    : entry.Paid.IsZero && entry.Credited.IsZero ? "; " + words.Say(TextKey.PaymentInvoicedDueBy, words.DateWithWeekday(due))
                    : "; " + words.Say(TextKey.PaymentInvoicedOutstanding, words.DateWithWeekday(due), words.Money(entry.Outstanding));
            }

            return planned.TryGetValue(key, out var payment)
                ? "; " + words.Say(key.Kind == ObligationKind.FinalPayment ? TextKey.PaymentByPlanCompletion : TextKey.PaymentByPlanAcceptance, words.DateWithWeekday(payment.InvoicedOn), words.DateWithWeekday(payment.Due))
                : string.Empty;
        }

        document.Item(words[TextKey.LabelTotal], words.Money(terms.Total));
        if (!terms.DepositAmount.IsZero)
        {
            document.Item(words[TextKey.Deposit], Share(words, terms.Deposit, terms) + ", " + Due(words, terms.DepositDueDays, TextKey.DueOnSigning, TextKey.DueAfterSigning) + Standing(ObligationKey.Deposit));
        }

        foreach (var milestone in terms.Milestones)
        {
            var key = ObligationKey.MilestonePayment(milestone.Stage);
            document.Item(
                words.PaymentName(agreement, key),
                Share(words, milestone.Amount, terms) + ", " + Due(words, milestone.DueDays, TextKey.DueOnAcceptance, TextKey.DueAfterAcceptance) + Standing(key));
        }

        document.Item(words[TextKey.FinalPayment], words.Money(terms.FinalPaymentAmount) + ", " + Due(words, terms.FinalPaymentDueDays, TextKey.DueOnCompletion, TextKey.DueAfterCompletion) + Standing(ObligationKey.FinalPayment));
        document.Paragraph(words[TextKey.PaymentDueDayMoves]);

        var alsoOwed = ledger.Entries.Where(e => !e.Kind.IsAgreedPayment && !e.IsSettled && e.Due is not null).ToList();
        if (alsoOwed.Count > 0)
        {
            document.Paragraph(words[TextKey.PaymentAlsoOwed]);
            foreach (var entry in alsoOwed)
            {
                document.Item(
                    words.OwedName(engagement!, agreement, entry.Key),
                    words.Say(TextKey.PaymentOwedBy, agreement.PartyOf(entry.Debtor).Name, agreement.PartyOf(entry.Creditor).Name, words.Money(entry.Outstanding), words.DateWithWeekday(entry.Due!.Value)));
            }
        }
    }

    private static string Due(Phrasebook words, int days, TextKey onTheDay, TextKey within) =>
        days == 0 ? words[onTheDay] : words.Say(within, words.Days(days));

    private static string Share(Phrasebook words, Charge amount, PaymentTerms terms) =>
        amount.Percent is { } percent
            ? words.Money(amount.OfTotal(terms.Total)) + " (" + words.Percent(percent) + ")"
            : words.Money(amount.OfTotal(terms.Total));

    // The days of the engagement's facts the dated one-pager states, in the provider's calendar.
    private sealed record Signing(LocalDate? SignedOn, LocalDate? DepositReceivedOn);
}
