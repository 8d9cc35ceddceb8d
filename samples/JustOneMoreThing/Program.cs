// "Just one more thing": a bakery's small extras, and where they stop being free. The agreement
// between Estudio Olivo (Madrid) and Harbor Lane Bakery (New York) says up front what is included
// (page designs, six pages, four hours of launch support), how much goodwill the studio gives
// (three hours, at most one per request) and what anything else costs. While the site is being
// designed the bakery asks for one thing after another; each request is recorded on the running
// engagement and decided as Included, ConsumesAllowance, Goodwill or OutOfScope, with a reply the
// studio can send as is. Goodwill runs out, and the first charged extra explains why charging
// starts. Online ordering, which the agreement excludes, becomes a change order: drafted with the
// decision, proposed, accepted, and the agreement amended to version 2 with the build re-planned.
// Last, a second client whose preferences say Spanish: its scope answers, the word on charging and
// its reminder are worded in Spanish, and the studio reads the same facts in English beside them.
//
// Run with: dotnet run --project samples/JustOneMoreThing
// On a terminal its sentences wrap at the terminal's width, and its tables fit 80 columns. Redirected to a file or a
// pipe it is plain text, each sentence on one line and the tables 80 columns wide; the dates are fixed, so it never changes.

using System;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
using ClientBoundaries.Scope;
using JustOneMoreThing;
using Spectre.Console;
using static ClientBoundaries.Engagements.EngagementCommand;
using static JustOneMoreThing.Scenario;

Tables.UseConsole();

var agreement = Scenario.Agreement;
var terms = agreement.Scope;
var engagement = new EngagementRecord();

Section($"What \"{agreement.Title}\" includes");
AnsiConsole.Write(Printout.Deliverables(agreement));
Say($"Goodwill: {Printout.Hours(terms.Goodwill.TotalHours)} of small extras at no charge, at most {Printout.Hours(terms.Goodwill.CapPerRequestHours!.Value)} per request.");
Say($"Anything else is a change order: {terms.RateCard}. A proposal stays open {terms.ChangeOrderTerms.ProposalValidDays} days; "
    + $"every {Printout.Hours(terms.ChangeOrderTerms.HoursPerBusinessDay)} of work add a business day to the studio's dates.");

// The engagement runs as agreed: signed, paid, dated; the bakery even sends its content early.
engagement.Do(new Propose(agreement, Madrid("2026-05-20T10:00")));
engagement.Do(new Sign(NewYork("2026-05-22T16:00")));
engagement.Do(new ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, Madrid("2026-05-27T10:00")));
engagement.Do(new Schedule(WorkStarts, Madrid("2026-05-28T10:00")));
engagement.Do(new StartStage(Discovery, Madrid("2026-06-01T09:00")));
engagement.Do(new HandOff(Discovery, Madrid("2026-06-02T17:00")));
engagement.Do(new StartStage(Content, NewYork("2026-06-03T09:00")));
engagement.Do(new HandOff(Content, NewYork("2026-06-12T15:00")));
engagement.Do(new StartStage(Design, Madrid("2026-06-15T09:00")));
Say($"Signed, paid and dated; the content came early. The design started {Printout.Day(engagement.State.Plan!.FindStage(Design)!.Start)}, "
    + $"launch is planned for {Printout.Day(engagement.State.Plan.End)}. Then the requests start.");

Section("The bakery asks, the studio answers (times in Madrid)");
void Ask(string id, string when, string description, decimal hours, DeliverableKey? deliverable = null, int units = 0, string? clause = null)
{
    var request = new ChangeRequest(new ChangeRequestId(id), description, PartyRole.Client, hours, Madrid(when), deliverable, units, clause);
    if (!engagement.Do(new RequestChange(request)))
    {
        return;
    }

    // Each request as the studio's inbox shows it: when, what, the decision, and the reply it can send as is.
    var scope = engagement.State.Scope;
    var decision = scope.Decisions[^1];
    Terminal.Blank();
    Terminal.Row($"  {scope.Decisions.Count}. ".PadRight(6), $"{Printout.Moment(request.RequestedAt)}: \"{description}\" (about {Printout.Hours(hours)})");
    Say($"{Kind(decision)}; goodwill left: {Printout.Hours(scope.GoodwillLeftHours)}.", indent: 6);
    Terminal.Row("      Reply: ", decision is ScopeDecision.OutOfScope { ChargingStartsNotice: { } notice } ? $"{notice}\n{decision.Message}" : decision.Message);
}

