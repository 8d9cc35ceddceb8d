using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The sentences of a running engagement that are not refusals: why a reminder or consequence is due, and what is open
/// in how the two sides talk.
/// </content>
internal static partial class EngineIndonesian
{
    /// <summary>Why a reminder or a consequence is due: who is late with what, by how much, and what follows.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Explanations()
    {
        yield return ("consequence.explanation", Explanation);
    }

    /// <summary>What is open in how the two sides talk, as a to-do for the provider.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> CommunicationToDos()
    {
        yield return ("communication.recap-owed", f =>
        {
            var client = f.Text("client");
            var message = $"Kirimkan ringkasan rapat \"{f.Text("topic")}\" tanggal {Moment(f, "startedAt")} kepada {client}{By(f, " ")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                var followUps = f.Texts("followUps");
                message += followUps.Count == 0
                    ? " Tuliskan hal-hal yang disepakati; semua butir agenda sudah dibahas."
                    : $" Tuliskan hal-hal yang disepakati, lalu cantumkan butir yang belum sempat dibahas sebagai tindak lanjut: {Listed(f, followUps, "\"")}.";
            }

            return message;
        });
        yield return ("communication.check-in-missed", f =>
        {
            var client = f.Text("client");
            var message = $"Rapat rutin tanggal {Day(f, "occurrence")} dengan {client} belum dicatat: adakan rapat susulan, atau catat rapat itu sebagai tidak terlaksana.";
            return f.Get<bool>("detailed")
                ? message + $" Rapat rutin diadakan {Cadence(f, f.Get<CheckInCadence>("cadence"))}; tawarkan waktu baru kepada {client}, lengkap dengan agendanya."
                : message;
        });
        yield return ("communication.feedback-due", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var about = point == FeedbackPoint.AfterOnboarding ? "tentang awal kerja sama"
                : point == FeedbackPoint.AtCompletion ? "tentang keseluruhan pekerjaan, karena proyek sudah selesai"
                : $"tentang hasil pekerjaan, {f.Words.Days(f.Get<int>("followUpDays"))} setelah proyek selesai";
            var message = $"Mintalah umpan balik dari {f.Text("client")} {about}{By(f, ", ")}." + Owed(f);
            return f.Get<bool>("detailed")
                ? message + " Tanyakan apa yang sudah berjalan baik, apa yang bisa lebih baik, dan apakah masih ada hal yang belum tuntas."
                : message;
        });
        yield return ("communication.follow-through-due", f =>
        {
            var client = f.Text("client");
            var message = $"Tindak lanjuti insiden \"{f.Text("whatHappened")}\" untuk {client}{By(f, " ")}: {f.Text("remedy")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                message += $" Dampaknya bagi {client}: {f.Text("impact")}."
                    + (f.Has("credit") ? $" Potongan harga sebesar {Amount(f, "credit")} termasuk dalam penyelesaian ini." : string.Empty);
            }

            return message;
        });
    }

    /// <summary>A to-do's deadline while it is still ahead: " paling lambat 3 Maret 2026 pukul 17.00" after <paramref name="lead"/>'s punctuation; nothing once it has passed (<see cref="Owed"/> says so).</summary>
    private static string By(FactReader f, string lead) => f.Has("late") ? string.Empty : $"{lead}paling lambat {Moment(f, "by")}";

    /// <summary>A to-do read after its deadline: " Tenggatnya, 3 Maret 2026 pukul 17.00, sudah lewat; kini sudah terlambat 2 hari kerja."; nothing before.</summary>
    private static string Owed(FactReader f)
    {
        if (!f.Has("late"))
        {
            return string.Empty;
        }

        var late = f.Get<int>("late");
        var by = Moment(f, "by");
        return late > 0 ? $" Tenggatnya, {by}, sudah lewat; kini sudah terlambat {f.Words.BusinessDays(late)}." : $" Tenggatnya, {by}, sudah lewat.";
    }

    /// <summary>
    /// Why a reminder or consequence is due, true on the day it is read: "hari ini" only on the due date, the lateness
    /// counted to that day (or to the day the count stopped), and the end a schedule shift leads to if the stage is
    /// delivered that day. The lateness is one sentence, what follows from it another.
    /// </summary>
    private static string Explanation(FactReader f)
    {
        var rule = f.Get<ConsequenceRule>("rule");
        var party = f.Text("party");
        var other = f.Text("other");
        var what = ObligationName(f);
        if (rule.Kind.IsReminder)
        {
            var tone = rule.Kind == ConsequenceKind.Reminder ? "Pengingat ramah" : "Pengingat tegas";
            return $"{tone} untuk {party}: {what} {DueWhen(f, party, reminder: true)}.";
        }

        var grace = f.Has("grace") ? $" (masa tenggang {f.Words.BusinessDays(f.Get<int>("grace"))} sudah berakhir)" : string.Empty;
        var lateness = $"{Phrasebook.Capitalised(what)} {DueWhen(f, party, reminder: false)}{grace}.";
        var comeBack = $"{party} siap melanjutkan proyek pada {Day(f, "cameBack")}, setelah pekerjaan dihentikan sementara karena {LateThing(f, what)} terlambat {f.Words.BusinessDays(f.Get<int>("threshold"))} atau lebih.";
        var sentence = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Escalation) => $"{lateness} Sesuai perjanjian, masalah ini diteruskan kepada {EscalationContact(f, party)}.",
            nameof(ConsequenceKind.ScheduleShift) => $"{lateness} {ShiftedDates(f)}.",
            nameof(ConsequenceKind.Pause) => $"{lateness} Sesuai perjanjian, pekerjaan dihentikan sementara sampai {party} siap melanjutkan.",
            nameof(ConsequenceKind.RestartLeadTime) => $"{comeBack} {other} memerlukan {f.Words.BusinessDays(f.Get<int>("leadTime"))} untuk melanjutkan pekerjaan"
                + (f.Has("nextStage") ? $", sehingga tahap \"{f.Text("nextStage")}\" paling cepat dimulai pada {Day(f, "nextStart")}" : string.Empty) + ".",
            nameof(ConsequenceKind.RestartFee) => $"{comeBack} Sesuai perjanjian, {party} dikenakan biaya memulai kembali pekerjaan sebesar {Amount(f, f.Optional<Money>("amountBeforeCap") ?? f.Optional<Money>("amount"))}, yang dibayarkan kepada {other}.",
            nameof(ConsequenceKind.LateFee) => $"{lateness} Sesuai perjanjian, {party} dikenakan denda keterlambatan sebesar {Charged(f, rule.Charge!, f.Get<ObligationKey>("obligation").Kind.IsPayment ? "nilai tagihan" : "harga tahap tersebut")}, yang dibayarkan kepada {other}.",
            nameof(ConsequenceKind.Credit) => $"{lateness} Sesuai perjanjian, {other} berhak atas potongan harga sebesar {Charged(f, rule.Charge!, "harga tahap tersebut")}.",
            _ => $"{lateness} Sesuai perjanjian, {other} kini berhak mengirim pemberitahuan pengakhiran perjanjian.",
        };
        if (!f.Has("cappedBy"))
        {
            return sentence;
        }

        var charge = rule.Kind == ConsequenceKind.Credit ? "potongan harga" : rule.Kind == ConsequenceKind.LateFee ? "denda" : "biaya";
        return sentence + $" Karena jumlah {charge} dibatasi paling banyak {Amount(f, "cap")} {CapName(f.Get<CapScope>("cappedBy"))}, {charge} ini menjadi {Amount(f, f.Optional<Money>("amount"))}.";
    }

    /// <summary>
    /// By when the obligation had to be done and how late the party is, seen from the day the sentence is read: "harus
    /// diserahkan paling lambat 10 Maret 2026, tinggal 3 hari kerja lagi", "harus diserahkan hari ini, 10 Maret 2026",
    /// "seharusnya dibayar paling lambat 10 Maret 2026 dan kini sudah lewat 2 hari kerja" (a reminder), "seharusnya
    /// diserahkan paling lambat 10 Maret 2026, dan Acme Bakery sudah terlambat 5 hari kerja", "... dan dibalas
    /// terlambat 3 hari kerja", "... dan Acme Bakery sudah terlambat 4 hari kerja saat proyek diakhiri".
    /// </summary>
    private static string DueWhen(FactReader f, string party, bool reminder)
    {
        var due = Day(f, "due");
        var today = f.Get<LocalDate>("today");
        var dueDate = f.Get<LocalDate>("due");
        var late = f.Get<int>("late");
        var done = Done(f);
        if (f.Has("fulfilledOn"))
        {
            return late > 0
                ? $"seharusnya {done} paling lambat {due}, tetapi {done} terlambat {f.Words.BusinessDays(late)}"
                : f.Get<LocalDate>("fulfilledOn") == dueDate ? $"harus {done} paling lambat {due} dan sudah {done} pada hari itu juga"
                : $"harus {done} paling lambat {due} dan sudah {done} pada {Day(f, "fulfilledOn")}";
        }

        var stopped = f.Optional<string>("stopped");
        if (late > 0)
        {
            var days = f.Words.BusinessDays(late);
            var overdue = reminder ? $"seharusnya {done} paling lambat {due} dan " : $"seharusnya {done} paling lambat {due}, dan {party} ";
            return stopped is null
                ? overdue + (reminder ? $"kini sudah terlambat {days}" : $"sudah terlambat {days}")
                : overdue + $"sudah terlambat {days} "
                    + (stopped == "hold" ? "saat pekerjaan dihentikan sementara"
                        : stopped == "sent-back" ? "saat tahap ini kembali menunggu tahap sebelumnya"
                        : "saat proyek diakhiri");
        }

        return today == dueDate ? $"harus {done} hari ini, {due}"
            : today > dueDate ? $"seharusnya {done} paling lambat {due}"
            : late < 0 && stopped is null ? $"harus {done} paling lambat {due}, tinggal {f.Words.BusinessDays(-late)} lagi"
            : $"harus {done} paling lambat {due}";
    }

    /// <summary>What was late, as the subject of "terlambat": a stage itself, the payment of an amount, the reply to a message.</summary>
    private static string LateThing(FactReader f, string what)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        return kind == ObligationKind.Stage || kind == ObligationKind.Acceptance ? what : kind == ObligationKind.Reply ? "balasan atas " + what : "pembayaran " + what;
    }

    /// <summary>What doing the obligation is called: a stage is handed over, a message answered, a payment paid.</summary>
    private static string Done(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        return kind == ObligationKind.Stage ? "diserahkan" : kind == ObligationKind.Reply ? "dibalas" : kind == ObligationKind.Acceptance ? "ditanggapi" : "dibayar";
    }

    /// <summary>
    /// What a schedule shift does, in the words of the agreement's rule: every later date moves by the lateness, and where
    /// the work ends if the stage is delivered on the day read (or, delivered already, where it ends now).
    /// </summary>
    private static string ShiftedDates(FactReader f)
    {
        var moved = f.Has("fulfilledOn")
            ? "Karena itu, tanggal semua tahap berikutnya sudah ikut mundur sebanyak keterlambatan itu"
            : "Karena itu, tanggal semua tahap berikutnya ikut mundur sebanyak keterlambatan itu";
        if (!f.Has("shiftedEnd"))
        {
            return moved;
        }

        var end = Day(f, "shiftedEnd");
        var baseline = Day(f, "baselineEnd");
        return f.Has("deliveredOn")
            ? $"{moved}: jika tahap ini {Done(f)} pada {Day(f, "deliveredOn")}, pekerjaan akan selesai pada {end}, bukan {baseline} seperti rencana awal"
            : f.Has("fulfilledOn") ? $"{moved}: pekerjaan kini selesai pada {end}, bukan {baseline} seperti rencana awal"
            : moved;
    }

    /// <summary>
    /// How sentences name an obligation: <c>tahap "Client sends content"</c>, <c>uang muka sebesar 1.800,00 EUR</c>,
    /// <c>pesan dari Acme Bakery lewat email pada 6 Maret 2026 pukul 16.30</c>.
    /// </summary>
    private static string ObligationName(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        return kind == ObligationKind.Stage ? $"tahap \"{f.Text("stage")}\""
            : kind == ObligationKind.Acceptance ? $"penerimaan tahap \"{f.Text("stage")}\""
            : kind == ObligationKind.Reply ? $"pesan dari {f.Text("sender")} {f.Words.ChannelVia(f.Get<Channel>("channel"))} pada {Moment(f, "arrivedAt")}"
            : kind == ObligationKind.MilestonePayment ? $"tagihan sebesar {Amount(f, f.Optional<Money>("basis"))} untuk tahap \"{f.Text("stage")}\""
            : kind == ObligationKind.Deposit ? $"uang muka sebesar {Amount(f, f.Optional<Money>("basis"))}"
            : $"tagihan pelunasan sebesar {Amount(f, f.Optional<Money>("basis"))}";
    }

    private static string Charged(FactReader f, Charge charge, string basis) =>
        charge.Percent is { } percent
            ? $"{f.Words.Percent(percent)} dari {basis} ({Amount(f, f.Optional<Money>("amountBeforeCap"))})"
            : Amount(f, f.Optional<Money>("amountBeforeCap"));

    /// <summary>A cap's scope as the one-pager writes it: "per tahap", "per bulan", "selama seluruh proyek".</summary>
    private static string CapName(CapScope scope) =>
        scope == CapScope.PerStage ? "per tahap" : scope == CapScope.PerMonth ? "per bulan" : "selama seluruh proyek";

    /// <summary>Whom an escalation goes to: "practice manager di Acme Bakery", or the party's management when no one is named.</summary>
    private static string EscalationContact(FactReader f, string party) =>
        f.Optional<string>("escalateTo") is { Length: > 0 } contact ? $"{contact} di {party}" : $"pimpinan {party}";
}
