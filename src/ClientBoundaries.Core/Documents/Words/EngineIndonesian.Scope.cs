using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The answers to "just one more thing", in the words the provider could send as they are: included, covered by an
/// allowance, goodwill, or out of scope with a priced change order; the notice that charging starts; the refusals.
/// </content>
internal static partial class EngineIndonesian
{
    private static IEnumerable<(string, Func<FactReader, string>)> ScopeAnswers()
    {
        yield return ("scope.duplicate-request", f =>
            $"Permintaan perubahan dengan ID '{f.Text("request")}' sudah tercatat (\"{f.Text("description")}\"); gunakan ID lain untuk permintaan ini.");
        yield return ("scope.unknown-deliverable", f =>
        {
            var known = f.Texts("deliverables");
            return known.Count == 0
                ? $"Perjanjian tidak memuat hasil kerja '{f.Text("deliverable")}'; perjanjian ini bahkan belum mencantumkan hasil kerja apa pun."
                : $"Perjanjian tidak memuat hasil kerja '{f.Text("deliverable")}'; hasil kerja yang ada: {Listed(f, known, "'")}.";
        });
        yield return ("scope.unknown-clause", f =>
            $"Tidak ada butir yang berbunyi \"{f.Text("clause")}\", baik di antara hal yang termasuk maupun yang tidak termasuk dalam {f.Text("deliverable")}. "
            + (f.Texts("inclusions").Count == 0 && f.Texts("exclusions").Count == 0
                ? $"{f.Text("deliverable")} memang belum mencantumkan butir apa pun."
                : $"Yang termasuk: {Clauses(f, "inclusions")}; yang tidak termasuk: {Clauses(f, "exclusions")}."));
        yield return ("scope.no-rate-card", f =>
            $"{Quoted(f)} berada di luar perjanjian ({Because(f)}), dan perjanjian ini tidak memiliki daftar tarif untuk menghitung harganya: tambahkan daftar tarif, atau sepakati harganya di luar pustaka ini.");
        yield return ("scope.answer.included", f =>
            $"{Quoted(f)} sudah termasuk dalam {f.Text("deliverable")} sesuai kesepakatan kita (\"{f.Text("clause")}\"), jadi tidak ada biaya tambahan.");
        yield return ("scope.answer.units-covered", f =>
            $"{Quoted(f)} masih tercakup dalam kesepakatan kita: permintaan ini memakai {f.Words.Number(f.Get<int>("units"))} {OfTheUnits(f)}, sehingga {UnitsLeft(f, f.Get<int>("left"))}.");
        yield return ("scope.answer.hours-covered", f =>
            $"{Quoted(f)} masih tercakup dalam kuota {f.Words.Hours(f.Get<decimal>("included"))} untuk {f.Text("deliverable")}: pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, sehingga {HoursLeft(f, f.Get<decimal>("left"))}.");
        yield return ("scope.answer.goodwill", f =>
        {
            if (!f.Has("estimate"))
            {
                return $"Dengan senang hati kami kerjakan {Quoted(f)} tanpa biaya.";
            }

            var left = f.Get<decimal>("left");
            var goodwill = f.Words.Hours(f.Get<decimal>("goodwill"));
            var after = left == 0m ? $"jatah bonus {goodwill} kini sudah habis" : $"jatah bonus yang tersisa tinggal {f.Words.Number(left)} dari {goodwill}";
            return $"Dengan senang hati kami kerjakan {Quoted(f)} tanpa biaya, dari jatah bonus: pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, sehingga {after}.";
        });
        yield return ("scope.answer.out-of-scope", f =>
        {
            var hours = f.Words.Hours(f.Get<decimal>("hours"));
            var rate = Amount(f, "rate");
            var price = Amount(f, "price");
            var byTheHour = f.Get<Money>("byTheHour");
            var minimum = f.Get<Money>("minimum");
            var pricing = byTheHour < minimum
                ? $"{hours} dengan tarif {rate} per jam berjumlah {f.Words.Money(byTheHour)}, tetapi karena biaya minimal penawaran perubahan {f.Words.Money(minimum)}, totalnya menjadi {price}"
                : $"{hours} dengan tarif {rate} per jam, totalnya {price}";
            var impact = f.Get<int>("impact");
            var schedule = f.Get<bool>("reopensStage") ? "putaran revisinya dijadwalkan seperti revisi lainnya, terhitung sejak hari Anda memintanya"
                : impact == 0 ? "jadwal tidak berubah"
                : $"jadwal mundur {f.Words.BusinessDays(impact)}";
            return $"{Quoted(f)} berada di luar kesepakatan kita: {Because(f)}. Untuk itu, diperlukan penawaran perubahan: {pricing}, dan {schedule}. Bolehkah kami kirimkan penawarannya untuk Anda setujui?";
        });
        yield return ("scope.notice.charging-starts", f =>
        {
            var left = f.Get<decimal>("left");
            return $"Perihal biaya: sejauh ini tambahan kecil kami kerjakan tanpa biaya ({f.Words.Hours(f.Get<decimal>("used"))} untuk {f.Words.Number(f.Get<int>("requests"))} permintaan), karena perjanjian kita menyediakan jatah bonus {f.Words.Hours(f.Get<decimal>("goodwill"))} untuk itu. "
                + (left == 0m
                    ? $"Jatah bonus tersebut kini sudah habis, sehingga mulai permintaan ini setiap tambahan dikenai biaya sesuai daftar tarif: {RateCardTerms(f, f.Get<RateCard>("rateCard"))}."
                    : $"Sisa jatah bonus ({f.Words.Hours(left)}) tidak cukup untuk permintaan ini, sehingga permintaan ini dikenai biaya sesuai daftar tarif ({RateCardTerms(f, f.Get<RateCard>("rateCard"))}); tambahan yang lebih kecil mungkin masih dapat dikerjakan dari sisa jatah tersebut.");
        });
    }

