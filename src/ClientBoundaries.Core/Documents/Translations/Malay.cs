using System.Collections.Generic;

namespace ClientBoundaries.Documents.Translations;

/// <summary>
/// The Malay texts, as written in Malaysian business correspondence. Words kept throughout:
/// penyedia perkhidmatan, pelanggan, peringkat, tarikh akhir, hari bekerja, serahan,
/// permintaan perubahan, sebut harga perubahan, pusingan semakan, jam ihsan.
/// </summary>
internal static class Malay
{
    public static readonly IReadOnlyDictionary<TextKey, string> Texts = new Dictionary<TextKey, string>
    {
        { TextKey.DatePattern, "d MMMM uuuu" },
        { TextKey.DateWithWeekdayPattern, "dddd, d MMMM uuuu" },
        { TextKey.DateAtTime, "{0} pukul {1}" },
        { TextKey.BusinessDayOne, "{0} hari bekerja" },
        { TextKey.BusinessDaysMany, "{0} hari bekerja" },
        { TextKey.DayOne, "{0} hari" },
        { TextKey.DaysMany, "{0} hari" },
        { TextKey.HourOne, "{0} jam" },
        { TextKey.HoursMany, "{0} jam" },
        { TextKey.MinuteOne, "{0} minit" },
        { TextKey.MinutesMany, "{0} minit" },
        { TextKey.ProviderWord, "penyedia perkhidmatan" },
        { TextKey.ClientWord, "pelanggan" },
        { TextKey.Deposit, "Deposit" },
        { TextKey.PaymentAfterStage, "Bayaran selepas \"{0}\"" },
        { TextKey.FinalPayment, "Bayaran akhir" },

        // The timeline.
        { TextKey.TimelineTitle, "{0}: garis masa" },
        { TextKey.TimelinePlan, "Rancangan" },
        { TextKey.TimelineActual, "Sebenar" },
        { TextKey.TimelineOnHold, "Ditangguhkan" },
        { TextKey.TimelineHoldsBall, "Giliran {0}" },
        { TextKey.TimelineToday, "Hari ini" },

        // The calendar export.
        { TextKey.CalendarStageSummary, "{0}, oleh {1}" },
        { TextKey.CalendarHandoffSummary, "{0} menyerahkan kepada {1}" },
        { TextKey.CalendarHandoffDescription, "Selepas \"{0}\": {1}." },
        { TextKey.CalendarPaymentSummary, "{0} daripada {1} perlu dibayar: {2}" },
        { TextKey.CalendarCheckInSummary, "Mesyuarat berkala: {0} dan {1}" },
        { TextKey.CalendarMeetingSummary, "Mesyuarat: {0}" },
        { TextKey.CalendarMeetingAgenda, "Agenda" },
        { TextKey.CalendarReminder, "Peringatan: {0}" },
        { TextKey.CalendarTasksOf, "Tugasan {0}:" },
        { TextKey.CalendarHandsOver, "Diserahkan pada akhir peringkat: {0}" },
        { TextKey.CalendarHandoffAfter, "Selepas \"{0}\"." },
        { TextKey.CalendarNextStage, "Seterusnya: \"{0}\", oleh {1}, tarikh akhir {2}." },
        { TextKey.CalendarAnotherAppointmentFollows, "Ada janji temu lain selepas ini, jadi mesyuarat akan tamat tepat pada masanya." },
        { TextKey.CalendarWrapUpCue, "Tinggal {0} lagi: masa untuk perkara yang paling penting; apa-apa yang tidak sempat dibincangkan akan dimasukkan ke dalam mesej susulan." },

        // The one-pager.

        // The status report.
    };
}
