using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClientBoundaries.Documents;
using ClientBoundaries.Documents.Words;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Documents.Words;

/// <summary>
/// The engine states a key and its facts; <see cref="EngineWords"/> words them in each language. Every key the engine
/// states must have words, every word must belong to a key the engine states, or the two halves have drifted apart; and
/// every language words every sentence a reader is handed.
/// </summary>
public class EngineWordsTests
{
    // The ways the engine asks for a sentence, each with its key as a literal (the scope ledger refuses through its own Refused).
    private static readonly Regex Stated = new(
        @"(?:(?:Decision\.Refuse|RuleViolation\.Of|Sentences\.English|Refused|new Sentence)\(\s*|(?:Sentences\.Say|Expected)\([^""\n]*?,\s*)""(?<key>[^""]+)""",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    [Fact]
    public void Every_key_the_engine_states_has_words_and_every_word_has_a_key()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "ClientBoundaries.Core");
        var stated = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Documents{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Stated.Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        stated.Should().HaveCountGreaterThan(100, "the engine states its refusals, explanations and answers this way");
        var english = EngineWords.Of(Language.English).Keys.ToList();
        stated.Should().BeSubsetOf(english, "a key the engine states without words would throw when it is refused");
        english.Should().BeSubsetOf(stated, "words for a key the engine never states are dead text");
    }

    [Theory]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Every_language_words_every_sentence_a_reader_is_handed_and_nothing_else(string name)
    {
        var language = Language.FromName(name);

        EngineWords.Of(language).Keys.Should().BeEquivalentTo(EngineWords.ReaderKeys, $"{name} words each sentence from the facts itself");
    }

    [Fact]
    public void Log_texts_are_english_whatever_language_asks_for_them()
    {
        var facts = new[] { Fact.Of("zone", "Europe/Madrid") };

        EngineWords.EnglishOnlyKeys.Should().Contain("day-off.skipped");
        EngineWords.Say(Language.Spanish, "day-off.skipped", facts).Should().Be("No such date in Europe/Madrid: its clocks skipped it");
    }

    [Fact]
    public void Texts_recorded_in_events_are_worded_in_the_language_asked_for()
    {
        var facts = new[] { Fact.Of("reason", "inundación en la oficina") };

        EngineWords.EnglishOnlyKeys.Should().NotContain("closure.force-majeure");
        EngineWords.Say(Language.Spanish, "closure.force-majeure", facts).Should().Be("Fuerza mayor: inundación en la oficina");
        EngineWords.Say(Language.Malay, "closure.force-majeure", facts).Should().StartWith("Kuasa luar jangkaan");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Every_command_has_a_verb_phrase_for_the_refusal_of_a_phase_that_does_not_allow_it(string language)
    {
        // Every command the decider can refuse for its phase is named by what it does; one without words would throw
        // while wording the refusal, and the host would see an exception instead of a value.
        var commands = typeof(ClientBoundaries.Engagements.EngagementCommand).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(ClientBoundaries.Engagements.EngagementCommand).IsAssignableFrom(t))
            .Select(t => (ClientBoundaries.Engagements.EngagementCommand)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t))
            .ToList();

        commands.Should().HaveCountGreaterThan(30, "reflection finds every command");
        foreach (var command in commands)
        {
            var facts = new[] { Fact.Of("command", command), Fact.Of("phase", ClientBoundaries.Engagements.EngagementPhase.Paused), Fact.Of("depositRequired", false) };
            var say = () => EngineWords.Say(Language.FromName(language), "engagement.not-allowed-in-phase", facts);
            say.Should().NotThrow(command.GetType().Name + " needs a verb phrase");
        }
    }

    [Fact]
    public void A_missing_fact_names_the_sentence_and_the_fact()
    {
        var say = () => EngineWords.Say(Language.English, "engagement.stage.already-started", Array.Empty<Fact>());

        say.Should().Throw<InvalidOperationException>().WithMessage("*'engagement.stage.already-started'*'stage'*");
    }

    [Fact]
    public void A_fact_of_another_type_names_both_types()
    {
        var say = () => EngineWords.Say(Language.English, "engagement.version-conflict", new[] { Fact.Of("version", "three"), Fact.Of("expected", 2) });

        say.Should().Throw<InvalidOperationException>().WithMessage("*'version'*String*Int32*");
    }

    [Fact]
    public void A_key_without_words_is_a_bug_that_says_so()
    {
        var say = () => EngineWords.Say(Language.English, "no.such.sentence", Array.Empty<Fact>());

        say.Should().Throw<InvalidOperationException>().WithMessage("*'no.such.sentence'*");
    }

    [Fact]
    public void English_sentences_write_dates_and_amounts_as_the_english_documents_do()
    {
        EngineEnglish.Day(new NodaTime.LocalDate(2026, 3, 7)).Should().Be("7 March 2026");
        EngineEnglish.Moment(new NodaTime.LocalDateTime(2026, 3, 7, 16, 5)).Should().Be("7 March 2026 at 16:05");
        Phrasebook.Of(Language.English).ReadersTime(NodaTime.Instant.FromUtc(2026, 3, 7, 16, 5)).Should().Be("7 March 2026 at 16:05 UTC");
        EngineEnglish.Amount(new Money(1800m, "EUR")).Should().Be("1,800.00 EUR");
        EngineEnglish.Amount(null).Should().Be("nothing");
        EngineEnglish.BusinessDays(1).Should().Be("1 business day");
        EngineEnglish.Hours(2.50m).Should().Be("2.5 hours");
    }

    [Fact]
    public void A_bare_instant_reads_in_the_readers_zone_with_its_place_when_the_facts_name_one()
    {
        // 16:05 UTC on Saturday 7 March 2026 is 17:05 in Madrid (CET, UTC+1) and 23:05 in Jakarta (UTC+7).
        var command = new ClientBoundaries.Engagements.EngagementCommand.StartStage(new StageKey("design"), NodaTime.Instant.FromUtc(2026, 3, 7, 16, 5));
        var last = NodaTime.Instant.FromUtc(2026, 3, 7, 17, 0);
        var madrid = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Madrid"];
        var jakarta = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

        EngineWords.Say(Language.English, "engagement.out-of-order", new[] { Fact.Of("command", (object)command), Fact.Of("last", last), Fact.Of("readerZone", madrid) })
            .Should().Be("Cannot start a stage at 7 March 2026 at 17:05 (Madrid time): the engagement's last event happened later, at 7 March 2026 at 18:00 (Madrid time).");
        EngineWords.Say(Language.Indonesian, "engagement.out-of-order", new[] { Fact.Of("command", (object)command), Fact.Of("last", last), Fact.Of("readerZone", jakarta) })
            .Should().Contain("7 Maret 2026 pukul 23.05 (waktu Jakarta)").And.NotContain("UTC");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClientBoundaries.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No ClientBoundaries.Core.sln above {AppContext.BaseDirectory}.");
    }
}
