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
/// Scheduling the work: not before the deposit, not in the past, not past the last dates the library can work with.
/// </summary>
public class SchedulingTests
{
    [Fact]
    public void No_work_on_stages_before_the_deposit()
    {
        var signed = Proposed().Do(new Sign(Madrid("2026-02-18T10:00")));

        var start = signed.Refuses(new StartStage(Discovery, Madrid("2026-02-19T10:00")));
        var effort = signed.Refuses(new LogEffort(Discovery, PartyRole.Provider, 2m, Madrid("2026-02-19T10:00")));
        var schedule = signed.Refuses(new Schedule(D("2026-03-02"), Madrid("2026-02-19T10:00")));

        start.Message.Should().Be("Cannot start a stage: the engagement is signed. Allowed now: receive the deposit, handle change requests, or terminate.");
        effort.Code.Should().Be("engagement.not-allowed-in-phase");
        schedule.Code.Should().Be("plan.deposit-not-received");
    }

    [Fact]
    public void Work_cannot_be_scheduled_to_start_in_the_past()
    {
        var paid = Proposed()
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-02-20T10:00")));

        paid.Refuses(new Schedule(D("2026-02-19"), Madrid("2026-02-20T12:00")))
            .Message.Should().Be("The work cannot be planned to start on 19 February 2026, before the day it is scheduled (20 February 2026).");
        paid.Do(new Schedule(D("2026-02-20"), Madrid("2026-02-20T12:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled);
    }

    [Fact]
    public void A_schedule_that_would_run_past_the_year_9999_is_refused_not_thrown()
    {
        var paid = new EngagementDriver()
            .Do(new Propose(TestSupport.Agreements.WebsiteInMadrid(), Madrid("9999-11-01T10:00")))
            .Do(new Sign(Madrid("9999-11-02T10:00")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), Madrid("9999-11-03T10:00")));

        // The website needs 25 business days; from Wednesday 1 December 9999 Madrid has 21 left in the year
        // (23 weekdays, less the 6th and 8th, both holidays), so the last stage would end in the year 10000.
        var refused = paid.Refuses(new Schedule(D("9999-12-01"), Madrid("9999-11-03T12:00")));

        refused.Code.Should().Be("engagement.beyond-supported-dates");
        refused.Message.Should().Be("Cannot schedule the work at 3 November 9999 at 11:00 UTC: the dates it leads to run past the last ones the library can work with (plans end with the year 9999, due dates with 9998).");
        paid.Do(new Schedule(D("9999-11-04"), Madrid("9999-11-03T12:00"))).State.Phase.Should().Be(EngagementPhase.Scheduled, "25 business days from Thursday 4 November end on Friday 10 December, the 6th and 8th being holidays");
    }
}
