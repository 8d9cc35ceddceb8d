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

/// <content>Why the decider refused a command, by the refusal's code.</content>
internal static partial class EngineIndonesian
{
    /// <summary>The refusals of the work's course: the engagement's phase, stages and handoffs.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Course()
    {
        yield return ("engagement.beyond-supported-dates", f =>
            $"Tidak dapat {Action(f)} pada {f.Words.ReadersTime(Command(f).At)}: tanggal-tanggal yang dihasilkan melampaui batas yang dapat diolah pustaka ini (rencana paling lambat berakhir pada tahun 9999, dan tenggat pada tahun 9998).");
        yield return ("engagement.version-conflict", f =>
            $"Proyek ini sudah berubah sejak keputusan ini dibuat: versinya kini {f.Words.Number(f.Get<int>("version"))}, bukan {f.Words.Number(f.Get<int>("expected"))}. Muat ulang data proyek, lalu coba lagi.");
        yield return ("engagement.out-of-order", f =>
            $"Tidak dapat {Action(f)} pada {f.Words.ReadersTime(Command(f).At)}: proyek ini sudah memiliki catatan yang lebih baru, yaitu pada {f.Words.ReadersTime(f.Get<Instant>("last"))}.");
        yield return ("engagement.not-allowed-in-phase", f =>
            $"Tidak dapat {Action(f)}. Status proyek: {PhaseName(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}. {AllowedIn(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}");
        yield return ("plan.start-in-the-past", f =>
            $"Pekerjaan tidak dapat dijadwalkan mulai {Day(f, "start")} karena tanggal itu sudah lewat pada hari penjadwalan ({Day(f, "today")}).");
        yield return ("engagement.stage.unknown", f => $"Perjanjian \"{f.Name("agreement")}\" tidak memuat tahap '{f.Text("stage")}'.");
        yield return ("engagement.stage.already-started", f => $"Tahap \"{f.Name("stage")}\" sudah dimulai.");
        yield return ("engagement.stage.not-current", f => f.Has("current")
            ? $"Tidak dapat {ActionOn(f)}: tahap yang sedang berjalan adalah \"{f.Name("current")}\", dan tahap itu sedang menunggu tindakan dari {f.Name("holder")}."
            : $"Tidak dapat {ActionOn(f)}: semua tahap sudah diserahkan.");
        yield return ("engagement.stage.not-started", f => $"Tahap \"{f.Name("stage")}\" belum dimulai; mulailah tahap itu terlebih dahulu sebelum {ActionOnIt(f)}.");
        yield return ("engagement.stage.not-handed-off", f => $"Tahap \"{f.Name("stage")}\" belum diserahkan, sehingga belum dapat diterima atau dikembalikan untuk direvisi.");
        yield return ("engagement.stage.not-last-handed-off", f =>
            $"Yang dapat diterima atau dikembalikan untuk direvisi hanya tahap yang terakhir diserahkan, yaitu \"{f.Name("lastHandedOff")}\", bukan \"{f.Name("stage")}\".");
        yield return ("engagement.acceptance.no-window", f =>
            $"Perjanjian tidak menganggap tahap \"{f.Name("stage")}\" diterima saat batas waktunya berakhir: {f.Name("party")} harus menerimanya atau meminta revisi.");
        yield return ("engagement.acceptance.window-open", f =>
            $"{f.Name("party")} masih memiliki waktu hingga akhir hari {Day(f, "closes")} untuk menerima tahap \"{f.Name("stage")}\" atau meminta revisi; tahap itu baru dianggap diterima setelahnya.");
        yield return ("engagement.stage.not-accepted", f =>
            $"Sesuai perjanjian, {f.Name("party")} harus menerima tahap \"{f.Name("stage")}\" atau meminta revisi terlebih dahulu sebelum melanjutkan ke tahap \"{f.Name("next")}\".");
        yield return ("engagement.handoff.due-in-the-past", f =>
            $"Tenggat {Day(f, "due")} sudah lewat pada hari serah terima ({Day(f, "today")} menurut kalender {f.Name("receiver")}).");
        yield return ("engagement.revision.nothing-submitted", f => $"Belum ada hasil kerja yang dikirimkan pada tahap \"{f.Name("stage")}\", jadi belum ada yang dapat direvisi.");
        yield return ("engagement.revision.already-accepted", f => $"Tahap \"{f.Name("stage")}\" sudah diterima; perubahan yang diminta sekarang merupakan permintaan baru, bukan revisi.");
        yield return ("scope.revision-rounds-used", f =>
            $"{RoundsUsed(f)}. Ajukan perubahan ini sebagai permintaan perubahan (RequestChange): harganya dihitung berdasarkan daftar tarif, dan setelah penawarannya disetujui, perubahan itu dikerjakan sebagai pekerjaan baru.");
        yield return ("scope.extra-round-pending", f =>
            $"{RoundsUsed(f)}, dan satu putaran tambahan sudah ditawarkan (penawaran perubahan '{f.Text("changeOrder")}', status: {StatusName(f.Get<ChangeOrderStatus>("status"))}): setelah penawaran itu disetujui, ajukan kembali permintaan revisinya.");
        yield return ("engagement.complete.stages-remaining", f =>
            $"Tahap \"{f.Name("stage")}\" dan tahap-tahap sesudahnya belum selesai; proyek baru dapat diselesaikan setelah tahap terakhir diserahkan dan diterima.");
        yield return ("engagement.complete.final-not-accepted", f => $"{f.Name("party")} belum menerima tahap terakhir, yaitu \"{f.Name("stage")}\".");
        yield return ("engagement.nothing-to-pause", _ =>
            "Pekerjaan tidak dapat dihentikan sementara: semua tahap sudah diserahkan dan diterima, sehingga tidak ada pihak yang perlu bertindak dan tidak ada tenggat yang berjalan. Selesaikan atau akhiri proyek ini.");
    }

