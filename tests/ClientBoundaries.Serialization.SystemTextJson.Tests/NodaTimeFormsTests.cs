using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

public class NodaTimeFormsTests
{
    [Theory]
    [InlineData(45 * 60, "PT45M")]
    [InlineData(25 * 3600, "P1DT1H")]
    [InlineData(0, "P0D")]
    [InlineData(90, "PT1M30S")]
    public void Durations_are_written_as_ISO_8601_and_read_back(int seconds, string iso)
    {
        var duration = Duration.FromSeconds(seconds);

        NodaTimeForms.Format(duration).Should().Be(iso);
        NodaTimeForms.DurationPattern.Parse(iso).Value.Should().Be(duration);
    }

    [Fact]
    public void A_duration_with_months_is_refused_because_a_month_has_no_fixed_length()
    {
        NodaTimeForms.DurationPattern.Parse("P1M").Success.Should().BeFalse();
    }

    [Theory]
    [InlineData("P106752D")]
    [InlineData("PT2562048H")]
    [InlineData("P16777215D")]
    public void A_duration_past_what_a_duration_holds_is_refused_not_an_overflow(string iso)
    {
        // Period.ToDuration counts nanoseconds in a long (2^63 is 9.2233720e18): 106,752 days and 2,562,048 hours are
        // each 9.2233728e18 ns, past it, and it threw OverflowException.
        NodaTimeForms.DurationPattern.Parse(iso).Success.Should().BeFalse();
    }

    [Fact]
    public void The_longest_duration_a_long_of_nanoseconds_holds_is_read_and_written()
    {
        // 106,751 days is 9.2232864e18 ns, under 2^63 (9.2233720e18).
        var longest = Duration.FromDays(106_751);

        NodaTimeForms.DurationPattern.Parse("P106751D").Value.Should().Be(longest);
        NodaTimeForms.Format(longest).Should().Be("P106751D");
    }

    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("17:30:00", 17, 30)]
    public void Times_of_day_are_read_with_or_without_seconds(string text, int hour, int minute)
    {
        NodaTimeForms.TimePattern.Parse(text).Value.Should().Be(new LocalTime(hour, minute));
    }

    [Fact]
    public void Instants_keep_every_fraction_digit()
    {
        var instant = Instant.FromUnixTimeTicks(17_000_000_000_123_456L);

        NodaTimeForms.Format(instant).Should().Be("2023-11-14T22:13:20.0123456Z");
    }
}
