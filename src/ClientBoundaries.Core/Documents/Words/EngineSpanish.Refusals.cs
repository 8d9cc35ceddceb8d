using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Documents.Words;

/// <content>Why the decider refused a command, by the refusal's code.</content>
internal static partial class EngineSpanish
{
    /// <summary>The refusals of the work's course: the engagement's phase, stages and handoffs.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Course()
    {
        yield return ("engagement.beyond-supported-dates", f =>
            $"No se puede {Action(f)} el {f.Words.ReadersTime(Command(f).At)}: las fechas resultantes irían más allá de las últimas con las que trabaja la biblioteca (los planes terminan en el año 9999 y las fechas límite, en el 9998).");
        yield return ("engagement.version-conflict", f =>
            $"El proyecto ha cambiado desde que se tomó esta decisión: está en la versión {Number(f, f.Get<int>("version"))}, no en la {Number(f, f.Get<int>("expected"))}. Hay que volver a cargarlo e intentarlo de nuevo.");
        yield return ("engagement.out-of-order", f =>
            $"No se puede {Action(f)} el {f.Words.ReadersTime(Command(f).At)}: el proyecto ya tiene un registro posterior, del {f.Words.ReadersTime(f.Get<Instant>("last"))}.");
        yield return ("engagement.not-allowed-in-phase", f =>
            $"No se puede {Action(f)}: {PhaseName(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}. {AllowedIn(f.Get<EngagementPhase>("phase"), f.Get<bool>("depositRequired"))}");
        yield return ("plan.start-in-the-past", f =>
            $"No se puede fijar el inicio del trabajo el {Day(f, f.Get<LocalDate>("start"))}, una fecha anterior al día en que se planifica (el {Day(f, f.Get<LocalDate>("today"))}).");
        yield return ("engagement.stage.unknown", f => $"El acuerdo {Quoted(f.Name("agreement"))} no tiene ninguna etapa {Quoted(f.Text("stage"))}.");
        yield return ("engagement.stage.already-started", f => $"La etapa {Quoted(f.Name("stage"))} ya ha empezado.");
        yield return ("engagement.stage.not-current", f => f.Has("current")
            ? $"No se puede {Action(f)}: {Quoted(f.Name("stage"))} no es la etapa en curso, sino {Quoted(f.Name("current"))}, a cargo de {f.Name("holder")}."
            : $"No se puede {Action(f)}: {Quoted(f.Name("stage"))} no es la etapa en curso, porque ya se han entregado todas las etapas.");
        yield return ("engagement.stage.not-started", f => $"La etapa {Quoted(f.Name("stage"))} aún no ha empezado: primero hay que iniciarla y después ya se podrá {ActionOnTheStage(f)}.");
        yield return ("engagement.stage.not-handed-off", f => $"La etapa {Quoted(f.Name("stage"))} aún no se ha entregado, así que todavía no se puede aceptar ni devolver.");
        yield return ("engagement.stage.not-last-handed-off", f =>
            $"Solo se puede aceptar o devolver la última etapa entregada, {Quoted(f.Name("lastHandedOff"))}, no {Quoted(f.Name("stage"))}.");
        yield return ("engagement.acceptance.no-window", f =>
            $"El acuerdo no da la etapa {Quoted(f.Name("stage"))} por aceptada al vencer un plazo: {f.Name("party")} debe aceptarla o pedir una revisión.");
        yield return ("engagement.acceptance.window-open", f =>
            $"{f.Name("party")} tiene hasta el final del {Day(f, f.Get<LocalDate>("closes"))} para aceptar la etapa {Quoted(f.Name("stage"))} o pedir una revisión; solo después se da por aceptada.");
        yield return ("engagement.stage.not-accepted", f =>
            $"Según el acuerdo, {f.Name("party")} debe aceptar la etapa {Quoted(f.Name("stage"))} o pedir una revisión antes de pasar a la etapa {Quoted(f.Name("next"))}.");
        yield return ("engagement.handoff.due-in-the-past", f =>
            $"La fecha límite, el {Day(f, f.Get<LocalDate>("due"))}, es anterior al día de la entrega (para {f.Name("receiver")}, hoy es {Day(f, f.Get<LocalDate>("today"))}).");
        yield return ("engagement.revision.nothing-submitted", f => $"Aún no se ha presentado nada en la etapa {Quoted(f.Name("stage"))}, así que no hay nada que revisar.");
        yield return ("engagement.revision.already-accepted", f => $"La etapa {Quoted(f.Name("stage"))} ya se ha aceptado; un cambio a estas alturas es una nueva solicitud, no una revisión.");
        yield return ("scope.revision-rounds-used", f =>
            $"{Phrasebook.Capitalised(RoundsUsed(f, f.Get<int>("rounds"), f.Text("deliverable")))}. Este cambio debe pedirse como solicitud de cambio (RequestChange): se presupuesta según la tarifa y, una vez aceptado, se hace como trabajo nuevo.");
        yield return ("scope.extra-round-pending", f =>
        {
            var rounds = f.Get<int>("rounds");
            return $"{Phrasebook.Capitalised(RoundsUsed(f, rounds, f.Text("deliverable")))}, y hay {(rounds == 0 ? "una" : "otra")} ronda presupuestada (orden de cambio {f.Text("changeOrder")}, estado: {StatusName(f.Get<ChangeOrderStatus>("status"))}): cuando se acepte, se podrá volver a pedir la revisión.";
        });
        yield return ("engagement.complete.stages-remaining", f =>
            $"La etapa {Quoted(f.Name("stage"))} y las siguientes aún no están terminadas; el proyecto se cierra cuando la última etapa se ha entregado y aceptado.");
        yield return ("engagement.complete.final-not-accepted", f => $"{f.Name("party")} aún no ha aceptado la última etapa, {Quoted(f.Name("stage"))}.");
        yield return ("engagement.nothing-to-pause", _ =>
            "No se puede poner el trabajo en pausa: todas las etapas se han entregado y aceptado, así que no le toca a nadie y no corre ningún plazo. Lo que procede es cerrar el proyecto o ponerle fin.");
    }

