using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>
/// Completion: every stage done and the final delivery accepted, which completes the engagement and invoices the final
/// payment; the engagement ends once everything owed is settled.
/// </summary>
public class CompletionTests
{
    [Fact]
    public void Completion_needs_every_stage_done_and_the_final_delivery_accepted()
    {
        var engagement = ContentHandedOver();

        engagement.Refuses(new Complete(Madrid("2026-03-11T10:00")))
            .Code.Should().Be("engagement.complete.stages-remaining");
    }

    [Fact]
    public void The_final_delivery_must_be_accepted_before_completion()
    {
        var oneStage = new ClientBoundaries.Agreements.AgreementBuilder(new AgreementId("audit"), "Audit")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage("audit", "Audit", PartyRole.Provider, 2)
            .Build();
        var audit = new StageKey("audit");
        var engagement = new EngagementDriver()
            .Do(new Propose(oneStage, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-16T11:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-16T12:00")))
            .Do(new StartStage(audit, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(audit, Madrid("2026-03-03T17:00")));

        engagement.State.Ball!.Expectation.Should().Be("Accept the final delivery (Audit)");
        engagement.State.Ball.DueBy.Should().BeNull();
        engagement.Refuses(new Complete(Madrid("2026-03-04T10:00"))).Code.Should().Be("engagement.complete.final-not-accepted");

        engagement.Do(new AcceptStage(audit, Madrid("2026-03-04T10:00")));
        engagement.Events[^1].Should().Be(new EngagementEvent.Completed(Madrid("2026-03-04T10:00")), "the final acceptance completes the engagement");
        engagement.State.Phase.Should().Be(EngagementPhase.Completed);
        engagement.State.Ball.Should().BeNull();
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue("nothing is owed: the agreement has no payment terms");
    }

    [Fact]
    public void Complete_on_an_engagement_the_final_acceptance_completed_is_accepted_and_changes_nothing()
    {
        var engagement = Stories.AuditAccepted(payments: false);

        var decision = EngagementDecider.Decide(engagement.State, new Complete(Madrid("2026-03-04T10:05")));

        decision.IsAccepted.Should().BeTrue("a host that still sends Complete after the acceptance is not refused");
        decision.Events.Should().BeEmpty();
    }

    [Fact]
    public void A_stream_stored_before_the_final_acceptance_completed_it_still_completes_with_Complete()
    {
        var engagement = Stories.AuditHandedOff(payments: true)
            .Stored(new EngagementEvent.StageAccepted(Stories.Audit, PartyRole.Client, Madrid("2026-03-04T10:00")));
        engagement.State.Phase.Should().Be(EngagementPhase.Active);
        Assessor.Assess(engagement.State, Madrid("2026-03-20T10:00")).StandingOf(ObligationKey.FinalPayment)!.Timeliness
            .Should().Be(Timeliness.NotStarted, "an old stream's final payment is invoiced at its completion, as it always was");

        engagement.Do(new Complete(Madrid("2026-03-09T10:00")));

        engagement.State.Phase.Should().Be(EngagementPhase.Completed);
        // Invoiced Monday 9 March; the agreement's 14 days run to Monday 23 March.
        OwedLedger.Of(engagement.State).Find(OwedKey.Payment(ObligationKey.FinalPayment))!.Due.Should().Be(D("2026-03-23"));
    }

    [Fact]
    public void The_engagement_ends_when_the_final_payment_invoiced_at_the_final_acceptance_is_paid()
    {
        // The audit of 2,000 EUR with a 30% deposit paid at signing: the final 1,400 EUR is invoiced at the acceptance on
        // Wednesday 4 March, due 14 days later, Wednesday 18 March.
        var engagement = Stories.AuditAccepted(payments: true);
        var final = OwedLedger.Of(engagement.State).Find(OwedKey.Payment(ObligationKey.FinalPayment))!;
        final.InvoicedAt.Should().Be(Madrid("2026-03-04T10:00"));
        final.Amount.Should().Be(new Money(1400m, "EUR"));
        final.Due.Should().Be(D("2026-03-18"));
        EngagementDecider.IsTerminal(engagement.State).Should().BeFalse("the final payment is owed");

        engagement.Do(new ReceivePayment(ObligationKey.FinalPayment, new Money(1400m, "EUR"), Madrid("2026-03-16T11:00")));

        OwedLedger.Of(engagement.State).OutstandingFrom(PartyRole.Client).Should().Be(Money.Zero("EUR"));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue();
    }
}
