using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>Why an agreement cannot be built, a plan cannot be made yet, or a meeting cannot be booked, in Malay.</content>
internal static partial class EngineMalay
{
    private static IEnumerable<(string, Func<FactReader, string>)> AgreementRefusals()
    {
        yield return ("agreement.provider.missing", _ => "Perjanjian mesti menamakan penyedia perkhidmatan (WithProvider).");
        yield return ("agreement.client.missing", _ => "Perjanjian mesti menamakan pelanggan (WithClient).");
        yield return ("agreement.stages.none", _ => "Perjanjian mesti mempunyai sekurang-kurangnya satu peringkat (AddStage).");
        yield return ("agreement.milestone.unknown-stage", f =>
            $"Bayaran berperingkat sebanyak {MilestoneAmount(f, f.Get<Charge>("amount"))} dikaitkan dengan peringkat '{f.Text("stage")}', yang tiada dalam perjanjian ini.");
        yield return ("agreement.preferences.escalation-contact-missing", f =>
            $"Peraturan kelewatan {Role(f, "party")} menetapkan eskalasi kepada pegawai hubungan eskalasinya, tetapi keutamaan komunikasi {Role(f, "party")} tidak menamakan sesiapa: namakan seorang (WithPreferences), atau tetapkan peranan pegawai hubungan bagi peraturan itu.");
        yield return ("agreement.preferences.channel-not-accepted", f =>
            $"{Phrasebook.Capitalised(Role(f, "party"))} lebih gemar dihubungi {f.Words.ChannelVia(f.Get<Channel>("channel"))}, tetapi polisi hubungannya tidak menerima saluran itu (saluran yang diterima: {Channels(f, "accepted")}).");
        yield return ("agreement.contact-windows.no-working-day", f =>
            $"Waktu boleh dihubungi {Role(f, "party")} hanya jatuh pada hari {Role(f, "party")} tidak bekerja ({f.Words.Weekdays(f.Get<WorkingWeek>("windows"))}; hari bekerjanya ialah {f.Words.Weekdays(f.Get<WorkingWeek>("workingWeek"))}), jadi {Role(f, "party")} tidak akan dapat dihubungi sama sekali: tetapkan waktu boleh dihubungi pada sekurang-kurangnya satu hari bekerjanya.");
        yield return ("agreement.deliverable.rounds-need-stage", f =>
            $"Hasil kerja '{f.Text("deliverable")}' merangkumi {f.Words.RevisionRounds(f.Get<int>("rounds"))}, yang dikira pada peringkat hasil kerja itu dihasilkan: namakan peringkat tersebut.");
        yield return ("agreement.deliverable.unknown-stage", f =>
            $"Hasil kerja '{f.Text("deliverable")}' dihasilkan dalam peringkat '{f.Text("stage")}', yang tiada dalam perjanjian ini.");
        yield return ("agreement.deliverable.stage-of-client", f =>
            $"Hasil kerja '{f.Text("deliverable")}' dihasilkan dalam peringkat '{f.Text("stage")}', iaitu peringkat pelanggan; hasil kerja diserahkan oleh penyedia perkhidmatan, jadi namakan salah satu peringkatnya.");
        yield return ("agreement.acceptance-window.unknown-stage", f =>
            $"Tempoh penerimaan selama {BusinessDays(f, f.Get<int>("days"))} diberikan kepada peringkat '{f.Text("stage")}', yang tiada dalam perjanjian ini.");
        yield return ("agreement.acceptance-window.stage-of-client", f =>
            $"Tempoh penerimaan selama {BusinessDays(f, f.Get<int>("days"))} diberikan kepada peringkat '{f.Text("stage")}', iaitu peringkat pelanggan; pelanggan menerima kerja penyedia perkhidmatan, jadi namakan salah satu peringkat penyedia perkhidmatan.");
        yield return ("agreement.deliverable.rounds-twice", f =>
            $"Dua hasil kerja mengira pusingan semakan pada peringkat '{f.Text("stage")}'; semakan bagi satu peringkat hanya boleh dikira bagi satu hasil kerja.");
        yield return ("agreement.scope.rate-card-missing", _ =>
            "Pusingan semakan tambahan direkodkan sebagai permintaan perubahan, yang harganya dikira berdasarkan senarai kadar, tetapi perjanjian ini tidak mempunyai senarai kadar (WithRateCard).");
        yield return ("agreement.consequences.unknown-stage", f =>
            $"Peraturan kelewatan {Role(f, "party")} mempunyai senarai tindakan bagi peringkat '{f.Text("stage")}', yang tiada dalam perjanjian ini.");
        yield return ("agreement.consequences.stage-of-other-party", f =>
            $"Peraturan kelewatan {Role(f, "party")} mempunyai senarai tindakan bagi peringkat '{f.Text("stage")}', tetapi peringkat itu milik {Role(f, "owner")}: letakkannya dalam peraturan kelewatan {Role(f, "owner")}.");
        yield return ("agreement.consequences.credit-from-client", _ =>
            "Kredit diberikan oleh penyedia perkhidmatan kepada pelanggan apabila penyedia perkhidmatan lewat; peraturan kelewatan pelanggan tidak boleh mengandungi kredit (pelanggan yang lewat membayar caj kelewatan).");
        yield return ("agreement.consequences.fee-from-provider", _ =>
            "Caj kelewatan dibayar oleh pelanggan yang lewat; apabila penyedia perkhidmatan lewat, ia perlu memberikan kredit kepada pelanggan, jadi peraturan kelewatan penyedia perkhidmatan tidak boleh mengandungi caj.");
        yield return ("agreement.consequences.provider-pays-nothing", _ =>
            "Hanya pelanggan yang membuat bayaran, jadi peraturan kelewatan penyedia perkhidmatan tidak boleh mempunyai senarai tindakan bagi bayaran.");
        yield return ("agreement.consequences.credit-needs-price", f =>
            $"Peraturan kelewatan {Role(f, "party")} memberikan kredit berdasarkan peratusan harga peringkat, tetapi peringkat '{f.Text("stage")}' tidak mempunyai harga (StageBuilder.Priced).");
        yield return ("agreement.currency.mixed", f =>
            $"Setiap amaun dalam perjanjian mesti dalam {f.Text("currency")}, tetapi {WhereTheAmountIs(f)} ialah {Amount(f, "amount")}.");
        yield return ("plan.not-signed", f => f.Has("deposit")
            ? $"Tarikh ditetapkan sebaik sahaja perjanjian ditandatangani dan deposit sebanyak {Amount(f, "deposit")} diterima; setakat ini, perjanjian baru dicadangkan."
            : "Tarikh ditetapkan sebaik sahaja perjanjian ditandatangani; setakat ini, perjanjian baru dicadangkan.");
        yield return ("plan.deposit-not-received", f =>
            $"Tarikh ditetapkan sebaik sahaja deposit sebanyak {Amount(f, "deposit")} diterima; perjanjian telah ditandatangani tetapi deposit belum diterima.");
        yield return ("plan.finish-out-of-order", f =>
            $"Peringkat '{f.Text("stage")}' tidak mungkin sudah selesai selagi peringkat sebelumnya, '{f.Text("previous")}', belum selesai: peringkat-peringkat selesai mengikut urutan.");
        yield return ("plan.finish-before-previous", f =>
            $"Peringkat '{f.Text("stage")}' tidak mungkin selesai pada {Day(f, "finish")}, sebelum peringkat sebelumnya, '{f.Text("previous")}', selesai pada {Day(f, "previousFinish")}.");
        yield return ("meeting.too-long", f =>
            $"Mesyuarat selama {f.Words.Length(f.Get<Duration>("length"))} melebihi had {f.Words.Length(f.Get<Duration>("longest"))} yang dibenarkan oleh perjanjian; bahagikan agenda kepada dua mesyuarat.");
    }

