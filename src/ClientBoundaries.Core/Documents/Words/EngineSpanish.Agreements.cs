using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>Why an agreement cannot be built, a plan cannot be made yet, or a meeting cannot be booked.</content>
internal static partial class EngineSpanish
{
    private static IEnumerable<(string, Func<FactReader, string>)> AgreementRefusals()
    {
        yield return ("agreement.provider.missing", _ => "El acuerdo tiene que indicar quién es el proveedor (WithProvider).");
        yield return ("agreement.client.missing", _ => "El acuerdo tiene que indicar quién es el cliente (WithClient).");
        yield return ("agreement.stages.none", _ => "El acuerdo tiene que tener al menos una etapa (AddStage).");
        yield return ("agreement.milestone.unknown-stage", f =>
            $"El pago parcial {MilestoneAmount(f, f.Get<Charge>("amount"))} está vinculado a la etapa {Quoted(f.Text("stage"))}, que no existe en el acuerdo.");
        yield return ("agreement.preferences.escalation-contact-missing", f =>
            $"La política de consecuencias del {Role(f, "party")} eleva los asuntos a su contacto de escalado, pero las preferencias del {Role(f, "party")} no indican ninguno: hay que indicarlo (WithPreferences) o poner en la regla el cargo de la persona de contacto.");
        yield return ("agreement.preferences.channel-not-accepted", f =>
            $"El {Role(f, "party")} prefiere comunicarse {Via(f, f.Get<Channel>("channel"))}, pero su política de contacto no lo admite: solo se le puede contactar {Vias(f, "accepted")}.");
        yield return ("agreement.contact-windows.no-working-day", f =>
            $"El horario de contacto del {Role(f, "party")} solo incluye días en los que no trabaja ({f.Words.Weekdays(f.Get<WorkingWeek>("windows"))}; sus días laborables son {f.Words.Weekdays(f.Get<WorkingWeek>("workingWeek"))}), así que nunca se le podría contactar: hay que fijarle un horario de contacto en al menos uno de sus días laborables.");
        yield return ("agreement.deliverable.rounds-need-stage", f =>
            $"El entregable {Quoted(f.Text("deliverable"))} incluye {f.Words.RevisionRounds(f.Get<int>("rounds"))}, que se cuentan en la etapa en la que se elabora: hay que indicar esa etapa.");
        yield return ("agreement.deliverable.unknown-stage", f =>
            $"El entregable {Quoted(f.Text("deliverable"))} se elabora en la etapa {Quoted(f.Text("stage"))}, que no existe en el acuerdo.");
        yield return ("agreement.deliverable.stage-of-client", f =>
            $"El entregable {Quoted(f.Text("deliverable"))} se elabora en la etapa {Quoted(f.Text("stage"))}, que corresponde al cliente; quien entrega es el proveedor, así que hay que indicar una de sus etapas.");
        yield return ("agreement.acceptance-window.unknown-stage", f =>
            $"Se da un plazo de aceptación de {BusinessDays(f, f.Get<int>("days"))} a la etapa {Quoted(f.Text("stage"))}, que no existe en el acuerdo.");
        yield return ("agreement.acceptance-window.stage-of-client", f =>
            $"Se da un plazo de aceptación de {BusinessDays(f, f.Get<int>("days"))} a la etapa {Quoted(f.Text("stage"))}, que corresponde al cliente; es el cliente quien acepta el trabajo del proveedor, así que hay que indicar una de las etapas del proveedor.");
        yield return ("agreement.deliverable.rounds-twice", f =>
            $"Dos entregables cuentan rondas de revisión en la etapa {Quoted(f.Text("stage"))}; las revisiones de una etapa solo pueden contarse para un entregable.");
        yield return ("agreement.scope.rate-card-missing", _ =>
            "Las rondas de revisión adicionales se registran como solicitudes de cambio, que se presupuestan según la tarifa, pero el acuerdo no tiene ninguna (WithRateCard).");
        yield return ("agreement.consequences.unknown-stage", f =>
            $"La política de consecuencias del {Role(f, "party")} tiene una escala para la etapa {Quoted(f.Text("stage"))}, que no existe en el acuerdo.");
        yield return ("agreement.consequences.stage-of-other-party", f =>
            $"La política de consecuencias del {Role(f, "party")} tiene una escala para la etapa {Quoted(f.Text("stage"))}, pero esa etapa corresponde al {Role(f, "owner")}: la escala debe ir en la política del {Role(f, "owner")}.");
        yield return ("agreement.consequences.credit-from-client", _ =>
            "Un abono es lo que el proveedor debe al cliente cuando se retrasa; la política del cliente no puede incluirlo (un cliente que se retrasa paga un recargo).");
        yield return ("agreement.consequences.fee-from-provider", _ =>
            "Los recargos los paga un cliente que se retrasa; cuando quien se retrasa es el proveedor, debe un abono al cliente, así que la política del proveedor no puede incluir recargos.");
        yield return ("agreement.consequences.provider-pays-nothing", _ => "Solo el cliente hace pagos, así que la política del proveedor no puede tener una escala para pagos.");
        yield return ("agreement.consequences.credit-needs-price", f =>
            $"La política del {Role(f, "party")} prevé un abono equivalente a un porcentaje del precio de la etapa, pero la etapa {Quoted(f.Text("stage"))} no tiene precio (StageBuilder.Priced).");
        yield return ("agreement.currency.mixed", f =>
            $"Todos los importes del acuerdo tienen que estar en {f.Text("currency")}, pero {WhereTheAmountIs(f)} es de {Amount(f, f.Get<Money>("amount"))}.");
        yield return ("plan.not-signed", f => f.Has("deposit")
            ? $"Las fechas se asignan cuando el acuerdo está firmado y se ha recibido el anticipo de {Amount(f, f.Get<Money>("deposit"))}; por ahora el acuerdo solo está propuesto."
            : "Las fechas se asignan cuando el acuerdo está firmado; por ahora solo está propuesto.");
        yield return ("plan.deposit-not-received", f =>
            $"Las fechas se asignan cuando se recibe el anticipo de {Amount(f, f.Get<Money>("deposit"))}; el acuerdo está firmado, pero el anticipo aún no ha llegado.");
        yield return ("plan.finish-out-of-order", f =>
            $"La etapa {Quoted(f.Text("stage"))} no puede haber terminado si la anterior, {Quoted(f.Text("previous"))}, no ha terminado: las etapas terminan en orden.");
        yield return ("plan.finish-before-previous", f =>
            $"La etapa {Quoted(f.Text("stage"))} no puede haber terminado el {Day(f, f.Get<LocalDate>("finish"))}, antes de que terminara la anterior, {Quoted(f.Text("previous"))}, el {Day(f, f.Get<LocalDate>("previousFinish"))}.");
        yield return ("meeting.too-long", f =>
            $"Una reunión de {f.Words.Length(f.Get<Duration>("length"))} supera el máximo de {f.Words.Length(f.Get<Duration>("longest"))} que permite el acuerdo; conviene repartir el orden del día en dos reuniones.");
    }

