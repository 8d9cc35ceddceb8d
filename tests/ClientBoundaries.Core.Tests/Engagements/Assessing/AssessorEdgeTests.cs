using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
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

namespace ClientBoundaries.Tests.Engagements.Assessing;

/// <summary>Revisions, agreed due dates, days off and the far end of the calendar.</summary>
public class AssessorEdgeTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Feedback = new("feedback");

    [Fact]
    public void A_credit_owed_for_a_late_design_survives_the_clients_request_for_a_revision()
    {
        // The design, due 17 March, arrives 5 business days late on 24 March; nobody records the
        // credit that fell due on 20 March before the client sends the design back.
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-24T15:00")))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-25T10:00")));

        var credits = Assessor.Assess(engagement.State, Madrid("2026-03-25T11:00")).Consequences.Where(c => c.Kind == ConsequenceKind.Credit);

        var credit = credits.Should().ContainSingle().Subject;
        credit.Round.Should().Be(0);
        credit.FallsDueAt.Should().Be(Madrid("2026-03-20T09:00"));
        credit.Amount.Should().Be(new Money(150m, "EUR"));
        engagement.Do(new ApplyConsequence(credit.Obligation, credit.Rule, Madrid("2026-03-25T11:00")));
        Assessor.Assess(engagement.State, Madrid("2026-03-25T11:00")).Consequences.Should().BeEmpty();
    }

    [Fact]
    public void The_stage_after_a_revised_one_runs_its_ladder_again_for_its_new_stretch()
    {
        // The client's feedback (due 20 March) got its reminders; then the client sends the design back,
        // so the feedback waits for the revised design and gets a new due date.
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")))
            .EveryMorning(D("2026-03-18"), D("2026-03-20"))
            .Do(new RequestRevision(Design, "Warmer colours", Madrid("2026-03-20T12:00")))
            .Do(new HandOff(Design, Madrid("2026-03-27T16:00")));
        var feedback = ObligationKey.ForStage(Feedback);
        engagement.State.RemindersSent.Count(r => r.Obligation == feedback).Should().Be(2);

        // The revised design reaches the client on Friday 27 March: feedback 30 March - 1 April.
        var reminder = Assessor.Assess(engagement.State, Madrid("2026-03-30T10:00")).Reminders.Should().ContainSingle().Subject;

        reminder.Obligation.Should().Be(feedback);
        reminder.Round.Should().Be(1);
        reminder.Explanation.Should().Be("Friendly reminder to Acme Bakery: stage \"Client feedback\" is due on 1 April 2026, in 2 business days.");
    }

    [Fact]
    public void A_due_date_agreed_on_a_saturday_is_due_at_the_end_of_monday()
    {
        var engagement = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00"), dueBy: D("2026-03-07")));
        var content = ObligationKey.ForStage(Content);

        var monday = Assessor.Assess(engagement.State, Madrid("2026-03-09T12:00"));

        monday.StandingOf(content)!.Timeliness.Should().Be(Timeliness.DueSoon);
        monday.StandingOf(content)!.Due.Should().Be(D("2026-03-09"));
        monday.Reminders.Should().ContainSingle().Which.Explanation.Should().Contain("is due today, 9 March 2026");
        engagement
            .Do(new StartStage(Content, Madrid("2026-03-09T12:30")))
            .Do(new HandOff(Content, Madrid("2026-03-09T17:00")));
        Assessor.Assess(engagement.State, Madrid("2026-03-10T12:00")).StandingOf(content)!.Timeliness.Should().Be(Timeliness.Done);
    }

    [Fact]
    public void Force_majeure_moves_a_due_date_agreed_at_the_handoff_by_the_days_it_closes()
    {
        // The content was given until Friday 20 March (13 business days from Wednesday 4 March); Thursday 12 March is closed.
        var engagement = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00"), dueBy: D("2026-03-20")))
            .Do(new RecordForceMajeure(PartyRole.Provider, "Power cut", D("2026-03-12"), D("2026-03-12"), Madrid("2026-03-05T10:00")));

        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-23"));
        Assessor.Assess(engagement.State, Madrid("2026-03-23T12:00")).StandingOf(ObligationKey.ForStage(Content))!.Timeliness
            .Should().Be(Timeliness.DueSoon);
    }

    [Fact]
    public void A_payment_that_would_fall_due_after_the_calendar_ends_never_falls_due_and_nothing_throws()
    {
        // The client's office is closed from June 9998 to the end of the calendar.
        var client = TestSupport.Calendars.Madrid().WithClosure(new Closure(D("9998-06-01"), D("9999-12-31"), "Closed for good"));
        var build = new StageKey("build");
        var agreement = new AgreementBuilder(new AgreementId("far"), "Far future")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", client)
            .AddStage(build, "Build", PartyRole.Provider, 5)
            .WithPaymentTerms(new PaymentTerms(
                new Money(1000m, "EUR"), Charge.PercentOfTotal(10m), new[] { new MilestonePayment(build, Charge.PercentOfTotal(50m)) }))
            .WithConsequencePolicy(PartyRole.Client, Policies.Client())
            .Build();

        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, Madrid("9998-04-27T10:00")))
            .Do(new Sign(Madrid("9998-04-27T11:00")))
            .Do(new ReceiveDeposit(new Money(100m, "EUR"), Madrid("9998-04-27T12:00")))
            .Do(new Schedule(D("9998-05-04"), Madrid("9998-04-27T13:00")))
            .Do(new StartStage(build, Madrid("9998-05-04T09:00")))
            .Do(new HandOff(build, Madrid("9998-05-08T16:00")))
            .Do(new AcceptStage(build, Madrid("9998-05-25T10:00")));

        var milestone = Assessor.Assess(engagement.State, Madrid("9998-12-01T10:00")).StandingOf(ObligationKey.MilestonePayment(build))!;
        milestone.Due.Should().BeNull("14 days after 25 May 9998 the client is closed until the calendar ends");
        engagement.State.NextAttentionAt.Should().BeNull();
    }
}
