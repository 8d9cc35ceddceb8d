using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

// Each party's business calendar: time zone, working week and hours, holidays as rules, closures.
var studio = new BusinessCalendar(
        DateTimeZoneProviders.Tzdb["Europe/Madrid"],
        WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
        new[]
        {
            HolidayRule.Fixed(1, 1, "New Year's Day"),
            HolidayRule.EasterRelative(-2, "Good Friday"),
            HolidayRule.Fixed(12, 25, "Christmas Day"),
        })
    .WithClosure(new Closure(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 21), "Summer closure"));

var bakery = BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb["America/New_York"])
    .WithHoliday(HolidayRule.NthWeekday(11, 4, IsoDayOfWeek.Thursday, "Thanksgiving"))
    .WithHoliday(HolidayRule.Fixed(7, 4, "Independence Day").ObservedOn(HolidayObservance.NearestWorkingDay));

// The agreement, written the way the one-pager reads: stages, what is included, and what lateness leads to.
var agreement = new AgreementBuilder(new AgreementId("harbor-lane-website"), "A new website")
    .WithProvider("Estudio Olivo", studio)
    .WithClient("Harbor Lane Bakery", bakery)
    .AddStage("discovery", "Discovery call", PartyRole.Provider, 2, s => s
        .Priced(new Money(600m, "EUR"))
        .ProviderDoes("Run a 60-minute discovery call")
        .HandsOver("A brief and a sitemap"))
    .AddStage("content", "Client sends content", PartyRole.Client, 10, s => s
        .ClientDoes("Send all page copy and photos")
        .HandsOver("Final copy for every page"))
    .AddStage("build", "Build and launch", PartyRole.Provider, 15, s => s
        .Priced(new Money(7800m, "EUR")))
    .WithPaymentTerms(new PaymentTerms(new Money(8400m, "EUR"), Charge.PercentOfTotal(30)))
    .AddDeliverable(new Deliverable(new DeliverableKey("pages"), "Website pages", new StageKey("build"),
        new Allowance(units: 5, unitName: "pages"),
        inclusions: ["Menu, opening hours and a contact form"],
        exclusions: ["Online ordering"]))
    .WithGoodwill(new Goodwill(totalHours: 3m, capPerRequestHours: 1m))
    .WithRateCard(new RateCard(new Money(90m, "EUR"), minimumFee: new Money(150m, "EUR")))
    // The library's suggested default policy set, one for each side (docs/consequences.md).
    .WithConsequencePolicy(PartyRole.Client, ConsequencePolicy.SuggestedForClient(new Money(250m, "EUR"), new Money(1000m, "EUR"), "owner"))
    .WithConsequencePolicy(PartyRole.Provider, ConsequencePolicy.SuggestedForProvider(new Money(1000m, "EUR"), "director"))
    .WithRestartLeadTime(PartyRole.Provider, 5)
    .Build();

// Dates are promised only once the agreement is signed and the deposit is in.
Outcome<Plan> outcome = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, new LocalDate(2026, 6, 1));
if (!outcome.TryGetValue(out Plan? plan))
{
    Console.WriteLine(outcome.Violations[0].Message);   // why not, in a sentence a person can read
    return;
}

foreach (var stage in plan.Stages)
{
    Console.WriteLine($"{stage.Key}: {stage.Start:uuuu-MM-dd} to {stage.Due:uuuu-MM-dd} ({stage.Owner})");
}
// Prints: discovery: 2026-06-01 to 2026-06-02 (Provider)
// Prints: content: 2026-06-03 to 2026-06-16 (Client)
// Prints: build: 2026-06-17 to 2026-07-07 (Provider)

// The content came in late: later stages start from the actual handoff.
// Replan refuses finishes that cannot have happened (out of order) the same way, as violations.
Outcome<Plan> replanned = Scheduler.Replan(agreement, plan, new Dictionary<StageKey, LocalDate>
{
    [new StageKey("discovery")] = new LocalDate(2026, 6, 2),
    [new StageKey("content")] = new LocalDate(2026, 6, 24),
});
PlannedStage build = replanned.Value.Stages[2];
Console.WriteLine($"{build.Key}: {build.Start:uuuu-MM-dd} to {build.Due:uuuu-MM-dd}, was due {build.BaselineDue:uuuu-MM-dd}");
// Prints: build: 2026-06-25 to 2026-07-15, was due 2026-07-07

// Moments on the studio's clock in Madrid: the library never reads a clock, every command says when it happened.
Instant Madrid(int month, int day, int hour) =>
    new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(studio.Zone).ToInstant();

var events = new List<EngagementEvent>();
var state = EngagementState.Initial;
void Do(EngagementCommand command)
{
    var decision = EngagementDecider.Decide(state, command);
    if (!decision.IsAccepted) { Console.WriteLine(decision.Violations[0].Message); return; }
    events.AddRange(decision.Events);
    state = EngagementDecider.Evolve(state, decision); // the state the events lead to, worked out once by Decide
}

