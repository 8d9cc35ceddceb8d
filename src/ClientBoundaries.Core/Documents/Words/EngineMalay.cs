using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The Malay of every sentence the engine hands to a reader, worded from the facts as a business writer in Malaysia
/// would write them: refusals, explanations of due reminders and consequences, scope answers and notices,
/// communication to-dos.
/// </summary>
/// <remarks>
/// Dates, times and amounts are written as the Malay documents write them (<see cref="Phrasebook"/>): 17 Mac 2026,
/// 17 Mac 2026 pukul 16:30, 1,800.00 EUR. The terms are those of the Malay documents: penyedia perkhidmatan,
/// pelanggan, peringkat, tarikh akhir, hari bekerja, permintaan perubahan, sebut harga perubahan (the quote) and arahan
/// perubahan (the quote once accepted), pusingan semakan, peruntukan, tambahan percuma, tempoh ihsan, caj penyambungan
/// semula kerja, mesyuarat berkala; a channel is "melalui e-mel" or "secara bersemuka"; the party whose move it is is
/// "{pihak} yang perlu bertindak"; an engagement is "projek" and its consequence policy "peraturan kelewatan". Sentences
/// are built as Malaysian business writing builds them ("Seperti yang dipersetujui, ..."), not on the English frame.
/// </remarks>
internal static partial class EngineMalay
{
    /// <summary>Every Malay sentence, by key.</summary>
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

    /// <summary>A date fact: 17 Mac 2026.</summary>
    private static string Day(FactReader f, string name) => f.Words.Date(f.Get<LocalDate>(name));

    /// <summary>A local date and time fact: 17 Mac 2026 pukul 16:30.</summary>
    private static string Moment(FactReader f, string name)
    {
        return f.Words.Moment(f.Get<LocalDateTime>(name));
    }

    /// <summary>A moment in the provider's time zone, as the fact gives it.</summary>
    private static string ProviderMoment(FactReader f, string name)
    {
        return f.Words.Moment(f.Get<ZonedDateTime>(name).LocalDateTime);
    }


    /// <summary>An amount fact: 1,800.00 EUR.</summary>
    private static string Amount(FactReader f, string name) => f.Words.Money(f.Get<Money>(name));

    /// <summary>A whole-number fact: 3, 1,000.</summary>
    private static string Number(FactReader f, string name) => f.Words.Number(f.Get<int>(name));

    /// <summary>A count of business days: "3 hari bekerja".</summary>
    private static string BusinessDays(FactReader f, int count) => f.Words.BusinessDays(count);

    /// <summary>A number of hours: "2.5 jam".</summary>
    private static string Hours(FactReader f, string name) => f.Words.Hours(f.Get<decimal>(name));

    /// <summary>Texts in double quotes, joined with "dan": "a", "b" dan "c".</summary>
    private static string QuotedList(FactReader f, IReadOnlyList<string> items)
    {
        var quoted = new List<string>(items.Count);
        foreach (var item in items)
        {
            quoted.Add("\"" + item + "\"");
        }

        return f.Words.JoinedWithAnd(quoted);
    }
}