Ask("footer-hours", "2026-06-16T10:00", "Show our opening hours in every page footer", 0.5m, Pages, clause: "Menu, opening hours and a contact form");
Ask("catering-page", "2026-06-16T12:00", "Add a Catering page", 3m, Pages, units: 1);
Ask("google-profile", "2026-06-17T10:00", "Set up our Google Business profile", 2m, Support);
Ask("instagram", "2026-06-17T16:00", "Show our Instagram feed on the home page", 1m);
Ask("about-photo", "2026-06-18T11:00", "Swap the photo on the About page", 0.5m);
engagement.Do(new SubmitWork(Design, "First draft of the home page", Madrid("2026-06-19T17:00")));
Ask("summer-banner", "2026-06-22T10:00", "Add a banner for the summer menu", 1m);
engagement.Do(new RequestRevision(Design, "Warmer colours, and bigger photos of the cakes", NewYork("2026-06-22T11:00")));
Ask("allergens", "2026-06-23T10:00", "Add an allergens note to every menu item", 1m);
engagement.Do(new ProposeChangeOrder(new ChangeRequestId("allergens"), Madrid("2026-06-23T12:00")));
Ask("phone-link", "2026-06-24T10:00", "Make the phone number tappable on mobiles", 0.5m);
Ask("second-email", "2026-06-25T10:00", "Add a second email address to the footer", 0.25m);
engagement.Do(new DeclineChangeOrder(new ChangeRequestId("second-email"), NewYork("2026-06-25T10:00"), "Not worth 120 EUR to us; leave it."));
Ask("about-text", "2026-06-26T10:00", "Write the text of the About page", 3m, Pages, clause: "Copywriting");
engagement.Do(new ProposeChangeOrder(new ChangeRequestId("about-text"), Madrid("2026-06-26T12:00")));
engagement.Do(new HandOff(Design, Madrid("2026-06-26T17:00")));
engagement.Do(new StartStage(Feedback, NewYork("2026-06-29T09:00")));
Ask("ordering", "2026-06-29T16:00", "Take cake orders online", 16m, Pages, clause: "Online ordering");
Terminal.Blank();
var charged = engagement.State.Scope.Decisions.Select((d, i) => (Decision: d, Number: i + 1)).First(d => d.Decision is ScopeDecision.OutOfScope { ChargingStartsNotice: not null }).Number;
Say($"The word on charging comes once, with request {charged}, the first small extra goodwill no longer covers; later ones are simply quoted.");
var designs = engagement.State.AllowanceOf(Designs)!;
Say($"Changes to the design are revisions, not requests: the bakery's RequestRevision on the first draft used round "
    + $"{designs.RevisionRoundsUsed} of the {designs.RevisionRoundsIncluded} included.");

Section("Online ordering: a change order, drafted, proposed, accepted");
var ordering = new ChangeRequestId("ordering");
var draft = engagement.State.Scope.FindChangeOrder(ordering)!;
Say($"Drafted with the decision: {Printout.Hours(draft.EstimatedHours)} at {Printout.Amount(terms.RateCard!.HourlyRate)} an hour, {Printout.Amount(draft.Price)}; "
    + $"it adds {draft.ScheduleImpactBusinessDays} business days to the stage the pages are built in. It is {Printout.InWords(draft.Status)}.");
Say("The bakery says yes on the phone before it has seen the proposal:");
engagement.Do(new AcceptChangeOrder(ordering, NewYork("2026-06-29T10:40")));
engagement.Do(new ProposeChangeOrder(ordering, Madrid("2026-06-29T17:00")));
var proposed = engagement.State.Scope.FindChangeOrder(ordering)!;
Say($"Proposed {Printout.Moment(proposed.ProposedAt!.Value)}, open to the end of {Printout.LastDayOpen(proposed)} (Madrid time). "
    + $"It is {Printout.InWords(proposed.Status)}.");
engagement.Do(new DeclineChangeOrder(new ChangeRequestId("about-text"), NewYork("2026-06-30T11:00"), "We will write it ourselves."));

var before = engagement.State;
engagement.Do(new AcceptChangeOrder(ordering, NewYork("2026-07-02T10:00")));
var after = engagement.State;
var amendment = after.Agreement!.Amendments[^1];
Say($"Accepted {Printout.Moment(amendment.At)}. The agreement is now version {after.Agreement.Version}: {amendment.Description}");
AnsiConsole.Write(Printout.Moves(after.Agreement, before.Plan!, after.Plan!));
var paymentTotal = after.Agreement.PaymentTerms!.Total;
Say($"The price: the agreement's {Printout.Amount(paymentTotal)} and its payments stay as signed; accepted change orders add "
    + $"{Printout.Amount(after.Scope.AcceptedChangeOrdersTotal!)}, so the work is now worth {Printout.Amount(paymentTotal + after.Scope.AcceptedChangeOrdersTotal!)}.");
Say($"Nothing is lost: the engagement keeps every version of the agreement ({after.AgreementVersions.Count}); "
    + $"version {after.AgreementVersions[0].Version} still gives the build {after.AgreementVersions[0].FindStage(Build)!.DurationBusinessDays} business days.");

