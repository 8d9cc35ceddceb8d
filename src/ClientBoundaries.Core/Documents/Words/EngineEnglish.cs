using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The English of every sentence the engine hands out: refusals, explanations of due reminders and consequences, scope
/// answers and notices, communication to-dos, the texts it records in events (each in the language of the party it is
/// addressed to); and, in English only, the log text of its values and the names of days off no one named. Each is worded here from the facts the engine stated, under the key that names it (a refusal's code, or
/// the name of a kind of sentence).
/// </summary>
/// <remarks>
/// Dates, times and amounts are written as the English documents write them (<see cref="Phrasebook"/>): 17 March 2026,
/// 17 March 2026 at 16:30, 1,800.00 EUR.
/// </remarks>
internal static partial class EngineEnglish
{
    private static readonly Phrasebook En = Phrasebook.Of(Language.English);

    private static readonly IReadOnlyDictionary<string, Func<FactReader, string>> ForReaders = WordTable.Collect(
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

    private static readonly IReadOnlyDictionary<string, Func<FactReader, string>> EnglishOnly = WordTable.Collect(DaysOff(), Values());

    /// <summary>Every English sentence, by key.</summary>
    public static readonly IReadOnlyDictionary<string, Func<FactReader, string>> Words = Merged(ForReaders, EnglishOnly);

    /// <summary>The keys of the sentences handed to a reader, which every language words.</summary>
    public static IEnumerable<string> ReaderKeys => ForReaders.Keys;

    /// <summary>The keys worded in English only: the log text of values and the texts recorded in events.</summary>
    public static IEnumerable<string> EnglishOnlyKeys => EnglishOnly.Keys;

    /// <summary>Whether <paramref name="key"/> is worded in English only.</summary>
    public static bool IsEnglishOnly(string key) => EnglishOnly.ContainsKey(key);

    /// <summary>A date: 17 March 2026.</summary>
    internal static string Day(LocalDate date) => En.Date(date);

    /// <summary>A local date and time: 17 March 2026 at 16:30.</summary>
    internal static string Moment(LocalDateTime moment) => En.Moment(moment);


    /// <summary>An amount: 1,800.00 EUR; "nothing" for none.</summary>
    internal static string Amount(Money? money) => money is null ? "nothing" : En.Money(money);

    /// <summary>A whole number: 3, 1,000.</summary>
    internal static string Number(int value) => En.Number(value);

    /// <summary>A quantity without trailing zeros: 2.50 is "2.5", 3.0 is "3".</summary>
    internal static string Number(decimal value) => En.Number(value);

    /// <summary>"1 business day", "3 business days".</summary>
    internal static string BusinessDays(int count) => En.BusinessDays(count);

    /// <summary>"1 hour", "2.5 hours".</summary>
    internal static string Hours(decimal hours) => En.Hours(hours);

    /// <summary>"1 revision round", "2 revision rounds": a count and its noun, with an s for more than one.</summary>
    internal static string Plural(int count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>"is" for one, "are" for any other quantity.</summary>
    internal static string IsAre(decimal quantity) => quantity == 1m ? "is" : "are";

    private static Dictionary<string, Func<FactReader, string>> Merged(params IReadOnlyDictionary<string, Func<FactReader, string>>[] tables)
    {
        var words = new Dictionary<string, Func<FactReader, string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var entry in table)
            {
                words.Add(entry.Key, entry.Value);
            }
        }

        return words;
    }
}
