using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// Dates a zone's clocks skipped entirely, when an island moved across the date line (rules R2, R4, R5,
/// R7, R14, R15 and R16 of <see cref="TimeRules"/>): Pacific/Kiritimati went from UTC-10 to UTC+14 at 1994-12-31T10:00Z,
/// straight from 30 December 1994 to 1 January 1995, and Pacific/Apia from UTC-10 to UTC+14 at
/// 2011-12-30T10:00Z, straight from Thursday 29 December 2011 to Saturday 31 (transitions read from
/// NodaTime 3.3.7's TZDB, 2026f).
/// </summary>
public class SkippedDateTests
{
    private static readonly ChangeRequestId Extra = new("extra-page");

    [Fact]
    public void A_change_order_whose_last_valid_day_is_followed_by_a_skipped_date_expires_when_the_clocks_jumped()
    {
        // Proposed on Thursday 15 December 2011 in Apia and valid 14 days: open through Thursday 29 December, so it
        // expires when the next day would begin. 30 December never began: the clocks went from 29 December 24:00
        // (UTC-10) to 31 December 00:00 (UTC+14), at 2011-12-30T10:00Z. NodaTime's AtStartOfDay throws on such a day.
        var apia = BusinessCalendar.MondayToFriday(Zone("Pacific/Apia"));
        var agreement = new AgreementBuilder(new AgreementId("apia-site"), "A site for a Samoan cafe")
            .WithProvider("Studio", apia)
            .WithClient("Cafe", apia)
            .AddStage("build", "Build", PartyRole.Provider, 10)
            .WithRateCard(new RateCard(new Money(90m, "EUR"), new Money(150m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14))
            .Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, At("Pacific/Apia", "2011-12-01T09:00")))
            .Do(new Sign(At("Pacific/Apia", "2011-12-01T10:00")))
            .Do(new Schedule(D("2011-12-05"), At("Pacific/Apia", "2011-12-01T11:00")))
            .Do(new StartStage(new StageKey("build"), At("Pacific/Apia", "2011-12-05T09:00")));
        engagement.Request(Scopes.Ask(Extra.Value, "Add a page", 8m, At("Pacific/Apia", "2011-12-15T09:00")))
            .Should().BeOfType<ScopeDecision.OutOfScope>();

        engagement.Do(new ProposeChangeOrder(Extra, At("Pacific/Apia", "2011-12-15T10:00")));

