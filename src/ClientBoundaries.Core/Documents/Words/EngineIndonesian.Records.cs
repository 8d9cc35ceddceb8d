using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents.Words;

/// <content>The texts recorded in events, for a party that reads Indonesian.</content>
internal static partial class EngineIndonesian
{
    private static IEnumerable<(string, Func<FactReader, string>)> Records()
    {
        yield return ("expectation.stage", f => f.StageAndHandover());
        yield return ("expectation.final-delivery", f => $"Menerima hasil akhir ({f.StageAndHandover()})");
        yield return ("expectation.revise", f => $"Merevisi \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("expectation.resume", f => $"Melanjutkan pekerjaan: {f.Text("reason")}");
        yield return ("change-request.extra-round", f => $"Satu putaran revisi tambahan untuk \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("pause.consequence", f =>
            $"Pekerjaan dihentikan sementara sesuai perjanjian: {Obligation(f, "obligation")} terlambat {f.Words.BusinessDays(f.Get<int>("late"))}");
        yield return ("closure.force-majeure", f => "Keadaan kahar: " + f.Text("reason"));
        yield return ("amendment.change-order", f =>
        {
            var changes = new List<string> { f.Get<bool>("absorbed") ? "diberikan tanpa biaya" : Amount(f, "price") };
            if (f.Has("impact"))
            {
                changes.Add($"tahap \"{f.Name("stage")}\" bertambah {f.Words.BusinessDays(f.Get<int>("impact"))}");
            }

            if (f.Has("units"))
            {
                changes.Add($"tambahan {f.Words.Number(f.Get<int>("units"))} {f.Text("unitName")} pada {f.Text("deliverable")}");
            }

            if (f.Has("rounds"))
            {
                changes.Add($"tambahan {f.Words.Number(f.Get<int>("rounds"))} putaran revisi untuk {f.Text("deliverable")}");
            }

            return $"Perubahan yang disepakati ({f.Text("description")}): {string.Join("; ", changes)}.";
        });
    }
}
