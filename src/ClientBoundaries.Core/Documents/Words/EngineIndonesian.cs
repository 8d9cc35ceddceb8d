using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The Indonesian of every sentence the engine hands to a reader, worded from the facts in the plain, polite register of
/// Indonesian business correspondence: refusals, explanations of due reminders and consequences, scope answers and
/// notices, communication to-dos.
/// </summary>
/// <remarks>
/// Dates, times and amounts are written as the Indonesian documents write them (<see cref="Phrasebook"/>): 17 Maret 2026,
/// 17 Maret 2026 pukul 16.30, 1.800,00 EUR. The terms are those of the Indonesian documents: penyedia jasa, klien, tahap,
/// tenggat, hari kerja, proyek, permintaan perubahan, penawaran perubahan, putaran revisi, kuota, jatah bonus (the goodwill
/// budget), masa tenggang, biaya memulai kembali pekerjaan; work on hold is "dihentikan sementara", the party whose move it
/// is the one "menunggu tindakan dari", and the consequence policy "ketentuan keterlambatan". Sentences are built the
/// Indonesian way (the late thing first, then what follows from it, "Sesuai perjanjian, ..."), not on the English frame.
/// </remarks>
internal static partial class EngineIndonesian
{
    /// <summary>Every Indonesian sentence, by key.</summary>
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

    /// <summary>A date fact: 17 Maret 2026.</summary>
    private static string Day(FactReader f, string name) => f.Words.Date(f.Get<LocalDate>(name));

    /// <summary>A local date and time fact: 17 Maret 2026 pukul 16.30.</summary>
    private static string Moment(FactReader f, string name)
    {
        return f.Words.Moment(f.Get<LocalDateTime>(name));
    }


    /// <summary>An amount: 1.800,00 EUR; "nihil" for none.</summary>
    private static string Amount(FactReader f, Money? money) => money is null ? "nihil" : f.Words.Money(money);

    /// <summary>An amount fact: 1.800,00 EUR.</summary>
    private static string Amount(FactReader f, string name) => f.Words.Money(f.Get<Money>(name));

    /// <summary>Ids or names each in quotes, joined with "dan": 'm-1', 'm-2' dan 'm-3'.</summary>
    private static string Listed(FactReader f, IReadOnlyList<string> items, string quote)
    {
        var quoted = new List<string>(items.Count);
        foreach (var item in items)
        {
            quoted.Add(quote + item + quote);
        }

        return f.Words.JoinedWithAnd(quoted);
    }
}
