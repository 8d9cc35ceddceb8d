// The foot-dragging client, from the proposal to the last payment. Estudio Olivo, a web studio in
// Madrid, and Harbor Lane Bakery in New York agree how they will work together (the one-pager), and
// the studio's CRM runs the engagement through the library: each step a command the decider accepts
// or refuses, and every morning Assessor.Assess says which reminders and consequences are due. The
// bakery's content comes weeks late: reminders, its owner, a pause, and on its return the studio's
// restart lead time and fee. Then the work goes on to completion. Printed on the way: the one-pager
// again once the work is dated (written from the engagement, it says when the agreement was signed
// and the deposit arrived), the status report at three moments (late, on hold, back at work: what
// was sent and applied so far, and each side's on-time record), the timeline as Mermaid text; the
// timeline as SVG and the dates as an iCalendar file are written to a temp folder.
//
// Run with: dotnet run --project samples/StudioWebsite
// Output is plain text when redirected to a file or a pipe; the dates are fixed, so it never changes.

using System;
using System.Linq;
using System.Text;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using Spectre.Console;
using StudioWebsite;

Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // A file or a pipe: plain text at a fixed width, so the output is the same wherever it runs.
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });
    AnsiConsole.Profile.Width = 120;
}

var agreement = Scenario.Agreement;
var record = new EngagementRecord();

Section("How we work together: the one-pager Estudio Olivo shows at the first meeting");
DocumentsStory.PrintOnePager(agreement, plan: null);
AnsiConsole.WriteLine();
AnsiConsole.WriteLine("  Business days are each side's own: its time zone, working hours and days off.");
AnsiConsole.Write(Printout.Parties(agreement, Scenario.WorkStarts.Year));

Section("Proposed, signed, paid, dated (the studio's diary, Madrid time)");
FootDraggingStory.SignAndSchedule(record);
AnsiConsole.WriteLine();
AnsiConsole.WriteLine("  The studio sends the one-pager again, written from the engagement: when it was signed and paid, and a date on every stage.");
AnsiConsole.WriteLine("  Its opening, its timeline and its days off:");
DocumentsStory.PrintOnePagerExcerpt(record.State, "Timeline", "Days off");
DocumentsStory.Write("one-pager.en.md", OnePager.Write(record.State, Language.English, DocumentFormat.Markdown));
AnsiConsole.WriteLine("  And the dates as a calendar file, for the bakery's reminders:");
DocumentsStory.Write("plan.ics", CalendarExport.ToICalendar(agreement, record.State.Plan!, Language.English, record.State.LastEventAt!.Value));

Section("The content is due, and does not come");
var now = FootDraggingStory.ContentRunsLate(record);
Section($"Status report 1 of 3, {InMadrid(now)}: the content is late, reminders sent, the owner told");
DocumentsStory.PrintStatusReport(record.State, now, Language.English);

Section("On hold");
now = FootDraggingStory.OnHold(record);
Section($"Status report 2 of 3, {InMadrid(now)}: the work is on hold");
DocumentsStory.PrintStatusReport(record.State, now, Language.English);

Section("The bakery is back: \"How fast can you do the design?\"");
now = FootDraggingStory.TheBakeryComesBack(record);
Section($"Status report 3 of 3, {InMadrid(now)}, in Spanish for the bakery's owner: back at work");
DocumentsStory.PrintStatusReport(record.State, now, Language.Spanish);

Section("To the end: the design, the feedback, the build, the last payment");
now = FootDraggingStory.ToCompletion(record);

Section("What the delay cost");
var state = record.State;
var plan = state.Plan!;
var launch = plan.Stages[^1];
AnsiConsole.Write(Printout.Outcome(state));
Say($"Launched {Printout.Day(launch.FinishedOn!.Value)}, planned for {Printout.Day(launch.BaselineDue)}: "
    + $"{Period.Between(launch.BaselineDue, launch.FinishedOn.Value, PeriodUnits.Days).Days} days later.");
foreach (var party in new[] { PartyRole.Client, PartyRole.Provider })
{
    Say($"{agreement.PartyOf(party).Name} held the ball {state.BallTimeOf(party, now).BusinessDays} of its business days; "
        + $"its stages ran over by {state.OverrunBusinessDaysOf(party)}; reminders sent to it: {state.RemindersSent.Count(r => r.To == party)}.");
}

foreach (var party in state.ConsequencesApplied.GroupBy(c => c.Party))
{
    var applied = party.GroupBy(c => c.Obligation).Select(obligation =>
        $"over {Printout.NameOf(agreement, obligation.Key)}: "
        + string.Join(", ", obligation.Select(c => Printout.InWords(c.Rule.Kind) + (c.Amount is { } amount ? $" ({Printout.Amount(amount)})" : string.Empty))));
    Say($"Consequences applied to {agreement.PartyOf(party.Key).Name} {string.Join("; ", applied)}.");
}

Say($"{record.Events.Count} events stored; replaying them gives the same state: {EngagementDecider.Replay(record.Events).Equals(state)}. "
    + $"Nothing more can happen to it: {EngagementDecider.IsTerminal(state)}.");

Section("The timeline, as Mermaid text; the SVG and the calendar file");
DocumentsStory.PrintTimeline(state, now);
DocumentsStory.Write("timeline.svg", Timeline.ToSvg(state, now, Language.English));
DocumentsStory.Write("dates.ics", CalendarExport.ToICalendar(state, Language.English, now));
AnsiConsole.WriteLine("  The calendar file uses the same event ids as plan.ics, so a calendar that imported the plan moves its events.");

static string InMadrid(Instant instant) => Printout.Moment(instant, Scenario.StudioCalendar.Zone);

static void Say(string line) => AnsiConsole.MarkupLine("  " + Markup.Escape(line));

static void Section(string title)
{
    AnsiConsole.WriteLine();
    AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
}
