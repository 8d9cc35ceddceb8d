using System;
using System.Globalization;
using ClientBoundaries.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Documents;

/// <summary>
/// The dates of a timeline bar in words: one date for a bar of one day, and a range written as the
/// language writes one, with what the two ends share said once: "2 – 4 March 2026",
/// "del 30 de marzo al 3 de abril de 2026", "2–4 Maret 2026", "2 hingga 4 Mac 2026".
/// </summary>
/// <remarks>Without the culture's data both ends are written in full (ISO), as every date is then. Stateless and thread-safe.</remarks>
internal static class TimelineDates
{
    // The day and month without the year, one pattern per language, built on first use like the phrasebooks.
    private static readonly Lazy<LocalDatePattern?>[] DayMonth =
    {
        new(() => DayMonthOf(Language.English)),
        new(() => DayMonthOf(Language.Spanish)),
        new(() => DayMonthOf(Language.Indonesian)),
        new(() => DayMonthOf(Language.Malay)),
    };

    /// <summary>From <paramref name="first"/> through <paramref name="last"/>, both included; one date when they are the same day.</summary>
    public static string Span(Phrasebook words, LocalDate first, LocalDate last)
    {
        if (first == last)
        {
            return words.Date(first);
        }

        var dayMonth = words.HasCultureData ? DayMonth[words.Language.Value - 1].Value : null;
        var start = dayMonth is null || first.Year != last.Year ? words.Date(first)
            : first.Month == last.Month ? first.Day.ToString(CultureInfo.InvariantCulture)
            : dayMonth.Format(first);
        return words.Say(TextKey.TimelineSpan, start, words.Date(last));
    }

    private static LocalDatePattern? DayMonthOf(Language language)
    {
        var culture = Phrasebook.InstalledCulture(language.CultureName);
        return culture is null || Phrasebook.CarriesOnlyInvariantData(culture)
            ? null
            : LocalDatePattern.Create(Phrasebook.TextsOf(language)[TextKey.TimelineDayMonthPattern], culture);
    }
}
