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
/// The calendars the time-edge tests arrange with: a working week of any shape in any zone, in one line.
/// </summary>
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
