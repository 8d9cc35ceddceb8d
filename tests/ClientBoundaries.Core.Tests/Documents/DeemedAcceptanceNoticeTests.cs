using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Documents;

/// <summary>
/// The sentence a host sends or shows when it records a deemed acceptance: the stage by its title, the party by its
/// name, why, and the day, in each language's own words and date format.
/// </summary>
public class DeemedAcceptanceNoticeTests
{
    private static readonly Agreement Website =
        TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithAcceptanceWindows(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted))
            .Build();

    [Theory]
    [InlineData("English", "\"Design draft\" is deemed accepted by Acme Bakery: the time to accept it or ask for a revision ended on Friday 20 March 2026.")]
    [InlineData("Spanish", "Se considera que Acme Bakery ha aceptado «Design draft»: el plazo para aceptar el trabajo o pedir una revisión terminó el viernes 20 de marzo de 2026.")]
    [InlineData("Indonesian", "\"Design draft\" dianggap telah diterima oleh Acme Bakery: batas waktu untuk menerima hasil kerja atau meminta revisi berakhir pada Jumat, 20 Maret 2026.")]
    [InlineData("Malay", "\"Design draft\" dianggap telah diterima oleh Acme Bakery: tempoh untuk menerima kerja itu atau meminta semakan tamat pada Jumaat, 20 Mac 2026.")]
    public void Write_when_the_window_closed_names_the_stage_the_client_and_the_windows_last_day_in_the_language(string language, string expected)
    {
        // The design went to the client on Tuesday 17 March at 16:00; its 3 days are Wednesday 18 to Friday 20 March.
        var engagement = ScheduledWebsite(Website)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")));
        var due = Assessor.Assess(engagement.State, Madrid("2026-03-23T09:30")).DeemedAcceptances.Should().ContainSingle().Subject;

        DeemedAcceptanceNotice.Write(engagement.State.Agreement!, due, Language.FromName(language)).Should().Be(expected);
    }

    [Theory]
    [InlineData("English", "\"Design draft\" is deemed accepted by Acme Bakery, who moved on to the next stage on Wednesday 18 March 2026.")]
    [InlineData("Spanish", "Se considera que Acme Bakery ha aceptado «Design draft», ya que pasó a la etapa siguiente el miércoles 18 de marzo de 2026.")]
    [InlineData("Indonesian", "\"Design draft\" dianggap telah diterima oleh Acme Bakery, yang telah beralih ke tahap berikutnya pada Rabu, 18 Maret 2026.")]
    [InlineData("Malay", "\"Design draft\" dianggap telah diterima oleh Acme Bakery, yang telah beralih ke peringkat seterusnya pada Rabu, 18 Mac 2026.")]
    public void Write_when_the_party_moved_on_says_the_day_it_did_in_its_own_calendar(string language, string expected)
    {
        // 00:30 on Wednesday 18 March in Madrid is still Tuesday 17 March in UTC: the day is the client's.
        var due = new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.MovedOn, D("2026-03-20"), Madrid("2026-03-18T00:30"));

        DeemedAcceptanceNotice.Write(Website, due, Language.FromName(language)).Should().Be(expected);
    }

    [Theory]
    [InlineData("English", "\"Design draft\" is deemed accepted by Acme Bakery, who accepted the work built on it on Wednesday 1 April 2026.")]
    [InlineData("Spanish", "Se considera que Acme Bakery ha aceptado «Design draft», ya que el miércoles 1 de abril de 2026 aceptó el trabajo posterior basado en esa entrega.")]
    public void Write_when_a_later_stage_was_accepted_says_the_day_the_work_built_on_it_was(string language, string expected)
    {
        var due = new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.LaterStageAccepted, D("2026-03-20"), Madrid("2026-04-01T10:00"));

        DeemedAcceptanceNotice.Write(Website, due, Language.FromName(language)).Should().Be(expected);
    }

    [Fact]
    public void Write_refuses_a_stage_the_agreement_does_not_have()
    {
        var due = new DeemedAcceptanceDue(new StageKey("photography"), PartyRole.Client, DeemedAcceptanceReason.WindowClosed, D("2026-03-20"), Madrid("2026-03-20T18:00"));

        var write = () => DeemedAcceptanceNotice.Write(Website, due, Language.English);

        write.Should().Throw<ArgumentException>().WithParameterName("due").WithMessage("*no stage 'photography'*");
    }

    [Fact]
    public void Write_refuses_null_arguments()
    {
        var due = new DeemedAcceptanceDue(Design, PartyRole.Client, DeemedAcceptanceReason.WindowClosed, D("2026-03-20"), Madrid("2026-03-20T18:00"));

        ((Action)(() => DeemedAcceptanceNotice.Write(null!, due, Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("agreement");
        ((Action)(() => DeemedAcceptanceNotice.Write(Website, null!, Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("due");
        ((Action)(() => DeemedAcceptanceNotice.Write(Website, due, null!))).Should().Throw<ArgumentNullException>().WithParameterName("language");
    }
}
