using ClientBoundaries.Engagements;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Engagements;

public class BallTimeTests
{
    [Theory]
    [InlineData(32 * 60, 1, "1 business day (1 day 08:00 elapsed)")]
    [InlineData(90, 0, "0 business days (0 days 01:30 elapsed)")]
    [InlineData((16 * 24 * 60) + (4 * 60), 12, "12 business days (16 days 04:00 elapsed)")]
    public void ToString_gives_both_figures_in_words_a_person_reads(int minutes, int businessDays, string expected)
    {
        new BallTime(Duration.FromMinutes(minutes), businessDays).ToString().Should().Be(expected);
    }
}
