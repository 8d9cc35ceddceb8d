using System.Text.Json;
using ClientBoundaries.Agreements;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>An agreement written and read back is the same agreement, and writing it again gives the same JSON.</summary>
public class AgreementRoundTripTests
{
    [Fact]
    public void The_one_pager_of_the_stories_reads_back_equal()
    {
        AssertRoundTrips(AgreementStories.HowWeWorkTogether().Build());
    }

    [Fact]
    public void An_agreement_with_every_term_reads_back_equal()
    {
        AssertRoundTrips(AgreementStories.Rich());
    }

    [Fact]
    public void An_amended_agreement_reads_back_as_the_same_version_with_its_amendments()
    {
        var amended = AgreementStories.RichAmendedTwice();
        amended.Version.Should().Be(3);

        var read = AssertRoundTrips(amended);

        read.Amendments.Should().Equal(amended.Amendments);
        read.FindStage(AgreementStories.Build)!.DurationBusinessDays.Should().Be(amended.FindStage(AgreementStories.Build)!.DurationBusinessDays);
    }

    [Fact]
    public void The_smallest_agreement_reads_back_equal()
    {
        var agreement = new AgreementBuilder(new ClientBoundaries.Primitives.AgreementId("a"), "A")
            .WithProvider("P", ClientBoundaries.Calendars.BusinessCalendar.MondayToFriday(NodaTime.DateTimeZone.Utc))
            .WithClient("C", ClientBoundaries.Calendars.BusinessCalendar.MondayToFriday(NodaTime.DateTimeZone.Utc))
            .AddStage("s", "S", ClientBoundaries.Primitives.PartyRole.Client, 1)
            .Build();

        AssertRoundTrips(agreement);
    }

    internal static Agreement AssertRoundTrips(Agreement agreement)
    {
        var json = JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement);
        var read = AgreementTemplate.Load(json);

        read.Should().Be(agreement, "the JSON was\n{0}", json);
        JsonSerializer.Serialize(read, ClientBoundariesJsonContext.Default.Agreement).Should().Be(json);
        return read;
    }
}
