using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The answers to "just one more thing", in words the provider could send as they are (speaking as "nosotros"):
/// included, covered by an allowance, goodwill, or out of scope with a priced change order; the notice that charging
/// starts; the refusals.
/// </content>
internal static partial class EngineSpanish
{
    private static IEnumerable<(string, Func<FactReader, string>)> ScopeAnswers()
    {
        yield return ("scope.duplicate-request", f =>
            $"Ya se ha registrado una solicitud de cambio con el identificador {f.Text("request")} ({Quoted(f.Text("description"))}); esta necesita uno propio.");
        yield return ("scope.unknown-deliverable", f =>
        {
            var known = f.Texts("deliverables");
            var has = known.Count == 0 ? ": no recoge ningún entregable"
                : known.Count == 1 ? $"; el único que tiene es {Quoted(known[0])}"
                : $"; los que tiene son {QuotedList(f, known)}";
            return $"El acuerdo no tiene ningún entregable {Quoted(f.Text("deliverable"))}{has}.";
        });
        yield return ("scope.unknown-clause", f =>
        {
            var inclusions = f.Texts("inclusions");
            var exclusions = f.Texts("exclusions");
            var included = inclusions.Count == 0 ? "no detalla inclusiones" : "incluye " + QuotedList(f, inclusions);
            var excluded = exclusions.Count == 0 ? "no detalla exclusiones" : "excluye " + QuotedList(f, exclusions);
            var has = inclusions.Count == 0 && exclusions.Count == 0 ? "no detalla ninguna inclusión ni exclusión" : $"{included}, y {excluded}";
            return $"{Quoted(f.Text("deliverable"))} no recoge ninguna inclusión ni exclusión redactada como {Quoted(f.Text("clause"))}: {has}.";
        });
        yield return ("scope.no-rate-card", f =>
            $"{Quoted(f.Text("description"))} queda fuera del acuerdo ({Because(f)}), y el acuerdo no tiene una tarifa con la que presupuestarlo: hay que añadir una o acordar el precio fuera de la biblioteca.");
        yield return ("scope.answer.included", f =>
            $"{Quoted(f.Text("description"))} forma parte de {Quoted(f.Text("deliverable"))} tal como lo acordamos ({Quoted(f.Text("clause"))}), así que no tiene ningún coste adicional.");
        yield return ("scope.answer.units-covered", f =>
            $"{Quoted(f.Text("description"))} entra en lo que acordamos: ocupa {Number(f, f.Get<int>("units"))} {OfTheUnits(f)}, y después {UnitsLeft(f, f.Get<int>("left"), only: false)}.");
        yield return ("scope.answer.hours-covered", f =>
        {
            var left = f.Get<decimal>("left");
            var after = left == 0m ? "después ese cupo queda agotado" : $"después {Remains(left)} {Hours(f, left)}";
            return $"{Quoted(f.Text("description"))} entra en el cupo de {Hours(f, f.Get<decimal>("included"))} que incluye {Quoted(f.Text("deliverable"))}: requiere aproximadamente {Hours(f, f.Get<decimal>("estimate"))}, y {after}.";
        });
        yield return ("scope.answer.goodwill", f =>
        {
            if (!f.Has("estimate"))
            {
                return $"Con mucho gusto haremos {Quoted(f.Text("description"))} sin coste.";
            }

            var left = f.Get<decimal>("left");
            var after = left == 0m
                ? $"con ello se agota el margen de {Hours(f, f.Get<decimal>("goodwill"))} de cortesía"
                : $"después {Remains(left)} {Hours(f, left)} del margen de {Hours(f, f.Get<decimal>("goodwill"))} de cortesía";
            return $"Con mucho gusto haremos {Quoted(f.Text("description"))} sin coste, como cortesía: requiere aproximadamente {Hours(f, f.Get<decimal>("estimate"))}, y {after}.";
        });
        yield return ("scope.answer.out-of-scope", f =>
        {
            var hours = Hours(f, f.Get<decimal>("hours"));
            var rate = Amount(f, f.Get<Money>("rate"));
            var price = Amount(f, f.Get<Money>("price"));
            var byTheHour = f.Get<Money>("byTheHour");
            var minimum = f.Get<Money>("minimum");
            var pricing = byTheHour < minimum
                ? $"{hours} a {rate} la hora serían {Amount(f, byTheHour)}, pero una orden de cambio cuesta como mínimo {Amount(f, minimum)}, así que el importe es de {price}"
                : $"{hours} a {rate} la hora suman {price}";
            var impact = f.Get<int>("impact");
            var schedule = f.Get<bool>("reopensStage") ? "la ronda se planifica como cualquier revisión, a partir del día en que se pida"
                : impact == 0 ? "no mueve ninguna fecha"
                : $"retrasa el calendario {BusinessDays(f, impact)}";
            return $"{Quoted(f.Text("description"))} queda fuera de lo que acordamos: {Because(f)}. Hace falta una orden de cambio: {pricing}, y {schedule}. ¿Enviamos la orden de cambio para que se apruebe?";
        });
        yield return ("scope.notice.charging-starts", f =>
        {
            var requests = f.Get<int>("requests");
            var left = f.Get<decimal>("left");
            var spread = requests == 1 ? "en 1 petición" : $"repartidas en {Number(f, requests)} peticiones";
            return $"Una aclaración sobre los cargos: hasta ahora, los pequeños extras han corrido de nuestra cuenta ({Hours(f, f.Get<decimal>("used"))} de cortesía {spread}), porque nuestro acuerdo reserva {Hours(f, f.Get<decimal>("goodwill"))} para ellos. "
                + (left == 0m
                    ? $"Esas horas ya se han agotado, así que a partir de esta petición los extras se presupuestan según la tarifa: {RateCardTerms(f, f.Get<RateCard>("rateCard"))}."
                    : $"Lo que queda de esas horas ({Hours(f, left)}) no cubre esta petición, así que se presupuesta según la tarifa ({RateCardTerms(f, f.Get<RateCard>("rateCard"))}); un extra más pequeño aún podría caber en lo que queda.");
        });
    }

