using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// The inventory of every rule in ClientBoundaries.Core that turns a local date or time of day into an instant
/// or back, with the tests that cover each on both sides of the clock (a DST gap and a DST overlap, and where it
/// applies a date skipped entirely); and the calendars those tests arrange with.
/// </summary>
/// <remarks>
/// <para><b>How a local time becomes an instant</b> (<c>BusinessCalendar</c>'s remarks): a working range runs from the
/// first occurrence of its start to the last occurrence of its end; a start or end the clocks skip is taken at the
/// end of the skipped span; 24:00 is the first instant of the next date, the first of two midnights when midnight
/// happens twice; a date the zone skipped entirely is no business day. Dates read back from an end-of-day instant
/// are read from the instant just before it.</para>
/// <list type="table">
/// <listheader><term>rule</term><description>what it converts, and the tests (gap / overlap)</description></listheader>
/// <item><term>R1 <c>BusinessCalendar.IsWorkingTime</c></term><description>instant to the party's date and the working
/// ranges (as instants) of that date and the dates either side. <see cref="WorkingTimeDstTests"/> (table rows for the
/// gaps of Madrid, New York, Havana, Santiago, Cairo, the Azores, Lord Howe; ranges starting or ending in the repeated
/// hour), <see cref="TimeZoneLawTests"/>, <see cref="ContactHoursDstTests"/>.</description></item>
/// <item><term>R2 <c>BusinessCalendar.AddWorkingTime</c></term><description>working ranges of each business day to
/// instants, walked with a cursor. <see cref="WorkingTimeDstTests"/>, <see cref="ContactHoursDstTests"/>,
/// <see cref="TimeZoneLawTests"/>, <see cref="SkippedDateTests"/>, <see cref="OneWorkingDayWeekTests"/>,
/// <see cref="LeapDayAndYearEndTests"/>.</description></item>
/// <item><term>R3 <c>BusinessCalendar.WorkingTimeBetween</c> (internal)</term><description>the same ranges, each instant
/// counted once: <c>ReplyTiming.LateByBusinessTime</c>. <see cref="WorkingTimeDstTests"/>, <see cref="ContactHoursDstTests"/>,
/// <see cref="MidnightEndTests"/>, <see cref="TimeZoneLawTests"/>.</description></item>
/// <item><term>R4 <c>BusinessCalendar.StartOfWorkingDay</c> (internal)</term><description>a date to the start of its
/// first range (its first instant on a day off): thresholds (<c>Obligation.ReachedAt</c>), the receiver's first day after
/// a handoff (<c>Scheduler.FirstBusinessDayStartingAtOrAfter</c>), the ball's <c>Since</c>, business days late and held,
/// the follow-up feedback moment, the follow-through listing, check-ins on hold. <see cref="WorkingTimeDstTests"/>,
/// <see cref="SchedulerDstTests"/>, <see cref="AssessorDstTests"/>, <see cref="CommunicationAgendaDstTests"/>,
/// <see cref="TimeZoneLawTests"/>.</description></item>
/// <item><term>R5 <c>BusinessCalendar.EndOfWorkingDay</c> and <c>StartOfDay</c> (internal)</term><description>a date
/// to the end of its last range, or to the first instant of the next date: stage due instants, plan handoffs, a
/// handoff's <c>dueBy</c>, recap, feedback and follow-through due, a missed check-in, a reply moved by force majeure.
/// <see cref="WorkingTimeDstTests"/>, <see cref="SchedulerDstTests"/>, <see cref="HandoffDstTests"/>,
/// <see cref="MeetingDstTests"/>, <see cref="CommunicationAgendaDstTests"/>, <see cref="MidnightEndTests"/>,
/// <see cref="TimeZoneLawTests"/>.</description></item>
/// <item><term>R6 <c>BusinessCalendar.ToLocalDate</c></term><description>an instant to a party's date: a plan's start
/// (first owner), a handoff's due date (receiver), a check-in or incident date (provider), finish and invoice dates.
/// <see cref="HandoffDstTests"/>, <see cref="CommunicationAgendaDstTests"/>, <see cref="PaymentDueDstTests"/>,
/// <see cref="FarApartZonesTests"/>.</description></item>
/// <item><term>R7 business-day maths</term><description><c>IsBusinessDay</c>, <c>AddBusinessDays</c>,
/// <c>BusinessDaysBetween</c>, <c>Next/PreviousBusinessDay</c>, <c>DaysOff</c>: dates only, but a date the zone skipped
/// entirely is a day off, and a day whose hours are all skipped stays a business day with no working time.
/// <see cref="SkippedDateTests"/>, <see cref="WorkingTimeDstTests"/>, <see cref="LeapDayAndYearEndTests"/>,
/// <see cref="HolidayOnClosureTests"/>, <see cref="OneWorkingDayWeekTests"/>, <see cref="TimeZoneLawTests"/>.</description></item>
/// <item><term>R8 <c>ContactHours</c></term><description><c>IsOpen</c>, <c>ReplyDueBy</c>, <c>TimingOf</c>: R1-R3 over
/// the contact windows. <see cref="ContactHoursDstTests"/>, <see cref="FarApartZonesTests"/>,
/// <see cref="OneWorkingDayWeekTests"/>.</description></item>
/// <item><term>R9 <c>Meeting</c>, <c>HeldMeeting</c></term><description>start, end, wrap-up cue and <c>CueAt</c> in real
/// elapsed time; the recap due by R5. <see cref="MeetingDstTests"/>, <see cref="FarApartZonesTests"/>.</description></item>
/// <item><term>R10 <c>CheckInCadence</c></term><description>dates of the cadence; a check-in missed from R5 of its day.
/// <see cref="CommunicationAgendaDstTests"/>, <see cref="LeapDayAndYearEndTests"/>, <see cref="OneWorkingDayWeekTests"/>.</description></item>
/// <item><term>R11 <c>FeedbackPolicy</c></term><description>the follow-up moment (R4 of its day) and each request's due
/// instant (R5). <see cref="CommunicationAgendaDstTests"/>.</description></item>
/// <item><term>R12 <c>HandOff</c> <c>dueBy</c></term><description>refused before the receiver's date (R6); due at R5 of
/// the receiver. <see cref="HandoffDstTests"/>, <see cref="FarApartZonesTests"/>.</description></item>
/// <item><term>R13 <c>Assessor</c></term><description>thresholds (R4), overdue after the due instant (R5), business days
/// late. <see cref="AssessorDstTests"/>, <see cref="FarApartZonesTests"/>, <see cref="OneWorkingDayWeekTests"/>.</description></item>
/// <item><term>R14 <c>Scheduler</c></term><description>plan dates, due instants, handoffs, the next stage's first day.
/// <see cref="SchedulerDstTests"/>, <see cref="FarApartZonesTests"/>, <see cref="SkippedDateTests"/>,
/// <see cref="LeapDayAndYearEndTests"/>, <see cref="OneWorkingDayWeekTests"/>.</description></item>
/// <item><term>R15 change-order expiry</term><description>the first instant of the day after the last valid day, in the
/// provider's zone. <see cref="ChangeOrderExpiryDstTests"/>, <see cref="SkippedDateTests"/>.</description></item>
/// <item><term>R16 <c>EngagementState.BallTimeOf</c></term><description>elapsed time and business days held (R4, R6).
/// <see cref="AssessorDstTests"/>, <see cref="FarApartZonesTests"/>, <see cref="SkippedDateTests"/>.</description></item>
/// <item><term>R17 <c>CalendarExport</c>, <c>ICalendarWriter</c></term><description>local times with a TZID (the second
/// pass of a repeated time in UTC), VTIMEZONE observances from the zone's transitions, whole-day dates.
/// <see cref="CalendarExportDstTests"/>, <see cref="MeetingDstTests"/>, <see cref="FarApartZonesTests"/>.</description></item>
/// <item><term>R18 incident follow-through</term><description>due at R5 of its day, listed from R4 of that day.
/// <see cref="CommunicationAgendaDstTests"/>, <see cref="MidnightEndTests"/>.</description></item>
/// <item><term>R19 replies in the engagement</term><description>the reply's day (the date of the instant before its due
/// instant), its due instant moved only by force majeure (R5). <see cref="CommunicationAgendaDstTests"/>,
/// <see cref="MidnightEndTests"/>.</description></item>
/// <item><term>R20 payment due dates</term><description>the client's date of the invoice instant plus calendar days, on its
/// next business day, due at R5. <see cref="PaymentDueDstTests"/>.</description></item>
/// </list>
/// <para>Local times written for people (<c>Explanation.Moment</c>, the phrasebooks, the timeline, the status report)
/// only display an instant in a zone and decide nothing; they are not in the inventory.</para>
/// </remarks>
internal static class TimeRules
{
    /// <summary>00:00-24:00.</summary>
    public static readonly TimeOfDayRange WholeDay = new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>A range from whole hours and minutes; an end of 24:00 is written 0, 0.</summary>
    public static TimeOfDayRange Hours(int startHour, int startMinute, int endHour, int endMinute) =>
        TimeOfDayRange.Of(startHour, startMinute, endHour, endMinute);

