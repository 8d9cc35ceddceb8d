using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Agreements;

public class AgreementBuilderTests
{
    [Fact]
    public void A_complete_description_builds_version_one_with_everything_in_order()
    {
        var agreement = TestSupport.Agreements.WebsiteInMadrid();

        agreement.Version.Should().Be(1);
        agreement.Title.Should().Be("Website redesign for Acme Bakery");
        agreement.Provider.Name.Should().Be("Pixel & Pine Studio");
        agreement.Client.Role.Should().Be(PartyRole.Client);
        agreement.Stages.Select(s => s.Key.Value).Should().Equal("discovery", "content", "design", "feedback", "build");
        agreement.Stages[0].TasksOf(PartyRole.Client).Should().Equal("Bring the logo and three sites you like");
        agreement.Stages[1].Owner.Should().Be(PartyRole.Client);
        agreement.Stages[1].Handover.Should().Be("Final copy for every page");
        agreement.FindStage(new StageKey("design"))!.DurationBusinessDays.Should().Be(5);
        agreement.FindStage(new StageKey("nope")).Should().BeNull();
        agreement.IndexOfStage(new StageKey("feedback")).Should().Be(3);
        agreement.CalendarOf(PartyRole.Provider).Should().Be(TestSupport.Calendars.Madrid());
    }

    [Fact]
    public void Everything_missing_is_reported_at_once()
    {
        var builder = new AgreementBuilder(new AgreementId("empty"), "Nothing yet")
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment());

        var violations = builder.Validate();
        var build = () => builder.Build();

