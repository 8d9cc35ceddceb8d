using System.Linq;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Scope;

/// <summary>How one change request is classified against the agreement's scope and what is already used.</summary>
public class ScopeLedgerTests
{
    private static readonly Instant Monday = I("2026-03-16T10:00:00Z");

    private static ScopeLedger Fresh(ChangeOrderTerms? terms = null, Goodwill? goodwill = null) => new(Website(terms, goodwill).Build().Scope);

    [Fact]
    public void Request_that_points_to_an_inclusion_is_included_at_no_charge_whatever_its_size()
    {
        var decision = Fresh().Classify(Ask("typos", "Fix the typos on the About page", 5m, Monday, Pages, clause: "  copy edits BEFORE launch ")).Value;

        var included = decision.Should().BeOfType<ScopeDecision.Included>().Subject;
        included.Clause.Should().Be("Copy edits before launch", "the clause is matched ignoring case and spaces, and reported as written");
        included.Message.Should().Be("\"Fix the typos on the About page\" is part of Website pages as agreed (\"Copy edits before launch\"), so there is no extra charge.");
    }

    [Fact]
    public void The_answer_is_worded_for_the_language_asked_for_and_in_any_other_from_the_same_facts()
    {
        var request = Ask("typos", "Fix the typos on the About page", 5m, Monday, Pages, clause: "Copy edits before launch");

        var english = Fresh().Classify(request).Value;
        var malay = Fresh().Classify(request, Language.Malay).Value;

        malay.Message.Should().NotBe(english.Message).And.Be(english.MessageIn(Language.Malay));
        malay.MessageIn(Language.English).Should().Be(english.Message);
        malay.Should().NotBe(english, "the answers differ in their words");
        var again = Fresh().Classify(request).Value;
        again.Should().Be(english, "the same request, the same facts, the same words");
        again.GetHashCode().Should().Be(english.GetHashCode());
    }

    [Fact]
    public void Classifying_for_no_language_names_the_argument()
    {
        var classify = () => Fresh().Classify(Ask("typos", "Fix the typos", 1m, Monday), null!);

        classify.Should().Throw<System.ArgumentNullException>().WithParameterName("language");
    }

    [Fact]
    public void Request_that_points_to_an_exclusion_is_out_of_scope_even_while_goodwill_is_left()
    {
        var decision = Fresh().Classify(Ask("copy", "Write the About page", 1m, Monday, Pages, clause: "Copywriting")).Value;

        var outOfScope = decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        outOfScope.Reason.Should().Be(OutOfScopeReason.Excluded);
        outOfScope.ChargingStartsNotice.Should().BeNull("goodwill has not run out; the work is simply excluded");
        outOfScope.Message.Should().StartWith("\"Write the About page\" is outside what we agreed: the agreement lists \"Copywriting\" as not included in Website pages. ");
    }

    [Fact]
    public void Clause_the_deliverable_does_not_have_is_refused_with_what_it_has()
    {
        var outcome = Fresh().Classify(Ask("seo", "Do the SEO", 2m, Monday, Pages, clause: "SEO"));

        var violation = outcome.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be("scope.unknown-clause");
        violation.Message.Should().Be(
            "Website pages has no inclusion or exclusion written as \"SEO\"; it has \"Home, About, Services, Blog and Contact pages\", \"Copy edits before launch\" included, and it has \"Copywriting\" excluded.");
    }

    [Fact]
    public void Unknown_deliverable_is_refused_and_the_known_ones_are_named()
    {
        var violation = Fresh().Classify(Ask("shop", "Add a shop", 20m, Monday, new DeliverableKey("shop"))).Violations.Should().ContainSingle().Subject;

        violation.Code.Should().Be("scope.unknown-deliverable");
        violation.Message.Should().Be("The agreement has no deliverable 'shop'; it has 'designs', 'pages', 'articles', 'support'.");
        violation.Subject.Should().Be("shop");
    }