    /// <summary>The refusals of the client's payments.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Payments()
    {
        yield return ("engagement.deposit.not-required", _ => "Perjanjian ini tidak mensyaratkan uang muka: pekerjaan dapat langsung dijadwalkan.");
        yield return ("engagement.deposit.wrong-currency", f =>
            $"Uang muka harus dibayar dalam {f.Get<Money>("required").Currency}, tetapi yang tercatat {Amount(f, "received")}.");
        yield return ("engagement.deposit.short", f =>
            $"Uang muka seharusnya {Amount(f, "required")}, tetapi yang diterima baru {Amount(f, "received")}; masih kurang {Amount(f, "missing")}.");
        yield return ("payment.unknown", f => $"Ketentuan pembayaran dalam perjanjian tidak mencakup {Obligation(f, "payment")}.");
        yield return ("payment.not-invoiced", f => f.Get<ObligationKey>("payment").Kind == ObligationKind.FinalPayment
            ? "Pelunasan baru ditagihkan jika proyek sudah selesai, sedangkan proyek ini belum selesai."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} baru ditagihkan jika tahapnya sudah diterima, sedangkan tahap itu belum diterima.");
        yield return ("payment.already-received", f => $"{Phrasebook.Capitalised(Obligation(f, "payment"))} sudah diterima.");
        yield return ("payment.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Obligation(f, "payment"))} harus dilakukan dalam {f.Get<Money>("required").Currency}, tetapi yang tercatat {Amount(f, "received")}.");
        yield return ("payment.short", f => f.Has("credited")
            ? $"{Phrasebook.Capitalised(Obligation(f, "payment"))} sebesar {Amount(f, "invoiced")}, setelah dikurangi {Amount(f, "credited")} yang sudah diperhitungkan dengan nota kredit, menjadi {Amount(f, "required")}, tetapi yang diterima baru {Amount(f, "received")}; masih kurang {Amount(f, "missing")}."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} seharusnya {Amount(f, "required")}, tetapi yang diterima baru {Amount(f, "received")}; masih kurang {Amount(f, "missing")}.");
        yield return ("owed.unknown", f => f.Get<OwedKey>("entry").Kind == OwedKind.Overpayment
            ? $"Tidak ada kelebihan pembayaran atas {Obligation(f, "entryObligation")}, jadi tidak ada yang perlu dikembalikan atau diperhitungkan."
            : $"{Phrasebook.Capitalised(Entry(f, "entry"))} belum menjadi tagihan dalam proyek ini karena {NotOwedYet(f.Get<OwedKey>("entry").Kind)}.");
        yield return ("owed.agreed-payment", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} termasuk pembayaran yang diatur dalam perjanjian; catat penerimaannya dengan {(f.Get<OwedKey>("entry").Kind == OwedKind.Deposit ? "ReceiveDeposit" : "ReceivePayment")}.");
        yield return ("owed.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} harus dibayar dalam {f.Get<Money>("required").Currency}, tetapi yang tercatat {Amount(f, "received")}.");
        yield return ("owed.overpaid", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "entry"))} sudah lunas; tidak ada lagi yang dapat dibayar atau diperhitungkan."
            : $"Sisa {Entry(f, "entry")} yang belum dibayar hanya {Amount(f, "outstanding")}, tetapi yang dicatat {Amount(f, "amount")}; catat paling banyak sebesar sisa tersebut.");
        yield return ("owed.credit-exceeded", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(Entry(f, "credit"))} sudah habis diperhitungkan; tidak ada sisa yang dapat dipakai."
            : $"Sisa {Entry(f, "credit")} hanya {Amount(f, "outstanding")}, tetapi yang akan diperhitungkan {Amount(f, "amount")}.");
        yield return ("owed.not-a-credit", f =>
            $"{Phrasebook.Capitalised(Entry(f, "credit"))} bukan potongan harga atau kelebihan pembayaran, jadi tidak dapat diperhitungkan dengan tagihan pihak lain.");
        yield return ("owed.not-settleable", f =>
        {
            var against = f.Get<OwedKey>("against");
            return against.Kind.IsCreditNote ? $"{Phrasebook.Capitalised(Entry(f, "against"))} juga merupakan dana yang harus dikembalikan; potongan harga hanya dapat diperhitungkan dengan pembayaran, penawaran perubahan, biaya, atau denda yang terutang oleh pihak lain."
                : against.Kind == OwedKind.Deposit ? "Uang muka harus diterima penuh sebelum pekerjaan dijadwalkan, sehingga tidak dapat dilunasi dengan potongan harga; perhitungkan potongan itu dengan pembayaran berikutnya."
                : $"{Phrasebook.Capitalised(Entry(f, "credit"))} menjadi hak {f.Name("creditor")}, sedangkan {Entry(f, "against")} terutang oleh {f.Name("debtor")}; potongan harga hanya dapat mengurangi tagihan yang harus dibayar oleh pihak yang berhak atasnya.";
        });
    }

    /// <summary>The refusals of reminders and consequences recorded by the host.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ConsequenceRefusals()
    {
        yield return ("consequence.wrong-command", f => f.Get<ConsequenceRule>("rule") is var rule && rule.Kind.IsReminder
            ? $"{Phrasebook.Capitalised(RuleName(f, rule))} adalah pengingat, bukan tindakan atas keterlambatan: catat pengirimannya dengan RecordReminderSent."
            : $"{Phrasebook.Capitalised(RuleName(f, rule))} bukan pengingat: terapkan dengan ApplyConsequence.");
        yield return ("consequence.unknown-obligation", f => $"Dalam proyek ini tidak ada {Obligation(f, "obligation")}.");
        yield return ("consequence.not-in-policy", f =>
            $"Ketentuan keterlambatan dalam perjanjian tidak mencakup {RuleName(f, f.Get<ConsequenceRule>("rule"))} untuk {Obligation(f, "obligation")}.");
        yield return ("consequence.already-recorded", f =>
            $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} untuk {Obligation(f, "obligation")} sudah dicatat dan tidak dapat diberlakukan dua kali.");
        yield return ("consequence.not-due", f =>
        {
            var what = $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} untuk {Obligation(f, "obligation")}";
            return !f.Has("fallsDueAt") ? $"{what} tidak berlaku saat ini: {Obligation(f, "obligation")} belum cukup lama terlambat, pihak yang bertanggung jawab belum perlu bertindak, atau kewajibannya sudah dipenuhi."
                : f.Get<Instant>("fallsDueAt") > f.Get<Instant>("at") ? $"{what} belum berlaku: ketentuan ini baru berlaku pada {f.Words.ReadersTime(f.Get<Instant>("fallsDueAt"))}."
                : $"{what} tidak berlaku lagi karena sudah digantikan oleh pengingat yang lebih baru.";
        });
    }

    /// <summary>The refusals of change orders.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ChangeOrders()
    {
        yield return ("change-order.unknown", f => f.Has("decision")
            ? $"Permintaan perubahan '{f.Text("changeOrder")}' sudah {DecisionName(f.Text("decision"))}, jadi tidak ada penawaran perubahan yang dapat {ChangeOrderDone(f)}."
            : $"Dalam proyek ini tidak ada penawaran perubahan '{f.Text("changeOrder")}'.");
        yield return ("change-order.closed", f =>
        {
            var status = f.Get<ChangeOrderStatus>("status");
            var closed = status == ChangeOrderStatus.NoCharge ? "diberikan tanpa biaya" : status == ChangeOrderStatus.Accepted ? "disetujui" : "ditolak";
            var when = f.Has("closedAt") ? $" pada {f.Words.ReadersTime(f.Get<Instant>("closedAt"))}" : string.Empty;
            return $"Penawaran perubahan '{f.Text("changeOrder")}' sudah {closed}{when}; statusnya tidak dapat berubah lagi.";
        });
        yield return ("change-order.too-long", f => f.Has("stage")
            ? $"Penawaran perubahan '{f.Text("changeOrder")}' akan membuat tahap \"{f.Name("stage")}\" berlangsung {f.Words.BusinessDays(f.Get<int>("length"))}, melebihi batas {f.Words.BusinessDays(f.Get<int>("longest"))} untuk satu tahap."
            : $"Penawaran perubahan '{f.Text("changeOrder")}' akan menambah {f.Words.BusinessDays(f.Get<int>("impact"))}, melebihi batas {f.Words.BusinessDays(f.Get<int>("longest"))} untuk satu tahap; ajukan dengan dampak yang lebih kecil terhadap jadwal, atau pecah pekerjaannya menjadi beberapa bagian.");
        yield return ("change-order.wrong-currency", f =>
            $"Harga penawaran perubahan '{f.Text("changeOrder")}' harus dalam {f.Text("currency")}, sesuai mata uang daftar tarif, tetapi yang diajukan {Amount(f, "price")}.");
        yield return ("change-order.below-minimum", f =>
            $"Menurut perjanjian, harga penawaran perubahan minimal {Amount(f, "minimum")}, tetapi untuk '{f.Text("changeOrder")}' diajukan {Amount(f, "price")}. Jika pekerjaan ini hendak diberikan dengan harga lebih rendah, berikan saja tanpa biaya (AbsorbChangeOrder).");
        yield return ("change-order.proceeding-not-allowed", f =>
            $"Perjanjian tidak mengizinkan pekerjaan perubahan dimulai sebelum harganya disepakati; penawaran perubahan '{f.Text("changeOrder")}' harus disetujui terlebih dahulu.");
        yield return ("change-order.not-proposed", f =>
            $"Penawaran perubahan '{f.Text("changeOrder")}' masih berupa draf yang belum dilihat {f.Name("party")}; ajukan terlebih dahulu (ProposeChangeOrder).");
        yield return ("change-order.expired", f =>
            $"Masa berlaku penawaran perubahan '{f.Text("changeOrder")}' sudah berakhir pada {f.Words.ReadersTime(f.Get<Instant>("expiresAt"))}; sebelum disetujui, penawaran itu harus diajukan kembali (ProposeChangeOrder) dengan harga dan tanggal terkini.");
        yield return ("change-order.no-stage-left", f =>
            $"Penawaran perubahan '{f.Text("changeOrder")}' menambah {f.Words.BusinessDays(f.Get<int>("impact"))}, tetapi semua tahap {f.Name("party")} sudah selesai; rencanakan pekerjaan ini sebagai proyek baru, atau ajukan tanpa mengubah jadwal.");
    }

    /// <summary>The refusals of how the two sides talk: meetings, check-ins, feedback, incidents, messages.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Conversations()
    {
        yield return ("meeting.duplicate", f => $"Rapat '{f.Text("meeting")}' sudah dijadwalkan dalam proyek ini; gunakan ID lain untuk rapat yang baru.");
        yield return ("meeting.unknown", f => $"Tidak ada rapat '{f.Text("meeting")}' yang dijadwalkan dalam proyek ini"
            + (f.Texts("meetings") is { Count: > 0 } meetings ? $"; rapat yang ada: {Listed(f, meetings, "'")}." : "; jadwalkan rapat itu terlebih dahulu (BookMeeting)."));
        yield return ("meeting.already-held", f => f.Get<EngagementCommand>("command") is CancelMeeting
            ? $"Rapat '{f.Text("meeting")}' sudah berlangsung, jadi tidak dapat dibatalkan lagi."
            : $"Rapat '{f.Text("meeting")}' sudah tercatat sebagai terlaksana.");
        yield return ("meeting.cancelled", f => $"Rapat '{f.Text("meeting")}' sudah dibatalkan; pertemuan yang tetap berlangsung perlu dicatat sebagai rapat baru.");
        yield return ("meeting.not-on-agenda", f =>
            $"{Listed(f, f.Texts("items"), "\"")} tidak ada dalam agenda rapat '{f.Text("meeting")}', yang berisi {Listed(f, f.Texts("agenda"), "\"")}.");
        yield return ("meeting.not-held", f => $"Rapat '{f.Text("meeting")}' belum tercatat sebagai terlaksana, jadi belum ada ringkasan yang perlu dikirim (catat dulu rapatnya dengan RecordMeetingHeld).");
        yield return ("check-in.no-cadence", _ => "Perjanjian tidak menetapkan jadwal rapat rutin (AgreementBuilder.WithCheckIns), jadi tidak ada rapat rutin yang dapat dicatat.");
        yield return ("check-in.not-scheduled", f =>
            $"Rapat rutin baru berjalan setelah pekerjaan dijadwalkan, sedangkan proyek ini belum dijadwalkan; karena itu, tidak ada rapat rutin pada {Day(f, "occurrence")}.");
        yield return ("check-in.not-an-occurrence", f =>
        {
            var near = f.Get<IReadOnlyList<LocalDate>>("nearby");
            return $"Tidak ada rapat rutin pada {Day(f, "occurrence")}: rapat rutin diadakan {Cadence(f, f.Get<CheckInCadence>("cadence"))} mulai {Day(f, "start")}, kecuali selama pekerjaan dihentikan sementara"
                + (near.Count == 0 ? "." : $". Jadwal terdekat yang belum dicatat: {Days(f, near)}.");
        });
        yield return ("check-in.in-future", f =>
            $"Rapat rutin tanggal {Day(f, "occurrence")} belum tiba waktunya (hari ini {Day(f, "today")} menurut kalender {f.Name("party")}).");
        yield return ("check-in.already-recorded", f =>
        {
            var recorded = f.Get<RecordedCheckIn>("recorded");
            var how = recorded.Held ? "terlaksana"
                : string.IsNullOrEmpty(recorded.Note) ? "tidak terlaksana"
                : $"tidak terlaksana ({recorded.Note})";
            return $"Rapat rutin tanggal {Day(f, "occurrence")} sudah tercatat sebagai {how}.";
        });
        yield return ("feedback.not-agreed", f =>
        {
            var asked = f.Has("policy") ? FeedbackPoints(f, f.Get<FeedbackPolicy>("policy")) : string.Empty;
            return $"Perjanjian tidak mengatur permintaan umpan balik {PointName(f.Get<FeedbackPoint>("point"))}"
                + (!f.Has("policy") ? " (AgreementBuilder.WithFeedback)."
                    : asked.Length == 0 ? ", maupun pada waktu lain."
                    : $"; umpan balik hanya diminta {asked}.");
        });
        yield return ("feedback.ended-early", f =>
            $"Proyek ini sudah diakhiri lebih awal pada {ProviderMoment(f, "endedAt")} (waktu penyedia jasa), sehingga umpan balik tidak diminta lagi.");
        yield return ("feedback.not-due-yet", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var when = f.Has("comesAt") ? $"pada {ProviderMoment(f, "comesAt")} (waktu penyedia jasa)"
                : point == FeedbackPoint.AfterOnboarding ? "setelah tahap pertama selesai"
                : "setelah proyek selesai";
            return $"Belum waktunya meminta umpan balik {PointName(point)}: permintaan baru dapat dikirim {when}.";
        });
        yield return ("feedback.not-requested", f => $"Umpan balik {PointName(f.Get<FeedbackPoint>("point"))} belum pernah diminta; catat dulu permintaannya (RequestFeedback).");
        yield return ("feedback.already-received", f =>
            $"Umpan balik {PointName(f.Get<FeedbackPoint>("point"))} sudah diterima pada {ProviderMoment(f, "receivedAt")} (waktu penyedia jasa).");
        yield return ("incident.duplicate", f => $"Insiden '{f.Text("incident")}' sudah tercatat; gunakan ID lain untuk insiden yang baru.");
        yield return ("incident.follow-through-in-past", f =>
            $"Tenggat tindak lanjut, {Day(f, "due")}, sudah lewat pada hari insiden ini dicatat ({Day(f, "today")} menurut kalender {f.Name("party")}); tetapkan tanggal yang belum lewat.");
        yield return ("incident.unknown", f => $"Tidak ada insiden '{f.Text("incident")}' yang tercatat dalam proyek ini"
            + (f.Texts("incidents") is { Count: > 0 } incidents ? $"; insiden yang ada: {Listed(f, incidents, "'")}." : "."));
        yield return ("incident.already-followed-through", f =>
            $"Insiden '{f.Text("incident")}' sudah ditindaklanjuti pada {ProviderMoment(f, "followedThroughAt")} (waktu penyedia jasa).");
        yield return ("incident.credit-not-applied", f =>
            $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} untuk {Obligation(f, "obligation")} belum diberikan oleh {f.Name("party")}: catat dulu pemberiannya (ApplyConsequence), lalu kaitkan dengan insiden ini.");
        yield return ("incident.credit-already-linked", f =>
            $"Insiden '{f.Text("incident")}' sudah dikaitkan dengan {RuleName(f, f.Get<ConsequenceRule>("rule"))} untuk {Obligation(f, "obligation")}.");
        yield return ("message.duplicate", f => $"Pesan '{f.Text("message")}' sudah tercatat; gunakan ID lain untuk pesan yang baru.");
        yield return ("message.channel-not-accepted", f =>
            $"{f.Name("recipient")} tidak menerima pesan {f.Words.ChannelVia(f.Get<Channel>("channel"))}, hanya lewat {Channels(f, "accepted")}. Mintalah pesan itu dikirim ulang lewat salah satu saluran tersebut.");
        yield return ("message.no-commitment", f => $"{f.Name("recipient")} tidak menjanjikan waktu balasan untuk pesan {f.Words.ChannelVia(f.Get<Channel>("channel"))}"
            + (f.Texts("promised") is { Count: > 0 } ? $" (waktu balasan hanya dijanjikan untuk pesan lewat {Channels(f, "promised")})" : string.Empty)
            + ", jadi tidak ada balasan yang perlu dipantau.");
        yield return ("message.unknown", f => $"Tidak ada pesan '{f.Text("message")}' yang tercatat dalam proyek ini"
            + (f.Texts("messages") is { Count: > 0 } messages ? $"; pesan yang ada: {Listed(f, messages, "'")}." : "; catat dulu pesannya (RecordMessage)."));
    }

    private static EngagementCommand Command(FactReader f) => f.Get<EngagementCommand>("command");

    /// <summary>What the refused command does, as a verb phrase: "menyerahkan tahap".</summary>
    private static string Action(FactReader f) => Command(f) switch
    {
        Propose => "mengajukan perjanjian",
        Sign => "menandatangani perjanjian",
        ReceiveDeposit => "mencatat penerimaan uang muka",
        Schedule => "menjadwalkan pekerjaan",
        StartStage => "memulai tahap",
        SubmitWork => "mengirimkan hasil kerja",
        HandOff => "menyerahkan tahap",
        AcceptStage => "menerima tahap",
        RequestRevision => "meminta revisi",
        LogEffort => "mencatat jam kerja",
        PauseWork => "menghentikan sementara pekerjaan",
        ResumeWork => "melanjutkan pekerjaan",
        Complete => "menyelesaikan proyek",
        Terminate => "mengakhiri proyek",
        RecordReminderSent => "mencatat pengiriman pengingat",
        ApplyConsequence => "menerapkan tindakan atas keterlambatan",
        ReceivePayment => "mencatat penerimaan pembayaran",
        PayOwed => "mencatat pembayaran tagihan",
        SettleCredit => "memperhitungkan potongan harga",
        RecordDeemedAcceptance => "mencatat tahap yang dianggap diterima",
        RecordForceMajeure => "mencatat keadaan kahar",
        RequestChange => "mencatat permintaan perubahan",
        ProposeChangeOrder => "mengajukan penawaran perubahan",
        AcceptChangeOrder => "menyetujui penawaran perubahan",
        DeclineChangeOrder => "menolak penawaran perubahan",
        ProceedWhilePriced => "mengerjakan penawaran perubahan sambil menunggu harganya disepakati",
        AbsorbChangeOrder => "memberikan penawaran perubahan tanpa biaya",
        BookMeeting => "menjadwalkan rapat",
        CancelMeeting => "membatalkan rapat",
        RecordMeetingHeld => "mencatat bahwa rapat telah berlangsung",
        RecordRecapSent => "mencatat pengiriman ringkasan rapat",
        RecordCheckIn => "mencatat rapat rutin",
        RequestFeedback => "meminta umpan balik",
        ReceiveFeedback => "mencatat umpan balik",
        RecordIncident => "mencatat insiden",
        RecordFollowThrough => "mencatat tindak lanjut insiden",
        LinkCreditToIncident => "mengaitkan potongan harga dengan insiden",
        RecordMessage => "mencatat pesan",
        RecordReply => "mencatat balasan",
        var other => throw new InvalidOperationException($"No Indonesian verb phrase for the command {other.GetType().Name}."),
    };

    /// <summary>The refused command on its stage: "menyerahkan tahap "Desain"", "mengirimkan hasil kerja untuk tahap "Desain"".</summary>
    private static string ActionOn(FactReader f)
    {
        var action = Action(f);
        return action.EndsWith(" tahap", StringComparison.Ordinal)
            ? $"{action} \"{f.Name("stage")}\""
            : $"{action} untuk tahap \"{f.Name("stage")}\"";
    }

    /// <summary>The refused command on the stage just named: "menyerahkannya", "mengirimkan hasil kerja".</summary>
    private static string ActionOnIt(FactReader f)
    {
        var action = Action(f);
        return action.EndsWith(" tahap", StringComparison.Ordinal) ? action.Substring(0, action.Length - " tahap".Length) + "nya" : action;
    }

    /// <summary>What could not be done to a change order that never was, in the passive: "disetujui".</summary>
    private static string ChangeOrderDone(FactReader f) => Command(f) switch
    {
        ProposeChangeOrder => "diajukan",
        AcceptChangeOrder => "disetujui",
        DeclineChangeOrder => "ditolak",
        ProceedWhilePriced => "dikerjakan sambil menunggu harganya disepakati",
        AbsorbChangeOrder => "diberikan tanpa biaya",
        _ => "diproses",
    };

    /// <summary>How a change request was decided, after "sudah": "dinyatakan tercakup dalam kuota yang disepakati".</summary>
    private static string DecisionName(string decision) => decision switch
    {
        "included" => "dinyatakan termasuk dalam lingkup pekerjaan",
        "consumes-allowance" => "dinyatakan tercakup dalam kuota yang disepakati",
        "goodwill" => "diputuskan untuk dikerjakan tanpa biaya dari jatah bonus",
        "out-of-scope" => "dinyatakan berada di luar lingkup pekerjaan",
        _ => decision.Replace('-', ' '),
    };

    private static string StatusName(ChangeOrderStatus status) =>
        status == ChangeOrderStatus.Draft ? "draf"
        : status == ChangeOrderStatus.Proposed ? "diajukan"
        : status == ChangeOrderStatus.ProceedingWhilePriced ? "dikerjakan sambil menunggu harga"
        : status == ChangeOrderStatus.Accepted ? "disetujui"
        : status == ChangeOrderStatus.Declined ? "ditolak"
        : status == ChangeOrderStatus.Expired ? "kedaluwarsa"
        : "tanpa biaya";

    /// <summary>The engagement's phase as the status report names it: "sudah ditandatangani, menunggu uang muka".</summary>
    private static string PhaseName(EngagementPhase phase, bool depositRequired) =>
        phase == EngagementPhase.New ? "belum diajukan"
        : phase == EngagementPhase.Proposed ? "sudah diajukan, menunggu tanda tangan"
        : phase == EngagementPhase.Signed ? (depositRequired ? "sudah ditandatangani, menunggu uang muka" : "sudah ditandatangani, menunggu jadwal")
        : phase == EngagementPhase.DepositReceived ? "uang muka sudah diterima, menunggu jadwal"
        : phase == EngagementPhase.Scheduled ? "sudah dijadwalkan, belum dimulai"
        : phase == EngagementPhase.Active ? "sedang berjalan"
        : phase == EngagementPhase.Paused ? "dihentikan sementara"
        : phase == EngagementPhase.Completed ? "sudah selesai"
        : "diakhiri lebih awal";

    private static string AllowedIn(EngagementPhase phase, bool depositRequired)
    {
        if (phase.IsFinal)
        {
            return "Pekerjaannya sudah berakhir: yang masih dapat dicatat hanya pembayaran, pengingat, tindakan atas keterlambatan, ringkasan rapat, rapat rutin, umpan balik, dan insiden.";
        }

        var allowed =
            phase == EngagementPhase.New ? "mengajukan perjanjian"
            : phase == EngagementPhase.Proposed ? "menandatangani perjanjian, atau mengakhiri proyek"
            : phase == EngagementPhase.Signed ? (depositRequired ? "mencatat penerimaan uang muka" : "menjadwalkan pekerjaan") + ", menangani permintaan perubahan, atau mengakhiri proyek"
            : phase == EngagementPhase.DepositReceived ? "menjadwalkan pekerjaan, menangani permintaan perubahan, atau mengakhiri proyek"
            : phase == EngagementPhase.Scheduled ? "memulai tahap pertama, mencatat jam kerja, menghentikan sementara pekerjaan, menangani permintaan perubahan, atau mengakhiri proyek"
            : phase == EngagementPhase.Paused ? "melanjutkan pekerjaan, mencatat jam kerja, menangani permintaan perubahan, atau mengakhiri proyek"
            : "memulai, mengirimkan, menyerahkan, menerima, atau merevisi tahap; mencatat jam kerja; menghentikan sementara pekerjaan; menangani permintaan perubahan; menyelesaikan proyek; atau mengakhirinya";
        return $"Yang dapat dilakukan sekarang: {allowed}.";
    }

    /// <summary>"Jatah 2 putaran revisi untuk Desain sudah habis".</summary>
    private static string RoundsUsed(FactReader f) =>
        $"Jatah {f.Words.RevisionRounds(f.Get<int>("rounds"))} untuk {f.Text("deliverable")} sudah habis";

    private static string PointName(FeedbackPoint point) =>
        point == FeedbackPoint.AfterOnboarding ? "setelah tahap pertama" : point == FeedbackPoint.AtCompletion ? "di akhir proyek" : "lanjutan setelah proyek selesai";

    /// <summary>The points a feedback policy asks at: "setelah tahap pertama, di akhir proyek dan 30 hari setelah proyek selesai".</summary>
    private static string FeedbackPoints(FactReader f, FeedbackPolicy policy)
    {
        var points = new List<string>(policy.Points.Count);
        foreach (var point in policy.Points)
        {
            points.Add(point == FeedbackPoint.AfterOnboarding ? "setelah tahap pertama"
                : point == FeedbackPoint.AtCompletion ? "di akhir proyek"
                : f.Words.Days(policy.FollowUpAfterDays) + " setelah proyek selesai");
        }

        return f.Words.JoinedWithAnd(points);
    }

    /// <summary>A check-in cadence: "setiap hari Senin", "setiap 3 hari kerja", "setiap hari kerja".</summary>
    private static string Cadence(FactReader f, CheckInCadence cadence) =>
        cadence.Weekday is { } day ? "setiap hari " + f.Words.Weekday(day)
        : cadence.EveryBusinessDays == 1 ? "setiap hari kerja"
        : "setiap " + f.Words.BusinessDays(cadence.EveryBusinessDays);

    /// <summary>A moment in the provider's time zone, as the fact gives it.</summary>
    private static string ProviderMoment(FactReader f, string name)
    {
        return f.Words.Moment(f.Get<ZonedDateTime>(name).LocalDateTime);
    }

    /// <summary>
    /// An obligation by name: <c>tahap "Design draft"</c>, <c>uang muka</c>, <c>pembayaran setelah "Design draft"</c>,
    /// <c>pelunasan</c>, <c>balasan atas pesan 'm-7'</c> (the message by its id: no subject is stated).
    /// </summary>
    private static string Obligation(FactReader f, string name)
    {
        var key = f.Get<ObligationKey>(name);
        var stage = f.Has(name + "Name") ? f.Text(name + "Name") : key.Stage?.Value;
        return key.Kind == ObligationKind.Stage ? $"tahap \"{stage}\""
            : key.Kind == ObligationKind.Acceptance ? $"penerimaan tahap \"{stage}\""
            : key.Kind == ObligationKind.MilestonePayment ? $"pembayaran setelah \"{stage}\""
            : key.Kind == ObligationKind.Deposit ? "uang muka"
            : key.Kind == ObligationKind.FinalPayment ? "pelunasan"
            : $"balasan atas pesan '{key.Message}'";
    }

    /// <summary>A rule by what it does and when: "denda keterlambatan jika terlambat 10 hari kerja", "pengingat tegas pada hari tenggat".</summary>
    private static string RuleName(FactReader f, ConsequenceRule rule)
    {
        var kind = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Reminder) => "pengingat ramah",
            nameof(ConsequenceKind.FirmReminder) => "pengingat tegas",
            nameof(ConsequenceKind.Escalation) => "eskalasi",
            nameof(ConsequenceKind.ScheduleShift) => "pergeseran jadwal",
            nameof(ConsequenceKind.Pause) => "penghentian sementara pekerjaan",
            nameof(ConsequenceKind.RestartLeadTime) => "waktu persiapan untuk melanjutkan pekerjaan",
            nameof(ConsequenceKind.RestartFee) => "biaya memulai kembali pekerjaan",
            nameof(ConsequenceKind.LateFee) => "denda keterlambatan",
            nameof(ConsequenceKind.Credit) => "potongan harga",
            _ => "pemberitahuan pengakhiran",
        };
        var days = rule.BusinessDaysOverdue;
        return days < 0 ? $"{kind} {f.Words.BusinessDays(-days)} sebelum tenggat"
            : days == 0 ? $"{kind} pada hari tenggat"
            : $"{kind} jika terlambat {f.Words.BusinessDays(days)}";
    }

    /// <summary>
    /// Dates in a list: "13 dan 20 April 2026" when they share a month, as running text writes them; each in full
    /// otherwise, or when the culture's data is missing and dates are ISO.
    /// </summary>
    private static string Days(FactReader f, IReadOnlyList<LocalDate> days) => f.Words.JoinedWithAnd(f.Words.DatesOfAList(days));

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
    /// An entry of the ledger of what is owed, by name: <c>pembayaran setelah "Design draft"</c>, <c>penawaran perubahan 'booking'</c>,
    /// <c>biaya memulai kembali pekerjaan untuk tahap "Client sends content"</c>, <c>kelebihan pembayaran atas uang muka</c>.
    /// </summary>
    private static string Entry(FactReader f, string name)
    {
        var key = f.Get<OwedKey>(name);
        var about = key.Obligation is null ? string.Empty : Obligation(f, name + "Obligation");
        return key.Kind.Name switch
        {
            nameof(OwedKind.ChangeOrder) => $"penawaran perubahan '{key.ChangeOrder}'",
            nameof(OwedKind.RestartFee) => $"biaya memulai kembali pekerjaan untuk {about}",
            nameof(OwedKind.LateFee) => $"denda keterlambatan untuk {about}",
            nameof(OwedKind.Credit) => $"potongan harga atas keterlambatan {about}",
            nameof(OwedKind.Overpayment) => $"kelebihan pembayaran atas {about}",
            _ => about,
        };
    }

    /// <summary>Why an entry is not owed yet, by its kind.</summary>
    private static string NotOwedYet(OwedKind kind) =>
        kind == OwedKind.ChangeOrder ? "harganya belum disetujui" : kind.IsConsequence ? "belum dikenakan" : "belum ditagihkan";
}
