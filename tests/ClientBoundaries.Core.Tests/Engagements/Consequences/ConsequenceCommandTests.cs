using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Consequences;

/// <summary>The commands that record reminders and consequences, and how the decider refuses them.</summary>
public class ConsequenceCommandTests
{
    private static readonly ObligationKey ContentDue = ObligationKey.ForStage(Content);

    [Fact]
    public void A_consequence_not_due_yet_is_refused_with_the_moment_it_falls_due()
    {
        var engagement = ContentUnderWay();

        var refusal = engagement.Refuses(new ApplyConsequence(ContentDue, ConsequenceRule.Escalation(5, "owner"), Madrid("2026-03-12T10:00")));

        refusal.Code.Should().Be("consequence.not-due");
        refusal.Message.Should().Be("The escalation at 5 business days late for stage \"Client sends content\" is not due yet: it falls due on 17 March 2026 at 09:00 (Madrid time).");
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
        decision.Events[1].Should().Be(new EngagementEvent.Paused(PartyRole.Client, "15 business days late on stage \"Client sends content\": on hold as the agreement says", now));
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
