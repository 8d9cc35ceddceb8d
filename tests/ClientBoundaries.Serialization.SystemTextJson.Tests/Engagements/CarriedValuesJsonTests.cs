using System.Linq;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>
/// What events carry besides agreements (scope decisions, meetings, obligations): only values the library
/// could have made are read, since their constructors are internal and check nothing.
/// </summary>
public class CarriedValuesJsonTests
{
    private const string Request = """{"id":"training","description":"An hour of training","requestedBy":"Client","estimatedHours":1,"requestedAt":"2026-03-20T16:40:00Z","deliverable":"support"}""";

    private static string[] Problems(string eventFields, string type) =>
        Assert.Throws<ClientBoundariesJsonException>(() => EngagementEventJson.ReadEvent("{\"type\":\"" + type + "\",\"schemaVersion\":1,\"at\":\"2026-03-20T16:40:00Z\"," + eventFields + "}"))
            .Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Every_kind_of_scope_decision_of_the_sample_reads_back_equal()
    {
        var decisions = EventSamples.WholeLife.OfType<ClientBoundaries.Engagements.EngagementEvent.ChangeRequested>().Select(c => c.Decision.GetType().Name).Distinct();

        decisions.Should().BeEquivalentTo("Included", "ConsumesAllowance", "Goodwill", "OutOfScope");
    }

    [Fact]
    public void A_scope_answer_read_back_has_the_words_it_was_stored_with_in_every_language()
    {
        var stored = "{\"kind\":\"goodwill\",\"request\":" + Request + ",\"message\":\"Con mucho gusto lo haremos sin coste.\",\"hours\":1,\"hoursLeft\":2,\"announced\":false}";

        var read = (ClientBoundaries.Engagements.EngagementEvent.ChangeRequested)EngagementEventJson.ReadEvent(
            "{\"type\":\"change-requested\",\"schemaVersion\":1,\"at\":\"2026-03-20T16:40:00Z\",\"decision\":" + stored + "}");

        read.Decision.Message.Should().Be("Con mucho gusto lo haremos sin coste.");
        read.Decision.MessageIn(ClientBoundaries.Primitives.Language.English).Should().Be("Con mucho gusto lo haremos sin coste.", "only the stored words survive storage");
    }

    [Fact]
    public void An_allowance_used_must_be_the_request_s_own_estimate_on_the_request_s_deliverable()
    {
        Problems("\"decision\":{\"kind\":\"consumes-allowance\",\"request\":" + Request + ",\"message\":\"m\",\"deliverable\":\"support\",\"inHours\":true,\"used\":99999999999,\"remaining\":5}", "change-requested")
            .Should().Equal("$.decision.used: must be the request's estimatedHours (1), was 99999999999");
        Problems("\"decision\":{\"kind\":\"included\",\"request\":" + Request + ",\"message\":\"m\",\"deliverable\":\"pages\",\"clause\":\"c\"}", "change-requested")
            .Should().Equal("$.decision.deliverable: must be the request's deliverable (support), was 'pages'");
        Problems("\"decision\":{\"kind\":\"goodwill\",\"request\":" + Request + ",\"message\":\"m\",\"hours\":3,\"hoursLeft\":-1,\"announced\":true}", "change-requested")
            .Should().Equal("$.decision.hoursLeft: must be from 0 to 10000, was -1");
        Problems("\"decision\":{\"kind\":\"refused\",\"request\":" + Request + ",\"message\":\"m\"}", "change-requested")
            .Should().Equal("$.decision.kind: must be one of included, consumes-allowance, goodwill, out-of-scope, was \"refused\"");
    }

    [Fact]
    public void A_draft_change_order_s_price_is_checked_as_the_library_checks_it()
    {
        Problems("\"decision\":{\"kind\":\"out-of-scope\",\"request\":" + Request + ",\"message\":\"m\",\"reason\":\"NoGoodwill\",\"changeOrder\":{\"price\":{\"amount\":-5,\"currency\":\"EUR\"},\"scheduleImpactBusinessDays\":0,\"addedUnits\":0,\"addedRevisionRounds\":0}}", "change-requested")
            .Should().ContainSingle().Which.Should().StartWith("$.decision.changeOrder.price: A change order's price must be between 0 and");
    }

