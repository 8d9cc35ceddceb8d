using System.Collections.Generic;

namespace ClientBoundaries.Documents.Translations;

/// <summary>The English texts: plain, friendly business English with British spelling.</summary>
internal static class English
{
    public static readonly IReadOnlyDictionary<TextKey, string> Texts = new Dictionary<TextKey, string>
    {
        { TextKey.DatePattern, "d MMMM uuuu" },
        { TextKey.DateWithWeekdayPattern, "dddd d MMMM uuuu" },
        { TextKey.DateAtTime, "{0} at {1}" },
        { TextKey.BusinessDayOne, "{0} business day" },
        { TextKey.BusinessDaysMany, "{0} business days" },
        { TextKey.DayOne, "{0} day" },
        { TextKey.DaysMany, "{0} days" },
        { TextKey.HourOne, "{0} hour" },
        { TextKey.HoursMany, "{0} hours" },
        { TextKey.MinuteOne, "{0} minute" },
        { TextKey.MinutesMany, "{0} minutes" },
        { TextKey.ProviderWord, "provider" },
        { TextKey.ClientWord, "client" },
        { TextKey.Deposit, "Deposit" },
        { TextKey.PaymentAfterStage, "Payment after \"{0}\"" },
        { TextKey.FinalPayment, "Final payment" },

        // The timeline.
        { TextKey.TimelineTitle, "{0}: timeline" },
        { TextKey.TimelinePlan, "Plan" },
        { TextKey.TimelineActual, "Actual" },
        { TextKey.TimelineOnHold, "On hold" },
        { TextKey.TimelineHoldsBall, "{0} holds the ball" },
        { TextKey.TimelineToday, "Today" },

        // The calendar export.
        { TextKey.CalendarStageSummary, "{0}, by {1}" },
        { TextKey.CalendarHandoffSummary, "{0} hands over to {1}" },
        { TextKey.CalendarHandoffDescription, "After \"{0}\": {1}." },
        { TextKey.CalendarPaymentSummary, "{0} due from {1}: {2}" },
        { TextKey.CalendarCheckInSummary, "Check-in: {0} and {1}" },
        { TextKey.CalendarMeetingSummary, "Meeting: {0}" },
        { TextKey.CalendarMeetingAgenda, "Agenda" },
        { TextKey.CalendarReminder, "Reminder: {0}" },
        { TextKey.CalendarTasksOf, "What {0} does:" },
        { TextKey.CalendarHandsOver, "Handed over at the end: {0}" },
        { TextKey.CalendarHandoffAfter, "After \"{0}\"." },
        { TextKey.CalendarNextStage, "Next: \"{0}\", by {1}, due {2}." },
        { TextKey.CalendarAnotherAppointmentFollows, "Another appointment follows, so the meeting ends on time." },
        { TextKey.CalendarWrapUpCue, "{0} left: time for the most important item; whatever is not covered goes into the follow-up message." },

        // The one-pager.

        // The status report.
    };
}
