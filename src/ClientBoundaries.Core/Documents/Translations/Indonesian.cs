using System.Collections.Generic;

namespace ClientBoundaries.Documents.Translations;

/// <summary>
/// The Indonesian texts, in the polite, plain register of Indonesian business correspondence.
/// Words kept throughout: penyedia jasa, klien, tahap, tenggat, hari kerja, serah terima,
/// permintaan perubahan, penawaran perubahan, putaran revisi, jam bonus.
/// </summary>
internal static class Indonesian
{
    public static readonly IReadOnlyDictionary<TextKey, string> Texts = new Dictionary<TextKey, string>
    {
        { TextKey.DatePattern, "d MMMM uuuu" },
        { TextKey.DateWithWeekdayPattern, "dddd, d MMMM uuuu" },
        { TextKey.DateAtTime, "{0} pukul {1}" },
        { TextKey.BusinessDayOne, "{0} hari kerja" },
        { TextKey.BusinessDaysMany, "{0} hari kerja" },
        { TextKey.DayOne, "{0} hari" },
        { TextKey.DaysMany, "{0} hari" },
        { TextKey.HourOne, "{0} jam" },
        { TextKey.HoursMany, "{0} jam" },
        { TextKey.MinuteOne, "{0} menit" },
        { TextKey.MinutesMany, "{0} menit" },
        { TextKey.ProviderWord, "penyedia jasa" },
        { TextKey.ClientWord, "klien" },
        { TextKey.Deposit, "Uang muka" },
        { TextKey.PaymentAfterStage, "Pembayaran setelah \"{0}\"" },
        { TextKey.FinalPayment, "Pelunasan" },

        // The timeline.
        { TextKey.TimelineTitle, "{0}: linimasa" },
        { TextKey.TimelinePlan, "Rencana" },
        { TextKey.TimelineActual, "Realisasi" },
        { TextKey.TimelineOnHold, "Ditunda" },
        { TextKey.TimelineHoldsBall, "Giliran {0}" },
        { TextKey.TimelineToday, "Hari ini" },

        // The calendar export.
        { TextKey.CalendarStageSummary, "{0}, dikerjakan oleh {1}" },
        { TextKey.CalendarHandoffSummary, "{0} menyerahkan ke {1}" },
        { TextKey.CalendarHandoffDescription, "Setelah \"{0}\": {1}." },
        { TextKey.CalendarPaymentSummary, "{0} dari {1} jatuh tempo: {2}" },
        { TextKey.CalendarCheckInSummary, "Rapat rutin: {0} dan {1}" },
        { TextKey.CalendarMeetingSummary, "Rapat: {0}" },
        { TextKey.CalendarMeetingAgenda, "Agenda" },
        { TextKey.CalendarReminder, "Pengingat: {0}" },
        { TextKey.CalendarTasksOf, "Tugas {0}:" },
        { TextKey.CalendarHandsOver, "Diserahkan di akhir tahap: {0}" },
        { TextKey.CalendarHandoffAfter, "Setelah \"{0}\"." },
        { TextKey.CalendarNextStage, "Berikutnya: \"{0}\", dikerjakan oleh {1}, tenggat {2}." },
        { TextKey.CalendarAnotherAppointmentFollows, "Setelah ini ada janji lain, jadi rapat selesai tepat waktu." },
        { TextKey.CalendarWrapUpCue, "Tinggal {0}: saatnya membahas hal yang paling penting; yang belum sempat dibahas masuk ke pesan tindak lanjut." },

        // The one-pager.

        // The status report.
    };
}
