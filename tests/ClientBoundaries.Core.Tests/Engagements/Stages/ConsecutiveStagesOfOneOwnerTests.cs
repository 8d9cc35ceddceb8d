using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>
/// A provider with two stages in a row (the design, then the build on it): the design handed over stays waiting for the
/// client's answer while the studio builds, and is accepted explicitly, by its window, or with the build; its milestone
/// is never lost.
/// </summary>
public class ConsecutiveStagesOfOneOwnerTests
{
    private static readonly ObligationKey DesignMilestone = ObligationKey.MilestonePayment(Design);

    /// <summary>Discovery (studio, 2 days), content (client, 5), design (studio, 5), build (studio, 10), in Madrid; 6,000 EUR, 40% on the design's acceptance.</summary>
    private static Agreement DesignThenBuild(AcceptanceWindows? windows = null) =>
        new AgreementBuilder(new AgreementId("design-build"), "Design and build")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2)
            .AddStage("content", "Client sends content", PartyRole.Client, 5)
            .AddStage("design", "Design draft", PartyRole.Provider, 5)
            .AddStage("build", "Build and launch", PartyRole.Provider, 10)
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithAcceptanceWindows(windows ?? AcceptanceWindows.None)
            .Build();

    /// <summary>The design handed over on Tuesday 17 March at 16:00 and the build started on Wednesday 18 March.</summary>
    private static EngagementDriver Building(Agreement agreement) =>
        new EngagementDriver()
            .Do(new Propose(agreement, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-16T11:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-16T11:30")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-16T12:00")))
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .Do(new StartStage(Build, Madrid("2026-03-18T09:00")));

    [Fact]
    public void The_studio_starting_its_own_next_stage_accepts_nothing_and_the_client_can_accept_the_design_while_it_builds()
    {
        var engagement = Building(DesignThenBuild());
        engagement.State.ProgressOf(Design)!.IsAccepted.Should().BeFalse("the client has not answered; the studio moving on says nothing for it");

        engagement.Do(new AcceptStage(Design, Madrid("2026-03-19T10:00")));

        engagement.Events[^1].Should().Be(new EngagementEvent.StageAccepted(Design, PartyRole.Client, Madrid("2026-03-19T10:00")));
        // Invoiced Thursday 19 March; 14 days later is Thursday 2 April.
        OwedLedger.Of(engagement.State).Find(OwedKey.Payment(DesignMilestone))!.Due.Should().Be(D("2026-04-02"));
    }

    [Fact]
    public void Accepting_the_build_accepts_the_design_it_was_built_on_and_invoices_its_milestone()
    {
        // The build's 10 studio days from Wednesday 18 March run to Tuesday 31 March; handed over that evening, accepted on
        // Wednesday 1 April at 10:00. The design's milestone and the final payment are invoiced then, due Wednesday 15 April.
        var engagement = Building(DesignThenBuild()).Do(new HandOff(Build, Madrid("2026-03-31T17:00")));
        engagement.Refuses(new RequestRevision(Design, "Too dark", Madrid("2026-04-01T09:00"))).Code.Should().Be("engagement.stage.not-last-handed-off");

        engagement.Do(new AcceptStage(Build, Madrid("2026-04-01T10:00")));

        engagement.Events.TakeLast(3).Should().Equal(
            new EngagementEvent.StageDeemedAccepted(Design, PartyRole.Client, DeemedAcceptanceReason.LaterStageAccepted, Madrid("2026-04-01T10:00")),
            new EngagementEvent.StageAccepted(Build, PartyRole.Client, Madrid("2026-04-01T10:00")),
            new EngagementEvent.Completed(Madrid("2026-04-01T10:00")));
        var ledger = OwedLedger.Of(engagement.State);
        ledger.Find(OwedKey.Payment(DesignMilestone))!.Should().Match<OwedEntry>(e => e.Amount == new Money(2400m, "EUR") && e.Due == D("2026-04-15"));
        ledger.Find(OwedKey.Payment(ObligationKey.FinalPayment))!.Should().Match<OwedEntry>(e => e.Amount == new Money(1800m, "EUR") && e.Due == D("2026-04-15"));
    }

    [Fact]
    public void The_design_can_still_be_accepted_on_its_own_after_the_build_is_handed_over()
    {
        var engagement = Building(DesignThenBuild()).Do(new HandOff(Build, Madrid("2026-03-31T17:00")));

        engagement.Do(new AcceptStage(Design, Madrid("2026-04-01T09:00")));

        engagement.Events[^1].Should().Be(new EngagementEvent.StageAccepted(Design, PartyRole.Client, Madrid("2026-04-01T09:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Active, "the build still waits for its answer");
    }

    [Fact]
    public void A_design_window_runs_while_the_studio_builds_and_is_kept_when_the_build_is_accepted_later()
    {
        // Three client days after Tuesday 17 March at 16:00: Wednesday 18 to Friday 20 March, closing there at 18:00.
        var engagement = Building(DesignThenBuild(AcceptanceWindows.OnlyForStages(WindowClosingPolicy.DeemsAccepted).WithStage(Design, 3)));

        Assessor.Assess(engagement.State, Madrid("2026-03-23T09:30")).DeemedAcceptances.Should()
            .Equal(new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, D("2026-03-20"), Madrid("2026-03-20T18:00")));

        // Nobody records it; the client accepts the build on Wednesday 1 April: the design counts as accepted at its
        // window's close, Friday 20 March, so its milestone is due 14 days later, Friday 3 April, Good Friday in Madrid:
        // Monday 6 April.
        engagement.Do(new HandOff(Build, Madrid("2026-03-31T17:00"))).Do(new AcceptStage(Build, Madrid("2026-04-01T10:00")));

        engagement.Events.OfType<EngagementEvent.StageDeemedAccepted>().Where(e => e.Stage == Design).Should()
            .Equal(new EngagementEvent.StageDeemedAccepted(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, Madrid("2026-03-20T18:00")));
        OwedLedger.Of(engagement.State).Find(OwedKey.Payment(DesignMilestone))!.Due.Should().Be(D("2026-04-06"));
    }
}
