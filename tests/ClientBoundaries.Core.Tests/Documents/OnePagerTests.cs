using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Documents;

public class OnePagerTests
{
    private static readonly Agreement Agreement = Stories.HowWeWorkTogether().Build();

    private static readonly Plan Plan = Scheduler.Plan(Agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    // What the hostile names show once rendered: every character as written.
    private static readonly string[] HostileTextsShown =
    {
        "How we work together: 1) Website `redesign` ~~v2~~",
        "1. # Discovery",
        "Responsible: 1. Pixel & Pine",
        "1. Pixel & Pine: * Run the call",
        "- Acme <b>Bakery</b>: === Bring &copy; logos",
        "Hands over: ---",
        "> Content | notes",
        "~~Pages~~: as described",
        "Included: + Copy edits",
        "Escalations to: [Owner](https://example.com) $5",
    };

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

    [Fact]
    public void One_pager_in_Markdown_keeps_hostile_names_as_text_with_the_same_structure_as_plain_names()
    {
        var plain = Named(new Names("Website", "Studio", "Bakery", "Discovery", "Content", "Run the call", "Bring the logo", "A brief", "Pages", "Copy edits", "Owner"));
        var hostile = Named(new Names(
            "1) Website `redesign` ~~v2~~",
            "1. Pixel & Pine",
            "- Acme <b>Bakery</b>",
            "# Discovery",
            "> Content | notes",
            "* Run the call",
            "=== Bring &copy; logos",
            "---",
            "~~Pages~~",
            "+ Copy edits",
            "[Owner](https://example.com) $5"));

        var plainDocument = OnePager.Write(plain, null, Language.English, DocumentFormat.Markdown);
        var hostileDocument = OnePager.Write(hostile, null, Language.English, DocumentFormat.Markdown);

        MarkdownReader.Shape(hostileDocument).Should().Equal(MarkdownReader.Shape(plainDocument), "a name is text, whatever it looks like");
        MarkdownReader.Texts(hostileDocument).Should().Contain(HostileTextsShown);
    }

    [Theory]
    [InlineData("English", "The first business day after the due date is grace: until it is over, only reminders come.", "due within 1 day of signing", "Every hour of extra work moves the later dates by one business day.", "A check-in with an agenda every business day.")]
    [InlineData("Spanish", "El primer día hábil tras la fecha límite es de margen: mientras dura, solo hay recordatorios.", "a pagar en un plazo de 1 día desde la firma", "Cada hora de trabajo adicional retrasa un día hábil las fechas siguientes.", "Una reunión de seguimiento con orden del día cada día hábil.")]
    [InlineData("Indonesian", "Hari kerja pertama setelah tenggat adalah masa tenggang: selama itu hanya ada pengingat.", "jatuh tempo 1 hari setelah penandatanganan", "Setiap jam pekerjaan tambahan menggeser tanggal berikutnya satu hari kerja.", "Rapat rutin dengan agenda setiap hari kerja.")]
    [InlineData("Malay", "Hari bekerja pertama selepas tarikh akhir ialah tempoh tangguh: sepanjang tempoh itu, hanya peringatan dihantar.", "perlu dibayar dalam tempoh 1 hari selepas perjanjian ditandatangani", "Setiap jam kerja tambahan menganjakkan tarikh seterusnya sebanyak satu hari bekerja.", "Mesyuarat berkala dengan agenda setiap hari bekerja.")]
    public void One_pager_reads_naturally_when_a_count_is_one(string language, string grace, string deposit, string scheduleImpact, string checkIns)
    {
        var agreement = new AgreementBuilder(new AgreementId("ones"), "Ones")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .WithPaymentTerms(new PaymentTerms(new Money(1000m, "EUR"), Charge.PercentOfTotal(50m), depositDueDays: 1))
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(new ConsequenceLadder(1, new[] { ConsequenceRule.Reminder(2) })))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14, hoursPerBusinessDay: 1m))
            .WithCheckIns(CheckInCadence.Every(1))
            .Build();

        var document = OnePager.Write(agreement, null, Language.FromName(language), DocumentFormat.PlainText);

        document.Should().Contain(grace).And.Contain(deposit).And.Contain(scheduleImpact).And.Contain(checkIns);
    }

    private static Agreement Named(Names names) =>
        new AgreementBuilder(new AgreementId("named"), names.Title)
            .WithProvider(names.Provider, TestSupport.Calendars.Madrid())
            .WithClient(names.Client, TestSupport.Calendars.Madrid())
            .AddStage("discovery", names.FirstStage, PartyRole.Provider, 2, s => s.ProviderDoes(names.ProviderTask).ClientDoes(names.ClientTask).HandsOver(names.Handover))
            .AddStage("content", names.SecondStage, PartyRole.Client, 3)
            .AddDeliverable(new Deliverable(new DeliverableKey("pages"), names.Deliverable, inclusions: new[] { names.Inclusion }))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, names.Escalation))
            .Build();

    private sealed record Names(
        string Title, string Provider, string Client, string FirstStage, string SecondStage, string ProviderTask, string ClientTask, string Handover, string Deliverable, string Inclusion, string Escalation);
}
