using System;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Engagements.Scope;

/// <summary>A change order's life in an engagement: proposed, accepted, declined, expired, absorbed, proceeding while priced.</summary>
public class ChangeOrderTests
{
    private static readonly ChangeRequestId TeamPage = new("team-page");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Build = new("build");

    /// <summary>Design under way, and the Team page quoted (720 EUR, 2 business days) on Monday 16 March.</summary>
    private static EngagementDriver TeamPageDrafted(ChangeOrderTerms? terms = null)
    {
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay(terms);
        engagement.Request(Ask("team-page", "Add a Team page", 8m, Madrid("2026-03-16T11:00"), Pages, units: 1));
        return engagement;
    }

    [Fact]
    public void Proposal_stays_open_through_its_last_valid_day_in_the_providers_time_zone()
    {
        var engagement = TeamPageDrafted().Do(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00")));

        // 14 days after Monday 16 March is Monday 30 March; it expires when 31 March begins in Madrid (summer time, UTC+2).
        var order = engagement.State.Scope.FindChangeOrder(TeamPage)!;
        order.ExpiresAt.Should().Be(I("2026-03-30T22:00:00Z"));
        order.StatusAt(Madrid("2026-03-30T23:59")).Should().Be(ChangeOrderStatus.Proposed);
        order.StatusAt(I("2026-03-30T22:00:00Z")).Should().Be(ChangeOrderStatus.Expired);
        order.Status.Should().Be(ChangeOrderStatus.Proposed, "expiry is read at an instant, not recorded");
    }

    [Fact]
    public void Accepting_an_expired_proposal_is_refused_and_a_new_proposal_can_be_accepted()
    {
        var engagement = TeamPageDrafted().Do(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00")));

        var violation = engagement.Refuses(new AcceptChangeOrder(TeamPage, I("2026-03-30T22:00:00Z")));

        violation.Code.Should().Be("change-order.expired");
        violation.Message.Should().Be(
            "The proposal for change order 'team-page' expired on 31 March 2026 at 00:00 (Madrid time); propose it again (ProposeChangeOrder), with the price and dates as they are now, before it is accepted.");
        engagement
            .Do(new ProposeChangeOrder(TeamPage, Madrid("2026-04-01T09:00"), new Money(800m, "EUR"), scheduleImpactBusinessDays: 3))
            .Do(new AcceptChangeOrder(TeamPage, Madrid("2026-04-01T10:00")));
        engagement.State.Agreement!.Amendments.Single().Price.Should().Be(new Money(800m, "EUR"), "the price proposed last is the one accepted");
        engagement.State.Agreement.Amendments.Single().ScheduleImpactBusinessDays.Should().Be(3);
    }

    [Fact]
    public void Proposal_in_another_currency_is_refused()
    {
        var engagement = TeamPageDrafted();

        var violation = engagement.Refuses(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00"), new Money(720m, "USD")));

        violation.Code.Should().Be("change-order.wrong-currency");
        violation.Message.Should().Be("Change order 'team-page' is priced in EUR, the rate card's currency, but 720.00 USD was proposed.");
        engagement.State.Scope.FindChangeOrder(TeamPage)!.Status.Should().Be(ChangeOrderStatus.Draft, "nothing changed");
    }

    [Fact]
    public void Proposal_below_the_minimum_fee_is_refused_and_points_to_absorbing_it()
    {
        var violation = TeamPageDrafted().Refuses(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00"), new Money(100m, "EUR")));

        violation.Code.Should().Be("change-order.below-minimum");
        violation.Message.Should().Be(
            "A change order costs at least 150.00 EUR under the agreement, but 100.00 EUR was proposed for 'team-page'; to give the work for less, absorb it (AbsorbChangeOrder).");
    }

    [Fact]
    public void Draft_cannot_be_accepted_before_the_client_has_seen_it()
    {
        var violation = TeamPageDrafted().Refuses(new AcceptChangeOrder(TeamPage, Madrid("2026-03-16T12:00")));

        violation.Code.Should().Be("change-order.not-proposed");
    }

    [Fact]
    public void Declined_change_order_changes_nothing_and_is_closed()
    {
        var engagement = TeamPageDrafted()
            .Do(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00")))
            .Do(new DeclineChangeOrder(TeamPage, Madrid("2026-03-17T09:00"), "Not this year"));

        var order = engagement.State.Scope.FindChangeOrder(TeamPage)!;
        (order.Status, order.DeclineReason, order.ClosedAt).Should().Be((ChangeOrderStatus.Declined, "Not this year", Madrid("2026-03-17T09:00")));
        engagement.State.Agreement!.Version.Should().Be(1);
        engagement.State.Scope.AcceptedChangeOrdersTotal.Should().BeNull();
        var violation = engagement.Refuses(new AcceptChangeOrder(TeamPage, Madrid("2026-03-17T10:00")));
        violation.Code.Should().Be("change-order.closed");
        violation.Message.Should().Be("Change order 'team-page' was declined on 17 March 2026 at 09:00 (Madrid time); nothing more can happen to it.");
    }

    [Fact]
    public void Absorbed_change_order_amends_the_agreement_at_no_charge()
    {
        var engagement = TeamPageDrafted().Do(new AbsorbChangeOrder(TeamPage, Madrid("2026-03-16T12:00")));

        var state = engagement.State;
        var amendment = state.Agreement!.Amendments.Should().ContainSingle().Subject;
        amendment.Price.Should().Be(Money.Zero("EUR"));
        amendment.Description.Should().Be("Change order (Add a Team page): absorbed at no charge; 2 business days added to stage \"Build and launch\".");
        state.Scope.FindChangeOrder(TeamPage)!.Status.Should().Be(ChangeOrderStatus.NoCharge);
        state.Scope.AcceptedChangeOrdersTotal.Should().BeNull("nothing was charged");
        state.Plan!.End.Should().Be(D("2026-04-08"), "the work still takes its time");
    }

    [Fact]
    public void Work_may_proceed_while_priced_only_where_the_agreement_allows_and_then_it_does_not_expire()
    {
        TeamPageDrafted().Refuses(new ProceedWhilePriced(TeamPage, Madrid("2026-03-16T12:00")))
            .Code.Should().Be("change-order.proceeding-not-allowed");

        var engagement = TeamPageDrafted(new ChangeOrderTerms(allowsProceedingWhilePriced: true))
            .Do(new ProceedWhilePriced(TeamPage, Madrid("2026-03-16T12:00")))
            .Do(new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T13:00")));

        engagement.State.Scope.FindChangeOrder(TeamPage)!.StatusAt(Madrid("2026-04-20T10:00")).Should().Be(ChangeOrderStatus.ProceedingWhilePriced);
        engagement.Do(new AcceptChangeOrder(TeamPage, Madrid("2026-04-20T10:00")));
        engagement.State.Scope.FindChangeOrder(TeamPage)!.Status.Should().Be(ChangeOrderStatus.Accepted);
    }

    [Fact]
    public void Request_that_got_no_change_order_has_none_to_accept()
    {
        var engagement = TeamPageDrafted();
        engagement.Request(Ask("photo", "Swap the hero photo", 1m, Madrid("2026-03-16T12:00")));

        engagement.Refuses(new AcceptChangeOrder(new ChangeRequestId("photo"), Madrid("2026-03-16T13:00"))).Message
            .Should().Be("The change request 'photo' was done as goodwill, so there is no change order to accept.");
        engagement.Refuses(new AcceptChangeOrder(new ChangeRequestId("nothing"), Madrid("2026-03-16T13:00"))).Code
            .Should().Be("change-order.unknown");
    }

    [Fact]
    public void Change_requests_wait_for_the_signature_and_end_with_the_engagement()
    {
        var proposed = new EngagementDriver().Do(new Propose(Website().Build(), Madrid("2026-02-16T10:00")));
        proposed.Refuses(new RequestChange(Ask("photo", "Swap the hero photo", 1m, Madrid("2026-02-16T11:00"))))
            .Code.Should().Be("engagement.not-allowed-in-phase");

        var signed = proposed.Do(new Sign(Madrid("2026-02-18T10:00")));
        signed.Request(Ask("photo", "Swap the hero photo", 1m, Madrid("2026-02-18T11:00"))).Should().BeOfType<ScopeDecision.Goodwill>();
        signed.Do(new Terminate(PartyRole.Client, "Budget cut", Madrid("2026-02-19T10:00")));
        signed.Refuses(new RequestChange(Ask("map", "Move the map", 1m, Madrid("2026-02-19T11:00"))))
            .Code.Should().Be("engagement.not-allowed-in-phase");
    }

    [Fact]
    public void Change_order_accepted_before_scheduling_shapes_the_plan_made_later()
    {
        var engagement = new EngagementDriver()
            .Do(new Propose(Website().Build(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));
        engagement.Request(Ask("team-page", "Add a Team page", 8m, Madrid("2026-02-18T11:00"), Pages, units: 1));
        engagement
            .Do(new ProposeChangeOrder(TeamPage, Madrid("2026-02-18T12:00")))
            .Do(new AcceptChangeOrder(TeamPage, Madrid("2026-02-19T10:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-20T10:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")));

        var plan = engagement.State.Plan!;
        plan.AgreementVersion.Should().Be(2);
        plan.End.Should().Be(D("2026-04-08"), "build takes its 12 business days from the start");
        plan.FindStage(Build)!.BaselineDue.Should().Be(D("2026-04-08"), "the plan was first made under version 2");
    }

    [Fact]
    public void Change_order_on_the_current_stage_moves_its_owners_due_date()
    {
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay();
        engagement.Request(Ask("dark-mode", "Add a dark mode to the designs", 5m, Madrid("2026-03-12T10:00"), Designs));
        engagement
            .Do(new ProposeChangeOrder(new ChangeRequestId("dark-mode"), Madrid("2026-03-12T11:00")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("dark-mode"), Madrid("2026-03-12T12:00")));

        var state = engagement.State;
        state.Agreement!.FindStage(Design)!.BudgetedHours.Should().Be(25m, "the design budget of 20 hours grows by the 5 hours quoted");
        state.ProgressOf(Design)!.PlannedBusinessDays.Should().Be(6);
        state.Plan!.FindStage(Design)!.Due.Should().Be(D("2026-03-18"), "one business day after Tuesday 17 March");
        state.Ball!.DueBy.Should().Be(D("2026-03-18"), "the provider, working on the design, is held to the new date");
        state.Ball.Since.Should().Be(Madrid("2026-03-11T09:00"), "it still holds the ball since the design started");
    }

    [Fact]
    public void Proposal_that_would_add_more_days_than_a_stage_may_take_is_refused()
    {
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay(new ChangeOrderTerms(hoursPerBusinessDay: 1m));
        engagement.Request(Ask("app", "Build a mobile app", 3000m, Madrid("2026-03-16T10:00")));

        var violation = engagement.Refuses(new ProposeChangeOrder(new ChangeRequestId("app"), Madrid("2026-03-16T11:00")));

        violation.Code.Should().Be("change-order.too-long");
        violation.Message.Should().Be("Change order 'app' would add 3,000 business days, more than the 2,600 a stage may take; propose it with a shorter schedule impact, or split the work.");
    }

    [Fact]
    public void Accepting_a_change_order_that_would_stretch_a_stage_already_stretched_past_its_limit_is_refused()
    {
        // Each adds 1,500 business days (one hour a day), under the 2,600 a stage may take; together they would not fit.
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay(new ChangeOrderTerms(hoursPerBusinessDay: 1m));
        engagement.Request(Ask("app", "Build a mobile app", 1500m, Madrid("2026-03-16T10:00")));
        engagement.Request(Ask("shop", "Build an online shop", 1500m, Madrid("2026-03-16T10:30")));
        engagement
            .Do(new ProposeChangeOrder(new ChangeRequestId("app"), Madrid("2026-03-16T11:00")))
            .Do(new ProposeChangeOrder(new ChangeRequestId("shop"), Madrid("2026-03-16T11:30")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("app"), Madrid("2026-03-17T10:00")));

        var violation = engagement.Refuses(new AcceptChangeOrder(new ChangeRequestId("shop"), Madrid("2026-03-17T11:00")));

        // The design stage, under way, takes the impact: 5 business days, then 1,505 after the app, then 3,005.
        violation.Code.Should().Be("change-order.too-long");
        violation.Message.Should().Be("Change order 'shop' would make stage \"Design draft\" 3,005 business days long, more than the 2,600 a stage may take.");
        engagement.State.Agreement!.Version.Should().Be(2, "only the app was accepted");
    }

    [Fact]
    public void Price_beyond_the_maximum_is_an_argument_error_not_an_overflow_later()
    {
        var act = () => new ProposeChangeOrder(TeamPage, Madrid("2026-03-16T12:00"), new Money(ChangeOrder.MaxPrice + 1m, "EUR"));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "price");
    }

    [Fact]
    public void Proposal_event_in_another_currency_is_ignored_when_applied()
    {
        var state = TeamPageDrafted().State;

        var next = EngagementDecider.Evolve(state, new EngagementEvent.ChangeOrderProposed(TeamPage, new Money(700m, "USD"), 2, Madrid("2026-03-20T00:00"), Madrid("2026-03-16T13:00")));

        next.Scope.Should().Be(state.Scope, "the decider never proposes in another currency than the rate card's");
        next.Version.Should().Be(state.Version + 1);
    }
}
