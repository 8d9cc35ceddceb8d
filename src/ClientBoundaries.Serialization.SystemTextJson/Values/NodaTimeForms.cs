using System;
using NodaTime;
using NodaTime.Text;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// How NodaTime values are written: ISO 8601 strings, read back exactly. Instants in UTC with as many
/// fraction digits as they need (<c>2026-03-10T17:00:00Z</c>), dates <c>2026-03-10</c>, times of day
/// <c>09:00:00</c> (<c>09:00</c> is read too), lengths of time as ISO durations (<c>PT45M</c>, <c>P1DT2H</c>,
/// a day being 24 hours), periods as ISO periods (<c>P1Y2M</c>), time zones by TZDB id.
/// </summary>
internal static class NodaTimeForms
{
    public const string Instant = "an ISO 8601 instant in UTC such as \"2026-03-10T17:00:00Z\"";
    public const string Date = "an ISO 8601 date such as \"2026-03-10\"";
    public const string Time = "an ISO 8601 time of day such as \"09:00\" or \"17:30:00\"";
    public const string Duration = "an ISO 8601 duration of days, hours, minutes and seconds such as \"PT45M\" or \"P1DT2H\"";
    public const string Period = "an ISO 8601 period such as \"P1M\" or \"P2W\"";

    /// <summary>Times of day: <c>HH:mm:ss</c> with an optional fraction, or <c>HH:mm</c>; written in the first form.</summary>
    public static readonly IPattern<LocalTime> TimePattern = new CompositePatternBuilder<LocalTime>
    {
        { LocalTimePattern.ExtendedIso, _ => true },
        { LocalTimePattern.CreateWithInvariantCulture("HH':'mm"), _ => false },
    }.Build();

    /// <summary>Exact lengths of time as ISO 8601 durations.</summary>
    public static readonly IPattern<NodaTime.Duration> DurationPattern = new IsoDurationPattern();

    public static string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

    public static string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);

    public static string Format(LocalTime value) => LocalTimePattern.ExtendedIso.Format(value);

    public static string Format(NodaTime.Duration value) => DurationPattern.Format(value);

    /// <summary>
    /// An ISO 8601 duration read through <see cref="PeriodPattern.NormalizingIso"/>, refusing years and months (they have
    /// no fixed length) and a T with nothing after it (<c>P1DT</c>).
    /// </summary>
    private sealed class IsoDurationPattern : IPattern<NodaTime.Duration>
    {
        public ParseResult<NodaTime.Duration> Parse(string text)
        {
            var period = PeriodPattern.NormalizingIso.Parse(text);
            if (!period.Success)
            {
                return ParseResult<NodaTime.Duration>.ForException(() => period.Exception);
            }

            // NodaTime reads "P1DT" as one day; ISO 8601 puts a T only before hours, minutes or seconds.
            if (text[text.Length - 1] == 'T')
            {
                return ParseResult<NodaTime.Duration>.ForException(() => new FormatException("A duration's T must be followed by hours, minutes or seconds: " + text));
            }

            if (period.Value.Years != 0 || period.Value.Months != 0)
            {
                return ParseResult<NodaTime.Duration>.ForException(() => new FormatException("A duration has no years or months: " + text));
            }

            try
            {
                return ParseResult<NodaTime.Duration>.ForValue(period.Value.ToDuration());
            }
            catch (OverflowException e)
            {
                // Past 2^63 nanoseconds (about 106,751 days) a period has no duration: refused like any other bad text.
                return ParseResult<NodaTime.Duration>.ForException(() => e);
            }
        }

        public string Format(NodaTime.Duration value) =>
            PeriodPattern.NormalizingIso.Format(NodaTime.Period.FromNanoseconds(value.ToInt64Nanoseconds()).Normalize());

        public System.Text.StringBuilder AppendFormat(NodaTime.Duration value, System.Text.StringBuilder builder) =>
            builder.Append(Format(value));
    }
}
