using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace StudioWebsite;

/// <summary>
/// The same project as a running engagement: each step is a command the decider accepts (as
/// events a CRM would store) or refuses (with a sentence it can show), and the state answers
/// whose move it is, who held the ball for how long, and whose delay it was.
/// </summary>
internal static class EngagementStory
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>Tells the story up to the content's late handoff; returns the engagement, for the next chapter.</summary>
    public static EngagementRecord Tell()
    {
        var agreement = Scenario.Agreement;
        var record = new EngagementRecord();
        var Do = record.Do;
        Do(new Propose(agreement, Studio("2026-05-20T10:00")));
        Do(new Sign(Bakery("2026-05-22T16:00")));
        Do(new ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, Studio("2026-05-27T10:00")));
        Do(new Schedule(Scenario.WorkStarts, Studio("2026-05-28T10:00")));
        Do(new StartStage(Scenario.Discovery, Studio("2026-06-01T09:00")));
        Do(new HandOff(Scenario.Discovery, Studio("2026-06-02T18:30")));
        Do(new StartStage(Scenario.Content, Bakery("2026-06-03T10:00")));

        AnsiConsole.MarkupLine("The bakery tries to hand the design back before the studio has even received the content:");
        Do(new HandOff(Scenario.Design, Bakery("2026-06-10T10:00")));

        // Every morning the CRM's nightly job asks what is due, sends it and records it. The content
        // is due 16 June; the reminders, the escalation and the pause come on their own.
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("What the studio's CRM sends, morning by morning, while the content is late:");
        void EveryMorning(LocalDate first, LocalDate last)
        {
            for (var day = first; day <= last; day = day.PlusDays(1))
            {
                var morning = day.At(new LocalTime(9, 30)).InZoneLeniently(Scenario.BakeryCalendar.Zone).ToInstant();
                foreach (var due in Assessor.AssessMany([record.State], morning))
                {
                    foreach (var item in due.Reminders.Concat(due.Consequences))
                    {
                        AnsiConsole.MarkupLine(Markup.Escape($"  {Printout.Day(day)}  {item.Explanation}"));
                        Do(item.Kind.IsReminder
                            ? new RecordReminderSent(item.Obligation, item.Rule, morning)
                            : new ApplyConsequence(item.Obligation, item.Rule, morning));
                    }
                }
            }
        }

        EveryMorning(new LocalDate(2026, 6, 3), new LocalDate(2026, 7, 5));

        // The bakery comes back in July: the restart consequences fall due as the work resumes.
        Do(new ResumeWork(Bakery("2026-07-06T09:00")));
        EveryMorning(new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 6));
        Do(new HandOff(Scenario.Content, Bakery("2026-07-08T16:00")));

        var asOf = Studio("2026-07-10T12:00");
        var state = record.State;
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Ledger(state));
        var ball = state.Ball!;
        var design = state.Plan!.FindStage(Scenario.Design)!;
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  Now it is {agreement.PartyOf(ball.Party).Name}'s move: \"{ball.Expectation}\", due {Printout.Day(ball.DueBy!.Value)}."));
        AnsiConsole.MarkupLine(Markup.Escape($"  The design was due {Printout.Day(design.BaselineDue)} in the original plan."));
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  After the bakery's delay and the studio's {agreement.RestartLeadTimeOf(PartyRole.Provider)}-day restart lead time, it starts {Printout.Day(design.Start)}."));
        foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
        {
            var held = state.BallTimeOf(party, asOf);
            AnsiConsole.MarkupLine(Markup.Escape(
                $"  {agreement.PartyOf(party).Name} has held the ball {held.BusinessDays} of its business days; "
                + $"its stages ran over by {state.OverrunBusinessDaysOf(party)}."));
        }

        var replayed = EngagementDecider.Replay(record.Events);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  {record.Events.Count} events stored; replaying them gives the same state: {replayed.Equals(state)}."));
        return record;
    }

    private static Table Ledger(EngagementState state)
    {
        var agreement = state.Agreement!;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "When (Madrid)", "Ball passes", "Expected", "Due" })
        {
            table.AddColumn(new TableColumn($"[bold]{header}[/]"));
        }

        foreach (var handoff in state.Handoffs)
        {
            table.AddRow(
                Printout.Moment(handoff.At, agreement.Provider.Calendar.Zone),
                Markup.Escape($"{agreement.PartyOf(handoff.From).Name} -> {agreement.PartyOf(handoff.To).Name}"),
                Markup.Escape(handoff.Expectation),
                handoff.DueBy is { } due ? Printout.Day(due) : "-");
        }

        return table;
    }

    internal static Instant Studio(string local) => Local.Parse(local).Value.InZoneLeniently(Scenario.StudioCalendar.Zone).ToInstant();

    private static Instant Bakery(string local) => Local.Parse(local).Value.InZoneLeniently(Scenario.BakeryCalendar.Zone).ToInstant();
}
