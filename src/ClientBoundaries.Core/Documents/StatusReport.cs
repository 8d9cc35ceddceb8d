using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The status report of a running engagement: who holds the ball and since when, what is late and by
/// how much, what is due now, the reminders sent and the consequences applied so far (fees and credits
/// with their amounts), what comes next with its dates (while on hold, with the restart lead time),
/// allowances and goodwill used and left, budgeted against logged hours, the change orders, and last
/// each side's on-time record, in one of four languages.
/// </summary>
/// <remarks>
/// Written from the engagement's state and an assessment of it at one instant (the assessment says
/// what is due; the state says what happened). A date is in the calendar of the party it concerns (a
/// stage's due date in its owner's). Every time of day names its zone by place ("Madrid time"): the
/// provider's, unless the time concerns the other party (the ball it holds, a reply it owes), then that
/// party's. The output is deterministic, ends each line with "\n", and is safe to produce from many
/// threads at once.
/// </remarks>
public static class StatusReport
{
    /// <summary>Writes the status report of <paramref name="engagement"/> as <paramref name="assessment"/> sees it.</summary>
    /// <param name="engagement">The engagement's state; it must have been proposed, so that it has an agreement.</param>
    /// <param name="assessment">What <c>Assessor.Assess(engagement, now)</c> returned for the same engagement.</param>
    /// <param name="language">The language to write in.</param>
    /// <param name="format">Markdown or plain text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The engagement has no agreement yet, or the assessment is of another engagement.</exception>
    public static string Write(EngagementState engagement, Assessment assessment, Language language, DocumentFormat format)
    {
        Preconditions.CheckNotNull(engagement, nameof(engagement));
        Preconditions.CheckNotNull(assessment, nameof(assessment));
        Preconditions.CheckNotNull(language, nameof(language));
        Preconditions.CheckNotNull(format, nameof(format));
        var agreement = engagement.Agreement
            ?? throw new ArgumentException("The engagement has no agreement yet: a status report starts once it is proposed.", nameof(engagement));
        if (assessment.AgreementId != agreement.Id)
        {
            throw new ArgumentException($"The assessment is of {assessment.AgreementId?.Value ?? "an empty engagement"}, not of {agreement.Id}.", nameof(assessment));
        }

        var words = Phrasebook.Of(language);
        var report = new Report(engagement, assessment, agreement, words, DocumentWriter.For(format));
        report.Heading();
        report.Ball();
        report.Late();
        report.DueNow();
        report.Applied();
        report.Next();
        report.Allowances();
        report.Hours();
        report.ChangeOrders();
        report.Owed();
        report.OnTime();
        report.End();
        return report.Document.ToString();
    }

    private sealed class Report
    {
        private readonly EngagementState _state;
        private readonly Assessment _assessment;
        private readonly Agreement _agreement;
        private readonly Phrasebook _words;
        private readonly DateTimeZone _zone;

        public Report(EngagementState state, Assessment assessment, Agreement agreement, Phrasebook words, DocumentWriter document)
        {
            _state = state;
            _assessment = assessment;
            _agreement = agreement;
            _words = words;
            _zone = agreement.Provider.Calendar.Zone;
            Document = document;
        }

        public DocumentWriter Document { get; }

        public void Heading()
        {
            Document.Title(_words.Say(TextKey.StatusTitle, _agreement.Title));
            Document.Paragraph(_words.Say(TextKey.StatusAsOf, Moment(_assessment.At), PhaseText()));
        }

        public void Ball()
        {
            Document.Heading(_words[TextKey.SectionWhoHasTheBall]);
            if (_state.Ball is not { } ball)
            {
                Document.Paragraph(_words[TextKey.BallNobody]);
                return;
            }

            // Built from the stage, not from Expectation, which the engine writes in English.
            var stage = Quoted(ball.Stage);
            var pauses = _state.Pauses;
            if (_state.Phase == EngagementPhase.Paused && pauses.Count > 0 && pauses[pauses.Count - 1] is { Until: null } pause)
            {
                Document.Paragraph(_words.Say(TextKey.BallOnHold, Moment(pause.From, ball.Party), Name(ball.Party), stage));
                return;
            }

            var sentence = _words.Say(TextKey.BallHeldSince, Name(ball.Party), Moment(ball.Since, ball.Party), stage);
            if (ball.DueAt is { } dueAt)
            {
                sentence += " " + _words.Say(TextKey.BallDueBy, Moment(dueAt, ball.Party));
            }

            Document.Paragraph(sentence);
        }