    /// <summary>Why a request is outside what was agreed, as a clause: "va más allá de «Diseño» tal como lo acordamos".</summary>
    private static string Because(FactReader f)
    {
        var reason = f.Get<OutOfScopeReason>("reason");
        if (reason == OutOfScopeReason.Excluded)
        {
            return $"el acuerdo excluye expresamente {Quoted(f.Text("exclusion"))} de {Quoted(f.Text("deliverable"))}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance && f.Has("unitName"))
        {
            return $"necesita {Number(f, f.Get<int>("units"))} {OfTheUnits(f)}, y {UnitsLeft(f, f.Get<int>("left"), only: true)}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance)
        {
            var left = f.Get<decimal>("left");
            var included = f.Get<decimal>("included");
            var ofIncluded = included == 1m ? $"la hora incluida en {Quoted(f.Text("deliverable"))}" : $"las {Hours(f, included)} incluidas en {Quoted(f.Text("deliverable"))}";
            return $"requiere aproximadamente {Hours(f, f.Get<decimal>("estimate"))}, y " + (left == 0m
                ? (included == 1m ? "ya se ha usado " : "ya se han usado ") + ofIncluded
                : $"solo {Remains(left)} {Hours(f, left)} de {ofIncluded}");
        }

        if (reason == OutOfScopeReason.BeyondRevisionRounds)
        {
            return RoundsUsed(f, f.Get<int>("rounds"), f.Text("deliverable"));
        }

        if (reason == OutOfScopeReason.NoGoodwill)
        {
            return f.Has("deliverable") ? $"va más allá de {Quoted(f.Text("deliverable"))} tal como lo acordamos" : "no forma parte de ninguno de los entregables acordados";
        }

        if (reason == OutOfScopeReason.TooLargeForGoodwill)
        {
            return $"con aproximadamente {Hours(f, f.Get<decimal>("estimate"))}, supera el máximo de {Hours(f, f.Get<decimal>("limit"))} que podemos asumir como cortesía en una sola petición";
        }

        var goodwillLeft = f.Get<decimal>("left");
        return goodwillLeft == 0m
            ? $"ya se ha agotado el margen de {Hours(f, f.Get<decimal>("goodwill"))} de cortesía que reservamos para pequeños extras"
            : $"del margen de cortesía que reservamos para pequeños extras solo {Remains(goodwillLeft)} {Hours(f, goodwillLeft)}";
    }

    /// <summary>"del cupo de 5 páginas que incluye «Sitio web»": no article or participle that would need the unit's gender.</summary>
    private static string OfTheUnits(FactReader f) =>
        $"del cupo de {Number(f, f.Get<int>("included"))} {f.Text("unitName")} que incluye {Quoted(f.Text("deliverable"))}";

    /// <summary>"queda 1", "quedan 3", "ese cupo queda agotado"; with <paramref name="only"/>, "solo queda 1", "ese cupo ya está agotado".</summary>
    private static string UnitsLeft(FactReader f, int count, bool only) =>
        count == 0 ? (only ? "ese cupo ya está agotado" : "ese cupo queda agotado")
        : (only ? "solo " : string.Empty) + (count == 1 ? "queda 1" : $"quedan {Number(f, count)}");

    /// <summary>A rate card: "90,00 EUR la hora, con un mínimo de 150,00 EUR por orden de cambio".</summary>
    private static string RateCardTerms(FactReader f, RateCard card) =>
        $"{Amount(f, card.HourlyRate)} la hora, con un mínimo de {Amount(f, card.MinimumFee)} por orden de cambio";
}