        violations.Select(v => v.Code).Should().Equal(
            "agreement.provider.missing",
            "agreement.client.missing",
            "agreement.stages.none",
            "agreement.milestone.unknown-stage");
        violations[3].Message.Should().Contain("'design'");
        violations[3].Subject.Should().Be("design");
        build.Should().Throw<InvalidAgreementException>()
            .Which.Violations.Should().Equal(violations);
    }

    [Fact]
    public void A_milestone_tied_to_an_unknown_stage_is_a_violation()
    {
        var builder = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Jakarta())
            .WithPaymentTerms(new PaymentTerms(
                new Money(6000m, "EUR"),
                Charge.PercentOfTotal(30m),
                new[] { new MilestonePayment(new StageKey("launch"), Charge.FixedPayment(new Money(1000m, "EUR"))) }));

        builder.Validate().Should().ContainSingle().Which.Code.Should().Be("agreement.milestone.unknown-stage");
    }

    [Fact]
    public void A_stage_key_used_twice_fails_where_it_is_added()
    {
        var builder = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid());

        var add = () => builder.AddStage("design", "Second design", PartyRole.Provider, 3);

        add.Should().Throw<ArgumentException>().WithMessage("*'design'*\"Design draft\"*").Which.ParamName.Should().Be("stage");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Stage.MaxDurationBusinessDays + 1)]
    public void A_duration_outside_one_day_to_the_maximum_is_refused(int days)
    {
        var add = () => new AgreementBuilder(new AgreementId("a"), "A").AddStage("s", "Stage", PartyRole.Provider, days);

        add.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*was {days}*").Which.ParamName.Should().Be("durationBusinessDays");
    }

    [Fact]
    public void Blank_names_and_tasks_are_refused_by_argument_name()
    {
        var builder = new AgreementBuilder(new AgreementId("a"), "A");

        var title = () => new AgreementBuilder(new AgreementId("a"), " ");
        var stageName = () => builder.AddStage("s", "", PartyRole.Provider, 1);
        var task = () => builder.AddStage("s", "Stage", PartyRole.Provider, 1, s => s.ClientDoes("  "));
        var party = () => builder.WithClient("\t", TestSupport.Calendars.Madrid());
        var key = () => builder.AddStage("not a key", "Stage", PartyRole.Provider, 1);

        title.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("title");
        stageName.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        task.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("task");
        party.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        key.Should().Throw<ArgumentException>().WithMessage("*'not a key'*").Which.ParamName.Should().Be("key");
    }

    [Fact]
    public void Agreements_built_from_the_same_description_are_equal()
    {
        var other = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build();
        var differentStage = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .AddStage("care", "Aftercare", PartyRole.Provider, 5)
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .Build();
        var differentClientCalendar = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Jakarta())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .Build();

        EqualityContract.Holds(
            TestSupport.Agreements.WebsiteInMadrid(),
            TestSupport.Agreements.WebsiteInMadrid(),
            other,
            differentStage,
            differentClientCalendar);
    }

    [Fact]
    public void Stages_made_directly_can_be_added()
    {
        var stage = new Stage(
            new StageKey("audit"),
            "Accessibility audit",
            PartyRole.Provider,
            4,
            new[] { new Responsibility(PartyRole.Provider, "Test every page with a screen reader") },
            "An audit report");

        var agreement = new AgreementBuilder(new AgreementId("audit-2026"), "Audit")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage(stage)
            .Build();

        agreement.Stages.Should().Equal(stage);
        agreement.PaymentTerms.Should().BeNull();
        agreement.ToString().Should().Be("audit-2026 v1: Audit");
    }

    [Fact]
    public void A_stage_can_be_added_with_a_key_the_caller_already_holds()
    {
        var feedback = new StageKey("feedback");

        var agreement = new AgreementBuilder(new AgreementId("keys"), "Keys")
            .WithProvider("P", TestSupport.Calendars.Madrid())
            .WithClient("C", TestSupport.Calendars.Madrid())
            .AddStage(feedback, "Feedback", PartyRole.Client, 3, s => s.ClientDoes("Send one list of changes"))
            .Build();

        agreement.FindStage(feedback)!.TasksOf(PartyRole.Client).Should().Equal("Send one list of changes");
    }

    [Fact]
    public void A_client_only_stage_has_no_provider_tasks()
    {
        var stage = TestSupport.Agreements.WebsiteInMadrid().Stages[1];

        stage.TasksOf(PartyRole.Provider).Should().BeEmpty();
        stage.TasksOf(PartyRole.Client).Should().Equal("Send all page copy and photos");
    }

    [Fact]
    public void Restart_lead_times_are_kept_per_party_and_range_checked()
    {
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .WithRestartLeadTime(PartyRole.Client, 2)
            .Build();
        var tooLong = () => new AgreementBuilder(new AgreementId("a"), "A").WithRestartLeadTime(PartyRole.Provider, 261);

        agreement.RestartLeadTimeOf(PartyRole.Provider).Should().Be(5);
        agreement.RestartLeadTimeOf(PartyRole.Client).Should().Be(2);
        tooLong.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("businessDays");
    }

    [Fact]
    public void Hour_budgets_add_up_and_must_not_be_negative()
    {
        var agreement = TestSupport.Agreements.WebsiteInMadrid();
        var negative = () => new AgreementBuilder(new AgreementId("a"), "A")
            .AddStage("s", "Stage", PartyRole.Provider, 1, s => s.BudgetsHours(-1m));

        agreement.FindStage(new StageKey("design"))!.BudgetedHours.Should().Be(20m);
        agreement.TotalBudgetedHours.Should().Be(20m);
        negative.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("hours");
    }

    [Fact]
    public void A_stage_of_zero_days_is_refused_naming_the_stage_and_saying_the_value_once()
    {
        var builder = new AgreementBuilder(new AgreementId("acme"), "Acme")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid());

        var add = () => builder.AddStage("content", "Client sends content", PartyRole.Client, 0);

        var error = add.Should().Throw<ArgumentOutOfRangeException>().Which;
        error.ParamName.Should().Be("durationBusinessDays");
        error.Message.Should().Be("Stage 'content': must be between 1 and 2600 inclusive, was 0. (Parameter 'durationBusinessDays')");
    }

    [Fact]
    public void A_stage_too_long_or_with_a_negative_budget_or_price_is_refused_naming_the_stage()
    {
        var tooLong = () => new Stage(new StageKey("build"), "Build", PartyRole.Provider, 2601);
        var budget = () => new Stage(new StageKey("build"), "Build", PartyRole.Provider, 5, budgetedHours: -1m);
        var price = () => StageBuilder_Priced();

        tooLong.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Stage 'build': must be between 1 and 2600 inclusive, was 2601.");
        budget.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Stage 'build': budgeted hours must be between 0 and 100000, was -1.");
        price.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Stage 'design': the price must not be negative, was -1 EUR.");
    }

    private static Agreement StageBuilder_Priced() =>
        new AgreementBuilder(new AgreementId("acme"), "Acme")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design", PartyRole.Provider, 5, s => s.Priced(new Money(-1m, "EUR")))
            .Build();
}