        public void Late()
        {
            Document.Heading(_words[TextKey.SectionLateNow]);
            var late = _assessment.Obligations.Where(o => o.Timeliness.IsLate).ToList();
            if (late.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NothingLate]);
                return;
            }

            Document.Table(
                new[] { _words[TextKey.ColumnWhat], _words[TextKey.ColumnWho], _words[TextKey.ColumnDue], _words[TextKey.ColumnLateBy], _words[TextKey.ColumnState] },
                late.Select(o => (IReadOnlyList<string>)new[]
                {
                    ObligationName(o.Obligation, quoted: false),
                    Name(o.Party),
                    o.Due is { } due ? _words.Date(due) : "",
                    _words.BusinessDays(o.BusinessDaysLate),
                    LateState(o),
                }).ToList());
        }

        public void DueNow()
        {
            Document.Heading(_words[TextKey.SectionDueNow]);
            var items = _assessment.DeemedAcceptances.Select(due => DeemedAcceptanceNotice.Write(_agreement, due, _words.Language))
                .Concat(_assessment.Reminders.Concat(_assessment.Consequences).Select(due => Phrasebook.Capitalised(ObligationName(due.Obligation, quoted: true)) + " (" + Name(due.Party) + "): "
                    + _words.RuleOutcome(_agreement, due.Party, due.Rule, due.Obligation.Kind.IsPayment, due.Amount) + "."))
                .Concat(_assessment.Communication.Select(CommunicationItem))
                .ToList();
            if (items.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NothingDue]);
                return;
            }

            foreach (var item in items)
            {
                Document.Item(item);
            }
        }

        /// <summary>
        /// Every reminder sent and consequence applied up to the report's instant, oldest first, each on the date it was
        /// recorded (in the calendar of the party it concerns) and, for a fee or a credit, with its amount; then, where
        /// more than one amount was applied, what they add up to.
        /// </summary>
        public void Applied()
        {
            Document.Heading(_words[TextKey.SectionApplied]);
            var applied = _state.RemindersSent
                .Select(r => new AppliedItem(r.At, r.Obligation, r.To, r.Rule, null))
                .Concat(_state.ConsequencesApplied.Select(c => new AppliedItem(c.At, c.Obligation, c.Party, c.Rule, c.Amount)))
                .Where(item => item.At <= _assessment.At)
                .OrderBy(item => item.At)
                .ToList();
            if (applied.Count == 0)
            {
                Document.Paragraph(_words[TextKey.AppliedNothing]);
                return;
            }

            Document.Table(
                new[] { _words[TextKey.ColumnDate], _words[TextKey.ColumnDone], _words[TextKey.ColumnAbout], _words[TextKey.ColumnAmount] },
                applied.Select(item => (IReadOnlyList<string>)new[]
                {
                    _words.Date(item.At.InZone(_agreement.CalendarOf(item.Party).Zone).Date),
                    AppliedText(item),
                    ObligationName(item.Obligation, quoted: false),
                    item.Amount is { } amount ? _words.Money(amount) : "",
                }).ToList());

            foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
            {
                var fees = applied.Where(i => i.Party == party && i.Amount is not null && (i.Rule.Kind == ConsequenceKind.LateFee || i.Rule.Kind == ConsequenceKind.RestartFee)).ToList();
                if (fees.Count > 1)
                {
                    Document.Paragraph(_words.Say(TextKey.AppliedFeesTotal, Name(party), Sum(fees.Select(i => i.Amount!))));
                }

                var credits = applied.Where(i => i.Party == party && i.Amount is not null && i.Rule.Kind == ConsequenceKind.Credit).ToList();
                if (credits.Count > 1)
                {
                    Document.Paragraph(_words.Say(TextKey.AppliedCreditsTotal, Name(party.Counterpart), Sum(credits.Select(i => i.Amount!))));
                }
            }
        }

        public void Next()
        {
            Document.Heading(_words[TextKey.SectionNext]);
            if (_state.Phase == EngagementPhase.Terminated)
            {
                Document.Paragraph(_words.Say(TextKey.NextTerminated, Name(_state.TerminatedBy!), Moment(_state.TerminatedAt!.Value), _state.TerminationReason!));
                return;
            }

            // While on hold, the engine itself says what a return now would do to the dates (the other side's restart
            // lead time included): the report dates what follows from the state a resumption at its instant leads to.
            var comingBack = _state.Phase == EngagementPhase.Paused ? ComingBackNow() : null;
            var source = comingBack ?? _state;
            var rows = new List<IReadOnlyList<string>>();
            var (plan, late) = source.Plan is null ? (null, null) : ProjectedPlan.Of(source, _assessment.At);
            if (plan is not null)
            {
                // A stage past its due date is in the late table; the stages after it are dated as if it were handed over today.
                foreach (var stage in plan.Stages.Where(s => !s.IsFinished && s.Key != late?.Key))
                {
                    rows.Add(new[] { Wording.StageName(_agreement, stage.Key), Name(stage.Owner), _words.Date(stage.Start), _words.Date(stage.Due) });
                }
            }

            foreach (var payment in _assessment.Obligations.Where(o => o.Obligation.Kind.IsPayment && o.Due is not null && !o.Timeliness.IsLate && o.Timeliness != Timeliness.Done))
            {
                rows.Add(new[] { ObligationName(payment.Obligation, quoted: false), Name(payment.Party), "", _words.Date(payment.Due!.Value) });
            }

            if (rows.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NothingNext]);
                return;
            }

            Document.Table(new[] { _words[TextKey.ColumnWhat], _words[TextKey.ColumnWho], _words[TextKey.ColumnStart], _words[TextKey.ColumnDue] }, rows);
            var stagesFollow = plan is not null && plan.Stages.Any(s => !s.IsFinished && s.Key != late?.Key);
            if (comingBack is not null && stagesFollow)
            {
                Document.Paragraph(OnHoldNote(comingBack, plan!, late));
            }
            else if (late is not null && stagesFollow)
            {
                Document.Paragraph(_words.Say(TextKey.NextAssumesHandoverToday, Quoted(late.Key)));
            }
        }

        public void Allowances()
        {
            Document.Heading(_words[TextKey.SectionAllowances]);
            var rows = new List<IReadOnlyList<string>>();
            foreach (var deliverable in _agreement.Scope.Deliverables)
            {
                var standing = _state.AllowanceOf(deliverable.Key)!;
                if (standing.RevisionRoundsIncluded is { } rounds)
                {
                    rows.Add(new[] { deliverable.Name, _words.RevisionRounds(rounds), _words.RevisionRounds(standing.RevisionRoundsUsed), _words.RevisionRounds(standing.RevisionRoundsLeft!.Value) });
                }

                if (standing.HoursIncluded is { } hours)
                {
                    rows.Add(new[] { deliverable.Name, _words.Hours(hours), _words.Hours(standing.HoursUsed), _words.Hours(standing.HoursLeft!.Value) });
                }

                if (standing.UnitsIncluded is { } units)
                {
                    var unit = deliverable.Allowance.UnitName;
                    rows.Add(new[] { deliverable.Name, _words.Number(units) + " " + unit, _words.Number(standing.UnitsUsed) + " " + unit, _words.Number(standing.UnitsLeft!.Value) + " " + unit });
                }
            }

            if (rows.Count > 0)
            {
                Document.Table(new[] { _words[TextKey.ColumnDeliverable], _words[TextKey.ColumnIncluded], _words[TextKey.ColumnUsed], _words[TextKey.ColumnLeft] }, rows);
            }

            var scope = _state.Scope;
            Document.Paragraph(scope.Terms.Goodwill.TotalHours > 0m
                ? _words.Say(TextKey.GoodwillStanding, _words.Hours(scope.GoodwillUsedHours), _words.Hours(scope.Terms.Goodwill.TotalHours), _words.Hours(scope.GoodwillLeftHours))
                : _words[TextKey.GoodwillNone]);
        }

        public void Hours()
        {
            Document.Heading(_words[TextKey.SectionHours]);
            var stages = _state.Stages.Where(s => s.BudgetedHours is not null || s.ProviderHours > 0m).ToList();
            if (stages.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NoHours]);
                return;
            }

            var rows = stages
                .Select(s => (IReadOnlyList<string>)new[]
                {
                    Wording.StageName(_agreement, s.Key),
                    s.BudgetedHours is { } budget ? _words.Hours(budget) : "",
                    _words.Hours(s.ProviderHours),
                    s.HoursOverBudget is { } over ? Against(over) : "",
                })
                .ToList();
            var budgeted = _agreement.TotalBudgetedHours;
            var logged = _state.LoggedHoursOf(PartyRole.Provider);
            rows.Add(new[] { _words[TextKey.LabelTotal], _words.Hours(budgeted), _words.Hours(logged), budgeted > 0m ? Against(logged - budgeted) : "" });
            Document.Table(new[] { _words[TextKey.ColumnStage], _words[TextKey.ColumnBudget], _words[TextKey.ColumnLogged], _words[TextKey.ColumnAgainstBudget] }, rows);
        }

        public void ChangeOrders()
        {
            Document.Heading(_words[TextKey.SectionChangeOrders]);
            var orders = _state.Scope.ChangeOrders;
            if (orders.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NoChangeOrders]);
                return;
            }

            Document.Table(
                new[] { _words[TextKey.ColumnChange], _words[TextKey.ColumnPrice], _words[TextKey.ColumnDatesMove], _words[TextKey.ColumnState] },
                orders.Select(order =>
                {
                    var status = order.StatusAt(_assessment.At);
                    var state = _words[TextKey.ChangeOrderDraft + (status.Value - 1)];
                    if (status == ChangeOrderStatus.Proposed && order.ExpiresAt is { } expires)
                    {
                        // Open through the end of its last day: name that day rather than the midnight after it.
                        state = _words.Say(TextKey.OpenUntil, state, _words.Date((expires - Duration.Epsilon).InZone(_zone).Date));
                    }

                    return (IReadOnlyList<string>)new[] { order.Description, _words.Money(order.Price), _words.BusinessDays(order.ScheduleImpactBusinessDays), state };
                }).ToList());
        }

        /// <summary>
        /// Everything owed both ways as the engagement's ledger gives it (<see cref="OwedLedger"/>): agreed payments once
        /// invoiced, accepted change orders, fees and credits, overpayments; what each is, who owes it, the amount, its
        /// due date, what was paid or credited and what is outstanding; then what each side still owes, and how much of
        /// it is overdue at the report's instant.
        /// </summary>
        public void Owed()
        {
            Document.Heading(_words[TextKey.SectionOwed]);
            var entries = OwedLedger.Of(_state).Entries.Where(e => e.InvoicedAt <= _assessment.At).ToList();
            if (entries.Count == 0)
            {
                Document.Paragraph(_words[TextKey.OwedNothing]);
                return;
            }

            Document.Table(
                new[] { _words[TextKey.ColumnWhat], _words[TextKey.ColumnOwedBy], _words[TextKey.ColumnAmount], _words[TextKey.ColumnDue], _words[TextKey.ColumnPaid], _words[TextKey.ColumnOutstanding] },
                entries.Select(e => (IReadOnlyList<string>)new[]
                {
                    OwedName(e.Key),
                    Name(e.Debtor),
                    _words.Money(e.Amount),
                    e.Due is { } due ? _words.Date(due) : "",
                    _words.Money(e.Paid.Plus(e.Credited)),
                    _words.Money(e.Outstanding),
                }).ToList());

            var lines = new List<string>();
            foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
            {
                var open = entries.Where(e => e.Debtor == party && !e.IsSettled).ToList();
                if (open.Count > 0)
                {
                    var overdue = open.Where(e => e.IsOverdueAt(_assessment.At)).Select(e => e.Outstanding).ToList();
                    var outstanding = Sum(open.Select(e => e.Outstanding));
                    lines.Add(overdue.Count == 0
                        ? _words.Say(TextKey.OwedOutstandingNoneOverdue, Name(party), outstanding)
                        : _words.Say(TextKey.OwedOutstanding, Name(party), outstanding, Sum(overdue)));
                }
            }

            Document.Paragraph(lines.Count == 0 ? _words[TextKey.OwedSettledAll] : string.Join(" ", lines));
        }

        /// <summary>
        /// What still stands between the engagement and its end, as the engine counts it for
        /// <see cref="EngagementDecider.IsTerminal"/>: the work still to hand over and accept (or the final acceptance alone),
        /// what each side still owes, and once the work is completed or ended, the replies owed, the meetings booked, and the
        /// recaps, check-ins, feedback requests and follow-throughs still open; or that nothing does.
        /// </summary>
        public void End()
        {
            Document.Heading(_words[TextKey.SectionEnd]);
            var remaining = Remaining.Of(_state, _assessment.At);
            if (remaining.IsNothing)
            {
                Document.Paragraph(_state.Phase.IsFinal ? _words[TextKey.EndNothing] : _words[TextKey.NothingNext]);
                return;
            }

            if (remaining.FinalAwaitingAcceptance is { } final)
            {
                Document.Item(_words.Say(TextKey.EndFinalAcceptance, Name(final.Owner.Counterpart), Quoted(final.Key)));
            }
            else if (remaining.StagesToGo > 0)
            {
                var count = _words.Number(remaining.StagesToGo);
                Document.Item(_words.Say(remaining.StagesToGo == 1 ? TextKey.EndWorkOne : TextKey.EndWork, count, _words.Number(_state.Stages.Count)));
            }

            foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
            {
                if (remaining.Owed.Where(e => e.Debtor == party).Select(e => e.Outstanding).ToList() is { Count: > 0 } owed)
                {
                    Document.Item(_words.Say(TextKey.EndOwes, Name(party), Sum(owed)));
                }
            }

            if (!_state.Phase.IsFinal)
            {
                // While the work goes on, the sections above say what is due and when; the talk between the sides never
                // stands in the way until the work is done.
                return;
            }

            foreach (var (message, dueAt) in remaining.RepliesOwed)
            {
                var reply = _words.Say(TextKey.EndReplyOwed, Name(message.To), _words.Say(TextKey.ReplyToMessage, Name(message.From), Moment(message.ArrivedAt, message.To)));
                Document.Item(_words.Say(_assessment.At > dueAt ? TextKey.OverdueSince : TextKey.DueAt, reply, Moment(dueAt, message.To)));
            }

            if (remaining.MeetingsBooked > 0)
            {
                Document.Item(remaining.MeetingsBooked == 1 ? _words[TextKey.EndMeetingsOne] : _words.Say(TextKey.EndMeetings, _words.Number(remaining.MeetingsBooked)));
            }

            foreach (var item in remaining.Communication)
            {
                Document.Item(CommunicationItem(item));
            }
        }

        /// <summary>What an entry of the ledger is: "Deposit", "Payment after "Design draft"", "Restart fee (Client sends content)".</summary>
        private string OwedName(OwedKey key) => _words.OwedName(_state, _agreement, key);

        /// <summary>
        /// Each side's on-time record, side by side (accountability both ways): stages, payments and replies on time
        /// and late, what is late and still open, and the business days it has held the ball.
        /// </summary>
        public void OnTime()
        {
            Document.Heading(_words[TextKey.SectionOnTime]);
            var provider = OnTimeRecord.Of(_state, _assessment, PartyRole.Provider);
            var client = OnTimeRecord.Of(_state, _assessment, PartyRole.Client);
            IReadOnlyList<string> Row(TextKey label, Func<OnTimeRecord, int?> count) =>
                new[] { _words[label], Count(count(provider)), Count(count(client)) };

            Document.Table(
                new[] { "", Name(PartyRole.Provider), Name(PartyRole.Client) },
                new[]
                {
                    Row(TextKey.OnTimeStages, r => r.StagesOnTime),
                    Row(TextKey.LateStages, r => r.StagesLate),
                    Row(TextKey.OnTimePayments, r => r.PaymentsOnTime),
                    Row(TextKey.LatePayments, r => r.PaymentsLate),
                    Row(TextKey.OnTimeReplies, r => r.RepliesOnTime),
                    Row(TextKey.LateReplies, r => r.RepliesLate),
                    Row(TextKey.LateAndOpen, r => r.LateAndOpen),
                    Row(TextKey.BallBusinessDays, r => r.BallBusinessDays),
                });
        }

        private string Count(int? count) => count is { } n ? _words.Number(n) : _words[TextKey.NotOwed];

        /// <summary>The state a resumption at the report's instant would lead to, as the engine decides and applies it; null when it would refuse one.</summary>
        private EngagementState? ComingBackNow() => ProjectedPlan.ComingBackAt(_state, _assessment.At);

        /// <summary>
        /// What the dates of an engagement on hold assume: the side that caused the hold comes back today (and hands over
        /// its late stage by the end of the day); the other side then needs its restart lead time, so its next stage starts
        /// on the day the engine gives it; every further business day on hold moves them back.
        /// </summary>
        private string OnHoldNote(EngagementState comingBack, Plan plan, PlannedStage? late)
        {
            var causer = _state.Pauses[_state.Pauses.Count - 1].CausedBy;
            var restarting = causer.Counterpart;
            var parts = new List<string>
            {
                late is not null && late.Owner == causer
                    ? _words.Say(TextKey.NextAssumesReturnAndHandover, Name(causer), Quoted(late.Key))
                    : _words.Say(TextKey.NextAssumesReturn, Name(causer)),
            };
            if (late is not null && late.Owner != causer)
            {
                parts.Add(_words.Say(TextKey.NextAssumesHandoverToday, Quoted(late.Key)));
            }

            var leadTime = _agreement.RestartLeadTimeOf(restarting);
            if (leadTime > 0)
            {
                // The engine gives the lead time to the restarting side's next stage, or, when that side was working on the
                // current stage, adds it to that stage's length: then there is no new start to name.
                var next = plan.Stages.FirstOrDefault(s => !s.IsFinished && s.Owner == restarting && s.Key != late?.Key);
                var current = comingBack.CurrentStage;
                parts.Add(next is not null && (current is null || current.Key != next.Key)
                    ? _words.Say(TextKey.NextRestartLeadTimeFrom, Name(restarting), _words.BusinessDays(leadTime), Quoted(next.Key), _words.Date(next.Start))
                    : _words.Say(TextKey.NextRestartLeadTime, Name(restarting), _words.BusinessDays(leadTime)));
            }

            parts.Add(_words[TextKey.NextEveryDayOnHold]);
            return string.Join(" ", parts);
        }

        private string PhaseText() =>
            _state.Phase == EngagementPhase.Signed && (_agreement.PaymentTerms is null || _agreement.PaymentTerms.DepositAmount.IsZero)
                ? _words[TextKey.PhaseSignedNoDeposit]
                : _words[TextKey.PhaseNew + _state.Phase.Value];

        /// <summary>A reminder or a consequence as it was applied, in a few words: "Firm reminder to Acme Bakery", "Restart fee charged to Acme Bakery", "Credit to Acme Bakery".</summary>
        private string AppliedText(AppliedItem item) =>
            item.Rule.Kind.Name switch
            {
                nameof(ConsequenceKind.Reminder) => _words.Say(TextKey.AppliedReminder, Name(item.Party)),
                nameof(ConsequenceKind.FirmReminder) => _words.Say(TextKey.AppliedFirmReminder, Name(item.Party)),
                nameof(ConsequenceKind.Escalation) => _words.Say(TextKey.AppliedEscalation, EscalationContact(item.Party, item.Rule)),
                nameof(ConsequenceKind.ScheduleShift) => _words[TextKey.AppliedScheduleShift],
                nameof(ConsequenceKind.Pause) => _words[TextKey.AppliedPause],
                nameof(ConsequenceKind.RestartLeadTime) => _words.Say(
                    TextKey.AppliedRestartLeadTime, Name(item.Party.Counterpart), _words.BusinessDays(_agreement.RestartLeadTimeOf(item.Party.Counterpart))),
                nameof(ConsequenceKind.RestartFee) => _words.Say(TextKey.AppliedRestartFee, Name(item.Party)),
                nameof(ConsequenceKind.LateFee) => _words.Say(TextKey.AppliedLateFee, Name(item.Party)),
                nameof(ConsequenceKind.Credit) => _words.Say(TextKey.AppliedCredit, Name(item.Party.Counterpart)),
                _ => _words.Say(TextKey.AppliedTermination, Name(item.Party.Counterpart)),
            };

        // Whom an escalation goes to, as the engine decides it (the rule's contact role, else the late party's named
        // escalation contact), worded as the one-pager words it.
        private string EscalationContact(PartyRole party, ConsequenceRule rule) =>
            rule.ContactRole is { } role ? _words.Say(TextKey.ContactRoleOf, Name(party), role)
            : _agreement.PreferencesOf(party).EscalationContact ?? _words.Say(TextKey.SomeoneSeniorAt, Name(party));

        /// <summary>Amounts added up per currency, joined with "and" when there is more than one currency.</summary>
        /// <summary>Amounts added up, one total per currency: "250.00 EUR", "250.00 EUR and 40.00 USD".</summary>
        private string Sum(IEnumerable<Money> amounts) =>
            _words.JoinedWithAnd(amounts
                .GroupBy(amount => amount.Currency)
                .Select(g => _words.Money(g.Aggregate((a, b) => a + b)))
                .ToList());

        private string LateState(ObligationStanding late)
        {
            var open = late.Timeliness == Timeliness.Overdue;
            var kind = late.Obligation.Kind;
            return _words[kind == ObligationKind.Stage ? (open ? TextKey.StateStillOpen : TextKey.StateDeliveredLate)
                : kind == ObligationKind.Reply ? (open ? TextKey.StateReplyOpen : TextKey.StateRepliedLate)
                : kind == ObligationKind.Acceptance ? (open ? TextKey.StateAcceptanceOpen : TextKey.StateAnsweredLate)
                : open ? TextKey.StatePaymentOpen : TextKey.StatePaidLate];
        }

        /// <summary>
        /// What an obligation is about: a stage's name (in quotes in running text), a payment's name, or the reply to a
        /// message named by its sender and when it arrived (never by its id).
        /// </summary>
        private string ObligationName(ObligationKey obligation, bool quoted)
        {
            if (!quoted)
            {
                return _words.ObligationTitle(_state, _agreement, obligation);
            }

            if (obligation.Kind == ObligationKind.Stage)
            {
                return Quoted(obligation.Stage!);
            }

            if (obligation.Kind == ObligationKind.Acceptance)
            {
                return _words.Say(TextKey.AcceptanceQuoted, Wording.StageName(_agreement, obligation.Stage!));
            }

            if (obligation.Kind == ObligationKind.Reply)
            {
                var message = _state.Communication.FindMessage(obligation.Message!)!;
                return _words.Say(TextKey.ReplyToMessage, Name(message.From), Moment(message.ArrivedAt, message.To));
            }

            return _words.PaymentName(_agreement, obligation);
        }

        private string CommunicationItem(CommunicationDue due)
        {
            var what = due switch
            {
                CommunicationDue.RecapOwed recap => _words.Say(TextKey.DueRecap, Name(due.Party), Moment(_state.Communication.FindMeeting(recap.Meeting)!.Booked.Start, due.Party)),
                CommunicationDue.CheckInMissed missed => _words.Say(TextKey.DueCheckIn, _words.DateWithWeekday(missed.Occurrence)),
                CommunicationDue.FeedbackDue feedback => _words.Say(TextKey.DueFeedback, Name(due.Party), FeedbackPointName(feedback)),
                CommunicationDue.FollowThroughDue incident => _words.Say(TextKey.DueFollowThrough, Name(due.Party), _state.Communication.FindIncident(incident.Incident)!.WhatHappened),
                _ => throw new InvalidOperationException("Unknown communication item " + due.GetType().Name),
            };
            return _words.Say(due.IsOverdue ? TextKey.OverdueSince : TextKey.DueAt, what, Moment(due.DueAt, due.Party));
        }

        private string FeedbackPointName(CommunicationDue.FeedbackDue feedback) =>
            feedback.Point == FeedbackPoint.AfterOnboarding ? _words[TextKey.FeedbackAfterOnboarding]
            : feedback.Point == FeedbackPoint.AtCompletion ? _words[TextKey.FeedbackAtCompletion]
            : _words.Say(TextKey.FeedbackFollowUp, _words.Days(_agreement.Feedback?.FollowUpAfterDays ?? 0));

        private string Against(decimal over) =>
            over > 0m ? _words.Say(TextKey.HoursOver, _words.Hours(over)) : _words.Say(TextKey.HoursLeft, _words.Hours(-over));

        private string Name(PartyRole party) => _agreement.PartyOf(party).Name;

        private string Quoted(StageKey stage) => _words.Say(TextKey.StageQuoted, Wording.StageName(_agreement, stage));

        /// <summary>A moment in the provider's zone, with the zone named: "17 March 2026 at 16:30 (Madrid time)".</summary>
        private string Moment(Instant instant) => Moment(instant, _zone);

        /// <summary>A moment that concerns <paramref name="party"/>, in its zone, with the zone named.</summary>
        private string Moment(Instant instant, PartyRole party) => Moment(instant, _agreement.CalendarOf(party).Zone);

        private string Moment(Instant instant, DateTimeZone zone) => _words.Moment(instant, zone) + " " + _words.ZoneTime(zone);

        /// <summary>A reminder sent or a consequence applied: when, about what, to whom (the late party), which rule, and any amount.</summary>
        private sealed record AppliedItem(Instant At, ObligationKey Obligation, PartyRole Party, ConsequenceRule Rule, Money? Amount);
    }
}
