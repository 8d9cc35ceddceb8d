using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
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
/// Acceptance windows whose close the agreement chases (<see cref="WindowClosingPolicy.Chases"/>): the client's answer
/// to a stage handed to it is owed by the window's last day and chased with the client's stage ladder, like a late stage
/// of its own; nothing is accepted without the client.
/// </summary>
public class AcceptanceChaseTests
{
    private static readonly ObligationKey BuildAcceptance = ObligationKey.Acceptance(Build);

    /// <summary>
    /// The Madrid website with both sides' policies (the client's stage ladder: a reminder 2 business days before, a firm
    /// one on the day, an escalation at 5, a pause at 15), the build's acceptance chased after a window of 5 client days.
    /// </summary>
    private static Agreement Website(ConsequencePolicy? client = null) =>
        Policies.Website(client)
            .WithAcceptanceWindows(AcceptanceWindows.OnlyForStages(WindowClosingPolicy.Chases).WithStage(Build, 5))
            .Build();

    [Fact]
    public void A_final_delivery_left_unanswered_is_chased_with_the_clients_stage_ladder_from_the_windows_last_day()
    {
        // Handed over Thursday 2 April at 17:00; Friday 3 April is Good Friday, so the five days are Monday 6 to Friday
        // 10 April. The reminder comes 2 business days before (Wednesday 8), the firm one on Friday 10, the escalation 5
        // business days after it (Monday 13 to Friday 17: on Friday 17 April).
        var engagement = FinalDeliveryHandedOver(Website());

        engagement.EveryMorning(D("2026-04-03"), D("2026-04-17"));

        engagement.Events.OfType<EngagementEvent.ReminderSent>().Where(e => e.Obligation == BuildAcceptance)
            .Select(e => (e.Rule.Kind, e.At)).Should().Equal(
                (ConsequenceKind.Reminder, Madrid("2026-04-08T09:30")),
                (ConsequenceKind.FirmReminder, Madrid("2026-04-10T09:30")));
        engagement.Events.OfType<EngagementEvent.ConsequenceApplied>().Where(e => e.Obligation == BuildAcceptance)
            .Select(e => (e.Rule.Kind, e.At)).Should().Equal((ConsequenceKind.Escalation, Madrid("2026-04-17T09:30")));
        engagement.Events.OfType<EngagementEvent.StageDeemedAccepted>().Should().NotContain(e => e.Stage == Build, "nothing is accepted without the client");
        engagement.State.Phase.Should().Be(EngagementPhase.Active);

        var late = Assessor.Assess(engagement.State, Madrid("2026-04-17T10:00")).StandingOf(BuildAcceptance)!;
        late.Party.Should().Be(PartyRole.Client);
        late.Due.Should().Be(D("2026-04-10"));
        late.Timeliness.Should().Be(Timeliness.Overdue);
        late.BusinessDaysLate.Should().Be(5);

        // The client accepts on Monday 20 April at 10:00: 6 business days late (13 to 17 and 20 April); the acceptance
        // completes the engagement and invoices the final payment.
        engagement.Do(new AcceptStage(Build, Madrid("2026-04-20T10:00")));
        var answered = Assessor.Assess(engagement.State, Madrid("2026-04-20T11:00"));
        answered.StandingOf(BuildAcceptance)!.Timeliness.Should().Be(Timeliness.DoneLate);
        answered.StandingOf(BuildAcceptance)!.BusinessDaysLate.Should().Be(6);
        answered.Reminders.Concat(answered.Consequences).Should().NotContain(d => d.Obligation == BuildAcceptance);
        engagement.State.Phase.Should().Be(EngagementPhase.Completed);
    }

    [Fact]
    public void The_chased_acceptance_explains_itself_in_the_clients_words()
    {
        var engagement = FinalDeliveryHandedOver(Website());

        var reminder = Assessor.Assess(engagement.State, Madrid("2026-04-10T09:30")).Reminders.Single(r => r.Obligation == BuildAcceptance);

        reminder.Party.Should().Be(PartyRole.Client);
        reminder.Explanation.Should().Contain("the acceptance of \"Build and launch\"").And.Contain("10 April 2026");
        reminder.ExplanationIn(Language.Spanish).Should().Contain("la aceptación de «Build and launch»");
        reminder.ExplanationIn(Language.Indonesian).Should().Contain("penerimaan tahap \"Build and launch\"");
        reminder.ExplanationIn(Language.Malay).Should().Contain("penerimaan peringkat \"Build and launch\"");
    }

