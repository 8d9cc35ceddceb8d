using System;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using ClientBoundaries.Testing;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

/// <summary>
/// The package's entry points shared by many threads (the context, one options instance, the static readers and their name
/// tables) write and read exactly what one thread does.
/// </summary>
public class ConcurrencyTests
{
    [Fact]
    public void Many_threads_writing_and_reading_through_one_context_and_one_options_instance_get_what_one_thread_gets()
    {
        var events = EventSamples.WholeLife;
        var agreements = Enumerable.Range(0, 16).Select(RandomAgreements.Make).ToArray();
        var state = EngagementDecider.Replay(events);
        var options = new JsonSerializerOptions().ConfigureForClientBoundaries();
        string Work(int i) => (i % 5) switch
        {
            0 => EngagementEventJson.Write(EngagementEventJson.Read(EngagementEventJson.Write(events))),
            1 => JsonSerializer.Serialize(AgreementTemplate.Load(JsonSerializer.Serialize(agreements[i % agreements.Length], ClientBoundariesJsonContext.Default.Agreement)), options),
            2 => JsonSerializer.Serialize(JsonSerializer.Deserialize(JsonSerializer.Serialize(Assessor.Assess(state, events[^1].At + NodaTime.Duration.FromDays(i)), options), ClientBoundariesJsonContext.Default.Assessment)!, ClientBoundariesJsonContext.Default.Assessment),
            3 => EngagementCommandJson.Write(EngagementCommandJson.Read(EngagementCommandJson.Write(CommandSamples.All[i % CommandSamples.All.Count]))),
            _ => string.Join("\n", AgreementTemplate.Validate("{\"id\": 3, \"stages\": [{\"owner\": \"Customer\"}]}").Select(p => p.ToString())),
        };

        var expected = Enumerable.Range(0, 200).Select(Work).ToArray();

        ManyThreads.Run(200, Work).Should().Equal(expected);
    }
}
