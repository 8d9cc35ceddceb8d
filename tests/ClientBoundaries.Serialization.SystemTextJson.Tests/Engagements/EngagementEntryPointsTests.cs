using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>Plans, events and commands inside a host's own JSON: the context and the options give the package's form.</summary>
public class EngagementEntryPointsTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForClientBoundaries();

    [Fact]
    public void The_context_and_the_options_write_events_commands_and_plans_as_the_package_does()
    {
        var @event = EventSamples.WholeLife[10];
        var command = CommandSamples.All[8];
        var plan = Stories.Scheduled().State.Plan!;

        JsonSerializer.Serialize(@event, ClientBoundariesJsonContext.Default.EngagementEvent).Should().Be(EngagementEventJson.WriteEvent(@event));
        JsonSerializer.Serialize(@event, Options).Should().Be(EngagementEventJson.WriteEvent(@event));
        JsonSerializer.Serialize(command, ClientBoundariesJsonContext.Default.EngagementCommand).Should().Be(EngagementCommandJson.Write(command));
        JsonSerializer.Deserialize(EngagementCommandJson.Write(command), ClientBoundariesJsonContext.Default.EngagementCommand).Should().Be(command);
        JsonSerializer.Deserialize<EngagementEvent>(EngagementEventJson.WriteEvent(@event), Options).Should().Be(@event);
        JsonSerializer.Deserialize(JsonSerializer.Serialize(plan, ClientBoundariesJsonContext.Default.Plan), ClientBoundariesJsonContext.Default.Plan).Should().Be(plan);
        JsonSerializer.Deserialize<Plan>(JsonSerializer.Serialize(plan, Options), Options).Should().Be(plan);
    }

    [Fact]
    public void A_property_typed_as_one_event_is_written_in_the_same_polymorphic_form_and_read_back()
    {
        var handedOff = EventSamples.All.OfType<EngagementEvent.HandedOff>().First();

        var json = JsonSerializer.Serialize(handedOff, Options);

        json.Should().Be(EngagementEventJson.WriteEvent(handedOff));
        JsonSerializer.Deserialize<EngagementEvent.HandedOff>(json, Options).Should().Be(handedOff);
    }

    [Fact]
    public void Reading_another_type_where_one_event_type_is_expected_is_a_problem()
    {
        var signed = EngagementEventJson.WriteEvent(EventSamples.WholeLife[1]);

        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize<EngagementEvent.HandedOff>(signed, Options));

        thrown.Problems.Select(p => p.ToString()).Should().Equal("$.type: must be \"handed-off\" here, was \"signed\"");
    }

    [Fact]
    public void A_list_of_events_in_the_context_is_an_array_of_events_without_the_stream_s_replay_check()
    {
        // What Decide returns to append is the tail of a stream, not a stream: a plain list reads it as it is.
        var tail = EventSamples.WholeLife.Skip(10).Take(3).ToList();

        var json = JsonSerializer.Serialize<IReadOnlyList<EngagementEvent>>(tail, ClientBoundariesJsonContext.Default.IReadOnlyListEngagementEvent);

        json.Should().Be("[" + string.Join(",", tail.Select(EngagementEventJson.WriteEvent)) + "]");
        JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.IReadOnlyListEngagementEvent).Should().Equal(tail);
    }

    [Fact]
    public void A_bad_event_inside_a_host_document_throws_the_package_exception()
    {
        var thrown = Assert.Throws<ClientBoundariesJsonException>(() =>
            JsonSerializer.Deserialize("""{"type":"signed","schemaVersion":3,"at":"2026-03-03T16:00:00Z"}""", ClientBoundariesJsonContext.Default.EngagementEvent));

        thrown.Should().BeAssignableTo<JsonException>();
        thrown.Path.Should().Be("$.schemaVersion");
    }
}
