using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Scheduling;

/// <summary>A plan written and read back: lossless, and only plans the scheduler could have made are read.</summary>
public class PlanJsonTests
{
    private static readonly Plan Fresh = Scheduler.Plan(Samples.Agreement(), AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    private static Plan Read(string json) => JsonDocumentReader.Read(json, "plan", PlanJson.Read);

    private static string[] Problems(string json) =>
        Assert.Throws<ClientBoundariesJsonException>(() => Read(json)).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void A_plan_reads_back_equal()
    {
        var json = Json.Write(Fresh, PlanJson.Write);

        Read(json).Should().Be(Fresh);
    }

    [Fact]
    public void A_replanned_plan_with_finished_stages_reads_back_equal()
    {
        var plan = Stories.WholeLife().State.Plan!;
        plan.Stages.Should().Contain(s => s.FinishedOn != null, "the sample finishes stages");

        Read(Json.Write(plan, PlanJson.Write)).Should().Be(plan);
    }

    [Fact]
    public void The_plan_is_written_in_the_documented_form()
    {
        var json = Json.Write(Fresh, PlanJson.Write);

        json.Should().StartWith("""{"agreementId":"acme-website","agreementVersion":1,"start":"2026-03-02","stages":[{"key":"discovery","owner":"Provider","durationBusinessDays":2,"start":"2026-03-02","due":"2026-03-03","dueAt":"2026-03-03T17:00:00Z","baselineStart":"2026-03-02","baselineDue":"2026-03-03"},""");
        json.Should().Contain("""{"afterStage":"discovery","from":"Provider","to":"Client","date":"2026-03-03","at":"2026-03-03T17:00:00Z","nextStage":"content","handover":"A written brief and a sitemap"}""");
    }

    [Fact]
    public void A_plan_without_stages_is_refused()
    {
        Problems("""{"agreementId":"a","agreementVersion":1,"start":"2026-03-02","stages":[],"handoffs":[]}""")
            .Should().Equal("$.stages: must hold at least one stage");
    }

    [Fact]
    public void A_stage_dated_twice_or_due_before_it_starts_is_refused()
    {
        const string Stage = """{"key":"a","owner":"Provider","durationBusinessDays":1,"start":"2026-03-03","due":"2026-03-02","dueAt":"2026-03-02T17:00:00Z","baselineStart":"2026-03-02","baselineDue":"2026-03-02"}""";

        Problems($$"""{"agreementId":"a","agreementVersion":1,"start":"2026-03-02","stages":[{{Stage}},{{Stage.Replace("2026-03-03", "2026-03-02")}}],"handoffs":[]}""")
            .Should().Equal(
                "$.stages[0].due: must not be before start (2026-03-03), was 2026-03-02");
        Problems($$"""{"agreementId":"a","agreementVersion":1,"start":"2026-03-02","stages":[{{Stage.Replace("2026-03-03", "2026-03-02")}},{{Stage.Replace("2026-03-03", "2026-03-02")}}],"handoffs":[]}""")
            .Should().Equal("$.stages[1].key: names stage 'a' a second time; a plan dates each stage once");
    }

    [Fact]
    public void A_handoff_must_pass_the_ball_between_the_plan_s_stages_and_their_owners()
    {
        const string Stage = """{"key":"a","owner":"Provider","durationBusinessDays":1,"start":"2026-03-02","due":"2026-03-02","dueAt":"2026-03-02T17:00:00Z","baselineStart":"2026-03-02","baselineDue":"2026-03-02"}""";
        const string Handoffs = """
            [{"afterStage":"b","from":"Provider","to":"Client","date":"2026-03-02","at":"2026-03-02T17:00:00Z"},
             {"afterStage":"a","from":"Client","to":"Provider","date":"2026-03-02","at":"2026-03-02T17:00:00Z","nextStage":"a"},
             {"afterStage":"a","from":"Provider","to":"Provider","date":"2026-03-02","at":"2026-03-02T17:00:00Z"},
             {"afterStage":"a","from":"Provider","to":"Client","date":"2026-03-02","at":"2026-03-02T17:00:00Z","nextStage":"a"}]
            """;

        Problems($$"""{"agreementId":"a","agreementVersion":1,"start":"2026-03-02","stages":[{{Stage}}],"handoffs":{{Handoffs}}}""")
            .Should().Equal(
                "$.handoffs[0].afterStage: must be a stage of the plan, was 'b'",
                "$.handoffs[1].from: must be the owner of stage 'a' (Provider), who hands it over, was Client",
                "$.handoffs[2].to: must be the other party: the ball passes from one party to the other, was Provider to Provider",
                "$.handoffs[3].to: must be the owner of stage 'a' (Provider), who receives the ball, was Client");
    }

    [Fact]
    public void Dates_outside_the_years_the_library_dates_work_on_are_refused()
    {
        var json = Json.Write(Fresh, PlanJson.Write).Replace("\"due\":\"2026-03-03\"", "\"due\":\"9999-03-03\"");

        Problems(json).Should().Equal("$.stages[0].due: must be in years 1 to 9998, was 9999-03-03");
    }
}
