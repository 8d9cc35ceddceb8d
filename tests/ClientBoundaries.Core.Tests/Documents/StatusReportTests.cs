using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Documents;

public class StatusReportTests
{
    public static TheoryData<string> Languages() => new() { "English", "Spanish", "Indonesian", "Malay" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Status_report_of_the_foot_dragging_client_while_the_content_is_late_matches_its_approved_version(string language)
    {
        // Tuesday 24 March, 12:00: the content was due on Tuesday 10 March; the client is 10 business days late.
        var state = Stories.FootDragging(D("2026-03-24")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-24T12:00")), Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(report, $"status.content-late.{Language.FromName(language).Code}.md");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Status_report_of_the_foot_dragging_client_on_hold_matches_its_approved_version(string language)
    {
        // Wednesday 15 April, 12:00: on hold since Tuesday 31 March (15 business days late); the client comes back on 29 April.
        var state = Stories.FootDragging(D("2026-04-15")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-04-15T12:00")), Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(report, $"status.on-hold.{Language.FromName(language).Code}.md");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Status_report_of_the_foot_dragging_client_after_its_return_matches_its_approved_version(string language)
    {
        var state = Stories.FootDragging(D("2026-05-12")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-05-12T12:00")), Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(report, $"status.after-return.{Language.FromName(language).Code}.md");
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
    public void Status_report_lists_each_reminder_and_consequence_applied_with_its_date()
    {
        // The friendly reminder two business days before the due date (Friday 6 March), the firm one on it (Tuesday 10 March),
        // the escalation at 5 business days late (Tuesday 17 March), the hold at 15 (Tuesday 31 March).
        var state = Stories.FootDragging(D("2026-04-15")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-04-15T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain(
            "## Reminders and consequences so far\n\n"
            + "| Date | What was done | About | Amount |\n|---|---|---|---|\n"
            + "| 6 March 2026 | Friendly reminder to Acme Bakery | Client sends content |  |\n"
            + "| 10 March 2026 | Firm reminder to Acme Bakery | Client sends content |  |\n"
            + "| 17 March 2026 | Raised with Acme Bakery's owner | Client sends content |  |\n"
            + "| 31 March 2026 | Work put on hold | Client sends content |  |\n\n## What comes next");
    }

    [Fact]
    public void Status_report_lists_the_restart_fee_applied_with_its_amount()
    {
        // The client came back on Wednesday 29 April: the studio's restart lead time and the restart fee of 250 EUR applied then.
        var state = Stories.FootDragging(D("2026-05-12")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-05-12T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("| 29 April 2026 | Restart lead time for Pixel & Pine Studio: 5 business days | Client sends content |  |\n");
        report.Should().Contain("| 29 April 2026 | Restart fee charged to Acme Bakery | Client sends content | 250.00 EUR |\n");
    }

    [Fact]
    public void Status_report_lists_the_late_fee_and_the_credits_applied_with_their_amounts_and_what_the_credits_add_up_to()
    {
        var state = LateOnBothSides().State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-04-22T12:00")), Language.English, DocumentFormat.Markdown);

        // 10% of the design's 1,500 EUR; 10% of the build's 3,000 EUR; 2% of the 2,400 EUR payment after the design.
        report.Should().Contain("| 20 March 2026 | Credit to Acme Bakery | Design draft | 150.00 EUR |\n");
        report.Should().Contain("| 20 April 2026 | Credit to Acme Bakery | Build and launch | 300.00 EUR |\n");
        report.Should().Contain("| 20 April 2026 | Late fee charged to Acme Bakery | Payment after \"Design draft\" | 48.00 EUR |\n");
        report.Should().Contain("\n\nIn all, Acme Bakery is owed 450.00 EUR in credits.\n\n");
        report.Should().NotContain("in fees", "one fee alone needs no total");
    }

    [Fact]
    public void Status_report_with_nothing_applied_says_so()
    {
        var state = ScheduledWebsite(Policies.Website().Build()).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-02T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("## Reminders and consequences so far\n\nNo reminder has been sent and no consequence applied yet.\n");
    }

    [Fact]
    public void An_on_hold_report_dates_the_next_stage_the_restart_lead_time_after_the_clients_return_as_the_engine_would()
    {
        // On hold on Wednesday 15 April. Were the bakery to come back today and hand the content over by 18:00, the studio
        // needs its 5 business days, the whole days after the return (16, 17, 20, 21 and 22 April): the design starts on
        // Thursday 23 April and, 5 business days long, is due on Wednesday 29 April.
        var onHold = Stories.FootDragging(D("2026-04-15"));
        var now = Madrid("2026-04-15T12:00");

        var report = StatusReport.Write(onHold.State, Assessor.Assess(onHold.State, now), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("| Design draft | Pixel & Pine Studio | 23 April 2026 | 29 April 2026 |\n");
        report.Should().Contain(
            "These dates assume Acme Bakery comes back today and hands over \"Client sends content\" by the end of the day. "
            + "Pixel & Pine Studio then needs 5 business days to pick the work up again, so \"Design draft\" starts on 23 April 2026 at the earliest. "
            + "Every further business day on hold moves these dates back.\n");

        var back = onHold.Do(new EngagementCommand.ResumeWork(now)).Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-04-15T18:00")));
        var design = back.State.Plan!.Stages.Single(s => s.Key == Stories.Design);
        (design.Start, design.Due).Should().Be((D("2026-04-23"), D("2026-04-29")), "the report's dates are the ones the engine sets on a return");
    }

    [Fact]
    public void An_on_hold_report_moves_the_stage_the_studio_was_working_on_by_its_lead_time_and_names_no_new_start()
    {
        // The bakery puts the work on hold on Thursday 12 March while the studio is on the design (due Tuesday 17 March).
        // A return on Monday 16 March gives the studio back the business days lost and its 5 business days on the same
        // stage: nothing new starts, so the note names no start date, and the design's date is the engine's.
        var onHold = ScheduledWebsite(Policies.Website().Build())
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-03-10T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Do(new EngagementCommand.PauseWork(PartyRole.Client, "The bakery is moving premises", Madrid("2026-03-12T10:00")));
        var now = Madrid("2026-03-16T12:00");

        var report = StatusReport.Write(onHold.State, Assessor.Assess(onHold.State, now), Language.English, DocumentFormat.Markdown);

        var design = onHold.Do(new EngagementCommand.ResumeWork(now)).State.Plan!.Stages.Single(s => s.Key == Stories.Design);
        design.Due.Should().Be(D("2026-03-26"), "17 March moved by the 2 business days lost (13 and 16 March) and the 5 of the lead time");
        report.Should().Contain("| Design draft | Pixel & Pine Studio | 11 March 2026 | 26 March 2026 |\n");
        report.Should().Contain("The work on \"Design draft\" has been on hold since 12 March 2026 at 10:00 (Madrid time), until Acme Bakery is ready to go on.\n");
        report.Should().Contain(
            "These dates assume Acme Bakery comes back today. Pixel & Pine Studio then needs 5 business days to pick the work up again. "
            + "Every further business day on hold moves these dates back.\n");
    }

    [Fact]
    public void An_on_hold_report_says_which_stage_is_on_hold_since_when_and_until_whom()
    {
        var state = Stories.FootDragging(D("2026-04-15")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-04-15T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("## Who has the ball\n\nThe work on \"Client sends content\" has been on hold since 31 March 2026 at 09:30 (Madrid time), until Acme Bakery is ready to go on.\n");
    }

    [Theory]
    [InlineData("English", "As of 24 March 2026 at 12:00 (Madrid time).", "since 4 March 2026 at 09:00 (Madrid time)", "Due by 10 March 2026 at 18:00 (Madrid time).")]
    [InlineData("Spanish", "Situación a 24 de marzo de 2026 a las 12:00 (hora de Madrid).", "Desde el 4 de marzo de 2026 a las 09:00 (hora de Madrid)", "Fecha límite: 10 de marzo de 2026 a las 18:00 (hora de Madrid).")]
    [InlineData("Indonesian", "Per 24 Maret 2026 pukul 12.00 (waktu Madrid).", "Sejak 4 Maret 2026 pukul 09.00 (waktu Madrid)", "Tenggatnya 10 Maret 2026 pukul 18.00 (waktu Madrid).")]
    [InlineData("Malay", "Setakat 24 Mac 2026 pukul 12:00 (waktu Madrid).", "Sejak 4 Mac 2026 pukul 09:00 (waktu Madrid)", "Tarikh akhirnya ialah 10 Mac 2026 pukul 18:00 (waktu Madrid).")]
    public void Every_time_of_day_in_the_report_names_its_zone_by_place(string language, string asOf, string since, string dueBy)
    {
        var state = Stories.FootDragging(D("2026-03-24")).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-24T12:00")), Language.FromName(language), DocumentFormat.Markdown);

        report.Should().Contain(asOf).And.Contain(since).And.Contain(dueBy).And.NotContain("Europe/Madrid");
    }

    [Fact]
    public void The_on_time_summary_counts_a_late_payment_as_late_for_the_client_and_late_stages_as_late_for_the_studio()
    {
        var state = LateOnBothSides().State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-04-22T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain(
            "## On time and late, both ways\n\n"
            + "|  | Pixel & Pine Studio | Acme Bakery |\n|---|---|---|\n"
            + "| Stages handed over on time | 1 | 2 |\n"
            + "| Stages handed over late | 2 | 0 |\n"
            + "| Payments made on time | — | 1 |\n"
            + "| Payments made late | — | 1 |\n"
            + "| Replies sent on time | 0 | 0 |\n"
            + "| Replies sent late | 0 | 0 |\n"
            + "| Late now and not yet done | 0 | 0 |\n"
            + $"| Business days holding the ball | {state.BallTimeOf(PartyRole.Provider, Madrid("2026-04-22T12:00")).BusinessDays} | {state.BallTimeOf(PartyRole.Client, Madrid("2026-04-22T12:00")).BusinessDays} |\n"
            + "\n## Before the engagement ends\n");
    }

    [Fact]
    public void A_deemed_acceptance_the_assessment_lists_is_due_now_in_the_reports_language()
    {
        // Three client days after the design's handover on Tuesday 17 March at 16:00: Wednesday 18 to Friday 20 March.
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithAcceptanceWindows(AcceptanceWindows.Of(3, WindowClosingPolicy.DeemsAccepted))
            .Build();
        var state = Stories.DesignHandedOver(agreement).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-23T09:30")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("## Due now\n\n- \"Design draft\" is deemed accepted by Acme Bakery: the time to accept it or ask for a revision ended on Friday 20 March 2026.\n");
    }

    [Fact]
    public void Before_the_end_the_report_names_the_final_acceptance_still_owed()
    {
        var state = Stories.AuditHandedOff(payments: true).State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-04T09:00")), Language.English, DocumentFormat.Markdown);

        report.Should().EndWith("## Before the engagement ends\n\n- Client has still to accept the final delivery, \"Audit\".\n");
    }

    [Fact]
    public void After_the_final_acceptance_the_report_says_the_final_payment_stands_between_the_engagement_and_its_end_until_it_is_paid()
    {
        // The audit's 2,000 EUR less the 600 EUR deposit paid at signing: 1,400 EUR invoiced at the acceptance.
        var engagement = Stories.AuditAccepted(payments: true);
        var owing = StatusReport.Write(engagement.State, Assessor.Assess(engagement.State, Madrid("2026-03-05T09:00")), Language.Spanish, DocumentFormat.Markdown);

        engagement.Do(new EngagementCommand.ReceivePayment(ObligationKey.FinalPayment, new Money(1400m, "EUR"), Madrid("2026-03-16T11:00")));
        var ended = StatusReport.Write(engagement.State, Assessor.Assess(engagement.State, Madrid("2026-03-17T09:00")), Language.English, DocumentFormat.Markdown);

        owing.Should().EndWith("## Lo que falta para cerrar el proyecto\n\n- Client aún debe 1.400,00 EUR.\n");
        ended.Should().EndWith("## Before the engagement ends\n\nNothing: the engagement has ended.\n");
    }

    [Fact]
    public void A_terminated_engagement_has_no_work_left_but_still_the_milestone_invoiced_before_the_end()
    {
        // The design was accepted on Wednesday 18 March (its 2,400 EUR milestone invoiced then); the client ends it a week later.
        var terminated = ClientBoundaries.Tests.Engagements.OverdueScenarioTests.ContentUnderWay()
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-03-10T16:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-03-17T16:00")))
            .Do(new EngagementCommand.AcceptStage(Stories.Design, Madrid("2026-03-18T09:00")))
            .Do(new EngagementCommand.Terminate(PartyRole.Client, "The bakery is closing", Madrid("2026-03-25T10:00")))
            .State;

        var report = StatusReport.Write(terminated, Assessor.Assess(terminated, Madrid("2026-03-26T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().EndWith("## Before the engagement ends\n\n- Acme Bakery still owes 2,400.00 EUR.\n");
    }

    [Fact]
    public void A_terminated_engagement_has_nothing_next_and_says_who_ended_it_when_and_why()
    {
        var state = Stories.FootDragging(D("2026-03-24"))
            .Do(new EngagementCommand.Terminate(PartyRole.Client, "The bakery is closing", Madrid("2026-03-25T10:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-26T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("## What comes next\n\nAcme Bakery ended the engagement on 25 March 2026 at 10:00 (Madrid time) (\"The bakery is closing\"). Nothing more is planned.\n\n##");
        report.Should().NotContain("| Design draft | Pixel & Pine Studio |", "no stage comes after a termination");
    }

    [Fact]
    public void A_late_reply_is_listed_by_who_sent_the_message_and_when_and_counts_as_late_for_the_side_that_owed_it()
    {
        // The studio answers email within 8 business hours (Madrid, 09:00-14:00 and 15:00-18:00). An email on Thursday
        // 5 March at 10:00 has 7 of them that day, so the reply is owed on Friday 6 March at 10:00; it goes on Monday 9 March.
        var question = new MessageId("menu-question");
        var state = Stories.FootDragging(D("2026-03-04"))
            .Do(new EngagementCommand.RecordMessage(question, PartyRole.Client, Channel.Email, Madrid("2026-03-05T10:00")))
            .Do(new EngagementCommand.RecordReply(question, Madrid("2026-03-09T10:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-09T12:00")), Language.English, DocumentFormat.Markdown);

        report.Should().Contain("| Reply to Acme Bakery's message of 5 March 2026 at 10:00 (Madrid time) | Pixel & Pine Studio | 6 March 2026 | 1 business day | answered late |");
        report.Should().NotContain("menu-question");
        report.Should().Contain("| Replies sent on time | 0 | 0 |\n| Replies sent late | 1 | 0 |\n");
    }

    [Theory]
    [InlineData("English", "handed over late", "paid late", "answered late")]
    [InlineData("Spanish", "entregada con retraso", "pagado con retraso", "enviada con retraso")]
    [InlineData("Indonesian", "diserahkan terlambat", "dibayar terlambat", "dibalas terlambat")]
    [InlineData("Malay", "diserahkan lewat", "dijelaskan lewat", "dibalas lewat")]
    public void What_was_done_late_says_how_in_the_words_of_its_kind(string language, string stage, string payment, string reply)
    {
        var lateOnBothSides = LateOnBothSides().State;
        var question = new MessageId("menu-question");
        var lateReply = Stories.FootDragging(D("2026-03-04"))
            .Do(new EngagementCommand.RecordMessage(question, PartyRole.Client, Channel.Email, Madrid("2026-03-05T10:00")))
            .Do(new EngagementCommand.RecordReply(question, Madrid("2026-03-09T10:00")))
            .State;

        var stagesAndPayments = StatusReport.Write(lateOnBothSides, Assessor.Assess(lateOnBothSides, Madrid("2026-04-22T12:00")), Language.FromName(language), DocumentFormat.PlainText);
        var replies = StatusReport.Write(lateReply, Assessor.Assess(lateReply, Madrid("2026-03-09T12:00")), Language.FromName(language), DocumentFormat.PlainText);

        stagesAndPayments.Should().Contain(stage).And.Contain(payment);
        replies.Should().Contain(reply);
    }

    [Theory]
    [InlineData("English", "- Pixel & Pine Studio follows through on the incident \"The brief was late\", overdue since 10 March 2026 at 18:00 (Madrid time).")]
    [InlineData("Spanish", "- Pixel & Pine Studio completa la resolución de la incidencia «The brief was late»; con retraso desde el 10 de marzo de 2026 a las 18:00 (hora de Madrid).")]
    [InlineData("Indonesian", "- Pixel & Pine Studio menindaklanjuti insiden \"The brief was late\", sudah terlambat sejak 10 Maret 2026 pukul 18.00 (waktu Madrid).")]
    [InlineData("Malay", "- Pixel & Pine Studio membuat susulan bagi insiden \"The brief was late\", sudah lewat sejak 10 Mac 2026 pukul 18:00 (waktu Madrid).")]
    public void A_follow_through_due_names_the_incident_by_what_happened_not_by_its_id(string language, string item)
    {
        var state = Stories.FootDragging(D("2026-03-04"))
            .Do(new EngagementCommand.RecordIncident(new IncidentId("late-brief"), "The brief was late", "Content starts later", "A credit", D("2026-03-10"), Madrid("2026-03-09T10:05")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-03-11T08:00")), Language.FromName(language), DocumentFormat.PlainText);

        report.Should().Contain(item + "\n").And.NotContain("late-brief");
    }

    [Theory]
    [InlineData("English", "signed, awaiting its dates")]
    [InlineData("Spanish", "firmado, pendiente de fechas")]
    [InlineData("Indonesian", "sudah ditandatangani, menunggu jadwal")]
    [InlineData("Malay", "telah ditandatangani, menunggu jadual")]
    public void A_signed_agreement_without_a_deposit_awaits_its_dates_not_a_deposit(string language, string phase)
    {
        var noDeposit = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build();
        var state = new EngagementDriver()
            .Do(new EngagementCommand.Propose(noDeposit, Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(Madrid("2026-02-18T10:00")))
            .State;

        var report = StatusReport.Write(state, Assessor.Assess(state, Madrid("2026-02-18T12:00")), Language.FromName(language), DocumentFormat.PlainText);

        report.Should().Contain(phase + ".");
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

    /// <summary>
    /// Late on both sides, every late step acted on: the studio hands the design (due Tuesday 17 March) over on Friday
    /// 20 March, 3 business days late, after its credit of 10% of 1,500 EUR applied that morning; the bakery accepts it
    /// that afternoon, so the payment after it (2,400 EUR) is due 14 days later, on Good Friday 3 April, which moves to
    /// Monday 6 April. The bakery hands its feedback over on time (Tuesday 24 March, due Wednesday 25). The build
    /// (25 March to 8 April) is late too: on Monday 20 April at 09:30 the studio records its firm reminder, its credit
    /// (10% of 3,000 EUR, due since 13 April) and the escalation to its director, and the bakery's firm reminder and late
    /// fee (2% of 2,400 EUR, due at 10 business days late, 20 April). The bakery pays on Tuesday 21 April at 10:00 and the
    /// studio hands the site over that day at 17:00.
    /// </summary>
    internal static EngagementDriver LateOnBothSides() =>
        ScheduledWebsite(Policies.Website().Build())
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-03-10T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Acting(Madrid("2026-03-20T09:30"))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-03-20T12:00")))
            .Do(new EngagementCommand.AcceptStage(Stories.Design, Madrid("2026-03-20T15:00")))
            .Do(new EngagementCommand.StartStage(Stories.Feedback, Madrid("2026-03-23T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Feedback, Madrid("2026-03-24T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Build, Madrid("2026-03-25T09:00")))
            .Acting(Madrid("2026-04-20T09:30"))
            .Do(new EngagementCommand.ReceivePayment(ObligationKey.MilestonePayment(Stories.Design), new Money(2400m, "EUR"), Madrid("2026-04-21T10:00")))
            .Do(new EngagementCommand.HandOff(Stories.Build, Madrid("2026-04-21T17:00")));

    [Fact]
    public void The_money_owed_section_says_what_is_overdue_and_that_nothing_is_left_once_it_is_paid()
    {
        // The foot-dragging story's 250 EUR restart fee (applied on Wednesday 29 April) is payable by Wednesday 13 May:
        // overdue at noon on Thursday 14 May; paid that afternoon, nothing is outstanding either way.
        var engagement = Stories.FootDragging(D("2026-05-14"));
        var fee = OwedLedger.Of(engagement.State).Entries.Single(e => e.Kind == OwedKind.RestartFee).Key;

        var overdue = StatusReport.Write(engagement.State, Assessor.Assess(engagement.State, Madrid("2026-05-14T12:00")), Language.English, DocumentFormat.Markdown);
        engagement.Do(new EngagementCommand.PayOwed(fee, new Money(250m, "EUR"), Madrid("2026-05-14T15:00")));
        var paid = StatusReport.Write(engagement.State, Assessor.Assess(engagement.State, Madrid("2026-05-14T16:00")), Language.English, DocumentFormat.Markdown);

        overdue.Should().Contain("| Restart fee (Client sends content) | Acme Bakery | 250.00 EUR | 13 May 2026 | 0.00 EUR | 250.00 EUR |\n");
        overdue.Should().Contain("Acme Bakery has 250.00 EUR outstanding, 250.00 EUR of it overdue.");
        paid.Should().Contain("| Restart fee (Client sends content) | Acme Bakery | 250.00 EUR | 13 May 2026 | 250.00 EUR | 0.00 EUR |\n");
        paid.Should().Contain("Nothing is outstanding either way.");
    }
}

internal static class StatusReportStory
{
    /// <summary>Acts on everything due at <paramref name="now"/>, as a host does, and goes on.</summary>
    public static EngagementDriver Acting(this EngagementDriver engagement, NodaTime.Instant now)
    {
        engagement.ActOnEverythingDue(now);
        return engagement;
    }
}