    [Fact]
    public void Units_are_covered_while_enough_are_left_and_are_scope_not_goodwill_beyond_them()
    {
        var ledger = Fresh();
        var three = ledger.Classify(Ask("posts-1", "Three launch posts", 0.5m, Monday, Articles, units: 3)).Value;
        ledger = ledger.Recorded(three);
        var two = ledger.Classify(Ask("posts-2", "Two more posts", 0.5m, Monday, Articles, units: 2)).Value;

        var used = three.Should().BeOfType<ScopeDecision.ConsumesAllowance>().Subject;
        (used.InHours, used.Used, used.Remaining).Should().Be((false, 3m, 1m));
        used.Message.Should().Be("\"Three launch posts\" is covered by what we agreed: it uses 3 of the 4 articles included in Blog articles, and 1 is left after it.");
        ledger.UnitsUsedOf(Articles).Should().Be(3);
        var beyond = two.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        beyond.Reason.Should().Be(OutOfScopeReason.BeyondAllowance, "half an hour would fit in goodwill, but extra units are scope");
        beyond.ChangeOrder.AddedUnits.Should().Be(2);
        beyond.Message.Should().StartWith("\"Two more posts\" is outside what we agreed: it needs 2 of the 4 articles included in Blog articles, and 1 is left. ");
    }

    [Fact]
    public void Hours_of_a_deliverable_are_used_before_goodwill_and_a_request_is_never_split()
    {
        var ledger = Fresh();
        var four = ledger.Classify(Ask("support-1", "Train the bakery staff", 4m, Monday, Support)).Value;
        ledger = ledger.Recorded(four);
        var three = ledger.Classify(Ask("support-2", "Record a video guide", 3m, Monday, Support)).Value;
        var one = ledger.Classify(Ask("support-3", "Answer a CMS question", 1m, Monday, Support)).Value;

        four.Should().BeOfType<ScopeDecision.ConsumesAllowance>().Which.Message.Should().Be(
            "\"Train the bakery staff\" is covered by the 6 hours included in Launch support: it takes about 4 hours, and 2 hours are left after it.");
        ledger.HoursUsedOf(Support).Should().Be(4m);
        ledger.GoodwillUsedHours.Should().Be(0m, "the allowance covered it, not goodwill");
        var beyond = three.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        beyond.Reason.Should().Be(OutOfScopeReason.BeyondAllowance);
        beyond.Message.Should().StartWith("\"Record a video guide\" is outside what we agreed: it takes about 3 hours, and only 2 hours of the 6 hours included in Launch support are left. ");
        one.Should().BeOfType<ScopeDecision.ConsumesAllowance>().Which.Remaining.Should().Be(1m);
    }

    [Fact]
    public void Goodwill_is_given_without_announcing_it_when_the_agreement_says_so()
    {
        var ledger = Fresh(goodwill: new Goodwill(2m, capPerRequestHours: 1m, announceEachUse: false));

        var decision = ledger.Classify(Ask("photo", "Swap the hero photo", 0.75m, Monday)).Value;

        var goodwill = decision.Should().BeOfType<ScopeDecision.Goodwill>().Subject;
        (goodwill.Hours, goodwill.HoursLeft, goodwill.Announced).Should().Be((0.75m, 1.25m, false));
        goodwill.Message.Should().Be("Happy to do \"Swap the hero photo\" at no charge.");
    }

