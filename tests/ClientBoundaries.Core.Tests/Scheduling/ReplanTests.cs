using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Scheduling;

public class ReplanTests
{
    private static readonly Agreement Website = TestSupport.Agreements.WebsiteInMadrid();
    private static readonly Plan Original = Scheduler.Plan(Website, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    private static Dictionary<StageKey, LocalDate> Finished(params (string Stage, string On)[] finishes) =>
        finishes.ToDictionary(f => new StageKey(f.Stage), f => D(f.On));

    [Fact]
    public void A_late_client_moves_the_provider_dates_by_the_same_business_days()
    {
        // Content was due Tuesday 10 March and came six business days late, on Wednesday 18.
        var plan = Scheduler.Replan(Website, Original, Finished(("discovery", "2026-03-03"), ("content", "2026-03-18"))).Value;

        var content = plan.FindStage(new StageKey("content"))!;
        content.Due.Should().Be(D("2026-03-10"));
        content.FinishedOn.Should().Be(D("2026-03-18"));

        // design 5: Thu 19, Fri 20, Mon 23, Tue 24, Wed 25 (was due 17 March: six business days later).
        // feedback 3: 26, 27, 30. build 10: 31 March, 1, 2, (Good Friday, weekend) 6-10, 13, 14 April.
        plan.Stages.Skip(2).Select(s => (s.Key.Value, s.Start, s.Due)).Should().Equal(
            ("design", D("2026-03-19"), D("2026-03-25")),
            ("feedback", D("2026-03-26"), D("2026-03-30")),
            ("build", D("2026-03-31"), D("2026-04-14")));
        Website.CalendarOf(PartyRole.Provider).BusinessDaysBetween(Original.Stages[2].Due, plan.Stages[2].Due).Should().Be(6);
    }

    [Fact]
    public void The_original_dates_stay_beside_the_current_ones_as_the_baseline()
    {
        var once = Scheduler.Replan(Website, Original, Finished(("discovery", "2026-03-03"), ("content", "2026-03-18"))).Value;
        var twice = Scheduler.Replan(Website, once, Finished(("discovery", "2026-03-03"), ("content", "2026-03-18"), ("design", "2026-03-27"))).Value;

        Original.Stages.Should().OnlyContain(s => s.BaselineStart == s.Start && s.BaselineDue == s.Due);
        twice.FindStage(new StageKey("build"))!.BaselineDue.Should().Be(D("2026-04-06"));
        twice.FindStage(new StageKey("build"))!.Due.Should().NotBe(D("2026-04-06"));
        twice.Stages.Select(s => s.BaselineDue).Should().Equal(Original.Stages.Select(s => s.Due));
    }

    [Fact]
    public void An_early_finish_brings_later_stages_forward()
    {
        var plan = Scheduler.Replan(Website, Original, Finished(("discovery", "2026-03-03"), ("content", "2026-03-05"))).Value;

        // design 5: Fri 6, Mon 9, Tue 10, Wed 11, Thu 12.
        plan.FindStage(new StageKey("design"))!.Start.Should().Be(D("2026-03-06"));
        plan.FindStage(new StageKey("design"))!.Due.Should().Be(D("2026-03-12"));
        plan.Handoffs[1].Date.Should().Be(D("2026-03-05"));
    }

    [Fact]
    public void A_stage_finished_the_day_the_ball_arrived_starts_that_day()
    {
        var plan = Scheduler.Replan(Website, Original, Finished(("discovery", "2026-03-03"), ("content", "2026-03-03"))).Value;

        plan.Stages[1].Start.Should().Be(D("2026-03-03"));
        plan.Stages[2].Start.Should().Be(D("2026-03-04"));
    }

    [Fact]
    public void A_provider_stage_finished_late_is_measured_from_when_the_ball_actually_arrived()
    {
        var plan = Scheduler.Replan(
            Website,
            Original,
            Finished(("discovery", "2026-03-03"), ("content", "2026-03-18"), ("design", "2026-03-26"))).Value;

        var design = plan.Stages[2];
        design.Due.Should().Be(D("2026-03-25"), "the client's delay moved the provider's due date");
        Website.CalendarOf(PartyRole.Provider).BusinessDaysBetween(design.Due, design.FinishedOn!.Value).Should().Be(1);
    }

    [Fact]
    public void Replanning_twice_with_the_same_finishes_changes_nothing()
    {
        var finishes = Finished(("discovery", "2026-03-04"), ("content", "2026-03-12"));

        var once = Scheduler.Replan(Website, Original, finishes).Value;

        Scheduler.Replan(Website, once, finishes).Value.Should().Be(once);
    }

    [Fact]
    public void Finishes_with_a_gap_are_refused_as_a_value_naming_both_stages()
    {
        var outcome = Scheduler.Replan(Website, Original, Finished(("content", "2026-03-10")));

        outcome.IsAccepted.Should().BeFalse();
        var violation = outcome.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be("plan.finish-out-of-order");
        violation.Subject.Should().Be("acme-website");
        violation.Message.Should().Be("Stage 'content' cannot have finished while the stage before it, 'discovery', has not: stages finish in order.");
    }

    [Fact]
    public void A_stage_finished_before_the_stage_before_it_is_refused_as_a_value_with_both_dates()
    {
        var outcome = Scheduler.Replan(Website, Original, Finished(("discovery", "2026-03-05"), ("content", "2026-03-04")));

        var violation = outcome.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be("plan.finish-before-previous");
        violation.Message.Should().Be("Stage 'content' cannot have finished on 4 March 2026, before the stage before it, 'discovery', finished on 5 March 2026.");
    }

    [Fact]
    public void Reading_the_value_of_a_refused_replan_says_what_was_refused_why_and_what_to_check()
    {
        var outcome = Scheduler.Replan(Website, Original, Finished(("content", "2026-03-10")));

        var read = () => outcome.Value;

        read.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "No Plan: the request was refused (plan.finish-out-of-order (acme-website): Stage 'content' cannot have finished while the stage "
            + "before it, 'discovery', has not: stages finish in order). Check IsAccepted, or call TryGetValue, before reading Value; "
            + "Violations says why, to show to a person.");
    }

    [Fact]
    public void An_unknown_stage_is_refused()
    {
        var replan = () => Scheduler.Replan(Website, Original, Finished(("launch", "2026-03-05")));

        replan.Should().Throw<ArgumentException>().WithMessage("*no stage 'launch'*");
    }

    [Fact]
    public void A_plan_of_another_agreement_is_refused()
    {
        var other = new AgreementBuilder(new AgreementId("other"), "Other")
            .WithProvider("P", TestSupport.Calendars.Madrid())
            .WithClient("C", TestSupport.Calendars.Madrid())
            .AddStage("only", "Only", PartyRole.Provider, 1)
            .Build();

        var replan = () => Scheduler.Replan(other, Original, Finished());

        replan.Should().Throw<ArgumentException>().WithMessage("*acme-website v1*other v1*").Which.ParamName.Should().Be("plan");
    }
}
