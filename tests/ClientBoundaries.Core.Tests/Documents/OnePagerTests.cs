using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
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
    // The studio closes in August, after the work; the bakery closes for a refit during the build, a
    // stage of the studio's, so the plan's dates are the story's own.
    private static readonly Agreement Agreement = Stories.HowWeWorkTogether()
        .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-08-03"), D("2026-08-21"), "Summer closure")))
        .WithClient("Acme Bakery", TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-03-23"), D("2026-03-27"), "Shop refit")))
        .Build();

    private static readonly Plan Plan = Scheduler.Plan(Agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    // Signed on Wednesday 18 February 2026, the deposit in on Friday 20 February, scheduled from Monday 2 March.
    private static readonly EngagementState Scheduled = EngagementDriver.ScheduledWebsite(Agreement).State;

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
        var document = OnePager.Write(Scheduled, Language.FromName(language), DocumentFormat.Markdown);

        Golden.Matches(document, $"one-pager.with-plan.{Language.FromName(language).Code}.md");
    }

    [Fact]
    public void One_pager_in_plain_text_matches_its_approved_version()
    {
        Golden.Matches(OnePager.Write(Agreement, Plan, Language.English, DocumentFormat.PlainText), "one-pager.with-plan.en.txt");
    }

    [Theory]
    [InlineData("English", "Work handed over is accepted, or sent back for a revision, before the next stage starts.", "Starting the next stage accepts")]
    [InlineData("Spanish", "El trabajo entregado se acepta, o se devuelve para una revisión, antes de empezar la etapa siguiente.", "Empezar la etapa siguiente supone aceptar")]
    public void An_agreement_that_waits_for_acceptance_says_so_instead_of_accepting_on_moving_on(string language, string rule, string acceptsOnMovingOn)
    {
        var waits = Stories.HowWeWorkTogether().WithMovingOn(MovingOnPolicy.RequiresAcceptance).Build();

        var text = OnePager.Write(waits, null, Language.FromName(language), DocumentFormat.Markdown);

        text.Should().Contain(rule);
        text.Should().NotContain(acceptsOnMovingOn);
    }

    [Theory]
    [InlineData("English", "Acme Bakery has 5 business days after each handover of work to accept it or ask for a revision.", "For \"Build\", Acme Bakery has 10 business days", "counts as accepted on that day")]
    [InlineData("Spanish", "Acme Bakery dispone de 5 días hábiles tras cada entrega de trabajo para aceptarlo o pedir una revisión.", "Para «Build», Acme Bakery dispone de 10 días hábiles", "se da por aceptado ese día")]
    [InlineData("Indonesian", "Setiap kali hasil kerja diserahkan, Acme Bakery memiliki waktu 5 hari kerja untuk menerimanya atau meminta revisi.", "Untuk \"Build\", Acme Bakery memiliki waktu 10 hari kerja", "dianggap diterima pada hari itu")]
    [InlineData("Malay", "Setiap kali kerja diserahkan, Acme Bakery mempunyai tempoh 5 hari bekerja untuk menerimanya atau meminta semakan.", "Bagi \"Build\", Acme Bakery mempunyai tempoh 10 hari bekerja", "dianggap diterima pada hari tersebut")]
    public void An_agreement_with_acceptance_windows_states_them_and_what_happens_when_one_closes(string language, string window, string stageWindow, string deemed)
    {
        var build = Agreement.Stages.Last(s => s.Owner == PartyRole.Provider);
        var windows = AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(build.Key, 10);
        var agreement = Stories.HowWeWorkTogether().WithAcceptanceWindows(windows).Build();

        var text = OnePager.Write(agreement, null, Language.FromName(language), DocumentFormat.Markdown);

        text.Should().Contain(window);
        text.Should().Contain(stageWindow.Replace("Build", build.Name));
        text.Should().Contain(deemed);
    }

    [Theory]
    [InlineData("English", "is late on Acme Bakery's side from the next business day, with the reminders and consequences of a late stage of its own; nothing counts as accepted without Acme Bakery.")]
    [InlineData("Spanish", "cuenta como un retraso de Acme Bakery desde el día hábil siguiente")]
    [InlineData("Indonesian", "dihitung sebagai keterlambatan Acme Bakery mulai hari kerja berikutnya")]
    [InlineData("Malay", "dikira sebagai kelewatan Acme Bakery mulai hari bekerja berikutnya")]
    public void An_agreement_whose_windows_chase_the_client_says_a_closed_window_is_late_not_accepted(string language, string chased)
    {
        var agreement = Stories.HowWeWorkTogether().WithAcceptanceWindows(AcceptanceWindows.Of(5, WindowClosingPolicy.Chases)).Build();

        var text = OnePager.Write(agreement, null, Language.FromName(language), DocumentFormat.Markdown);

        text.Should().Contain(chased);
        text.Should().NotContain("counts as accepted on that day").And.NotContain("se da por aceptado ese día");
    }

    [Fact]
    public void An_agreement_without_windows_says_nothing_of_them()
    {
        OnePager.Write(Agreement, null, Language.English, DocumentFormat.Markdown).Should().NotContain("to accept it or ask for a revision");
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
    [InlineData("Indonesian", "Hari kerja pertama setelah tenggat merupakan masa tenggang; selama masa itu hanya dikirim pengingat.", "jatuh tempo 1 hari setelah penandatanganan", "Setiap jam pekerjaan tambahan memundurkan tanggal-tanggal berikutnya satu hari kerja.", "Rapat rutin dengan agenda setiap hari kerja.")]
    [InlineData("Malay", "Hari bekerja pertama selepas tarikh akhir ialah tempoh ihsan: sepanjang tempoh itu, hanya peringatan dihantar.", "perlu dibayar dalam tempoh 1 hari selepas perjanjian ditandatangani", "Setiap jam kerja tambahan menganjakkan tarikh seterusnya sebanyak satu hari bekerja.", "Mesyuarat berkala dengan agenda setiap hari bekerja.")]
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

    [Fact]
    public void Dated_one_pager_says_when_the_agreement_was_signed_and_when_the_deposit_arrived()
    {
        var document = OnePager.Write(Scheduled, Language.English, DocumentFormat.PlainText);

        document.Should().Contain("The agreement was signed on Wednesday 18 February 2026 and the deposit arrived on Friday 20 February 2026. The work starts on Monday 2 March 2026");
    }

    [Theory]
    [InlineData("Spanish", "El acuerdo se firmó el miércoles 18 de febrero de 2026 y el anticipo se recibió el viernes 20 de febrero de 2026.")]
    [InlineData("Indonesian", "Perjanjian ditandatangani pada Rabu, 18 Februari 2026 dan uang muka diterima pada Jumat, 20 Februari 2026.")]
    [InlineData("Malay", "Perjanjian ini ditandatangani pada Rabu, 18 Februari 2026 dan deposit diterima pada Jumaat, 20 Februari 2026.")]
    public void Dated_one_pager_says_when_it_was_signed_in_every_language(string language, string sentence)
    {
        OnePager.Write(Scheduled, Language.FromName(language), DocumentFormat.PlainText).Should().Contain(sentence);
    }

    [Fact]
    public void One_pager_of_a_signed_engagement_waits_for_the_deposit_it_asks_for()
    {
        var signed = new EngagementDriver()
            .Do(new EngagementCommand.Propose(Agreement, EngagementDriver.Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(EngagementDriver.Madrid("2026-02-18T10:00")))
            .State;

        var document = OnePager.Write(signed, Language.English, DocumentFormat.PlainText);

        document.Should().Contain("The agreement was signed on Wednesday 18 February 2026. For now the timeline is counted in business days. Once the deposit is paid, Pixel & Pine Studio puts a date on every stage");

        // Invoiced at signing, 18 February, due 7 days later: Wednesday 25 February. Without a plan, nothing else is dated.
        document.Should().Contain("- Deposit: 1,800.00 EUR (30%), due within 7 days of signing; invoiced: due by Wednesday 25 February 2026\n");
        document.Should().Contain("- Final payment: 1,800.00 EUR, due within 14 days of completion\n");
    }

    [Fact]
    public void Dated_one_pager_of_a_terminated_engagement_dates_no_payment_it_will_never_invoice()
    {
        var scheduled = OnePager.Write(Scheduled, Language.English, DocumentFormat.PlainText);
        var terminated = OnePager.Write(
            EngagementDriver.ScheduledWebsite(Agreement).Do(new EngagementCommand.Terminate(PartyRole.Client, "The bakery is closing", EngagementDriver.Madrid("2026-03-04T12:00"))).State,
            Language.English,
            DocumentFormat.PlainText);

        scheduled.Should().Contain("- Final payment: 1,800.00 EUR, due within 14 days of completion; if completed as planned on Monday 6 April 2026, due by Monday 20 April 2026\n");
        terminated.Should().Contain("- Deposit: 1,800.00 EUR (30%), due within 7 days of signing; settled\n");
        terminated.Should().Contain("- Final payment: 1,800.00 EUR, due within 14 days of completion\n").And.NotContain("as planned");
    }

    [Theory]
    [InlineData("English", """
        ## Payment

        - **Total:** 6,000.00 EUR
        - **Deposit:** 1,800.00 EUR (30%), due within 7 days of signing; settled
        - **Payment after "Design draft":** 2,400.00 EUR (40%), due within 14 days of the stage's acceptance; invoiced: due by Tuesday 2 June 2026, 2,350.00 EUR still outstanding
        - **Final payment:** 1,800.00 EUR, due within 14 days of completion; invoiced: due by Friday 19 June 2026

        A due date that is not one of the client's business days moves to the next one.

        Also owed, beyond the agreed payments:

        - **Restart fee (Client sends content):** Acme Bakery pays Pixel & Pine Studio 100.00 EUR by Wednesday 13 May 2026
        - **Credit (Design draft):** Pixel & Pine Studio pays Acme Bakery 50.00 EUR by Tuesday 2 June 2026
        - **Late fee (Payment after "Design draft"):** Acme Bakery pays Pixel & Pine Studio 48.00 EUR by Tuesday 30 June 2026

        """)]
    [InlineData("Spanish", """
        ## Pagos

        - **Total:** 6.000,00 EUR
        - **Anticipo:** 1.800,00 EUR (30 %), a pagar en un plazo de 7 días desde la firma; saldado
        - **Pago tras «Design draft»:** 2.400,00 EUR (40 %), a pagar en un plazo de 14 días desde la aceptación de la etapa; facturado: vence el martes 2 de junio de 2026, con 2.350,00 EUR aún pendientes
        - **Pago final:** 1.800,00 EUR, a pagar en un plazo de 14 días desde la finalización; facturado: vence el viernes 19 de junio de 2026

        Si una fecha de pago no es día hábil para el cliente, pasa al siguiente día hábil.

        Además de los pagos acordados, se debe lo siguiente:

        - **Cargo por reanudación (Client sends content):** Acme Bakery paga a Pixel & Pine Studio 100,00 EUR a más tardar el miércoles 13 de mayo de 2026
        - **Abono (Design draft):** Pixel & Pine Studio paga a Acme Bakery 50,00 EUR a más tardar el martes 2 de junio de 2026
        - **Recargo por demora (Pago tras «Design draft»):** Acme Bakery paga a Pixel & Pine Studio 48,00 EUR a más tardar el martes 30 de junio de 2026

        """)]
    [InlineData("Indonesian", """
        ## Pembayaran

        - **Total:** 6.000,00 EUR
        - **Uang muka:** 1.800,00 EUR (30%), jatuh tempo 7 hari setelah penandatanganan; sudah lunas
        - **Pembayaran setelah "Design draft":** 2.400,00 EUR (40%), jatuh tempo 14 hari setelah tahap tersebut diterima; sudah ditagih: jatuh tempo pada Selasa, 2 Juni 2026, sisa yang belum dibayar 2.350,00 EUR
        - **Pelunasan:** 1.800,00 EUR, jatuh tempo 14 hari setelah proyek selesai; sudah ditagih: jatuh tempo pada Jumat, 19 Juni 2026

        Jika tanggal jatuh tempo bukan hari kerja klien, tanggal itu bergeser ke hari kerja berikutnya.

        Selain pembayaran yang disepakati, masih ada tagihan berikut:

        - **Biaya memulai kembali pekerjaan (Client sends content):** Acme Bakery membayar 100,00 EUR kepada Pixel & Pine Studio paling lambat Rabu, 13 Mei 2026
        - **Potongan harga (Design draft):** Pixel & Pine Studio membayar 50,00 EUR kepada Acme Bakery paling lambat Selasa, 2 Juni 2026
        - **Denda keterlambatan (Pembayaran setelah "Design draft"):** Acme Bakery membayar 48,00 EUR kepada Pixel & Pine Studio paling lambat Selasa, 30 Juni 2026

        """)]
    [InlineData("Malay", """
        ## Bayaran

        - **Jumlah:** 6,000.00 EUR
        - **Deposit:** 1,800.00 EUR (30%), perlu dibayar dalam tempoh 7 hari selepas perjanjian ditandatangani; telah dijelaskan
        - **Bayaran selepas "Design draft":** 2,400.00 EUR (40%), perlu dibayar dalam tempoh 14 hari selepas peringkat itu diterima; telah diinvois: perlu dibayar selewat-lewatnya Selasa, 2 Jun 2026, baki 2,350.00 EUR belum dijelaskan
        - **Bayaran akhir:** 1,800.00 EUR, perlu dibayar dalam tempoh 14 hari selepas projek selesai; telah diinvois: perlu dibayar selewat-lewatnya Jumaat, 19 Jun 2026

        Jika tarikh akhir bayaran bukan hari bekerja pelanggan, ia beralih ke hari bekerja berikutnya.

        Selain bayaran yang dipersetujui, jumlah berikut turut terhutang:

        - **Caj penyambungan semula kerja (Client sends content):** Acme Bakery membayar 100.00 EUR kepada Pixel & Pine Studio selewat-lewatnya Rabu, 13 Mei 2026
        - **Kredit (Design draft):** Pixel & Pine Studio membayar 50.00 EUR kepada Acme Bakery selewat-lewatnya Selasa, 2 Jun 2026
        - **Caj kelewatan (Bayaran selepas "Design draft"):** Acme Bakery membayar 48.00 EUR kepada Pixel & Pine Studio selewat-lewatnya Selasa, 30 Jun 2026

        """)]
    public void Dated_one_pager_of_an_engagement_gives_the_due_date_of_everything_invoiced_and_what_else_is_owed_either_way(string language, string section)
    {
        // MoneyStories.FootDraggingOwingBothWays: the milestone invoiced 19 May (due 2 June, 50 EUR of the studio's credit set
        // off), the final payment 5 June (due 19 June); the restart fee (due 13 May, 100 EUR paid and 50 EUR set off), the rest
        // of the studio's credit (due 2 June) and the late fee (16 June, due 30 June) owed beside them.
        var document = OnePager.Write(MoneyStories.FootDraggingOwingBothWays().State, Language.FromName(language), DocumentFormat.Markdown);

        var heading = section.Substring(0, section.IndexOf('\n', StringComparison.Ordinal));
        document.Substring(document.IndexOf(heading, StringComparison.Ordinal)).Should().Be(section);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_agreement_without_a_deposit_never_says_it_waits_for_one(string language)
    {
        var noDeposit = Stories.HowWeWorkTogether()
            .WithPaymentTerms(new PaymentTerms(new Money(6000m, "EUR"), Charge.FixedPayment(new Money(0m, "EUR"))))
            .Build();
        var signed = new EngagementDriver()
            .Do(new EngagementCommand.Propose(noDeposit, EngagementDriver.Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(EngagementDriver.Madrid("2026-02-18T10:00")));
        var scheduled = new EngagementDriver()
            .Do(new EngagementCommand.Propose(noDeposit, EngagementDriver.Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(EngagementDriver.Madrid("2026-02-18T10:00")))
            .Do(new EngagementCommand.Schedule(D("2026-03-02"), EngagementDriver.Madrid("2026-02-18T12:00")));
        var words = Language.FromName(language);
        var depositWord = new[] { "deposit", "anticipo", "uang muka", "deposit" }[words.Value - 1];

        var documents = new[]
        {
            OnePager.Write(noDeposit, null, words, DocumentFormat.PlainText),
            OnePager.Write(signed.State, words, DocumentFormat.PlainText),
            OnePager.Write(scheduled.State, words, DocumentFormat.PlainText),
            OnePager.Write(TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid()).Build(), null, words, DocumentFormat.PlainText),
        };

        documents.Should().AllSatisfy(document => document.Should().NotContainEquivalentOf(depositWord));
        OnePager.Write(signed.State, Language.English, DocumentFormat.PlainText).Should().Contain(
            "The agreement was signed on Wednesday 18 February 2026. For now the timeline is counted in business days; Pixel & Pine Studio is now putting a date on every stage");
        OnePager.Write(noDeposit, null, Language.English, DocumentFormat.PlainText).Should().Contain(
            "Once the agreement is signed, Pixel & Pine Studio puts a date on every stage");
    }

    [Fact]
    public void A_closure_of_the_client_while_the_work_runs_is_listed_beside_the_providers_holiday()
    {
        var document = OnePager.Write(Agreement, Plan, Language.English, DocumentFormat.PlainText);

        document.Should().Contain("While the work runs, these days do not count:\n\n"
            + "- Pixel & Pine Studio: Friday 3 April 2026 (Viernes Santo)\n"
            + "- Acme Bakery: closed from 23 to 27 March 2026 (Shop refit); Friday 3 April 2026 (Viernes Santo)\n");
    }

    [Fact]
    public void Before_the_plan_each_side_lists_its_closures_and_a_closure_after_the_work_is_left_out_once_it_has_dates()
    {
        var before = OnePager.Write(Agreement, null, Language.English, DocumentFormat.PlainText);
        var dated = OnePager.Write(Agreement, Plan, Language.English, DocumentFormat.PlainText);

        before.Should().Contain("- Pixel & Pine Studio: public holidays; closed from 3 to 21 August 2026 (Summer closure)\n")
            .And.Contain("- Acme Bakery: public holidays; closed from 23 to 27 March 2026 (Shop refit)\n");
        dated.Should().NotContain("Summer closure");
    }

    [Fact]
    public void A_holiday_moved_to_a_working_day_a_closure_across_two_months_and_a_side_with_no_days_off_are_each_said_so()
    {
        var agreement = new AgreementBuilder(new AgreementId("summer"), "Summer campaign")
            .WithProvider("Harbour Studio", TestSupport.Calendars.NewYork())
            .WithClient("Lakeside Inn", BusinessCalendar.MondayToFriday(Zone("America/New_York")).WithClosure(new Closure(D("2026-07-30"), D("2026-08-04"), "Staff retreat")))
            .AddStage("build", "Build", PartyRole.Provider, 10)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-06-29")).Value;
        var later = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-09-14")).Value;

        var document = OnePager.Write(agreement, plan, Language.English, DocumentFormat.PlainText);
        var spanish = OnePager.Write(agreement, plan, Language.Spanish, DocumentFormat.PlainText);

        // 4 July 2026 is a Saturday: the federal holiday is observed on Friday 3 July; the build runs 29 June to 14 July.
        document.Should().Contain("- Harbour Studio: Friday 3 July 2026 (Independence Day, observed)\n")
            .And.Contain("- Lakeside Inn: none while the work runs\n");
        spanish.Should().Contain("- Harbour Studio: viernes 3 de julio de 2026 (Independence Day, trasladado a este día)\n");
        OnePager.Write(agreement, null, Language.English, DocumentFormat.PlainText).Should()
            .Contain("- Lakeside Inn: closed from 30 July 2026 to 4 August 2026 (Staff retreat)\n");
        OnePager.Write(agreement, later, Language.English, DocumentFormat.PlainText).Should()
            .Contain("- Lakeside Inn: none while the work runs\n");
        OnePager.Write(
                new AgreementBuilder(new AgreementId("plain"), "Plain").WithProvider("A", BusinessCalendar.MondayToFriday(Zone("Europe/Madrid"))).WithClient("B", TestSupport.Calendars.Madrid()).AddStage("build", "Build", PartyRole.Provider, 2).Build(),
                null,
                Language.English,
                DocumentFormat.PlainText)
            .Should().Contain("- A: none beyond its working week\n");
    }

    [Fact]
    public void One_pager_names_the_agreement_by_its_title_and_parties_never_by_its_id()
    {
        var amended = Agreement.WithHistory(2, Array.Empty<Amendment>());

        var first = OnePager.Write(Agreement, null, Language.English, DocumentFormat.PlainText);
        var second = OnePager.Write(amended, null, Language.English, DocumentFormat.PlainText);

        first.Should().StartWith("How we work together: Website redesign for Acme Bakery\n").And.NotContain("acme-website").And.NotContain("version");
        second.Should().Contain("Between Pixel & Pine Studio (provider) and Acme Bakery (client). This is version 2 of the agreement, with the changes agreed so far.")
            .And.NotContain("acme-website");
    }

    [Theory]
    [InlineData("English", "Prefers: short messages in person", "Replies: through the project portal within 4 business hours", "After each call, Pixel & Pine Studio sends a written recap of what was agreed on the same business day.", "Each request goes out on the same business day.", "due on signing", "due on the stage's acceptance", "due on completion")]
    [InlineData("Spanish", "Prefiere: mensajes breves en persona", "Respuestas: por el portal del proyecto, en un máximo de 4 horas laborables", "Después de cada llamada, Pixel & Pine Studio envía por escrito un resumen de lo acordado el mismo día hábil.", "Cada petición se envía el mismo día hábil.", "a pagar a la firma", "a pagar al aceptarse la etapa", "a pagar a la finalización")]
    [InlineData("Indonesian", "Lebih suka: pesan singkat secara tatap muka", "Waktu balasan: lewat portal proyek, paling lambat 4 jam kerja", "Setelah setiap panggilan, Pixel & Pine Studio mengirim ringkasan tertulis berisi hal-hal yang disepakati pada hari kerja yang sama.", "Setiap permintaan dikirim pada hari kerja yang sama.", "jatuh tempo saat penandatanganan", "jatuh tempo saat tahap tersebut diterima", "jatuh tempo saat proyek selesai")]
    [InlineData("Malay", "Lebih gemar: mesej ringkas secara bersemuka", "Tempoh jawapan: melalui portal projek dalam tempoh 4 jam bekerja", "Selepas setiap panggilan, Pixel & Pine Studio menghantar ringkasan bertulis tentang perkara yang dipersetujui pada hari bekerja yang sama.", "Setiap permintaan dihantar pada hari bekerja yang sama.", "perlu dibayar semasa perjanjian ditandatangani", "perlu dibayar sebaik sahaja peringkat itu diterima", "perlu dibayar sebaik sahaja projek selesai")]
    public void Channels_read_as_the_way_a_message_travels_and_nothing_is_due_within_zero_days(string language, string prefers, string replies, string recap, string feedback, string deposit, string milestone, string final)
    {
        var agreement = new AgreementBuilder(new AgreementId("zero"), "Same day")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .WithPaymentTerms(new PaymentTerms(
                new Money(1000m, "EUR"),
                Charge.PercentOfTotal(50m),
                new[] { new MilestonePayment(new StageKey("build"), Charge.PercentOfTotal(20m), dueDays: 0) },
                finalPaymentDueDays: 0,
                depositDueDays: 0))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.InPerson, Channel.Portal }, new[] { new ResponseCommitment(Channel.Portal, NodaTime.Duration.FromHours(4)) }))
            .WithPreferences(PartyRole.Provider, new CommunicationPreferences(Channel.InPerson, MessageLength.Short))
            .WithMeetingPolicy(new MeetingPolicy(NodaTime.Duration.FromMinutes(30), NodaTime.Duration.FromMinutes(60), recapWithinBusinessDays: 0))
            .WithFeedback(new FeedbackPolicy(requestWithinBusinessDays: 0))
            .Build();

        var document = OnePager.Write(agreement, null, Language.FromName(language), DocumentFormat.PlainText);

        document.Should().Contain(prefers).And.Contain(replies).And.Contain(recap).And.Contain(feedback)
            .And.Contain(deposit).And.Contain(milestone).And.Contain(final);
    }

    [Theory]
    [InlineData("English", 1, "within 1 business minute")]
    [InlineData("English", 20, "within 20 business minutes")]
    [InlineData("English", 90, "within 1.5 business hours")]
    [InlineData("English", 60, "within 1 business hour")]
    [InlineData("Spanish", 20, "en un máximo de 20 minutos laborables")]
    [InlineData("Indonesian", 20, "paling lambat 20 menit kerja")]
    [InlineData("Malay", 20, "dalam tempoh 20 minit bekerja")]
    public void A_commitment_of_minutes_is_worded_in_minutes_and_one_of_half_hours_in_hours(string language, int minutes, string expected)
    {
        var agreement = new AgreementBuilder(new AgreementId("minutes"), "Minutes")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.Email, Channel.Portal }, new[] { new ResponseCommitment(Channel.Portal, NodaTime.Duration.FromMinutes(minutes)) }))
            .Build();

        OnePager.Write(agreement, null, Language.FromName(language), DocumentFormat.PlainText).Should().Contain(expected).And.NotContain("0.02").And.NotContain("0.33");
    }

    [Fact]
    public void Contact_hours_list_the_windows_on_the_partys_working_days_only()
    {
        // Windows of Monday to Saturday for a party that works Monday to Friday: Saturday's never open, so they are not promised.
        var mondayToSaturday = WorkingWeek.Of(
            Enumerable.Range(1, 6).Select(d => (NodaTime.IsoDayOfWeek)d),
            TimeOfDayRange.Of(10, 0, 13, 0));
        var agreement = new AgreementBuilder(new AgreementId("windows"), "Windows")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 3)
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(new[] { Channel.Email }, null, mondayToSaturday))
            .Build();

        OnePager.Write(agreement, null, Language.English, DocumentFormat.PlainText).Should()
            .Contain("- Contact hours: Monday to Friday, 10:00–13:00 (Madrid time)\n");
    }

    [Fact]
    public void A_date_the_providers_clocks_skipped_is_listed_as_such()
    {
        // Samoa moved across the date line: Friday 30 December 2011 never happened in Apia.
        var agreement = new AgreementBuilder(new AgreementId("apia"), "Year-end report")
            .WithProvider("Apia Studio", BusinessCalendar.MondayToFriday(Zone("Pacific/Apia")))
            .WithClient("Harbour Inn", BusinessCalendar.MondayToFriday(Zone("Pacific/Apia")))
            .AddStage("write", "Write", PartyRole.Provider, 5)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2011-12-26")).Value;

        OnePager.Write(agreement, plan, Language.English, DocumentFormat.PlainText).Should()
            .Contain("- Apia Studio: Friday 30 December 2011 (a date its time zone skips)\n");
    }

    [Fact]
    public void An_engagement_with_nothing_proposed_is_refused_by_name()
    {
        FluentActions.Invoking(() => OnePager.Write(EngagementState.Initial, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentException>().WithParameterName("engagement");
        FluentActions.Invoking(() => OnePager.Write((EngagementState)null!, Language.English, DocumentFormat.Markdown))
            .Should().Throw<ArgumentNullException>().WithParameterName("engagement");
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
