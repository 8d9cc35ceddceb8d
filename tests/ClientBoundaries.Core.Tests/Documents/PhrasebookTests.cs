using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Documents;

public class PhrasebookTests
{
    private static readonly Regex Placeholder = new(@"\{(\d+)\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static TheoryData<Language> Languages() => new() { Language.English, Language.Spanish, Language.Indonesian, Language.Malay };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_key_has_a_text_in_every_language(Language language)
    {
        var texts = Phrasebook.TextsOf(language);

        var missing = Enum.GetValues<TextKey>().Where(key => !texts.ContainsKey(key) || string.IsNullOrWhiteSpace(texts[key]));

        missing.Should().BeEmpty($"{language} must say everything English says");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_translation_fills_the_same_placeholders_as_the_English(Language language)
    {
        var english = Phrasebook.TextsOf(Language.English);
        var texts = Phrasebook.TextsOf(language);

        var mismatched =
            from key in texts.Keys
            let expected = Placeholders(english[key])
            let actual = Placeholders(texts[key])
            where !expected.SequenceEqual(actual)
            select $"{key}: English uses {{{string.Join("},{", expected)}}}, {language} uses {{{string.Join("},{", actual)}}}";

        mismatched.Should().BeEmpty();
    }

    [Fact]
    public void The_four_languages_are_a_persistence_contract()
    {
        Language.List.OrderBy(l => l.Value).Select(l => (l.Name, l.Value, l.Code, l.CultureName)).Should().Equal(
            ("English", 1, "en", "en-GB"),
            ("Spanish", 2, "es", "es-ES"),
            ("Indonesian", 3, "id", "id-ID"),
            ("Malay", 4, "ms", "ms-MY"));
    }

    [Theory]
    [InlineData("English", "17 March 2026", "Tuesday 17 March 2026", "1,500.00 EUR", "2.5 hours")]
    [InlineData("Spanish", "17 de marzo de 2026", "martes 17 de marzo de 2026", "1.500,00 EUR", "2,5 horas")]
    [InlineData("Indonesian", "17 Maret 2026", "Selasa, 17 Maret 2026", "1.500,00 EUR", "2,5 jam")]
    [InlineData("Malay", "17 Mac 2026", "Selasa, 17 Mac 2026", "1,500.00 EUR", "2.5 jam")]
    public void Dates_amounts_and_hours_are_written_for_the_language_culture(string language, string date, string withWeekday, string amount, string hours)
    {
        var phrasebook = Phrasebook.Of(Language.FromName(language));

        phrasebook.Date(D("2026-03-17")).Should().Be(date);
        phrasebook.DateWithWeekday(D("2026-03-17")).Should().Be(withWeekday);
        phrasebook.Money(new Money(1500m, "EUR")).Should().Be(amount);
        phrasebook.Hours(2.5m).Should().Be(hours);
    }

    [Theory]
    [InlineData("English", "1 business day", "3 business days", "1 hour")]
    [InlineData("Spanish", "1 día hábil", "3 días hábiles", "1 hora")]
    [InlineData("Indonesian", "1 hari kerja", "3 hari kerja", "1 jam")]
    [InlineData("Malay", "1 hari bekerja", "3 hari bekerja", "1 jam")]
    public void Counted_words_agree_with_their_number(string language, string one, string three, string oneHour)
    {
        var phrasebook = Phrasebook.Of(Language.FromName(language));

        phrasebook.BusinessDays(1).Should().Be(one);
        phrasebook.BusinessDays(3).Should().Be(three);
        phrasebook.Hours(1m).Should().Be(oneHour);
    }

    [Fact]
    public void A_meeting_length_is_minutes_up_to_an_hour_and_whole_hours_above()
    {
        var english = Phrasebook.Of(Language.English);

        english.Length(Duration.FromMinutes(45)).Should().Be("45 minutes");
        english.Length(Duration.FromMinutes(60)).Should().Be("60 minutes");
        english.Length(Duration.FromMinutes(90)).Should().Be("90 minutes");
        english.Length(Duration.FromMinutes(120)).Should().Be("2 hours");
    }

    [Fact]
    public void A_moment_is_written_in_the_zone_it_is_read_in()
    {
        // 16:30 UTC on 17 March is 17:30 in Madrid (CET) and 23:30 in Jakarta (WIB).
        var moment = I("2026-03-17T16:30:00Z");

        Phrasebook.Of(Language.Spanish).Moment(moment, Zone("Europe/Madrid")).Should().Be("17 de marzo de 2026 a las 17:30");
        Phrasebook.Of(Language.Indonesian).Moment(moment, Zone("Asia/Jakarta")).Should().Be("17 Maret 2026 pukul 23.30");
    }

    [Fact]
    public void Spanish_says_a_la_una_for_a_time_in_the_first_hour_after_midnight_and_a_las_otherwise()
    {
        var spanish = Phrasebook.Of(Language.Spanish);

        spanish.Moment(I("2026-03-17T00:30:00Z"), Zone("Europe/Madrid")).Should().Be("17 de marzo de 2026 a la 01:30");
        spanish.Moment(I("2026-03-17T00:30:00Z"), Zone("UTC")).Should().Be("17 de marzo de 2026 a las 00:30");
        spanish.Moment(I("2026-03-17T12:00:00Z"), Zone("UTC")).Should().Be("17 de marzo de 2026 a las 12:00");
        spanish.Moment(I("2026-03-17T13:00:00Z"), Zone("UTC")).Should().Be("17 de marzo de 2026 a las 13:00");
        Phrasebook.Of(Language.English).Moment(I("2026-03-17T01:30:00Z"), Zone("UTC")).Should().Be("17 March 2026 at 01:30");
    }

    [Fact]
    public void Spanish_phrases_that_say_what_is_left_read_naturally_with_one()
    {
        var spanish = Phrasebook.Of(Language.Spanish);

        // "quedan 1 hora" would be wrong: the phrases carry no verb that has to agree with the count.
        spanish.Say(TextKey.HoursLeft, spanish.Hours(1m)).Should().Be("1 hora de margen");
        spanish.Say(TextKey.GoodwillStanding, spanish.Hours(2m), spanish.Hours(3m), spanish.Hours(1m)).Should().Be("Horas de cortesía usadas: 2 horas de 3 horas; 1 hora por usar.");
        spanish.Say(TextKey.CalendarWrapUpCue, spanish.Length(Duration.FromMinutes(1))).Should().StartWith("A 1 minuto del final: ");
        spanish.Say(TextKey.DueAfterSigning, spanish.Days(1)).Should().Be("a pagar en un plazo de 1 día desde la firma");
    }

    public static TheoryData<string, Func<string, CultureInfo?>> MissingCultures() => new()
    {
        { "not installed", _ => null },
        { "refused by the runtime", name => throw new CultureNotFoundException(nameof(name), name, "Only the invariant culture is supported in globalization-invariant mode.") },
        { "installed with invariant data only", _ => CultureInfo.InvariantCulture },
    };

    [Theory]
    [MemberData(nameof(MissingCultures))]
    public void Without_culture_data_dates_fall_back_to_ISO_and_numbers_to_invariant(string why, Func<string, CultureInfo?> cultureOf)
    {
        var phrasebook = Phrasebook.Create(Language.Malay, cultureOf);

        phrasebook.HasCultureData.Should().BeFalse(why);
        phrasebook.Date(D("2026-03-17")).Should().Be("2026-03-17");
        phrasebook.DateWithWeekday(D("2026-03-17")).Should().Be("2026-03-17");
        phrasebook.Money(new Money(1500m, "EUR")).Should().Be("1,500.00 EUR");
        phrasebook.BusinessDays(2).Should().Be("2 hari bekerja", "the words are ours and never missing");
    }

    [Fact]
    public void An_installed_culture_is_used()
    {
        Phrasebook.Create(Language.Spanish, CultureInfo.GetCultureInfo).HasCultureData.Should().BeTrue();
    }

    private static int[] Placeholders(string text) =>
        Placeholder.Matches(text).Cast<Match>().Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().OrderBy(i => i).ToArray();
}
