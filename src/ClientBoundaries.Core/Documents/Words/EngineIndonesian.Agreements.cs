using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>Why an agreement cannot be built, a plan cannot be made yet, or a meeting cannot be booked.</content>
internal static partial class EngineIndonesian
{
    private static IEnumerable<(string, Func<FactReader, string>)> AgreementRefusals()
    {
        yield return ("agreement.provider.missing", _ => "Perjanjian harus menyebutkan penyedia jasa (WithProvider).");
        yield return ("agreement.client.missing", _ => "Perjanjian harus menyebutkan klien (WithClient).");
        yield return ("agreement.stages.none", _ => "Perjanjian harus memiliki setidaknya satu tahap (AddStage).");
        yield return ("agreement.milestone.unknown-stage", f =>
            $"Pembayaran termin sebesar {MilestoneAmount(f, f.Get<Charge>("amount"))} dikaitkan dengan tahap '{f.Text("stage")}', padahal tahap itu tidak ada dalam perjanjian.");
        yield return ("agreement.preferences.escalation-contact-missing", f =>
            $"Ketentuan keterlambatan {Role(f, "party")} meneruskan masalah kepada kontak eskalasinya, tetapi preferensi komunikasi {Role(f, "party")} tidak menyebutkan kontak tersebut: sebutkan kontaknya (WithPreferences), atau tetapkan jabatan kontak pada ketentuan itu.");
        yield return ("agreement.preferences.channel-not-accepted", f =>
            $"{Phrasebook.Capitalised(Role(f, "party"))} lebih suka dihubungi {f.Words.ChannelVia(f.Get<Channel>("channel"))}, tetapi kebijakan kontaknya tidak menerima saluran itu (yang diterima: {Channels(f, "accepted")}).");
        yield return ("agreement.contact-windows.no-working-day", f =>
            $"Jam dapat dihubungi {Role(f, "party")} hanya jatuh pada hari ketika {Role(f, "party")} tidak bekerja ({f.Words.Weekdays(f.Get<WorkingWeek>("windows"))}; hari kerjanya {f.Words.Weekdays(f.Get<WorkingWeek>("workingWeek"))}), sehingga {Role(f, "party")} tidak akan pernah dapat dihubungi: tetapkan jam dapat dihubungi pada sedikitnya satu hari kerjanya.");
        yield return ("agreement.deliverable.rounds-need-stage", f =>
            $"Hasil kerja '{f.Text("deliverable")}' mencakup {f.Words.RevisionRounds(f.Get<int>("rounds"))}, yang dihitung pada tahap pembuatannya: sebutkan tahap itu.");
        yield return ("agreement.deliverable.unknown-stage", f =>
            $"Hasil kerja '{f.Text("deliverable")}' dibuat pada tahap '{f.Text("stage")}', padahal tahap itu tidak ada dalam perjanjian.");
        yield return ("agreement.deliverable.stage-of-client", f =>
            $"Hasil kerja '{f.Text("deliverable")}' dibuat pada tahap '{f.Text("stage")}', yang menjadi tanggung jawab klien; hasil kerja diserahkan oleh penyedia jasa, jadi sebutkan salah satu tahap milik penyedia jasa.");
        yield return ("agreement.acceptance-window.unknown-stage", f =>
            $"Batas waktu penerimaan {f.Words.BusinessDays(f.Get<int>("days"))} diberikan untuk tahap '{f.Text("stage")}', padahal tahap itu tidak ada dalam perjanjian.");
        yield return ("agreement.acceptance-window.stage-of-client", f =>
            $"Batas waktu penerimaan {f.Words.BusinessDays(f.Get<int>("days"))} diberikan untuk tahap '{f.Text("stage")}', yang menjadi tanggung jawab klien; yang diterima klien adalah hasil kerja penyedia jasa, jadi sebutkan salah satu tahap milik penyedia jasa.");
        yield return ("agreement.deliverable.rounds-twice", f =>
            $"Dua hasil kerja menghitung putaran revisi pada tahap '{f.Text("stage")}'; revisi pada satu tahap hanya dapat dihitung untuk satu hasil kerja.");
        yield return ("agreement.scope.rate-card-missing", _ =>
            "Putaran revisi tambahan dicatat sebagai permintaan perubahan, yang harganya dihitung dari daftar tarif, tetapi perjanjian ini belum memiliki daftar tarif (WithRateCard).");
        yield return ("agreement.consequences.unknown-stage", f =>
            $"Ketentuan keterlambatan {Role(f, "party")} memuat daftar tindakan untuk tahap '{f.Text("stage")}', padahal tahap itu tidak ada dalam perjanjian.");
        yield return ("agreement.consequences.stage-of-other-party", f =>
            $"Ketentuan keterlambatan {Role(f, "party")} memuat daftar tindakan untuk tahap '{f.Text("stage")}', padahal tahap itu tanggung jawab {Role(f, "owner")}: pindahkan daftar tindakan itu ke ketentuan keterlambatan {Role(f, "owner")}.");
        yield return ("agreement.consequences.credit-from-client", _ =>
            "Potongan harga adalah hak klien ketika penyedia jasa terlambat; ketentuan keterlambatan klien tidak dapat memuatnya (klien yang terlambat dikenakan denda).");
        yield return ("agreement.consequences.fee-from-provider", _ =>
            "Denda dan biaya dibayar oleh klien yang terlambat; penyedia jasa yang terlambat memberikan potongan harga kepada klien, jadi ketentuan keterlambatan penyedia jasa tidak dapat memuat denda atau biaya.");
        yield return ("agreement.consequences.provider-pays-nothing", _ =>
            "Hanya klien yang melakukan pembayaran, jadi ketentuan keterlambatan penyedia jasa tidak dapat memuat daftar tindakan untuk pembayaran.");
        yield return ("agreement.consequences.credit-needs-price", f =>
            $"Ketentuan keterlambatan {Role(f, "party")} memberikan potongan harga berupa persentase dari harga tahap, tetapi tahap '{f.Text("stage")}' belum memiliki harga (StageBuilder.Priced).");
        yield return ("agreement.currency.mixed", f =>
            $"Semua nilai dalam perjanjian harus dalam {f.Text("currency")}, tetapi {WhereTheAmountIs(f)} sebesar {Amount(f, "amount")}.");
        yield return ("plan.not-signed", f => f.Has("deposit")
            ? $"Tanggal ditetapkan setelah perjanjian ditandatangani dan uang muka sebesar {Amount(f, "deposit")} diterima; saat ini perjanjian baru diajukan."
            : "Tanggal ditetapkan setelah perjanjian ditandatangani; saat ini perjanjian baru diajukan.");
        yield return ("plan.deposit-not-received", f =>
            $"Tanggal ditetapkan setelah uang muka sebesar {Amount(f, "deposit")} diterima; perjanjian sudah ditandatangani, tetapi uang mukanya belum masuk.");
        yield return ("plan.finish-out-of-order", f =>
            $"Tahap '{f.Text("stage")}' tidak mungkin sudah selesai selama tahap sebelumnya, '{f.Text("previous")}', belum selesai: tahap-tahap selesai secara berurutan.");
        yield return ("plan.finish-before-previous", f =>
            $"Tahap '{f.Text("stage")}' tidak mungkin selesai pada {Day(f, "finish")}, sebelum tahap sebelumnya, '{f.Text("previous")}', selesai pada {Day(f, "previousFinish")}.");
        yield return ("meeting.too-long", f =>
            $"Rapat selama {f.Words.Length(f.Get<Duration>("length"))} melebihi batas {f.Words.Length(f.Get<Duration>("longest"))} yang diizinkan perjanjian; bagi agendanya ke dalam dua rapat.");
    }