    [Fact]
    public void A_held_meeting_s_covered_items_and_follow_ups_must_split_its_agenda()
    {
        const string Meeting = """{"start":"2026-03-02T09:00:00Z","length":"PT45M","agenda":["Goals","Sitemap"],"anotherAppointmentFollows":false,"wrapUpCueAt":"2026-03-02T09:35:00Z"}""";

        Problems("\"meetingId\":\"m\",\"held\":{\"meeting\":" + Meeting + ",\"startedAt\":\"2026-03-02T09:00:00Z\",\"endedAt\":\"2026-03-02T09:40:00Z\",\"covered\":[\"Sitemap\"],\"followUps\":[\"Budget\"],\"recapDueAt\":\"2026-03-03T17:00:00Z\"}", "meeting-held")
            .Should().Equal("$.held: covered and followUps must together be the meeting's agenda, each item in one of them, in the agenda's order");
        Problems("\"meetingId\":\"m\",\"held\":{\"meeting\":" + Meeting + ",\"startedAt\":\"2026-03-02T09:00:00Z\",\"endedAt\":\"2026-03-02T09:00:00Z\",\"covered\":[],\"followUps\":[\"Goals\",\"Sitemap\"],\"recapDueAt\":\"2026-03-03T17:00:00Z\"}", "meeting-held")
            .Should().Equal("$.held.endedAt: must be after startedAt (2026-03-02T09:00:00Z), was 2026-03-02T09:00:00Z");
    }

    [Fact]
    public void A_meeting_s_wrap_up_cue_must_come_during_the_meeting()
    {
        Problems("\"meetingId\":\"m\",\"meeting\":{\"start\":\"2026-03-02T09:00:00Z\",\"length\":\"PT45M\",\"agenda\":[\" \"],\"anotherAppointmentFollows\":false,\"wrapUpCueAt\":\"2026-03-02T10:00:00Z\"}", "meeting-booked")
            .Should().ContainSingle().Which.Should().StartWith("$.meeting.agenda: ");
        Problems("\"meetingId\":\"m\",\"meeting\":{\"start\":\"2026-03-02T09:00:00Z\",\"length\":\"PT45M\",\"agenda\":[\"Goals\"],\"anotherAppointmentFollows\":false,\"wrapUpCueAt\":\"2026-03-02T10:00:00Z\"}", "meeting-booked")
            .Should().Equal("$.meeting.wrapUpCueAt: The wrap-up cue must come during the meeting (2026-03-02T09:00:00Z to 2026-03-02T09:45:00Z), was 2026-03-02T10:00:00Z.");
    }

    [Fact]
    public void An_obligation_names_a_stage_or_a_message_exactly_when_its_kind_needs_one()
    {
        Problems("\"payment\":{\"kind\":\"MilestonePayment\"},\"amount\":{\"amount\":1,\"currency\":\"EUR\"}", "payment-received")
            .Should().Equal("$.payment.stage: is required for a MilestonePayment obligation");
        Problems("\"payment\":{\"kind\":\"Invoice\"},\"amount\":{\"amount\":1,\"currency\":\"EUR\"}", "payment-received")
            .Should().Equal("$.payment.kind: must be one of Stage, Deposit, MilestonePayment, FinalPayment, Reply, Acceptance, was \"Invoice\"");
    }

    [Fact]
    public void A_ledger_entry_names_what_its_kind_needs_and_nothing_else()
    {
        const string Amount = ",\"amount\":{\"amount\":1,\"currency\":\"EUR\"}";
        Problems("\"entry\":{\"kind\":\"ChangeOrder\"}" + Amount, "owed-paid")
            .Should().Equal("$.entry.changeOrder: is required for an entry of kind ChangeOrder");
        Problems("\"entry\":{\"kind\":\"Overpayment\",\"obligation\":{\"kind\":\"Deposit\"},\"round\":0}" + Amount, "owed-paid")
            .Should().Equal("$.entry.round: must not be given for an entry of kind Overpayment");
        Problems("\"entry\":{\"kind\":\"MilestonePayment\",\"obligation\":{\"kind\":\"Deposit\"}}" + Amount, "owed-paid")
            .Should().Equal("$.entry: is a Deposit entry by its obligation, not a MilestonePayment");
        Problems("\"entry\":{\"kind\":\"Refund\",\"changeOrder\":\"x\"}" + Amount, "owed-paid")
            .Should().ContainSingle().Which.Should().StartWith("$.entry.kind: must be one of Deposit, MilestonePayment, FinalPayment, ChangeOrder, RestartFee, LateFee, Credit, Overpayment");
        Problems("\"credit\":{\"kind\":\"Overpayment\",\"obligation\":{\"kind\":\"Stage\",\"stage\":\"design\"}},\"against\":{\"kind\":\"FinalPayment\",\"obligation\":{\"kind\":\"FinalPayment\"}}" + Amount, "credit-settled")
            .Should().Equal("$.credit: A payment was expected, but the obligation is a Stage.");
        Problems("\"entry\":{\"kind\":\"ChangeOrder\",\"changeOrder\":\"x\"},\"amount\":{\"amount\":0,\"currency\":\"EUR\"}", "owed-paid")
            .Should().ContainSingle().Which.Should().StartWith("$.amount: ");
    }
}