    /// <summary>Why a request is outside what was agreed, as a clause: "permintaan ini melampaui lingkup Desain yang kita sepakati".</summary>
    private static string Because(FactReader f)
    {
        var reason = f.Get<OutOfScopeReason>("reason");
        if (reason == OutOfScopeReason.Excluded)
        {
            return $"perjanjian menyatakan bahwa \"{f.Text("exclusion")}\" tidak termasuk dalam {f.Text("deliverable")}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance && f.Has("unitName"))
        {
            var unitsLeft = f.Get<int>("left");
            return $"permintaan ini memerlukan {f.Words.Number(f.Get<int>("units"))} {f.Text("unitName")}, sedangkan "
                + (unitsLeft == 0 ? $"kuota {Quota(f)} sudah habis" : $"dari kuota {Quota(f)} yang tersisa tinggal {f.Words.Number(unitsLeft)}");
        }

        if (reason == OutOfScopeReason.BeyondAllowance)
        {
            var left = f.Get<decimal>("left");
            var included = f.Words.Hours(f.Get<decimal>("included"));
            return $"pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, sedangkan " + (left == 0m
                ? $"kuota {included} untuk {f.Text("deliverable")} sudah habis terpakai"
                : $"dari kuota {included} untuk {f.Text("deliverable")} yang tersisa tinggal {f.Words.Hours(left)}");
        }

        if (reason == OutOfScopeReason.BeyondRevisionRounds)
        {
            return $"jatah {f.Words.RevisionRounds(f.Get<int>("rounds"))} untuk {f.Text("deliverable")} sudah habis";
        }

        if (reason == OutOfScopeReason.NoGoodwill)
        {
            return f.Has("deliverable") ? $"permintaan ini melampaui lingkup {f.Text("deliverable")} yang kita sepakati" : "permintaan ini tidak termasuk dalam hasil kerja mana pun yang kita sepakati";
        }

        if (reason == OutOfScopeReason.TooLargeForGoodwill)
        {
            return $"dengan perkiraan {f.Words.Hours(f.Get<decimal>("estimate"))}, permintaan ini melebihi batas jatah bonus untuk satu permintaan, yaitu {f.Words.Hours(f.Get<decimal>("limit"))}";
        }

        var goodwillLeft = f.Get<decimal>("left");
        return goodwillLeft == 0m
            ? $"jatah bonus {f.Words.Hours(f.Get<decimal>("goodwill"))} yang kami sediakan untuk tambahan kecil sudah habis terpakai"
            : $"jatah bonus yang kami sediakan untuk tambahan kecil tinggal {f.Words.Hours(goodwillLeft)}";
    }

    /// <summary>The request as the client wrote it, in quotes.</summary>
    private static string Quoted(FactReader f) => "\"" + f.Text("description") + "\"";

    /// <summary>"dari kuota 5 halaman untuk Website".</summary>
    private static string OfTheUnits(FactReader f) => "dari kuota " + Quota(f);

    /// <summary>An allowance of units as the status report's "Kuota": "5 halaman untuk Website".</summary>
    private static string Quota(FactReader f) =>
        $"{f.Words.Number(f.Get<int>("included"))} {f.Text("unitName")} untuk {f.Text("deliverable")}";

    /// <summary>"sisanya tinggal 3", "kuotanya kini habis".</summary>
    private static string UnitsLeft(FactReader f, int count) => count == 0 ? "kuotanya kini habis" : $"sisanya tinggal {f.Words.Number(count)}";

    /// <summary>"sisanya tinggal 2,5 jam", "kuota jam tersebut kini habis".</summary>
    private static string HoursLeft(FactReader f, decimal hours) => hours == 0m ? "kuota jam tersebut kini habis" : $"sisanya tinggal {f.Words.Hours(hours)}";

    /// <summary>Clauses each in quotes, or "tidak ada" for none.</summary>
    private static string Clauses(FactReader f, string name) =>
        f.Texts(name) is { Count: > 0 } clauses ? Listed(f, clauses, "\"") : "tidak ada";

    /// <summary>A rate card: "90,00 EUR per jam, dengan biaya minimal 150,00 EUR per penawaran perubahan".</summary>
    private static string RateCardTerms(FactReader f, RateCard card) =>
        $"{f.Words.Money(card.HourlyRate)} per jam, dengan biaya minimal {f.Words.Money(card.MinimumFee)} per penawaran perubahan";
}
