using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The Spanish of every sentence the engine hands to a reader, worded from the facts as a business writer in Spain
/// would write them: the parties named in the third person, so neither "tú" nor "usted" is needed; the provider speaks
/// as "nosotros" in the answers it sends about scope.
/// </summary>
/// <remarks>
/// Dates, times and amounts are written as the Spanish documents write them (<see cref="Phrasebook"/>): 17 de marzo de
/// 2026, 17 de marzo de 2026 a las 16:30, 1.800,00 EUR; titles go in «comillas angulares».
/// </remarks>
internal static partial class EngineSpanish
{
    /// <summary>Every Spanish sentence, by key.</summary>
    public static readonly IReadOnlyDictionary<string, Func<FactReader, string>> Words = WordTable.Collect(
        Course(),
        Payments(),
        ConsequenceRefusals(),
        ChangeOrders(),
        Conversations(),
        Explanations(),
        CommunicationToDos(),
        ScopeAnswers(),
        Records(),
        AgreementRefusals());

    /// <summary>A date: 17 de marzo de 2026.</summary>
    private static string Day(FactReader f, LocalDate date) => f.Words.Date(date);

    /// <summary>A local date and time: 17 de marzo de 2026 a las 16:30.</summary>
    private static string Moment(FactReader f, LocalDateTime moment) => f.Words.Moment(moment);


    /// <summary>An amount: 1.800,00 EUR.</summary>
    private static string Amount(FactReader f, Money money) => f.Words.Money(money);

    /// <summary>A whole number: 3, 1.000.</summary>
    private static string Number(FactReader f, int value) => f.Words.Number(value);

    /// <summary>"1 día hábil", "3 días hábiles".</summary>
    private static string BusinessDays(FactReader f, int count) => f.Words.BusinessDays(count);

    /// <summary>"1 hora", "2,5 horas".</summary>
    private static string Hours(FactReader f, decimal hours) => f.Words.Hours(hours);

    /// <summary>A title or a text someone wrote, in the quotes Spanish uses: «Diseño».</summary>
    private static string Quoted(string text) => "«" + text + "»";

    /// <summary>Several titles or texts, each in quotes, joined with "y".</summary>
    private static string QuotedList(FactReader f, IReadOnlyList<string> texts)
    {
        var quoted = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            quoted.Add(Quoted(text));
        }

        return f.Words.JoinedWithAnd(quoted);
    }

    /// <summary>"queda" for exactly one, "quedan" for any other quantity (2,5 horas, 0,5 horas).</summary>
    private static string Remains(decimal quantity) => quantity == 1m ? "queda" : "quedan";

    /// <summary>How a message comes or goes by a channel: "por correo electrónico", "en persona", "por el portal del proyecto".</summary>
    private static string Via(FactReader f, Channel channel) =>
        f.Words.ChannelVia(channel);

    /// <summary>A list of channels as ways a message comes: "por correo electrónico y por teléfono".</summary>
    private static string Vias(FactReader f, string name)
    {
        var ways = new List<string>();
        foreach (var channel in f.Get<System.Collections.IEnumerable>(name))
        {
            ways.Add(Via(f, (Channel)channel));
        }

        return f.Words.JoinedWithAnd(ways);
    }

    /// <summary>
    /// A rule by what it does and when, after an article that agrees with it: "el recargo por demora tras 10 días
    /// hábiles de retraso", "la pausa tras 5 días hábiles de retraso", "ningún recordatorio firme del día de la fecha
    /// límite".
    /// </summary>
    private static string RuleName(FactReader f, ConsequenceRule rule, string masculine = "el", string feminine = "la")
    {
        var (kind, isFeminine) = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Reminder) => ("recordatorio amable", false),
            nameof(ConsequenceKind.FirmReminder) => ("recordatorio firme", false),
            nameof(ConsequenceKind.Escalation) => ("escalado", false),
            nameof(ConsequenceKind.ScheduleShift) => ("aplazamiento de fechas", false),
            nameof(ConsequenceKind.Pause) => ("pausa", true),
            nameof(ConsequenceKind.RestartLeadTime) => ("plazo para retomar el trabajo", false),
            nameof(ConsequenceKind.RestartFee) => ("cargo por reanudación", false),
            nameof(ConsequenceKind.LateFee) => ("recargo por demora", false),
            nameof(ConsequenceKind.Credit) => ("abono", false),
            _ => ("aviso de rescisión", false),
        };
        var days = rule.BusinessDaysOverdue;
        var when = days < 0 ? $"{BusinessDays(f, -days)} antes de la fecha límite"
            : days == 0 ? "del día de la fecha límite"
            : $"tras {BusinessDays(f, days)} de retraso";
        return $"{(isFeminine ? feminine : masculine)} {kind} {when}";
    }

    /// <summary>A check-in cadence: "cada lunes", "cada día hábil", "cada 3 días hábiles".</summary>
    private static string Cadence(FactReader f, CheckInCadence cadence) =>
        cadence.Weekday is { } day ? "cada " + f.Words.Weekday(day)
        : cadence.EveryBusinessDays == 1 ? "cada día hábil"
        : "cada " + BusinessDays(f, cadence.EveryBusinessDays);
}
