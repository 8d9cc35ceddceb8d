using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Documents;

public class OnePagerTests
{
    private static readonly Agreement Agreement = Stories.HowWeWorkTogether().Build();

    private static readonly Plan Plan = Scheduler.Plan(Agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    public static TheoryData<string> Languages() => new() { "English", "Spanish", "Indonesian", "Malay" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void One_pager_before_scheduling_matches_its_approved_version(string language)
    {
        var document = OnePager.Write(Agreement, null, Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(document, $"one-pager.before-plan.{Language.FromName(language).Code}.md");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void One_pager_after_scheduling_matches_its_approved_version(string language)
    {
        var document = OnePager.Write(Agreement, Plan, Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(document, $"one-pager.with-plan.{Language.FromName(language).Code}.md");
    }

    [Fact]
    public void One_pager_in_plain_text_matches_its_approved_version()
    {
        Golden.Matches(OnePager.Write(Agreement, Plan, Language.English, DocumentFormat.PlainText), "one-pager.with-plan.en.txt");
    }

    [Fact]
    public void A_plan_of_another_agreement_is_refused_naming_both()
    {
        var other = new AgreementBuilder(new AgreementId("other-site"), "Another site")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Someone else", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .Build();
        var plan = Scheduler.Plan(other, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        FluentActions.Invoking(() => OnePager.Write(Agreement, plan, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentException>().WithParameterName("plan")
            .WithMessage("The plan dates other-site version 1, not acme-website version 1: write each agreement with its own plan.*");
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        FluentActions.Invoking(() => OnePager.Write(null!, null, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentNullException>().WithParameterName("agreement");
        FluentActions.Invoking(() => OnePager.Write(Agreement, null, null!, DocumentFormat.Markdown))
            .Should().Throw<ArgumentNullException>().WithParameterName("language");
        FluentActions.Invoking(() => OnePager.Write(Agreement, null, Language.English, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("format");
    }
}