    [Fact]
    public void Goodwill_left_that_does_not_cover_the_whole_request_is_not_used_and_charging_starts()
    {
        var ledger = Fresh();
        foreach (var (id, hours) in new[] { ("a", 1m), ("b", 1m), ("c", 0.5m) })
        {
            ledger = ledger.Recorded(ledger.Classify(Ask(id, "Small extra " + id, hours, Monday)).Value);
        }

        var decision = ledger.Classify(Ask("d", "Small extra d", 1m, Monday)).Value;

        ledger.GoodwillLeftHours.Should().Be(0.5m);
        var outOfScope = decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        outOfScope.Reason.Should().Be(OutOfScopeReason.GoodwillUsedUp);
        outOfScope.Message.Should().StartWith("\"Small extra d\" is outside what we agreed: only 0.5 hours of the goodwill we set aside for small extras is left. ");
        outOfScope.ChargingStartsNotice.Should().Be(
            "A word on charging: small extras have been on us so far (2.5 hours of goodwill over 3 requests), as our agreement sets aside 3 hours for them. "
            + "What is left of it (0.5 hours) does not cover this request, so it is quoted from the rate card (90.00 EUR an hour, at least 150.00 EUR per change order); "
            + "a smaller extra may still fit in what is left.");
        ledger = ledger.Recorded(decision);
        ledger.ChargingStarted.Should().BeTrue();
        ledger.Classify(Ask("e", "Small extra e", 0.5m, Monday)).Value.Should().BeOfType<ScopeDecision.Goodwill>("the notice said a smaller extra may still fit");
    }

    [Fact]
    public void Request_larger_than_the_cap_is_quoted_without_the_charging_notice()
    {
        var decision = Fresh().Classify(Ask("logo", "Redraw the logo", 4m, Monday)).Value;

        var outOfScope = decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        outOfScope.Reason.Should().Be(OutOfScopeReason.TooLargeForGoodwill);
        outOfScope.ChargingStartsNotice.Should().BeNull("charging does not start: small extras are still free");
        outOfScope.ChangeOrder.Price.Should().Be(new Money(360m, "EUR"));
    }

    [Fact]
    public void Without_goodwill_every_extra_is_quoted_and_no_charging_notice_is_needed()
    {
        var decision = Fresh(goodwill: Goodwill.None).Classify(Ask("photo", "Swap the hero photo", 0.25m, Monday)).Value;

        var outOfScope = decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        outOfScope.Reason.Should().Be(OutOfScopeReason.NoGoodwill);
        outOfScope.ChargingStartsNotice.Should().BeNull();
        outOfScope.ChangeOrder.ScheduleImpactBusinessDays.Should().Be(1);
    }

    [Fact]
    public void Zero_hour_request_outside_every_allowance_costs_the_minimum_fee_and_moves_nothing()
    {
        var decision = Fresh(goodwill: Goodwill.None).Classify(Ask("approve", "Sign off the sitemap again", 0m, Monday)).Value;

        var order = decision.Should().BeOfType<ScopeDecision.OutOfScope>().Subject.ChangeOrder;
        order.Price.Should().Be(new Money(150m, "EUR"));
        order.ScheduleImpactBusinessDays.Should().Be(0);
        decision.Message.Should().Contain("and it does not move the schedule.");
    }

    [Fact]
    public void Request_out_of_scope_without_a_rate_card_is_refused()
    {
        var terms = new ScopeTerms(null, new Goodwill(1m));

        var violation = new ScopeLedger(terms).Classify(Ask("shop", "Add a shop", 20m, Monday)).Violations.Should().ContainSingle().Subject;

        violation.Code.Should().Be("scope.no-rate-card");
        violation.Message.Should().Be(
            "\"Add a shop\" falls outside the agreement (at about 20 hours it is more than the 1 hour we can take on as goodwill for one request), "
            + "and the agreement has no rate card to quote it from: add one, or agree the price outside the library.");
    }

    [Fact]
    public void Id_already_recorded_is_refused()
    {
        var ledger = Fresh();
        ledger = ledger.Recorded(ledger.Classify(Ask("photo", "Swap the hero photo", 1m, Monday)).Value);

        var violation = ledger.Classify(Ask("photo", "Another photo", 1m, Monday)).Violations.Should().ContainSingle().Subject;

        violation.Code.Should().Be("scope.duplicate-request");
        violation.Message.Should().Contain("(\"Swap the hero photo\")");
    }

