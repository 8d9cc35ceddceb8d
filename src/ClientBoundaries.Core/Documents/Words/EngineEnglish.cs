using System;
using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The English of every sentence the engine hands out as convenience text: refusals, explanations of due
/// reminders and consequences, scope answers and notices, communication to-dos, expectations and descriptions.
/// Each is worded here from the facts the engine stated, under the key that names it (a refusal's code, or the
/// name of a kind of sentence).
/// </summary>
/// <remarks>
/// These sentences keep the formats the engine has always used in them: ISO dates (2026-03-17), times as
/// 2026-03-17 16:30, amounts as 1800.00 EUR. The documents (<see cref="Language"/>) format dates and amounts
/// for their reader's culture instead.
/// </remarks>
internal static partial class EngineEnglish
{
    private static readonly Dictionary<string, Func<FactReader, string>> Words = Collect(
        Course(),
        Payments(),
        ConsequenceRefusals(),
        ChangeOrders(),
        Conversations(),
        Explanations(),
        CommunicationToDos(),
        ScopeAnswers(),
        AgreementRefusals(),
        DaysOff(),
        Expectations(),
        Values());

    /// <summary>Every key that has words: what the engine may ask for.</summary>
    public static IEnumerable<string> Keys => Words.Keys;

    /// <summary>The English sentence of <paramref name="key"/>, worded from <paramref name="facts"/>.</summary>
    /// <exception cref="InvalidOperationException">No words for the key, or a fact they need is missing: a bug in the library.</exception>
    public static string Say(string key, IReadOnlyList<Fact> facts) =>
        Words.TryGetValue(key, out var say)
            ? say(new FactReader(key, facts))
            : throw new InvalidOperationException($"The library has no English for the sentence '{key}'.");

    /// <summary>A date as the engine's sentences write it: 2026-03-17.</summary>
    internal static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local date and time as the engine's sentences write it: 2026-03-17 16:30.</summary>
    internal static string Moment(LocalDateTime moment) => moment.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An amount as the engine's sentences write it: 1800.00 EUR; "nothing" for none.</summary>
    internal static string Amount(Money? money) => money is null ? "nothing" : money.ToAmountText();

    /// <summary>A whole number in the invariant culture.</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quantity without trailing zeros: 2.50 is "2.5", 3.0 is "3".</summary>
    internal static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>"1 business day", "3 business days".</summary>
    internal static string BusinessDays(int count) => Number(count) + (count == 1 ? " business day" : " business days");

    /// <summary>"1 hour", "2.5 hours".</summary>
    internal static string Hours(decimal hours) => Number(hours) + (hours == 1m ? " hour" : " hours");

    /// <summary>"1 revision round", "2 revision rounds": a count and its noun, with an s for more than one.</summary>
    internal static string Plural(int count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>"is" for one, "are" for any other quantity.</summary>
    internal static string IsAre(decimal quantity) => quantity == 1m ? "is" : "are";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static Dictionary<string, Func<FactReader, string>> Collect(params IEnumerable<(string Key, Func<FactReader, string> Say)>[] groups)
    {
        var words = new Dictionary<string, Func<FactReader, string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var (key, say) in group)
            {
                words.Add(key, say);
            }
        }

        return words;
    }
}
