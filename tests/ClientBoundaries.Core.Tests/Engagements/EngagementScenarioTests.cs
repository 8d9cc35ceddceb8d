using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>The foot-dragging client, told as one engagement from proposal to completion.</summary>
public class EngagementScenarioTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Feedback = new("feedback");
    private static readonly StageKey Build = new("build");

    [Fact]
    public void A_client_who_holds_the_content_for_forty_days_moves_the_provider_dates_and_owns_the_delay()
    {
        // Both parties work in Madrid. The studio needs five business days to pick the project up
        // again after the client paused it, and budgets 20 hours for the design.
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .Build();
        var engagement = ScheduledWebsite(agreement);

        // The plan: discovery 2-3 March, content 4-10 March, design 11-17, feedback 18-20, build 23 March - 6 April.
        engagement
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")));
        engagement.State.Ball!.Party.Should().Be(PartyRole.Client);
        engagement.State.Ball.DueBy.Should().Be(D("2026-03-10"));

        // The content should take five business days. Two weeks on, the studio pauses the project.
        engagement.Do(new PauseWork(PartyRole.Client, "No content after three reminders", Madrid("2026-03-24T10:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Paused);

        // On Monday 27 April (the content's 38th business day) the client is ready again, and hands
        // the content over on Wednesday 29 April: its 40th business day.
        engagement
            .Do(new ResumeWork(Madrid("2026-04-27T09:30")))
            .Do(new HandOff(Content, Madrid("2026-04-29T16:00")));

        // Without the lead time the design would start on Thursday 30 April. The client came back at
        // 09:30, during the studio's day, so the five studio business days the studio needs are the
        // whole days after it: 28, 29, 30 April, 4 and 5 May (1 May is a holiday); the design starts on
        // Wednesday 6 May and is due on Tuesday 12 May.
        var design = engagement.State.Plan!.FindStage(Design)!;
        design.Start.Should().Be(D("2026-05-06"));
        design.Due.Should().Be(D("2026-05-12"));
        design.BaselineDue.Should().Be(D("2026-03-17"), "the plan keeps the original dates beside the current ones");
        engagement.State.Ball!.Party.Should().Be(PartyRole.Provider);
        engagement.State.Ball.DueBy.Should().Be(D("2026-05-12"));
        engagement.State.Ball.Expectation.Should().Be("Design draft: A clickable prototype");

        // The rest of the work runs to plan: feedback 13-15 May, build 18-29 May.
        engagement
            .Do(new StartStage(Design, Madrid("2026-05-06T09:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 12m, Madrid("2026-05-07T18:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 14m, Madrid("2026-05-11T18:00")))
            .Do(new HandOff(Design, Madrid("2026-05-12T17:00")))
            .Do(new StartStage(Feedback, Madrid("2026-05-13T09:00")))
            .Do(new HandOff(Feedback, Madrid("2026-05-15T17:00")))
            .Do(new StartStage(Build, Madrid("2026-05-18T09:00")))
            .Do(new HandOff(Build, Madrid("2026-05-29T17:00")))
            .Do(new AcceptStage(Build, Madrid("2026-06-01T10:00")))
            .Do(new Complete(Madrid("2026-06-01T10:30")));

        var state = engagement.State;
        state.Phase.Should().Be(EngagementPhase.Completed);
        state.Plan!.FindStage(Build)!.Due.Should().Be(D("2026-05-29"));
        state.Plan.FindStage(Build)!.BaselineDue.Should().Be(D("2026-04-06"));

        // Delay attribution: the content took 40 business days against 5; every studio stage was on time.
        state.ProgressOf(Content)!.ActualBusinessDays.Should().Be(40);
        state.OverrunBusinessDaysOf(PartyRole.Client).Should().Be(35);
        state.OverrunBusinessDaysOf(PartyRole.Provider).Should().Be(0);

        // The ledger: the client held the ball 40 + 3 + 1 business days (content, pause included since
        // it caused it; feedback; accepting the site); the studio 2 + 5 + 10 (discovery; design from
        // 6 May, since the lead time the client's pause caused is not the studio's; build).
        state.BallTimeOf(PartyRole.Client, state.LastEventAt!.Value).BusinessDays.Should().Be(44);
        state.BallTimeOf(PartyRole.Provider, state.LastEventAt.Value).BusinessDays.Should().Be(17);
        state.Ball.Should().BeNull("once the final delivery is accepted it is nobody's move");
        state.Handoffs.Select(h => (h.Stage.Value, h.From, h.To)).Should().Equal(
            ("discovery", PartyRole.Provider, PartyRole.Client),
            ("content", PartyRole.Client, PartyRole.Provider),
            ("design", PartyRole.Provider, PartyRole.Client),
            ("feedback", PartyRole.Client, PartyRole.Provider),
            ("build", PartyRole.Provider, PartyRole.Client));
        state.Pauses.Should().ContainSingle().Which.Until.Should().Be(Madrid("2026-04-27T09:30"));

        // Budget against actual: 26 hours logged on a 20-hour budget.
        state.ProgressOf(Design)!.HoursOverBudget.Should().Be(6m);
        state.LoggedHoursOf(PartyRole.Provider).Should().Be(26m);

        // The stored history, replayed from nothing, gives the same state.
        EngagementDecider.Replay(engagement.Events.ToList()).Should().Be(state);
        state.Version.Should().Be(engagement.Events.Count);
    }
}
