using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The Malay sentences of a running engagement that are not refusals: why a reminder or consequence is due, and what is
/// open in how the two sides talk.
/// </content>
internal static partial class EngineMalay
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
            var message = $"Hantar ringkasan mesyuarat \"{f.Text("topic")}\" yang diadakan pada {Moment(f, "startedAt")} kepada {client}{By(f)}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                var followUps = f.Texts("followUps");
                message += followUps.Count == 0
                    ? " Catatkan perkara yang dipersetujui; semua perkara dalam agenda telah dibincangkan."
                    : $" Catatkan perkara yang dipersetujui, dan senaraikan perkara yang belum sempat dibincangkan sebagai tindakan susulan: {QuotedList(f, followUps)}.";
            }

            return message;
        });
        yield return ("communication.check-in-missed", f =>
        {
            var client = f.Text("client");
            var message = $"Mesyuarat berkala pada {Day(f, "occurrence")} bersama {client} belum direkodkan: adakan mesyuarat itu walaupun lewat, atau rekodkannya sebagai tidak diadakan.";
            return f.Get<bool>("detailed")
                ? message + $" Mesyuarat berkala diadakan {Cadence(f, f.Get<CheckInCadence>("cadence"))}; tawarkan masa baharu kepada {client} berserta agendanya."
                : message;
        });
        yield return ("communication.feedback-due", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var about = point == FeedbackPoint.AfterOnboarding ? "tentang permulaan projek"
                : point == FeedbackPoint.AtCompletion ? "tentang keseluruhan kerja, memandangkan projek telah selesai"
                : $"tentang prestasi hasil kerja, {f.Words.Days(f.Get<int>("followUpDays"))} selepas projek selesai";
            var message = $"Minta maklum balas daripada {f.Text("client")} {about}{(f.Has("late") ? string.Empty : ",")}{By(f)}." + Owed(f);
            return f.Get<bool>("detailed")
                ? message + " Tanyakan apa yang berjalan lancar, apa yang boleh diperbaiki, dan sama ada masih ada perkara yang belum selesai."
                : message;
        });
        yield return ("communication.follow-through-due", f =>
        {
            var client = f.Text("client");
            var message = $"Buat susulan bagi insiden \"{f.Text("whatHappened")}\" untuk {client}{By(f)}: {f.Text("remedy")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                message += $" Kesannya kepada {client}: {f.Text("impact")}."
                    + (f.Has("credit") ? $" Kredit sebanyak {Amount(f, "credit")} adalah sebahagian daripada langkah pembetulan." : string.Empty);
            }

            return message;
        });
    }

    /// <summary>A to-do's deadline while it is still ahead: " selewat-lewatnya pada 3 Mac 2026 pukul 17:00"; nothing once it has passed (<see cref="Owed"/> says so).</summary>
    private static string By(FactReader f) => f.Has("late") ? string.Empty : $" selewat-lewatnya pada {Moment(f, "by")}";

    /// <summary>A to-do read after its deadline: " Tarikh akhirnya, 3 Mac 2026 pukul 17:00, telah berlalu, dan kini sudah lewat 2 hari bekerja."; nothing before.</summary>
    private static string Owed(FactReader f)
    {
        if (!f.Has("late"))
        {
            return string.Empty;
        }

        var late = f.Get<int>("late");
        var by = Moment(f, "by");
        return late > 0 ? $" Tarikh akhirnya, {by}, telah berlalu, dan kini sudah lewat {BusinessDays(f, late)}." : $" Tarikh akhirnya, {by}, telah berlalu.";
    }

    /// <summary>
    /// Why a reminder or consequence is due, true on the day it is read: "hari ini" only on the due date, the lateness
    /// counted to that day (or to the day the count stopped), and the end a schedule shift leads to if the stage is
    /// delivered that day.
    /// </summary>
    private static string Explanation(FactReader f)
    {
        var rule = f.Get<ConsequenceRule>("rule");
        var party = f.Text("party");
        var other = f.Text("other");
        if (rule.Kind.IsReminder)
        {
            var tone = rule.Kind == ConsequenceKind.Reminder ? "Peringatan mesra" : "Peringatan tegas";
            return $"{tone} kepada {party}: {DueWhen(f, party, reminder: true)}.";
        }

        var grace = f.Has("grace") ? $" (tempoh ihsan selama {BusinessDays(f, f.Get<int>("grace"))} telah berakhir)" : string.Empty;
        var lateness = $"{Phrasebook.Capitalised(DueWhen(f, party, reminder: false))}{grace}.";
        var comeBack = $"{party} kembali meneruskan projek pada {Day(f, "cameBack")}, selepas kerja ditangguhkan kerana {ObligationName(f)} lewat {BusinessDays(f, f.Get<int>("threshold"))} atau lebih.";
        var sentence = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Escalation) => $"{lateness} Seperti yang dipersetujui, perkara ini dirujuk kepada {EscalationContact(f, party)}.",
            nameof(ConsequenceKind.ScheduleShift) => $"{lateness} {ShiftedDates(f)}.",
            nameof(ConsequenceKind.Pause) => $"{lateness} Seperti yang dipersetujui, kerja ditangguhkan sehingga {party} bersedia untuk meneruskannya.",
            nameof(ConsequenceKind.RestartLeadTime) => $"{comeBack} {other} memerlukan {BusinessDays(f, f.Get<int>("leadTime"))} untuk menyambung semula kerja"
                + (f.Has("nextStage") ? $", jadi peringkat \"{f.Text("nextStage")}\" boleh bermula seawal-awalnya pada {Day(f, "nextStart")}" : string.Empty) + ".",
            nameof(ConsequenceKind.RestartFee) => $"{comeBack} Seperti yang dipersetujui, caj penyambungan semula kerja sebanyak {OptionalAmount(f, f.Has("amountBeforeCap") ? "amountBeforeCap" : "amount")} dikenakan dan perlu dibayar kepada {other}.",
            nameof(ConsequenceKind.LateFee) => $"{lateness} Seperti yang dipersetujui, caj kelewatan sebanyak {Charged(f, rule.Charge!, "bayaran yang lewat")} perlu dibayar kepada {other}.",
            nameof(ConsequenceKind.Credit) => $"{lateness} Seperti yang dipersetujui, {other} berhak menerima kredit sebanyak {Charged(f, rule.Charge!, "harga peringkat itu")}.",
            _ => $"{lateness} Seperti yang dipersetujui, {other} kini boleh memberi notis untuk menamatkan perjanjian.",
        };
        if (!f.Has("cappedBy"))
        {
            return sentence;
        }

        var charge = rule.Kind == ConsequenceKind.Credit ? "kredit" : "caj";
        return sentence + $" Memandangkan jumlah {charge} dihadkan kepada {Amount(f, "cap")} {CapName(f.Get<CapScope>("cappedBy"))}, {charge} ini dikurangkan kepada {OptionalAmount(f, "amount")}.";
    }

    /// <summary>
    /// When the obligation was or is due and how late the party is, seen from the day the sentence is read, with the
    /// obligation as its subject: "peringkat "Kandungan" perlu diserahkan selewat-lewatnya pada 10 Mac 2026, iaitu dalam
    /// tempoh 3 hari bekerja lagi", "... perlu diserahkan hari ini, 10 Mac 2026", "... sepatutnya diserahkan pada 10 Mac
    /// 2026 dan kini sudah lewat 2 hari bekerja" (a reminder), "... dan Kedai Roti Acme kini lewat 5 hari bekerja",
    /// "... tetapi diserahkan lewat 3 hari bekerja", "... dan Kedai Roti Acme sudah lewat 4 hari bekerja ketika projek
    /// ditamatkan".
    /// </summary>
    private static string DueWhen(FactReader f, string party, bool reminder)
    {
        var what = DueSubject(f);
        var done = DoneVerb(f);
        var due = Day(f, "due");
        var today = f.Get<LocalDate>("today");
        var late = f.Get<int>("late");
        if (f.Has("fulfilledOn"))
        {
            return late > 0
                ? $"{what} sepatutnya {done} pada {due}, tetapi {done} lewat {BusinessDays(f, late)}"
                : f.Get<LocalDate>("fulfilledOn") == f.Get<LocalDate>("due") ? $"{what} perlu {done} selewat-lewatnya pada {due} dan telah {done} pada hari yang sama"
                : $"{what} perlu {done} selewat-lewatnya pada {due} dan telah {done} pada {Day(f, "fulfilledOn")}";
        }

        var stopped = f.Optional<string>("stopped");
        if (late > 0)
        {
            var days = BusinessDays(f, late);
            var who = reminder ? string.Empty : party + " ";
            return stopped is null
                ? $"{what} sepatutnya {done} pada {due}, dan {who}kini sudah lewat {days}"
                : $"{what} sepatutnya {done} pada {due}, dan {who}sudah lewat {days} "
                    + (stopped == "hold" ? "ketika projek ditangguhkan"
                        : stopped == "sent-back" ? "ketika peringkat itu kembali menunggu peringkat sebelumnya"
                        : "ketika projek ditamatkan");
        }

        var dueDate = f.Get<LocalDate>("due");
        return today == dueDate ? $"{what} perlu {done} hari ini, {due}"
            : today > dueDate ? $"{what} sepatutnya {done} pada {due}"
            : late < 0 && stopped is null ? $"{what} perlu {done} selewat-lewatnya pada {due}, iaitu dalam tempoh {BusinessDays(f, -late)} lagi"
            : $"{what} perlu {done} selewat-lewatnya pada {due}";
    }

    /// <summary>
    /// What a schedule shift does, in the words of the agreement's rule: every later date moves by the lateness, and where
    /// the work ends if the stage is delivered on the day read (or, delivered already, where it ends now).
    /// </summary>
    private static string ShiftedDates(FactReader f)
    {
        var moved = f.Has("fulfilledOn")
            ? "Oleh itu, tarikh semua peringkat seterusnya telah dianjakkan mengikut tempoh kelewatan"
            : "Oleh itu, tarikh semua peringkat seterusnya dianjakkan mengikut tempoh kelewatan";
        if (!f.Has("shiftedEnd"))
        {
            return moved;
        }

        var end = Day(f, "shiftedEnd");
        var baseline = Day(f, "baselineEnd");
        return f.Has("deliveredOn")
            ? $"{moved}: jika peringkat ini {DoneVerb(f)} pada {Day(f, "deliveredOn")}, kerja akan siap pada {end}, bukan pada {baseline} seperti yang dirancang asalnya"
            : f.Has("fulfilledOn") ? $"{moved}: kerja kini dijangka siap pada {end}, bukan pada {baseline} seperti yang dirancang asalnya"
            : moved;
    }

    /// <summary>
    /// The obligation as the subject of when it is due: <c>peringkat "Kandungan"</c>, <c>deposit sebanyak 1,800.00 EUR</c>,
    /// <c>mesej daripada Kedai Roti Acme melalui e-mel pada 6 Mac 2026 pukul 16:30</c> (which is replied to).
    /// </summary>
    private static string DueSubject(FactReader f) =>
        f.Get<ObligationKey>("obligation").Kind == ObligationKind.Reply
            ? $"mesej daripada {f.Text("sender")} {f.Words.ChannelVia(f.Get<Channel>("channel"))} pada {Moment(f, "arrivedAt")}"
            : ObligationName(f);

    /// <summary>
    /// How sentences name an obligation: <c>peringkat "Kandungan"</c>, <c>deposit sebanyak 1,800.00 EUR</c>,
    /// <c>jawapan kepada mesej daripada Kedai Roti Acme melalui e-mel pada 6 Mac 2026 pukul 16:30</c>.
    /// </summary>
    private static string ObligationName(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        var basis = f.Has("basis") ? " sebanyak " + Amount(f, "basis") : string.Empty;
        return kind == ObligationKind.Stage ? $"peringkat \"{f.Text("stage")}\""
            : kind == ObligationKind.Acceptance ? $"penerimaan peringkat \"{f.Text("stage")}\""
            : kind == ObligationKind.Reply ? $"jawapan kepada mesej daripada {f.Text("sender")} {f.Words.ChannelVia(f.Get<Channel>("channel"))} pada {Moment(f, "arrivedAt")}"
            : kind == ObligationKind.MilestonePayment ? $"bayaran selepas \"{f.Text("stage")}\"{basis}"
            : kind == ObligationKind.Deposit ? $"deposit{basis}"
            : $"bayaran akhir{basis}";
    }

    /// <summary>What is done with the obligation, in the passive: a stage "diserahkan", a payment "dijelaskan", a message "dibalas".</summary>
    private static string DoneVerb(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        return kind == ObligationKind.Stage ? "diserahkan" : kind == ObligationKind.Reply ? "dibalas" : kind == ObligationKind.Acceptance ? "dijawab" : "dijelaskan";
    }

    /// <summary>Whom an escalation goes to: "pengurus akaun di Kedai Roti Acme", or the party's management when no one is named.</summary>
    private static string EscalationContact(FactReader f, string party) =>
        f.Optional<string>("escalateTo") is { Length: > 0 } contact ? $"{contact} di {party}" : $"pihak pengurusan {party}";

    /// <summary>An amount that may be missing: "tiada" for none.</summary>
    private static string OptionalAmount(FactReader f, string name) => f.Optional<Money>(name) is { } money ? f.Words.Money(money) : "tiada";

    private static string Charged(FactReader f, Charge charge, string basis) =>
        charge.Percent is { } percent
            ? $"{f.Words.Percent(percent)} daripada {basis} ({OptionalAmount(f, "amountBeforeCap")})"
            : OptionalAmount(f, "amountBeforeCap");

    private static string CapName(CapScope scope) =>
        scope == CapScope.PerStage ? "bagi setiap peringkat" : scope == CapScope.PerMonth ? "sebulan" : "bagi keseluruhan projek";
}
