namespace ClientBoundaries.Documents;

/// <summary>
/// The name of every text the documents use. Each translation table has an entry for each key,
/// with the same placeholders as the English one; a test fails when one is missing.
/// </summary>
internal enum TextKey
{
    // Formats and counted words, shared by every document.
    DatePattern,
    DateWithWeekdayPattern,
    DateAtTime,
    BusinessDayOne,
    BusinessDaysMany,
    DayOne,
    DaysMany,
    HourOne,
    HoursMany,
    MinuteOne,
    MinutesMany,
    ProviderWord,
    ClientWord,
    Deposit,
    PaymentAfterStage,
    FinalPayment,

    // The timeline: the Mermaid chart and the SVG.
    TimelineTitle,
    TimelinePlan,
    TimelineActual,
    TimelineOnHold,
    TimelineHoldsBall,
    TimelineToday,

    // The calendar export.
    CalendarStageSummary,
    CalendarHandoffSummary,
    CalendarHandoffDescription,
    CalendarPaymentSummary,
    CalendarCheckInSummary,
    CalendarMeetingSummary,
    CalendarMeetingAgenda,
    CalendarReminder,
    CalendarTasksOf,
    CalendarHandsOver,
    CalendarHandoffAfter,
    CalendarNextStage,
    CalendarAnotherAppointmentFollows,
    CalendarWrapUpCue,

    // The one-pager.

    // The status report.
}
