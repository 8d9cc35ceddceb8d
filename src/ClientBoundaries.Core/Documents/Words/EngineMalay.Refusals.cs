using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Documents.Words;

/// <content>Why the decider refused a command, by the refusal's code, in Malay.</content>
internal static partial class EngineMalay
{
    /// <summary>The refusals of the work's course: the engagement's phase, stages and handoffs.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Course()
    {
        yield return ("engagement.beyond-supported-dates", f =>
            $"Tidak dapat {Action(f)} pada {f.Words.ReadersTime(Command(f).At)}: tarikh yang terhasil melepasi had tarikh yang boleh dikendalikan oleh pustaka ini (rancangan mesti berakhir selewat-lewatnya pada tahun 9999, dan tarikh akhir pada tahun 9998).");
        yield return ("engagement.version-conflict", f =>
            $"Projek ini telah berubah sejak keputusan ini dibuat: projek kini pada versi {Number(f, "version")}, bukan versi {Number(f, "expected")}. Muat semula projek dan cuba lagi.");
        yield return ("engagement.out-of-order", f =>
            $"Tidak dapat {Action(f)} pada {f.Words.ReadersTime(Command(f).At)}: projek ini sudah mempunyai rekod yang lebih lewat, iaitu pada {f.Words.ReadersTime(f.Get<Instant>("last"))}.");
        yield return ("engagement.not-allowed-in-phase", f =>
            $"Tidak dapat {Action(f)}: {PhaseName(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}. {AllowedIn(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}");
        yield return ("plan.start-in-the-past", f =>
            $"Kerja tidak boleh dijadualkan bermula pada {Day(f, "start")} kerana tarikh itu sudah berlalu pada hari jadual ini dibuat ({Day(f, "today")}).");
        yield return ("engagement.stage.unknown", f => $"Perjanjian \"{f.Name("agreement")}\" tidak mempunyai peringkat '{f.Text("stage")}'.");
        yield return ("engagement.stage.already-started", f => $"Peringkat \"{f.Name("stage")}\" telah pun bermula.");
        yield return ("engagement.stage.not-current", f => f.Has("current")
            ? $"Tidak dapat {ActionOn(f)}: peringkat semasa ialah \"{f.Name("current")}\", dan {f.Name("holder")} yang perlu bertindak sekarang."
            : $"Tidak dapat {ActionOn(f)}: semua peringkat telah diserahkan.");
        yield return ("engagement.stage.not-started", f => $"Peringkat \"{f.Name("stage")}\" belum dimulakan; mulakan peringkat itu dahulu sebelum {ActionOnIt(f)}.");
        yield return ("engagement.stage.not-handed-off", f =>
            $"Peringkat \"{f.Name("stage")}\" belum diserahkan, jadi ia belum boleh diterima atau dikembalikan untuk semakan.");
        yield return ("engagement.stage.not-last-handed-off", f =>
            $"Hanya peringkat yang terakhir diserahkan, iaitu \"{f.Name("lastHandedOff")}\", yang boleh diterima atau dikembalikan untuk semakan, bukan \"{f.Name("stage")}\".");
        yield return ("engagement.acceptance.no-window", f =>
            $"Perjanjian ini tidak menganggap peringkat \"{f.Name("stage")}\" diterima apabila tempohnya tamat: {f.Name("party")} perlu menerimanya atau meminta semakan.");
        yield return ("engagement.acceptance.window-open", f =>
            $"{f.Name("party")} mempunyai masa sehingga penghujung hari {Day(f, "closes")} untuk menerima peringkat \"{f.Name("stage")}\" atau meminta semakan; peringkat itu hanya dianggap diterima selepas itu.");
        yield return ("engagement.stage.not-accepted", f =>
            $"Mengikut perjanjian, {f.Name("party")} perlu menerima peringkat \"{f.Name("stage")}\" atau meminta semakan terlebih dahulu sebelum beralih ke peringkat \"{f.Name("next")}\".");
        yield return ("engagement.handoff.due-in-the-past", f =>
            $"Tarikh akhir {Day(f, "due")} sudah berlalu pada hari penyerahan ({Day(f, "today")} mengikut kalendar {f.Name("receiver")}).");
        yield return ("engagement.revision.nothing-submitted", f =>
            $"Belum ada apa-apa yang dihantar dalam peringkat \"{f.Name("stage")}\", jadi belum ada apa-apa untuk disemak semula.");
        yield return ("engagement.revision.already-accepted", f =>
            $"Peringkat \"{f.Name("stage")}\" telah diterima; sebarang perubahan sekarang ialah permintaan baharu, bukan semakan.");
        yield return ("scope.revision-rounds-used", f =>
            $"{Phrasebook.Capitalised(RoundsUsed(f))}. Kemukakan perubahan ini sebagai permintaan perubahan (RequestChange): harganya akan disebut berdasarkan senarai kadar dan, setelah sebut harga itu diterima, ia dilaksanakan sebagai kerja baharu.");
        yield return ("scope.extra-round-pending", f =>
            $"{Phrasebook.Capitalised(RoundsUsed(f))}, dan satu pusingan lagi telah pun disebut harga (sebut harga perubahan '{f.Text("changeOrder")}', {StatusName(f.Get<ChangeOrderStatus>("status"))}): setelah sebut harga itu diterima, minta semakan ini sekali lagi.");
        yield return ("engagement.complete.stages-remaining", f =>
            $"Peringkat \"{f.Name("stage")}\" dan peringkat selepasnya belum selesai; projek hanya selesai setelah peringkat terakhir diserahkan dan diterima.");
        yield return ("engagement.complete.final-not-accepted", f => $"{f.Name("party")} belum menerima peringkat terakhir, iaitu \"{f.Name("stage")}\".");
        yield return ("engagement.nothing-to-pause", _ =>
            "Kerja tidak dapat ditangguhkan: semua peringkat telah diserahkan dan diterima, jadi tiada pihak yang perlu bertindak dan tiada tempoh yang sedang dikira. Selesaikan projek ini, atau tamatkannya.");
    }

