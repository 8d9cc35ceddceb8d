using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace StudioWebsite;

/// <summary>
/// What the studio's CRM keeps of one engagement: its stream of events and the state folded from
/// them, and the sweep it runs every morning.
/// </summary>
/// <remarks>
/// <para><see cref="Do"/> decides a command with <see cref="EngagementDecider.Decide"/>, stores the
/// events it causes and folds them into the state with <see cref="EngagementDecider.Evolve(EngagementState, EngagementEvent)"/>, or
/// writes down why it was refused. Every event goes into the <see cref="Diary"/>.</para>
/// <para>Every morning at 09:30 in New York (15:30 in Madrid, when both sides are at work) the CRM
/// asks <see cref="Assessor.Assess"/> what is due, sends each reminder and applies each consequence,
/// and records what it did as commands, so nothing is due twice. Before it records anything, it
/// runs the sweeps of the mornings up to it: the story is told in order, as it happened.</para>
/// </remarks>
internal sealed class EngagementRecord
{
    private static readonly LocalTime SweepTime = new(9, 30);

    private LocalDate? _lastSweep;

    public EngagementState State { get; private set; } = EngagementState.Initial;

    public List<EngagementEvent> Events { get; } = new();

    /// <summary>Decides a command after the mornings before it are swept; true when it was accepted.</summary>
    public bool Do(EngagementCommand command)
    {
        SweepUntil(command.At);
        return Decide(command, null);
    }

    /// <summary>Runs the morning sweep of every day up to <paramref name="until"/> not yet swept.</summary>
    /// <returns><paramref name="until"/>, the moment the story has reached.</returns>
    public Instant SweepUntil(Instant until)
    {
        if (State.LastEventAt is not { } last)
        {
            return until;
        }

        var zone = Scenario.BakeryCalendar.Zone;
        for (var day = _lastSweep?.PlusDays(1) ?? last.InZone(zone).Date; ; day = day.PlusDays(1))
        {
            var morning = day.At(SweepTime).InZoneLeniently(zone).ToInstant();
            if (morning > until)
            {
                return until;
            }

            if (morning >= State.LastEventAt)
            {
                Sweep(morning);
            }

            _lastSweep = day;
        }
    }

    /// <summary>What the CRM does each morning: assess, then act on every reminder and consequence due, and record it.</summary>
    private void Sweep(Instant morning)
    {
        var assessment = Assessor.Assess(State, morning);
        foreach (var reminder in assessment.Reminders)
        {
            Decide(new RecordReminderSent(reminder.Obligation, reminder.Rule, morning), reminder);
        }

        foreach (var consequence in assessment.Consequences)
        {
            Decide(new ApplyConsequence(consequence.Obligation, consequence.Rule, morning), consequence);
        }

        // What the studio owes in how the two sides talk (a recap, say) is for a person to do: the sweep only lists it.
        foreach (var item in assessment.Communication)
        {
            Diary.Write(morning, "Due", item.Message);
        }
    }

    private bool Decide(EngagementCommand command, DueConsequence? due)
    {
        var decision = EngagementDecider.Decide(State, command);
        if (!decision.IsAccepted)
        {
            Diary.Write(command.At, "Refused", $"{command.GetType().Name}: {decision.Violations[0].Message}");
            return false;
        }

        foreach (var @event in decision.Events)
        {
            Events.Add(@event);
            State = EngagementDecider.Evolve(State, @event);
            Diary.Write(@event.At, @event.GetType().Name, Describe(@event, due));
        }

        return true;
    }

