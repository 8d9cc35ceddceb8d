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
/// Acceptance windows: the client has so many of its business days to accept a stage the provider hands over, or ask
/// for a revision; when the window closes without an answer the agreement deems the stage accepted, which the sweep
/// lists and the host records, invoicing what an explicit acceptance would.
/// </summary>
public class AcceptanceWindowTests
{
    private static readonly ObligationKey DesignMilestone = ObligationKey.MilestonePayment(Design);

    private static Agreement Website(AcceptanceWindows windows) =>
        TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithAcceptanceWindows(windows)
            .Build();

    [Fact]
    public void A_milestone_stage_whose_window_closes_is_deemed_accepted_at_the_close_and_its_milestone_invoiced()
    {
        // 3 client days after Tuesday 17 March at 16:00 (that day's hours had begun): Wednesday 18, Thursday 19 and
        // Friday 20 March; the window closes at 18:00 on Friday 20 March, the end of the Madrid working day.
        var engagement = DesignHandedOver(Website(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted)));
        var close = Madrid("2026-03-20T18:00");

        engagement.State.NextAttentionAt.Should().Be(close, "the sweep must look at the engagement when the window closes");
        Assessor.Assess(engagement.State, Madrid("2026-03-20T17:59")).DeemedAcceptances.Should().BeEmpty();
        engagement.Refuses(new RecordDeemedAcceptance(Design, Madrid("2026-03-20T12:00"))).Code.Should().Be("engagement.acceptance.window-open");

        var monday = Madrid("2026-03-23T09:30");
        var acted = engagement.ActOnEverythingDue(monday);

        acted.DeemedAcceptances.Should().Equal(new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, D("2026-03-20"), close));
        engagement.Events[^1].Should().Be(new EngagementEvent.StageDeemedAccepted(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, close));
        engagement.State.ProgressOf(Design)!.AcceptedAt.Should().Be(close);
        engagement.State.LastEventAt.Should().Be(close, "the acceptance dates from the close, whenever the host records it");

        // Invoiced at the close, Friday 20 March; 14 days later is Friday 3 April, Good Friday in Madrid, so due Monday 6 April.
        var standing = Assessor.Assess(engagement.State, monday).StandingOf(DesignMilestone)!;
        standing.Due.Should().Be(D("2026-04-06"));
        standing.Timeliness.Should().Be(Timeliness.OnTrack);
    }

    [Fact]
    public void A_final_delivery_the_client_never_answers_is_deemed_accepted_at_the_close_which_completes_it_and_invoices_the_final_payment()
    {
        // The build alone has a window, of 5 client days. Handed over on Thursday 2 April at 17:00; Friday 3 April is
        // Good Friday, so the days are Monday 6 to Friday 10 April, and the window closes there at 18:00.
        var windows = AcceptanceWindows.OnlyForStages(WindowClosingPolicy.DeemsAccepted).WithStage(Build, 5);
        var engagement = FinalDeliveryHandedOver(Website(windows));
        var close = Madrid("2026-04-10T18:00");

        engagement.State.Ball!.Party.Should().Be(PartyRole.Client, "the final delivery waits for the client's acceptance");
        engagement.State.NextAttentionAt.Should().Be(close);

        engagement.EveryMorning(D("2026-04-03"), D("2026-04-13"));

        engagement.Events.SkipWhile(e => e is not EngagementEvent.StageDeemedAccepted { Reason.Name: nameof(DeemedAcceptanceReason.WindowClosed) })
            .Should().Equal(
                new EngagementEvent.StageDeemedAccepted(Build, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, close),
                new EngagementEvent.Completed(close));
        engagement.State.ProgressOf(Build)!.AcceptedAt.Should().Be(close);
        engagement.State.Phase.Should().Be(EngagementPhase.Completed);
        engagement.State.CompletedAt.Should().Be(close);
        engagement.State.Ball.Should().BeNull("nothing is anybody's move once the final delivery is accepted");

        // Invoiced at the close, Friday 10 April: the final 1,800 EUR (6,000 less the 1,800 deposit and the 2,400 design
        // milestone) is due 14 days later, Friday 24 April, a working day in Madrid. Nobody sent Complete.
        var ledger = OwedLedger.Of(engagement.State);
        var final = ledger.Find(OwedKey.Payment(ObligationKey.FinalPayment))!;
        final.Amount.Should().Be(new Money(1800m, "EUR"));
        final.InvoicedAt.Should().Be(close);
        final.Due.Should().Be(D("2026-04-24"));
        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse("the final payment is still owed");
        Assessor.Assess(engagement.State, Madrid("2026-04-27T09:00")).StandingOf(ObligationKey.FinalPayment)!.Timeliness
            .Should().Be(Timeliness.Overdue, "unpaid after Friday 24 April");
    }

    [Fact]
    public void Without_a_window_nothing_is_ever_deemed_accepted_and_the_engagement_runs_as_before()
    {
        var agreement = TestSupport.Agreements.WebsiteInMadrid();
        agreement.AcceptanceWindows.Should().Be(AcceptanceWindows.None);
        var engagement = DesignHandedOver(agreement);

        var later = Madrid("2026-06-01T09:30");
        Assessor.Assess(engagement.State, later).DeemedAcceptances.Should().BeEmpty();
        engagement.State.ProgressOf(Design)!.IsAccepted.Should().BeFalse();
        engagement.State.NextAttentionAt.Should().BeNull("no policy and no window: nothing ever falls due");
        engagement.Refuses(new RecordDeemedAcceptance(Design, later)).Code.Should().Be("engagement.acceptance.no-window");
    }

    [Fact]
    public void An_answer_before_the_close_leaves_nothing_to_deem()
    {
        var engagement = DesignHandedOver(Website(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted)))
            .Do(new AcceptStage(Design, Madrid("2026-03-19T11:00")));

        Assessor.Assess(engagement.State, Madrid("2026-03-23T09:30")).DeemedAcceptances.Should().BeEmpty();
        EngagementDecider.Decide(engagement.State, new RecordDeemedAcceptance(Design, Madrid("2026-03-23T09:30"))).Events.Should().BeEmpty();
    }

    [Fact]
    public void A_revision_asked_for_before_the_close_closes_the_window_until_the_next_handover()
    {
        var engagement = DesignHandedOver(Website(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted)))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-19T11:00")));

        Assessor.Assess(engagement.State, Madrid("2026-03-23T09:30")).DeemedAcceptances.Should().BeEmpty();
        engagement.State.ProgressOf(Design)!.IsAccepted.Should().BeFalse();
    }
}
