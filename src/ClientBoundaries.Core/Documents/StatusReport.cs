using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The status report of a running engagement: who holds the ball and since when, what is late and by
/// how much, what is due now, what comes next with its dates, allowances and goodwill used and left,
/// budgeted against logged hours, and the change orders, in one of four languages.
/// </summary>
/// <remarks>
/// Written from the engagement's state and an assessment of it at one instant (the assessment says
/// what is due; the state says what happened). A date is in the calendar of the party it concerns (a
/// stage's due date in its owner's). A time is in the provider's time zone, which the report names at
/// the top, unless it concerns the other party (the ball it holds, a reply it owes): then it is in that
/// party's zone, named beside it. The output is deterministic, ends each line with "\n", and is safe to produce
/// from many threads at once.
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
        report.Next();
        report.Allowances();
        report.Hours();
        report.ChangeOrders();
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
            Document.Paragraph(_words.Say(TextKey.StatusAsOf, Moment(_assessment.At), _words.ZoneTime(_zone), _words[TextKey.PhaseNew + _state.Phase.Value]));
        }

        public void Ball()
        {
            Document.Heading(_words[TextKey.SectionWhoHasTheBall]);
            if (_state.Ball is { } ball)
            {
                // Built from the stage, not from Expectation, which the engine writes in English.
                var sentence = _words.Say(TextKey.BallHeldSince, Name(ball.Party), Moment(ball.Since, ball.Party), _words.Say(TextKey.StageQuoted, Wording.StageName(_agreement, ball.Stage)));
                if (ball.DueAt is { } dueAt)
                {
                    sentence += " " + _words.Say(TextKey.BallDueBy, Moment(dueAt, ball.Party));
                }

                Document.Paragraph(sentence);
            }
            else
            {
                Document.Paragraph(_words[TextKey.BallNobody]);
            }

            Document.Paragraph(_words.Say(
                TextKey.BallTotals,
                Name(PartyRole.Provider),
                _words.BusinessDays(_state.BallTimeOf(PartyRole.Provider, _assessment.At).BusinessDays),
                Name(PartyRole.Client),
                _words.BusinessDays(_state.BallTimeOf(PartyRole.Client, _assessment.At).BusinessDays)));
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
                    _words.ObligationName(_agreement, o.Obligation, quoted: false),
                    Name(o.Party),
                    o.Due is { } due ? _words.Date(due) : "",
                    _words.BusinessDays(o.BusinessDaysLate),
                    _words[o.Timeliness == Timeliness.Overdue ? TextKey.StateStillOpen : TextKey.StateDeliveredLate],
                }).ToList());
        }

        public void DueNow()
        {
            Document.Heading(_words[TextKey.SectionDueNow]);
            var items = _assessment.Reminders.Concat(_assessment.Consequences)
                .Select(due => _words.ObligationName(_agreement, due.Obligation) + " (" + Name(due.Party) + "): "
                    + _words.RuleOutcome(_agreement, due.Party, due.Rule, due.Obligation.Kind.IsPayment, due.Amount) + ".")
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

        public void Next()
        {
            Document.Heading(_words[TextKey.SectionNext]);
            if (_state.Phase == EngagementPhase.Terminated)
            {
                Document.Paragraph(_words.Say(TextKey.NextTerminated, Name(_state.TerminatedBy!), Moment(_state.TerminatedAt!.Value), _state.TerminationReason!));
                return;
            }

            var rows = new List<IReadOnlyList<string>>();
            var (plan, late) = _state.Plan is null ? (null, null) : ProjectedPlan.Of(_state, _assessment.At);
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
                rows.Add(new[] { _words.ObligationName(_agreement, payment.Obligation, quoted: false), Name(payment.Party), "", _words.Date(payment.Due!.Value) });
            }

            if (rows.Count == 0)
            {
                Document.Paragraph(_words[TextKey.NothingNext]);
                return;
            }

            Document.Table(new[] { _words[TextKey.ColumnWhat], _words[TextKey.ColumnWho], _words[TextKey.ColumnStart], _words[TextKey.ColumnDue] }, rows);
            if (late is not null && plan!.Stages.Any(s => !s.IsFinished && s.Key != late.Key))
            {
                Document.Paragraph(_words.Say(TextKey.NextAssumesHandoverToday, _words.Say(TextKey.StageQuoted, Wording.StageName(_agreement, late.Key))));
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

        private string CommunicationItem(CommunicationDue due)
        {
            var what = due switch
            {
                CommunicationDue.RecapOwed recap => _words.Say(TextKey.DueRecap, Name(due.Party), Moment(_state.Communication.FindMeeting(recap.Meeting)!.Booked.Start, due.Party)),
                CommunicationDue.CheckInMissed missed => _words.Say(TextKey.DueCheckIn, _words.DateWithWeekday(missed.Occurrence)),
                CommunicationDue.FeedbackDue feedback => _words.Say(TextKey.DueFeedback, Name(due.Party), FeedbackPointName(feedback)),
                CommunicationDue.FollowThroughDue incident => _words.Say(TextKey.DueFollowThrough, Name(due.Party), incident.Incident.Value),
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

        private string Moment(Instant instant) => _words.Moment(instant, _zone);

        /// <summary>A moment that concerns <paramref name="party"/>, in its zone; named when it is not the report's.</summary>
        private string Moment(Instant instant, PartyRole party)
        {
            var zone = _agreement.CalendarOf(party).Zone;
            return zone.Equals(_zone) ? Moment(instant) : _words.Moment(instant, zone) + " " + _words.ZoneTime(zone);
        }
    }
}
