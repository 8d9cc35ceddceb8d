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
            $"Permintaan perubahan dengan ID '{f.Text("request")}' sudah tercatat (\"{f.Text("description")}\"); beri permintaan ini ID tersendiri.");
        yield return ("scope.unknown-deliverable", f =>
        {
            var known = f.Texts("deliverables");
            return known.Count == 0
                ? $"Perjanjian tidak memuat hasil kerja '{f.Text("deliverable")}', dan memang tidak memuat hasil kerja apa pun."
                : $"Perjanjian tidak memuat hasil kerja '{f.Text("deliverable")}'; hasil kerja yang ada: {Listed(f, known, "'")}.";
        });
        yield return ("scope.unknown-clause", f =>
            $"Tidak ada butir yang berbunyi \"{f.Text("clause")}\", baik di antara hal yang termasuk maupun yang tidak termasuk dalam {f.Text("deliverable")}. Yang termasuk: {Clauses(f, "inclusions")}; yang tidak termasuk: {Clauses(f, "exclusions")}.");
        yield return ("scope.no-rate-card", f =>
            $"{Quoted(f)} berada di luar perjanjian ({Because(f)}), dan perjanjian tidak memiliki daftar tarif untuk menghitung harganya: tambahkan daftar tarif, atau sepakati harganya di luar pustaka ini.");
        yield return ("scope.answer.included", f =>
            $"{Quoted(f)} sudah termasuk dalam {f.Text("deliverable")} sesuai kesepakatan kita (\"{f.Text("clause")}\"), jadi tidak ada biaya tambahan.");
        yield return ("scope.answer.units-covered", f =>
            $"{Quoted(f)} masih tercakup dalam kesepakatan kita: permintaan ini memakai {f.Words.Number(f.Get<int>("units"))} {OfTheUnits(f)}, dan setelah itu {UnitsLeft(f, f.Get<int>("left"))}.");
        yield return ("scope.answer.hours-covered", f =>
            $"{Quoted(f)} masih tercakup dalam {f.Words.Hours(f.Get<decimal>("included"))} yang termasuk dalam {f.Text("deliverable")}: pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, dan setelah itu {HoursLeft(f, f.Get<decimal>("left"))}.");
        yield return ("scope.answer.goodwill", f => !f.Has("estimate")
            ? $"Dengan senang hati kami kerjakan {Quoted(f)} tanpa biaya."
            : $"Dengan senang hati kami kerjakan {Quoted(f)} tanpa biaya, sebagai bonus: pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, dan setelah itu bonus tanpa biaya yang tersisa tinggal {f.Words.Number(f.Get<decimal>("left"))} dari {f.Words.Hours(f.Get<decimal>("goodwill"))}.");
        yield return ("scope.answer.out-of-scope", f =>
        {
            var hours = f.Words.Hours(f.Get<decimal>("hours"));
            var rate = Amount(f, "rate");
            var price = Amount(f, "price");
            var byTheHour = f.Get<Money>("byTheHour");
            var minimum = f.Get<Money>("minimum");
            var pricing = byTheHour < minimum
                ? $"{hours} dengan tarif {rate} per jam berarti {f.Words.Money(byTheHour)}, tetapi harga minimal penawaran perubahan adalah {f.Words.Money(minimum)}, jadi totalnya {price}"
                : $"{hours} dengan tarif {rate} per jam, totalnya {price}";
            var impact = f.Get<int>("impact");
            var schedule = f.Get<bool>("reopensStage") ? "putaran revisinya dijadwalkan seperti revisi lainnya, terhitung sejak hari Anda memintanya"
                : impact == 0 ? "jadwal tidak bergeser"
                : $"jadwal bertambah {f.Words.BusinessDays(impact)}";
            return $"{Quoted(f)} berada di luar kesepakatan kita: {Because(f)}. Untuk itu diperlukan penawaran perubahan: {pricing}; {schedule}. Bolehkah kami kirimkan penawarannya untuk Anda setujui?";
        });
        yield return ("scope.notice.charging-starts", f =>
        {
            var left = f.Get<decimal>("left");
            return $"Perihal biaya: sejauh ini tambahan kecil kami berikan tanpa biaya ({f.Words.Hours(f.Get<decimal>("used"))} untuk {f.Words.Number(f.Get<int>("requests"))} permintaan), karena perjanjian kita menyediakan {f.Words.Hours(f.Get<decimal>("goodwill"))} bonus tanpa biaya untuk itu. "
                + (left == 0m
                    ? $"Jatah itu kini sudah habis, jadi mulai permintaan ini, setiap tambahan dihitung berdasarkan daftar tarif: {RateCardTerms(f, f.Get<RateCard>("rateCard"))}."
                    : $"Sisa jatahnya ({f.Words.Hours(left)}) tidak cukup untuk permintaan ini, jadi permintaan ini dihitung berdasarkan daftar tarif ({RateCardTerms(f, f.Get<RateCard>("rateCard"))}); tambahan yang lebih kecil mungkin masih tertampung dalam sisa jatah tersebut.");
        });
    }

    /// <summary>Why a request is outside what was agreed, as a clause: "permintaan ini melampaui Desain sebagaimana yang kita sepakati".</summary>
    private static string Because(FactReader f)
    {
        var reason = f.Get<OutOfScopeReason>("reason");
        if (reason == OutOfScopeReason.Excluded)
        {
            return $"perjanjian menyebutkan \"{f.Text("exclusion")}\" sebagai hal yang tidak termasuk dalam {f.Text("deliverable")}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance && f.Has("unitName"))
        {
            return $"permintaan ini memerlukan {f.Words.Number(f.Get<int>("units"))} {OfTheUnits(f)}, sedangkan {UnitsLeft(f, f.Get<int>("left"))}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance)
        {
            var left = f.Get<decimal>("left");
            var included = f.Words.Hours(f.Get<decimal>("included"));
            return $"pengerjaannya diperkirakan {f.Words.Hours(f.Get<decimal>("estimate"))}, sedangkan " + (left == 0m
                ? $"seluruh {included} yang termasuk dalam {f.Text("deliverable")} sudah terpakai"
                : $"dari {included} yang termasuk dalam {f.Text("deliverable")}, yang tersisa tinggal {f.Words.Hours(left)}");
        }

        if (reason == OutOfScopeReason.BeyondRevisionRounds)
        {
            return $"jatah {f.Words.RevisionRounds(f.Get<int>("rounds"))} untuk {f.Text("deliverable")} sudah habis";
        }

        if (reason == OutOfScopeReason.NoGoodwill)
        {
            return f.Has("deliverable") ? $"permintaan ini melampaui {f.Text("deliverable")} sebagaimana yang kita sepakati" : "permintaan ini tidak termasuk dalam hasil kerja mana pun yang kita sepakati";
        }

        if (reason == OutOfScopeReason.TooLargeForGoodwill)
        {
            return $"dengan perkiraan {f.Words.Hours(f.Get<decimal>("estimate"))}, permintaan ini melebihi batas bonus tanpa biaya untuk satu permintaan, yaitu {f.Words.Hours(f.Get<decimal>("limit"))}";
        }

        var goodwillLeft = f.Get<decimal>("left");
        return goodwillLeft == 0m
            ? $"bonus tanpa biaya sebanyak {f.Words.Hours(f.Get<decimal>("goodwill"))} yang kami sediakan untuk tambahan kecil sudah habis terpakai"
            : $"bonus tanpa biaya yang kami sediakan untuk tambahan kecil tinggal {f.Words.Hours(goodwillLeft)}";
    }

    /// <summary>The request as the client wrote it, in quotes.</summary>
    private static string Quoted(FactReader f) => "\"" + f.Text("description") + "\"";

    /// <summary>"dari 5 halaman yang termasuk dalam Website".</summary>
    private static string OfTheUnits(FactReader f) =>
        $"dari {f.Words.Number(f.Get<int>("included"))} {f.Text("unitName")} yang termasuk dalam {f.Text("deliverable")}";

    /// <summary>"yang tersisa tinggal 3", "tidak ada lagi yang tersisa".</summary>
    private static string UnitsLeft(FactReader f, int count) => count == 0 ? "tidak ada lagi yang tersisa" : $"yang tersisa tinggal {f.Words.Number(count)}";

    /// <summary>"sisanya masih 2,5 jam", "jatah jam tersebut habis".</summary>
    private static string HoursLeft(FactReader f, decimal hours) => hours == 0m ? "jatah jam tersebut habis" : $"sisanya masih {f.Words.Hours(hours)}";

    /// <summary>Clauses each in quotes, or "tidak ada" for none.</summary>
    private static string Clauses(FactReader f, string name) =>
        f.Texts(name) is { Count: > 0 } clauses ? Listed(f, clauses, "\"") : "tidak ada";

    /// <summary>A rate card: "90,00 EUR per jam, minimal 150,00 EUR per penawaran perubahan".</summary>
    private static string RateCardTerms(FactReader f, RateCard card) =>
        $"{f.Words.Money(card.HourlyRate)} per jam, minimal {f.Words.Money(card.MinimumFee)} per penawaran perubahan";
}
