using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Scope;

/// <summary>The scope values check what they are given, and the builder checks how they fit the agreement.</summary>
public class ScopeTermsTests
{
    private static readonly string[] Copywriting = { "Copywriting" };
    private static readonly string[] CopywritingSpaced = { "copywriting " };

    private static readonly Instant Now = Instant.FromUtc(2026, 3, 16, 9, 0);

    [Fact]
    public void Negative_estimate_is_an_error_that_names_the_argument_and_the_value()
    {
        var act = () => Ask("photo", "Swap the hero photo", -1m, Now);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "estimatedHours" && e.Message.Contains("The estimate must be between 0 and 10000 hours, was -1."));
    }

    [Fact]
    public void Change_request_checks_units_and_clauses_belong_to_a_deliverable()
    {
        ((Action)(() => Ask("page", "Add a page", 1m, Now, units: 1))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "units");
        ((Action)(() => Ask("page", "Add a page", 1m, Now, clause: "Copywriting"))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "clause");
        ((Action)(() => Ask("page", "Add a page", 1m, Now, Pages, units: -1))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "units");
        ((Action)(() => Ask("page", "  ", 1m, Now))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "description");
    }

    [Fact]
    public void Allowance_needs_a_unit_name_with_units_and_only_then()
    {
        ((Action)(() => _ = new Allowance(units: 5))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "unitName");
        ((Action)(() => _ = new Allowance(unitName: "pages"))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "unitName");
        ((Action)(() => _ = new Allowance(revisionRounds: -1))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "revisionRounds");
        ((Action)(() => _ = new Allowance(hours: -0.5m))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "hours");
        new Allowance(revisionRounds: 2, units: 5, unitName: "pages").ToString().Should().Be("2 revision rounds, 5 pages");
    }

    [Fact]
    public void Deliverable_refuses_the_same_words_included_and_excluded()
    {
        var act = () => new Deliverable(Pages, "Website pages", inclusions: Copywriting, exclusions: CopywritingSpaced);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "exclusions" && e.Message.Contains("\"Copywriting\" cannot be both included in and excluded from Website pages."));
    }

    [Fact]
    public void Goodwill_cap_must_fit_in_the_budget()
    {
        ((Action)(() => _ = new Goodwill(3m, capPerRequestHours: 4m))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "capPerRequestHours");
        ((Action)(() => _ = new Goodwill(-1m))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "totalHours");
        new Goodwill(3m, 1m).ToString().Should().Be("3 hours of goodwill, at most 1 hour per request");
    }

    [Fact]
    public void Rate_card_is_in_one_currency_with_a_positive_rate()
    {
        ((Action)(() => _ = new RateCard(new Money(90m, "EUR"), new Money(150m, "USD")))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "minimumFee");
        ((Action)(() => _ = new RateCard(new Money(0m, "EUR"), new Money(150m, "EUR")))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "hourlyRate");
        RateCard().ToString().Should().Be("90.00 EUR an hour, at least 150.00 EUR per change order");
    }

    [Fact]
    public void Rate_card_takes_rates_in_currencies_of_small_units_and_prices_the_largest_estimate_within_a_change_order()
    {
        // An Indonesian studio's rate: IDR 750,000 an hour (about 45 EUR); refused when the ceiling was 100,000.
        var rupiah = new RateCard(new Money(750_000m, "IDR"), new Money(1_500_000m, "IDR"));
        var highest = new RateCard(new Money(ClientBoundaries.Scope.RateCard.MaxHourlyRate, "IDR"), new Money(0m, "IDR"));

        rupiah.PriceOf(8m).Should().Be(new Money(6_000_000m, "IDR"));
        highest.PriceOf(ChangeRequest.MaxEstimatedHours).Amount.Should().Be(ChangeOrder.MaxPrice, "10,000 hours at 100,000,000 is exactly the highest price");
        ((Action)(() => _ = new RateCard(new Money(ClientBoundaries.Scope.RateCard.MaxHourlyRate + 1m, "IDR"), new Money(0m, "IDR"))))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "hourlyRate");
    }

    [Fact]
    public void Change_order_terms_ask_for_the_hours_of_an_extra_round_exactly_when_they_are_used()
    {
        ((Action)(() => _ = new ChangeOrderTerms(revisionOverflow: RevisionOverflow.RecordAsChangeRequest)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "hoursPerExtraRevisionRound");
        ((Action)(() => _ = new ChangeOrderTerms(hoursPerExtraRevisionRound: 2m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "hoursPerExtraRevisionRound");
        ((Action)(() => _ = new ChangeOrderTerms(proposalValidDays: 0))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "proposalValidDays");
        ((Action)(() => _ = new ChangeOrderTerms(hoursPerBusinessDay: 0.25m))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "hoursPerBusinessDay");
    }

    [Fact]
    public void Builder_reports_every_deliverable_that_does_not_fit_the_stages()
    {
        var builder = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .AddDeliverable(new Deliverable(new DeliverableKey("shop"), "Shop", new StageKey("checkout")))
            .AddDeliverable(new Deliverable(new DeliverableKey("copy"), "Copy", new StageKey("content")))
            .AddDeliverable(new Deliverable(new DeliverableKey("designs"), "Designs", new StageKey("design"), new Allowance(revisionRounds: 2)))
            .AddDeliverable(new Deliverable(new DeliverableKey("icons"), "Icons", new StageKey("design"), new Allowance(revisionRounds: 1)))
            .AddDeliverable(new Deliverable(new DeliverableKey("logo"), "Logo", allowance: new Allowance(revisionRounds: 3)))
            .WithChangeOrderTerms(new ChangeOrderTerms(revisionOverflow: RevisionOverflow.RecordAsChangeRequest, hoursPerExtraRevisionRound: 2m));

        builder.Validate().Select(v => (v.Code, v.Subject)).Should().Equal(
            ("agreement.deliverable.unknown-stage", "shop"),
            ("agreement.deliverable.stage-of-client", "copy"),
            ("agreement.deliverable.rounds-twice", "icons"),
            ("agreement.deliverable.rounds-need-stage", "logo"),
            ("agreement.scope.rate-card-missing", "rateCard"));
    }

    [Fact]
    public void Builder_refuses_a_rate_card_in_another_currency_and_a_deliverable_key_used_twice()
    {
        var builder = Website().WithRateCard(new RateCard(new Money(100m, "USD"), new Money(100m, "USD")));

        builder.Validate().Should().ContainSingle(v => v.Code == "agreement.currency.mixed")
            .Which.Message.Should().Be("Every amount of the agreement must be in EUR, but the rate card's hourly rate is 100.00 USD.");
        ((Action)(() => builder.AddDeliverable(new Deliverable(Pages, "More pages"))))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "deliverable" && e.Message.Contains("'pages' is already used by \"Website pages\""));
    }

    [Fact]
    public void Agreement_carries_its_scope_and_starts_without_amendments()
    {
        var agreement = Website().Build();

        agreement.Scope.Deliverables.Select(d => d.Key.Value).Should().Equal("designs", "pages", "articles", "support");
        agreement.Scope.Goodwill.Should().Be(new Goodwill(3m, 1m));
        agreement.Scope.RateCard.Should().Be(RateCard());
        agreement.Amendments.Should().BeEmpty();
        TestSupport.Agreements.WebsiteInMadrid().Scope.Should().Be(ScopeTerms.None, "an agreement that sets no scope terms has none");
        agreement.Should().Be(Website().Build(), "agreements with the same scope terms are equal");
    }
}
