using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents.Words;

/// <content>The texts recorded in events, for a party that reads Spanish.</content>
internal static partial class EngineSpanish
{
    private static IEnumerable<(string, Func<FactReader, string>)> Records()
    {
        yield return ("expectation.stage", f => f.StageAndHandover());
        yield return ("expectation.final-delivery", f => $"Aceptar la entrega final ({f.StageAndHandover()})");
        yield return ("expectation.revise", f => $"Revisar {Quoted(f.Text("stage"))}: {f.Text("reason")}");
        yield return ("expectation.resume", f => $"Reanudar el trabajo: {f.Text("reason")}");
        yield return ("change-request.extra-round", f => $"Una ronda de revisión más de {Quoted(f.Text("stage"))}: {f.Text("reason")}");
        yield return ("pause.consequence", f =>
            $"En pausa, según lo acordado: {BusinessDays(f, f.Get<int>("late"))} de retraso en {Obligation(f, "obligation")}");
        yield return ("closure.force-majeure", f => "Fuerza mayor: " + f.Text("reason"));
        yield return ("amendment.change-order", f =>
        {
            var changes = new List<string> { f.Get<bool>("absorbed") ? "asumida sin coste" : Amount(f, f.Get<Money>("price")) };
            if (f.Has("impact"))
            {
                changes.Add($"{BusinessDays(f, f.Get<int>("impact"))} más para la etapa {Quoted(f.Name("stage"))}");
            }

            if (f.Has("units"))
            {
                var units = f.Get<int>("units");
                changes.Add(units == 1
                    ? $"una unidad más de {f.Text("unitName")} en {f.Text("deliverable")}"
                    : $"{Number(f, units)} {f.Text("unitName")} más en {f.Text("deliverable")}");
            }

            if (f.Has("rounds"))
            {
                var rounds = f.Get<int>("rounds");
                changes.Add((rounds == 1 ? "una ronda de revisión más" : $"{Number(f, rounds)} rondas de revisión más") + $" para {f.Text("deliverable")}");
            }

            return $"Orden de cambio de {Quoted(f.Text("description"))}: {string.Join("; ", changes)}.";
        });
    }
}
