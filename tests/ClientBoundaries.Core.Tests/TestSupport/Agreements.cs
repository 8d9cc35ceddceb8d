using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>The agreements the tests arrange with, as builders so a test can add what it needs.</summary>
internal static class Agreements
{
    public static PaymentTerms StandardPayment() =>
        new(
            new Money(6000m, "EUR"),
            Charge.PercentOfTotal(30m),
            new[] { new MilestonePayment(new StageKey("design"), Charge.PercentOfTotal(40m)) },
            finalPaymentDueDays: 14);

    /// <summary>
    /// The five-stage website project: discovery (provider, 2 days), content (client, 5), design
    /// (provider, 5, with a 20-hour budget), feedback (client, 3), build (provider, 10).
    /// </summary>
    public static AgreementBuilder Website(BusinessCalendar provider, BusinessCalendar client) =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", provider)
            .WithClient("Acme Bakery", client)
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2, s => s
                .ProviderDoes("Run a 60-minute discovery call")
                .ClientDoes("Bring the logo and three sites you like")
                .HandsOver("A written brief and a sitemap"))
            .AddStage("content", "Client sends content", PartyRole.Client, 5, s => s
                .ClientDoes("Send all page copy and photos")
                .HandsOver("Final copy for every page"))
            .AddStage("design", "Design draft", PartyRole.Provider, 5, s => s.HandsOver("A clickable prototype").BudgetsHours(20m))
            .AddStage("feedback", "Client feedback", PartyRole.Client, 3, s => s.HandsOver("One consolidated list of changes"))
            .AddStage("build", "Build and launch", PartyRole.Provider, 10, s => s.HandsOver("The live site"));

    public static Agreement WebsiteInMadrid() => Website(Calendars.Madrid(), Calendars.Madrid()).WithPaymentTerms(StandardPayment()).Build();
}