    /// <summary>The refusals of the client's payments.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Payments()
    {
        yield return ("engagement.deposit.not-required", _ => "El acuerdo no pide anticipo: el trabajo se puede programar directamente.");
        yield return ("engagement.deposit.wrong-currency", f =>
            $"El anticipo está fijado en {f.Get<Money>("required").Currency}, pero se ha registrado un pago de {Amount(f, f.Get<Money>("received"))}.");
        yield return ("engagement.deposit.short", f =>
            $"El anticipo es de {Amount(f, f.Get<Money>("required"))}, pero solo se han recibido {Amount(f, f.Get<Money>("received"))}; faltan {Amount(f, f.Get<Money>("missing"))}.");
        yield return ("payment.unknown", f => $"Las condiciones de pago del acuerdo no incluyen {Obligation(f, "payment")}.");
        yield return ("payment.not-invoiced", f => f.Get<ObligationKey>("payment").Kind == ObligationKind.FinalPayment
            ? "El pago final se factura cuando se cierra el proyecto, y aún no se ha cerrado."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} se factura cuando se acepta la etapa, y aún no se ha aceptado.");
        yield return ("payment.already-received", f => $"{Phrasebook.Capitalised(Obligation(f, "payment"))} ya se ha recibido.");
        yield return ("payment.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Obligation(f, "payment"))} está fijado en {f.Get<Money>("required").Currency}, pero se ha registrado un pago de {Amount(f, f.Get<Money>("received"))}.");
        yield return ("payment.short", f => f.Has("credited")
            ? $"{Phrasebook.Capitalised(Obligation(f, "payment"))} de {Amount(f, f.Get<Money>("invoiced"))}, descontados los {Amount(f, f.Get<Money>("credited"))} ya compensados con un abono, queda en {Amount(f, f.Get<Money>("required"))}, pero solo se han recibido {Amount(f, f.Get<Money>("received"))}; faltan {Amount(f, f.Get<Money>("missing"))}."
            : $"{Phrasebook.Capitalised(Obligation(f, "payment"))} es de {Amount(f, f.Get<Money>("required"))}, pero solo se han recibido {Amount(f, f.Get<Money>("received"))}; faltan {Amount(f, f.Get<Money>("missing"))}.");
        yield return ("owed.unknown", f => f.Get<OwedKey>("entry").Kind == OwedKind.Overpayment
            ? $"No se pagó nada de más en {Obligation(f, "entryObligation")}, así que no hay nada que devolver ni compensar."
            : $"{Phrasebook.Capitalised(Entry(f, "entry"))} no se adeuda en este proyecto: {NotOwedYet(f.Get<OwedKey>("entry").Kind)}.");
        yield return ("owed.agreed-payment", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} es uno de los pagos del propio acuerdo; hay que registrarlo como recibido ({(f.Get<OwedKey>("entry").Kind == OwedKind.Deposit ? "ReceiveDeposit" : "ReceivePayment")}).");
        yield return ("owed.wrong-currency", f =>
            $"{Phrasebook.Capitalised(Entry(f, "entry"))} se adeuda en {f.Get<Money>("required").Currency}, pero se ha registrado un pago de {Amount(f, f.Get<Money>("received"))}.");
        yield return ("owed.overpaid", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(De(Entry(f, "entry")))} no queda nada pendiente: no se puede pagar ni compensar nada más."
            : $"{Phrasebook.Capitalised(De(Entry(f, "entry")))} solo quedan {Amount(f, f.Get<Money>("outstanding"))} pendientes, pero se han registrado {Amount(f, f.Get<Money>("amount"))}; no se puede registrar más de lo pendiente.");
        yield return ("owed.credit-exceeded", f => f.Get<Money>("outstanding").IsZero
            ? $"{Phrasebook.Capitalised(De(Entry(f, "credit")))} no queda nada por compensar."
            : $"{Phrasebook.Capitalised(De(Entry(f, "credit")))} solo quedan {Amount(f, f.Get<Money>("outstanding"))} por compensar, pero se querían compensar {Amount(f, f.Get<Money>("amount"))}.");
        yield return ("owed.not-a-credit", f =>
            $"{Phrasebook.Capitalised(Entry(f, "credit"))} no es un abono ni un importe pagado de más, así que no se puede compensar con lo que se adeuda en sentido contrario.");
        yield return ("owed.not-settleable", f =>
        {
            var against = f.Get<OwedKey>("against");
            return against.Kind.IsCreditNote ? $"{Phrasebook.Capitalised(Entry(f, "against"))} también es un saldo a devolver; un abono solo se compensa con un pago, una orden de cambio o un cargo que se adeude en sentido contrario."
                : against.Kind == OwedKind.Deposit ? "El anticipo debe recibirse completo antes de programar el trabajo, así que no puede saldarse con un abono; el abono debe compensarse con un pago posterior."
                : $"{Phrasebook.Capitalised(Entry(f, "credit"))} se adeuda a {f.Name("creditor")}, pero {Entry(f, "against")} lo adeuda {f.Name("debtor")}: un abono solo salda lo que adeuda su titular.";
        });
    }

    /// <summary>The refusals of reminders and consequences recorded by the host.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ConsequenceRefusals()
    {
        yield return ("consequence.wrong-command", f => f.Get<ConsequenceRule>("rule") is var rule && rule.Kind.IsReminder
            ? $"{Phrasebook.Capitalised(RuleName(f, rule))} es un recordatorio: se registra como enviado con RecordReminderSent."
            : $"{Phrasebook.Capitalised(RuleName(f, rule))} no es un recordatorio: se aplica con ApplyConsequence.");
        yield return ("consequence.unknown-obligation", f => $"El proyecto no incluye {Obligation(f, "obligation")}.");
        yield return ("consequence.not-in-policy", f =>
            $"La política de consecuencias no prevé {RuleName(f, f.Get<ConsequenceRule>("rule"), "ningún", "ninguna")} para {Obligation(f, "obligation")}.");
        yield return ("consequence.already-recorded", f =>
            $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} para {Obligation(f, "obligation")} ya se ha registrado; no se aplica dos veces.");
        yield return ("consequence.not-due", f =>
        {
            var what = $"{Phrasebook.Capitalised(RuleName(f, f.Get<ConsequenceRule>("rule")))} para {Obligation(f, "obligation")}";
            return !f.Has("fallsDueAt") ? $"{what} no procede: {Obligation(f, "obligation")} no lleva retraso suficiente, aún no le toca a la parte responsable o ya se ha cumplido."
                : f.Get<Instant>("fallsDueAt") > f.Get<Instant>("at") ? $"{what} aún no procede: procederá el {f.Words.ReadersTime(f.Get<Instant>("fallsDueAt"))}."
                : $"{what} ya no procede: lo ha sustituido un recordatorio posterior.";
        });
    }

    /// <summary>The refusals of change orders.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> ChangeOrders()
    {
        yield return ("change-order.unknown", f => f.Has("decision")
            ? $"Sobre la solicitud de cambio {f.Text("changeOrder")} ya se decidió que {DecisionName(f.Text("decision"))}, así que no hay ninguna orden de cambio {WhatToDoWithIt(Command(f))}."
            : $"El proyecto no tiene ninguna orden de cambio {f.Text("changeOrder")}.");
        yield return ("change-order.closed", f =>
        {
            var status = f.Get<ChangeOrderStatus>("status");
            var closed = status == ChangeOrderStatus.NoCharge ? "asumida sin coste" : StatusName(status);
            var when = f.Has("closedAt") ? $" el {f.Words.ReadersTime(f.Get<Instant>("closedAt"))}" : string.Empty;
            return $"La orden de cambio {f.Text("changeOrder")} quedó {closed}{when}; ya no se puede hacer nada más con ella.";
        });
        yield return ("change-order.too-long", f => f.Has("stage")
            ? $"La orden de cambio {f.Text("changeOrder")} haría que la etapa {Quoted(f.Name("stage"))} durase {BusinessDays(f, f.Get<int>("length"))}, más de los {Number(f, f.Get<int>("longest"))} que puede durar una etapa."
            : $"La orden de cambio {f.Text("changeOrder")} añadiría {BusinessDays(f, f.Get<int>("impact"))}, más de los {Number(f, f.Get<int>("longest"))} que puede durar una etapa; hay que proponerla con un efecto menor en las fechas o dividir el trabajo.");
        yield return ("change-order.wrong-currency", f =>
            $"La orden de cambio {f.Text("changeOrder")} se presupuesta en {f.Text("currency")}, la moneda de la tarifa, pero se ha propuesto un precio de {Amount(f, f.Get<Money>("price"))}.");
        yield return ("change-order.below-minimum", f =>
            $"Según el acuerdo, una orden de cambio cuesta como mínimo {Amount(f, f.Get<Money>("minimum"))}, pero para la orden de cambio {f.Text("changeOrder")} se ha propuesto un precio de {Amount(f, f.Get<Money>("price"))}; si se quiere hacer ese trabajo por menos, hay que asumirlo sin coste (AbsorbChangeOrder).");
        yield return ("change-order.proceeding-not-allowed", f =>
            $"El acuerdo no permite empezar el trabajo de un cambio antes de acordar su precio; primero hay que aceptar la orden de cambio {f.Text("changeOrder")}.");
        yield return ("change-order.not-proposed", f =>
            $"La orden de cambio {f.Text("changeOrder")} es un borrador que {f.Name("party")} aún no ha visto; primero hay que proponerla (ProposeChangeOrder).");
        yield return ("change-order.expired", f =>
            $"La propuesta de la orden de cambio {f.Text("changeOrder")} caducó el {f.Words.ReadersTime(f.Get<Instant>("expiresAt"))}; antes de aceptarla hay que volver a proponerla (ProposeChangeOrder), con el precio y las fechas actuales.");
        yield return ("change-order.no-stage-left", f =>
            $"La orden de cambio {f.Text("changeOrder")} añade {BusinessDays(f, f.Get<int>("impact"))}, pero todas las etapas de {f.Name("party")} están terminadas; ese trabajo debe plantearse como un proyecto nuevo o proponerse sin efecto en las fechas.");
    }

    /// <summary>The refusals of how the two sides talk: meetings, check-ins, feedback, incidents, messages.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Conversations()
    {
        yield return ("meeting.duplicate", f => $"Ya hay una reunión {f.Text("meeting")} reservada en este proyecto; la nueva necesita su propio identificador.");
        yield return ("meeting.unknown", f => $"No hay ninguna reunión {f.Text("meeting")} reservada en este proyecto"
            + (f.Texts("meetings") is { Count: > 0 } meetings
                ? (meetings.Count == 1 ? $"; la única reservada es {meetings[0]}." : $"; las reservadas son {f.Words.JoinedWithAnd(meetings)}.")
                : "; primero hay que reservarla (BookMeeting)."));
        yield return ("meeting.already-held", f => f.Get<EngagementCommand>("command") is CancelMeeting
            ? $"La reunión {f.Text("meeting")} ya se ha celebrado; ya no se puede cancelar."
            : $"La reunión {f.Text("meeting")} ya consta como celebrada.");
        yield return ("meeting.cancelled", f => $"La reunión {f.Text("meeting")} se canceló; para la conversación que sí tuvo lugar hay que reservar una nueva.");
        yield return ("meeting.not-on-agenda", f =>
        {
            var items = f.Texts("items");
            return $"{QuotedList(f, items)} {(items.Count == 1 ? "no está" : "no están")} en el orden del día de la reunión {f.Text("meeting")}, que recoge {QuotedList(f, f.Texts("agenda"))}.";
        });
        yield return ("meeting.not-held", f =>
            $"La reunión {f.Text("meeting")} no consta como celebrada, así que aún no se debe ningún resumen (antes hay que registrarla con RecordMeetingHeld).");
        yield return ("check-in.no-cadence", _ =>
            "El acuerdo no fija una frecuencia de reuniones de seguimiento (AgreementBuilder.WithCheckIns), así que no hay ninguna que registrar.");
        yield return ("check-in.not-scheduled", f =>
            $"Las reuniones de seguimiento empiezan cuando el trabajo tiene fechas, y este proyecto aún no las tiene: el {Day(f, f.Get<LocalDate>("occurrence"))} no corresponde a ninguna.");
        yield return ("check-in.not-an-occurrence", f =>
        {
            var near = f.Get<IReadOnlyList<LocalDate>>("nearby");
            var nearby = near.Count == 0 ? "."
                : near.Count == 1 ? $"; la más cercana pendiente de registrar es la del {Day(f, near[0])}."
                : $"; las más cercanas pendientes de registrar son {Days(f, near)}.";
            return $"El {Day(f, f.Get<LocalDate>("occurrence"))} no corresponde a ninguna reunión de seguimiento de la frecuencia acordada ({Cadence(f, f.Get<CheckInCadence>("cadence"))} desde el {Day(f, f.Get<LocalDate>("start"))}, salvo durante las pausas){nearby}";
        });
        yield return ("check-in.in-future", f =>
            $"La reunión de seguimiento del {Day(f, f.Get<LocalDate>("occurrence"))} aún no ha llegado (para {f.Name("party")}, hoy es {Day(f, f.Get<LocalDate>("today"))}).");
        yield return ("check-in.already-recorded", f =>
        {
            var recorded = f.Get<RecordedCheckIn>("recorded");
            var how = recorded.Held ? "celebrada"
                : string.IsNullOrWhiteSpace(recorded.Note) ? "no celebrada"
                : $"no celebrada (motivo: {recorded.Note})";
            return $"La reunión de seguimiento del {Day(f, f.Get<LocalDate>("occurrence"))} ya está registrada como {how}.";
        });
        yield return ("feedback.not-agreed", f =>
        {
            var asked = f.Has("policy") ? FeedbackPoints(f, f.Get<FeedbackPolicy>("policy")) : string.Empty;
            return $"El acuerdo no prevé pedir una valoración {PointName(f.Get<FeedbackPoint>("point"))}"
                + (!f.Has("policy") ? " (AgreementBuilder.WithFeedback)."
                    : asked.Length == 0 ? "; no prevé ninguna."
                    : $"; solo la prevé {asked}.");
        });
        yield return ("feedback.ended-early", f =>
            $"El proyecto terminó antes de tiempo, el {ProviderMoment(f, "endedAt")} (hora del proveedor): ya no se piden más valoraciones.");
        yield return ("feedback.not-due-yet", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var when = f.Has("comesAt") ? $"se podrá pedir el {ProviderMoment(f, "comesAt")} (hora del proveedor)"
                : point == FeedbackPoint.AfterOnboarding ? "se podrá pedir cuando termine la primera etapa"
                : "se podrá pedir cuando se cierre el proyecto";
            return $"Aún no es momento de pedir la valoración {PointName(point)}: {when}.";
        });
        yield return ("feedback.not-requested", f =>
            $"No se ha pedido ninguna valoración {PointName(f.Get<FeedbackPoint>("point"))}; primero hay que registrar la petición (RequestFeedback).");
        yield return ("feedback.already-received", f =>
            $"La valoración {PointName(f.Get<FeedbackPoint>("point"))} ya se recibió el {ProviderMoment(f, "receivedAt")} (hora del proveedor).");
        yield return ("incident.duplicate", f => $"Ya hay una incidencia {f.Text("incident")} registrada; la nueva necesita su propio identificador.");
        yield return ("incident.follow-through-in-past", f =>
            $"La fecha prometida para la resolución, el {Day(f, f.Get<LocalDate>("due"))}, es anterior al día en que se registra la incidencia (para {f.Name("party")}, hoy es {Day(f, f.Get<LocalDate>("today"))}): hay que prometer una fecha que aún esté por llegar.");
        yield return ("incident.unknown", f => $"No hay ninguna incidencia {f.Text("incident")} registrada en este proyecto"
            + (f.Texts("incidents") is { Count: > 0 } incidents
                ? (incidents.Count == 1 ? $"; la única registrada es {incidents[0]}." : $"; las registradas son {f.Words.JoinedWithAnd(incidents)}.")
                : "."));
        yield return ("incident.already-followed-through", f =>
            $"La resolución de la incidencia {f.Text("incident")} ya se completó el {ProviderMoment(f, "followedThroughAt")} (hora del proveedor).");
        yield return ("incident.credit-not-applied", f =>
            $"No se ha aplicado a {f.Name("party")} {RuleName(f, f.Get<ConsequenceRule>("rule"))} para {Obligation(f, "obligation")}: primero hay que aplicarlo (ApplyConsequence) y después vincularlo.");
        yield return ("incident.credit-already-linked", f =>
            $"La incidencia {f.Text("incident")} ya está vinculada a un abono ({RuleName(f, f.Get<ConsequenceRule>("rule"))}, para {Obligation(f, "obligation")}).");
        yield return ("message.duplicate", f => $"Ya hay un mensaje {f.Text("message")} registrado; el nuevo necesita su propio identificador.");
        yield return ("message.channel-not-accepted", f =>
            $"{f.Name("recipient")} no acepta mensajes {Via(f, f.Get<Channel>("channel"))}, solo {Vias(f, "accepted")}. Hay que pedir que el mensaje se envíe de nuevo por una de esas vías.");
        yield return ("message.no-commitment", f => $"{f.Name("recipient")} no se compromete a ningún plazo de respuesta para los mensajes que llegan {Via(f, f.Get<Channel>("channel"))}"
            + (f.Texts("promised") is { Count: > 0 } ? $" (sí lo hace con los que llegan {Vias(f, "promised")})" : string.Empty)
            + ", así que no hay ningún plazo que vigilar.");
        yield return ("message.unknown", f => $"No hay ningún mensaje {f.Text("message")} registrado en este proyecto"
            + (f.Texts("messages") is { Count: > 0 } messages
                ? (messages.Count == 1 ? $"; el único registrado es {messages[0]}." : $"; los registrados son {f.Words.JoinedWithAnd(messages)}.")
                : "; primero hay que registrarlo (RecordMessage)."));
    }

    private static EngagementCommand Command(FactReader f) => f.Get<EngagementCommand>("command");

    /// <summary>What the refused command does, as an infinitive phrase: "entregar una etapa".</summary>
    private static string Action(FactReader f) => Command(f) switch
    {
        Propose => "proponer un acuerdo",
        Sign => "firmar el acuerdo",
        ReceiveDeposit => "recibir el anticipo",
        Schedule => "programar el trabajo",
        StartStage => "iniciar una etapa",
        SubmitWork => "presentar trabajo",
        HandOff => "entregar una etapa",
        AcceptStage => "aceptar una etapa",
        RequestRevision => "pedir una revisión",
        LogEffort => "registrar horas",
        PauseWork => "poner el trabajo en pausa",
        ResumeWork => "reanudar el trabajo",
        Complete => "cerrar el proyecto",
        Terminate => "poner fin al proyecto",
        RecordReminderSent => "registrar el envío de un recordatorio",
        ApplyConsequence => "aplicar una consecuencia",
        ReceivePayment => "registrar un pago",
        PayOwed => "registrar el pago de un importe adeudado",
        SettleCredit => "compensar un abono",
        RecordDeemedAcceptance => "registrar una etapa como aceptada",
        RecordForceMajeure => "registrar un caso de fuerza mayor",
        RequestChange => "registrar una solicitud de cambio",
        ProposeChangeOrder => "proponer una orden de cambio",
        AcceptChangeOrder => "aceptar una orden de cambio",
        DeclineChangeOrder => "rechazar una orden de cambio",
        ProceedWhilePriced => "avanzar con una orden de cambio mientras se presupuesta",
        AbsorbChangeOrder => "asumir una orden de cambio sin coste",
        BookMeeting => "reservar una reunión",
        CancelMeeting => "cancelar una reunión",
        RecordMeetingHeld => "registrar una reunión como celebrada",
        RecordRecapSent => "registrar el envío de un resumen",
        RecordCheckIn => "registrar una reunión de seguimiento",
        RequestFeedback => "pedir una valoración",
        ReceiveFeedback => "registrar una valoración",
        RecordIncident => "registrar una incidencia",
        RecordFollowThrough => "registrar la resolución de una incidencia",
        LinkCreditToIncident => "vincular un abono a una incidencia",
        RecordMessage => "registrar un mensaje",
        RecordReply => "registrar una respuesta",
        var other => throw new InvalidOperationException($"No Spanish verb phrase for the command {other.GetType().Name}."),
    };

    /// <summary>What the refused command does to a stage just named: "entregar", "presentar trabajo en ella".</summary>
    private static string ActionOnTheStage(FactReader f) => Command(f) switch
    {
        HandOff => "entregar",
        SubmitWork => "presentar trabajo en ella",
        AcceptStage => "aceptar",
        RequestRevision => "pedir una revisión",
        LogEffort => "registrar horas en ella",
        _ => Action(f),
    };

    /// <summary>
    /// Dates in a list, each after "el": "el 13 y el 20 de abril de 2026" when they share a month, as running text
    /// writes them; each in full otherwise, or when the culture's data is missing and dates are ISO.
    /// </summary>
    private static string Days(FactReader f, IReadOnlyList<LocalDate> days) =>
        f.Words.JoinedWithAnd(f.Words.DatesOfAList(days).ConvertAll(day => "el " + day));

    /// <summary>What the refused command would do to a change order, after "no hay ninguna orden de cambio": "que aceptar".</summary>
    private static string WhatToDoWithIt(EngagementCommand command) => command switch
    {
        ProposeChangeOrder => "que proponer",
        AcceptChangeOrder => "que aceptar",
        DeclineChangeOrder => "que rechazar",
        ProceedWhilePriced => "con la que avanzar mientras se presupuesta",
        AbsorbChangeOrder => "que asumir sin coste",
        _ => "sobre la que actuar",
    };

    /// <summary>How a change request was decided, as a clause: "estaba incluida en el acuerdo".</summary>
    private static string DecisionName(string decision) => decision switch
    {
        "included" => "estaba incluida en el acuerdo",
        "consumes-allowance" => "la cubría lo incluido en el acuerdo",
        "goodwill" => "se hacía como cortesía, sin coste",
        "out-of-scope" => "quedaba fuera del alcance",
        _ => decision.Replace('-', ' '),
    };

    /// <summary>A change order's status as the status report writes it: "propuesta", "aceptada".</summary>
    private static string StatusName(ChangeOrderStatus status) => status.Name switch
    {
        nameof(ChangeOrderStatus.Draft) => "borrador",
        nameof(ChangeOrderStatus.Proposed) => "propuesta",
        nameof(ChangeOrderStatus.ProceedingWhilePriced) => "en curso mientras se presupuesta",
        nameof(ChangeOrderStatus.Accepted) => "aceptada",
        nameof(ChangeOrderStatus.Declined) => "rechazada",
        nameof(ChangeOrderStatus.Expired) => "caducada",
        _ => "sin coste",
    };

    /// <summary>
    /// Where the engagement is, as a clause with its own subject: "el acuerdo está firmado, pero el anticipo aún
    /// no ha llegado", "el trabajo está programado, pero aún no ha empezado", "el proyecto está en marcha".
    /// </summary>
    private static string PhaseName(EngagementPhase phase, bool depositRequired) => phase.Name switch
    {
        nameof(EngagementPhase.New) => "el acuerdo aún no se ha propuesto",
        nameof(EngagementPhase.Proposed) => "el acuerdo está propuesto, pendiente de firma",
        nameof(EngagementPhase.Signed) => depositRequired ? "el acuerdo está firmado, pero el anticipo aún no ha llegado" : "el acuerdo está firmado, pero el trabajo aún no tiene fechas",
        nameof(EngagementPhase.DepositReceived) => "el anticipo se ha recibido, pero el trabajo aún no tiene fechas",
        nameof(EngagementPhase.Scheduled) => "el trabajo está programado, pero aún no ha empezado",
        nameof(EngagementPhase.Active) => "el proyecto está en marcha",
        nameof(EngagementPhase.Paused) => "el proyecto está en pausa",
        nameof(EngagementPhase.Completed) => "el proyecto ya está terminado",
        _ => "el proyecto terminó antes de tiempo",
    };

    private static string AllowedIn(EngagementPhase phase, bool depositRequired)
    {
        if (phase.IsFinal)
        {
            return "Ya no queda trabajo por hacer: solo se pueden registrar pagos, recordatorios, consecuencias, resúmenes, reuniones de seguimiento, valoraciones e incidencias.";
        }

        var allowed =
            phase == EngagementPhase.New ? "proponer un acuerdo"
            : phase == EngagementPhase.Proposed ? "firmar el acuerdo o poner fin al proyecto"
            : phase == EngagementPhase.Signed ? (depositRequired ? "recibir el anticipo" : "programar el trabajo") + ", gestionar solicitudes de cambio o poner fin al proyecto"
            : phase == EngagementPhase.DepositReceived ? "programar el trabajo, gestionar solicitudes de cambio o poner fin al proyecto"
            : phase == EngagementPhase.Scheduled ? "iniciar la primera etapa, registrar horas, poner el trabajo en pausa, gestionar solicitudes de cambio o poner fin al proyecto"
            : phase == EngagementPhase.Paused ? "reanudar el trabajo, registrar horas, gestionar solicitudes de cambio o poner fin al proyecto"
            : "iniciar, presentar, entregar, aceptar o revisar etapas, registrar horas, poner el trabajo en pausa, gestionar solicitudes de cambio, cerrar el proyecto o ponerle fin";
        return $"En este momento se puede {allowed}.";
    }

    /// <summary>"ya se han usado las 2 rondas de revisión incluidas en «Diseño»", "«Diseño» no incluye rondas de revisión".</summary>
    private static string RoundsUsed(FactReader f, int rounds, string deliverable) =>
        rounds == 0 ? $"{Quoted(deliverable)} no incluye rondas de revisión"
        : rounds == 1 ? $"ya se ha usado la ronda de revisión incluida en {Quoted(deliverable)}"
        : $"ya se han usado las {f.Words.RevisionRounds(rounds)} incluidas en {Quoted(deliverable)}";

    /// <summary>
    /// Which feedback, after "valoración": "tras la primera etapa", "al terminar el proyecto", "posterior al cierre"
    /// ("de seguimiento" is the regular check-in's word).
    /// </summary>
    private static string PointName(FeedbackPoint point) =>
        point == FeedbackPoint.AfterOnboarding ? "tras la primera etapa" : point == FeedbackPoint.AtCompletion ? "al terminar el proyecto" : "posterior al cierre";

    /// <summary>The points a feedback policy asks at: "tras la primera etapa, al terminar el proyecto y 30 días después de terminarlo".</summary>
    private static string FeedbackPoints(FactReader f, FeedbackPolicy policy)
    {
        var points = new List<string>(policy.Points.Count);
        foreach (var point in policy.Points)
        {
            points.Add(point == FeedbackPoint.AfterOnboarding ? "tras la primera etapa"
                : point == FeedbackPoint.AtCompletion ? "al terminar el proyecto"
                : f.Words.Days(policy.FollowUpAfterDays) + " después de terminarlo");
        }

        return f.Words.JoinedWithAnd(points);
    }

    /// <summary>A moment in the provider's time zone, as the fact gives it.</summary>
    private static string ProviderMoment(FactReader f, string name) => Moment(f, f.Get<ZonedDateTime>(name).LocalDateTime);

    /// <summary>
    /// An obligation by name: <c>la etapa «Diseño»</c>, <c>el anticipo</c>, <c>el pago tras «Diseño»</c>,
    /// <c>el pago final</c>, <c>la respuesta al mensaje m-7</c>.
    /// </summary>
    private static string Obligation(FactReader f, string name)
    {
        var key = f.Get<ObligationKey>(name);
        var stage = f.Has(name + "Name") ? f.Text(name + "Name") : key.Stage?.Value ?? string.Empty;
        return key.Kind == ObligationKind.Stage ? $"la etapa {Quoted(stage)}"
            : key.Kind == ObligationKind.Acceptance ? $"la aceptación de {Quoted(stage)}"
            : key.Kind == ObligationKind.MilestonePayment ? $"el pago tras {Quoted(stage)}"
            : key.Kind == ObligationKind.Deposit ? "el anticipo"
            : key.Kind == ObligationKind.FinalPayment ? "el pago final"
            : $"la respuesta al mensaje {key.Message}";
    }

    /// <summary>
    /// An entry of the ledger of what is owed, by name: <c>el pago tras «Design draft»</c>, <c>la orden de cambio booking</c>,
    /// <c>el cargo por reanudación de la etapa «Client sends content»</c>, <c>el importe pagado de más en el anticipo</c>.
    /// </summary>
    private static string Entry(FactReader f, string name)
    {
        var key = f.Get<OwedKey>(name);
        var about = key.Obligation is null ? string.Empty : Obligation(f, name + "Obligation");
        return key.Kind.Name switch
        {
            nameof(OwedKind.ChangeOrder) => $"la orden de cambio {key.ChangeOrder}",
            nameof(OwedKind.RestartFee) => $"el cargo por reanudación {De(about)}",
            nameof(OwedKind.LateFee) => $"el recargo por demora {De(about)}",
            nameof(OwedKind.Credit) => $"el abono por el retraso en {about}",
            nameof(OwedKind.Overpayment) => $"el importe pagado de más en {about}",
            _ => about,
        };
    }

    /// <summary>"de" before a phrase, contracted with its article: "del pago final", "de la etapa «Build»".</summary>
    private static string De(string phrase) => phrase.StartsWith("el ", StringComparison.Ordinal) ? "del " + phrase.Substring(3) : "de " + phrase;

    /// <summary>Why an entry is not owed yet, by its kind.</summary>
    private static string NotOwedYet(OwedKind kind) =>
        kind == OwedKind.ChangeOrder ? "aún no se ha aceptado con un precio" : kind.IsConsequence ? "no se ha aplicado" : "aún no se ha facturado";
}
