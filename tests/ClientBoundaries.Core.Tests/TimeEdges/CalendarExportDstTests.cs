using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// The calendar export of plans whose handoffs fall on the nights the clocks change (rule R17 of
/// <see cref="TimeRules"/>): a handoff is written as the local time in the sender's zone with its TZID, or
/// in UTC when it is the second pass of a repeated time (RFC 5545 reads a repeated local time as its first
/// occurrence); every zone used gets a VTIMEZONE whose observances start at the zone's real transitions,
/// midnight ones included; stages are whole days in their owner's calendar. Read back with
/// <see cref="ICalendarReader"/>.
/// </summary>
public class CalendarExportDstTests
{
    private static readonly Instant Stamp = I("2025-10-01T12:00:00Z");

    private static (Dictionary<string, ICalendarComponent> Events, Dictionary<string, ICalendarComponent> Zones) Export(BusinessCalendar provider, BusinessCalendar client, string start)
    {
        var agreement = ThreeStages(provider, client).Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.Signed, D(start)).Value;
        var calendar = ICalendarReader.Parse(CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp));
        return (calendar.All("VEVENT").ToDictionary(e => e["UID"].Value), calendar.All("VTIMEZONE").ToDictionary(z => z["TZID"].Value));
    }

    private static (string? Zone, string Value) Start(ICalendarComponent entry) => (entry["DTSTART"].Parameter("TZID"), entry["DTSTART"].Value);

    private static List<(string Kind, string Start, string From, string To, string Name)> Observances(ICalendarComponent zone) =>
        zone.Components.Select(o => (o.Name, o["DTSTART"].Value, o["TZOFFSETFROM"].Value, o["TZOFFSETTO"].Value, o["TZNAME"].Text)).ToList();

    [Fact]
    public void A_handoff_at_the_first_of_two_midnights_is_written_in_local_time_with_havanas_midnight_transitions()
    {
        // The Havana client's Saturday 1 November 2025 ends at the first Sunday 00:00 (CDT, 04:00Z): local 00:00, which RFC
        // 5545 reads as its first occurrence, so the TZID form keeps the instant. Havana went to CDT at 00:00 CST on
        // 9 March 2025 and back at 01:00 CDT on 2 November 2025.
        var (events, zones) = Export(TestSupport.Calendars.Madrid(), Weekly("America/Havana", IsoDayOfWeek.Saturday, Hours(18, 0, 0, 0)), "2025-10-31");

        Start(events["edge-job/handoff/answer@clientboundaries"]).Should().Be(("America/Havana", "20251102T000000"));
        Start(events["edge-job/handoff/brief@clientboundaries"]).Should().Be(("Europe/Madrid", "20251031T180000"));
        Start(events["edge-job/stage/answer@clientboundaries"]).Should().Be((null, "20251101"));
        Observances(zones["America/Havana"]).Should().Equal(
            ("DAYLIGHT", "20250309T000000", "-0500", "-0400", "CDT"),
            ("STANDARD", "20251102T010000", "-0400", "-0500", "CST"));
    }

    [Fact]
    public void A_handoff_after_santiagos_skipped_midnight_is_written_in_summer_time_with_both_midnight_transitions()
    {
        // The Santiago client's answer on Sunday 6 September 2026 is handed back at 04:00 -03 (07:00Z). Santiago's clocks went
        // back from 00:00 -03 to 23:00 -04 on 5 April and forward from 00:00 -04 to 01:00 -03 on 6 September.
        var (events, zones) = Export(TestSupport.Calendars.Madrid(), Weekly("America/Santiago", IsoDayOfWeek.Sunday, Hours(0, 0, 4, 0)), "2026-09-04");

        Start(events["edge-job/handoff/answer@clientboundaries"]).Should().Be(("America/Santiago", "20260906T040000"));
        Start(events["edge-job/stage/answer@clientboundaries"]).Should().Be((null, "20260906"));
        events["edge-job/stage/answer@clientboundaries"]["DTEND"].Value.Should().Be("20260907");
        Observances(zones["America/Santiago"]).Should().Equal(
            ("STANDARD", "20260405T000000", "-0300", "-0400", "-04"),
            ("DAYLIGHT", "20260906T000000", "-0400", "-0300", "-03"));
    }

    [Fact]
    public void A_handoff_at_the_second_pass_of_madrids_repeated_hour_is_written_in_utc()
    {
        // A studio working Sundays 00:00-02:30 in Madrid: on 25 October 2026 its day ends at the second 02:30 (CET, 01:30Z),
        // which the TZID form would read as the first (00:30Z), an hour early.
        var (events, zones) = Export(Weekly("Europe/Madrid", IsoDayOfWeek.Sunday, Hours(0, 0, 2, 30)), TestSupport.Calendars.Madrid(), "2026-10-25");

        Start(events["edge-job/handoff/brief@clientboundaries"]).Should().Be((null, "20261025T013000Z"));
        Observances(zones["Europe/Madrid"]).Should().Contain(("STANDARD", "20261025T030000", "+0200", "+0100", "CET"));
    }
}