        var order = engagement.State.Scope.FindChangeOrder(Extra)!;
        order.ExpiresAt.Should().Be(I("2011-12-30T10:00:00Z"));
        order.StatusAt(At("Pacific/Apia", "2011-12-29T23:59")).Should().Be(ChangeOrderStatus.Proposed);
        order.StatusAt(At("Pacific/Apia", "2011-12-31T00:00")).Should().Be(ChangeOrderStatus.Expired);
    }

    private static readonly BusinessCalendar Apia = BusinessCalendar.MondayToFriday(Zone("Pacific/Apia"));

    [Fact]
    public void A_date_the_clocks_skipped_is_not_a_business_day_and_business_day_maths_steps_over_it()
    {
        // Apia, Monday to Friday: Friday 30 December 2011 never happened, so Thursday 29 is followed by Monday 2 January.
        Apia.IsBusinessDay(D("2011-12-30")).Should().BeFalse();
        Apia.IsBusinessDay(D("2011-12-29")).Should().BeTrue();
        Apia.AddBusinessDays(D("2011-12-29"), 1).Should().Be(D("2012-01-02"));
        Apia.NextBusinessDay(D("2011-12-29")).Should().Be(D("2012-01-02"));
        Apia.PreviousBusinessDay(D("2012-01-02")).Should().Be(D("2011-12-29"));

        // From Friday 23 December to Friday 6 January: 26-29 December and 2-6 January, nine business days, not ten.
        Apia.BusinessDaysBetween(D("2011-12-23"), D("2012-01-06")).Should().Be(9);
        Apia.AddBusinessDays(D("2011-12-23"), 9).Should().Be(D("2012-01-06"));
        Apia.DaysOff(new DateInterval(D("2011-12-26"), D("2012-01-06"))).Select(d => d.ToString())
            .Should().Equal("2011-12-30 No such date in Pacific/Apia: its clocks skipped it");

        // The same calendar in a zone that did not jump works that Friday.
        BusinessCalendar.MondayToFriday(Zone("Pacific/Pago_Pago")).IsBusinessDay(D("2011-12-30")).Should().BeTrue();
    }

    [Fact]
    public void Kiritimati_skipped_saturday_31_december_1994_so_a_saturday_only_calendar_works_the_next_saturday()
    {
        // 1994-12-31T10:00Z: from 30 December 24:00 at UTC-10 to 1 January 1995 00:00 at UTC+14.
        var saturdays = TimeRules.Weekly("Pacific/Kiritimati", IsoDayOfWeek.Saturday, TimeRules.Hours(9, 0, 13, 0));

        saturdays.IsBusinessDay(D("1994-12-31")).Should().BeFalse();
        saturdays.AddBusinessDays(D("1994-12-24"), 1).Should().Be(D("1995-01-07"));
        saturdays.BusinessDaysBetween(D("1994-12-24"), D("1995-01-07")).Should().Be(1);
        saturdays.DaysOff(new DateInterval(D("1994-12-01"), D("1995-01-31"))).Select(d => d.Date).Should().Equal(D("1994-12-31"));

        // Four hours from Saturday 24 December 09:00 (UTC-10, 19:00Z) use that day up; one more is 10:00 on 7 January (UTC+14).
        saturdays.AddWorkingTime(I("1994-12-24T19:00:00Z"), Duration.FromHours(5)).Should().Be(I("1995-01-06T20:00:00Z"));
    }

    [Fact]
    public void Working_time_across_the_skipped_date_neither_crashes_nor_counts_a_day_that_never_was()
    {
        // Thursday 29 December 16:00 at UTC-10 is 02:00Z on the 30th: an hour that day, then Monday 2 January,
        // 09:00 at UTC+14 (19:00Z on the 1st), one more.
        Apia.AddWorkingTime(I("2011-12-30T02:00:00Z"), Duration.FromHours(2)).Should().Be(I("2012-01-01T20:00:00Z"));
        Apia.WorkingTimeBetween(I("2011-12-30T02:00:00Z"), I("2012-01-01T20:00:00Z")).Should().Be(Duration.FromHours(2));
        Apia.IsWorkingTime(I("2011-12-30T10:00:00Z")).Should().BeFalse("the clocks jumped to Saturday 31 December 00:00");

        // The skipped date begins and ends at the instant of the jump.
        Apia.StartOfWorkingDay(D("2011-12-30")).Should().Be(I("2011-12-30T10:00:00Z"));
        Apia.EndOfWorkingDay(D("2011-12-30")).Should().Be(I("2011-12-30T10:00:00Z"));
    }

    [Fact]
    public void A_stage_spanning_the_skipped_date_gets_all_its_business_days()
    {
        // Five business days from Monday 26 December 2011: 26, 27, 28, 29 December and Monday 2 January, due at
        // 17:00 on 2 January at UTC+14, 03:00Z.
        var agreement = new AgreementBuilder(new AgreementId("apia-site"), "A site for a Samoan cafe")
            .WithProvider("Studio", Apia)
            .WithClient("Cafe", Apia)
            .AddStage("build", "Build", PartyRole.Provider, 5)
            .Build();

        var stage = Scheduler.Plan(agreement, AgreementStatus.Signed, D("2011-12-26")).Value.Stages.Single();

        stage.Start.Should().Be(D("2011-12-26"));
        stage.Due.Should().Be(D("2012-01-02"));
        stage.DueAt.Should().Be(I("2012-01-02T03:00:00Z"));
    }

    [Fact]
    public void A_handoff_into_apia_on_the_eve_of_the_skipped_date_starts_the_next_stage_on_monday_and_counts_its_ball_time_from_there()
    {
        // The studio in Pago Pago (UTC-11, which did not jump) hands off on Thursday 29 December 2011 at 17:00, 04:00Z on
        // the 30th: 18:00 on Thursday in Apia. The cafe's next business day there is Monday 2 January, so its one-day
        // review is due at 17:00 that Monday (UTC+14, 03:00Z). The ball is its from the start of that stage's first
        // working day, Monday 09:00 (19:00Z on the 1st), so up to Tuesday 3 January 17:00 (03:00Z) it has held it for
        // Monday and Tuesday: 2 business days, 32 hours on the clock.
        var draft = new StageKey("draft");
        var agreement = new AgreementBuilder(new AgreementId("apia-site"), "A site for a Samoan cafe")
            .WithProvider("Studio", BusinessCalendar.MondayToFriday(Zone("Pacific/Pago_Pago")))
            .WithClient("Cafe", Apia)
            .AddStage(draft, "Draft", PartyRole.Provider, 1)
            .AddStage("review", "Review", PartyRole.Client, 1)
            .Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, At("Pacific/Pago_Pago", "2011-12-27T09:00")))
            .Do(new Sign(At("Pacific/Pago_Pago", "2011-12-27T10:00")))
            .Do(new Schedule(D("2011-12-29"), At("Pacific/Pago_Pago", "2011-12-27T11:00")))
            .Do(new StartStage(draft, At("Pacific/Pago_Pago", "2011-12-29T09:00")))
            .Do(new HandOff(draft, At("Pacific/Pago_Pago", "2011-12-29T17:00")));

        var review = engagement.State.Plan!.Stages[1];
        review.Start.Should().Be(D("2012-01-02"));
        review.Due.Should().Be(D("2012-01-02"));
        review.DueAt.Should().Be(I("2012-01-02T03:00:00Z"));
        engagement.State.Ball!.DueBy.Should().Be(D("2012-01-02"));
        engagement.State.Ball!.Since.Should().Be(I("2012-01-01T19:00:00Z"));
        var held = engagement.State.BallTimeOf(PartyRole.Client, I("2012-01-03T03:00:00Z"));
        held.Should().Be(new BallTime(Duration.FromHours(32), 2));
        held.ToString().Should().Be("2 business days (1 day 08:00 elapsed)");
    }
}
