using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Samples;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>Assessments of real engagements, written and read back through both entry points: equal, and hostile documents refused with their paths.</summary>
public class AssessmentJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForClientBoundaries();
    private static readonly string[] KickOffAgenda = { "Goals", "Sitemap" };
    private static readonly string[] KickOffCovered = { "Goals" };
    private static readonly string[] LateKinds = { "Escalation", "Pause" };
    private static readonly string[] LateCommunication = { "RecapOwed", "CheckInMissed", "FollowThroughDue" };
    private static readonly string[] LifeCommunication = { "RecapOwed", "CheckInMissed", "FeedbackDue" };
    private static readonly string[] LifePhases = { "New", "Active", "Paused", "Completed" };
    private static readonly string[] LifeTimeliness = { "Overdue", "DoneLate", "Done", "NotStarted" };

    /// <summary>The client sits on the content: reminders, an escalation, a pause due; check-ins missed; a message unanswered.</summary>
    private static EngagementDriver LateContent() =>
        Stories.Scheduled()
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new RecordMessage(new MessageId("msg-1"), PartyRole.Client, Channel.Email, Madrid("2026-03-02T09:30")))
            .Do(new BookMeeting(new MeetingId("kick-off"), Madrid("2026-03-02T10:00"), KickOffAgenda, null, anotherAppointmentFollows: false, Madrid("2026-03-02T09:40")))
            .Do(new RecordMeetingHeld(new MeetingId("kick-off"), Madrid("2026-03-02T10:00"), Madrid("2026-03-02T10:40"), KickOffCovered, Madrid("2026-03-02T10:45")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")))
            .Do(new RecordIncident(new IncidentId("slow-reply"), "We answered late", "A day lost", "Faster replies", D("2026-03-10"), Madrid("2026-03-04T11:00")));

    private static Assessment RoundTripped(Assessment assessment)
    {
        var viaContext = JsonSerializer.Serialize(assessment, ClientBoundariesJsonContext.Default.Assessment);
        JsonSerializer.Serialize(assessment, Options).Should().Be(viaContext);
        JsonSerializer.Deserialize<Assessment>(viaContext, Options).Should().Be(assessment);
        return JsonSerializer.Deserialize(viaContext, ClientBoundariesJsonContext.Default.Assessment)!;
    }

    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.Assessment))
            .Problems.Select(p => p.ToString()).ToArray();

    private static JsonObject Document(Assessment assessment) =>
        JsonNode.Parse(JsonSerializer.Serialize(assessment, ClientBoundariesJsonContext.Default.Assessment))!.AsObject();

    [Fact]
    public void A_deemed_acceptance_due_reads_back_equal_and_an_assessment_without_one_leaves_it_out()
    {
        var agreement = Website().WithAcceptanceWindows(ClientBoundaries.Agreements.AcceptanceWindows.Of(1, ClientBoundaries.Agreements.WindowClosingPolicy.DeemsAccepted)).Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(new Money(1500m, "EUR"), Madrid("2026-02-20T10:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")))
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var assessment = Assessor.Assess(engagement.State, Madrid("2026-03-09T10:00"));

        assessment.DeemedAcceptances.Should().ContainSingle().Which.Reason.Should().Be(DeemedAcceptanceReason.WindowClosed);
        RoundTripped(assessment).Should().Be(assessment);
        Document(assessment)["deemedAcceptances"]![0]!["reason"]!.GetValue<string>().Should().Be("WindowClosed");
        Document(Assessor.Assess(engagement.State, Madrid("2026-03-03T18:00"))).ContainsKey("deemedAcceptances").Should().BeFalse();
    }

    [Fact]
    public void A_late_client_s_assessment_with_reminders_consequences_and_communication_due_reads_back_equal()
    {
        var assessment = Assessor.Assess(LateContent().State, Madrid("2026-03-25T10:00"));

        assessment.Reminders.Should().NotBeEmpty();
        assessment.Consequences.Select(c => c.Kind.Name).Should().Contain(LateKinds);
        assessment.Communication.Select(c => c.GetType().Name).Should().Contain(LateCommunication);
        assessment.Communication.Should().Contain(c => c.IsOverdue);
        assessment.Obligations.Should().Contain(o => o.Timeliness == Timeliness.Overdue && o.BusinessDaysLate > 0);
        assessment.Obligations.Should().Contain(o => o.Obligation.Kind == ObligationKind.Reply);
        RoundTripped(assessment).Should().Be(assessment);
    }

    [Fact]
    public void Assessments_at_every_moment_of_a_whole_life_read_back_equal()
    {
        // Every event's instant and a day later, through a life with pauses, caps, credits, feedback and completion.
        var events = Stories.WholeLife().Events;
        var state = EngagementState.Initial;
        var seen = new List<Assessment> { RoundTripped(Assessor.Assess(state, Madrid("2026-02-01T10:00"))) };
        foreach (var @event in events)
        {
            state = EngagementDecider.Evolve(state, @event);
            seen.Add(RoundTripped(Assessor.Assess(state, @event.At)));
            seen.Add(RoundTripped(Assessor.Assess(state, @event.At + Duration.FromDays(1))));
        }

        seen.Select(a => a.Phase.Name).Distinct().Should().Contain(LifePhases);
        seen.SelectMany(a => a.Communication).Select(c => c.GetType().Name).Distinct().Should().Contain(LifeCommunication);
        var due = seen.SelectMany(a => a.Consequences).ToList();
        due.Should().Contain(c => c.Amount != null).And.Contain(c => c.EscalateTo != null);
        seen.SelectMany(a => a.Obligations).Select(o => o.Timeliness.Name).Distinct().Should().Contain(LifeTimeliness);
    }

    [Fact]
    public void A_paused_a_completed_a_terminated_and_a_new_engagement_s_assessments_read_back_equal()
    {
        var paused = LateContent().EveryMorning(D("2026-03-05"), D("2026-03-19"));
        paused.State.Phase.Should().Be(EngagementPhase.Paused);
        var assessments = new[]
        {
            Assessor.Assess(paused.State, Madrid("2026-03-19T18:00")),
            Assessor.Assess(Stories.WholeLife().State, Madrid("2026-05-04T10:00")),
            Assessor.Assess(Stories.Terminated().State, Madrid("2026-03-02T10:00")),
            Assessor.Assess(EngagementState.Initial, Madrid("2026-03-02T10:00")),
        };

        assessments[0].Ball!.Expectation.Should().StartWith("Resume the work");
        assessments[1].Phase.Should().Be(EngagementPhase.Completed);
        assessments[3].AgreementId.Should().BeNull();
        foreach (var assessment in assessments)
        {
            RoundTripped(assessment).Should().Be(assessment);
        }
    }

    [Fact]
    public void The_shape_names_every_field_and_leaves_out_what_is_derived()
    {
        var json = Document(Assessor.Assess(LateContent().State, Madrid("2026-03-25T10:00")));

        json.Select(p => p.Key).Should().Equal("at", "agreementId", "phase", "ball", "obligations", "reminders", "consequences", "communication");
        json["ball"]!.AsObject().Select(p => p.Key).Should().Equal("party", "since", "stage", "expectation", "dueBy", "dueAt");
        json["communication"]!.AsArray().Select(c => (string)c!["kind"]!).Should().Contain("recap-owed");
        json.ToJsonString().Should().NotContain("isOverdue").And.NotContain("level").And.NotContain("hasAnythingDue");
    }

    [Fact]
    public void Unknown_properties_wrong_kinds_and_unknown_names_are_problems_with_their_paths()
    {
        var json = Document(Assessor.Assess(LateContent().State, Madrid("2026-03-25T10:00")));
        json["extra"] = 1;
        json["phase"] = 5;
        json["obligations"]![0]!["timeliness"] = "Late";
        json["reminders"]![0]!["round"] = "zero";
        json["consequences"]![0]!["channel"] = "Fax";
        json["communication"]![0]!["kind"] = "lunch-owed";

        Problems(json.ToJsonString()).Should().BeEquivalentTo(
            "$.phase: must be a string, was the number 5",
            "$.obligations[0].timeliness: must be one of NotStarted, OnTrack, DueSoon, Overdue, OnHold, Done, DoneLate, was \"Late\"",
            "$.reminders[0].round: must be a whole number, was the string \"zero\"",
            "$.consequences[0].channel: must be one of Email, Phone, VideoCall, Chat, InPerson, Portal, was \"Fax\"",
            "$.communication[0].kind: must be one of recap-owed, check-in-missed, feedback-due, follow-through-due, was \"lunch-owed\"",
            "$.extra: is not a known property here (known: agreementId, at, ball, communication, consequences, deemedAcceptances, obligations, phase, reminders)");
    }

    [Fact]
    public void Only_what_the_assessor_could_have_made_is_read()
    {
        var json = Document(Assessor.Assess(LateContent().State, Madrid("2026-03-25T10:00")));
        var reminder = json["reminders"]![0]!.DeepClone();
        var escalation = json["consequences"]!.AsArray().First(c => (string)c!["rule"]!["kind"]! == "Escalation")!;
        json["consequences"]!.AsArray().Add(reminder);
        escalation["amount"] = JsonNode.Parse("""{"amount":10,"currency":"EUR"}""");
        json["obligations"]![0]!["businessDaysLate"] = 2;
        json["ball"]!.AsObject().Remove("dueAt");
        var consequences = json["consequences"]!.AsArray();
        var escalationIndex = consequences.IndexOf(escalation);

        Problems(json.ToJsonString()).Should().BeEquivalentTo(
            "$.ball.dueAt: is required with dueBy",
            $"$.obligations[0].businessDaysLate: must be 0 for a standing that is {json["obligations"]![0]!["timeliness"]} (only Overdue and DoneLate are late), was 2",
            $"$.consequences[{escalationIndex}].amount: is only for a RestartFee, a LateFee or a Credit, not a Escalation",
            $"$.consequences[{consequences.Count - 1}].rule: must not be a {reminder["rule"]!["kind"]} in consequences: reminders are listed in reminders");
    }
}
