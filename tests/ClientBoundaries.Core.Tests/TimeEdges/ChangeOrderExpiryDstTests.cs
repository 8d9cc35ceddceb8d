using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// A change order's expiry next to a midnight the clocks skip or repeat (rule R15 of <see cref="TimeRules"/>):
/// a proposal is open through its last valid day, to the first instant of the next day in the provider's zone
/// (see <see cref="SkippedDateTests"/> for a next day that never happened). The provider works Monday to Friday
/// in Santiago or Havana; proposals are valid 14 days.
/// </summary>
public class ChangeOrderExpiryDstTests
{
    private static readonly ChangeRequestId Extra = new("extra-page");

    private static ChangeOrder ProposedAt(BusinessCalendar provider, Instant at)
    {
        var agreement = new AgreementBuilder(new AgreementId("edge-site"), "A site across the clock changes")
            .WithProvider("Studio", provider)
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage(Brief, "Build", PartyRole.Provider, 20)
            .WithRateCard(new RateCard(new Money(90m, "EUR"), new Money(150m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14))
            .Build();
        var engagement = Scheduled(agreement, provider.ToLocalDate(at).PlusDays(-5), at - Duration.FromDays(10))
            .Do(new StartStage(Brief, at - Duration.FromDays(5)));
        engagement.Request(Scopes.Ask(Extra.Value, "Add a page", 8m, at - Duration.FromHours(1))).Should().BeOfType<ScopeDecision.OutOfScope>();
        engagement.Do(new ProposeChangeOrder(Extra, at));
        return engagement.State.Scope.FindChangeOrder(Extra)!;
    }

    [Fact]
    public void A_proposal_whose_last_day_is_followed_by_a_skipped_midnight_expires_at_01_00_the_next_day()
    {
        // Proposed on Saturday 22 August 2026 at 12:00 -04 in Santiago: open through Saturday 5 September, until Sunday 6
        // begins, at 01:00 -03 (04:00Z), the clocks skipping 00:00-01:00.
        var order = ProposedAt(Weekdays("America/Santiago"), I("2026-08-22T16:00:00Z"));

        order.ExpiresAt.Should().Be(I("2026-09-06T04:00:00Z"));
        order.StatusAt(I("2026-09-06T03:59:00Z")).Should().Be(ChangeOrderStatus.Proposed);
        order.StatusAt(I("2026-09-06T04:00:00Z")).Should().Be(ChangeOrderStatus.Expired);
    }

    [Fact]
    public void A_proposal_whose_last_day_is_followed_by_a_doubled_midnight_expires_at_the_first()
    {
        // Proposed on Saturday 18 October 2025 at 12:00 CDT in Havana: open through Saturday 1 November, until the first
        // Sunday 00:00 (CDT, 04:00Z); at 04:30Z, Sunday 00:30 CDT, it has expired.
        var order = ProposedAt(Weekdays("America/Havana"), I("2025-10-18T16:00:00Z"));

        order.ExpiresAt.Should().Be(I("2025-11-02T04:00:00Z"));
        order.StatusAt(I("2025-11-02T04:30:00Z")).Should().Be(ChangeOrderStatus.Expired);
    }
}
