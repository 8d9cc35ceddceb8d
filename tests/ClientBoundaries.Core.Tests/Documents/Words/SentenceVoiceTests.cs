using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ClientBoundaries.Documents.Words;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Documents.Words;

/// <summary>
/// One voice per language in every sentence a reader may be handed: no ISO date, no amount in another language's format
/// (or the invariant one), no zone id where the place has a name, and no key where the thing it refers to has a name.
/// Machine formats (iCalendar, Mermaid) are not sentences and keep theirs.
/// </summary>
public class SentenceVoiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private static readonly Regex IsoDate = new(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, Patience);

    // An amount is digits with separators followed by an ISO currency code.
    private static readonly Regex Amount = new(@"(?<number>\d[\d.,]*) (?<currency>(?!UTC)[A-Z]{3})\b", RegexOptions.CultureInvariant, Patience);

    // The zones a reader would know by a place; their ids must never reach a sentence.
    private static readonly string[] NamedZones = { "Europe/Madrid", "Asia/Jakarta", "Asia/Kuala_Lumpur", "America/New_York", "Europe/London" };

    public static TheoryData<string> Languages() => new() { "English", "Spanish", "Indonesian", "Malay" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_sentence_has_an_iso_date_or_a_zone_id(string name)
    {
        var language = Language.FromName(name);

        foreach (var (key, @case, sentence) in Worded(language))
        {
            IsoDate.IsMatch(sentence).Should().BeFalse($"{key} ({@case}) in {name} writes dates as the language does: {sentence}");
            NamedZones.Should().NotContain(zone => sentence.Contains(zone, StringComparison.Ordinal), $"{key} ({@case}) in {name} names the place, not the zone id: {sentence}");
        }
    }

    [Theory]
    [InlineData("English", @"^\d{1,3}(,\d{3})*\.\d{2}$")]
    [InlineData("Spanish", @"^\d{1,3}(\.\d{3})*,\d{2}$")]
    [InlineData("Indonesian", @"^\d{1,3}(\.\d{3})*,\d{2}$")]
    [InlineData("Malay", @"^\d{1,3}(,\d{3})*\.\d{2}$")]
    public void Every_amount_is_written_in_the_languages_one_money_format(string name, string format)
    {
        var language = Language.FromName(name);
        var money = new Regex(format, RegexOptions.CultureInvariant, Patience);
        var amounts = 0;

        foreach (var (key, @case, sentence) in Worded(language))
        {
            foreach (Match amount in Amount.Matches(sentence))
            {
                amounts++;
                money.IsMatch(amount.Groups["number"].Value).Should().BeTrue(
                    $"{key} ({@case}) in {name} writes {amount.Value} as {name} writes money (two decimals, its separators): {sentence}");
            }
        }

        amounts.Should().BeGreaterThan(20, "the samples state fees, payments, prices and rates");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_key_whose_thing_has_a_name_is_never_written_as_the_key(string name)
    {
        var language = Language.FromName(name);
        var checkedKeys = 0;

        foreach (var (key, @case, facts) in SentenceSamples.All)
        {
            var sentence = EngineWords.Say(language, key, facts);
            foreach (var fact in facts.Where(f => f.Value is StageKey or AgreementId && facts.Any(n => n.Name == f.Name + "Name")))
            {
                checkedKeys++;
                var written = fact.Value.ToString()!;
                new[] { $"'{written}'", $"\"{written}\"", $"«{written}»" }.Should().NotContain(
                    quoted => sentence.Contains(quoted, StringComparison.Ordinal), $"{key} ({@case}) in {name} names {written} by its name, not its key: {sentence}");
            }
        }

        checkedKeys.Should().BeGreaterThan(10, "the samples state stages and the agreement by key with their names");
    }

    [Fact]
    public void The_formats_the_tests_expect_are_what_each_language_writes()
    {
        // The money formats above, checked once against the phrasebooks themselves so the patterns cannot drift.
        var amount = new Money(1234.5m, "EUR");
        var written = Language.List.ToDictionary(l => l.Name, l => ClientBoundaries.Documents.Phrasebook.Of(l).Money(amount));

        written.Should().Equal(new Dictionary<string, string>
        {
            ["English"] = "1,234.50 EUR",
            ["Spanish"] = "1.234,50 EUR",
            ["Indonesian"] = "1.234,50 EUR",
            ["Malay"] = "1,234.50 EUR",
        });
        ClientBoundaries.Documents.Phrasebook.Of(Language.Spanish).Date(new LocalDate(2026, 3, 17)).Should().Be("17 de marzo de 2026");
    }

    private static IEnumerable<(string Key, string Case, string Sentence)> Worded(Language language) =>
        SentenceSamples.All.Select(sample => (sample.Key, sample.Case, EngineWords.Say(language, sample.Key, sample.Facts)));
}
