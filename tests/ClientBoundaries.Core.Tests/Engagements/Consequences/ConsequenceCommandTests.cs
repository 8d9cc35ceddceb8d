using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Consequences;

/// <summary>The commands that record reminders, consequences, payments and force majeure, and how the decider refuses them.</summary>
public class ConsequenceCommandTests
{
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly ObligationKey ContentDue = ObligationKey.ForStage(Content);

    [Fact]
    public void A_consequence_not_due_yet_is_refused_with_the_moment_it_falls_due()
    {
        var engagement = ContentUnderWay();

        var refusal = engagement.Refuses(new ApplyConsequence(ContentDue, ConsequenceRule.Escalation(5, "owner"), Madrid("2026-03-12T10:00")));

        refusal.Code.Should().Be("consequence.not-due");
        refusal.Message.Should().Be("'+5 business days: Escalation to owner' for the stage 'content' is not due yet: it falls due at 2026-03-17T08:00:00Z.");
        refusal.Subject.Should().Be("content");
    }

    [Fact]
    public void Reminders_and_consequences_each_have_their_own_command()
    {
        var engagement = ContentUnderWay();
        var now = Madrid("2026-03-17T10:00");

        engagement.Refuses(new RecordReminderSent(ContentDue, ConsequenceRule.Escalation(5, "owner"), now)).Code.Should().Be("consequence.wrong-command");
        engagement.Refuses(new ApplyConsequence(ContentDue, ConsequenceRule.FirmReminder(0), now)).Code.Should().Be("consequence.wrong-command");
        engagement.Refuses(new ApplyConsequence(ContentDue, ConsequenceRule.Escalation(6, "owner"), now)).Code.Should().Be("consequence.not-in-policy");
        engagement.Refuses(new ApplyConsequence(ObligationKey.ForStage(new StageKey("hosting")), ConsequenceRule.Escalation(5, "owner"), now))
            .Code.Should().Be("consequence.unknown-obligation");
        engagement.Refuses(new RecordReminderSent(ContentDue, ConsequenceRule.Reminder(-2), now)).Message.Should()
            .Contain("no longer due: a later reminder replaced it");
    }

    [Fact]
    public void Recording_produces_an_event_with_the_figures_of_the_assessment()
    {
        var engagement = ContentUnderWay();
        var now = Madrid("2026-03-17T10:00");

        engagement.Do(new ApplyConsequence(ContentDue, ConsequenceRule.Escalation(5, "owner"), now));

        engagement.Events[engagement.Events.Count - 1].Should().Be(new EngagementEvent.ConsequenceApplied(
            ContentDue, 0, ConsequenceRule.Escalation(5, "owner"), PartyRole.Client, null, Madrid("2026-03-17T09:00"), now));
        engagement.State.Should().Be(EngagementDecider.Replay(engagement.Events), "replay gives the state built step by step");
    }

    [Fact]
    public void A_pause_consequence_pauses_the_engagement_caused_by_the_late_party()
    {
        var engagement = ContentUnderWay();
        var now = Madrid("2026-03-31T10:00");

        var decision = EngagementDecider.Decide(engagement.State, new ApplyConsequence(ContentDue, ConsequenceRule.Pause(15), now));

        decision.Events.Should().HaveCount(2);
        decision.Events[1].Should().Be(new EngagementEvent.Paused(PartyRole.Client, "15 business days late on the stage 'content': on hold as the agreement says", now));
    }

