using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>A stream stored one event per row: read back with the same replay check as a whole stream.</summary>
public class EngagementEventRowsTests
{
    private static string[] Problems(params string[] rows) =>
        Assert.Throws<ClientBoundariesJsonException>(() => EngagementEventJson.ReadEvents(rows)).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Rows_written_one_event_each_read_back_equal_and_replay_to_the_same_state()
    {
        var engagement = Stories.WholeLife();

        var read = EngagementEventJson.ReadEvents(engagement.Events.Select(EngagementEventJson.WriteEvent));

        read.Should().Equal(engagement.Events);
        EngagementDecider.Replay(read).Should().Be(engagement.State);
    }

    [Fact]
    public void A_row_that_does_not_fit_the_rows_before_it_is_refused_at_its_index()
    {
        // What a hand-edited row looks like to the reader: every row reads on its own, the stream does not replay.
        var events = Stories.Scheduled().Events.ToList();
        events.Insert(2, new EngagementEvent.StageAccepted(Samples.Design, PartyRole.Client, events[1].At));

        Problems(events.Select(EngagementEventJson.WriteEvent).ToArray()).Should().Equal(
            "$[2]: does not replay: a \"stage-accepted\" event does not fit the engagement the events before it made (Signed, version 2); a stream holds only the events EngagementDecider.Decide produced, in the order they were appended");
    }

    [Fact]
    public void Every_unreadable_row_is_reported_at_its_index_before_any_replay()
    {
        var rows = Stories.Scheduled().Events.Select(EngagementEventJson.WriteEvent).ToList();
        rows[1] = """{"type":"signed","schemaVersion":1}""";
        rows[3] = "not json";

        var problems = Problems(rows.ToArray());

        problems.Should().HaveCount(2);
        problems[0].Should().Be("$[1].at: is required");
        problems[1].Should().Be("$[3]: is not valid JSON at line 1, position 2: 'not json' is an invalid JSON literal.", "the second character is where \"null\" stops being possible");
    }

    [Fact]
    public void The_type_name_of_an_event_is_the_one_its_json_carries()
    {
        foreach (var @event in Stories.WholeLife().Events)
        {
            EngagementEventJson.WriteEvent(@event).Should().StartWith("{\"type\":\"" + EngagementEventJson.TypeNameOf(@event) + "\"");
        }
    }
}
