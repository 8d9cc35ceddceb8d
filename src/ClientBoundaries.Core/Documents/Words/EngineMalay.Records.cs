using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents.Words;

/// <content>The texts recorded in events, for a party that reads Malay.</content>
internal static partial class EngineMalay
{
    private static IEnumerable<(string, Func<FactReader, string>)> Records()
    {
        yield return ("expectation.stage", f => f.StageAndHandover());
        yield return ("expectation.final-delivery", f => $"Terima serahan akhir ({f.StageAndHandover()})");
        yield return ("expectation.revise", f => $"Semak semula \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("expectation.resume", f => $"Sambung semula kerja: {f.Text("reason")}");
        yield return ("change-request.extra-round", f => $"Satu pusingan semakan tambahan untuk \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("pause.consequence", f =>
            $"Kerja ditangguhkan seperti yang dipersetujui: {Obligation(f, "obligation")} lewat {BusinessDays(f, f.Get<int>("late"))}");
        yield return ("closure.force-majeure", f => "Kuasa luar jangkaan (force majeure): " + f.Text("reason"));
        yield return ("amendment.change-order", f =>
        {
            var changes = new List<string> { f.Get<bool>("absorbed") ? "dilaksanakan tanpa caj" : Amount(f, "price") };
            if (f.Has("impact"))
            {
                changes.Add($"{BusinessDays(f, f.Get<int>("impact"))} ditambah pada peringkat \"{f.Name("stage")}\"");
            }

            if (f.Has("units"))
            {
                changes.Add($"{Number(f, "units")} lagi {f.Text("unitName")} dalam {f.Text("deliverable")}");
            }

            if (f.Has("rounds"))
            {
                changes.Add($"{Number(f, "rounds")} lagi pusingan semakan untuk {f.Text("deliverable")}");
            }

            return $"Arahan perubahan ({f.Text("description")}): {string.Join("; ", changes)}.";
        });
    }
}
