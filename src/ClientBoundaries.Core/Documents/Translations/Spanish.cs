using System.Collections.Generic;

namespace ClientBoundaries.Documents.Translations;

/// <summary>
/// The Spanish texts, as written in Spain: the parties are named in the third person, so the
/// document needs neither "tú" nor "usted". Words kept throughout: proveedor, cliente, etapa,
/// fecha límite, días hábiles, entrega, orden de cambio, ronda de revisión, horas de cortesía.
/// </summary>
internal static class Spanish
{
    public static readonly IReadOnlyDictionary<TextKey, string> Texts = new Dictionary<TextKey, string>
    {
        { TextKey.DatePattern, "d 'de' MMMM 'de' uuuu" },
        { TextKey.DateWithWeekdayPattern, "dddd, d 'de' MMMM 'de' uuuu" },
        { TextKey.DateAtTime, "{0} a las {1}" },
        { TextKey.BusinessDayOne, "{0} día hábil" },
        { TextKey.BusinessDaysMany, "{0} días hábiles" },
        { TextKey.DayOne, "{0} día" },
        { TextKey.DaysMany, "{0} días" },
        { TextKey.HourOne, "{0} hora" },
        { TextKey.HoursMany, "{0} horas" },
        { TextKey.MinuteOne, "{0} minuto" },
        { TextKey.MinutesMany, "{0} minutos" },
        { TextKey.ProviderWord, "proveedor" },
        { TextKey.ClientWord, "cliente" },
        { TextKey.Deposit, "Anticipo" },
        { TextKey.PaymentAfterStage, "Pago tras «{0}»" },
        { TextKey.FinalPayment, "Pago final" },

        // The timeline.
        { TextKey.TimelineTitle, "{0}: calendario" },
        { TextKey.TimelinePlan, "Previsto" },
        { TextKey.TimelineActual, "Real" },
        { TextKey.TimelineOnHold, "En pausa" },
        { TextKey.TimelineHoldsBall, "Le toca a {0}" },
        { TextKey.TimelineToday, "Hoy" },

        // The calendar export.
        { TextKey.CalendarStageSummary, "{0}, a cargo de {1}" },
        { TextKey.CalendarHandoffSummary, "{0} entrega a {1}" },
        { TextKey.CalendarHandoffDescription, "Tras «{0}»: {1}." },
        { TextKey.CalendarPaymentSummary, "{0}: pago de {1}, {2}" },
        { TextKey.CalendarCheckInSummary, "Reunión de seguimiento: {0} y {1}" },
        { TextKey.CalendarMeetingSummary, "Reunión: {0}" },
        { TextKey.CalendarMeetingAgenda, "Orden del día" },
        { TextKey.CalendarReminder, "Recordatorio: {0}" },
        { TextKey.CalendarTasksOf, "Tareas de {0}:" },
        { TextKey.CalendarHandsOver, "Al terminar se entrega: {0}" },
        { TextKey.CalendarHandoffAfter, "Tras «{0}»." },
        { TextKey.CalendarNextStage, "A continuación: «{0}», a cargo de {1}, con fecha límite el {2}." },
        { TextKey.CalendarAnotherAppointmentFollows, "Después hay otra cita, así que la reunión termina a su hora." },
        { TextKey.CalendarWrapUpCue, "Quedan {0}: es el momento del punto más importante; lo que no dé tiempo a tratar irá en el mensaje de seguimiento." },

        // The one-pager.

        // The status report.
    };
}
