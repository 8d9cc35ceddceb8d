using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>A whole stream as one document: read back equal, and never loaded unless it replays.</summary>
public class EngagementEventStreamTests
{
    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => EngagementEventJson.Read(json)).Problems.Select(p => p.ToString()).ToArray();

    private static string StreamOf(params string[] events) => "{\"schemaVersion\":1,\"events\":[" + string.Join(",", events) + "]}";

    private static string[] EventsOf(IEnumerable<EngagementEvent> events) => events.Select(EngagementEventJson.WriteEvent).ToArray();

    [Fact]
    public void A_whole_life_reads_back_equal_and_replays_to_the_same_state()
    {
        var engagement = Stories.WholeLife();

        var json = EngagementEventJson.Write(engagement.Events);
        var read = EngagementEventJson.Read(json);

        read.Should().Equal(engagement.Events);
        EngagementDecider.Replay(read).Should().Be(engagement.State);
    }

    [Fact]
    public void A_stream_is_a_schema_version_and_its_events_in_order()
    {
        var events = Stories.Terminated().Events;

        EngagementEventJson.Write(events).Should().Be(StreamOf(EventsOf(events)));
        EngagementEventJson.Write(Array.Empty<EngagementEvent>()).Should().Be("""{"schemaVersion":1,"events":[]}""");
        EngagementEventJson.Read("""{"schemaVersion":1,"events":[]}""").Should().BeEmpty();
    }

    [Fact]
    public void A_stream_in_utf8_bytes_reads_the_same()
    {
        var events = Stories.Terminated().Events;

        EngagementEventJson.Read(Encoding.UTF8.GetBytes(EngagementEventJson.Write(events))).Should().Equal(events);
    }

    [Fact]
    public void The_events_read_cannot_be_changed_through_the_list()
    {
        var read = EngagementEventJson.Read(EngagementEventJson.Write(Stories.Terminated().Events));

        read.Should().NotBeAssignableTo<List<EngagementEvent>>();
        read.Should().NotBeAssignableTo<EngagementEvent[]>();
    }

    [Fact]
    public void A_hand_written_version_1_stream_stays_readable()
    {
        // Fixtures/stream-v1-logo-refresh.json was written by hand in schema version 1, leaving out every
        // optional term. A later version may only add optional fields and types, so this must always read.
        var read = EngagementEventJson.Read(Fixtures.Read("stream-v1-logo-refresh.json"));

        read.Select(e => EngagementEventTypes.Types.NameOf(e)).Should().Equal("proposed", "signed", "scheduled", "stage-started", "effort-logged", "work-submitted", "handed-off");
        read[6].Should().Be(new EngagementEvent.HandedOff(new StageKey("sketches"), PartyRole.Provider, PartyRole.Client, "Pick the sketch you like best", D("2026-03-13"), I("2026-03-11T15:00:00Z")));
        var proposed = (EngagementEvent.Proposed)read[0];
        proposed.Agreement.Version.Should().Be(1);
        proposed.Agreement.Stages.Select(s => s.Key.Value).Should().Equal("sketches", "choice");
        var state = EngagementDecider.Replay(read);
        state.Phase.Should().Be(EngagementPhase.Active);
        state.Ball!.Party.Should().Be(PartyRole.Client);
        state.LoggedHoursOf(PartyRole.Provider).Should().Be(2.5m);
    }

    [Fact]
    public void A_hand_written_version_1_event_stays_readable()
    {
        var read = EngagementEventJson.ReadEvent(Fixtures.Read("event-v1-consequence-applied.json"));

        read.Should().Be(new EngagementEvent.ConsequenceApplied(
            ObligationKey.ForStage(Samples.Content),
            0,
            ConsequenceRule.RestartFee(8, new Money(250m, "EUR")),
            PartyRole.Client,
            new Money(250m, "EUR"),
            I("2026-03-19T17:00:00Z"),
            I("2026-03-20T08:30:00Z")));
    }

    [Fact]
    public void A_stream_with_an_event_that_does_not_fit_is_refused_at_that_event()
    {
        var events = Stories.Scheduled().Events.ToList();
        events.Insert(2, new EngagementEvent.StageAccepted(Samples.Design, PartyRole.Client, events[1].At));

        Problems(StreamOf(EventsOf(events))).Should().Equal(
            "$.events[2]: does not replay: a \"stage-accepted\" event does not fit the engagement the events before it made (Signed, version 2); a stream holds only the events EngagementDecider.Decide produced, in the order they were appended");
    }

    [Fact]
    public void A_stream_whose_plan_dates_other_stages_than_the_agreement_s_is_refused_at_the_plan()
    {
        var json = EngagementEventJson.Write(Stories.Scheduled().Events);
        var swapped = json.Replace("\"key\":\"discovery\",\"owner\":\"Provider\"", "\"key\":\"kick-off\",\"owner\":\"Provider\"");
        swapped = swapped.Replace("\"afterStage\":\"discovery\"", "\"afterStage\":\"kick-off\"");

        Problems(swapped).Should().Equal("$.events[3].plan.stages[0]: does not replay: the plan dates stage 'kick-off' (Provider) where the agreement has stage 'discovery' (Provider)");
    }

    [Fact]
    public void A_stream_that_does_not_start_with_the_proposal_is_refused()
    {
        var events = Stories.Scheduled().Events.Skip(1);

        Problems(StreamOf(EventsOf(events))).Should().Equal("$.events[0]: does not replay: a stream starts with a \"proposed\" event, was \"signed\"");
    }

    [Fact]
    public void A_stream_whose_events_go_back_in_time_is_refused_at_the_earlier_one()
    {
        var events = Stories.Scheduled().Events.ToList();
        events[3] = new EngagementEvent.Scheduled(((EngagementEvent.Scheduled)events[3]).Plan, events[0].At);

        Problems(StreamOf(EventsOf(events))).Should().Equal(
            "$.events[3].at: must not be before the event before it (2026-02-20T09:00:00Z), was 2026-02-16T09:00:00Z: a stream holds its events in the order they happened");
    }

    [Fact]
    public void A_stream_that_replays_nothing_twice_is_refused_at_the_repeat()
    {
        var events = Stories.Scheduled().Events.ToList();
        events.Add(new EngagementEvent.Signed(events[3].At + NodaTime.Duration.FromHours(1)));

        Problems(StreamOf(EventsOf(events))).Should().ContainSingle().Which.Should().StartWith("$.events[4]: does not replay: a \"signed\" event");
    }

    [Fact]
    public void An_event_at_the_edge_of_time_that_the_engagement_cannot_apply_is_a_problem_not_a_crash()
    {
        var events = EventSamples.WholeLife.Take(15).ToList();
        var handedOff = (EngagementEvent.HandedOff)events[14];
        events[14] = new EngagementEvent.HandedOff(handedOff.Stage, handedOff.From, handedOff.To, handedOff.Expectation, handedOff.DueBy, I("9999-12-31T22:59:59Z"));

        // Handed off in the last hour of the year 9999 (UTC), the next stage would be due after the end of the calendar:
        // Decide refuses such a handoff, so a stream that holds one was not made by it.
        Problems(StreamOf(EventsOf(events))).Should().ContainSingle().Which.Should().Be(
            "$.events[14]: does not replay: a \"handed-off\" event does not fit the engagement the events before it made (Active, version 14); a stream holds only the events EngagementDecider.Decide produced, in the order they were appended");
    }

    [Fact]
    public void Every_unreadable_event_of_a_stream_is_reported_and_none_is_replayed()
    {
        var events = EventsOf(Stories.Scheduled().Events);
        events[1] = """{"type":"signd","schemaVersion":1,"at":"2026-02-18T09:00:00Z"}""";
        events[2] = """{"type":"deposit-received","schemaVersion":2,"at":"2026-02-20T09:00:00Z"}""";

        Problems(StreamOf(events)).Should().Equal(
            "$.events[1].type: is not a known event type, was \"signd\" (the event types are listed in docs/json.md)",
            "$.events[2].schemaVersion: was written by a newer version of the format (schema version 2); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version 1: update the package");
    }

    [Fact]
    public void The_stream_s_own_schema_version_is_checked_too()
    {
        Problems("""{"schemaVersion":7,"events":[]}""").Should().Equal(
            "$.schemaVersion: was written by a newer version of the format (schema version 7); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version 1: update the package");
        Problems("""{"events":[]}""").Should().Equal("$.schemaVersion: is required");
        Problems("""{"schemaVersion":1,"events":{},"next":null,"more":1}""").Should().Equal(
            "$.events: must be an array, was an object",
            "$.next: is not a known property here (known: events, schemaVersion)",
            "$.more: is not a known property here (known: events, schemaVersion)");
    }

    [Theory]
    [InlineData("", "$: is not valid JSON")]
    [InlineData("{\"schemaVersion\":1,\"events\":[", "$: is not valid JSON")]
    [InlineData("{\"schemaVersion\":1,\"events\":[],}", "$: is not valid JSON")]
    [InlineData("/* a comment */ {\"schemaVersion\":1,\"events\":[]}", "$: is not valid JSON")]
    [InlineData("null", "$: must be an object, was null")]
    [InlineData("{\"schemaVersion\":1,\"events\":[null]}", "$.events[0]: must be an object, was null")]
    [InlineData("{\"schemaVersion\":1.5,\"events\":[]}", "$.schemaVersion: must be a whole number, was the number 1.5")]
    public void Malformed_or_hostile_streams_are_problems(string json, string problem)
    {
        Problems(json).Should().ContainSingle().Which.Should().StartWith(problem);
    }

    [Fact]
    public void A_stream_nested_deeper_than_the_limit_is_refused_without_a_stack_overflow()
    {
        var deep = "{\"schemaVersion\":1,\"events\":[" + new string('[', 10_000) + new string(']', 10_000) + "]}";

        Problems(deep).Should().ContainSingle().Which.Should().StartWith("$: is not valid JSON").And.Contain("64");
    }

    [Fact]
    public void A_stream_with_more_events_than_the_limit_is_refused_before_any_is_read()
    {
        var many = "{\"schemaVersion\":1,\"events\":[" + string.Join(",", Enumerable.Repeat("1", 100_001)) + "]}";

        Problems(many).Should().Equal("$.events: must have at most 100000 items, had 100001");
    }

    [Fact]
    public void Writing_refuses_null()
    {
        FluentActions.Invoking(() => EngagementEventJson.Write(null!)).Should().Throw<ArgumentNullException>().WithParameterName("events");
        FluentActions.Invoking(() => EngagementEventJson.Write(new EngagementEvent[] { null! })).Should().Throw<ArgumentException>().WithParameterName("events");
        FluentActions.Invoking(() => EngagementEventJson.WriteEvent(null!)).Should().Throw<ArgumentNullException>().WithParameterName("event");
        FluentActions.Invoking(() => EngagementEventJson.Read((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}
