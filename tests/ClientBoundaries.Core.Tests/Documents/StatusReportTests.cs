using System;
using ClientBoundaries.Communication;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Documents;

public class StatusReportTests
{
    [Fact]
    public void Status_report_of_the_foot_dragging_client_while_the_content_is_late_matches_its_approved_version()
    {
        // Tuesday 24 March, 12:00: the content was due on Tuesday 10 March; the client is 10 business days late.
        var state = Stories.FootDragging(D("2026-03-24")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-24T12:00")), Language.Spanish, DocumentFormat.Markdown);

        Golden.Matches(report, "status.content-late.es.md");
    }

    [Fact]
    public void Status_report_of_the_foot_dragging_client_after_its_return_matches_its_approved_version()
    {
        var state = Stories.FootDragging(D("2026-05-12")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-05-12T12:00")), Language.English, DocumentFormat.Markdown);

        Golden.Matches(report, "status.after-return.en.md");
    }

    [Fact]
    public void Status_report_in_Indonesian_plain_text_matches_its_approved_version()
    {
        var state = Stories.FootDragging(D("2026-05-12")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-05-12T12:00")), Language.Indonesian, DocumentFormat.PlainText);

        Golden.Matches(report, "status.after-return.id.txt");
    }

    [Fact]
    public void Status_report_of_a_Jakarta_studio_and_a_New_York_client_matches_its_approved_version()
    {
        // The studio in Jakarta (09:00-17:00, UTC+7), the bakery in New York (09:00-17:00, EST until Sunday 8 March, then EDT).
        // Discovery handed over on Tuesday 3 March at 17:00 WIB (10:00Z, 05:00 in New York); the report is written on Monday
        // 16 March at 10:00 WIB, 03:00Z, still Sunday 15 March (23:00) in New York.
        var agreement = Stories.HowWeWorkTogether()
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.JakartaOffice())
            .WithClient("Acme Bakery", TestSupport.Calendars.NewYork())
            .Build();
        var state = ScheduledWebsite(agreement)
            .Do(new EngagementCommand.StartStage(Stories.Discovery, At("Asia/Jakarta", "2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, At("Asia/Jakarta", "2026-03-03T17:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, At("Asia/Jakarta", "2026-03-16T10:00")), Language.English, DocumentFormat.Markdown);

        Golden.Matches(report, "status.jakarta-new-york.en.md");
    }

    [Fact]
    public void A_terminated_engagement_has_nothing_next_and_says_who_ended_it_when_and_why()
    {
        var state = Stories.FootDragging(D("2026-03-24"))
            .Do(new EngagementCommand.Terminate(PartyRole.Client, "The bakery is closing", Madrid("2026-03-25T10:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-26T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("## What comes next\n\nAcme Bakery ended the engagement on 25 March 2026 at 10:00 (\"The bakery is closing\"). Nothing more is planned.\n\n##");
        report.Should().NotContain("| Design draft | Pixel & Pine Studio |", "no stage comes after a termination");
    }

    [Fact]
    public void A_late_reply_is_listed_by_the_message_it_answers()
    {
        // The studio answers email within 8 business hours (Madrid, 09:00-14:00 and 15:00-18:00). An email on Thursday
        // 5 March at 10:00 has 7 of them that day, so the reply is owed on Friday 6 March at 10:00; it goes on Monday 9 March.
        var question = new MessageId("menu-question");
        var state = Stories.FootDragging(D("2026-03-04"))
            .Do(new EngagementCommand.RecordMessage(question, PartyRole.Client, Channel.Email, Madrid("2026-03-05T10:00")))
            .Do(new EngagementCommand.RecordReply(question, Madrid("2026-03-09T10:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-09T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("| Reply to message menu-question | Pixel & Pine Studio | 6 March 2026 | 1 business day | done late |");
    }

    [Fact]
    public void An_engagement_with_no_budget_and_no_hours_says_so_instead_of_an_empty_table()
    {
        var state = ScheduledWebsite(Policies.Website().Build()).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-02T12:00")), Language.Malay, DocumentFormat.Markdown);

        report.Should().Contain("## Bajet dan jam kerja\n\nBelum ada jam yang dibajetkan atau direkodkan.\n").And.NotContain("| Jumlah |");
    }

    [Fact]
    public void An_assessment_of_another_engagement_is_refused()
    {
        var state = Stories.FootDragging(D("2026-03-04")).State;
        var empty = Assessor.Assess(EngagementState.Initial, Madrid("2026-03-04T12:00"));

        FluentActions.Invoking(() => StatusReport.Write(state, empty, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentException>().WithParameterName("assessment")
            .WithMessage("The assessment is of an empty engagement, not of acme-website.*");
    }

    [Fact]
    public void An_engagement_without_an_agreement_has_no_report()
    {
        var empty = Assessor.Assess(EngagementState.Initial, Madrid("2026-03-04T12:00"));

        FluentActions.Invoking(() => StatusReport.Write(EngagementState.Initial, empty, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentException>().WithParameterName("engagement");
    }
}