    /// <summary>"harga peringkat 'reka-bentuk'", "caj kelewatan apabila lewat 5 hari bekerja dalam peraturan kelewatan pelanggan", "had sebulan dalam peraturan kelewatan pelanggan".</summary>
    private static string WhereTheAmountIs(FactReader f)
    {
        if (f.Has("stagePrice"))
        {
            return $"harga peringkat '{f.Text("stagePrice")}'";
        }

        if (f.Has("hourlyRate"))
        {
            return "kadar sejam dalam senarai kadar";
        }

        if (f.Has("rule"))
        {
            return $"{RuleName(f, f.Get<ConsequenceRule>("rule"))} dalam peraturan kelewatan {Role(f, "party")}";
        }

        var cap = f.Get<CapScope>("cap");
        return "had " + (cap == CapScope.PerStage ? "bagi setiap peringkat" : cap == CapScope.PerMonth ? "sebulan" : "bagi keseluruhan projek") + $" dalam peraturan kelewatan {Role(f, "party")}";
    }

    /// <summary>"penyedia perkhidmatan" or "pelanggan".</summary>
    private static string Role(FactReader f, string name) => f.Words.Role(f.Get<PartyRole>(name));

    /// <summary>Nilai bayaran berperingkat: "2,400.00 EUR", atau "30% daripada jumlah harga".</summary>
    private static string MilestoneAmount(FactReader f, Charge charge) =>
        charge.FixedAmount is { } amount ? f.Words.Money(amount) : f.Words.Percent(charge.Percent!.Value) + " daripada jumlah harga";
}