    /// <summary>"el precio de la etapa «Diseño»", "el recargo por demora tras 5 días hábiles de retraso de la política del cliente", "el tope por etapa del cliente".</summary>
    private static string WhereTheAmountIs(FactReader f)
    {
        if (f.Has("stagePrice"))
        {
            return $"el precio de la etapa {Quoted(f.Text("stagePrice"))}";
        }

        if (f.Has("hourlyRate"))
        {
            return "la tarifa por hora";
        }

        if (f.Has("rule"))
        {
            return $"{RuleName(f, f.Get<ConsequenceRule>("rule"))} de la política del {Role(f, "party")}";
        }

        var cap = f.Get<CapScope>("cap");
        return "el tope " + (cap == CapScope.PerStage ? "por etapa" : cap == CapScope.PerMonth ? "mensual" : "para todo el proyecto") + $" del {Role(f, "party")}";
    }

    /// <summary>"proveedor" or "cliente", after "el" or "del".</summary>
    private static string Role(FactReader f, string name) => f.Words.Role(f.Get<PartyRole>(name));

    /// <summary>El importe de un pago parcial, con su preposición: «de 2.400,00 EUR», o «del 30 % del precio total».</summary>
    private static string MilestoneAmount(FactReader f, Charge charge) =>
        charge.FixedAmount is { } amount ? "de " + Amount(f, amount) : "del " + f.Words.Percent(charge.Percent!.Value) + " del precio total";
}
