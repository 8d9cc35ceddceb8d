using System.Linq;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>The scenarios of the overdue-stages issue, with the app acting every morning on what the assessor says is due.</summary>
public class OverdueScenarioTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Feedback = new("feedback");
    private static readonly StageKey Build = new("build");

    [Fact]
    public void Foot_dragging_client_gets_each_reminder_and_consequence_once_on_its_day()
    {
        // Plan from Monday 2 March: discovery 2-3 March, content 4-10 March (the client's), design 11-17 ...
        var engagement = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")))
            .EveryMorning(D("2026-03-04"), D("2026-04-28"));

        // The client comes back on Wednesday 29 April, 35 business days after the due date (Good Friday is a holiday).
        engagement.Do(new ResumeWork(Madrid("2026-04-29T10:00")));
        var onReturn = engagement.ActOnEverythingDue(Madrid("2026-04-29T10:00"));
        engagement
            .Do(new HandOff(Content, Madrid("2026-04-29T12:00")))
            .EveryMorning(D("2026-04-30"), D("2026-05-06"));

        var state = engagement.State;
        var content = ObligationKey.ForStage(Content);
        state.RemindersSent.Select(r => (r.Obligation, r.Rule.Kind, r.At)).Should().Equal(
            (content, ConsequenceKind.Reminder, Madrid("2026-03-06T09:30")),
            (content, ConsequenceKind.FirmReminder, Madrid("2026-03-10T09:30")));
        state.ConsequencesApplied.Select(c => (c.Obligation, c.Rule.Kind, c.Party, c.DueSince, c.Amount)).Should().Equal(
            (content, ConsequenceKind.Escalation, PartyRole.Client, Madrid("2026-03-17T09:00"), (Money?)null),
            (content, ConsequenceKind.Pause, PartyRole.Client, Madrid("2026-03-31T09:00"), (Money?)null),
            (content, ConsequenceKind.RestartLeadTime, PartyRole.Client, Madrid("2026-04-29T10:00"), (Money?)null),
            (content, ConsequenceKind.RestartFee, PartyRole.Client, Madrid("2026-04-29T10:00"), new Money(250m, "EUR")));
        state.Pauses.Should().ContainSingle().Which.CausedBy.Should().Be(PartyRole.Client, "the pause rule put the engagement on hold, caused by the late client");

        onReturn.Consequences.Select(c => c.Explanation).Should().Equal(
            "Acme Bakery came back on 29 April 2026 after a pause while 15 business days or more late on stage \"Client sends content\": "
                + "Pixel & Pine Studio needs 5 business days to pick the work up again, so \"Design draft\" starts on 8 May 2026 at the earliest.",
            "Acme Bakery came back on 29 April 2026 after a pause while 15 business days or more late on stage \"Client sends content\": "
                + "a restart fee of 250.00 EUR is owed to Pixel & Pine Studio.");

        // The client came back at 10:00, during the studio's day: the five business days the studio needs are the whole
        // days after it, 30 April, 4, 5, 6 and 7 May (1 May is a holiday), and the design starts the day after them.
        state.Plan!.FindStage(Design)!.Start.Should().Be(D("2026-05-08"));
        var standing = Assessor.Assess(state, Madrid("2026-05-06T12:00")).StandingOf(content)!;
        standing.Timeliness.Should().Be(Timeliness.DoneLate);
        standing.BusinessDaysLate.Should().Be(35);
    }

    [Fact]
    public void Escalation_and_pause_explain_themselves_in_plain_words()
    {
        var engagement = ContentUnderWay();

        var escalation = Assessor.Assess(engagement.State, Madrid("2026-03-17T09:00")).Consequences.Should().ContainSingle().Subject;
        escalation.Explanation.Should().Be(
            "Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 5 business days late: the matter goes to Acme Bakery's owner.");
        escalation.BusinessDaysLate.Should().Be(5);

        var pause = Assessor.Assess(engagement.State, Madrid("2026-03-31T09:00")).Consequences.Select(c => c.Explanation);
        pause.Should().Contain(
            "Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 15 business days late: as agreed, the engagement is on hold until Acme Bakery is ready to go on.");
    }

    [Fact]
    public void Provider_three_days_late_on_the_design_owes_the_client_the_credit_of_its_policy()
    {
        // Content arrives on time (10 March); the design is due on Tuesday 17 March and arrives Friday 20 March.
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .EveryMorning(D("2026-03-11"), D("2026-03-20"))
            .Do(new HandOff(Design, Madrid("2026-03-20T15:00")))
            .EveryMorning(D("2026-03-21"), D("2026-03-24"));

        var design = ObligationKey.ForStage(Design);
        var state = engagement.State;
        state.RemindersSent.Where(r => r.Obligation == design).Select(r => (r.Rule.Kind, r.To, r.At)).Should().Equal(
            (ConsequenceKind.Reminder, PartyRole.Provider, Madrid("2026-03-16T09:30")),
            (ConsequenceKind.FirmReminder, PartyRole.Provider, Madrid("2026-03-17T09:30")));
        var credit = state.ConsequencesApplied.Should().ContainSingle().Subject;
        credit.Rule.Kind.Should().Be(ConsequenceKind.Credit);
        credit.Party.Should().Be(PartyRole.Provider);
        credit.Amount.Should().Be(new Money(150m, "EUR"), "10% of the design's price of 1,500 EUR");
        credit.DueSince.Should().Be(Madrid("2026-03-20T09:00"), "the third business day after Tuesday 17 March begins on Friday at 09:00");
        Assessor.Assess(state, Madrid("2026-03-24T12:00")).StandingOf(design)!.BusinessDaysLate.Should().Be(3);
    }

    [Fact]
    public void A_credit_that_fell_due_stays_owed_after_the_late_stage_is_delivered_while_reminders_lapse()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-20T15:00")));

        var assessment = Assessor.Assess(engagement.State, Madrid("2026-03-23T10:00"));

        assessment.Reminders.Where(r => r.Obligation == ObligationKey.ForStage(Design)).Should().BeEmpty(
            "the design was delivered: reminding the provider of it is pointless");
        var credit = assessment.Consequences.Should().ContainSingle().Subject;
        credit.Kind.Should().Be(ConsequenceKind.Credit);
        // Read after delivery, the lateness is the past one: Wednesday 18, Thursday 19 and Friday 20 March, handed over at 15:00.
        credit.Explanation.Should().Be(
            "Stage \"Design draft\" was due on 17 March 2026 and was handed over 3 business days late: Acme Bakery is owed a credit of 10% of the stage's price (150.00 EUR).");
    }

    [Fact]
    public void A_late_final_payment_triggers_the_payment_ladder_and_its_late_fee()
    {
        // Every stage on time; completed Tuesday 7 April. The final 1,800 EUR is due 14 days later, Tuesday 21 April.
        var engagement = OnTimeToCompletion();
        var final = ObligationKey.FinalPayment;
        Assessor.Assess(engagement.State, Madrid("2026-04-07T12:00")).StandingOf(final)!.Due.Should().Be(D("2026-04-21"));

        engagement
            .EveryMorning(D("2026-04-08"), D("2026-05-07"))
            .Do(new ReceivePayment(final, new Money(1800m, "EUR"), Madrid("2026-05-07T15:00")))
            .EveryMorning(D("2026-05-08"), D("2026-05-25"));

        var state = engagement.State;
        state.RemindersSent.Where(r => r.Obligation == final).Select(r => (r.Rule.Kind, r.At)).Should().Equal(
            (ConsequenceKind.Reminder, Madrid("2026-04-16T09:30")),
            (ConsequenceKind.FirmReminder, Madrid("2026-04-22T09:30")));

        // +10 business days after 21 April (22, 23, 24, 27, 28, 29, 30 April; 1 May is a holiday; 4, 5, 6 May):
        // Wednesday 6 May. The escalation at +20 never comes.
        var fee = state.ConsequencesApplied.Should().ContainSingle().Subject;
        fee.Obligation.Should().Be(final);
        fee.Rule.Kind.Should().Be(ConsequenceKind.LateFee);
        fee.DueSince.Should().Be(Madrid("2026-05-06T09:00"));
        fee.Amount.Should().Be(new Money(36m, "EUR"), "2% of the final 1,800 EUR");
        var standing = Assessor.Assess(state, Madrid("2026-05-25T12:00")).StandingOf(final)!;
        standing.Timeliness.Should().Be(Timeliness.DoneLate);
        standing.BusinessDaysLate.Should().Be(11, "paid during Thursday 7 May, the eleventh business day after the due date");

        // The 36 EUR late fee is owed on the final payment's terms: 14 days after Wednesday 6 May, Wednesday 20 May.
        var owedFee = OwedLedger.Of(state).Find(OwedKey.Consequence(final, fee.Round, fee.Rule))!;
        owedFee.Due.Should().Be(D("2026-05-20"));
        owedFee.Outstanding.Should().Be(new Money(36m, "EUR"));
        EngagementDecider.IsTerminal(state).Should().BeFalse("the late fee is still owed");

        engagement.Do(new PayOwed(owedFee.Key, new Money(36m, "EUR"), Madrid("2026-05-25T15:00")));
        EngagementDecider.IsTerminal(engagement.State).Should().BeTrue("completed, and paid in full with its late fee");
    }

    /// <summary>Scheduled from 2 March, discovery done on time, the client's content stage started (due Tuesday 10 March).</summary>
    internal static EngagementDriver ContentUnderWay(ClientBoundaries.Agreements.Agreement? agreement = null) =>
        ScheduledWebsite(agreement ?? Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")));

    /// <summary>Every stage handed off on its due date at 16:00 and accepted; design paid at once; the build accepted, which completes it, on Tuesday 7 April.</summary>
    internal static EngagementDriver OnTimeToCompletion(ClientBoundaries.Agreements.Agreement? agreement = null) =>
        OnTimeToCompletionOn(Madrid("2026-04-07T10:00"), agreement);

    /// <summary>As <see cref="OnTimeToCompletion"/>, with the build accepted (and the engagement completed) at <paramref name="completedAt"/>.</summary>
    internal static EngagementDriver OnTimeToCompletionOn(Instant completedAt, ClientBoundaries.Agreements.Agreement? agreement = null) =>
        ContentUnderWay(agreement)
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .Do(new AcceptStage(Design, Madrid("2026-03-18T09:00")))
            .Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(2400m, "EUR"), Madrid("2026-03-18T10:00")))
            .Do(new StartStage(Feedback, Madrid("2026-03-18T11:00")))
            .Do(new HandOff(Feedback, Madrid("2026-03-20T16:00")))
            .Do(new StartStage(Build, Madrid("2026-03-23T09:00")))
            .Do(new HandOff(Build, Madrid("2026-04-06T16:00")))
            .Do(new AcceptStage(Build, completedAt));
}
