using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Samples;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Scope;

/// <summary>Change orders as they stand in an engagement, in every status: written and read back equal; impossible ones refused.</summary>
public class ChangeOrderJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForClientBoundaries();

    /// <summary>After this, the expired one's proposal has run out.</summary>
    private static readonly Instant Later = Madrid("2026-04-20T10:00");

    private static ChangeRequest Request(string id, string description, decimal hours, string at, DeliverableKey? deliverable = null, int units = 0) =>
        new(new ChangeRequestId(id), description, PartyRole.Client, hours, Madrid(at), deliverable, units);

    /// <summary>One change order in each recorded status, and one whose proposal expires by <see cref="Later"/>; the sample's whole life adds accepted, declined and absorbed ones.</summary>
    private static List<ChangeOrder> EveryStatus()
    {
        var e = Stories.Scheduled()
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new RequestChange(Request("draft", "Add a booking form", 8m, "2026-03-02T10:10")))
            .Do(new RequestChange(Request("proposed", "Add a gallery", 6m, "2026-03-02T10:20")))
            .Do(new RequestChange(Request("expiring", "Add a blog", 12m, "2026-03-02T10:30")))
            .Do(new ProposeChangeOrder(new ChangeRequestId("expiring"), Madrid("2026-03-02T10:40")))
            .Do(new RequestChange(Request("proceeding", "Add a newsletter signup", 4m, "2026-03-02T10:50")))
            .Do(new ProceedWhilePriced(new ChangeRequestId("proceeding"), Madrid("2026-03-02T11:00")))
            .Do(new RequestChange(Request("proposed-then-proceeding", "Add a map", 5m, "2026-03-02T11:10")))
            .Do(new ProposeChangeOrder(new ChangeRequestId("proposed-then-proceeding"), Madrid("2026-03-02T11:20")))
            .Do(new ProceedWhilePriced(new ChangeRequestId("proposed-then-proceeding"), Madrid("2026-03-02T11:30")))
            .Do(new RequestChange(Request("declined-unproposed", "Add a forum", 30m, "2026-03-02T11:40", Pages, 6)))
            .Do(new DeclineChangeOrder(new ChangeRequestId("declined-unproposed"), Madrid("2026-03-02T11:50")))
            .Do(new ProposeChangeOrder(new ChangeRequestId("proposed"), Madrid("2026-04-10T10:00"), new Money(999.99m, "EUR"), 3));
        return e.State.Scope.ChangeOrders.Concat(Stories.WholeLife().State.Scope.ChangeOrders).ToList();
    }

    private static ChangeOrder RoundTripped(ChangeOrder order)
    {
        var viaContext = JsonSerializer.Serialize(order, ClientBoundariesJsonContext.Default.ChangeOrder);
        JsonSerializer.Serialize(order, Options).Should().Be(viaContext);
        JsonSerializer.Deserialize<ChangeOrder>(viaContext, Options).Should().Be(order);
        return JsonSerializer.Deserialize(viaContext, ClientBoundariesJsonContext.Default.ChangeOrder)!;
    }

    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.ChangeOrder))
            .Problems.Select(p => p.ToString()).ToArray();

    private static JsonObject Document(string id) =>
        JsonNode.Parse(JsonSerializer.Serialize(EveryStatus().First(o => o.Id.Value == id), ClientBoundariesJsonContext.Default.ChangeOrder))!.AsObject();

    [Fact]
    public void Change_orders_in_every_status_read_back_equal_and_an_expired_one_still_expires()
    {
        var orders = EveryStatus();

        orders.Select(o => o.StatusAt(Later).Name).Distinct().Should().BeEquivalentTo(ChangeOrderStatus.List.Select(s => s.Name));
        foreach (var order in orders)
        {
            var back = RoundTripped(order);
            back.Should().Be(order);
            back.StatusAt(Later).Should().Be(order.StatusAt(Later));
        }

        JsonSerializer.Deserialize(JsonSerializer.Serialize(orders, ClientBoundariesJsonContext.Default.IReadOnlyListChangeOrder), ClientBoundariesJsonContext.Default.IReadOnlyListChangeOrder)
            .Should().Equal(orders);
    }

    [Fact]
    public void An_accepted_change_order_is_written_with_its_whole_life()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Stories.WholeLife().State.Scope.FindChangeOrder(new ChangeRequestId("booking"))!, ClientBoundariesJsonContext.Default.ChangeOrder))!.AsObject();

        json.Select(p => p.Key).Should().Equal(
            "id", "description", "estimatedHours", "price", "scheduleImpactBusinessDays", "addedUnits", "addedRevisionRounds",
            "status", "draftedAt", "proposedAt", "expiresAt", "closedAt", "amendedVersion");
        ((string)json["status"]!).Should().Be("Accepted");
    }

    [Fact]
    public void Unknown_properties_wrong_kinds_and_unknown_statuses_are_problems_with_their_paths()
    {
        var json = Document("proposed");
        json["extra"] = true;
        json["status"] = "Pending";
        json["price"]!["amount"] = "a lot";
        json["addedUnits"] = -1;

        Problems(json.ToJsonString()).Should().BeEquivalentTo(
            "$.price.amount: must be a decimal number within ±79228162514264337593543950335, was the string \"a lot\"",
            "$.addedUnits: must be from 0 to 100000, was -1",
            "$.status: must be one of Draft, Proposed, ProceedingWhilePriced, Accepted, Declined, Expired, NoCharge, was \"Pending\"",
            "$.extra: is not a known property here (known: addedRevisionRounds, addedUnits, amendedVersion, closedAt, declineReason, deliverable, description, draftedAt, estimatedHours, expiresAt, id, price, proposedAt, scheduleImpactBusinessDays, status)");
    }

    [Fact]
    public void Only_a_change_order_an_engagement_could_have_recorded_is_read()
    {
        var expired = Document("proposed");
        expired["status"] = "Expired";
        Problems(expired.ToJsonString()).Should().Equal("$.status: must be the status recorded, never Expired: write Proposed, and the proposal expires at its expiresAt");

        var accepted = Document("booking");
        accepted.Remove("closedAt");
        accepted["declineReason"] = "No";
        accepted.Remove("expiresAt");
        Problems(accepted.ToJsonString()).Should().Equal(
            "$.closedAt: is required for a change order that is Accepted",
            "$.declineReason: must not be given for a change order that is Accepted");

        var proposed = Document("proposed");
        proposed.Remove("expiresAt");
        Problems(proposed.ToJsonString()).Should().Equal("$.expiresAt: is required with proposedAt");

        var draft = Document("draft");
        draft["amendedVersion"] = 2;
        draft["price"]!["amount"] = -1;
        draft["description"] = " ";
        Problems(draft.ToJsonString()).Should().Equal("$.amendedVersion: must not be given for a change order that is Draft");
        draft.Remove("amendedVersion");
        Problems(draft.ToJsonString()).Should().ContainSingle().Which.Should().StartWith("$.description: ");
        draft["description"] = "A booking form";
        Problems(draft.ToJsonString()).Should().ContainSingle().Which.Should().StartWith("$.price: A change order's price must be between 0 and");
    }

    [Fact]
    public void A_scope_decision_has_its_own_converter_and_a_property_typed_as_one_kind_refuses_another()
    {
        var decisions = EventSamples.WholeLife.OfType<EngagementEvent.ChangeRequested>().Select(c => c.Decision).ToList();
        foreach (var decision in decisions)
        {
            var json = JsonSerializer.Serialize(decision, ClientBoundariesJsonContext.Default.ScopeDecision);
            JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.ScopeDecision).Should().Be(decision);
            JsonSerializer.Deserialize<ScopeDecision>(json, Options).Should().Be(decision);
        }

        var included = JsonSerializer.Serialize(decisions.OfType<ScopeDecision.Included>().First(), Options);
        Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize<ScopeDecision.OutOfScope>(included, Options))
            .Problems.Select(p => p.ToString()).Should().Equal("$.kind: must be a OutOfScope decision here, was \"included\"");
    }
}
