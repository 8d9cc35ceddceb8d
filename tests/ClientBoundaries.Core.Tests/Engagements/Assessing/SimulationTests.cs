using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Assessing;

public class SimulationTests
{
    private static readonly StageKey Content = new("content");
    private static readonly Agreement Website = Policies.Website().Build();
    private static readonly Plan Plan = Scheduler.Plan(Website, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    [Fact]
    public void Twenty_days_late_on_the_content_pauses_the_work_and_costs_the_restart_fee_on_return()
    {
        var simulation = Assessor.Simulate(Website, Plan, Content, 20);

        simulation.Party.Should().Be(PartyRole.Client);
        simulation.Due.Should().Be(D("2026-03-10"));
        simulation.DeliveredOn.Should().Be(D("2026-04-08"), "20 business days after 10 March, Good Friday off");
        simulation.Consequences.Select(c => (c.Kind, c.FallsDueAt)).Should().Equal(
            (ConsequenceKind.Reminder, Madrid("2026-03-06T09:00")),
            (ConsequenceKind.FirmReminder, Madrid("2026-03-10T09:00")),
            (ConsequenceKind.Escalation, Madrid("2026-03-17T09:00")),
            (ConsequenceKind.Pause, Madrid("2026-03-31T09:00")),
            (ConsequenceKind.RestartLeadTime, Madrid("2026-04-08T09:00")),
            (ConsequenceKind.RestartFee, Madrid("2026-04-08T09:00")));
        simulation.Consequences[5].Amount.Should().Be(new Money(250m, "EUR"));

        // The studio restarts five business days after 8 April: design 15-21 April, feedback 22-24, build 27 April - 11 May (1 May off).
        simulation.PlannedEnd.Should().Be(D("2026-04-06"));
        simulation.ShiftedEnd.Should().Be(D("2026-05-11"));
        simulation.Consequences[4].Explanation.Should().EndWith("so \"Design draft\" starts on 15 April 2026 at the earliest.");
    }

    [Fact]
    public void Three_days_late_only_reminds_and_moves_the_end_by_three_days()
    {
        var simulation = Assessor.Simulate(Website, Plan, Content, 3);

        simulation.Consequences.Select(c => c.Kind).Should().Equal(ConsequenceKind.Reminder, ConsequenceKind.FirmReminder);
        simulation.ShiftedEnd.Should().Be(D("2026-04-09"), "the build's ten days start on 26 March instead of 23 March");
    }

    [Fact]
    public void The_provider_late_on_a_priced_stage_owes_its_credit_in_the_simulation()
    {
        var simulation = Assessor.Simulate(Website, Plan, new StageKey("design"), 4);

        var credit = simulation.Consequences.Should().ContainSingle(c => c.Kind == ConsequenceKind.Credit).Subject;
        credit.Amount.Should().Be(new Money(150m, "EUR"));
        credit.Party.Should().Be(PartyRole.Provider);
        simulation.Consequences.Should().NotContain(c => c.Kind == ConsequenceKind.Escalation, "the escalation comes at +5");
    }

    [Fact]
    public void Simulating_changes_nothing_in_a_running_engagement()
    {
        var engagement = OverdueScenarioTests.ContentUnderWay();
        var before = engagement.State;

        Assessor.Simulate(before.Agreement!, before.Plan!, Content, 30);

        engagement.State.Should().BeSameAs(before);
        engagement.State.Should().Be(EngagementDecider.Replay(engagement.Events));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var amended = Policies.Website().Build();
        var planOfOther = Scheduler.Plan(new AgreementBuilder(new AgreementId("other"), "Other").WithProvider("P", TestSupport.Calendars.Madrid())
            .WithClient("C", TestSupport.Calendars.Madrid()).AddStage("content", "Content", PartyRole.Client, 5).Build(), AgreementStatus.Signed, D("2026-03-02")).Value;
        var unknown = () => Assessor.Simulate(Website, Plan, new StageKey("hosting"), 3);
        var negative = () => Assessor.Simulate(Website, Plan, Content, -1);
        var foreign = () => Assessor.Simulate(amended, planOfOther, Content, 3);

        unknown.Should().Throw<ArgumentException>().WithParameterName("stage").WithMessage("*has no stage 'hosting'*");
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDaysLate");
        Assessor.Simulate(Website, Plan, Content, 0).DeliveredOn.Should().Be(D("2026-03-10"));
        foreign.Should().Throw<ArgumentException>().WithParameterName("plan").WithMessage("*other v1, not acme-website v1*");
    }
}