    [Fact]
    public void A_fee_that_fell_due_while_the_client_sat_on_the_delivery_stays_owed_after_it_asks_for_a_revision()
    {
        // The client's ladder pauses the work 2 business days after Friday 10 April (Tuesday 14 April) and charges a
        // 250 EUR restart fee when the client comes back. The host pauses on the 14th; the client returns on Wednesday
        // 15 April at 10:00 and asks for a revision at once, before the host has recorded the fee.
        var ladder = new ConsequenceLadder(0, new[] { ConsequenceRule.FirmReminder(0), ConsequenceRule.Pause(2), ConsequenceRule.RestartFee(2, Policies.RestartFee) });
        var engagement = FinalDeliveryHandedOver(Website(new ConsequencePolicy(ladder, Policies.ClientPayments())));
        var pause = Assessor.Assess(engagement.State, Madrid("2026-04-14T09:30")).Consequences.Single(c => c.Obligation == BuildAcceptance);
        pause.Rule.Kind.Should().Be(ConsequenceKind.Pause);
        engagement.Do(new ApplyConsequence(BuildAcceptance, pause.Rule, Madrid("2026-04-14T09:30")));
        engagement.State.Phase.Should().Be(EngagementPhase.Paused);

        engagement.Do(new ResumeWork(Madrid("2026-04-15T10:00")))
            .Do(new RequestRevision(Build, "The menu page is missing", Madrid("2026-04-15T10:05")));

        var fee = Assessor.Assess(engagement.State, Madrid("2026-04-15T11:00")).Consequences.Single(c => c.Obligation == BuildAcceptance);
        fee.Rule.Kind.Should().Be(ConsequenceKind.RestartFee);
        fee.Amount.Should().Be(new Money(250m, "EUR"));
        fee.FallsDueAt.Should().Be(Madrid("2026-04-15T10:00"), "it falls due when the client comes back");
        engagement.Do(new ApplyConsequence(BuildAcceptance, fee.Rule, Madrid("2026-04-15T11:00")));
        OwedLedger.Of(engagement.State).Entries.Should().ContainSingle(e => e.Kind == OwedKind.RestartFee)
            .Which.Amount.Should().Be(new Money(250m, "EUR"));

        // The build goes back to the studio: no acceptance is owed until it is handed over again, then a new window runs.
        Assessor.Assess(engagement.State, Madrid("2026-04-15T11:00")).StandingOf(BuildAcceptance).Should().BeNull();
        engagement.Do(new HandOff(Build, Madrid("2026-04-24T12:00")));
        // Friday 24 April at 12:00, the day's hours begun: Monday 27 to Thursday 30 April, then Monday 4 May (1 May a holiday).
        Assessor.Assess(engagement.State, Madrid("2026-04-24T13:00")).StandingOf(BuildAcceptance)!.Due.Should().Be(D("2026-05-04"));
    }

    [Fact]
    public void A_window_the_studios_own_pause_interrupts_closes_later_by_the_business_days_the_pause_took()
    {
        // The design handed over on Tuesday 17 March at 16:00 with a window of 3 client days (Wednesday 18 to Friday 20
        // March) that deems it accepted; the studio pauses on Wednesday 18 March at 09:00 and resumes on Monday 23 at
        // 09:00: 3 business days (18, 19, 20 March) lost, so the window closes on Wednesday 25 March.
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithAcceptanceWindows(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted))
            .Build();
        var engagement = DesignHandedOver(agreement)
            .Do(new PauseWork(PartyRole.Provider, "Studio closed for a family matter", Madrid("2026-03-18T09:00")));

        Assessor.Assess(engagement.State, Madrid("2026-03-20T18:30")).DeemedAcceptances.Should().BeEmpty("the window does not close while the studio holds the work");

        engagement.Do(new ResumeWork(Madrid("2026-03-23T09:00")));

        engagement.State.NextAttentionAt.Should().Be(Madrid("2026-03-25T18:00"));
        Assessor.Assess(engagement.State, Madrid("2026-03-24T18:30")).DeemedAcceptances.Should().BeEmpty();
        Assessor.Assess(engagement.State, Madrid("2026-03-25T18:00")).DeemedAcceptances.Should()
            .Equal(new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, D("2026-03-25"), Madrid("2026-03-25T18:00")));
    }

    [Fact]
    public void A_window_that_chases_cannot_deem_the_stage_accepted()
    {
        var engagement = FinalDeliveryHandedOver(Website());

        engagement.Refuses(new RecordDeemedAcceptance(Build, Madrid("2026-04-20T10:00"))).Code.Should().Be("engagement.acceptance.no-window");
    }
}
