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

/// <summary>What an amendment keeps: everything already measured carries over to the new version.</summary>
public class AmendmentTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");

    [Fact]
    public void Amendment_keeps_ball_time_overruns_hours_and_used_allowances_and_replay_gives_the_same_state()
    {
        // The client hands the content over two business days late (Thursday 12 March, due Tuesday 10).
        var engagement = ScheduledWebsite(Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new LogEffort(Discovery, PartyRole.Provider, 6m, Madrid("2026-03-02T17:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-12T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-13T09:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 7m, Madrid("2026-03-13T17:00")));
        engagement.Request(Ask("posts", "Three launch posts", 2m, Madrid("2026-03-16T09:00"), Articles, units: 3));
        engagement.Request(Ask("photo", "Swap the hero photo", 1m, Madrid("2026-03-16T09:30")));
        engagement.Request(Ask("team-page", "Add a Team page", 8m, Madrid("2026-03-16T10:00"), Pages, units: 1));
        engagement.Request(Ask("more-posts", "Two more posts", 3m, Madrid("2026-03-16T10:30"), Articles, units: 2));
        var asOf = Madrid("2026-03-17T12:00");
        var before = engagement.State;

        engagement
            .Do(new ProposeChangeOrder(new ChangeRequestId("team-page"), Madrid("2026-03-16T11:00")))
            .Do(new ProposeChangeOrder(new ChangeRequestId("more-posts"), Madrid("2026-03-16T11:00")));
        var proposed = engagement.State;
        engagement
            .Do(new AcceptChangeOrder(new ChangeRequestId("team-page"), Madrid("2026-03-17T09:00")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("more-posts"), Madrid("2026-03-17T09:30")));
        var after = engagement.State;

        after.Agreement!.Version.Should().Be(3);
        after.AgreementVersions.Select(a => a.Amendments.Count).Should().Equal(0, 1, 2);
        foreach (var party in new[] { PartyRole.Provider, PartyRole.Client })
        {
            after.BallTimeOf(party, asOf).Should().Be(before.BallTimeOf(party, asOf), $"the {party}'s time with the ball is measured, not agreed");
            after.OverrunBusinessDaysOf(party).Should().Be(before.OverrunBusinessDaysOf(party));
            after.LoggedHoursOf(party).Should().Be(before.LoggedHoursOf(party));
        }

        after.OverrunBusinessDaysOf(PartyRole.Client).Should().Be(2, "the content took 7 business days of 5");
        after.Stages.Select(s => s.HoursOf(PartyRole.Provider)).Should().Equal(6m, 0m, 7m, 0m, 0m);
        after.Scope.GoodwillUsedHours.Should().Be(1m);

        // The extra posts were bought: the allowance grows by 2 and they are used, so what is left stays 1.
        var articles = after.AllowanceOf(Articles)!;
        (articles.UnitsIncluded, articles.UnitsUsed, articles.UnitsLeft).Should().Be((6, 5, 1));
        after.Scope.AcceptedChangeOrdersTotal.Should().Be(new Money(990m, "EUR"), "720 EUR for the page, 270 EUR for 3 hours of posts");

        EngagementDecider.Replay(engagement.Events).Should().Be(after);
        EngagementDecider.Replay(engagement.Events.Take(engagement.Events.Count - 2)).Should().Be(proposed, "replaying up to the amendments gives the state before them");
        proposed.NextAttentionAt.Should().Be(before.NextAttentionAt, "proposals move no due date");
    }

    [Fact]
    public void Amendment_that_does_not_fit_the_state_is_ignored_when_replayed()
    {
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay();
        engagement.Request(Ask("team-page", "Add a Team page", 8m, Madrid("2026-03-16T11:00"), Pages, units: 1));
        var state = engagement.State;

        var skipsAVersion = new Amendment(3, new ChangeRequestId("team-page"), "Skips a version", new Money(720m, "EUR"), 2, new StageKey("build"), Pages, 0, 0, 0m, Madrid("2026-03-16T12:00"));
        var unknownOrder = new Amendment(2, new ChangeRequestId("ghost"), "No such change order", new Money(720m, "EUR"), 0, null, null, 0, 0, 0m, Madrid("2026-03-16T12:00"));

        foreach (var amendment in new[] { skipsAVersion, unknownOrder })
        {
            var next = EngagementDecider.Evolve(state, new EngagementEvent.ChangeOrderAccepted(amendment, absorbed: false, Madrid("2026-03-16T12:00")));
            next.Agreement.Should().BeSameAs(state.Agreement, $"'{amendment.Description}' does not fit, so only the version moves");
            next.Version.Should().Be(state.Version + 1);
        }
    }

    [Fact]
    public void Extra_round_on_a_stage_already_handed_off_keeps_the_overrun_measured_on_it()
    {
        var extraRounds = new ChangeOrderTerms(revisionOverflow: RevisionOverflow.RecordAsChangeRequest, hoursPerExtraRevisionRound: 3m);
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay(extraRounds)
            .Do(new SubmitWork(Design, "First draft", Madrid("2026-03-12T16:00")))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-13T10:00")))
            .Do(new RequestRevision(Design, "Bigger headings", Madrid("2026-03-13T16:00")))
            .Do(new HandOff(Design, Madrid("2026-03-20T17:00")))
            .Do(new RequestRevision(Design, "Change the footer", Madrid("2026-03-23T10:00")));
        var round = new ChangeRequestId("design-round-3");

        engagement
            .Do(new ProposeChangeOrder(round, Madrid("2026-03-23T11:00"), scheduleImpactBusinessDays: 3))
            .Do(new AcceptChangeOrder(round, Madrid("2026-03-23T12:00")));

        // Due Tuesday 17 March, handed off Friday 20: 18, 19 and 20 March are its overrun, whatever is agreed later.
        engagement.State.ProgressOf(Design)!.OverrunBusinessDays.Should().Be(3);
        engagement.State.ProgressOf(Design)!.HoursOverBudget.Should().Be(-20m, "the design was done under a 20-hour budget");
        engagement.State.Agreement!.Amendments.Single().ExtendedStage.Should().Be(new StageKey("build"), "a stage that is done takes no days; the provider's next open stage does");
    }

    [Fact]
    public void Days_added_while_a_reopened_stage_runs_are_allowed_once()
    {
        var engagement = JustOneMoreThingScenarioTests.DesignUnderWay()
            .Do(new HandOff(Design, Madrid("2026-03-17T17:00")))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-18T10:00")));
        engagement.Request(Ask("dark", "Add a dark mode", 5m, Madrid("2026-03-18T11:00"), Designs));
        engagement
            .Do(new ProposeChangeOrder(new ChangeRequestId("dark"), Madrid("2026-03-18T12:00")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("dark"), Madrid("2026-03-18T13:00")));

        // The round starts Thursday 19 March (the request came after the working day began): 19, 20, 23, 24, 25, and the day added, 26.
        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-26"));
        engagement.Do(new HandOff(Design, Madrid("2026-03-27T17:00")));

        // 5 days in the first round (11-17 March) and 7 in the second (19-27 March), against 5 + 5 + 1 allowed.
        var design = engagement.State.ProgressOf(Design)!;
        (design.ActualBusinessDays, design.OverrunBusinessDays).Should().Be((12, 1));
    }
}
