using System;
using ClientBoundaries.Communication;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Core.Tests.Communication;

public class ResponseCommitmentTests
{
    [Fact]
    public void One_minute_and_four_hundred_hours_are_the_bounds_it_accepts()
    {
        new ResponseCommitment(Channel.Chat, Duration.FromMinutes(1)).Within.Should().Be(ResponseCommitment.MinWithin);
        new ResponseCommitment(Channel.Email, Duration.FromHours(400)).Within.Should().Be(ResponseCommitment.MaxWithin);
        new ResponseCommitment(Channel.Email, Duration.FromMinutes(90)).ToString().Should().Be("Email within 1.5 business hours");
    }

    [Fact]
    public void A_nanosecond_is_refused_naming_the_argument_and_the_value()
    {
        var nanosecond = () => new ResponseCommitment(Channel.Email, Duration.FromNanoseconds(1));

        nanosecond.Should().Throw<ArgumentOutOfRangeException>().Where(e =>
            e.ParamName == "within"
            && e.Message.StartsWith("A response commitment must be a whole number of minutes, from 1 minute to 400 business hours, was 0:00:00:00.000000001 (days:hours:minutes:seconds).", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(59, "0:00:00:59 (days:hours:minutes:seconds)")]
    [InlineData(90, "0:00:01:30 (days:hours:minutes:seconds)")]
    [InlineData(3_601, "0:01:00:01 (days:hours:minutes:seconds)")]
    public void Less_than_a_minute_or_a_part_of_one_is_refused(int seconds, string was)
    {
        var commitment = () => new ResponseCommitment(Channel.Chat, Duration.FromSeconds(seconds));

        commitment.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "within" && e.Message.Contains("was " + was + ".", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "0 hours")]
    [InlineData(-1, "-1 minute")]
    [InlineData(-120, "-2 hours")]
    [InlineData(401 * 60, "401 hours")]
    [InlineData((400 * 60) + 1, "24001 minutes")]
    public void Zero_negative_and_too_long_commitments_are_refused_with_the_length_given(int minutes, string was)
    {
        var commitment = () => new ResponseCommitment(Channel.Chat, Duration.FromMinutes(minutes));

        commitment.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "within" && e.Message.Contains("was " + was + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void The_longest_duration_is_refused_without_overflowing()
    {
        var longest = () => new ResponseCommitment(Channel.Chat, Duration.MaxValue);

        longest.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "within" && e.Message.Contains("(days:hours:minutes:seconds)", StringComparison.Ordinal));
    }
}
