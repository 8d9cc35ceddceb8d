// A Madrid web-design studio and a New York bakery agree how they will work together, date the
// work once the deposit is in, and re-plan when the bakery's content arrives late.
// Run with: dotnet run --project samples/StudioWebsite

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
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
var studio = agreement.Provider.Name;
var bakery = agreement.Client.Name;

Section($"How we work together: {agreement.Title}");
AnsiConsole.Write(Printout.Parties(agreement, Scenario.WorkStarts.Year));
AnsiConsole.Write(Printout.Stages(agreement));
AnsiConsole.Write(Printout.Payments(agreement));

Section("Signed, but the deposit has not arrived");
var refused = Scheduler.Plan(agreement, AgreementStatus.Signed, Scenario.WorkStarts);
AnsiConsole.MarkupLine($"Scheduler.Plan with status Signed: IsAccepted is [bold]{refused.IsAccepted}[/]. No dates are promised yet:");
var refusal = new Table().Border(TableBorder.Rounded).AddColumns("[bold]Violation[/]", "[bold]Why[/]");
foreach (var violation in refused.Violations)
{
    refusal.AddRow($"[red]{violation.Code}[/]", Markup.Escape(violation.Message));
}

AnsiConsole.Write(refusal);

Section($"Deposit received: the dated plan from {Printout.Day(Scenario.WorkStarts)}");
var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, Scenario.WorkStarts).Value;
AnsiConsole.Write(Printout.DatedStages(agreement, plan));
AnsiConsole.Write(Printout.Handoffs(agreement, plan));
AnsiConsole.Write(Printout.Payments(agreement, plan));

Section("What the agreement says happens if the content runs 10 business days late");
var whatIf = Assessor.Simulate(agreement, plan, Scenario.Content, 10);
var consequences = new Table().Border(TableBorder.Rounded).AddColumns("[bold]Falls due[/]", "[bold]What happens[/]");
foreach (var item in whatIf.Consequences)
{
    consequences.AddRow(Printout.Moment(item.FallsDueAt, agreement.Client.Calendar.Zone), Markup.Escape(item.Explanation));
}

AnsiConsole.Write(consequences);
AnsiConsole.MarkupLine(Markup.Escape($"  The launch would move from {Printout.Day(whatIf.PlannedEnd)} to {Printout.Day(whatIf.ShiftedEnd)}."));

var content = plan.FindStage(Scenario.Content)!;
var contentArrived = agreement.Client.Calendar.AddBusinessDays(content.Due, Scenario.ContentDelayBusinessDays);
Section($"{bakery}'s content arrives {Scenario.ContentDelayBusinessDays} business days late");
AnsiConsole.MarkupLine(Markup.Escape(
    $"Discovery finished on time ({Printout.Day(plan.FindStage(Scenario.Discovery)!.Due)}); the content was due {Printout.Day(content.Due)} and arrived {Printout.Day(contentArrived)}."));
var replanned = Scheduler.Replan(agreement, plan, new Dictionary<StageKey, LocalDate>
{
    [Scenario.Discovery] = plan.FindStage(Scenario.Discovery)!.Due,
    [Scenario.Content] = contentArrived,
});
AnsiConsole.Write(Printout.Moves(agreement, plan, replanned));

// Closures the re-dated build runs into that the original one did not.
var (buildBefore, buildAfter) = (plan.FindStage(Scenario.Build)!, replanned.FindStage(Scenario.Build)!);
var closures = agreement.Provider.Calendar.Closures
    .Where(c => Overlaps(c.Dates, buildAfter) && !Overlaps(c.Dates, buildBefore))
    .Select(c => $"{c.Reason.ToLowerInvariant()} ({Printout.ShortDay(c.Dates.Start)} to {Printout.ShortDay(c.Dates.End)})");
var finalDays = agreement.PaymentTerms!.FinalPaymentDueDays;
AnsiConsole.WriteLine();
AnsiConsole.MarkupLine("[bold]Why the studio's dates moved[/]");
Say($"The ball was in {bakery}'s court {Scenario.ContentDelayBusinessDays} business days longer than agreed.");
Say($"Each {studio} stage starts when the ball actually reaches the studio and keeps its full length,");
Say("so the studio is never late because the client was.");
Say($"Launch moves {Period.Between(plan.End, replanned.End, PeriodUnits.Days).Days} calendar days, from {Printout.Day(plan.End)} to {Printout.Day(replanned.End)}"
    + (closures.Any() ? ":" : "."));
if (closures.Any())
{
    Say($"the build now runs into the studio's {string.Join(", ", closures)}.");
}

Say($"The final payment moves with it, from {Printout.Day(plan.End.PlusDays(finalDays))} to {Printout.Day(replanned.End.PlusDays(finalDays))}.");

Section("The same project as a running engagement");
var engagement = EngagementStory.Tell();

Section("\"Just one more thing\": extras, goodwill and a change order");
ScopeStory.Tell(engagement);

Section("Talking: a time-boxed call, its recap, and an email answered late");
ConversationStory.Tell(engagement);

Section("Documents: the status report in Spanish; the one-pager, timeline and calendar as files");
DocumentsStory.Tell(engagement);

static bool Overlaps(DateInterval dates, PlannedStage stage) => dates.Start <= stage.Due && dates.End >= stage.Start;

static void Say(string line) => AnsiConsole.MarkupLine("  " + Markup.Escape(line));

static void Section(string title)
{
    AnsiConsole.WriteLine();
    AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
}
