using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using Spectre.Console;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace StudioWebsite;

/// <summary>
/// While the studio waits to pick the design up again, the bakery asks for extras. Each request
/// gets a fair, explicit answer the studio can send as is; goodwill runs out and charging starts,
/// once; online ordering, which the agreement excludes, becomes a change order that amends it.
/// </summary>
internal static class ScopeStory
{
    public static void Tell(EngagementRecord record)
    {
        var Do = record.Do;
        var decisions = new Table().Border(TableBorder.Rounded).AddColumns("[bold]The bakery asks[/]", "[bold]Decision[/]", "[bold]What the studio replies[/]");
        void Ask(string id, string description, decimal hours, string when, DeliverableKey? deliverable = null, string? clause = null)
        {
            Do(new RequestChange(new ChangeRequest(new ChangeRequestId(id), description, PartyRole.Client, hours, EngagementStory.Studio(when), deliverable, clause: clause)));
            var decision = record.State.Scope.Decisions[record.State.Scope.Decisions.Count - 1];
            var reply = decision is ScopeDecision.OutOfScope { ChargingStartsNotice: { } notice } ? notice + "\n\n" + decision.Message : decision.Message;
            decisions.AddRow(Markup.Escape(description), Kind(decision), Markup.Escape(reply));
        }

        Ask("instagram", "Show our Instagram feed on the home page", 1m, "2026-07-09T10:00");
        Ask("about-photo", "Swap the photo on the About page", 0.5m, "2026-07-09T15:00");
        Ask("allergens", "Add an allergens note to every menu item", 1m, "2026-07-10T10:00");
        Ask("about-text", "Write the text of the About page", 3m, "2026-07-10T11:00", Scenario.Pages, "Copywriting");
        Ask("ordering", "Take cake orders online", 16m, "2026-07-10T12:00", Scenario.Pages, "Online ordering");
        AnsiConsole.Write(decisions);

        var before = record.State.Plan!.End;
        Do(new ProposeChangeOrder(new ChangeRequestId("ordering"), EngagementStory.Studio("2026-07-10T13:00")));
        Do(new AcceptChangeOrder(new ChangeRequestId("ordering"), EngagementStory.Studio("2026-07-13T11:00")));
        var state = record.State;
        var amendment = state.Agreement!.Amendments[state.Agreement.Amendments.Count - 1];
        AnsiConsole.MarkupLine(Markup.Escape($"  The bakery accepts online ordering: version {amendment.Version} of the agreement. {amendment.Description}"));
        AnsiConsole.MarkupLine(Markup.Escape($"  The launch moves from {Printout.Day(before)} to {Printout.Day(state.Plan!.End)}; the first version is kept beside it ({state.AgreementVersions.Count} versions)."));

        var scope = state.Scope;
        var pages = state.AllowanceOf(Scenario.Pages)!;
        AnsiConsole.MarkupLine(Markup.Escape(
            $"  Goodwill: {scope.GoodwillUsedHours} of {state.Agreement.Scope.Goodwill.TotalHours} hours given over {scope.GoodwillRequests} requests. "
            + $"Website pages: {pages.UnitsLeft} of the {pages.UnitsIncluded} pages included are still to be chosen. "
            + $"Change orders: {scope.ChangeOrders.Count}, accepted for {Amount(scope.AcceptedChangeOrdersTotal!)}."));
    }

    private static string Amount(Money money) => money.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + money.Currency;

    private static string Kind(ScopeDecision decision) => decision switch
    {
        ScopeDecision.Included => "[green]Included[/]",
        ScopeDecision.ConsumesAllowance => "[green]Allowance[/]",
        ScopeDecision.Goodwill => "[green]Goodwill[/]",
        ScopeDecision.OutOfScope outOfScope => $"[yellow]Change order[/]\n{Amount(outOfScope.ChangeOrder.Price)}",
        _ => "?",
    };
}