    /// <summary>"harga tahap 'design'", "denda keterlambatan jika terlambat 5 hari kerja dalam ketentuan keterlambatan klien", "batas per bulan dalam ketentuan keterlambatan klien".</summary>
    private static string WhereTheAmountIs(FactReader f)
    {
        if (f.Has("stagePrice"))
        {
            return $"harga tahap '{f.Text("stagePrice")}'";
        }

        if (f.Has("hourlyRate"))
        {
            return "tarif per jam dalam daftar tarif";
        }

        if (f.Has("rule"))
        {
            return $"{RuleName(f, f.Get<ConsequenceRule>("rule"))} dalam ketentuan keterlambatan {Role(f, "party")}";
        }

        var cap = f.Get<CapScope>("cap");
        return "batas " + (cap == CapScope.PerStage ? "per tahap" : cap == CapScope.PerMonth ? "per bulan" : "untuk seluruh proyek") + $" dalam ketentuan keterlambatan {Role(f, "party")}";
    }

    /// <summary>"penyedia jasa" or "klien".</summary>
    private static string Role(FactReader f, string name) => f.Words.Role(f.Get<PartyRole>(name));

    /// <summary>Nilai pembayaran termin: "2.400,00 EUR", atau "30% dari total harga".</summary>
    private static string MilestoneAmount(FactReader f, Charge charge) =>
        charge.FixedAmount is { } amount ? f.Words.Money(amount) : f.Words.Percent(charge.Percent!.Value) + " dari total harga";
}
