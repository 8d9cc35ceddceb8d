using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The Malay answers to "just one more thing", in words the provider could send as they are: included, within an
/// allowance, goodwill, or out of scope with a priced change order; the notice that charging starts; the refusals.
/// </content>
internal static partial class EngineMalay
{
    private static IEnumerable<(string, Func<FactReader, string>)> ScopeAnswers()
    {
        yield return ("scope.duplicate-request", f =>
            $"Permintaan perubahan dengan ID '{f.Text("request")}' telah pun direkodkan (\"{f.Text("description")}\"); gunakan ID lain bagi permintaan ini.");
        yield return ("scope.unknown-deliverable", f =>
        {
            var known = f.Texts("deliverables");
            var quoted = new List<string>(known.Count);
            foreach (var deliverable in known)
            {
                quoted.Add("'" + deliverable + "'");
            }

            return $"Perjanjian ini tidak mempunyai hasil kerja '{f.Text("deliverable")}'; "
                + (known.Count == 0 ? "perjanjian ini tidak menyenaraikan sebarang hasil kerja." : $"hasil kerja yang ada ialah {f.Words.JoinedWithAnd(quoted)}.");
        });
        yield return ("scope.unknown-clause", f =>
            $"Bagi {f.Text("deliverable")}, tiada perkara termasuk atau tidak termasuk yang berbunyi \"{f.Text("clause")}\". "
            + (f.Texts("inclusions").Count == 0 && f.Texts("exclusions").Count == 0
                ? $"Malah, {f.Text("deliverable")} tidak menyenaraikan sebarang perkara termasuk atau tidak termasuk."
                : $"Yang termasuk: {Listed(f, f.Texts("inclusions"))}; yang tidak termasuk: {Listed(f, f.Texts("exclusions"))}."));
        yield return ("scope.no-rate-card", f =>
            $"{Quoted(f)} berada di luar skop perjanjian ({Because(f)}), dan perjanjian ini tidak mempunyai senarai kadar untuk menyebut harganya: tambahkan senarai kadar, atau persetujui harganya di luar pustaka ini.");
        yield return ("scope.answer.included", f =>
            $"{Quoted(f)} adalah sebahagian daripada {f.Text("deliverable")} seperti yang dipersetujui (\"{f.Text("clause")}\"), jadi tiada caj tambahan.");
        yield return ("scope.answer.units-covered", f =>
        {
            var left = f.Get<int>("left");
            var after = left == 0 ? "selepas ini tiada lagi baki" : $"selepas ini masih berbaki {f.Words.Number(left)}";
            return $"{Quoted(f)} masih dalam peruntukan yang kita persetujui: ia menggunakan {Number(f, "units")} {OfTheUnits(f)}, dan {after}.";
        });
        yield return ("scope.answer.hours-covered", f =>
        {
            var left = f.Get<decimal>("left");
            var after = left == 0m ? "selepas ini peruntukan itu habis digunakan" : $"selepas ini masih berbaki {f.Words.Hours(left)}";
            return $"{Quoted(f)} masih dalam peruntukan {Hours(f, "included")} yang termasuk dalam {f.Text("deliverable")}: ia mengambil masa kira-kira {Hours(f, "estimate")}, dan {after}.";
        });
        yield return ("scope.answer.goodwill", f =>
        {
            if (!f.Has("estimate"))
            {
                return $"Kami dengan senang hati akan melakukan {Quoted(f)} tanpa sebarang caj.";
            }

            var left = f.Get<decimal>("left");
            var after = left == 0m
                ? $"selepas ini peruntukan tambahan percuma sebanyak {Hours(f, "goodwill")} telah habis digunakan"
                : $"selepas ini baki peruntukan tambahan percuma ialah {f.Words.Hours(left)} daripada {Hours(f, "goodwill")}";
            return $"Kami dengan senang hati akan melakukan {Quoted(f)} sebagai tambahan percuma, tanpa sebarang caj: ia mengambil masa kira-kira {Hours(f, "estimate")}, dan {after}.";
        });
        yield return ("scope.answer.out-of-scope", f =>
        {
            var hours = Hours(f, "hours");
            var rate = Amount(f, "rate");
            var price = Amount(f, "price");
            var byTheHour = f.Get<Money>("byTheHour");
            var minimum = f.Get<Money>("minimum");
            var pricing = byTheHour < minimum
                ? $"{hours} pada kadar {rate} sejam berjumlah {f.Words.Money(byTheHour)}, tetapi caj minimum bagi sebut harga perubahan ialah {f.Words.Money(minimum)}, jadi harganya {price}"
                : $"{hours} pada kadar {rate} sejam berjumlah {price}";
            var impact = f.Get<int>("impact");
            var schedule = f.Get<bool>("reopensStage") ? "pusingan semakan ini dirancang seperti semakan biasa, bermula dari hari anda memintanya"
                : impact == 0 ? "jadual tidak terjejas"
                : $"jadual akan dianjakkan sebanyak {BusinessDays(f, impact)}";
            return $"{Quoted(f)} berada di luar skop yang kita persetujui: {Because(f)}. Oleh itu, sebut harga perubahan diperlukan: {pricing}, dan {schedule}. Bolehkah kami hantar sebut harga ini untuk kelulusan anda?";
        });
        yield return ("scope.notice.charging-starts", f =>
        {
            var requests = f.Get<int>("requests");
            var left = f.Get<decimal>("left");
            return $"Makluman tentang caj: setakat ini, tambahan kecil telah kami berikan tanpa caj ({Hours(f, "used")} tambahan percuma bagi {f.Words.Number(requests)} permintaan), kerana perjanjian kita memperuntukkan {Hours(f, "goodwill")} untuk tujuan itu. "
                + (left == 0m
                    ? $"Peruntukan tersebut kini telah habis digunakan, jadi mulai permintaan ini, sebarang tambahan akan disebut harga berdasarkan senarai kadar: {RateCardTerms(f, f.Get<RateCard>("rateCard"))}."
                    : $"Baki peruntukan tersebut ({f.Words.Hours(left)}) tidak mencukupi untuk permintaan ini, jadi permintaan ini akan disebut harga berdasarkan senarai kadar ({RateCardTerms(f, f.Get<RateCard>("rateCard"))}); tambahan yang lebih kecil mungkin masih boleh dimuatkan dalam baki tersebut.");
        });
    }