    [Fact]
    public void Price_is_rounded_to_cents_and_impact_rounds_up_to_whole_business_days()
    {
        var card = new RateCard(new Money(95m, "EUR"), new Money(0m, "EUR"));
        var terms = new ChangeOrderTerms(hoursPerBusinessDay: 7.5m);

        card.PriceOf(1.333m).Should().Be(new Money(126.64m, "EUR"), "1.333 x 95 = 126.635, rounded half away from zero");
        terms.ScheduleImpactOf(7.5m).Should().Be(1);
        terms.ScheduleImpactOf(7.6m).Should().Be(2);
        terms.ScheduleImpactOf(0m).Should().Be(0);
    }

    [Fact]
    public void Classifying_records_nothing_the_ledger_is_unchanged()
    {
        var ledger = Fresh();

        _ = ledger.Classify(Ask("photo", "Swap the hero photo", 1m, Monday));

        ledger.Decisions.Should().BeEmpty();
        ledger.GoodwillLeftHours.Should().Be(3m);
        ledger.Should().Be(Fresh());
    }

    [Fact]
    public void Sentences_agree_with_their_numbers()
    {
        var logo = new DeliverableKey("logo");
        var terms = Website(goodwill: new Goodwill(1m))
            .AddDeliverable(new Deliverable(logo, "Logo", new StageKey("design"), new Allowance(units: 1, unitName: "logo variants")))
            .Build().Scope;
        var ledger = new ScopeLedger(terms);
        ledger = ledger.Recorded(ledger.Classify(Ask("analytics", "Set up analytics", 5m, Monday, Support)).Value);
        ledger = ledger.Recorded(ledger.Classify(Ask("small", "Small extra", 1m, Monday)).Value);

        ledger.Classify(Ask("variants", "Two more variants", 2m, Monday, logo, units: 2)).Value.Message
            .Should().StartWith("\"Two more variants\" is outside what we agreed: it needs 2 of the 1 logo variants included in Logo, and 1 is left. ");
        ledger.Classify(Ask("training", "Train the staff", 2m, Monday, Support)).Value.Message
            .Should().StartWith("\"Train the staff\" is outside what we agreed: it takes about 2 hours, and only 1 hour of the 6 hours included in Launch support is left. ");
        ledger.Classify(Ask("favicon", "Add a favicon", 0.5m, Monday)).Value.Message
            .Should().StartWith("\"Add a favicon\" is outside what we agreed: the 1 hour of goodwill we set aside for small extras is used up. ");
        ledger.Classify(Ask("team", "Add a Team page", 8m, Monday, Pages, units: 1)).Value.Message
            .Should().StartWith("\"Add a Team page\" is outside what we agreed: at about 8 hours it is more than the 1 hour we can take on as goodwill for one request. ");
        new ScopeLedger(Website(goodwill: Goodwill.None).Build().Scope).Classify(Ask("team", "Add a Team page", 8m, Monday, Pages, units: 1)).Value.Message
            .Should().StartWith("\"Add a Team page\" is outside what we agreed: it goes beyond Website pages as we agreed it. ");
    }

    [Fact]
    public void Request_of_no_hours_is_goodwill_only_while_goodwill_is_left()
    {
        var ledger = new ScopeLedger(Website(goodwill: new Goodwill(1m)).Build().Scope);
        ledger.Classify(Ask("nothing-1", "Resend the invoice", 0m, Monday)).Value.Should().BeOfType<ScopeDecision.Goodwill>();
        ledger = ledger.Recorded(ledger.Classify(Ask("small", "Small extra", 1m, Monday)).Value);

        var decision = ledger.Classify(Ask("nothing-2", "Resend the invoice", 0m, Monday)).Value;

        decision.Should().BeOfType<ScopeDecision.OutOfScope>().Which.Reason.Should().Be(OutOfScopeReason.GoodwillUsedUp);
    }
}
