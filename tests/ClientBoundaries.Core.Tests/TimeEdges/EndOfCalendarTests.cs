using System;
using ClientBoundaries.Engagements;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// The last day NodaTime knows, Friday 31 December 9999, seen from zones far ahead of UTC and far behind it (rules R4, R5,
/// R6 and R13 of <see cref="TimeRules"/>). <see cref="Instant.MaxValue"/> is the end of that day in UTC: Kiritimati
/// (UTC+14) is in the year 10000 for its last fourteen hours, and Pago Pago (UTC-11) has eleven hours of that day left.
/// </summary>
public class EndOfCalendarTests
{
    [Fact]
    public void A_zone_ahead_of_UTC_has_no_date_for_the_last_hours_of_9999_and_says_so()
    {
        var kiritimati = Weekdays("Pacific/Kiritimati", Hours(9, 0, 17, 0));

        // 09:59:59Z is 23:59:59 on 31 December in UTC+14; from 10:00Z it would be 1 January 10000.
        kiritimati.ToLocalDate(I("9999-12-31T09:59:59Z")).Should().Be(D("9999-12-31"));
        var tooLate = () => kiritimati.ToLocalDate(I("9999-12-31T10:00:00Z"));

        tooLate.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant")
            .WithMessage("In Pacific/Kiritimati the instant 9999-12-31T10:00:00Z falls after the year 9999, past the last date the library can work with.*");
        Weekdays("Pacific/Pago_Pago", Hours(9, 0, 17, 0)).ToLocalDate(Instant.MaxValue).Should().Be(D("9999-12-31"), "UTC-11 is still on 31 December at the last instant");
    }

    [Fact]
    public void In_a_zone_behind_UTC_a_working_day_that_would_begin_after_the_last_instant_never_begins_and_nothing_throws()
    {
        // UTC-11: 14:00 on 31 December 9999 is 01:00Z on 1 January 10000, after the last instant; the day before, 14:00 is 01:00Z on the 31st.
        var pagoPago = EveryDay("Pacific/Pago_Pago", Hours(14, 0, 18, 0));

        pagoPago.StartOfWorkingDay(D("9999-12-30")).Should().Be(I("9999-12-31T01:00:00Z"));
        pagoPago.StartOfWorkingDay(D("9999-12-31")).Should().Be(Instant.MaxValue);
        pagoPago.EndOfWorkingDay(D("9999-12-31")).Should().Be(Instant.MaxValue);
        pagoPago.IsWorkingTime(I("9999-12-31T02:00:00Z")).Should().BeTrue("15:00 on 30 December is working time");
        pagoPago.IsWorkingTime(Instant.MaxValue).Should().BeFalse("it is 12:59 on 31 December there, before hours that never come");
    }

    [Fact]
    public void Assessing_at_an_instant_a_party_has_no_date_for_is_an_error_that_names_now()
    {
        var agreement = ThreeStages(Weekdays("Pacific/Kiritimati", Hours(9, 0, 17, 0)), Weekdays("Pacific/Pago_Pago", Hours(9, 0, 17, 0))).Build();
        var state = Scheduled(agreement, D("2026-03-02"), I("2026-02-20T00:00:00Z")).State;

        Assessor.Assess(state, I("9999-12-31T09:59:59Z")).At.Should().Be(I("9999-12-31T09:59:59Z"));
        var tooLate = () => Assessor.Assess(state, I("9999-12-31T10:00:00Z"));

        tooLate.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("now")
            .WithMessage("The instant 9999-12-31T10:00:00Z falls after the year 9999 in a party's time zone, past the last date the library can work with.*");
    }

    [Fact]
    public void A_handoff_at_an_instant_the_receiver_has_no_date_for_is_refused_not_thrown()
    {
        // The provider in Pago Pago hands the brief to a client in Kiritimati at 12:00Z on 31 December 9999: 01:00 on 31
        // December for the provider, the year 10000 for the client.
        var agreement = ThreeStages(Weekdays("Pacific/Pago_Pago", Hours(0, 0, 0, 0)), Weekdays("Pacific/Kiritimati", Hours(9, 0, 17, 0))).Build();
        var started = Scheduled(agreement, D("2026-03-02"), I("2026-02-20T00:00:00Z"))
            .Do(new StartStage(Brief, I("2026-03-02T20:00:00Z")));

        var decision = EngagementDecider.Decide(started.State, new HandOff(Brief, I("9999-12-31T12:00:00Z")));

        decision.Violations.Should().ContainSingle().Which.Code.Should().Be("engagement.beyond-supported-dates");
        decision.Events.Should().BeEmpty();
    }
}