var now = Madrid("2026-07-06T12:00");
Section($"Where the scope stands, {Printout.Moment(now)}");
var ledger = after.Scope;
AnsiConsole.Write(Printout.Allowances(after));
Say($"Goodwill: {Printout.Hours(ledger.GoodwillUsedHours)} of {Printout.Hours(terms.Goodwill.TotalHours)} given over {ledger.GoodwillRequests} requests; "
    + $"{Printout.Hours(ledger.GoodwillLeftHours)} left. "
    + (ledger.ChargingStarted ? "Charging has started: the bakery was told why, and small extras are now quoted." : "Nothing has been charged for yet."));
AnsiConsole.Write(Printout.ChangeOrders(ledger, now));
Say($"{engagement.Events.Count} events stored; {ledger.Decisions.Count} requests decided.");

// A client who reads Spanish: its preferences say so, and what it is sent is worded in Spanish from the same facts.
var alba = new EngagementRecord();
var albaAgreement = Scenario.SpanishAgreement;
Section($"A client who reads Spanish: {albaAgreement.Client.Name}, in Madrid");
Say($"A pastry shop signs an agreement written in Spanish (\"{albaAgreement.Title}\", {Printout.Hours(albaAgreement.Scope.Goodwill.TotalHours)} of goodwill), "
    + "and its preferences say Spanish. What it is sent (scope answers, the word on charging, reminders) is worded in Spanish; "
    + "MessageIn and ExplanationIn(Language.English) word the same facts in English for the studio.");
alba.Do(new Propose(albaAgreement, Madrid("2026-05-20T12:00")));
alba.Do(new Sign(Madrid("2026-05-22T13:00")));
alba.Do(new Schedule(WorkStarts, Madrid("2026-05-28T12:00")));
alba.Do(new StartStage(Discovery, Madrid("2026-06-01T09:00")));
alba.Do(new HandOff(Discovery, Madrid("2026-06-02T17:00")));
alba.Do(new StartStage(Content, Madrid("2026-06-03T09:00")));
// What the pastry shop is sent, in Spanish, with the same facts in English beneath it for the studio.
void Sent(string heading, string spanish, string english)
{
    Terminal.Blank();
    Say(heading);
    Say($"Sent to {albaAgreement.Client.Name}, in Spanish:", indent: 4);
    Say(spanish, indent: 6);
    Say("What the studio reads, in English:", indent: 4);
    Say(english, indent: 6);
}

void AskInSpanish(string id, string when, string description, decimal hours)
{
    if (alba.Do(new RequestChange(new ChangeRequest(new ChangeRequestId(id), description, PartyRole.Client, hours, Madrid(when)))))
    {
        var decision = alba.State.Scope.Decisions[^1];
        var notice = decision as ScopeDecision.OutOfScope;
        Sent(
            $"{Printout.Moment(Madrid(when))}: \"{description}\", {Kind(decision, details: false).ToLowerInvariant()}",
            notice?.ChargingStartsNotice is { } spanish ? $"{spanish}\n{decision.Message}" : decision.Message,
            notice?.ChargingStartsNoticeIn(Language.English) is { } english ? $"{english}\n{decision.MessageIn(Language.English)}" : decision.MessageIn(Language.English));
    }
}

AskInSpanish("foto-portada", "2026-06-08T10:00", "Cambiar la foto de la portada", 1m);
AskInSpanish("alergenos", "2026-06-10T10:00", "Añadir un aviso de alérgenos en la carta", 0.5m);
var morning = Madrid("2026-06-12T09:30");
foreach (var reminder in Assessor.Assess(alba.State, morning).Reminders)
{
    Sent($"{Printout.Moment(morning)}: a reminder", reminder.Explanation, reminder.ExplanationIn(Language.English));
    alba.Do(new RecordReminderSent(reminder.Obligation, reminder.Rule, morning));
}


// The decision in a few words; with its details, what it used up or what it would cost.
static string Kind(ScopeDecision decision, bool details = true) => decision switch
{
    ScopeDecision.Included => "Included",
    ScopeDecision.ConsumesAllowance allowance => "From the allowance" + (details ? $" ({Printout.Left(allowance)})" : string.Empty),
    ScopeDecision.Goodwill => "Goodwill",
    // Why it is out of scope is the library's reply, worded in the client's language: the sample does not word it again.
    ScopeDecision.OutOfScope outOfScope => "Out of scope" + (details ? $", {Printout.Amount(outOfScope.ChangeOrder.Price)}" : string.Empty),
    _ => decision.GetType().Name,
};

static void Say(string line, int indent = 2) => Terminal.Say(line, indent);

static void Section(string title) => Terminal.Heading(title);