    /// <summary>A calendar that works one day a week, with these hours, and no holidays.</summary>
    public static BusinessCalendar Weekly(string zone, IsoDayOfWeek day, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.Of(new[] { day }, hours));

    /// <summary>A calendar that works every day of the week, with these hours, and no holidays.</summary>
    public static BusinessCalendar EveryDay(string zone, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.Of(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d), hours));

    /// <summary>A calendar that works Monday to Friday, with these hours, and no holidays.</summary>
    public static BusinessCalendar Weekdays(string zone, params TimeOfDayRange[] hours) =>
        new(Zone(zone), WorkingWeek.MondayToFriday(hours));

    public static readonly StageKey Brief = new("brief");
    public static readonly StageKey Answer = new("answer");
    public static readonly StageKey Deliver = new("deliver");

    /// <summary>
    /// Three one-day stages: the provider's brief, the client's answer, the provider's delivery; the client's
    /// default consequence ladder of the docs (<see cref="Policies.ClientStages"/>: a reminder 2 business days
    /// before, a firm one on the due date, escalation at 5, pause at 15), no payment terms.
    /// </summary>
    public static AgreementBuilder ThreeStages(BusinessCalendar provider, BusinessCalendar client) =>
        new AgreementBuilder(new AgreementId("edge-job"), "A job across the clock changes")
            .WithProvider("Studio", provider)
            .WithClient("Client", client)
            .AddStage(Brief, "Brief", PartyRole.Provider, 1, s => s.HandsOver("The brief"))
            .AddStage(Answer, "Answer", PartyRole.Client, 1, s => s.HandsOver("The answers"))
            .AddStage(Deliver, "Deliver", PartyRole.Provider, 1, s => s.HandsOver("The work"))
            .WithConsequencePolicy(PartyRole.Client, Policies.Client());

    /// <summary>The engagement proposed, signed and scheduled from <paramref name="start"/>, all at <paramref name="at"/>.</summary>
    public static EngagementDriver Scheduled(Agreement agreement, LocalDate start, Instant at) =>
        new EngagementDriver()
            .Do(new Propose(agreement, at))
            .Do(new Sign(at))
            .Do(new Schedule(start, at));
}
