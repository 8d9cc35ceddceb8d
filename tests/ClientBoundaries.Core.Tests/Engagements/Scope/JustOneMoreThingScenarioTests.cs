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

/// <summary>
/// The scenario of the scope issue: two revision rounds included, 3 hours of goodwill at most 1 per
/// request; the client asks for five small extras and a new page while the design is under way.
/// </summary>
public class JustOneMoreThingScenarioTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Build = new("build");

    [Fact]
    public void Small_extras_use_goodwill_until_it_runs_out_then_charging_starts_once_and_the_new_page_amends_the_agreement()
    {
        // Plan from Monday 2 March 2026 in Madrid: discovery 2-3 March, content 4-10, design 11-17,
        // feedback 18-20, build 23 March to 6 April (10 business days; Good Friday, 3 April, is a holiday).
        var engagement = DesignUnderWay();
        engagement.State.Plan!.End.Should().Be(D("2026-04-06"));

        var heroPhoto = engagement.Request(Ask("hero-photo", "Swap the hero photo", 1m, Madrid("2026-03-12T10:00")));
        var newsletter = engagement.Request(Ask("newsletter", "Add a newsletter signup box", 1m, Madrid("2026-03-12T11:00")));
        engagement.Do(new SubmitWork(Design, "First draft of every page", Madrid("2026-03-12T16:00")));
        var buttons = engagement.Request(Ask("buttons", "Change the button colours", 1m, Madrid("2026-03-13T10:00")));
        var favicon = engagement.Request(Ask("favicon", "Add a favicon", 0.5m, Madrid("2026-03-13T12:00")));
        engagement.Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-13T16:00")));
        var map = engagement.Request(Ask("map", "Move the map to the footer", 1m, Madrid("2026-03-16T10:00")));
        var teamPage = engagement.Request(Ask("team-page", "Add a Team page", 8m, Madrid("2026-03-16T11:00"), Pages, units: 1));
        engagement.Do(new ProposeChangeOrder(new ChangeRequestId("team-page"), Madrid("2026-03-16T12:00")));

        // Goodwill, one hour at a time, announced each time as the agreement says.
        heroPhoto.Should().BeOfType<ScopeDecision.Goodwill>().Which.HoursLeft.Should().Be(2m);
        heroPhoto.Message.Should().Be("Happy to do \"Swap the hero photo\" at no charge, as goodwill: it takes about 1 hour, and 2 of the 3 hours of goodwill are left after it.");
        newsletter.Should().BeOfType<ScopeDecision.Goodwill>().Which.HoursLeft.Should().Be(1m);
        newsletter.Message.Should().EndWith("and 1 of the 3 hours of goodwill is left after it.");
        buttons.Should().BeOfType<ScopeDecision.Goodwill>().Which.HoursLeft.Should().Be(0m);

        // The first small request goodwill no longer covers: charging starts, and the decision says why.
        var faviconOrder = favicon.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        faviconOrder.Reason.Should().Be(OutOfScopeReason.GoodwillUsedUp);
        faviconOrder.ChangeOrder.Price.Should().Be(new Money(150m, "EUR"), "0.5 hours at 90 EUR is 45 EUR, below the minimum fee of 150 EUR");
        faviconOrder.ChangeOrder.ScheduleImpactBusinessDays.Should().Be(1, "half an hour, at 6 productive hours a day, rounds up to one business day");
        faviconOrder.Message.Should().Be(
            "\"Add a favicon\" is outside what we agreed: the 3 hours of goodwill we set aside for small extras are used up. "
            + "It needs a change order: 0.5 hours at 90.00 EUR an hour would be 45.00 EUR, and a change order costs at least 150.00 EUR, so it comes to 150.00 EUR, "
            + "and it adds 1 business day to the schedule. Shall I send it to you for approval?");
        faviconOrder.ChargingStartsNotice.Should().Be(
            "A word on charging: small extras have been on us so far (3 hours of goodwill over 3 requests), as our agreement sets aside 3 hours for them. "
            + "That goodwill is now used up, so from this request on, extras are quoted from the rate card: 90.00 EUR an hour, at least 150.00 EUR per change order.");

        // Once: the next small request is charged without the notice.
        var mapOrder = map.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        mapOrder.ChargingStartsNotice.Should().BeNull();
        mapOrder.ChangeOrder.Price.Should().Be(new Money(150m, "EUR"), "1 hour at 90 EUR is below the minimum fee too");

        // The new page is far beyond goodwill: a change order at the rate card price.
        var teamPageOrder = teamPage.Should().BeOfType<ScopeDecision.OutOfScope>().Subject;
        teamPageOrder.Reason.Should().Be(OutOfScopeReason.TooLargeForGoodwill);
        teamPageOrder.ChangeOrder.Price.Should().Be(new Money(720m, "EUR"), "8 hours at 90 EUR");
        teamPageOrder.ChangeOrder.ScheduleImpactBusinessDays.Should().Be(2, "8 hours at 6 a day is 1.33 days, rounded up");
        teamPageOrder.Message.Should().Be(
            "\"Add a Team page\" is outside what we agreed: at about 8 hours it is more than the 1 hour we can take on as goodwill for one request. "
            + "It needs a change order: 8 hours at 90.00 EUR an hour comes to 720.00 EUR, and it adds 2 business days to the schedule. Shall I send it to you for approval?");

        // Two revision rounds are included; the third is refused with a pointer to a change request.
        engagement.Do(new RequestRevision(Design, "Bigger headings", Madrid("2026-03-16T16:00")));
        var third = engagement.Refuses(new RequestRevision(Design, "A different font", Madrid("2026-03-17T09:30")));
        third.Code.Should().Be("scope.revision-rounds-used");
        third.Message.Should().Be(
            "The 2 revision rounds included for Page designs are used. "
            + "Ask for this change as a change request (RequestChange): it is quoted from the rate card and, once accepted, done as new work.");

        // The client accepts the Team page: version 2, the launch moves by its 2 business days.
        engagement.Do(new AcceptChangeOrder(new ChangeRequestId("team-page"), Madrid("2026-03-17T10:00")));
        var state = engagement.State;
        state.Agreement!.Version.Should().Be(2);
        state.AgreementVersions.Select(a => a.Version).Should().Equal(1, 2);
        state.AgreementVersions[0].FindStage(Build)!.DurationBusinessDays.Should().Be(10, "the first version is kept as it was");
        state.Agreement.FindStage(Build)!.DurationBusinessDays.Should().Be(12);
        var amendment = state.Agreement.Amendments.Should().ContainSingle().Subject;
        amendment.Price.Should().Be(new Money(720m, "EUR"));
        amendment.ScheduleImpactBusinessDays.Should().Be(2);
        amendment.ExtendedStage.Should().Be(Build, "the pages are built in the build stage, which is not done");
        amendment.Description.Should().Be("Change order (Add a Team page): 720.00 EUR; 2 business days added to stage \"Build and launch\".");

        // Build: 23 March plus 12 business days, skipping Good Friday: 7 and 8 April are the two extra days.
        state.Plan!.End.Should().Be(D("2026-04-08"));
        state.Plan.AgreementVersion.Should().Be(2);
        state.Plan.FindStage(Build)!.BaselineDue.Should().Be(D("2026-04-06"), "the baseline keeps the dates first promised");
        state.Plan.FindStage(Design)!.Due.Should().Be(D("2026-03-17"), "the design stage is not the one extended");

        // Every number, read off the state.
        state.Scope.GoodwillUsedHours.Should().Be(3m);
        state.Scope.GoodwillLeftHours.Should().Be(0m);
        state.Scope.GoodwillRequests.Should().Be(3);
        state.Scope.ChargingStarted.Should().BeTrue();
        state.Scope.AcceptedChangeOrdersTotal.Should().Be(new Money(720m, "EUR"));
        state.Scope.ChangeOrders.Select(o => (o.Id.Value, o.Status)).Should().Equal(
            ("favicon", ChangeOrderStatus.Draft), ("map", ChangeOrderStatus.Draft), ("team-page", ChangeOrderStatus.Accepted));
        state.Scope.FindChangeOrder(new ChangeRequestId("team-page"))!.AmendedVersion.Should().Be(2);
        state.AllowanceOf(Designs)!.Should().Match<AllowanceStanding>(a => a.RevisionRoundsIncluded == 2 && a.RevisionRoundsUsed == 2 && a.RevisionRoundsLeft == 0);
        state.Scope.Decisions.Count(d => d is ScopeDecision.OutOfScope { ChargingStartsNotice: not null }).Should().Be(1);

        EngagementDecider.Replay(engagement.Events).Should().Be(state, "replaying the stream gives the same state, amendments included");
    }

    /// <summary>The website with scope terms, scheduled from 2 March, content delivered on time, design started on 11 March.</summary>
    internal static EngagementDriver DesignUnderWay(ClientBoundaries.Scope.ChangeOrderTerms? terms = null) =>
        ScheduledWebsite(Website(terms).Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")));
}
