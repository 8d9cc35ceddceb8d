using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The sentences of a running engagement that are not refusals: why a reminder or consequence is due, and what is
/// open in how the two sides talk, as a to-do for the provider.
/// </content>
internal static partial class EngineSpanish
{
    /// <summary>Why a reminder or a consequence is due: who is late with what, by how much, and what follows.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Explanations()
    {
        yield return ("consequence.explanation", Explanation);
    }

    /// <summary>What is open in how the two sides talk, as a to-do for the provider, in the infinitive of a task list.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> CommunicationToDos()
    {
        yield return ("communication.recap-owed", f =>
        {
            var client = f.Text("client");
            var message = $"Enviar a {client} el resumen de la reunión del {Moment(f, f.Get<LocalDateTime>("startedAt"))} ({Quoted(f.Text("topic"))}){By(f, ",")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                var followUps = f.Texts("followUps");
                message += followUps.Count == 0
                    ? " Dejar por escrito lo acordado; se trataron todos los puntos del orden del día."
                    : $" Dejar por escrito lo acordado y recoger como temas pendientes los puntos que no dio tiempo a tratar: {QuotedList(f, followUps)}.";
            }

            return message;
        });
        yield return ("communication.check-in-missed", f =>
        {
            var client = f.Text("client");
            var message = $"La reunión de seguimiento del {Day(f, f.Get<LocalDate>("occurrence"))} con {client} no se ha registrado: hay que celebrarla más tarde o registrarla como no celebrada.";
            return f.Get<bool>("detailed")
                ? message + $" Las reuniones de seguimiento son {Cadence(f, f.Get<CheckInCadence>("cadence"))}; conviene proponer a {client} una nueva hora, con un orden del día."
                : message;
        });
        yield return ("communication.feedback-due", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var about = point == FeedbackPoint.AfterOnboarding ? "sobre cómo ha ido el arranque"
                : point == FeedbackPoint.AtCompletion ? "sobre el trabajo en su conjunto, ahora que está terminado"
                : $"sobre cómo está funcionando el trabajo, {f.Words.Days(f.Get<int>("followUpDays"))} después de terminarlo";
            var message = $"Pedir a {f.Text("client")} su valoración {about}{By(f, ",")}." + Owed(f);
            return f.Get<bool>("detailed") ? message + " Preguntar qué ha ido bien, qué podría haber ido mejor y si queda algo pendiente." : message;
        });
        yield return ("communication.follow-through-due", f =>
        {
            var client = f.Text("client");
            var message = $"Completar la resolución de la incidencia {Quoted(f.Text("whatHappened"))} para {client}{By(f, ",")}: {f.Text("remedy")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                message += $" Lo que supuso para {client}: {f.Text("impact")}."
                    + (f.Has("credit") ? $" La solución incluye un abono de {Amount(f, f.Get<Money>("credit"))}." : string.Empty);
            }

            return message;
        });
    }

    /// <summary>A to-do's deadline while it is still ahead: ", a más tardar el 3 de marzo de 2026 a las 17:00"; nothing once it has passed (<see cref="Owed"/> says so).</summary>
    private static string By(FactReader f, string lead) => f.Has("late") ? string.Empty : $"{lead} a más tardar el {Moment(f, f.Get<LocalDateTime>("by"))}";

    /// <summary>A to-do read after its deadline: " El plazo venció el 3 de marzo de 2026 a las 17:00 y ya van 2 días hábiles de retraso."; nothing before.</summary>
    private static string Owed(FactReader f)
    {
        if (!f.Has("late"))
        {
            return string.Empty;
        }

        var late = f.Get<int>("late");
        var by = Moment(f, f.Get<LocalDateTime>("by"));
        return late > 0 ? $" El plazo venció el {by} y ya {(late == 1 ? "va" : "van")} {BusinessDays(f, late)} de retraso." : $" El plazo venció el {by}.";
    }

    /// <summary>
    /// Why a reminder or consequence is due, true on the day it is read: "vence hoy" only on the due date, the lateness
    /// counted to that day (or to the day the count stopped), and the end a schedule shift leads to if the stage is
    /// delivered that day.
    /// </summary>
    private static string Explanation(FactReader f)
    {
        var rule = f.Get<ConsequenceRule>("rule");
        var party = f.Text("party");
        var other = f.Text("other");
        var what = ObligationName(f);
        if (rule.Kind.IsReminder)
        {
            var tone = rule.Kind == ConsequenceKind.Reminder ? "Recordatorio amable" : "Recordatorio firme";
            return $"{tone} para {party}: {what} {DueWhen(f, party, reminder: true)}.";
        }

        var grace = !f.Has("grace") ? string.Empty
            : f.Get<int>("grace") == 1 ? " (ya ha pasado el día hábil de margen)"
            : $" (ya han pasado los {BusinessDays(f, f.Get<int>("grace"))} de margen)";
        var lateness = $"{Phrasebook.Capitalised(what)} {DueWhen(f, party, reminder: false)}{grace}";
        var comeBack = $"{party} retomó el proyecto el {Day(f, f.Get<LocalDate>("cameBack"))}, tras una pausa por un retraso de {BusinessDays(f, f.Get<int>("threshold"))} o más en {what}";
        var sentence = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Escalation) => f.Optional<string>("escalateTo") is { Length: > 0 } contact
                ? $"{lateness}: el asunto se eleva a quien ocupe el cargo de {contact} en {party}."
                : $"{lateness}: el asunto se eleva a un responsable de {party}.",
            nameof(ConsequenceKind.ScheduleShift) => $"{lateness}: {ShiftedDates(f)}.",
            nameof(ConsequenceKind.Pause) => $"{lateness}: tal como se acordó, el proyecto queda en pausa hasta que {party} pueda continuar.",
            nameof(ConsequenceKind.RestartLeadTime) => $"{comeBack}: {other} necesita {BusinessDays(f, f.Get<int>("leadTime"))} para retomar el trabajo"
                + (f.Has("nextStage") ? $", así que {Quoted(f.Text("nextStage"))} empieza, como pronto, el {Day(f, f.Get<LocalDate>("nextStart"))}" : string.Empty) + ".",
            nameof(ConsequenceKind.RestartFee) => $"{comeBack}: corresponde un cargo por reanudación{Charged(f, null, string.Empty, f.Optional<Money>("amountBeforeCap") ?? f.Optional<Money>("amount"))} a favor de {other}.",
            nameof(ConsequenceKind.LateFee) => $"{lateness}: corresponde un recargo por demora{Charged(f, rule.Charge, "del pago", f.Optional<Money>("amountBeforeCap"))} a favor de {other}.",
            nameof(ConsequenceKind.Credit) => $"{lateness}: {other} tiene derecho a un abono{Charged(f, rule.Charge, "del precio de la etapa", f.Optional<Money>("amountBeforeCap"))}.",
            _ => $"{lateness}: {other} ya puede notificar la rescisión del acuerdo.",
        };
        return f.Has("cappedBy") && f.Optional<Money>("amount") is { } capped
            ? sentence + $" El tope de {Amount(f, f.Get<Money>("cap"))} {CapName(f.Get<CapScope>("cappedBy"))} lo deja en {Amount(f, capped)}."
            : sentence;
    }

    /// <summary>
    /// When the obligation was or is due and how late the party is, seen from the day the sentence is read: "vence el 10
    /// de marzo de 2026, dentro de 3 días hábiles", "vence hoy, 10 de marzo de 2026", "venció el 10 de marzo de 2026 y
    /// lleva 2 días hábiles de retraso" (a reminder), "venció el 10 de marzo de 2026 y Panadería Acme lleva 5 días
    /// hábiles de retraso", "vencía el ... y se entregó con 3 días hábiles de retraso", "... y Panadería Acme llevaba 4
    /// días hábiles de retraso cuando terminó el proyecto".
    /// </summary>
    private static string DueWhen(FactReader f, string party, bool reminder)
    {
        var due = Day(f, f.Get<LocalDate>("due"));
        var today = f.Get<LocalDate>("today");
        var late = f.Get<int>("late");
        if (f.Has("fulfilledOn"))
        {
            var kind = f.Get<ObligationKey>("obligation").Kind;
            var done = kind == ObligationKind.Stage ? "se entregó" : kind == ObligationKind.Reply ? "se envió" : kind == ObligationKind.Acceptance ? "se respondió" : "se pagó";
            var fulfilledOn = f.Get<LocalDate>("fulfilledOn");
            return late > 0 ? $"vencía el {due} y {done} con {BusinessDays(f, late)} de retraso"
                : fulfilledOn == f.Get<LocalDate>("due") ? $"vencía el {due} y {done} ese mismo día"
                : $"vencía el {due} y {done} el {Day(f, fulfilledOn)}";
        }

        var stopped = f.Optional<string>("stopped");
        if (late > 0)
        {
            var days = BusinessDays(f, late);
            var who = reminder ? string.Empty : party + " ";
            return stopped is null
                ? $"venció el {due} y {who}lleva {days} de retraso"
                : $"venció el {due} y {who}llevaba {days} de retraso "
                    + (stopped == "hold" ? "cuando el proyecto se puso en pausa"
                        : stopped == "sent-back" ? "cuando volvió a quedar a la espera de la etapa anterior"
                        : "cuando terminó el proyecto");
        }

        var dueDate = f.Get<LocalDate>("due");
        return today == dueDate ? $"vence hoy, {due}"
            : today > dueDate ? $"venció el {due}"
            : late < 0 && stopped is null ? $"vence el {due}, dentro de {BusinessDays(f, -late)}"
            : $"vence el {due}";
    }

    /// <summary>What a schedule shift does: every later date moves, and where the work ends if the stage is delivered on the day read (or, delivered already, where it ends now).</summary>
    private static string ShiftedDates(FactReader f)
    {
        if (!f.Has("shiftedEnd"))
        {
            return f.Has("fulfilledOn") ? "todas las fechas posteriores se retrasaron lo mismo" : "todas las fechas posteriores se retrasan lo mismo";
        }

        var end = Day(f, f.Get<LocalDate>("shiftedEnd"));
        var baseline = Day(f, f.Get<LocalDate>("baselineEnd"));
        return f.Has("deliveredOn")
            ? $"todas las fechas posteriores se retrasan lo mismo; si se entrega el {Day(f, f.Get<LocalDate>("deliveredOn"))}, el trabajo terminará el {end}, en lugar del {baseline} previsto al principio"
            : f.Has("fulfilledOn") ? $"todas las fechas posteriores se retrasaron lo mismo; el trabajo termina ahora el {end}, en lugar del {baseline} previsto al principio"
            : "todas las fechas posteriores se retrasan lo mismo";
    }

    /// <summary>
    /// How sentences name an obligation: <c>la etapa «Contenidos del cliente»</c>, <c>el anticipo de 1.800,00 EUR</c>,
    /// <c>la respuesta al mensaje de Panadería Acme recibido por correo electrónico el 6 de marzo de 2026 a las 16:30</c>.
    /// </summary>
    private static string ObligationName(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        var of = f.Optional<Money>("basis") is { } basis ? " de " + Amount(f, basis) : string.Empty;
        return kind == ObligationKind.Stage ? $"la etapa {Quoted(f.Text("stage"))}"
            : kind == ObligationKind.Acceptance ? $"la aceptación de {Quoted(f.Text("stage"))}"
            : kind == ObligationKind.Reply ? $"la respuesta al mensaje de {f.Text("sender")} recibido {Via(f, f.Get<Channel>("channel"))} el {Moment(f, f.Get<LocalDateTime>("arrivedAt"))}"
            : kind == ObligationKind.MilestonePayment ? $"el pago{of} tras {Quoted(f.Text("stage"))}"
            : kind == ObligationKind.Deposit ? $"el anticipo{of}"
            : $"el pago final{of}";
    }

    /// <summary>
    /// What a fee or credit comes to, right after its noun: " del 10 % del pago (180,00 EUR)" for a percentage of
    /// <paramref name="basis"/>, " de 250,00 EUR" for an amount, nothing when neither is known.
    /// </summary>
    private static string Charged(FactReader f, Charge? charge, string basis, Money? amount) =>
        charge?.Percent is { } percent
            ? $" del {f.Words.Percent(percent)} {basis}" + (amount is null ? string.Empty : $" ({Amount(f, amount)})")
            : amount is null ? string.Empty : " de " + Amount(f, amount);

    private static string CapName(CapScope scope) =>
        scope == CapScope.PerStage ? "por etapa" : scope == CapScope.PerMonth ? "al mes" : "en todo el proyecto";
}
