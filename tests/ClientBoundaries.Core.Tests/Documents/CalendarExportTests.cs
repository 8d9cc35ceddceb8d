using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.ExportedCalendar;
using Duration = NodaTime.Duration;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace ClientBoundaries.Tests.Documents;

/// <summary>The calendar export of issue 7, read back with Ical.Net as a calendar app would; the form of its lines checked on the raw text.</summary>
public class CalendarExportTests
{
    private static readonly MeetingId KickOff = new("kick-off");
    private static readonly MeetingId LaunchReview = new("launch-review");
    private static readonly string[] LaunchReviewAgenda = { "Launch review" };
    private static readonly string[] DesignReviewAgenda = { "Home page" };
    private static readonly Instant Stamp = I("2026-02-20T12:00:00Z");
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly string[] FootDraggingFiles = { "foot-dragging.dates.en.ics", "foot-dragging.dates.es.ics", "foot-dragging.dates.id.ics", "foot-dragging.dates.ms.ics" };
    private const string NotInvoicedYet = "Not invoiced yet: this date supposes every stage is handed over and accepted on its due date.";

    /// <summary>
    /// The Jakarta studio and the Madrid bakery (<see cref="Talks"/>) with weekly Monday check-ins,
    /// scheduled from Monday 2 March 2026, with the kick-off booked for Monday 2 March 09:00Z (16:00 in
    /// Jakarta, an hour, another appointment after it) and a launch review on Monday 2 November 09:00Z
    /// (16:00 in Jakarta, 30 minutes), far enough to take the export past both of Madrid's 2026 clock changes.
    /// </summary>
    private static EngagementDriver JakartaAndMadridWithMeetings() =>
        Talks.Scheduled(Talks.JakartaAndMadrid().WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday)).Build())
            .Do(new BookMeeting(KickOff, I("2026-03-02T09:00:00Z"), Talks.KickOffAgenda, null, true, I("2026-02-25T09:00:00Z")))
            .Do(new BookMeeting(LaunchReview, I("2026-11-02T09:00:00Z"), LaunchReviewAgenda, Duration.FromMinutes(30), false, I("2026-02-25T09:05:00Z")));

    [Fact]
    public void ToICalendar_an_engagement_with_meetings_exports_every_date_with_its_zone_uid_and_reminders()
    {
        var engagement = JakartaAndMadridWithMeetings();

        var text = CalendarExport.ToICalendar(engagement.State, Language.English, Stamp);

        AssertWellFormed(text);
        var calendar = ExportedCalendar.Load(text);
        calendar.Version.Should().Be("2.0");
        calendar.ProductId.Should().Be("-//ClientBoundaries//ClientBoundaries.Core//EN");
        calendar.Scale.Should().Be("GREGORIAN");
        calendar.Method.Should().Be("PUBLISH");
        calendar.Properties["X-WR-CALNAME"]!.Value.Should().Be("Website redesign for Acme Bakery");

        // The plan, worked out by hand (the studio works 09:00-17:00 WIB, UTC+7; the bakery 09:00-18:00 in Madrid, UTC+1 until 29 March):
        // discovery, studio, 2 days: Mon 2 and Tue 3 March, handed over at 17:00 WIB (10:00Z, 11:00 in Madrid, after the bakery's day began);
        // content, bakery, 5 days from Wed 4: 4, 5, 6, 9, 10 March, handed over at 18:00 in Madrid (17:00Z, midnight in Jakarta);
        // design, studio, 5 days from Wed 11: 11, 12, 13, 16, 17 March, handed over at 17:00 WIB (10:00Z);
        // feedback, bakery, 3 days from Wed 18: 18, 19, 20 March, handed over at 18:00 in Madrid (17:00Z, Saturday 00:00 in Jakarta);
        // build, studio, 10 days from Mon 23: 23-27, 30, 31 March, 1, 2 April, Good Friday 3 April off, Mon 6 April, delivered at 17:00 WIB.
        // Payments (6,000 EUR; the 30% deposit was received before scheduling, so it is not owed):
        // 40% = 2,400 EUR 14 days after the design is accepted, as planned at its due moment, Tue 17 March 10:00Z, 11:00 in Madrid:
        // Tue 31 March, a business day in Madrid; the final 30% = 1,800 EUR 14 days after completion, planned at the build's due
        // moment, Mon 6 April 10:00Z, 12:00 in Madrid: Mon 20 April, a business day.
        // Check-ins: the studio's Mondays from 2 March through the plan's end, 6 April: 2, 9, 16, 23, 30 March, 6 April.
        var events = calendar.Events.ToList();
        events.Should().HaveCount(20, "5 stages, 5 handoffs, 2 payments, 6 check-ins and 2 meetings");
        events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
        events.Should().OnlyContain(e => Moment(e.DtStamp) == Stamp && e.Sequence == 193752000, "SEQUENCE is the seconds from 2020-01-01T00:00Z to the stamp");

        var byUid = events.ToDictionary(e => e.Uid!);
        const string Studio = "Pixel & Pine Studio";
        const string Bakery = "Acme Bakery";

        AllDay(byUid["acme-website/stage/discovery@clientboundaries"], D("2026-03-02"), D("2026-03-03"), "Discovery call, by " + Studio)
            .Should().Be($"What {Studio} does:\n- Run a 60-minute discovery call\nWhat {Bakery} does:\n- Bring the logo and three sites you like\nHanded over at the end: A written brief and a sitemap");
        AllDay(byUid["acme-website/stage/content@clientboundaries"], D("2026-03-04"), D("2026-03-10"), "Client sends content, by " + Bakery)
            .Should().Be($"What {Bakery} does:\n- Send all page copy and photos\nHanded over at the end: Final copy for every page");
        AllDay(byUid["acme-website/stage/design@clientboundaries"], D("2026-03-11"), D("2026-03-17"), "Design draft, by " + Studio)
            .Should().Be("Handed over at the end: A clickable prototype");
        AllDay(byUid["acme-website/stage/feedback@clientboundaries"], D("2026-03-18"), D("2026-03-20"), "Client feedback, by " + Bakery)
            .Should().Be("Handed over at the end: One consolidated list of changes");
        AllDay(byUid["acme-website/stage/build@clientboundaries"], D("2026-03-23"), D("2026-04-06"), "Build and launch, by " + Studio)
            .Should().Be("Handed over at the end: The live site");
        foreach (var stage in events.Where(e => e.Uid!.Contains("/stage/", StringComparison.Ordinal)))
        {
            stage.Alarms.Should().BeEmpty("the handoff that ends a stage carries its reminder");
            stage.Transparency.Should().Be("TRANSPARENT");
        }

        Handoff(byUid["acme-website/handoff/discovery@clientboundaries"], "Asia/Jakarta", "2026-03-03T17:00", $"Discovery call: {Studio} hands over to {Bakery}")
            .Should().Be("After \"Discovery call\": A written brief and a sitemap.\nNext: \"Client sends content\", by Acme Bakery, due 10 March 2026.");
        Handoff(byUid["acme-website/handoff/content@clientboundaries"], "Europe/Madrid", "2026-03-10T18:00", $"Client sends content: {Bakery} hands over to {Studio}")
            .Should().Be("After \"Client sends content\": Final copy for every page.\nNext: \"Design draft\", by Pixel & Pine Studio, due 17 March 2026.");
        Handoff(byUid["acme-website/handoff/design@clientboundaries"], "Asia/Jakarta", "2026-03-17T17:00", $"Design draft: {Studio} hands over to {Bakery}")
            .Should().Be("After \"Design draft\": A clickable prototype.\nNext: \"Client feedback\", by Acme Bakery, due 20 March 2026.");
        Handoff(byUid["acme-website/handoff/feedback@clientboundaries"], "Europe/Madrid", "2026-03-20T18:00", $"Client feedback: {Bakery} hands over to {Studio}")
            .Should().Be("After \"Client feedback\": One consolidated list of changes.\nNext: \"Build and launch\", by Pixel & Pine Studio, due 6 April 2026.");
        Handoff(byUid["acme-website/handoff/build@clientboundaries"], "Asia/Jakarta", "2026-04-06T17:00", $"Build and launch: {Studio} hands over to {Bakery}")
            .Should().Be("After \"Build and launch\": The live site.", "the final delivery has no next stage");
        Moment(byUid["acme-website/handoff/content@clientboundaries"].Start).Should().Be(I("2026-03-10T17:00:00Z"), "Madrid is on UTC+1 until 29 March");

        Payment(byUid["acme-website/payment/milestone/design@clientboundaries"], D("2026-03-31"), $"Payment due: {Bakery} pays {Studio} 2,400.00 EUR for the payment after \"Design draft\"", NotInvoicedYet);
        Payment(byUid["acme-website/payment/final@clientboundaries"], D("2026-04-20"), $"Payment due: {Bakery} pays {Studio} 1,800.00 EUR for the final payment", NotInvoicedYet);
        byUid.Keys.Should().NotContain("acme-website/payment/deposit@clientboundaries", "the deposit was received before the work was scheduled");

        // Each check-in names the stage under way that day by the plan.
        foreach (var (day, stage) in new[]
        {
            ("2026-03-02", $"\"Discovery call\", by {Studio}"),
            ("2026-03-09", $"\"Client sends content\", by {Bakery}"),
            ("2026-03-16", $"\"Design draft\", by {Studio}"),
            ("2026-03-23", $"\"Build and launch\", by {Studio}"),
            ("2026-03-30", $"\"Build and launch\", by {Studio}"),
            ("2026-04-06", $"\"Build and launch\", by {Studio}"),
        })
        {
            var checkIn = byUid[$"acme-website/check-in/{day}@clientboundaries"];
            AllDay(checkIn, D(day), D(day), $"Check-in: {Studio} and {Bakery}").Should().Be($"Stage under way: {stage}.");
            checkIn.Alarms.Should().BeEmpty();
        }

        var kickOff = byUid["acme-website/meeting/kick-off@clientboundaries"];
        Timed(kickOff.Start).Should().Be(("Asia/Jakarta", L("2026-03-02T16:00")));
        Timed(kickOff.DtEnd).Should().Be(("Asia/Jakarta", L("2026-03-02T17:00")));
        (Moment(kickOff.Start), Moment(kickOff.DtEnd)).Should().Be((I("2026-03-02T09:00:00Z"), I("2026-03-02T10:00:00Z")), "as booked");
        kickOff.Summary.Should().Be("Meeting: Website redesign for Acme Bakery");
        kickOff.Description.Should().Be($"Agenda:\n- Goals\n- Sitemap\n- Next steps\nAnother appointment follows, so the meeting ends on time.\nStage under way: \"Discovery call\", by {Studio}.");
        kickOff.Transparency.Should().Be("OPAQUE", "a meeting takes the time it is booked for");
        Alarms(kickOff).Should().Equal(
            ("START", Duration.FromMinutes(15), "Reminder: Meeting: Website redesign for Acme Bakery"),
            ("END", Duration.FromMinutes(10), "10 minutes left: time for the most important item; whatever is not covered goes into the follow-up message."));

        var review = byUid["acme-website/meeting/launch-review@clientboundaries"];
        Timed(review.Start).Should().Be(("Asia/Jakarta", L("2026-11-02T16:00")));
        Timed(review.DtEnd).Should().Be(("Asia/Jakarta", L("2026-11-02T16:30")));
        review.Description.Should().Be("Agenda:\n- Launch review", "no stage is planned that late");
        Alarms(review).Should().HaveCount(2).And.Contain(("END", Duration.FromMinutes(10), "10 minutes left: time for the most important item; whatever is not covered goes into the follow-up message."));

        // Every TZID used has its VTIMEZONE.
        var used = events.SelectMany(e => new[] { e.Start, e.DtEnd }).Where(v => v is { HasTime: true }).Select(v => v!.TzId).Distinct().ToList();
        used.Should().BeEquivalentTo("Asia/Jakarta", "Europe/Madrid");
        var zones = calendar.TimeZones.ToList();
        zones.Select(z => z.TzId).Should().Equal("Asia/Jakarta", "Europe/Madrid");

        // Jakarta has kept UTC+7 (WIB) since it left UTC+7:30 at midnight on 1 January 1964: one STANDARD observance.
        Observances(zones[0]).Should().Equal(("STANDARD", L("1964-01-01T00:00"), Offset.FromHoursAndMinutes(7, 30), Offset.FromHours(7), "WIB"));

        // The export runs from 2 March to 2 November 2026. Madrid is on CET (since 26 October 2025, 03:00 CEST became 02:00 CET),
        // goes to CEST on 29 March 2026 (02:00 CET becomes 03:00) and back on 25 October 2026 (03:00 CEST becomes 02:00 CET).
        Observances(zones[1]).Should().Equal(
            ("STANDARD", L("2025-10-26T03:00"), Offset.FromHours(2), Offset.FromHours(1), "CET"),
            ("DAYLIGHT", L("2026-03-29T02:00"), Offset.FromHours(1), Offset.FromHours(2), "CEST"),
            ("STANDARD", L("2026-10-25T03:00"), Offset.FromHours(2), Offset.FromHours(1), "CET"));
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void ToICalendar_of_the_foot_dragging_engagement_matches_its_approved_version(string language)
    {
        var lang = Language.FromName(language);
        var state = Stories.FootDragging(D("2026-05-12")).State;

        var text = CalendarExport.ToICalendar(state, lang, Madrid("2026-05-12T12:00"));

        AssertWellFormed(text);
        ExportedCalendar.Load(text).Events.Should().HaveCount(27, "Ical.Net reads every date of the file");
        Golden.Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal), $"foot-dragging.dates.{lang.Code}.ics");
    }

    [Fact]
    public void Every_approved_calendar_file_is_read_by_ical_net_with_the_same_events_in_every_language()
    {
        // The golden files are kept with LF line endings; the export writes CRLF, as RFC 5545 wants.
        var files = Directory.GetFiles(Golden.Folder, "*.ics").Where(f => !f.Contains(".received.", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        files.Select(Path.GetFileName).Should().Contain(FootDraggingFiles);

        var read = files.ToDictionary(f => Path.GetFileName(f), f => ExportedCalendar.Load(File.ReadAllText(f).Replace("\n", "\r\n", StringComparison.Ordinal)));

        var english = read["foot-dragging.dates.en.ics"];
        foreach (var (name, calendar) in read)
        {
            calendar.Events.Should().NotBeEmpty(name);
            calendar.Events.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Summary) && e.Start != null, name + ": every event has a title and a start");
            if (name.StartsWith("foot-dragging.dates.", StringComparison.Ordinal))
            {
                // The language changes the words, never which dates there are nor when they are.
                calendar.Events.Select(e => (e.Uid, e.Start, e.DtEnd, e.Status, e.Alarms.Count))
                    .Should().Equal(english.Events.Select(e => (e.Uid, e.Start, e.DtEnd, e.Status, e.Alarms.Count)), name);
            }
        }

        // The foot-dragging story on 12 May 2026: the studio started the design on Friday 8 May, so its 5 business days in
        // Madrid are 8, 11, 12, 13 and 14 May.
        var design = english.Events.Single(e => e.Uid == "acme-website/stage/design@clientboundaries");
        design.IsAllDay.Should().BeTrue();
        (Day(design.Start), Day(design.DtEnd)).Should().Be((D("2026-05-08"), D("2026-05-15")), "DTEND is the day after the last");
    }

    [Theory]
    [InlineData("English", "Design draft: Pixel & Pine Studio hands over to Acme Bakery", "Stage under way: \"Design draft\", by Pixel & Pine Studio.", "Next stage: \"Design draft\", by Pixel & Pine Studio, from 8 May 2026.")]
    [InlineData("Spanish", "Entrega de «Design draft»: de Pixel & Pine Studio a Acme Bakery", "Etapa en curso: «Design draft», a cargo de Pixel & Pine Studio.", "Próxima etapa: «Design draft», a cargo de Pixel & Pine Studio, desde el 8 de mayo de 2026.")]
    [InlineData("Indonesian", "Serah terima \"Design draft\": dari Pixel & Pine Studio ke Acme Bakery", "Tahap yang sedang berjalan: \"Design draft\", dikerjakan oleh Pixel & Pine Studio.", "Tahap berikutnya: \"Design draft\", dikerjakan oleh Pixel & Pine Studio, mulai 8 Mei 2026.")]
    [InlineData("Malay", "Penyerahan \"Design draft\": daripada Pixel & Pine Studio kepada Acme Bakery", "Peringkat semasa: \"Design draft\", oleh Pixel & Pine Studio.", "Peringkat seterusnya: \"Design draft\", oleh Pixel & Pine Studio, bermula 8 Mei 2026.")]
    public void ToICalendar_names_the_stage_of_every_handoff_check_in_and_meeting_by_its_title_in_the_language(string language, string handoff, string underWay, string next)
    {
        // The foot-dragging engagement on 12 May: the content came on 29 April, the design starts on Friday 8 May after the
        // studio's restart lead time, so Monday 4 May falls between two stages and Monday 11 May in the design (8-14 May). A
        // design review is booked for Wednesday 13 May at 10:00, during the design.
        var state = Stories.FootDragging(D("2026-05-12"))
            .Do(new BookMeeting(new MeetingId("design-review"), Madrid("2026-05-13T10:00"), DesignReviewAgenda, Duration.FromMinutes(45), false, Madrid("2026-05-12T12:00")))
            .State;

        var events = Events(CalendarExport.ToICalendar(state, Language.FromName(language), Madrid("2026-05-12T12:00")));

        events["acme-website/handoff/design@clientboundaries"].Summary.Should().Be(handoff);
        events["acme-website/check-in/2026-05-11@clientboundaries"].Description.Should().Be(underWay);
        events["acme-website/check-in/2026-05-04@clientboundaries"].Description.Should().Be(next);
        events["acme-website/meeting/design-review@clientboundaries"].Description.Should().EndWith("\n" + underWay);
        foreach (var stage in Stories.HowWeWorkTogether().Build().Stages)
        {
            events[$"acme-website/stage/{stage.Key.Value}@clientboundaries"].Summary.Should().StartWith(stage.Name);
            events[$"acme-website/handoff/{stage.Key.Value}@clientboundaries"].Summary.Should().Contain(stage.Name);
        }
    }

    [Fact]
    public void ToICalendar_texts_with_escapes_and_long_accented_lines_survive_folding_unchanged()
    {
        // Every character TEXT must escape, a line break, and a stage long enough to be folded several times,
        // with two-byte (é, ñ), three-byte (€) and four-byte (🎨, a surrogate pair in .NET) characters.
        const string Tricky = "Design; draft, v2 \\ \"final\"\nthen review";
        const string Long = "Diseño de la página de inicio y de una página interior, versión de escritorio y móvil, con revisión a fondo 🎨 y presupuesto en €";
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.Madrid(), TestSupport.Calendars.Madrid())
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .Build();
        agreement = new AgreementBuilder(agreement.Id, agreement.Title)
            .WithProvider(agreement.Provider.Name, agreement.Provider.Calendar)
            .WithClient(agreement.Client.Name, agreement.Client.Calendar)
            .AddStage("design", Tricky, PartyRole.Provider, 5, s => s.ProviderDoes(Long).HandsOver("Un prototipo navegable, señalado con «comillas»; y ñandú"))
            .AddStage("feedback", "Tanggapan klien: satu daftar perubahan yang sudah digabungkan dari semua pihak, lengkap dan jelas", PartyRole.Client, 3)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var spanish = CalendarExport.ToICalendar(agreement, plan, Language.Spanish, Stamp);
        var indonesian = CalendarExport.ToICalendar(agreement, plan, Language.Indonesian, Stamp);

        AssertWellFormed(spanish);
        AssertWellFormed(indonesian);
        ICalendarLines.PhysicalLines(spanish).Should().Contain(l => l.StartsWith(' '), "the long lines were folded");
        ICalendarLines.Unfold(spanish).Should().Contain(
            "SUMMARY:Design\\; draft\\, v2 \\\\ \"final\"\\nthen review\\, a cargo de Pixel & Pine Studio", "escaped as RFC 5545 says");

        var design = Events(spanish)["acme-website/stage/design@clientboundaries"];
        design.Summary.Should().Be(Tricky + ", a cargo de Pixel & Pine Studio");
        design.Description.Should().Be("Tareas de Pixel & Pine Studio:\n- " + Long + "\nAl terminar se entrega: Un prototipo navegable, señalado con «comillas»; y ñandú");

        // Both in Madrid from Monday 2 March: the design takes 2-6 March, the feedback Monday 9 to Wednesday 11 March.
        var handoff = Events(indonesian)["acme-website/handoff/design@clientboundaries"];
        handoff.Summary.Should().Be("Serah terima \"" + Tricky + "\": dari Pixel & Pine Studio ke Acme Bakery");
        handoff.Description.Should().Be(
            "Setelah \"" + Tricky + "\": Un prototipo navegable, señalado con «comillas»; y ñandú.\n"
            + "Berikutnya: \"Tanggapan klien: satu daftar perubahan yang sudah digabungkan dari semua pihak, lengkap dan jelas\", dikerjakan oleh Acme Bakery, tenggat "
            + Phrasebook.Of(Language.Indonesian).Date(D("2026-03-11")) + ".");
    }

    [Theory]
    [InlineData("Spanish", "Recordatorio", "Reunión inicial y guion, a cargo de Studio Sinar Nusantara", "Entrega de «Reunión inicial y guion»: de Studio Sinar Nusantara a Panadería Núñez",
        "Tareas de Studio Sinar Nusantara:\n- Menyusun ringkasan proyek bersama Bu Siti Nurhaliza\nTareas de Panadería Núñez:\n- Enviar las fotos del obrador de Begoña Ibáñez\nAl terminar se entrega: Ringkasan proyek dan peta situs")]
    [InlineData("Indonesian", "Pengingat", "Reunión inicial y guion, dikerjakan oleh Studio Sinar Nusantara", "Serah terima \"Reunión inicial y guion\": dari Studio Sinar Nusantara ke Panadería Núñez",
        "Tugas Studio Sinar Nusantara:\n- Menyusun ringkasan proyek bersama Bu Siti Nurhaliza\nTugas Panadería Núñez:\n- Enviar las fotos del obrador de Begoña Ibáñez\nDiserahkan di akhir tahap: Ringkasan proyek dan peta situs")]
    public void ToICalendar_with_spanish_and_indonesian_names_round_trips_through_ical_net_from_the_files_bytes(string language, string reminder, string stage, string handoff, string tasks)
    {
        // A Jakarta studio and a Madrid bakery, planned from Monday 2 March 2026: the brief is the studio's Monday 2 and
        // Tuesday 3 March, handed over at 16:00 WIB (09:00Z, 10:00 in Madrid, after the bakery's day began), so the photos
        // are the bakery's Wednesday 4 to Friday 6 March.
        var agreement = new AgreementBuilder(new AgreementId("web-nunez"), "Rediseño web de la Panadería Núñez")
            .WithProvider("Studio Sinar Nusantara", TestSupport.Calendars.Jakarta())
            .WithClient("Panadería Núñez", TestSupport.Calendars.Madrid())
            .AddStage("guion", "Reunión inicial y guion", PartyRole.Provider, 2, s => s
                .ProviderDoes("Menyusun ringkasan proyek bersama Bu Siti Nurhaliza")
                .ClientDoes("Enviar las fotos del obrador de Begoña Ibáñez")
                .HandsOver("Ringkasan proyek dan peta situs"))
            .AddStage("fotos", "Fotos y textos: señalización del obrador", PartyRole.Client, 3)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var text = CalendarExport.ToICalendar(agreement, plan, Language.FromName(language), Stamp);

        AssertWellFormed(text);
        var calendar = ExportedCalendar.Load(new UTF8Encoding(false).GetBytes(text));
        calendar.Properties["X-WR-CALNAME"]!.Value.Should().Be("Rediseño web de la Panadería Núñez");
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        var brief = events["web-nunez/stage/guion@clientboundaries"];
        AllDay(brief, D("2026-03-02"), D("2026-03-03"), stage).Should().Be(tasks);
        Handoff(events["web-nunez/handoff/guion@clientboundaries"], "Asia/Jakarta", "2026-03-03T16:00", handoff, reminder);
        Day(events["web-nunez/stage/fotos@clientboundaries"].Start).Should().Be(D("2026-03-04"));
        events["web-nunez/stage/fotos@clientboundaries"].Summary.Should().StartWith("Fotos y textos: señalización del obrador, ");
        events.Values.Should().OnlyContain(e => !(e.Summary + e.Description).Contains('\uFFFD', StringComparison.Ordinal), "no character was lost on the way");
    }

    [Fact]
    public void ToICalendar_leaves_out_the_control_characters_TEXT_may_not_hold()
    {
        // DEL and BEL in a stage name, NUL and a C1 control in a task, NEL (a line break) in the hand-over.
        var agreement = new AgreementBuilder(new AgreementId("lab-work"), "Lab\u007F work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design\u007F draft\u0007", PartyRole.Provider, 3, s => s.ProviderDoes("Sketch\u0000 the\u009B home page").HandsOver("A prototype\u0085and notes"))
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var text = CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp);

        AssertWellFormed(text);
        var calendar = ExportedCalendar.Load(text);
        calendar.Properties["X-WR-CALNAME"]!.Value.Should().Be("Lab work");
        var design = calendar.Events.Single(e => e.Uid == "lab-work/stage/design@clientboundaries");
        design.Summary.Should().Be("Design draft, by Pixel & Pine Studio");
        design.Description.Should().Be("What Pixel & Pine Studio does:\n- Sketch the home page\nHanded over at the end: A prototype\nand notes");
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:2026030", "VEVENT x@test: DTSTART")]
    [InlineData("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1X\r\nEND:VALARM", "VEVENT x@test > VALARM: TRIGGER")]
    [InlineData("DTSTART;TZID=Nowhere/Atlantis:20260302T100000", "cannot place x@test on the time line")]
    [InlineData("END:VTODO", "could not read the file")]
    public void The_tests_reader_fails_where_ical_net_would_read_a_file_only_in_part(string line, string problem)
    {
        // Ical.Net reads a malformed date or trigger as nothing, without a word: the tests' reader says so.
        var file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x@test\r\nDTSTAMP:20260220T120000Z\r\n" + line + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        FluentActions.Invoking(() => ExportedCalendar.Load(file)).Should().Throw<Xunit.Sdk.XunitException>().Which.Message.Should().Contain(problem);
    }

    [Fact]
    public void Escape_keeps_tabs_and_whole_surrogate_pairs_and_drops_every_other_control_character()
    {
        ICalendarWriter.Escape("a\u007Fb\u0001c\u009Fd\te\u0085f\uD800g🎨,;\\").Should().Be("abcd\te\\nf\uFFFDg🎨\\,\\;\\\\");
    }

    [Fact]
    public void ToICalendar_gives_every_event_a_higher_sequence_in_a_file_made_later_even_for_a_re_plan_of_the_same_agreement_version()
    {
        // Discovery, due Tuesday 3 March, finishes on Monday 2 March: the re-plan moves every later stage a day earlier,
        // under the same agreement version. Then the engagement's own file, with the same UIDs.
        var agreement = Stories.HowWeWorkTogether().Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;
        var replanned = Scheduler.Replan(agreement, plan, new Dictionary<StageKey, LocalDate> { [Stories.Discovery] = D("2026-03-02") }).Value;
        replanned.AgreementVersion.Should().Be(plan.AgreementVersion);

        var planned = Events(CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp));
        var moved = Events(CalendarExport.ToICalendar(agreement, replanned, Language.English, I("2026-03-02T18:00:00Z")));
        var engagement = Events(CalendarExport.ToICalendar(ScheduledWebsite(agreement).State, Language.English, I("2026-03-03T08:00:00Z")));

        Day(moved["acme-website/stage/content@clientboundaries"].Start).Should().Be(D("2026-03-03"), "the re-plan moved it a day earlier");
        Day(planned["acme-website/stage/content@clientboundaries"].Start).Should().Be(D("2026-03-04"));
        foreach (var uid in planned.Keys.Intersect(moved.Keys).Intersect(engagement.Keys))
        {
            var sequences = new[] { planned, moved, engagement }.Select(file => file[uid].Sequence).ToList();
            sequences.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems($"{uid} changes in each later file");
        }

        Events(CalendarExport.ToICalendar(agreement, replanned, Language.English, I("2026-03-02T18:00:00Z")))["acme-website/stage/content@clientboundaries"].Sequence
            .Should().Be(moved["acme-website/stage/content@clientboundaries"].Sequence, "the same arguments give the same file");
        Events(CalendarExport.ToICalendar(agreement, plan, Language.English, I("2019-12-31T23:59:59Z"))).Values.Should().OnlyContain(e => e.Sequence == 0, "a stamp before 2020 gives 0, never a negative SEQUENCE");
    }

    [Fact]
    public void Fold_never_cuts_a_character_and_fills_each_line_to_75_octets()
    {
        // 74 ASCII octets then "é" (2 octets) would make 76: the "é" moves whole to the next line.
        var line = "DESCRIPTION:" + new string('a', 62) + "é" + new string('b', 80);

        var folded = ICalendarWriter.Fold(line).ToList();

        folded[0].Should().Be("DESCRIPTION:" + new string('a', 62));
        folded[1].Should().StartWith(" é");
        folded.Select(l => Encoding.UTF8.GetByteCount(l)).Should().OnlyContain(n => n <= 75);
        Encoding.UTF8.GetByteCount(folded[1]).Should().Be(75, "a continuation is filled to 75 octets, its leading space included");
        string.Concat(folded.Select((l, i) => i == 0 ? l : l[1..])).Should().Be(line);

        // A surrogate pair (4 octets) at the edge also moves whole.
        var emoji = "X:" + new string('a', 72) + "🎨";
        ICalendarWriter.Fold(emoji).Should().Equal("X:" + new string('a', 72), " 🎨");
    }

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(-24 * 60, "-P1D")]
    [InlineData(-15 * 60, "-PT15H")]
    [InlineData(-10, "-PT10M")]
    [InlineData(-90, "-PT1H30M")]
    [InlineData(26 * 60, "P1DT2H")]
    public void DurationValue_writes_RFC_5545_durations(int minutes, string expected) =>
        ICalendarWriter.DurationValue(Duration.FromMinutes(minutes)).Should().Be(expected);

    [Fact]
    public void Local_writes_the_second_occurrence_of_a_repeated_hour_in_UTC_so_it_keeps_its_meaning()
    {
        // On 25 October 2026 Madrid's clocks go back from 03:00 CEST to 02:00 CET: 02:30 happens at 00:30Z and again at 01:30Z.
        // RFC 5545 reads a repeated local time as its first occurrence, so only 00:30Z may be written as 02:30 in Madrid.
        var writer = new ICalendarWriter();

        writer.Local("DTSTART", I("2026-10-25T00:30:00Z"), Zone("Europe/Madrid"));
        writer.Local("DTSTART", I("2026-10-25T01:30:00Z"), Zone("Europe/Madrid"));

        writer.ToString().Should().Be("DTSTART;TZID=Europe/Madrid:20261025T023000\r\nDTSTART:20261025T013000Z\r\n");
    }

    [Fact]
    public void TimeZone_of_a_zone_that_never_changed_has_one_standard_observance()
    {
        var writer = new ICalendarWriter();

        writer.TimeZone(DateTimeZone.Utc, I("2026-03-01T00:00:00Z"), I("2026-12-01T00:00:00Z"));

        var zone = ExportedCalendar.Load("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + writer + "END:VCALENDAR\r\n").TimeZones.Single();
        zone.TzId.Should().Be("UTC");
        Observances(zone).Should().Equal(("STANDARD", L("1970-01-01T00:00"), Offset.Zero, Offset.Zero, "UTC"));
    }

    [Fact]
    public void ToICalendar_gives_the_same_uids_at_any_stamp_and_after_a_re_plan_and_cancels_a_called_off_meeting_under_its_uid()
    {
        var engagement = JakartaAndMadridWithMeetings();
        var first = Uids(CalendarExport.ToICalendar(engagement.State, Language.English, Stamp));

        // Discovery delivered a day early (Monday 2 March, 17:00 WIB): every later date moves, no UID does.
        engagement
            .Do(new StartStage(Stories.Discovery, At("Asia/Jakarta", "2026-03-02T09:00")))
            .Do(new HandOff(Stories.Discovery, At("Asia/Jakarta", "2026-03-02T17:00")))
            .Do(new CancelMeeting(LaunchReview, "The launch moved", I("2026-03-02T11:00:00Z")));
        var later = CalendarExport.ToICalendar(engagement.State, Language.English, I("2026-03-02T12:00:00Z"));
        var calendar = ExportedCalendar.Load(later);

        Uids(later).Should().Equal(first, "a called-off meeting stays under its UID, so a calendar that has it can drop it");
        Uids(CalendarExport.ToICalendar(engagement.State, Language.Malay, I("2026-03-02T12:00:00Z"))).Should().Equal(Uids(later), "the language changes no UID");
        Uids(CalendarExport.ToICalendar(engagement.State, Language.English, I("2027-01-01T00:00:00Z"))).Where(uid => !uid.Contains("/check-in/", StringComparison.Ordinal))
            .Should().Equal(Uids(later).Where(uid => !uid.Contains("/check-in/", StringComparison.Ordinal)), "a later stamp moves the late content's dates, not its UIDs (only check-ins are added as the plan stretches)");

        // The content stage now starts on Tuesday 3 March (the ball reached Madrid at 11:00 on Monday, after its day began).
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        Day(events["acme-website/stage/discovery@clientboundaries"].DtEnd).Should().Be(D("2026-03-03"), "it finished on Monday 2 March");
        Day(events["acme-website/stage/content@clientboundaries"].Start).Should().Be(D("2026-03-03"));
        var done = events["acme-website/handoff/discovery@clientboundaries"];
        Timed(done.Start).Should().Be(("Asia/Jakarta", L("2026-03-02T17:00")));
        done.Alarms.Should().BeEmpty("a handoff already made needs no reminder");
        events["acme-website/handoff/content@clientboundaries"].Alarms.Should().ContainSingle();
        var calledOff = events["acme-website/meeting/launch-review@clientboundaries"];
        calledOff.Status.Should().Be("CANCELLED");
        calledOff.Alarms.Should().BeEmpty("nobody needs reminding of a meeting that is off");
        events.Values.Where(e => e != calledOff).Should().OnlyContain(e => e.Status == null, "everything else still happens");
        calendar.Events.Should().OnlyContain(e => e.Sequence == 194616000, "the file made on 2 March at noon supersedes the one of 20 February");
    }

    [Fact]
    public void ToICalendar_of_an_engagement_with_a_late_stage_dates_what_follows_from_the_stamp_not_from_the_due_date_gone()
    {
        // Both in Madrid. Discovery handed over on time, Tuesday 3 March at 18:00; the content was due Tuesday 10 March and
        // has not come. Exported on Monday 16 March at 12:00: the content is supposed handed over at 18:00 that day, so the
        // design runs Tuesday 17 to Monday 23 March (17, 18, 19, 20, 23), not 11-17 March as planned.
        var engagement = ScheduledWebsite()
            .Do(new StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Stories.Discovery, Madrid("2026-03-03T18:00")));

        var events = Events(CalendarExport.ToICalendar(engagement.State, Language.English, Madrid("2026-03-16T12:00")));

        var content = events["acme-website/stage/content@clientboundaries"];
        Day(content.Start).Should().Be(D("2026-03-04"));
        Day(content.DtEnd).Should().Be(D("2026-03-17"), "the late stage runs through today");
        var handoff = events["acme-website/handoff/content@clientboundaries"];
        Timed(handoff.Start).Should().Be(("Europe/Madrid", L("2026-03-16T18:00")));
        handoff.Alarms.Should().ContainSingle("the handoff has not happened: it still deserves its reminder");
        Day(events["acme-website/stage/design@clientboundaries"].Start).Should().Be(D("2026-03-17"));
        Day(events["acme-website/stage/design@clientboundaries"].DtEnd).Should().Be(D("2026-03-24"));
    }

    [Fact]
    public void ToICalendar_of_a_terminated_engagement_cancels_every_date_the_termination_stopped_and_keeps_what_happened()
    {
        // Discovery done on Monday 2 March at 17:00 WIB (10:00Z); the bakery ends the engagement on Wednesday 4 March at
        // 12:00Z (19:00 in Jakarta, the studio's 4 March), with the content stage open.
        var engagement = JakartaAndMadridWithMeetings()
            .Do(new StartStage(Stories.Discovery, At("Asia/Jakarta", "2026-03-02T09:00")))
            .Do(new HandOff(Stories.Discovery, At("Asia/Jakarta", "2026-03-02T17:00")))
            .Do(new Terminate(PartyRole.Client, "The bakery is closing", I("2026-03-04T12:00:00Z")));

        var events = Events(CalendarExport.ToICalendar(engagement.State, Language.English, I("2026-03-05T12:00:00Z")));

        var happened = new[]
        {
            "acme-website/stage/discovery@clientboundaries",
            "acme-website/handoff/discovery@clientboundaries",
            "acme-website/check-in/2026-03-02@clientboundaries",
            "acme-website/meeting/kick-off@clientboundaries",
        };
        var stopped = new[]
        {
            "acme-website/stage/content@clientboundaries", "acme-website/stage/design@clientboundaries",
            "acme-website/stage/feedback@clientboundaries", "acme-website/stage/build@clientboundaries",
            "acme-website/handoff/content@clientboundaries", "acme-website/handoff/design@clientboundaries",
            "acme-website/handoff/feedback@clientboundaries", "acme-website/handoff/build@clientboundaries",
            "acme-website/payment/milestone/design@clientboundaries", "acme-website/payment/final@clientboundaries",
            "acme-website/meeting/launch-review@clientboundaries",
        };
        foreach (var uid in happened)
        {
            events[uid].Status.Should().BeNull($"{uid} happened before the termination");
        }

        foreach (var uid in stopped)
        {
            events[uid].Status.Should().Be("CANCELLED", $"{uid} will never happen");
            events[uid].Alarms.Should().BeEmpty($"{uid} needs no reminder");
        }

        var laterCheckIns = events.Keys.Where(uid => uid.Contains("/check-in/", StringComparison.Ordinal) && uid != happened[2]).ToList();
        laterCheckIns.Should().NotBeEmpty().And.OnlyContain(uid => events[uid].Status == "CANCELLED", "every Monday after 4 March is off");
        events.Should().HaveCount(happened.Length + stopped.Length + laterCheckIns.Count, "nothing else is exported");
    }

    [Fact]
    public void ToICalendar_of_a_plan_dates_the_payments_as_an_engagement_on_time_would()
    {
        // Stories: StandardPayment, 6,000 EUR: a 30% deposit, 40% (2,400 EUR) 14 days after the design is accepted, the
        // final 30% (1,800 EUR) 14 days after completion. Both parties in Madrid, planned from Monday 2 March 2026:
        // design Wed 11 - Tue 17 March, due at 18:00 that day; 17 + 14 = Tuesday 31 March, a Madrid business day.
        // Build Mon 23 March - Mon 6 April (Good Friday, 3 April, is off), due at 18:00; 6 + 14 = Monday 20 April, a business day.
        // The deposit is not in a plan's export: dates exist only once it is received.
        var agreement = Stories.HowWeWorkTogether().Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var planned = Payments(CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp));

        planned.Should().Equal(
            ("acme-website/payment/milestone/design@clientboundaries", D("2026-03-31"), "Payment due: Acme Bakery pays Pixel & Pine Studio 2,400.00 EUR for the payment after \"Design draft\""),
            ("acme-website/payment/final@clientboundaries", D("2026-04-20"), "Payment due: Acme Bakery pays Pixel & Pine Studio 1,800.00 EUR for the final payment"));

        // The engagement, every stage handed over at the very moment it is due and accepted then.
        var engagement = ScheduledWebsite(agreement);
        foreach (var stage in plan.Stages)
        {
            engagement
                .Do(new StartStage(stage.Key, Madrid(stage.Start.ToString("uuuu-MM-dd", null) + "T09:00")))
                .Do(new HandOff(stage.Key, stage.DueAt));
            if (stage.Key == Stories.Design || stage.Key == Stories.Build)
            {
                engagement.Do(new AcceptStage(stage.Key, stage.DueAt));
            }
        }

        engagement.Do(new Complete(plan.Stages[^1].DueAt));
        var real = Payments(CalendarExport.ToICalendar(engagement.State, Language.English, Stamp));
        real.Should().Equal(planned, "both are now invoiced, on the dates the plan promised");
        var invoiced = Events(CalendarExport.ToICalendar(engagement.State, Language.English, Stamp));
        invoiced["acme-website/payment/milestone/design@clientboundaries"].Description.Should().Be("Owed since 17 March 2026; nothing paid yet.", "no longer a supposition");
        invoiced["acme-website/payment/final@clientboundaries"].Description.Should().Be("Owed since 6 April 2026; nothing paid yet.");

        // Once received, a payment leaves the client's calendar.
        engagement.Do(new ReceivePayment(ObligationKey.MilestonePayment(Stories.Design), new Money(2400m, "EUR"), Madrid("2026-04-07T10:00")));
        Payments(CalendarExport.ToICalendar(engagement.State, Language.English, Stamp)).Should().Equal(planned.Skip(1));
    }

    [Fact]
    public void ToICalendar_of_an_engagement_dates_an_invoiced_payment_from_the_real_acceptance()
    {
        // The design is handed over on time (Tue 17 March 18:00) but accepted only on Thursday 26 March:
        // 26 + 14 = Thursday 9 April, a Madrid business day (Good Friday is the 3rd).
        var agreement = Stories.HowWeWorkTogether().Build();
        var engagement = ScheduledWebsite(agreement)
            .Do(new StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Stories.Discovery, Madrid("2026-03-03T18:00")))
            .Do(new StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Stories.Content, Madrid("2026-03-10T18:00")))
            .Do(new StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Stories.Design, Madrid("2026-03-17T18:00")))
            .Do(new AcceptStage(Stories.Design, Madrid("2026-03-26T10:00")));

        Payments(CalendarExport.ToICalendar(engagement.State, Language.English, Stamp)).First().Should().Be(
            ("acme-website/payment/milestone/design@clientboundaries", D("2026-04-09"), "Payment due: Acme Bakery pays Pixel & Pine Studio 2,400.00 EUR for the payment after \"Design draft\""));
    }

    [Fact]
    public void ToICalendar_of_an_engagement_shows_every_date_money_is_due_both_ways_with_what_is_outstanding()
    {
        // MoneyStories.FootDraggingOwingBothWays: every entry due 14 calendar days after it was recorded, on a Madrid
        // business day; the restart fee 29 April -> Wednesday 13 May, the credit and the milestone 19 May -> Tuesday 2 June,
        // the final payment 5 June -> Friday 19 June, the late fee 16 June -> Tuesday 30 June. The deposit is paid.
        var engagement = MoneyStories.FootDraggingOwingBothWays();
        var stamp = Madrid("2026-06-16T12:00");

        var text = CalendarExport.ToICalendar(engagement.State, Language.English, stamp);

        AssertWellFormed(text);
        var money = ExportedCalendar.Load(text).Events.Where(e => e.Uid!.Contains("/payment/", StringComparison.Ordinal)).ToList();
        money.Select(e => (e.Uid, Day(e.Start), e.Summary, e.Description)).Should().Equal(
            ("acme-website/payment/restart-fee/stage/content/0/15@clientboundaries", D("2026-05-13"),
                "Payment due: Acme Bakery pays Pixel & Pine Studio 100.00 EUR for the restart fee (Client sends content)",
                "Of 250.00 EUR owed since 29 April 2026, 100.00 EUR already paid and 50.00 EUR already settled by credit; 100.00 EUR outstanding."),
            ("acme-website/payment/credit/stage/design/0/3@clientboundaries", D("2026-06-02"),
                "Payment due: Pixel & Pine Studio pays Acme Bakery 50.00 EUR for the credit (Design draft)",
                "Of 150.00 EUR owed since 19 May 2026, 100.00 EUR already set off against what Acme Bakery owes; 50.00 EUR outstanding."),
            ("acme-website/payment/milestone/design@clientboundaries", D("2026-06-02"),
                "Payment due: Acme Bakery pays Pixel & Pine Studio 2,350.00 EUR for the payment after \"Design draft\"",
                "Of 2,400.00 EUR owed since 19 May 2026, 50.00 EUR already settled by credit; 2,350.00 EUR outstanding."),
            ("acme-website/payment/final@clientboundaries", D("2026-06-19"),
                "Payment due: Acme Bakery pays Pixel & Pine Studio 1,800.00 EUR for the final payment",
                "Owed since 5 June 2026; nothing paid yet."),
            ("acme-website/payment/late-fee/milestone/design/0/10@clientboundaries", D("2026-06-30"),
                "Payment due: Acme Bakery pays Pixel & Pine Studio 48.00 EUR for the late fee (Payment after \"Design draft\")",
                "Owed since 16 June 2026; nothing paid yet."));
        foreach (var entry in money)
        {
            var day = Day(entry.Start);
            AllDay(entry, day, day, entry.Summary!);
            Alarms(entry).Should().Equal(new[] { ("START", Duration.FromHours(15), "Reminder: " + entry.Summary) }, "at 09:00 the day before");
            entry.Status.Should().BeNull();
        }

        // Everything paid, refunded or set off: no money date is left.
        engagement
            .Do(new ReceivePayment(ObligationKey.MilestonePayment(Stories.Design), new Money(2350m, "EUR"), Madrid("2026-06-16T12:00")))
            .Do(new ReceivePayment(ObligationKey.FinalPayment, new Money(1800m, "EUR"), Madrid("2026-06-16T12:05")));
        foreach (var entry in OwedLedger.Of(engagement.State).Entries.Where(e => !e.IsSettled).ToList())
        {
            engagement.Do(new PayOwed(entry.Key, entry.Outstanding, Madrid("2026-06-16T12:10")));
        }

        Payments(CalendarExport.ToICalendar(engagement.State, Language.English, Madrid("2026-06-16T12:30"))).Should().BeEmpty("a settled entry leaves the calendar, as a payment received always has");
    }

    [Theory]
    [InlineData("Spanish",
        "Vencimiento de pago: Acme Bakery paga a Pixel & Pine Studio 100,00 EUR por el cargo por reanudación (Client sends content)",
        "De los 250,00 EUR que se deben desde el 29 de abril de 2026, ya se han pagado 100,00 EUR y ya se han compensado 50,00 EUR con un abono; quedan pendientes 100,00 EUR.",
        "Vencimiento de pago: Pixel & Pine Studio paga a Acme Bakery 50,00 EUR por el abono (Design draft)",
        "De los 150,00 EUR que se deben desde el 19 de mayo de 2026, ya se han compensado 100,00 EUR con lo que debe Acme Bakery; quedan pendientes 50,00 EUR.",
        "Se debe desde el 5 de junio de 2026; todavía no se ha pagado nada.")]
    [InlineData("Indonesian",
        "Jatuh tempo pembayaran: Acme Bakery membayar 100,00 EUR kepada Pixel & Pine Studio untuk biaya memulai kembali pekerjaan (Client sends content)",
        "Dari 250,00 EUR yang terutang sejak 29 April 2026, 100,00 EUR sudah dibayar dan 50,00 EUR sudah diperhitungkan dengan nota kredit; sisa yang belum dibayar 100,00 EUR.",
        "Jatuh tempo pembayaran: Pixel & Pine Studio membayar 50,00 EUR kepada Acme Bakery untuk potongan harga (Design draft)",
        "Dari 150,00 EUR yang terutang sejak 19 Mei 2026, 100,00 EUR sudah diperhitungkan dengan utang Acme Bakery; sisa yang belum dibayar 50,00 EUR.",
        "Terutang sejak 5 Juni 2026; belum ada yang dibayar.")]
    [InlineData("Malay",
        "Tarikh akhir bayaran: Acme Bakery membayar 100.00 EUR kepada Pixel & Pine Studio bagi caj penyambungan semula kerja (Client sends content)",
        "Daripada 250.00 EUR yang terhutang sejak 29 April 2026, 100.00 EUR telah dibayar dan 50.00 EUR telah dijelaskan melalui kredit; baki 100.00 EUR belum dijelaskan.",
        "Tarikh akhir bayaran: Pixel & Pine Studio membayar 50.00 EUR kepada Acme Bakery bagi kredit (Design draft)",
        "Daripada 150.00 EUR yang terhutang sejak 19 Mei 2026, 100.00 EUR telah ditolak daripada jumlah yang terhutang oleh Acme Bakery; baki 50.00 EUR belum dijelaskan.",
        "Terhutang sejak 5 Jun 2026; belum ada apa-apa yang dibayar.")]
    public void ToICalendar_says_who_pays_whom_what_and_what_is_outstanding_in_the_language(string language, string feeSummary, string feeDescription, string creditSummary, string creditDescription, string finalDescription)
    {
        var state = MoneyStories.FootDraggingOwingBothWays().State;

        var events = Events(CalendarExport.ToICalendar(state, Language.FromName(language), Madrid("2026-06-16T12:00")));

        var fee = events["acme-website/payment/restart-fee/stage/content/0/15@clientboundaries"];
        fee.Summary.Should().Be(feeSummary);
        fee.Description.Should().Be(feeDescription);
        var credit = events["acme-website/payment/credit/stage/design/0/3@clientboundaries"];
        credit.Summary.Should().Be(creditSummary);
        credit.Description.Should().Be(creditDescription);
        events["acme-website/payment/final@clientboundaries"].Description.Should().Be(finalDescription);
    }

    [Fact]
    public void ToICalendar_of_a_plan_that_ends_on_the_last_day_of_year_9999_gives_that_day_a_duration_instead_of_an_end()
    {
        // The review is Thursday 30 and Friday 31 December 9999: its DTEND would be 10000-01-01, which cannot be written.
        var (agreement, plan) = TimelineTests.EndingOn31December9999();

        var text = CalendarExport.ToICalendar(agreement, plan, Language.English, Stamp);

        AssertWellFormed(text);
        var events = Events(text);
        var design = events["lab-work/stage/design@clientboundaries"];
        Day(design.Start).Should().Be(D("9999-12-27"));
        Day(design.DtEnd).Should().Be(D("9999-12-30"), "a day that has a day after it keeps its DTEND");
        var review = events["lab-work/stage/review@clientboundaries"];
        Day(review.Start).Should().Be(D("9999-12-30"));
        review.DtEnd.Should().BeNull();
        review.Duration.Should().Be(Ical.Net.DataTypes.Duration.FromDays(2));
        Timed(events["lab-work/handoff/review@clientboundaries"].Start).Should().Be(("Europe/Madrid", L("9999-12-31T18:00")));
    }

    [Fact]
    public void ToICalendar_refuses_null_arguments_a_plan_of_another_agreement_and_an_engagement_without_a_plan()
    {
        var agreement = Stories.HowWeWorkTogether().Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;
        var state = ScheduledWebsite(agreement).State;

        FluentActions.Invoking(() => CalendarExport.ToICalendar(null!, plan, Language.English, Stamp))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("agreement");
        FluentActions.Invoking(() => CalendarExport.ToICalendar(agreement, null!, Language.English, Stamp))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("plan");
        FluentActions.Invoking(() => CalendarExport.ToICalendar(agreement, plan, null!, Stamp))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("language");
        FluentActions.Invoking(() => CalendarExport.ToICalendar(null!, Language.English, Stamp))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("engagement");
        FluentActions.Invoking(() => CalendarExport.ToICalendar(state, null!, Stamp))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("language");

        var other = new AgreementBuilder(new AgreementId("other-website"), "Another website")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Other Bakery", TestSupport.Calendars.Madrid())
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2)
            .Build();
        FluentActions.Invoking(() => CalendarExport.ToICalendar(other, plan, Language.English, Stamp))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "plan" && e.Message.Contains("other-website", StringComparison.Ordinal) && e.Message.StartsWith("The plan dates acme-website version 1, not other-website version 1", StringComparison.Ordinal));

        var signed = new EngagementDriver()
            .Do(new Propose(agreement, Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")));
        FluentActions.Invoking(() => CalendarExport.ToICalendar(signed.State, Language.English, Stamp))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "engagement" && e.Message.StartsWith("Engagement acme-website has no plan yet (it is Signed)", StringComparison.Ordinal));
        FluentActions.Invoking(() => CalendarExport.ToICalendar(EngagementState.Initial, Language.English, Stamp))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("engagement");
    }

    /// <summary>CRLF after every line and nowhere else, no line over 75 octets, and each line valid UTF-8 on its own: no fold cut a character.</summary>
    private static void AssertWellFormed(string text)
    {
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContainAny("\r", "\n");
        text.Where(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n').Should().BeEmpty("RFC 5545 allows no other control character in a content line");
        var bytes = Encoding.UTF8.GetBytes(text);
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                var length = i - start;
                length.Should().BeLessThanOrEqualTo(75, $"line '{Encoding.UTF8.GetString(bytes, start, length)}' is too long");
                FluentActions.Invoking(() => StrictUtf8.GetString(bytes, start, length)).Should().NotThrow("a fold must not cut a UTF-8 sequence");
                start = i + 2;
            }
        }
    }

    /// <summary>An all-day event from its first to its last day (DTEND, exclusive, is the day after); returns its description.</summary>
    private static string? AllDay(IcalEvent entry, LocalDate first, LocalDate last, string summary)
    {
        entry.IsAllDay.Should().BeTrue();
        Day(entry.Start).Should().Be(first);
        Day(entry.DtEnd).Should().Be(last.PlusDays(1), "DTEND of an all-day event is the day after the last");
        entry.Summary.Should().Be(summary);
        return entry.Description;
    }

    /// <summary>A handoff: a moment in the sender's zone (<c>2026-03-03T17:00</c>), placed where the zone puts it, with a reminder a day before; returns its description.</summary>
    private static string Handoff(IcalEvent entry, string zone, string local, string summary, string reminder = "Reminder")
    {
        Timed(entry.Start).Should().Be((zone, L(local)));
        Moment(entry.Start).Should().Be(At(zone, local));
        entry.DtEnd.Should().BeNull("a handoff is a moment");
        entry.Duration.Should().BeNull("a handoff is a moment");
        entry.Summary.Should().Be(summary);
        entry.Transparency.Should().Be("TRANSPARENT");
        Alarms(entry).Should().Equal(("START", Duration.FromDays(1), reminder + ": " + summary));
        return entry.Description ?? string.Empty;
    }

    private static void Payment(IcalEvent entry, LocalDate day, string summary, string description)
    {
        AllDay(entry, day, day, summary).Should().Be(description);
        Alarms(entry).Should().Equal(new[] { ("START", Duration.FromHours(15), "Reminder: " + summary) }, "at 09:00 the day before");
    }

    private static LocalDateTime L(string isoLocal) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(isoLocal).Value;

    private static List<string> Uids(string text) =>
        ExportedCalendar.Load(text).Events.Select(e => e.Uid!).OrderBy(u => u, StringComparer.Ordinal).ToList();

    private static List<(string? Uid, LocalDate Day, string Summary)> Payments(string text) =>
        ExportedCalendar.Load(text).Events
            .Where(e => e.Uid!.Contains("/payment/", StringComparison.Ordinal))
            .Select(e => (e.Uid, Day(e.Start), e.Summary!))
            .ToList();
}