    /// <summary>The event in a sentence, read off the state it led to.</summary>
    private string Describe(EngagementEvent @event, DueConsequence? due)
    {
        var agreement = State.Agreement!;
        string Name(PartyRole party) => agreement.PartyOf(party).Name;
        string StageName(StageKey stage) => $"\"{Printout.NameOf(agreement, stage)}\"";
        var terms = agreement.PaymentTerms!;
        return @event switch
        {
            Proposed => $"{Name(PartyRole.Provider)} proposes \"{agreement.Title}\" to {Name(PartyRole.Client)}: "
                + $"{agreement.Stages.Count} stages, {Printout.Amount(terms.Total)}.",
            Signed => "Both sides sign the agreement.",
            DepositReceived deposit => $"The deposit of {Printout.Amount(deposit.Amount)} is in.",
            Scheduled scheduled => $"Every stage gets its dates from {Printout.Day(scheduled.Plan.Start)}: "
                + $"launch planned for {Printout.Day(scheduled.Plan.End)}.",
            StageStarted started => $"{Name(State.ProgressOf(started.Stage)!.Owner)} starts {StageName(started.Stage)}.",
            HandedOff handoff => $"{Name(handoff.From)} hands over {StageName(handoff.Stage)}. {Name(handoff.To)}'s move: "
                + $"\"{handoff.Expectation}\"" + (handoff.DueBy is { } dueBy ? $", due {Printout.Day(dueBy)}." : "."),
            StageAccepted accepted => $"{Name(accepted.By)} accepts {StageName(accepted.Stage)}."
                + (terms.Milestones.FirstOrDefault(m => m.Stage == accepted.Stage) is { } milestone
                    ? $" The milestone payment of {Printout.Amount(milestone.Amount.OfTotal(terms.Total))} is invoiced, due in {milestone.DueDays} days."
                    : string.Empty),
            StageDeemedAccepted deemed => (deemed.Reason == DeemedAcceptanceReason.WindowClosed
                    ? $"{Name(deemed.By)} lets the time to answer on {StageName(deemed.Stage)} run out, which counts as accepting it."
                    : deemed.Reason == DeemedAcceptanceReason.MovedOn
                    ? $"{Name(deemed.By)} moves on without a word on {StageName(deemed.Stage)}, which counts as accepting it."
                    : $"{Name(deemed.By)} accepts the work built on {StageName(deemed.Stage)}, which counts as accepting it too.")
                + (terms.Milestones.FirstOrDefault(m => m.Stage == deemed.Stage) is { } movedOnMilestone
                    ? $" The milestone payment of {Printout.Amount(movedOnMilestone.Amount.OfTotal(terms.Total))} is invoiced, due in {movedOnMilestone.DueDays} days."
                    : string.Empty),
            ReminderSent => due!.Explanation,
            ConsequenceApplied applied => $"{Printout.Capitalised(Printout.InWords(applied.Rule.Kind))}: {due!.Explanation}",
            Paused paused => $"On hold: {paused.Reason}. Resuming is {Name(paused.CausedBy)}'s move.",
            Resumed => $"Work resumes, and it is {Name(State.Ball!.Party)}'s move again: \"{State.Ball.Expectation}\".",
            PaymentReceived payment => $"{Printout.Capitalised(Printout.NameOf(agreement, payment.Payment))} of {Printout.Amount(payment.Amount)} is in.",
            OwedPaid paid => $"{Printout.Amount(paid.Amount)} paid towards the {(paid.Entry.Rule is { } rule ? Printout.InWords(rule.Kind) : "amount owed")}"
                + (paid.Entry.Obligation is { } about ? $" over {Printout.NameOf(agreement, about)}." : "."),
            CreditSettled settled => $"{Printout.Amount(settled.Amount)} of a credit set off against what is owed.",
            Completed => "Every stage is handed over and accepted: the engagement is complete. "
                + $"The final payment of {Printout.Amount(terms.FinalPaymentAmount)} is invoiced, due in {terms.FinalPaymentDueDays} days.",
            MeetingBooked booked => $"Call booked, {Printout.Moment(booked.Meeting.Start, Scenario.StudioCalendar.Zone)} to "
                + $"{Printout.Time(booked.Meeting.End, Scenario.StudioCalendar.Zone)}, agenda: {string.Join(", ", booked.Meeting.Agenda)}. "
                + (booked.Meeting.AnotherAppointmentFollows ? "The invitation says another appointment follows; " : string.Empty)
                + $"the wrap-up cue comes at {Printout.Time(booked.Meeting.WrapUpCueAt, Scenario.StudioCalendar.Zone)}.",
            MeetingHeld held => $"The call ran {held.Held.OverranBy.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} minutes over; "
                + $"not covered: {string.Join(", ", held.Held.FollowUps)}. The recap is owed.",
            RecapSent => "Recap sent: what was agreed, and the items not covered as follow-ups.",
            MessageReceived message => $"An {message.Channel.Name.ToLowerInvariant()} from {Name(message.From)}; "
                + $"a reply is owed by {Printout.Moment(message.ReplyDueBy, Scenario.StudioCalendar.Zone)}.",
            ReplySent reply => ReplyText(reply),
            _ => @event.GetType().Name,
        };
    }

    private string ReplyText(ReplySent reply)
    {
        var timing = State.Communication.FindMessage(reply.MessageId)!.Reply!;
        return timing.LateByBusinessTime > Duration.Zero
            ? $"Replied, {timing.LateByBusinessTime.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} working hours late: the studio owns it."
            : "Replied in time.";
    }
}