    /// <summary>The refusals of the client's payments.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Payments()
    {
        yield return ("engagement.deposit.not-required", _ => "Perjanjian ini tidak memerlukan deposit, jadi kerja boleh terus dijadualkan.");
        yield return ("engagement.deposit.wrong-currency", f =>
            $"Deposit perlu dibayar dalam {f.Get<Money>("required").Currency}, tetapi yang direkodkan ialah {Amount(f, "received")}.");
        yield return ("engagement.deposit.short", f =>
            $"Deposit berjumlah {Amount(f, "required")}, tetapi hanya {Amount(f, "received")} yang diterima; baki {Amount(f, "missing")} masih belum dijelaskan.");
        yield return ("payment.unknown", f => $"Syarat bayaran dalam perjanjian ini tidak merangkumi {Obligation(f, "payment")}.");
        yield return ("payment.not-invoiced", f => f.Get<ObligationKey>("payment").Kind == ObligationKind.FinalPayment
            ? "Invois bagi bayaran akhir hanya dikeluarkan apabila projek selesai, dan projek ini belum selesai."
            : $"Invois bagi {Obligation(f, "payment")} hanya dikeluarkan apabila peringkat itu diterima, dan peringkat itu belum diterima.");
        yield return ("payment.already-received", f => $"{Phrasebook.Capitalised(Obligation(f, "payment"))} telah pun diterima.");
        yield return ("payment.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Obligation(f, "payment"))} perlu dibayar dalam {f.Get<Money>("required").Currency}, tetapi yang direkodkan ialah {Amount(f, "received")}.");
        yield return ("payment.short", f => f.Has("credited")
            ? $"{Phrasebook.Capitalised(Obligation(f, "payment"))} sebanyak {Amount(f, "invoiced")}, selepas ditolak {Amount(f, "credited")} yang telah dijelaskan melalui kredit, berjumlah {Amount(f, "required")}, tetapi hanya {Amount(f, "received")} yang diterima; baki {Amount(f, "missing")} masih belum dijelaskan."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} berjumlah {Amount(f, "required")}, tetapi hanya {Amount(f, "received")} yang diterima; baki {Amount(f, "missing")} masih belum dijelaskan.");
        yield return ("owed.unknown", f => f.Get<OwedKey>("entry").Kind == OwedKind.Overpayment
            ? $"Tiada lebihan bayaran bagi {Obligation(f, "entryObligation")}, jadi tiada apa-apa untuk dipulangkan atau ditolak."
            : $"{Phrasebook.Capitalised(Entry(f, "entry"))} tidak terhutang dalam projek ini kerana {NotOwedYet(f.Get<OwedKey>("entry").Kind)}.");
        yield return ("owed.agreed-payment", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} ialah salah satu bayaran dalam perjanjian; rekodkan penerimaannya dengan {(f.Get<OwedKey>("entry").Kind == OwedKind.Deposit ? "ReceiveDeposit" : "ReceivePayment")}.");
        yield return ("owed.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} perlu dibayar dalam {f.Get<Money>("required").Currency}, tetapi yang direkodkan ialah {Amount(f, "received")}.");
        yield return ("owed.overpaid", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "entry"))} telah dijelaskan sepenuhnya; tiada lagi yang boleh dibayar atau ditolak daripadanya."
            : $"Baki {Entry(f, "entry")} yang belum dijelaskan hanya {Amount(f, "outstanding")}, tetapi {Amount(f, "amount")} telah direkodkan; rekodkan tidak lebih daripada baki itu.");
        yield return ("owed.credit-exceeded", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "credit"))} telah digunakan sepenuhnya; tiada baki untuk ditolak."
            : $"Baki {Entry(f, "credit")} hanya {Amount(f, "outstanding")}, tetapi {Amount(f, "amount")} hendak ditolak.");
        yield return ("owed.not-a-credit", f =>
            $"{Phrasebook.Capitalised(Entry(f, "credit"))} bukan kredit atau lebihan bayaran, jadi ia tidak boleh ditolak daripada jumlah yang terhutang oleh pihak yang satu lagi.");
        yield return ("owed.not-settleable", f =>
        {
            var against = f.Get<OwedKey>("against");
            return against.Kind.IsCreditNote ? $"{Phrasebook.Capitalised(Entry(f, "against"))} juga merupakan jumlah yang perlu dipulangkan; kredit hanya boleh ditolak daripada bayaran, arahan perubahan atau caj yang terhutang oleh pihak yang satu lagi."
                : against.Kind == OwedKind.Deposit ? "Deposit perlu diterima sepenuhnya sebelum kerja dijadualkan, jadi ia tidak boleh dijelaskan dengan kredit; tolak kredit itu daripada bayaran yang berikutnya."
                : $"{Phrasebook.Capitalised(Entry(f, "credit"))} terhutang kepada {f.Name("creditor")}, tetapi {Entry(f, "against")} terhutang oleh {f.Name("debtor")}; kredit hanya boleh ditolak daripada jumlah yang terhutang oleh pemegangnya.";
        });
    }

    /// <summary>The refusals of reminders and consequences recorded by the host.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ConsequenceRefusals()
    {
        yield return ("consequence.wrong-command", f => f.Get<ConsequenceRule>("rule") is var rule && rule.Kind.IsReminder
            ? $"{Phrasebook.Capitalised(RuleName(f, rule))} ialah peringatan, bukan tindakan kelewatan: rekodkannya sebagai telah dihantar dengan RecordReminderSent."
            : $"{Phrasebook.Capitalised(RuleName(f, rule))} bukan peringatan: kenakannya dengan ApplyConsequence.");
        yield return ("consequence.unknown-obligation", f => $"Projek ini tidak mempunyai {Obligation(f, "obligation")}.");
        yield return ("consequence.not-in-policy", f =>
            $"Peraturan kelewatan dalam perjanjian tidak mengandungi {RuleName(f, f.Get<ConsequenceRule>("rule"))} bagi {Obligation(f, "obligation")}.");
        yield return ("consequence.already-recorded", f =>
            $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} bagi {Obligation(f, "obligation")} telah pun direkodkan; ia tidak boleh dikenakan dua kali.");
        yield return ("consequence.not-due", f =>
        {
            var what = $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} bagi {Obligation(f, "obligation")}";
            return !f.Has("fallsDueAt") ? $"{what} tidak perlu dibuat: {Obligation(f, "obligation")} belum cukup lewat, bukan pihaknya yang perlu bertindak sekarang, atau telah pun diselesaikan."
                : f.Get<Instant>("fallsDueAt") > f.Get<Instant>("at") ? $"{what} belum tiba masanya: ia hanya boleh dikenakan pada {f.Words.ReadersTime(f.Get<Instant>("fallsDueAt"))}."
                : $"{what} tidak lagi diperlukan: peringatan yang lebih kemudian telah menggantikannya.";
        });
    }

    /// <summary>The refusals of change orders.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ChangeOrders()
    {
        yield return ("change-order.unknown", f => f.Has("decision")
            ? $"Permintaan perubahan '{f.Text("changeOrder")}' telah diputuskan sebagai {DecisionName(f.Text("decision"))}, jadi tiada sebut harga perubahan untuk {ChangeOrderAction(f)}."
            : $"Projek ini tidak mempunyai sebut harga perubahan '{f.Text("changeOrder")}'.");
        yield return ("change-order.closed", f =>
        {
            var when = f.Has("closedAt") ? $" pada {f.Words.ReadersTime(f.Get<Instant>("closedAt"))}" : string.Empty;
            var status = f.Get<ChangeOrderStatus>("status");
            var closed = status == ChangeOrderStatus.Accepted ? "diterima sebagai arahan perubahan" : ClosedName(status);
            return $"Sebut harga perubahan '{f.Text("changeOrder")}' telah {closed}{when}; tiada tindakan lain boleh diambil terhadapnya.";
        });
        yield return ("change-order.too-long", f => f.Has("stage")
            ? $"Sebut harga perubahan '{f.Text("changeOrder")}' akan menjadikan peringkat \"{f.Name("stage")}\" sepanjang {BusinessDays(f, f.Get<int>("length"))}, melebihi had {BusinessDays(f, f.Get<int>("longest"))} bagi satu peringkat."
            : $"Sebut harga perubahan '{f.Text("changeOrder")}' akan menambah {BusinessDays(f, f.Get<int>("impact"))}, melebihi had {BusinessDays(f, f.Get<int>("longest"))} bagi satu peringkat; cadangkannya semula dengan kesan yang lebih kecil terhadap jadual, atau pecahkan kerja itu kepada beberapa bahagian.");
        yield return ("change-order.wrong-currency", f =>
            $"Sebut harga perubahan '{f.Text("changeOrder")}' mesti dalam {f.Text("currency")}, iaitu mata wang senarai kadar, tetapi harga yang dicadangkan ialah {Amount(f, "price")}.");
        yield return ("change-order.below-minimum", f =>
            $"Mengikut perjanjian ini, caj minimum bagi setiap sebut harga perubahan ialah {Amount(f, "minimum")}, tetapi harga yang dicadangkan bagi '{f.Text("changeOrder")}' hanya {Amount(f, "price")}. Jika kerja ini hendak diberikan dengan harga yang lebih rendah, laksanakannya tanpa caj (AbsorbChangeOrder).");
        yield return ("change-order.proceeding-not-allowed", f =>
            $"Perjanjian ini tidak membenarkan kerja bagi sesuatu perubahan dimulakan sebelum harganya dipersetujui; sebut harga perubahan '{f.Text("changeOrder")}' mesti diterima dahulu.");
        yield return ("change-order.not-proposed", f =>
            $"Sebut harga perubahan '{f.Text("changeOrder")}' masih draf yang belum dilihat oleh {f.Name("party")}; cadangkannya dahulu (ProposeChangeOrder).");
        yield return ("change-order.expired", f =>
            $"Sebut harga perubahan '{f.Text("changeOrder")}' telah tamat tempoh pada {f.Words.ReadersTime(f.Get<Instant>("expiresAt"))}; cadangkannya semula (ProposeChangeOrder) dengan harga dan tarikh terkini sebelum ia boleh diterima.");
        yield return ("change-order.no-stage-left", f =>
            $"Sebut harga perubahan '{f.Text("changeOrder")}' menambah {BusinessDays(f, f.Get<int>("impact"))}, tetapi semua peringkat {f.Name("party")} telah selesai; rancang kerja ini sebagai projek baharu, atau cadangkannya tanpa kesan terhadap jadual.");
    }

    /// <summary>The refusals of how the two sides talk: meetings, check-ins, feedback, incidents, messages.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Conversations()
    {
        yield return ("meeting.duplicate", f => $"Mesyuarat '{f.Text("meeting")}' telah pun ditempah dalam projek ini; gunakan ID lain bagi mesyuarat baharu itu.");
        yield return ("meeting.unknown", f => $"Tiada mesyuarat '{f.Text("meeting")}' yang ditempah dalam projek ini"
            + (f.Texts("meetings") is { Count: > 0 } meetings ? $"; mesyuarat yang ada ialah {Ids(f, meetings)}." : "; tempah mesyuarat itu dahulu (BookMeeting)."));
        yield return ("meeting.already-held", f => f.Get<EngagementCommand>("command") is CancelMeeting
            ? $"Mesyuarat '{f.Text("meeting")}' telah pun diadakan; ia tidak boleh dibatalkan lagi."
            : $"Mesyuarat '{f.Text("meeting")}' telah pun direkodkan sebagai telah diadakan.");
        yield return ("meeting.cancelled", f => $"Mesyuarat '{f.Text("meeting")}' telah dibatalkan; tempah mesyuarat baharu bagi perbincangan yang telah berlangsung.");
        yield return ("meeting.not-on-agenda", f =>
            $"Perkara {QuotedList(f, f.Texts("items"))} tiada dalam agenda mesyuarat '{f.Text("meeting")}'; agendanya ialah {QuotedList(f, f.Texts("agenda"))}.");
        yield return ("meeting.not-held", f =>
            $"Mesyuarat '{f.Text("meeting")}' belum direkodkan sebagai telah diadakan, jadi belum ada ringkasan yang perlu dihantar (rekodkan mesyuarat itu dengan RecordMeetingHeld dahulu).");
        yield return ("check-in.no-cadence", _ =>
            "Perjanjian ini tidak menetapkan jadual mesyuarat berkala (AgreementBuilder.WithCheckIns), jadi tiada mesyuarat berkala untuk direkodkan.");
        yield return ("check-in.not-scheduled", f =>
            $"Mesyuarat berkala hanya bermula apabila kerja dijadualkan, sedangkan projek ini belum dijadualkan; oleh itu, tiada mesyuarat berkala pada {Day(f, "occurrence")}.");
        yield return ("check-in.not-an-occurrence", f =>
        {
            var near = f.Get<IReadOnlyList<LocalDate>>("nearby");
            return $"Tiada mesyuarat berkala yang dipersetujui pada {Day(f, "occurrence")}: mesyuarat berkala diadakan {Cadence(f, f.Get<CheckInCadence>("cadence"))} bermula {Day(f, "start")}, kecuali semasa kerja ditangguhkan"
                + (near.Count == 0 ? "." : $". Tarikh terdekat yang masih belum direkodkan ialah {Days(f, near)}.");
        });
        yield return ("check-in.in-future", f =>
            $"Mesyuarat berkala pada {Day(f, "occurrence")} belum tiba masanya (hari ini ialah {Day(f, "today")} mengikut kalendar {f.Name("party")}).");
        yield return ("check-in.already-recorded", f =>
        {
            var recorded = f.Get<RecordedCheckIn>("recorded");
            var how = recorded.Held ? "diadakan"
                : string.IsNullOrWhiteSpace(recorded.Note) ? "tidak diadakan"
                : $"tidak diadakan ({recorded.Note})";
            return $"Mesyuarat berkala pada {Day(f, "occurrence")} telah pun direkodkan sebagai {how}.";
        });
        yield return ("feedback.not-agreed", f =>
        {
            var asked = f.Has("policy") ? FeedbackPoints(f, f.Get<FeedbackPolicy>("policy")) : string.Empty;
            return $"Perjanjian ini tidak meminta maklum balas {PointName(f.Get<FeedbackPoint>("point"))}"
                + (!f.Has("policy") ? " (AgreementBuilder.WithFeedback)."
                    : asked.Length == 0 ? ", mahupun pada masa lain."
                    : $"; maklum balas hanya diminta {asked}.");
        });
        yield return ("feedback.ended-early", f =>
            $"Projek ini telah ditamatkan lebih awal pada {ProviderMoment(f, "endedAt")} (waktu penyedia perkhidmatan), jadi maklum balas tidak lagi diminta.");
        yield return ("feedback.not-due-yet", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var when = f.Has("comesAt") ? $"pada {ProviderMoment(f, "comesAt")} (waktu penyedia perkhidmatan)"
                : point == FeedbackPoint.AfterOnboarding ? "sebaik sahaja peringkat pertama selesai"
                : "sebaik sahaja projek selesai";
            return $"Belum tiba masanya untuk meminta maklum balas {PointName(point)}: permintaan hanya boleh dibuat {when}.";
        });
        yield return ("feedback.not-requested", f =>
            $"Maklum balas {PointName(f.Get<FeedbackPoint>("point"))} belum diminta; rekodkan permintaan itu dahulu (RequestFeedback).");
        yield return ("feedback.already-received", f =>
            $"Maklum balas {PointName(f.Get<FeedbackPoint>("point"))} telah pun diterima pada {ProviderMoment(f, "receivedAt")} (waktu penyedia perkhidmatan).");
        yield return ("incident.duplicate", f => $"Insiden '{f.Text("incident")}' telah pun direkodkan; gunakan ID lain bagi insiden baharu itu.");
        yield return ("incident.follow-through-in-past", f =>
            $"Tarikh akhir susulan, {Day(f, "due")}, sudah berlalu pada hari insiden ini direkodkan ({Day(f, "today")} mengikut kalendar {f.Name("party")}); tetapkan tarikh yang belum berlalu.");
        yield return ("incident.unknown", f => $"Tiada insiden '{f.Text("incident")}' yang direkodkan dalam projek ini"
            + (f.Texts("incidents") is { Count: > 0 } incidents ? $"; insiden yang ada ialah {Ids(f, incidents)}." : "."));
        yield return ("incident.already-followed-through", f =>
            $"Susulan bagi insiden '{f.Text("incident")}' telah pun dibuat pada {ProviderMoment(f, "followedThroughAt")} (waktu penyedia perkhidmatan).");
        yield return ("incident.credit-not-applied", f =>
            $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} bagi {Obligation(f, "obligation")} belum diberikan oleh {f.Name("party")}: rekodkan kredit itu dahulu (ApplyConsequence), kemudian kaitkannya dengan insiden ini.");
        yield return ("incident.credit-already-linked", f =>
            $"Insiden '{f.Text("incident")}' telah pun dikaitkan dengan {RuleName(f, f.Get<ConsequenceRule>("rule"))} bagi {Obligation(f, "obligation")}.");
        yield return ("message.duplicate", f => $"Mesej '{f.Text("message")}' telah pun direkodkan; gunakan ID lain bagi mesej baharu itu.");
        yield return ("message.channel-not-accepted", f =>
            $"{f.Name("recipient")} tidak menerima mesej {f.Words.ChannelVia(f.Get<Channel>("channel"))}; saluran yang diterima ialah {Channels(f, "accepted")}. Minta mesej itu dihantar semula melalui salah satu saluran tersebut.");
        yield return ("message.no-commitment", f => $"{f.Name("recipient")} tidak menjanjikan tempoh jawapan bagi mesej {f.Words.ChannelVia(f.Get<Channel>("channel"))}"
            + (f.Texts("promised") is { Count: > 0 } ? $" (tempoh jawapan hanya dijanjikan bagi {Channels(f, "promised")})" : string.Empty)
            + ", jadi tiada jawapan untuk dipantau.");
        yield return ("message.unknown", f => $"Tiada mesej '{f.Text("message")}' yang direkodkan dalam projek ini"
            + (f.Texts("messages") is { Count: > 0 } messages ? $"; mesej yang ada ialah {Ids(f, messages)}." : "; rekodkan mesej itu dahulu (RecordMessage)."));
    }

    private static EngagementCommand Command(FactReader f) => f.Get<EngagementCommand>("command");

    /// <summary>What the refused command does, as a verb phrase: "menyerahkan peringkat".</summary>
    private static string Action(FactReader f) => Command(f) switch
    {
        Propose => "mencadangkan perjanjian",
        Sign => "menandatangani perjanjian",
        ReceiveDeposit => "menerima deposit",
        Schedule => "menjadualkan kerja",
        StartStage => "memulakan peringkat",
        SubmitWork => "menghantar hasil kerja",
        HandOff => "menyerahkan peringkat",
        AcceptStage => "menerima peringkat",
        RequestRevision => "meminta semakan",
        LogEffort => "merekodkan jam kerja",
        PauseWork => "menangguhkan kerja",
        ResumeWork => "menyambung semula kerja",
        Complete => "menyelesaikan projek",
        Terminate => "menamatkan projek",
        RecordReminderSent => "merekodkan peringatan sebagai telah dihantar",
        ApplyConsequence => "mengenakan tindakan kelewatan",
        ReceivePayment => "menerima bayaran",
        PayOwed => "merekodkan bayaran bagi jumlah terhutang",
        SettleCredit => "menolak kredit daripada jumlah terhutang",
        RecordDeemedAcceptance => "merekodkan peringkat yang dianggap diterima",
        RecordForceMajeure => "merekodkan kuasa luar jangkaan",
        RequestChange => "merekodkan permintaan perubahan",
        ProposeChangeOrder => "mencadangkan sebut harga perubahan",
        AcceptChangeOrder => "menerima sebut harga perubahan",
        DeclineChangeOrder => "menolak sebut harga perubahan",
        ProceedWhilePriced => "memulakan kerja bagi sebut harga perubahan sementara harganya dipersetujui",
        AbsorbChangeOrder => "melaksanakan sebut harga perubahan tanpa caj",
        BookMeeting => "menempah mesyuarat",
        CancelMeeting => "membatalkan mesyuarat",
        RecordMeetingHeld => "merekodkan mesyuarat sebagai telah diadakan",
        RecordRecapSent => "merekodkan ringkasan mesyuarat sebagai telah dihantar",
        RecordCheckIn => "merekodkan mesyuarat berkala",
        RequestFeedback => "meminta maklum balas",
        ReceiveFeedback => "merekodkan maklum balas",
        RecordIncident => "merekodkan insiden",
        RecordFollowThrough => "merekodkan susulan insiden",
        LinkCreditToIncident => "mengaitkan kredit dengan insiden",
        RecordMessage => "merekodkan mesej",
        RecordReply => "merekodkan jawapan",
        var other => throw new InvalidOperationException($"No Malay verb phrase for the command {other.GetType().Name}."),
    };

    /// <summary>What a command would have done to a change order, in the passive: "diterima".</summary>
    private static string ChangeOrderAction(FactReader f) => Command(f) switch
    {
        ProposeChangeOrder => "dicadangkan",
        AcceptChangeOrder => "diterima",
        DeclineChangeOrder => "ditolak",
        ProceedWhilePriced => "diteruskan",
        AbsorbChangeOrder => "dilaksanakan tanpa caj",
        _ => "diproses",
    };

    /// <summary>How a change request was decided, after "diputuskan sebagai": "termasuk dalam skop", "tambahan percuma".</summary>
    private static string DecisionName(string decision) => decision switch
    {
        "included" => "termasuk dalam skop",
        "consumes-allowance" => "sebahagian daripada peruntukan yang dipersetujui",
        "goodwill" => "tambahan percuma",
        "out-of-scope" => "di luar skop",
        _ => decision.Replace('-', ' '),
    };

    /// <summary>Where a change order stands, as a phrase: "masih draf", "telah dicadangkan".</summary>
    private static string StatusName(ChangeOrderStatus status) =>
        status == ChangeOrderStatus.Draft ? "masih draf"
        : status == ChangeOrderStatus.ProceedingWhilePriced ? "kerjanya sedang dijalankan sementara harga dipersetujui"
        : status == ChangeOrderStatus.Expired ? "telah tamat tempoh"
        : "telah " + ClosedName(status);

    /// <summary>What happened to a change order, after "telah": "diterima", "dilaksanakan tanpa caj".</summary>
    private static string ClosedName(ChangeOrderStatus status) =>
        status == ChangeOrderStatus.Accepted ? "diterima"
        : status == ChangeOrderStatus.Declined ? "ditolak"
        : status == ChangeOrderStatus.NoCharge ? "dilaksanakan tanpa caj"
        : status == ChangeOrderStatus.Expired ? "tamat tempoh"
        : status == ChangeOrderStatus.Draft ? "disediakan sebagai draf"
        : status == ChangeOrderStatus.ProceedingWhilePriced ? "dimulakan sementara harganya dipersetujui"
        : "dicadangkan";

    /// <summary>Where the engagement stands, as a clause: "perjanjian telah ditandatangani tetapi deposit belum diterima".</summary>
    private static string PhaseName(EngagementPhase phase, bool depositRequired) =>
        phase == EngagementPhase.New ? "perjanjian belum dicadangkan"
        : phase == EngagementPhase.Proposed ? "perjanjian telah dicadangkan tetapi belum ditandatangani"
        : phase == EngagementPhase.Signed ? (depositRequired ? "perjanjian telah ditandatangani tetapi deposit belum diterima" : "perjanjian telah ditandatangani tetapi kerja belum dijadualkan")
        : phase == EngagementPhase.DepositReceived ? "deposit telah diterima dan kerja sedang menunggu untuk dijadualkan"
        : phase == EngagementPhase.Scheduled ? "kerja telah dijadualkan tetapi belum bermula"
        : phase == EngagementPhase.Active ? "projek ini sedang berjalan"
        : phase == EngagementPhase.Paused ? "projek ini sedang ditangguhkan"
        : phase == EngagementPhase.Completed ? "projek ini telah selesai"
        : "projek ini telah ditamatkan";

    private static string AllowedIn(EngagementPhase phase, bool depositRequired)
    {
        if (phase.IsFinal)
        {
            return "Kerjanya telah berakhir: hanya bayaran, peringatan, tindakan kelewatan, ringkasan mesyuarat, mesyuarat berkala, maklum balas dan insiden yang masih boleh direkodkan.";
        }

        var allowed =
            phase == EngagementPhase.New ? "mencadangkan perjanjian"
            : phase == EngagementPhase.Proposed ? "menandatangani perjanjian atau menamatkan projek"
            : phase == EngagementPhase.Signed ? (depositRequired ? "menerima deposit" : "menjadualkan kerja") + ", mengendalikan permintaan perubahan atau menamatkan projek"
            : phase == EngagementPhase.DepositReceived ? "menjadualkan kerja, mengendalikan permintaan perubahan atau menamatkan projek"
            : phase == EngagementPhase.Scheduled ? "memulakan peringkat pertama, merekodkan jam kerja, menangguhkan kerja, mengendalikan permintaan perubahan atau menamatkan projek"
            : phase == EngagementPhase.Paused ? "menyambung semula kerja, merekodkan jam kerja, mengendalikan permintaan perubahan atau menamatkan projek"
            : "memulakan, menghantar, menyerahkan, menerima atau menyemak semula peringkat, merekodkan jam kerja, menangguhkan kerja, mengendalikan permintaan perubahan, menyelesaikan projek atau menamatkannya";
        return $"Yang boleh dibuat sekarang: {allowed}.";
    }

    /// <summary>"kedua-dua pusingan semakan yang termasuk bagi Reka bentuk telah digunakan", in lower case.</summary>
    private static string RoundsUsed(FactReader f) => RoundsUsed(f, f.Get<int>("rounds"), f.Text("deliverable"));

    private static string RoundsUsed(FactReader f, int rounds, string deliverable) =>
        rounds == 0 ? $"tiada pusingan semakan yang termasuk bagi {deliverable}"
        : rounds == 1 ? $"satu-satunya pusingan semakan yang termasuk bagi {deliverable} telah digunakan"
        : rounds == 2 ? $"kedua-dua pusingan semakan yang termasuk bagi {deliverable} telah digunakan"
        : rounds == 3 ? $"ketiga-tiga pusingan semakan yang termasuk bagi {deliverable} telah digunakan"
        : $"kesemua {f.Words.RevisionRounds(rounds)} yang termasuk bagi {deliverable} telah digunakan";

    private static string PointName(FeedbackPoint point) =>
        point == FeedbackPoint.AfterOnboarding ? "selepas peringkat pertama" : point == FeedbackPoint.AtCompletion ? "pada akhir projek" : "susulan selepas projek selesai";

    /// <summary>The points a feedback policy asks at: "selepas peringkat pertama, pada akhir projek dan 30 hari selepas projek selesai".</summary>
    private static string FeedbackPoints(FactReader f, FeedbackPolicy policy)
    {
        var points = new List<string>(policy.Points.Count);
        foreach (var point in policy.Points)
        {
            points.Add(point == FeedbackPoint.FollowUp ? f.Words.Days(policy.FollowUpAfterDays) + " selepas projek selesai" : PointName(point));
        }

        return f.Words.JoinedWithAnd(points);
    }

    /// <summary>A check-in cadence: "setiap minggu pada hari Isnin", "setiap 3 hari bekerja".</summary>
    private static string Cadence(FactReader f, CheckInCadence cadence) =>
        cadence.Weekday is { } day ? "setiap minggu pada hari " + f.Words.Weekday(day)
        : cadence.EveryBusinessDays == 1 ? "setiap hari bekerja"
        : "setiap " + BusinessDays(f, cadence.EveryBusinessDays);

    /// <summary>
    /// An obligation by name: <c>peringkat "Reka bentuk"</c>, <c>deposit</c>, <c>bayaran selepas "Reka bentuk"</c>,
    /// <c>bayaran akhir</c>, <c>jawapan kepada mesej 'm-7'</c>.
    /// </summary>
    private static string Obligation(FactReader f, string name)
    {
        var key = f.Get<ObligationKey>(name);
        var stage = f.Has(name + "Name") ? f.Text(name + "Name") : key.Stage?.Value;
        return key.Kind == ObligationKind.Stage ? $"peringkat \"{stage}\""
            : key.Kind == ObligationKind.Acceptance ? $"penerimaan peringkat \"{stage}\""
            : key.Kind == ObligationKind.MilestonePayment ? $"bayaran selepas \"{stage}\""
            : key.Kind == ObligationKind.Deposit ? "deposit"
            : key.Kind == ObligationKind.FinalPayment ? "bayaran akhir"
            : $"jawapan kepada mesej '{key.Message}'";
    }

    /// <summary>A rule by what it does and when: "caj kelewatan apabila lewat 10 hari bekerja", "peringatan tegas pada tarikh akhir".</summary>
    private static string RuleName(FactReader f, ConsequenceRule rule)
    {
        var kind = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Reminder) => "peringatan mesra",
            nameof(ConsequenceKind.FirmReminder) => "peringatan tegas",
            nameof(ConsequenceKind.Escalation) => "eskalasi",
            nameof(ConsequenceKind.ScheduleShift) => "anjakan jadual",
            nameof(ConsequenceKind.Pause) => "penangguhan kerja",
            nameof(ConsequenceKind.RestartLeadTime) => "tempoh persediaan untuk menyambung semula kerja",
            nameof(ConsequenceKind.RestartFee) => "caj penyambungan semula kerja",
            nameof(ConsequenceKind.LateFee) => "caj kelewatan",
            nameof(ConsequenceKind.Credit) => "kredit",
            _ => "notis penamatan",
        };
        var days = rule.BusinessDaysOverdue;
        return days < 0 ? $"{kind} {BusinessDays(f, -days)} sebelum tarikh akhir"
            : days == 0 ? $"{kind} pada tarikh akhir"
            : $"{kind} apabila lewat {BusinessDays(f, days)}";
    }

    /// <summary>
    /// Dates in a list: "13 dan 20 April 2026" when they share a month, as running text writes them; each in full
    /// otherwise, or when the culture's data is missing and dates are ISO.
    /// </summary>
    private static string Days(FactReader f, IReadOnlyList<LocalDate> days) => f.Words.JoinedWithAnd(f.Words.DatesOfAList(days));

    /// <summary>The refused command on its stage: "menyerahkan peringkat "Reka bentuk"", "menghantar hasil kerja bagi peringkat "Reka bentuk"".</summary>
    private static string ActionOn(FactReader f)
    {
        var action = Action(f);
        return action.EndsWith(" peringkat", StringComparison.Ordinal)
            ? $"{action} \"{f.Name("stage")}\""
            : $"{action} bagi peringkat \"{f.Name("stage")}\"";
    }

    /// <summary>The refused command on the stage just named: "menyerahkannya", "menghantar hasil kerja".</summary>
    private static string ActionOnIt(FactReader f)
    {
        var action = Action(f);
        return action.EndsWith(" peringkat", StringComparison.Ordinal) ? action.Substring(0, action.Length - " peringkat".Length) + "nya" : action;
    }

    /// <summary>Ids in single quotes, joined with "dan": 'kick-off' dan 'design-review'.</summary>
    private static string Ids(FactReader f, IReadOnlyList<string> ids)
    {
        var quoted = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            quoted.Add("'" + id + "'");
        }

        return f.Words.JoinedWithAnd(quoted);
    }

    /// <summary>A list of channels, joined with "dan".</summary>
    private static string Channels(FactReader f, string name)
    {
        var names = new List<string>();
        foreach (var channel in f.Get<System.Collections.IEnumerable>(name))
        {
            names.Add(f.Words.ChannelName((Channel)channel));
        }

        return f.Words.JoinedWithAnd(names);
    }

    /// <summary>
    /// An entry of the ledger of what is owed, by name: <c>bayaran selepas "Design draft"</c>, <c>arahan perubahan 'booking'</c>,
    /// <c>caj penyambungan semula kerja bagi peringkat "Client sends content"</c>, <c>lebihan bayaran bagi deposit</c>.
    /// </summary>
    private static string Entry(FactReader f, string name)
    {
        var key = f.Get<OwedKey>(name);
        var about = key.Obligation is null ? string.Empty : Obligation(f, name + "Obligation");
        return key.Kind.Name switch
        {
            nameof(OwedKind.ChangeOrder) => $"arahan perubahan '{key.ChangeOrder}'",
            nameof(OwedKind.RestartFee) => $"caj penyambungan semula kerja bagi {about}",
            nameof(OwedKind.LateFee) => $"caj kelewatan bagi {about}",
            nameof(OwedKind.Credit) => $"kredit atas kelewatan {about}",
            nameof(OwedKind.Overpayment) => $"lebihan bayaran bagi {about}",
            _ => about,
        };
    }

    /// <summary>Why an entry is not owed yet, by its kind.</summary>
    private static string NotOwedYet(OwedKind kind) =>
        kind == OwedKind.ChangeOrder ? "harganya belum dipersetujui" : kind.IsConsequence ? "ia belum dikenakan" : "invoisnya belum dikeluarkan";
}
