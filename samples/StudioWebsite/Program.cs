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
// On a terminal its sentences wrap at the terminal's width, and its tables fit 80 columns. Redirected to a file or a
// pipe it is plain text, each sentence on one line and the tables 80 columns wide; the dates are fixed, so it never changes.

using System;
using System.Linq;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
using NodaTime;
using Spectre.Console;
using StudioWebsite;

Tables.UseConsole();

var agreement = Scenario.Agreement;
var record = new EngagementRecord();

Section("How we work together: the one-pager Estudio Olivo shows at the first meeting");
DocumentsStory.PrintOnePager(agreement, plan: null);
Terminal.Blank();
Say("Business days are each side's own: its time zone, working hours and days off.");
AnsiConsole.Write(Printout.Parties(agreement));
foreach (var party in new[] { agreement.Provider, agreement.Client })
{
    Say($"{party.Name}'s working days off in {Scenario.WorkStarts.Year}:");
    Say(string.Join("\n", Printout.DaysOff(party, Scenario.WorkStarts.Year).Select(line => "- " + line)), indent: 4);
}

Section("Proposed, signed, paid, dated (the studio's diary, Madrid time)");
FootDraggingStory.SignAndSchedule(record);
Terminal.Blank();
Say("The studio sends the one-pager again, written from the engagement: when it was signed and paid, and a date on every stage.");
Say("Its opening, its timeline and its days off:");
DocumentsStory.PrintOnePagerExcerpt(record.State, "Timeline", "Days off");
DocumentsStory.Write("one-pager.en.md", OnePager.Write(record.State, Language.English, DocumentFormat.Markdown));
Say("And the dates as a calendar file, for the bakery's reminders:");
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

Say($"{record.Events.Count} events stored; "
    + (EngagementDecider.Replay(record.Events).Equals(state) ? "replaying them gives the same state. " : "replaying them gives ANOTHER state, which is a bug. ")
    + (EngagementDecider.IsTerminal(state) ? "The engagement is over: nothing more can happen to it." : "The engagement is still open."));

Section("The timeline, as Mermaid text; the SVG and the calendar file");
DocumentsStory.PrintTimeline(state, now);
DocumentsStory.Write("timeline.svg", Timeline.ToSvg(state, now, Language.English));
DocumentsStory.Write("dates.ics", CalendarExport.ToICalendar(state, Language.English, now));
Say("The calendar file uses the same event ids as plan.ics, so a calendar that imported the plan moves its events.");

static string InMadrid(Instant instant) => Printout.Moment(instant, Scenario.StudioCalendar.Zone);

static void Say(string line, int indent = 2) => Terminal.Say(line, indent);

static void Section(string title) => Terminal.Heading(title);
