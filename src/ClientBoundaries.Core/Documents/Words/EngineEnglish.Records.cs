using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The texts the engine records in events, each worded once, when it is recorded, in the language of the party it is
/// addressed to: what the holder of the ball is expected to do, why the work is on hold, the request for one more
/// revision round, what an accepted change order changes, a force majeure closure.
/// </content>
internal static partial class EngineEnglish
{
    private static IEnumerable<(string, Func<FactReader, string>)> Records()
    {
        yield return ("expectation.stage", f => f.StageAndHandover());
        yield return ("expectation.final-delivery", f => $"Accept the final delivery ({f.StageAndHandover()})");
        yield return ("expectation.revise", f => $"Revise \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("expectation.resume", f => $"Resume the work: {f.Text("reason")}");
        yield return ("change-request.extra-round", f => $"One more revision round of \"{f.Text("stage")}\": {f.Text("reason")}");
        yield return ("pause.consequence", f => $"{BusinessDays(f.Get<int>("late"))} late on {Obligation(f, "obligation")}: on hold as the agreement says");
        yield return ("closure.force-majeure", f => "Force majeure: " + f.Text("reason"));
        yield return ("amendment.change-order", f =>
        {
            var changes = new List<string> { f.Get<bool>("absorbed") ? "absorbed at no charge" : Amount(f.Get<Money>("price")) };
            if (f.Has("impact"))
            {
                changes.Add($"{BusinessDays(f.Get<int>("impact"))} added to stage \"{f.Name("stage")}\"");
            }

            if (f.Has("units"))
            {
                var units = f.Get<int>("units");
                changes.Add(units == 1
                    ? $"one more of the {f.Text("unitName")} in {f.Text("deliverable")}"
                    : $"{Number(units)} more {f.Text("unitName")} in {f.Text("deliverable")}");
            }

            if (f.Has("rounds"))
            {
                changes.Add($"{Plural(f.Get<int>("rounds"), "more revision round")} for {f.Text("deliverable")}");
            }

            return $"Change order ({f.Text("description")}): {string.Join("; ", changes)}.";
        });
    }
}