Do(new Propose(agreement, Madrid(5, 25, 10)));
Do(new Sign(Madrid(5, 26, 12)));
Do(new ReceiveDeposit(new Money(2520m, "EUR"), Madrid(5, 28, 9)));
Do(new Schedule(new LocalDate(2026, 6, 1), Madrid(5, 28, 10)));
Do(new StartStage(new StageKey("discovery"), Madrid(6, 1, 9)));
Do(new HandOff(new StageKey("content"), Madrid(6, 1, 10)));
// Prints: Cannot hand off a stage for "Client sends content": the current stage is "Discovery call", which Estudio Olivo holds.
Do(new HandOff(new StageKey("discovery"), Madrid(6, 2, 18)));   // the ball is in the bakery's court

var now = Madrid(6, 23, 16);
var assessment = Assessor.Assess(state, now);
foreach (var reminder in assessment.Reminders)      // each with a level: Friendly or Firm
{
    Console.WriteLine(reminder.Explanation);
    Do(new RecordReminderSent(reminder.Obligation, reminder.Rule, now));
}
foreach (var consequence in assessment.Consequences)
{
    Console.WriteLine(consequence.Explanation);
    Do(new ApplyConsequence(consequence.Obligation, consequence.Rule, now));
}
// Prints: Firm reminder to Harbor Lane Bakery: stage "Client sends content" was due on 16 June 2026 and is 5 business days overdue.
// Prints: Stage "Client sends content" was due on 16 June 2026 and Harbor Lane Bakery is 5 business days late: the matter goes to Harbor Lane Bakery's owner.
Console.WriteLine(Assessor.Assess(state, now).HasAnythingDue ? "Still due." : "Recorded: nothing is due twice.");
// Prints: Recorded: nothing is due twice.

Do(new RequestChange(new ChangeRequest(new ChangeRequestId("online-orders"), "Take cake orders online",
    PartyRole.Client, estimatedHours: 8m, now, new DeliverableKey("pages"), clause: "Online ordering")));
Console.WriteLine(state.Scope.Decisions[^1].Message);
// Prints: "Take cake orders online" is outside what we agreed: the agreement lists "Online ordering" as not included in Website pages. It needs a change order: 8 hours at 90.00 EUR an hour comes to 720.00 EUR, and it adds 2 business days to the schedule. Shall I send it to you for approval?
Do(new ProposeChangeOrder(new ChangeRequestId("online-orders"), now));
Do(new AcceptChangeOrder(new ChangeRequestId("online-orders"), Madrid(6, 24, 11)));
Console.WriteLine($"The agreement is now version {state.Agreement!.Version}.");
// Prints: The agreement is now version 2.

// The "How we work together" one-pager: before a plan, in business days; after, with dates.
string onePager = OnePager.Write(agreement, plan, Language.Spanish, DocumentFormat.Markdown);
Console.WriteLine(onePager.Split('\n')[0]);
// Prints: # Cómo trabajamos juntos: A new website

// The same page for a running engagement: it also says when it was signed and the deposit arrived.
string sentAgain = OnePager.Write(state, Language.English, DocumentFormat.Markdown);
Console.WriteLine(sentAgain.Split('\n')[0]);
// Prints: # How we work together: A new website

// Where a running engagement stands: ball, lateness, what is due, what comes next, scope, hours.
string status = StatusReport.Write(state, Assessor.Assess(state, now), Language.Indonesian, DocumentFormat.PlainText);
Console.WriteLine(status.Split('\n')[0]);
// Prints: Laporan status: A new website

// The timeline (plan against actual, coloured by who held the ball) and the dates as a calendar file.
string chart = Timeline.ToMermaid(state, now, Language.English);
string svg = Timeline.ToSvg(state, now, Language.English);
string ics = CalendarExport.ToICalendar(state, Language.English, now);

// A CRM admin keeps agreements as JSON templates: an agreement built in code saves as one, and loads back equal.
// Through the context, with no reflection, so it works in a trimmed or AOT app too.
string templateJson = JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement);
Console.WriteLine(AgreementTemplate.Load(templateJson).Equals(agreement) ? "The template loads back as the same agreement." : "It does not.");
// Prints: The template loads back as the same agreement.
// A template with a mistake: every problem at once, each with its JSON path.
JsonNode template = JsonNode.Parse(templateJson)!;
template["stages"]![0]!["durationBusinessDays"] = 0;
IReadOnlyList<JsonProblem> problems = AgreementTemplate.Validate(template.ToJsonString());
Console.WriteLine(problems[0]);
// Prints: $.stages[0].durationBusinessDays: must be from 1 to 2600, was 0

// One row per event, and back: the rows replay to the same state.
List<string> rows = events.Select(EngagementEventJson.WriteEvent).ToList();
Console.WriteLine(rows[1]);
// Prints: {"type":"signed","schemaVersion":1,"at":"2026-05-26T10:00:00Z"}
IReadOnlyList<EngagementEvent> stored = EngagementEventJson.ReadEvents(rows);   // checked to replay
Console.WriteLine(EngagementDecider.Replay(stored).Equals(state) ? $"{rows.Count} rows replay to the same state." : "They do not.");
// Prints: 11 rows replay to the same state.
