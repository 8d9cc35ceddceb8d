using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents;

/// <summary>
/// The "How we work together" one-pager: what each side does in each stage, how the ball moves,
/// the timeline, what happens when either side runs late, what is included, how the two sides talk,
/// and how payment works, written from the agreement in one of four languages.
/// </summary>
/// <remarks>
/// <para>The provider shows it at the first meeting, before there is a plan: the timeline is then in
/// business days. After signing and the deposit, it sends it again with the plan: every stage has its
/// dates, which the client can load into its calendar (see <c>CalendarExport</c>).</para>
/// <para>Every sentence is built from the agreement's figures, never from English text, so all four
/// languages say the same thing. Text the agreement itself carries (stage names, tasks, deliverables)
/// is printed as written. The output is deterministic, ends each line with "\n", and is safe to
/// produce from many threads at once.</para>
/// </remarks>
public static class OnePager
{
    /// <summary>Writes the one-pager of <paramref name="agreement"/>, with the dates of <paramref name="plan"/> when there is one.</summary>
    /// <param name="agreement">The agreement, as proposed or signed.</param>
    /// <param name="plan">The plan that puts dates on its stages, or null before there is one: the timeline is then given in business days.</param>
    /// <param name="language">The language to write in.</param>
    /// <param name="format">Markdown or plain text.</param>
    /// <returns>The document.</returns>
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

        var words = Phrasebook.Of(language);
        var document = DocumentWriter.For(format);
        Introduction(document, words, agreement, plan);
        StageList(document, words, agreement, plan);
        TimelineTable(document, words, agreement, plan);
        BallMoves(document, words, agreement, plan);
        Lateness(document, words, agreement);
        Included(document, words, agreement);
        Talking(document, words, agreement);
        Payment(document, words, agreement);
        return document.ToString();
    }

    private static void Introduction(DocumentWriter document, Phrasebook words, Agreement agreement, Plan? plan)
    {
        document.Title(words.Say(TextKey.OnePagerTitle, agreement.Title));
        document.Paragraph(
            words.Say(TextKey.OnePagerParties, agreement.Provider.Name, words.Role(PartyRole.Provider), agreement.Client.Name, words.Role(PartyRole.Client))
            + " " + words.Say(TextKey.OnePagerVersion, agreement.Id.Value, agreement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        document.Paragraph(plan is null
            ? words.Say(TextKey.OnePagerBeforePlan, agreement.Provider.Name)
            : words.Say(TextKey.OnePagerWithPlan, words.DateWithWeekday(plan.Stages[0].Start), words.DateWithWeekday(plan.End)));
        document.Paragraph(words.Say(TextKey.OnePagerBothSides, agreement.Provider.Name, agreement.Client.Name));
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
                    : words.Say(TextKey.DatesWithLength, words.Say(TextKey.DateRange, words.Date(planned.Start), words.Date(planned.Due)), words.BusinessDays(stage.DurationBusinessDays)));
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
            document.Item(words[TextKey.LabelContactHours], words.WorkingHours(contact.ContactWindows ?? calendar.WorkingWeek, calendar.Zone));
            document.Item(words[TextKey.LabelChannels], words.JoinedWithAnd(contact.Channels.Select(words.ChannelName).ToList()));
            if (contact.Commitments.Count > 0)
            {
                document.Item(
                    words[TextKey.LabelAnswers],
                    string.Join("; ", contact.Commitments.Select(c => words.Say(TextKey.CommitmentWithin, words.ChannelName(c.Channel), BusinessHours(words, c)))));
            }

            document.Item(
                words[TextKey.LabelPrefers],
                words.Say(preferences.MessageLength == MessageLength.Short ? TextKey.PrefersShort : TextKey.PrefersDetailed, words.ChannelName(preferences.PreferredChannel)));
            if (preferences.EscalationContact is { } escalation)
            {
                document.Item(words[TextKey.LabelEscalations], escalation);
            }
        }

        document.Subheading(words[TextKey.SectionHabits]);
        var meetings = agreement.MeetingPolicy;
        document.Item(words.Say(TextKey.MeetingsLength, words.Length(meetings.DefaultLength), words.Length(meetings.MaxLength)));
        document.Item(words.Say(TextKey.MeetingsCue, words.Length(meetings.WrapUpCueLead)));
        document.Item(words.Say(TextKey.MeetingsRecap, agreement.Provider.Name, words.BusinessDays(meetings.RecapWithinBusinessDays)));
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
                + " " + words.Say(TextKey.FeedbackWithin, words.BusinessDays(feedback.RequestWithinBusinessDays)));
        }
    }

    private static string BusinessHours(Phrasebook words, ResponseCommitment commitment)
    {
        var hours = (decimal)commitment.Within.TotalHours;
        return words.Say(hours == 1m ? TextKey.BusinessHourOne : TextKey.BusinessHoursMany, words.Number(hours));
    }

    private static void Payment(DocumentWriter document, Phrasebook words, Agreement agreement)
    {
        document.Heading(words[TextKey.SectionPayment]);
        if (agreement.PaymentTerms is not { } terms)
        {
            document.Paragraph(words[TextKey.PaymentNone]);
            return;
        }

        document.Item(words[TextKey.LabelTotal], words.Money(terms.Total));
        document.Item(words[TextKey.Deposit], Share(words, terms.Deposit, terms) + ", " + words.Say(TextKey.DueAfterSigning, words.Days(terms.DepositDueDays)));
        foreach (var milestone in terms.Milestones)
        {
            document.Item(
                words.PaymentName(agreement, ObligationKey.MilestonePayment(milestone.Stage)),
                Share(words, milestone.Amount, terms) + ", " + words.Say(TextKey.DueAfterAcceptance, words.Days(milestone.DueDays)));
        }

        document.Item(words[TextKey.FinalPayment], words.Money(terms.FinalPaymentAmount) + ", " + words.Say(TextKey.DueAfterCompletion, words.Days(terms.FinalPaymentDueDays)));
        document.Paragraph(words[TextKey.PaymentDueDayMoves]);
    }

    private static string Share(Phrasebook words, Charge amount, PaymentTerms terms) =>
        amount.Percent is { } percent
            ? words.Money(amount.OfTotal(terms.Total)) + " (" + words.Percent(percent) + ")"
            : words.Money(amount.OfTotal(terms.Total));
}
