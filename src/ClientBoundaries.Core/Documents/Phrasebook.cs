using System;
using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Documents.Translations;
using ClientBoundaries.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Documents;

/// <summary>
/// One language's wording and formats: the texts of its translation table, and dates, times, amounts
/// and counts written the way its culture writes them.
/// </summary>
/// <remarks>
/// When the culture's data is not installed (invariant globalization), dates fall back to ISO
/// (2026-03-17) and numbers to the invariant format, so a document is still complete and unambiguous.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class Phrasebook
{
    // One per language, built on first use: a language's culture data is looked up once.
    private static readonly Lazy<Phrasebook>[] Built =
    {
        new(() => Create(Language.English, InstalledCulture)),
        new(() => Create(Language.Spanish, InstalledCulture)),
        new(() => Create(Language.Indonesian, InstalledCulture)),
        new(() => Create(Language.Malay, InstalledCulture)),
    };

    private readonly IReadOnlyDictionary<TextKey, string> _texts;
    private readonly CultureInfo _numbers;
    private readonly LocalDatePattern _date;
    private readonly LocalDatePattern _dateWithWeekday;
    private readonly LocalDatePattern _month;

    // The zone an instant with no zone of its own is read in, and how the zone is named after it; null for UTC.
    private readonly DateTimeZone? _readerZone;
    private readonly string? _readerZoneTime;

    private Phrasebook(Phrasebook words, DateTimeZone readerZone, string readerZoneTime)
    {
        Language = words.Language;
        _texts = words._texts;
        HasCultureData = words.HasCultureData;
        _numbers = words._numbers;
        _date = words._date;
        _dateWithWeekday = words._dateWithWeekday;
        _month = words._month;
        _readerZone = readerZone;
        _readerZoneTime = readerZoneTime;
    }

    private Phrasebook(Language language, IReadOnlyDictionary<TextKey, string> texts, CultureInfo? culture)
    {
        Language = language;
        _texts = texts;
        HasCultureData = culture is not null;
        _numbers = culture ?? CultureInfo.InvariantCulture;
        _date = culture is null ? LocalDatePattern.Iso : LocalDatePattern.Create(texts[TextKey.DatePattern], culture);
        _dateWithWeekday = culture is null ? LocalDatePattern.Iso : LocalDatePattern.Create(texts[TextKey.DateWithWeekdayPattern], culture);
        _month = LocalDatePattern.Create(culture is null ? "uuuu-MM" : texts[TextKey.TimelineMonthPattern], culture ?? CultureInfo.InvariantCulture);
    }

    /// <summary>The language of the wording.</summary>
    public Language Language { get; }

    /// <summary>Whether the culture's data was found; false means ISO dates and invariant numbers.</summary>
    public bool HasCultureData { get; }

    /// <summary>The text of <paramref name="key"/>, with no placeholders filled.</summary>
    public string this[TextKey key] => _texts[key];

    /// <summary>The wording and the formats of a language, built once on first use.</summary>
    internal static Phrasebook Of(Language language) => Built[language.Value - 1].Value;

    /// <summary>
    /// Builds the phrasebook of <paramref name="language"/>, asking <paramref name="cultureOf"/> for the
    /// culture; null, or a culture that turns out to carry only invariant data, means ISO dates.
    /// </summary>
    internal static Phrasebook Create(Language language, Func<string, CultureInfo?> cultureOf)
    {
        CultureInfo? culture;
        try
        {
            culture = cultureOf(language.CultureName);
        }
        catch (CultureNotFoundException)
        {
            culture = null;
        }

        return new Phrasebook(language, TextsOf(language), culture is null || CarriesOnlyInvariantData(culture) ? null : culture);
    }

    /// <summary>The culture as installed on this machine, or null when the runtime has no data for it.</summary>
    internal static CultureInfo? InstalledCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The translation table of a language: one place per language.</summary>
    internal static IReadOnlyDictionary<TextKey, string> TextsOf(Language language) =>
        language.Value switch
        {
            1 => English.Texts,
            2 => Spanish.Texts,
            3 => Indonesian.Texts,
            4 => Malay.Texts,
            _ => throw Preconditions.OutOfRange(nameof(language), $"No translation table for the language {language}."),
        };

    /// <summary>
    /// Under invariant globalization a runtime may hand out "es-ES" with the invariant culture's
    /// data: English month names and the invariant long date. Such a culture would write Spanish
    /// sentences around English dates, so it counts as missing.
    /// </summary>
    internal static bool CarriesOnlyInvariantData(CultureInfo culture)
    {
        var invariant = CultureInfo.InvariantCulture.DateTimeFormat;
        var format = culture.DateTimeFormat;
        return format.LongDatePattern == invariant.LongDatePattern && format.GetMonthName(3) == invariant.GetMonthName(3);
    }

    /// <summary>The text of <paramref name="key"/> with <c>{0}</c>, <c>{1}</c> ... replaced by <paramref name="values"/>, in order.</summary>
    public string Say(TextKey key, params string[] values) => string.Format(CultureInfo.InvariantCulture, _texts[key], values);

    /// <summary>A date as the culture writes it in running text: 17 March 2026, 17 de marzo de 2026.</summary>
    public string Date(LocalDate date) => _date.Format(date);

    /// <summary>A date with its weekday: Tuesday 17 March 2026, martes 17 de marzo de 2026.</summary>
    public string DateWithWeekday(LocalDate date) => _dateWithWeekday.Format(date);

    /// <summary>The month of a date with its year, as a calendar heading: March 2026, marzo de 2026; 2026-03 without the culture's data.</summary>
    public string Month(LocalDate date) => _month.Format(date);

    /// <summary>A time of day on the 24-hour clock as the language writes it: 17:00, or 17.00 in Indonesian.</summary>
    public string Time(LocalTime time) => time.ToString(_texts[TextKey.TimePattern], CultureInfo.InvariantCulture);

    /// <summary>A moment in a zone: the local date and time there.</summary>
    public string Moment(Instant instant, DateTimeZone zone)
    {
        return Moment(instant.InZone(zone).LocalDateTime);
    }

    /// <summary>A local date and time: 17 March 2026 at 17:30.</summary>
    public string Moment(LocalDateTime moment) => DateAtTime(moment.Date, moment.TimeOfDay);

    /// <summary>
    /// An instant with no zone of its own, in the reader's zone with its place when the phrasebook has one
    /// (<see cref="ForReaderIn"/>): 17 March 2026 at 18:30 (Madrid time); in UTC otherwise: 17 March 2026 at 17:30 UTC.
    /// </summary>
    public string ReadersTime(Instant instant) =>
        _readerZone is { } zone ? Moment(instant, zone) + " " + _readerZoneTime : Moment(instant.InUtc().LocalDateTime) + " UTC";

    /// <summary>
    /// The same wording, reading an instant with no zone of its own in <paramref name="zone"/> (the provider's, for a
    /// refusal), named after it as <paramref name="zoneTime"/> ("(Madrid time)").
    /// </summary>
    public Phrasebook ForReaderIn(DateTimeZone zone, string zoneTime) => new(this, zone, zoneTime);

    /// <summary>The text with its first letter upper case, for a sentence that begins with a name or a phrase.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>A date and a time of day: 17 March 2026 at 17:30; in Spanish "a la 01:30" in the hour after midnight, "a las" otherwise.</summary>
    public string DateAtTime(LocalDate date, LocalTime time) =>
        Say(time.Hour == 1 ? TextKey.DateAtTimeOne : TextKey.DateAtTime, Date(date), Time(time));

    /// <summary>An amount with two decimals in the culture's separators, then its ISO currency code: 1.500,00 EUR.</summary>
    public string Money(Money money) => money.Round(2).Amount.ToString("N2", _numbers) + " " + money.Currency;

    /// <summary>A count or quantity with no needless decimals: 20, 2.5 (2,5 in Spanish and Indonesian).</summary>
    public string Number(decimal value) => value.ToString("#,0.##", _numbers);

    /// <summary>A number of business days, singular or plural as the language needs.</summary>
    public string BusinessDays(int count) => Counted(count, TextKey.BusinessDayOne, TextKey.BusinessDaysMany);

    /// <summary>A number of calendar days.</summary>
    public string Days(int count) => Counted(count, TextKey.DayOne, TextKey.DaysMany);

    /// <summary>A number of hours, which may be fractional (2.5 hours).</summary>
    public string Hours(decimal hours) => Say(Math.Round(hours, 2) == 1m ? TextKey.HourOne : TextKey.HoursMany, Number(hours));

    /// <summary>A length of time in whole minutes, or in hours when it is a whole number of them above one hour.</summary>
    public string Length(Duration length)
    {
        var minutes = (int)Math.Round(length.TotalMinutes);
        return minutes > 60 && minutes % 60 == 0 ? Hours(minutes / 60) : Counted(minutes, TextKey.MinuteOne, TextKey.MinutesMany);
    }

    /// <summary>The word for a side: provider or client.</summary>
    public string Role(PartyRole role) => this[role == PartyRole.Provider ? TextKey.ProviderWord : TextKey.ClientWord];

    private string Counted(int count, TextKey one, TextKey many) => Say(count == 1 ? one : many, Number(count));
}
