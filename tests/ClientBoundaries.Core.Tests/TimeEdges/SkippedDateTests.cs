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

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Dates a zone's clocks skipped entirely, when an island moved across the date line (rules R5, R7,
/// R15 of <see cref="TimeRules"/>): Pacific/Kiritimati went from UTC-10 to UTC+14 at 1994-12-31T10:00Z,
/// straight from 30 December 1994 to 1 January 1995, and Pacific/Apia from UTC-10 to UTC+14 at
/// 2011-12-30T10:00Z, straight from Thursday 29 December 2011 to Saturday 31 (transitions read from
/// NodaTime 3.3.7's TZDB, 2026f).
/// </summary>
public class SkippedDateTests
{
    private static readonly ChangeRequestId Extra = new("extra-page");

    [Fact]
    public void A_change_order_whose_last_valid_day_is_followed_by_a_skipped_date_expires_when_the_clocks_jumped()
    {
        // Proposed on Thursday 15 December 2011 in Apia and valid 14 days: open through Thursday 29 December, so it
        // expires when the next day would begin. 30 December never began: the clocks went from 29 December 24:00
        // (UTC-10) to 31 December 00:00 (UTC+14), at 2011-12-30T10:00Z. NodaTime's AtStartOfDay throws on such a day.
        var apia = BusinessCalendar.MondayToFriday(Zone("Pacific/Apia"));
        var agreement = new AgreementBuilder(new AgreementId("apia-site"), "A site for a Samoan cafe")
            .WithProvider("Studio", apia)
            .WithClient("Cafe", apia)
            .AddStage("build", "Build", PartyRole.Provider, 10)
            .WithRateCard(new RateCard(new Money(90m, "EUR"), new Money(150m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14))
            .Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, At("Pacific/Apia", "2011-12-01T09:00")))
            .Do(new Sign(At("Pacific/Apia", "2011-12-01T10:00")))
            .Do(new Schedule(D("2011-12-05"), At("Pacific/Apia", "2011-12-01T11:00")))
            .Do(new StartStage(new StageKey("build"), At("Pacific/Apia", "2011-12-05T09:00")));
        engagement.Request(Scopes.Ask(Extra.Value, "Add a page", 8m, At("Pacific/Apia", "2011-12-15T09:00")))
            .Should().BeOfType<ScopeDecision.OutOfScope>();

        engagement.Do(new ProposeChangeOrder(Extra, At("Pacific/Apia", "2011-12-15T10:00")));

        var order = engagement.State.Scope.FindChangeOrder(Extra)!;
        order.ExpiresAt.Should().Be(I("2011-12-30T10:00:00Z"));
        order.StatusAt(At("Pacific/Apia", "2011-12-29T23:59")).Should().Be(ChangeOrderStatus.Proposed);
        order.StatusAt(At("Pacific/Apia", "2011-12-31T00:00")).Should().Be(ChangeOrderStatus.Expired);
    }
}
