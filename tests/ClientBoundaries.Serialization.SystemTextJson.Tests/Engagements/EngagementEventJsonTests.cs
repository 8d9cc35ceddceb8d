using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>Every event written and read back, its stable type name, and the envelope every event shares.</summary>
public class EngagementEventJsonTests
{
    public static TheoryData<int> SampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < EventSamples.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => EngagementEventJson.ReadEvent(json)).Problems.Select(p => p.ToString()).ToArray();

    private static string KindOf(EngagementEvent @event) =>
        (string)typeof(EngagementEvent).GetProperty("Kind", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(@event)!;

    [Fact]
    public void Every_event_type_has_a_sample_so_a_new_event_cannot_be_forgotten()
    {
        var sampled = EventSamples.All.Select(e => e.GetType()).ToHashSet();

        Hierarchy.CasesOf<EngagementEvent>().Where(t => !sampled.Contains(t)).Select(t => t.Name)
            .Should().BeEmpty("every event type needs a sample in EventSamples (and a case in EngagementEventTypes)");
    }

    [Fact]
    public void Every_event_type_is_written_under_its_kind_name_which_is_the_kebab_case_of_its_name()
    {
        foreach (var sample in EventSamples.All.GroupBy(e => e.GetType()).Select(g => g.First()))
        {
            var name = EngagementEventTypes.Types.NameOf(sample);

            name.Should().Be(KindOf(sample), "the JSON type is the event's stable kind name");
            name.Should().Be(Hierarchy.Kebab(sample.GetType().Name));
        }

        EngagementEventTypes.Types.Cases.Select(c => c.Type).Should().BeEquivalentTo(Hierarchy.CasesOf<EngagementEvent>());
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Every_sample_event_reads_back_equal(int index)
    {
        var sample = EventSamples.All[index];

        var json = EngagementEventJson.WriteEvent(sample);

        EngagementEventJson.ReadEvent(json).Should().Be(sample, json);
    }

    [Fact]
    public void An_event_is_its_type_its_schema_version_its_instant_and_its_fields_in_camel_case()
    {
        var handedOff = new EngagementEvent.HandedOff(Samples.Discovery, PartyRole.Provider, PartyRole.Client, "Send all page copy", D("2026-03-06"), I("2026-03-03T16:00:00Z"));

        EngagementEventJson.WriteEvent(handedOff).Should().Be(
            """{"type":"handed-off","schemaVersion":1,"at":"2026-03-03T16:00:00Z","stage":"discovery","from":"Provider","to":"Client","expectation":"Send all page copy","dueBy":"2026-03-06"}""");
    }

    [Fact]
    public void A_deemed_acceptance_is_written_with_who_is_deemed_to_have_accepted_and_why()
    {
        var deemed = new EngagementEvent.StageDeemedAccepted(Samples.Design, PartyRole.Client, DeemedAcceptanceReason.MovedOn, I("2026-03-18T08:00:00Z"));

        var json = EngagementEventJson.WriteEvent(deemed);

        json.Should().Be("""{"type":"stage-deemed-accepted","schemaVersion":1,"at":"2026-03-18T08:00:00Z","stage":"design","by":"Client","reason":"MovedOn"}""");
        EngagementEventJson.ReadEvent(json).Should().Be(deemed);
        Problems(json.Replace("MovedOn", "Silence", StringComparison.Ordinal)).Should().Equal("$.reason: must be one of MovedOn, WindowClosed, LaterStageAccepted, was \"Silence\"");
    }

    [Fact]
    public void A_deemed_acceptance_when_the_window_closed_reads_back_with_its_reason()
    {
        var deemed = new EngagementEvent.StageDeemedAccepted(Samples.Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, I("2026-03-20T17:00:00Z"));

        var json = EngagementEventJson.WriteEvent(deemed);

        json.Should().Be("""{"type":"stage-deemed-accepted","schemaVersion":1,"at":"2026-03-20T17:00:00Z","stage":"design","by":"Client","reason":"WindowClosed"}""");
        EngagementEventJson.ReadEvent(json).Should().Be(deemed);
    }

    [Fact]
    public void Text_in_any_script_stays_readable_and_what_is_unsafe_in_html_is_escaped()
    {
        var submitted = new EngagementEvent.WorkSubmitted(Samples.Design, "Año <b>", I("2026-03-03T16:00:00Z"));

        EngagementEventJson.WriteEvent(submitted).Should().Contain("\"summary\":\"Año \\u003Cb\\u003E\"");
    }

    [Fact]
    public void The_same_event_in_utf8_bytes_reads_the_same()
    {
        var sample = EventSamples.WholeLife[0];
        var bytes = System.Text.Encoding.UTF8.GetBytes(EngagementEventJson.WriteEvent(sample));

        EngagementEventJson.ReadEvent(bytes).Should().Be(sample);
    }

    [Fact]
    public void An_unknown_type_is_a_problem_that_says_where_the_types_are_listed()
    {
        Problems("""{"type":"foo","schemaVersion":1,"at":"2026-03-03T16:00:00Z","colour":"red"}""")
            .Should().Equal("$.type: is not a known event type, was \"foo\" (the event types are listed in docs/json.md)");
    }

    [Fact]
    public void A_newer_schema_version_is_refused_as_written_by_a_newer_version_whatever_else_it_holds()
    {
        Problems("""{"type":"signed","schemaVersion":2,"at":"2026-03-03T16:00:00Z","signedBy":"both"}""")
            .Should().Equal("$.schemaVersion: was written by a newer version of the format (schema version 2); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version 1: update the package");
    }

    [Fact]
    public void A_missing_schema_version_or_type_is_required()
    {
        Problems("""{"type":"signed","at":"2026-03-03T16:00:00Z"}""").Should().Equal("$.schemaVersion: is required");
        Problems("""{"schemaVersion":1,"at":"2026-03-03T16:00:00Z"}""").Should().Equal("$.type: is required");
        Problems("""{"type":"signed","schemaVersion":0,"at":"2026-03-03T16:00:00Z"}""").Should().Equal("$.schemaVersion: must be at least 1, was 0");
    }

    [Fact]
    public void An_unknown_property_is_a_problem_not_ignored()
    {
        Problems("""{"type":"signed","schemaVersion":1,"at":"2026-03-03T16:00:00Z","by":"Client"}""")
            .Should().Equal("$.by: is not a known property here (known: at, schemaVersion, type)");
    }

    [Fact]
    public void Every_wrong_field_is_reported_with_its_path()
    {
        Problems("""{"type":"handed-off","schemaVersion":1,"at":"yesterday","stage":"no spaces","from":"Vendor","to":3,"expectation":"x","dueBy":"9999-01-01"}""")
            .Should().Equal(
                "$.at: must be an ISO 8601 instant in UTC such as \"2026-03-10T17:00:00Z\", was \"yesterday\"",
                "$.stage: A key may hold only ASCII letters, digits, '-', '_', '.' and ':', but 'no spaces' has ' '.",
                "$.from: must be one of Provider, Client, was \"Vendor\"",
                "$.to: must be a string, was the number 3",
                "$.dueBy: must be in years 1 to 9998, was 9999-01-01");
    }

    [Fact]
    public void A_value_the_event_refuses_is_reported_at_the_field_it_names()
    {
        Problems("""{"type":"effort-logged","schemaVersion":1,"at":"2026-03-03T16:00:00Z","stage":"design","party":"Client","hours":25}""")
            .Should().Equal("$.hours: Logged hours must be more than 0 and at most 24, was 25.");
        Problems("""{"type":"change-order-proposed","schemaVersion":1,"at":"2026-03-03T16:00:00Z","changeOrder":"a","price":{"amount":1,"currency":"EUR"},"scheduleImpactBusinessDays":0,"expiresAt":"2026-03-03T15:00:00Z"}""")
            .Should().ContainSingle().Which.Should().StartWith("$.expiresAt: A proposal must expire after it is made");
    }

    [Theory]
    [InlineData("""{"type":"effort-logged","schemaVersion":1,"at":"2026-03-03T16:00:00Z","stage":"design","party":"Client","hours":1e400}""", "$.hours: must be a decimal number")]
    [InlineData("""{"type":"reminder-sent","schemaVersion":1,"at":"2026-03-03T16:00:00Z","obligation":{"kind":"Deposit"},"round":99999999999,"rule":{"kind":"Reminder","businessDaysOverdue":0},"to":"Client"}""", "$.round: must be at most 2147483647, was 99999999999")]
    [InlineData("""{"type":"reminder-sent","schemaVersion":1,"at":"2026-03-03T16:00:00Z","obligation":{"kind":"Deposit"},"round":-1,"rule":{"kind":"Reminder","businessDaysOverdue":0},"to":"Client"}""", "$.round: must be at least 0, was -1")]
    [InlineData("""{"type":"signed","schemaVersion":99999999999999999999,"at":"2026-03-03T16:00:00Z"}""", "$.schemaVersion: must be a whole number")]
    [InlineData("""{"type":["signed"],"schemaVersion":1,"at":"2026-03-03T16:00:00Z"}""", "$.type: must be a string, was an array")]
    [InlineData("""[{"type":"signed"}]""", "$: must be an object, was an array")]
    [InlineData("""{"type":"paused","schemaVersion":1,"at":"2026-03-03T16:00:00Z","causedBy":{"party":"Client"},"reason":true}""", "$.causedBy: must be a string, was an object")]
    [InlineData("""{"type":"payment-received","schemaVersion":1,"at":"2026-03-03T16:00:00Z","payment":{"kind":"Deposit","stage":"design"},"amount":{"amount":1,"currency":"EUR"}}""", "$.payment.stage: must not be given for a Deposit obligation")]
    [InlineData("""{"type":"payment-received","schemaVersion":1,"at":"2026-03-03T16:00:00Z","payment":{"kind":"Reply","message":"m"},"amount":{"amount":1,"currency":"EUR"}}""", "$.payment: A milestone payment or the final payment was expected")]
    public void Hostile_or_wrong_values_are_problems_never_exceptions_of_another_kind(string json, string problem)
    {
        Problems(json).Should().Contain(p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        Problems("""{"type":"signed","schemaVersion":1,"at":"2026-03-03T16:00:00Z","at":"2026-03-04T16:00:00Z"}""")
            .Should().Equal("$.at: appears more than once; a property may be given only once");
    }
}