    [Fact]
    public void Payments_are_received_once_invoiced_in_full_and_in_the_right_currency()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")));
        var milestone = ObligationKey.MilestonePayment(Design);
        var at = Madrid("2026-03-18T10:00");

        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "EUR"), at)).Code.Should().Be("payment.not-invoiced");
        engagement.Refuses(new ReceivePayment(ObligationKey.FinalPayment, new Money(1800m, "EUR"), at)).Code.Should().Be("payment.not-invoiced");
        engagement.Refuses(new ReceivePayment(ObligationKey.MilestonePayment(Content), new Money(1m, "EUR"), at)).Code.Should().Be("payment.unknown");
        engagement
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")));
        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "USD"), at)).Code.Should().Be("payment.wrong-currency");
        engagement.Refuses(new ReceivePayment(milestone, new Money(2000m, "EUR"), at)).Message.Should()
            .Be("The milestone payment for 'design' is 2400.00 EUR, but only 2000.00 EUR arrived; 400.00 EUR is still missing.");
        engagement.Do(new ReceivePayment(milestone, new Money(2400m, "EUR"), at));
        engagement.Refuses(new ReceivePayment(milestone, new Money(2400m, "EUR"), at)).Code.Should().Be("payment.already-received");

        var standing = Assessor.Assess(engagement.State, at).StandingOf(milestone)!;
        standing.Timeliness.Should().Be(Timeliness.Done);
        standing.Due.Should().Be(D("2026-04-01"), "14 days after the design was accepted on 18 March");
    }

    [Fact]
    public void The_deposit_is_due_days_after_signing_and_reminded_like_any_payment()
    {
        var engagement = new EngagementDriver()
            .Do(new Propose(Policies.Website().Build(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));

        // Due seven days after signing: Wednesday 25 February. The friendly reminder comes three business days before.
        var assessment = Assessor.Assess(engagement.State, Madrid("2026-02-20T09:00"));
        assessment.StandingOf(ObligationKey.Deposit)!.Due.Should().Be(D("2026-02-25"));
        assessment.Reminders.Should().ContainSingle().Which.Explanation.Should()
            .Be("Friendly reminder to Acme Bakery: the deposit of 1800.00 EUR is due on 2026-02-25, in 3 business days.");
        engagement.State.NextAttentionAt.Should().Be(Madrid("2026-02-20T09:00"));
    }

    [Fact]
    public void Force_majeure_is_checked_when_recorded_and_refused_after_termination()
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var backwards = () => new RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-06"), D("2026-03-05"), at);
        var tooLong = () => new RecordForceMajeure(PartyRole.Client, "War", D("2026-01-01"), D("2027-01-02"), at);
        var blank = () => new RecordForceMajeure(PartyRole.Client, " ", D("2026-03-05"), D("2026-03-06"), at);

        backwards.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("until").WithMessage("*2026-03-06..2026-03-05 is 0 days*");
        tooLong.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("until").WithMessage("*at most 366 days*367 days*");
        blank.Should().Throw<ArgumentException>().WithParameterName("reason");

        var engagement = ContentUnderWay().Do(new Terminate(PartyRole.Provider, "No content", Madrid("2026-03-20T10:00")));
        engagement.Refuses(new RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-20T11:00")))
            .Code.Should().Be("engagement.not-allowed-in-phase");
    }

    [Fact]
    public void After_termination_only_amounts_already_owed_stay_due()
    {
        // The design was 3 days late by Friday 20 March (a 150 EUR credit), then the client ends the engagement.
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new Terminate(PartyRole.Client, "Too slow", Madrid("2026-03-20T12:00")));

        var assessment = Assessor.Assess(engagement.State, Madrid("2026-04-20T10:00"));

        assessment.Reminders.Should().BeEmpty();
        assessment.Consequences.Should().ContainSingle().Which.Kind.Should().Be(ConsequenceKind.Credit);
        assessment.StandingOf(ObligationKey.ForStage(Design))!.BusinessDaysLate.Should().Be(3, "lateness stops growing when the engagement ends");
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue("nothing was invoiced, so nothing more can be paid");
        engagement.Do(new ApplyConsequence(ObligationKey.ForStage(Design), ConsequenceRule.Credit(3, Charge.PercentOf(10m)), Madrid("2026-04-20T10:00")));
        engagement.State.NextAttentionAt.Should().BeNull();
    }

    [Fact]
    public void Events_check_their_arguments()
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var reminderOfEscalation = () => new EngagementEvent.ReminderSent(ContentDue, 0, ConsequenceRule.Escalation(5, "owner"), PartyRole.Client, at);
        var negativeRound = () => new EngagementEvent.ConsequenceApplied(ContentDue, -1, ConsequenceRule.Pause(5), PartyRole.Client, null, at, at);
        var moneyOnPause = () => new EngagementEvent.ConsequenceApplied(ContentDue, 0, ConsequenceRule.Pause(5), PartyRole.Client, new Money(1m, "EUR"), at, at);
        var depositAsPayment = () => new ReceivePayment(ObligationKey.Deposit, new Money(1m, "EUR"), at);

        reminderOfEscalation.Should().Throw<ArgumentException>().WithParameterName("rule");
        negativeRound.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("round");
        moneyOnPause.Should().Throw<ArgumentException>().WithParameterName("amount").WithMessage("A Pause carries no money*");
        depositAsPayment.Should().Throw<ArgumentException>().WithParameterName("payment").WithMessage("*was the deposit*");
        ObligationKey.MilestonePayment(Design).ToString().Should().Be("milestone payment for 'design'");
    }
}