    /// <summary>Why a request is outside what was agreed, as a clause: "ia melampaui apa yang termasuk dalam Reka bentuk".</summary>
    private static string Because(FactReader f)
    {
        var reason = f.Get<OutOfScopeReason>("reason");
        if (reason == OutOfScopeReason.Excluded)
        {
            return $"perjanjian menyatakan bahawa \"{f.Text("exclusion")}\" tidak termasuk dalam {f.Text("deliverable")}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance && f.Has("unitName"))
        {
            var unitsLeft = f.Get<int>("left");
            return $"ia memerlukan {Number(f, "units")} {OfTheUnits(f)}, sedangkan " + (unitsLeft == 0 ? "tiada lagi baki" : $"bakinya hanya {f.Words.Number(unitsLeft)}");
        }

        if (reason == OutOfScopeReason.BeyondAllowance)
        {
            var left = f.Get<decimal>("left");
            return $"ia mengambil masa kira-kira {Hours(f, "estimate")}, sedangkan " + (left == 0m
                ? $"peruntukan {Hours(f, "included")} dalam {f.Text("deliverable")} telah habis digunakan"
                : $"hanya {f.Words.Hours(left)} daripada {Hours(f, "included")} yang termasuk dalam {f.Text("deliverable")} masih berbaki");
        }

        if (reason == OutOfScopeReason.BeyondRevisionRounds)
        {
            return RoundsUsed(f, f.Get<int>("rounds"), f.Text("deliverable"));
        }

        if (reason == OutOfScopeReason.NoGoodwill)
        {
            return f.Has("deliverable") ? $"ia melampaui apa yang termasuk dalam {f.Text("deliverable")}" : "ia tidak termasuk dalam mana-mana hasil kerja dalam perjanjian";
        }

        if (reason == OutOfScopeReason.TooLargeForGoodwill)
        {
            return $"dengan anggaran {Hours(f, "estimate")}, ia melebihi had {Hours(f, "limit")} yang boleh kami berikan sebagai tambahan percuma bagi satu permintaan";
        }

        return f.Get<decimal>("left") == 0m
            ? $"peruntukan {Hours(f, "goodwill")} yang kami sediakan untuk tambahan kecil tanpa caj telah habis digunakan"
            : $"hanya {Hours(f, "left")} lagi berbaki daripada peruntukan yang kami sediakan untuk tambahan kecil tanpa caj";
    }

    /// <summary>The request as the client wrote it, in quotes.</summary>
    private static string Quoted(FactReader f) => "\"" + f.Text("description") + "\"";

    /// <summary>"daripada 5 halaman yang termasuk dalam Laman web".</summary>
    private static string OfTheUnits(FactReader f) =>
        $"daripada {Number(f, "included")} {f.Text("unitName")} yang termasuk dalam {f.Text("deliverable")}";

    /// <summary>A rate card: "90.00 EUR sejam, dengan caj minimum 150.00 EUR bagi setiap sebut harga perubahan".</summary>
    private static string RateCardTerms(FactReader f, RateCard card) =>
        $"{f.Words.Money(card.HourlyRate)} sejam, dengan caj minimum {f.Words.Money(card.MinimumFee)} bagi setiap sebut harga perubahan";

    private static string Listed(FactReader f, IReadOnlyList<string> clauses) => clauses.Count == 0 ? "tiada" : QuotedList(f, clauses);
}
