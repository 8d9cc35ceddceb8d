using System;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>Every command written and read back for a CRM's queue: stable type names, the envelope, the expected version.</summary>
public class EngagementCommandJsonTests
{
    public static TheoryData<int> SampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CommandSamples.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => EngagementCommandJson.Read(json)).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Every_command_type_has_a_sample_so_a_new_command_cannot_be_forgotten()
    {
        var sampled = CommandSamples.All.Select(c => c.GetType()).ToHashSet();

        Hierarchy.CasesOf<EngagementCommand>().Where(t => !sampled.Contains(t)).Select(t => t.Name)
            .Should().BeEmpty("every command type needs a sample in CommandSamples (and a case in EngagementCommandTypes)");
    }

    [Fact]
    public void Every_command_type_is_written_under_the_kebab_case_of_its_name()
    {
        EngagementCommandTypes.Types.Cases.Select(c => c.Type).Should().BeEquivalentTo(Hierarchy.CasesOf<EngagementCommand>());
        foreach (var of in EngagementCommandTypes.Types.Cases)
        {
            of.Name.Should().Be(Hierarchy.Kebab(of.Type.Name));
        }
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Every_sample_command_reads_back_equal(int index)
    {
        var sample = CommandSamples.All[index];

        var json = EngagementCommandJson.Write(sample);

        EngagementCommandJson.Read(json).Should().Be(sample, json);
    }

    [Fact]
    public void A_command_is_its_type_its_schema_version_its_instant_its_fields_and_the_version_it_expects()
    {
        var handOff = new EngagementCommand.HandOff(Samples.Discovery, I("2026-03-03T16:00:00Z"), dueBy: D("2026-03-06")).ExpectingVersion(7);

        EngagementCommandJson.Write(handOff).Should().Be(
            """{"type":"hand-off","schemaVersion":1,"at":"2026-03-03T16:00:00Z","stage":"discovery","dueBy":"2026-03-06","expectedVersion":7}""");
    }

    [Fact]
    public void A_command_in_utf8_bytes_reads_the_same()
    {
        var sample = CommandSamples.All[0];

        EngagementCommandJson.Read(System.Text.Encoding.UTF8.GetBytes(EngagementCommandJson.Write(sample))).Should().Be(sample);
    }

    [Fact]
    public void An_unknown_type_a_newer_version_and_a_missing_version_are_problems()
    {
        Problems("""{"type":"handoff","schemaVersion":1,"at":"2026-03-03T16:00:00Z"}""")
            .Should().Equal("$.type: is not a known command type, was \"handoff\" (the command types are listed in docs/json.md)");
        Problems("""{"type":"sign","schemaVersion":2,"at":"2026-03-03T16:00:00Z"}""")
            .Should().ContainSingle().Which.Should().StartWith("$.schemaVersion: was written by a newer version of the format (schema version 2)");
        Problems("""{"type":"sign","at":"2026-03-03T16:00:00Z"}""").Should().Equal("$.schemaVersion: is required");
    }

    [Fact]
    public void A_change_request_happens_when_it_is_made_so_its_two_instants_must_agree()
    {
        Problems("""{"type":"request-change","schemaVersion":1,"at":"2026-03-03T16:00:00Z","request":{"id":"a","description":"b","requestedBy":"Client","estimatedHours":1,"requestedAt":"2026-03-03T15:00:00Z"}}""")
            .Should().Equal("$.at: must be the request's requestedAt (2026-03-03T15:00:00Z): a change request happens when it is made, was 2026-03-03T16:00:00Z");
    }

    [Fact]
    public void What_a_command_refuses_is_reported_at_its_field()
    {
        Problems("""{"type":"hand-off","schemaVersion":1,"at":"2026-03-03T16:00:00Z","stage":"design","expectation":"  ","expectedVersion":-1}""")
            .Should().Equal(
                "$.expectation: Must not be empty or only white space.",
                "$.expectedVersion: must be at least 0, was -1");
        Problems("""{"type":"record-meeting-held","schemaVersion":1,"at":"2026-03-03T16:00:00Z","meetingId":"m","startedAt":"2026-03-03T15:00:00Z","endedAt":"2026-03-03T17:00:00Z","covered":[]}""")
            .Should().ContainSingle().Which.Should().StartWith("$.endedAt: A meeting is recorded as held once it has ended");
        Problems("""{"type":"book-meeting","schemaVersion":1,"at":"2026-03-03T16:00:00Z","meetingId":"m","start":"2026-03-03T15:00:00Z","agenda":[],"length":"P1M","anotherAppointmentFollows":"yes"}""")
            .Should().Equal(
                "$.length: must be an ISO 8601 duration of days, hours, minutes and seconds such as \"PT45M\" or \"P1DT2H\", was \"P1M\"",
                "$.anotherAppointmentFollows: must be true or false, was the string \"yes\"");
    }

    [Fact]
    public void Writing_refuses_null()
    {
        FluentActions.Invoking(() => EngagementCommandJson.Write(null!)).Should().Throw<ArgumentNullException>().WithParameterName("command");
    }
}
