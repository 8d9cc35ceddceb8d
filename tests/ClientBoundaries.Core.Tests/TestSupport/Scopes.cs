using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>The scope terms of the "just one more thing" scenarios, and short ways to write change requests.</summary>
internal static class Scopes
{
    public static readonly DeliverableKey Designs = new("designs");
    public static readonly DeliverableKey Pages = new("pages");
    public static readonly DeliverableKey Articles = new("articles");
    public static readonly DeliverableKey Support = new("support");

    private static readonly string[] DesignsInclude = { "A mobile layout for every page" };
    private static readonly string[] DesignsExclude = { "Logo design" };
    private static readonly string[] PagesInclude = { "Home, About, Services, Blog and Contact pages", "Copy edits before launch" };
    private static readonly string[] PagesExclude = { "Copywriting" };

    public static RateCard RateCard() => new(new Money(90m, "EUR"), new Money(150m, "EUR"));

    /// <summary>
    /// The website in Madrid with: page designs (2 revision rounds, on the design stage), the pages
    /// (on the build stage, copy edits included, copywriting excluded), blog articles (4 included),
    /// launch support (6 hours included); 3 hours of goodwill at most 1 per request; 90 EUR an hour,
    /// at least 150 EUR per change order.
    /// </summary>
    public static AgreementBuilder Website(ChangeOrderTerms? terms = null, Goodwill? goodwill = null) =>
        Agreements.Website(Calendars.Madrid(), Calendars.Madrid())
            .WithPaymentTerms(Agreements.StandardPayment())
            .AddDeliverable(new Deliverable(
                Designs,
                "Page designs",
                new StageKey("design"),
                new Allowance(revisionRounds: 2),
                inclusions: DesignsInclude,
                exclusions: DesignsExclude))
            .AddDeliverable(new Deliverable(
                Pages,
                "Website pages",
                new StageKey("build"),
                inclusions: PagesInclude,
                exclusions: PagesExclude))
            .AddDeliverable(new Deliverable(Articles, "Blog articles", new StageKey("build"), new Allowance(units: 4, unitName: "articles")))
            .AddDeliverable(new Deliverable(Support, "Launch support", allowance: new Allowance(hours: 6m)))
            .WithGoodwill(goodwill ?? new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(RateCard())
            .WithChangeOrderTerms(terms ?? new ChangeOrderTerms(proposalValidDays: 14, hoursPerBusinessDay: 6m));

    /// <summary>A request from the client.</summary>
    public static ChangeRequest Ask(string id, string description, decimal hours, Instant at, DeliverableKey? deliverable = null, int units = 0, string? clause = null) =>
        new(new ChangeRequestId(id), description, PartyRole.Client, hours, at, deliverable, units, clause);

    /// <summary>Records a request and returns the decision it got.</summary>
    public static ScopeDecision Request(this EngagementDriver engagement, ChangeRequest request)
    {
        engagement.Do(new EngagementCommand.RequestChange(request));
        return ((EngagementEvent.ChangeRequested)engagement.Events[engagement.Events.Count - 1]).Decision;
    }
}
