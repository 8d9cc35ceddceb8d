using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Scheduling;

public class SchedulerTests
{
    private static readonly Agreement Website = TestSupport.Agreements.WebsiteInMadrid();

    private static Plan PlanOf(Agreement agreement, string start) =>
        Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D(start)).Value;

    [Fact]
    public void Every_stage_gets_dates_in_its_owner_business_days()
    {
        var plan = PlanOf(Website, "2026-03-02");

        // discovery 2 days: Mon 2, Tue 3 March. content 5: 4, 5, 6, 9, 10. design 5: 11, 12, 13, 16, 17.
        // feedback 3: 18, 19, 20. build 10: 23, 24, 25, 26, 27, 30, 31 March, 1, 2 April, (Good Friday,
        // weekend) 6 April.
        plan.Stages.Select(s => (s.Key.Value, s.Start, s.Due)).Should().Equal(
            ("discovery", D("2026-03-02"), D("2026-03-03")),
            ("content", D("2026-03-04"), D("2026-03-10")),
            ("design", D("2026-03-11"), D("2026-03-17")),
            ("feedback", D("2026-03-18"), D("2026-03-20")),
            ("build", D("2026-03-23"), D("2026-04-06")));
        plan.End.Should().Be(D("2026-04-06"));
        plan.Stages.Should().OnlyContain(s => !s.IsFinished);
    }

    [Fact]
    public void Each_handoff_passes_the_ball_at_the_end_of_the_sender_working_day()
    {
        var plan = PlanOf(Website, "2026-03-02");

        plan.Handoffs.Select(h => (h.AfterStage.Value, h.From, h.To, h.Date)).Should().Equal(
            ("discovery", PartyRole.Provider, PartyRole.Client, D("2026-03-03")),
            ("content", PartyRole.Client, PartyRole.Provider, D("2026-03-10")),
            ("design", PartyRole.Provider, PartyRole.Client, D("2026-03-17")),
            ("feedback", PartyRole.Client, PartyRole.Provider, D("2026-03-20")),
            ("build", PartyRole.Provider, PartyRole.Client, D("2026-04-06")));
        plan.Handoffs[0].At.Should().Be(At("Europe/Madrid", "2026-03-03T18:00"));
        plan.Handoffs[0].NextStage.Should().Be(new StageKey("content"));
        plan.Handoffs[0].Handover.Should().Be("A written brief and a sitemap");
        plan.Handoffs[4].NextStage.Should().BeNull("the last handoff is the final delivery");
        plan.Stages[0].DueAt.Should().Be(plan.Handoffs[0].At);
    }

    [Fact]
    public void A_start_on_a_day_off_moves_to_the_owner_next_business_day()
    {
        PlanOf(Website, "2026-02-28").Stages[0].Start.Should().Be(D("2026-03-02"));
    }

    [Fact]
    public void A_client_stage_counts_the_client_holidays_not_the_provider_ones()
    {
        var agreement = TwoStages(TestSupport.Calendars.Madrid(), TestSupport.Calendars.NewYork(), clientDays: 3);

        var plan = PlanOf(agreement, "2026-11-23");

        // Madrid hands over at 18:00 CET on Monday 23 (12:00 in New York, mid-day), so the client
        // starts on Tuesday 24 and counts Tuesday, Wednesday and, over Thanksgiving, Friday 27.
        plan.Stages[1].Start.Should().Be(D("2026-11-24"));
        plan.Stages[1].Due.Should().Be(D("2026-11-27"));
    }

    [Fact]
    public void A_handoff_reaching_the_receiver_before_its_day_starts_lets_it_start_that_day()
    {
        var losAngeles = BusinessCalendar.MondayToFriday(Zone("America/Los_Angeles"));
        var agreement = TwoStages(TestSupport.Calendars.Jakarta(), losAngeles, clientDays: 1, thenProviderDays: 1);

        var plan = PlanOf(agreement, "2026-03-02");

        // Jakarta ends Monday at 16:00 WIB = 09:00Z = 01:00 PST Monday: Los Angeles starts Monday.
        plan.Stages[1].Start.Should().Be(D("2026-03-02"));

        // Los Angeles ends Monday 17:00 PST = 01:00Z Tuesday = 08:00 WIB Tuesday, exactly when
        // Jakarta's day begins: that day counts.
        plan.Stages[2].Start.Should().Be(D("2026-03-03"));
    }

    [Fact]
    public void A_handoff_landing_on_the_receiver_weekend_starts_it_on_its_next_business_day()
    {
        var agreement = TwoStages(TestSupport.Calendars.NewYork(), TestSupport.Calendars.Jakarta(), clientDays: 1);

        var plan = PlanOf(agreement, "2026-03-06");

        // New York ends Friday 17:00 EST = 22:00Z = Saturday 05:00 WIB.
        plan.Handoffs[0].At.Should().Be(I("2026-03-06T22:00:00Z"));
        plan.Stages[1].Start.Should().Be(D("2026-03-09"));
    }

    [Fact]
    public void Consecutive_stages_of_one_owner_pass_no_ball()
    {
        var agreement = new AgreementBuilder(new AgreementId("solo"), "Two provider stages")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage("draft", "Draft", PartyRole.Provider, 2)
            .AddStage("polish", "Polish", PartyRole.Provider, 1)
            .Build();

        var plan = PlanOf(agreement, "2026-03-02");

        plan.Stages[1].Start.Should().Be(D("2026-03-04"));
        plan.Handoffs.Should().ContainSingle().Which.AfterStage.Should().Be(new StageKey("polish"));
    }

    [Fact]
    public void A_proposed_agreement_gets_no_dates()
    {
        var outcome = Scheduler.Plan(Website, AgreementStatus.Proposed, D("2026-03-02"));

        outcome.IsAccepted.Should().BeFalse();
        outcome.Violations.Should().ContainSingle().Which.Code.Should().Be("plan.not-signed");
        outcome.Violations[0].Message.Should().Contain("1,800.00 EUR");
    }

    [Fact]
    public void A_signed_agreement_waits_for_its_deposit()
    {
        var outcome = Scheduler.Plan(Website, AgreementStatus.Signed, D("2026-03-02"));

        outcome.Violations.Should().ContainSingle().Which.Code.Should().Be("plan.deposit-not-received");
        outcome.Violations[0].Subject.Should().Be("acme-website");
    }

    [Fact]
    public void The_deposit_in_a_refusal_is_rounded_for_the_person_reading_it()
    {
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(new PaymentTerms(new Money(1234.55m, "EUR"), Charge.PercentOfTotal(30m)))
            .Build();

        var outcome = Scheduler.Plan(agreement, AgreementStatus.Signed, D("2026-03-02"));

        outcome.Violations[0].Message.Should().Contain("370.37 EUR", "30% of 1234.55 is 370.365");
    }

    [Fact]
    public void A_signed_agreement_without_a_deposit_can_be_dated()
    {
        var noPaymentTerms = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build();

        Scheduler.Plan(noPaymentTerms, AgreementStatus.Signed, D("2026-03-02")).IsAccepted.Should().BeTrue();
        Scheduler.Plan(noPaymentTerms, AgreementStatus.Proposed, D("2026-03-02")).IsAccepted.Should().BeFalse();
    }

    [Fact]
    public void Plans_compare_by_value()
    {
        EqualityContract.Holds(
            PlanOf(Website, "2026-03-02"),
            PlanOf(TestSupport.Agreements.WebsiteInMadrid(), "2026-03-02"),
            PlanOf(Website, "2026-03-03"));
    }

    private static Agreement TwoStages(BusinessCalendar provider, BusinessCalendar client, int clientDays, int thenProviderDays = 0)
    {
        var builder = new AgreementBuilder(new AgreementId("two-zones"), "Across time zones")
            .WithProvider("Provider", provider)
            .WithClient("Client", client)
            .AddStage("brief", "Brief", PartyRole.Provider, 1)
            .AddStage("answer", "Answer", PartyRole.Client, clientDays);
        if (thenProviderDays > 0)
        {
            builder.AddStage("deliver", "Deliver", PartyRole.Provider, thenProviderDays);
        }

        return builder.Build();
    }
}
