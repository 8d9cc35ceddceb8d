using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Ical.Net.CalendarComponents;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.ExportedCalendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// The calendar export of plans whose handoffs fall on the nights the clocks change (rule R17 of
/// <see cref="TimeRules"/>): a handoff is written as the local time in the sender's zone with its TZID, or
/// in UTC when it is the second pass of a repeated time (RFC 5545 reads a repeated local time as its first
/// occurrence); every zone used gets a VTIMEZONE whose observances start at the zone's real transitions,
/// midnight ones included; stages are whole days in their owner's calendar. Read back with
/// Ical.Net (<see cref="ExportedCalendar"/>), which places each on the time line from its TZID.
/// </summary>
public class CalendarExportDstTests
{
    private static readonly Instant Stamp = I("2025-10-01T12:00:00Z");

    private static (Dictionary<string, IcalEvent> Events, Dictionary<string, VTimeZone> Zones) Export(BusinessCalendar provider, BusinessCalendar client, string start)
    {
        var agreement = ThreeStages(provider, client).Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.Signed, D(start)).Value;
        var calendar = ExportedCalendar.Load(CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp));
        return (calendar.Events.ToDictionary(e => e.Uid!), calendar.TimeZones.ToDictionary(z => z.TzId!));
    }

    private static LocalDateTime L(string isoLocal) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(isoLocal).Value;

    [Fact]
    public void A_handoff_at_the_first_of_two_midnights_is_written_in_local_time_with_havanas_midnight_transitions()
    {
        // The Havana client's Saturday 1 November 2025 ends at the first Sunday 00:00 (CDT, 04:00Z): local 00:00, which RFC
        // 5545 reads as its first occurrence, so the TZID form keeps the instant. Havana went to CDT at 00:00 CST on
        // 9 March 2025 and back at 01:00 CDT on 2 November 2025.
        var (events, zones) = Export(TestSupport.Calendars.Madrid(), Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2025-10-31");

        var answer = events["edge-job/handoff/answer@clientboundaries"].Start;
        Timed(answer).Should().Be(("America/Havana", L("2025-11-02T00:00")));
        Moment(answer).Should().Be(I("2025-11-02T04:00:00Z"), "a calendar reads the repeated midnight as its first pass");
        Timed(events["edge-job/handoff/brief@clientboundaries"].Start).Should().Be(("Europe/Madrid", L("2025-10-31T18:00")));
        Day(events["edge-job/stage/answer@clientboundaries"].Start).Should().Be(D("2025-11-01"));
        Observances(zones["America/Havana"]).Should().Equal(
            ("DAYLIGHT", L("2025-03-09T00:00"), Offset.FromHours(-5), Offset.FromHours(-4), "CDT"),
            ("STANDARD", L("2025-11-02T01:00"), Offset.FromHours(-4), Offset.FromHours(-5), "CST"));
    }

    [Fact]
    public void A_handoff_after_santiagos_skipped_midnight_is_written_in_summer_time_with_both_midnight_transitions()
    {
        // The Santiago client's answer on Sunday 6 September 2026 is handed back at 04:00 -03 (07:00Z). Santiago's clocks went
        // back from 00:00 -03 to 23:00 -04 on 5 April and forward from 00:00 -04 to 01:00 -03 on 6 September.
        var (events, zones) = Export(TestSupport.Calendars.Madrid(), Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)), "2026-09-04");

        var answer = events["edge-job/handoff/answer@clientboundaries"].Start;
        Timed(answer).Should().Be(("America/Santiago", L("2026-09-06T04:00")));
        Moment(answer).Should().Be(I("2026-09-06T07:00:00Z"));
        Day(events["edge-job/stage/answer@clientboundaries"].Start).Should().Be(D("2026-09-06"));
        Day(events["edge-job/stage/answer@clientboundaries"].DtEnd).Should().Be(D("2026-09-07"));
        Observances(zones["America/Santiago"]).Should().Equal(
            ("STANDARD", L("2026-04-05T00:00"), Offset.FromHours(-3), Offset.FromHours(-4), "-04"),
            ("DAYLIGHT", L("2026-09-06T00:00"), Offset.FromHours(-4), Offset.FromHours(-3), "-03"));
    }

    [Fact]
    public void A_handoff_at_the_second_pass_of_madrids_repeated_hour_is_written_in_utc()
    {
        // A studio working Sundays 00:00-02:30 in Madrid: on 25 October 2026 its day ends at the second 02:30 (CET, 01:30Z),
        // which the TZID form would read as the first (00:30Z), an hour early.
        var (events, zones) = Export(Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, Hours(0, 0, 2, 30)), TestSupport.Calendars.Madrid(), "2026-10-25");

        var brief = events["edge-job/handoff/brief@clientboundaries"].Start;
        brief!.IsUtc.Should().BeTrue();
        Timed(brief).Should().Be(("UTC", L("2026-10-25T01:30")));
        Moment(brief).Should().Be(I("2026-10-25T01:30:00Z"));
        Observances(zones["Europe/Madrid"]).Should().Contain(("STANDARD", L("2026-10-25T03:00"), Offset.FromHours(2), Offset.FromHours(1), "CET"));
    }
}
