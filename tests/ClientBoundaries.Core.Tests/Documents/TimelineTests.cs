using System;
using System.Linq;
using System.Xml.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Documents;

public class TimelineTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] StageKeys = { "discovery", "content", "design", "feedback", "build" };

    private static readonly string[] ElementsThatFetchOrRun = { "script", "style", "foreignObject", "image", "use" };

    private static readonly Agreement Agreement = Stories.HowWeWorkTogether().Build();

    // Names Mermaid's gantt lexer would read as a statement, a comment or a date if a task started with them.
    private static readonly string[] HostileStageNames =
    {
        "title Oops", "section Hijack", "click me", "excludes weekends", "includes 2026-03-05", "weekday monday", "dateFormat DD",
        "axisFormat %d", "tickInterval 1day", "todayMarker on", "accTitle: Hidden", "accDescr: Hidden", "accDescr { Hidden }", "gantt",
        "inclusiveEndDates", "topAxis", "5% discount", "%% gone", "2026-03-02 kick-off", "Design: phase #1; desktop\nsecond line",
    };

    private static readonly System.Text.RegularExpressions.Regex TaskLine = new(
        @"^    (\d+)\. [^:;#\n]+ :(active|crit), \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Plan PlanFromMarch2 = Scheduler.Plan(Agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    // The foot-dragging story, built once: every test reads the same state.
    private static readonly Lazy<EngagementState> FootDragging = new(() => Stories.FootDragging(D("2026-05-12")).State);

    private static readonly Instant Noon12May = Madrid("2026-05-12T12:00");

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Mermaid_chart_of_the_foot_dragging_engagement_matches_its_approved_version(string language)
    {
        var lang = Language.FromName(language);

        Golden.Matches(Timeline.ToMermaid(FootDragging.Value, Noon12May, lang), $"foot-dragging.timeline.{lang.Code}.mmd");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Mermaid_chart_of_the_plan_alone_matches_its_approved_version(string language)
    {
        var lang = Language.FromName(language);

        Golden.Matches(Timeline.ToMermaid(Agreement, PlanFromMarch2, lang), $"plan.timeline.{lang.Code}.mmd");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Svg_of_the_foot_dragging_engagement_matches_its_approved_version(string language)
    {
        var lang = Language.FromName(language);

        Golden.Matches(Timeline.ToSvg(FootDragging.Value, Noon12May, lang), $"foot-dragging.timeline.{lang.Code}.svg");
    }

    [Fact]
    public void Mermaid_chart_writes_each_bar_from_its_first_through_its_last_day_with_inclusive_end_dates()
    {
        var chart = Timeline.ToMermaid(Agreement, PlanFromMarch2, Language.English);

        // Discovery is planned for 2-3 March, build for 23 March - 6 April (both days included).
        chart.Should().Contain("\n    dateFormat YYYY-MM-DD\n    inclusiveEndDates\n");
        chart.Should().Contain("\n    1. Discovery call :active, 2026-03-02, 2026-03-03\n");
        chart.Should().Contain("\n    5. Build and launch :active, 2026-03-23, 2026-04-06\n");
    }

    [Fact]
    public void Mermaid_chart_of_a_plan_that_ends_on_the_last_day_of_year_9999_ends_its_bar_there()
    {
        var (agreement, plan) = EndingOn31December9999();

        var chart = Timeline.ToMermaid(agreement, plan, Language.English);

        // 3 business days from Monday 27 December 9999, then 2: Thursday 30 and Friday 31 December, the last day there is.
        chart.Should().Contain("\n    1. Lab design :active, 9999-12-27, 9999-12-29\n");
        chart.Should().EndWith("\n    2. Lab review :crit, 9999-12-30, 9999-12-31\n");
    }

    [Fact]
    public void Svg_of_a_plan_that_ends_on_the_last_day_of_year_9999_ends_its_axis_there()
    {
        var (agreement, plan) = EndingOn31December9999();

        var svg = XDocument.Parse(Timeline.ToSvg(agreement, plan, Language.English)).Root!;

        var bars = Bars(svg, "plan");
        bars.Select(b => ((string?)b.Attribute("data-first"), (string?)b.Attribute("data-last"))).Should().Equal(("9999-12-27", "9999-12-29"), ("9999-12-30", "9999-12-31"));

        // The axis runs Monday 27 to Friday 31 December: 5 days, and the last bar ends where it does.
        var axis = svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "axis");
        ((double)axis.Attribute("x2")! - (double)axis.Attribute("x1")!).Should().Be(5 * Width(bars[1]) / 2);
        (X(bars[1]) + Width(bars[1])).Should().Be((double)axis.Attribute("x2")!);
        Months(svg).Should().Equal("December 9999");
    }

    [Theory]
    [InlineData("English", "Original plan", "{0} holds the ball", "Current plan", "On hold", "Days off at {0}", "Today")]
    [InlineData("Spanish", "Plan inicial", "Le toca a {0}", "Previsión actual", "En pausa", "Días no laborables de {0}", "Hoy")]
    [InlineData("Indonesian", "Rencana awal", "Tanggung jawab {0}", "Rencana terkini", "Ditunda", "Hari libur {0}", "Hari ini")]
    [InlineData("Malay", "Rancangan asal", "Tanggungjawab {0}", "Rancangan terkini", "Ditangguhkan", "Hari cuti {0}", "Hari ini")]
    public void Mermaid_chart_names_its_sections_in_the_language(string language, string baseline, string holds, string current, string onHold, string daysOff, string today)
    {
        var chart = Timeline.ToMermaid(FootDragging.Value, Noon12May, Language.FromName(language));

        var sections = chart.Split('\n').Where(l => l.StartsWith("    section ", StringComparison.Ordinal)).Select(l => l.Substring(12));
        sections.Should().Equal(
            baseline,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, holds, "Pixel & Pine Studio"),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, holds, "Acme Bakery"),
            current,
            onHold,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, daysOff, "Pixel & Pine Studio"),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, daysOff, "Acme Bakery"),
            today);
        chart.Should().NotContain("Giliran", "the ball in a party's court is its responsibility, not its turn");
    }

    [Fact]
    public void Mermaid_chart_of_a_plan_is_coloured_by_owner_in_a_section_per_party_with_their_days_off_and_no_today()
    {
        var chart = Timeline.ToMermaid(Agreement, PlanFromMarch2, Language.English);

        chart.Split('\n').Where(l => l.TrimStart().StartsWith("section ", StringComparison.Ordinal)).Should().Equal(
            "    section Pixel & Pine Studio holds the ball",
            "    section Acme Bakery holds the ball",
            "    section Days off at Pixel & Pine Studio",
            "    section Days off at Acme Bakery");

        // The studio's stages are tagged active (blue), the bakery's crit (orange), as in an engagement's chart.
        chart.Should().Contain(
            "\n    section Pixel & Pine Studio holds the ball\n"
            + "    1. Discovery call :active, 2026-03-02, 2026-03-03\n"
            + "    3. Design draft :active, 2026-03-11, 2026-03-17\n"
            + "    5. Build and launch :active, 2026-03-23, 2026-04-06\n"
            + "    section Acme Bakery holds the ball\n"
            + "    2. Client sends content :crit, 2026-03-04, 2026-03-10\n"
            + "    4. Client feedback :crit, 2026-03-18, 2026-03-20\n");
        chart.Should().NotContain(":done").And.NotContain("milestone");
    }

    [Fact]
    public void Mermaid_chart_keeps_colons_hashes_and_semicolons_of_stage_names_out_of_its_syntax()
    {
        var agreement = TwoStages("Design: phase #1; desktop", "R&D <draft>");
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var chart = Timeline.ToMermaid(agreement, plan, Language.English);

        // 3 business days from Monday 2 March: 2-4 March; then 2 days: 5-6 March.
        chart.Should().Contain("\n    1. Design, phase 1, desktop :active, 2026-03-02, 2026-03-04\n");
        chart.Should().Contain("\n    2. R&D <draft> :crit, 2026-03-05, 2026-03-06\n");
        chart.Should().Contain("\n    title Lab: work: timeline\n", "a colon is safe in the title, which Mermaid reads to the end of the line");
    }

    [Fact]
    public void Mermaid_chart_starts_every_task_with_the_stage_number_so_no_name_is_read_as_a_keyword_or_a_comment()
    {
        var builder = new AgreementBuilder(new AgreementId("lab-work"), "Lab: work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid());
        for (var i = 0; i < HostileStageNames.Length; i++)
        {
            builder.AddStage("s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), HostileStageNames[i], i % 2 == 0 ? PartyRole.Provider : PartyRole.Client, 1);
        }

        var agreement = builder.Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var lines = Timeline.ToMermaid(agreement, plan, Language.English).Split('\n');

        // After the title and the settings come the two parties' sections and nothing else: one task per stage, each
        // on one line, the studio's odd stages in order, then the bakery's even ones (no day off falls in 2-27 March).
        var sections = lines.SkipWhile(l => !l.StartsWith("    section ", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        var tasks = sections.Where(l => !l.StartsWith("    section ", StringComparison.Ordinal)).ToList();
        sections.Where(l => l.StartsWith("    section ", StringComparison.Ordinal)).Should().Equal("    section Pixel & Pine Studio holds the ball", "    section Acme Bakery holds the ball");
        tasks.Should().HaveCount(HostileStageNames.Length);
        tasks.Select(t => TaskLine.Match(t)).Should().OnlyContain(m => m.Success, "every task is '<number>. <name> :active|crit, <start>, <end>'");
        var odd = Enumerable.Range(1, HostileStageNames.Length).Where(n => n % 2 == 1);
        var even = Enumerable.Range(1, HostileStageNames.Length).Where(n => n % 2 == 0);
        tasks.Select(t => TaskLine.Match(t).Groups[1].Value).Should().Equal(odd.Concat(even).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        tasks[0].Should().StartWith("    1. title Oops :active, ");
        tasks[^1].Should().StartWith($"    {HostileStageNames.Length}. Design, phase 1, desktop second line :crit, ");
        lines.Where(l => l.Contains("%%", StringComparison.Ordinal)).Should().OnlyContain(l => l.StartsWith("%%{init", StringComparison.Ordinal) || l.StartsWith("    %% ", StringComparison.Ordinal));
    }

    [Fact]
    public void Mermaid_chart_is_the_same_every_time_with_unix_line_endings()
    {
        var first = Timeline.ToMermaid(FootDragging.Value, Noon12May, Language.Spanish);
        var second = Timeline.ToMermaid(FootDragging.Value, Noon12May, Language.Spanish);

        second.Should().Be(first);
        first.Should().NotContain("\r").And.EndWith("\n");
    }

    [Fact]
    public void Svg_of_a_plan_has_one_bar_per_stage_in_the_order_of_the_plan_coloured_by_its_owner()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(Agreement, PlanFromMarch2, Language.English)).Root!;

        svg.Name.Should().Be(Svg + "svg");
        svg.Element(Svg + "title")!.Value.Should().Be("Website redesign for Acme Bakery: timeline");
        var bars = Bars(svg, "plan");
        bars.Select(b => (string?)b.Attribute("data-stage")).Should().Equal(StageKeys);
        bars.Select(b => ((string?)b.Attribute("data-first"), (string?)b.Attribute("data-last"))).Should().Equal(
            ("2026-03-02", "2026-03-03"),
            ("2026-03-04", "2026-03-10"),
            ("2026-03-11", "2026-03-17"),
            ("2026-03-18", "2026-03-20"),
            ("2026-03-23", "2026-04-06"));
        bars.Select(b => (string?)b.Attribute("data-owner")).Should().Equal("provider", "client", "provider", "client", "provider");
        bars.Select(b => (string?)b.Attribute("fill")).Should().Equal("#1f77b4", "#ff7f0e", "#1f77b4", "#ff7f0e", "#1f77b4");
        Legend(svg).Should().Equal("Pixel & Pine Studio holds the ball", "Acme Bakery holds the ball", "Days off at Pixel & Pine Studio", "Days off at Acme Bakery");
        bars.Select(X).Should().BeInAscendingOrder("a later stage never starts left of an earlier one");
        svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("actual", StringComparison.Ordinal) == true).Should().BeEmpty();
        svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "today").Should().BeEmpty();
    }

    [Fact]
    public void Svg_of_a_plan_makes_each_bar_as_long_as_its_days()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(Agreement, PlanFromMarch2, Language.English)).Root!;

        var bars = Bars(svg, "plan");
        var discovery = bars[0];
        var build = bars[4];

        // Discovery covers 2 calendar days, build 15 (23 March to 6 April); the axis is 6 weeks (2 March to 12 April), 20 px a day.
        Width(discovery).Should().Be(40);
        Width(build).Should().Be(300);
        (X(build) - X(discovery)).Should().Be(21 * 20);
    }

    [Fact]
    public void Svg_of_the_foot_dragging_engagement_shows_baseline_and_actual_bars_coloured_by_the_ball_holder()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English)).Root!;

        var plan = Bars(svg, "plan");
        plan.Select(b => (string?)b.Attribute("data-stage")).Should().Equal(StageKeys);
        plan.Select(b => (string?)b.Attribute("data-first")).Should().Equal("2026-03-02", "2026-03-04", "2026-03-11", "2026-03-18", "2026-03-23");
        plan.Select(X).Should().BeInAscendingOrder();

        // Discovery: started Monday 2 March 09:00, handed off Tuesday 3 March 17:00. Content: the ball reached the
        // client at that handoff, within the studio's working day, so the content's first business day is Wednesday
        // 4 March; handed over on 29 April at noon. Design: the studio's restart lead time (the 5 whole business days after
        // the resumption at 10:00 on 29 April: 30 April, then 4-7 May, Friday 1 May being a holiday) starts it on Friday
        // 8 May, as the status report says; still open at noon on 12 May. Feedback and build have not begun.
        var actual = svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("actual ", StringComparison.Ordinal) == true).ToList();
        actual.Select(b => ((string?)b.Attribute("class"), (string?)b.Attribute("data-stage"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last"))).Should().Equal(
            ("actual provider", "discovery", "2026-03-02", "2026-03-03"),
            ("actual client", "content", "2026-03-04", "2026-04-29"),
            ("actual provider", "design", "2026-05-08", "2026-05-12"));
        actual.Select(b => (string?)b.Attribute("fill")).Should().Equal("#1f77b4", "#ff7f0e", "#1f77b4");
        actual[2].Element(Svg + "title")!.Value.Should().Be("Design draft · Actual: 8 – 12 May 2026 · Pixel & Pine Studio holds the ball");

        // What is not done yet, on the dates the status report gives: the design due Thursday 14 May, the feedback
        // (3 days) 15, 18 and 19 May, the build (10 days) 20 May to Tuesday 2 June.
        Expected(svg).Should().Equal(
            ("expected provider", "design", "2026-05-08", "2026-05-14"),
            ("expected client", "feedback", "2026-05-15", "2026-05-19"),
            ("expected provider", "build", "2026-05-20", "2026-06-02"));

        // The pause rule stopped the work on the morning of Tuesday 31 March; the client came back on 29 April.
        Bars(svg, "pause").Select(b => ((string?)b.Attribute("data-caused-by"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last")))
            .Should().Equal(("client", "2026-03-31", "2026-04-29"));
    }

    [Fact]
    public void Svg_of_an_engagement_draws_today_at_the_moment_it_is_drawn_as_of()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English)).Root!;

        // The axis runs from Monday 2 March to Sunday 7 June (the build is now due on Monday 1 June): 98 days at 8.5 px
        // (840 / 98 = 8.57, rounded down to the half pixel). Noon on 12 May is 71.5 days in.
        var discovery = Bars(svg, "plan")[0];
        var today = svg.Descendants(Svg + "line").Should().ContainSingle(l => (string?)l.Attribute("class") == "today").Subject;
        ((double)today.Attribute("x1")! - X(discovery)).Should().BeApproximately(71.5 * 8.5, 0.01);
        today.Element(Svg + "title")!.Value.Should().Be("Today: 12 May 2026 at 12:00");
    }

    [Fact]
    public void Svg_of_an_engagement_as_of_an_earlier_moment_leaves_out_what_had_not_begun_and_cuts_what_was_open()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Madrid("2026-04-01T12:00"), Language.English)).Root!;

        var actual = svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("actual ", StringComparison.Ordinal) == true);
        actual.Select(b => ((string?)b.Attribute("data-stage"), (string?)b.Attribute("data-last"))).Should().Equal(
            ("discovery", "2026-03-03"),
            ("content", "2026-04-01"));
        Bars(svg, "pause").Select(b => ((string?)b.Attribute("data-first"), (string?)b.Attribute("data-last"))).Should().Equal(("2026-03-31", "2026-04-01"));
        Expected(svg).Should().BeEmpty("the engagement's plan as it stands holds what came after 1 April, so it is not drawn as of then");
    }

    [Fact]
    public void Svg_of_a_stage_reopened_for_a_revision_draws_every_stretch_it_was_open()
    {
        var engagement = DesignReopened();

        var svg = XDocument.Parse(Timeline.ToSvg(engagement.State, Madrid("2026-03-26T12:00"), Language.English)).Root!;

        // Every stretch starts on its owner's first business day that began once it had the ball (Madrid works until 18:00,
        // so a handoff at 17:00 starts the next stage the next morning). Design: the ball came at the content's handoff
        // (Tuesday 10 March, 17:00), so from Wednesday 11 March; handed off on the 17th; reopened on Thursday 19 March at
        // 10:00, so from Friday the 20th (its full length again, as the plan dates it); handed off again on the 24th.
        // Feedback: from Wednesday the 18th until the revision cut it short on the 19th, and again from Wednesday the 25th
        // (still open on the 26th).
        Actual(svg).Should().Equal(
            ("actual provider", "discovery", "2026-03-02", "2026-03-03"),
            ("actual client", "content", "2026-03-04", "2026-03-10"),
            ("actual provider", "design", "2026-03-11", "2026-03-17"),
            ("actual provider", "design", "2026-03-20", "2026-03-24"),
            ("actual client", "feedback", "2026-03-18", "2026-03-19"),
            ("actual client", "feedback", "2026-03-25", "2026-03-26"));
    }

    [Fact]
    public void Mermaid_chart_of_a_stage_reopened_for_a_revision_has_a_task_for_every_stretch_it_was_open()
    {
        var chart = Timeline.ToMermaid(DesignReopened().State, Madrid("2026-03-26T12:00"), Language.English);

        chart.Should().Contain(
            "\n    section Pixel & Pine Studio holds the ball\n"
            + "    1. Discovery call :active, 2026-03-02, 2026-03-03\n"
            + "    3. Design draft :active, 2026-03-11, 2026-03-17\n"
            + "    3. Design draft :active, 2026-03-20, 2026-03-24\n"
            + "    section Acme Bakery holds the ball\n"
            + "    2. Client sends content :crit, 2026-03-04, 2026-03-10\n"
            + "    4. Client feedback :crit, 2026-03-18, 2026-03-19\n"
            + "    4. Client feedback :crit, 2026-03-25, 2026-03-26\n");
    }

    [Fact]
    public void Timeline_of_a_terminated_engagement_ends_the_open_stage_at_the_termination_not_at_as_of()
    {
        // The client had the content from Wednesday 4 March (the ball came on Tuesday 3 March at 17:00, within the
        // studio's working day) and ended the engagement on Friday 6 March at 10:00.
        var terminated = ScheduledWebsite()
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.Terminate(PartyRole.Client, "Budget cut", Madrid("2026-03-06T10:00")))
            .State;
        var asOf = Madrid("2026-03-20T12:00");

        var svg = XDocument.Parse(Timeline.ToSvg(terminated, asOf, Language.English)).Root!;
        var chart = Timeline.ToMermaid(terminated, asOf, Language.English);

        Actual(svg).Should().Equal(
            ("actual provider", "discovery", "2026-03-02", "2026-03-03"),
            ("actual client", "content", "2026-03-04", "2026-03-06"));
        Expected(svg).Should().BeEmpty("nothing more is planned once the engagement has ended");
        chart.Should().Contain("\n    2. Client sends content :crit, 2026-03-04, 2026-03-06\n");
        chart.Should().Contain("\n    Today, 20 March 2026 :milestone, 2026-03-20, 0d\n", "today is still the moment it is drawn as of");
    }

    [Fact]
    public void Svg_names_the_months_of_its_axis_in_the_language()
    {
        var english = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English)).Root!;
        var spanish = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.Spanish)).Root!;
        var malay = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.Malay)).Root!;

        // The axis starts on 2 March, so March is named at its start; April, May and June (the build is now due on
        // 1 June) where they begin.
        Months(english).Should().Equal("March 2026", "April 2026", "May 2026", "June 2026");
        Months(spanish).Should().Equal("marzo de 2026", "abril de 2026", "mayo de 2026", "junio de 2026");
        Months(malay).Should().Equal("Mac 2026", "April 2026", "Mei 2026", "Jun 2026");
    }

    [Fact]
    public void Month_headings_fall_back_to_ISO_when_the_culture_data_is_missing()
    {
        var withoutCultureData = Phrasebook.Create(Language.Spanish, _ => null);

        withoutCultureData.Month(D("2026-03-17")).Should().Be("2026-03");
        Phrasebook.Of(Language.Spanish).Month(D("2026-03-17")).Should().Be("marzo de 2026");
    }

    [Fact]
    public void Svg_legend_says_which_colour_is_which_party_in_the_language()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.Spanish)).Root!;

        Legend(svg).Should().Equal(
            "Plan inicial", "Le toca a Pixel & Pine Studio", "Le toca a Acme Bakery", "Previsión actual", "En pausa",
            "Días no laborables de Pixel & Pine Studio", "Días no laborables de Acme Bakery", "Hoy");
    }

    [Fact]
    public void Svg_escapes_the_xml_special_characters_of_names_and_still_parses()
    {
        var agreement = TwoStages("Design: phase #1; desktop", "R&D <draft>");
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var text = Timeline.ToSvg(agreement, plan, Language.English);

        text.Should().Contain(">R&amp;D &lt;draft&gt;</text>");
        var svg = XDocument.Parse(text).Root!;
        svg.Element(Svg + "title")!.Value.Should().Be("Lab: work: timeline");
        svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "stage").Select(t => t.Value)
            .Should().Equal("Design: phase #1; desktop", "R&D <draft>");
        Bars(svg, "plan").Select(b => b.Element(Svg + "title")!.Value).Should().Equal(
            "Design: phase #1; desktop · Plan: 2 – 4 March 2026 · Pixel & Pine Studio holds the ball",
            "R&D <draft> · Plan: 5 – 6 March 2026 · Acme Bakery holds the ball");
    }

    [Fact]
    public void Svg_is_standalone_with_its_size_set_and_nothing_to_fetch()
    {
        var text = Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English);
        var svg = XDocument.Parse(text).Root!;

        ((double)svg.Attribute("width")!).Should().BePositive();
        ((double)svg.Attribute("height")!).Should().BePositive();
        ((string?)svg.Attribute("viewBox")).Should().Be($"0 0 {(string?)svg.Attribute("width")} {(string?)svg.Attribute("height")}");
        svg.Descendants().Select(e => e.Name.LocalName).Should().NotContain(ElementsThatFetchOrRun);
        text.Should().NotContain("href").And.NotContain("url(").And.NotContain("\r");
        Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English).Should().Be(text);
    }

    [Fact]
    public void Drawing_needs_every_argument()
    {
        var engagement = FootDragging.Value;

        FluentActions.Invoking(() => Timeline.ToMermaid(null!, PlanFromMarch2, Language.English)).Should().Throw<ArgumentNullException>().WithParameterName("agreement");
        FluentActions.Invoking(() => Timeline.ToMermaid(Agreement, null!, Language.English)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => Timeline.ToSvg(Agreement, PlanFromMarch2, null!)).Should().Throw<ArgumentNullException>().WithParameterName("language");
        FluentActions.Invoking(() => Timeline.ToSvg(null!, Noon12May, Language.English)).Should().Throw<ArgumentNullException>().WithParameterName("engagement");
        FluentActions.Invoking(() => Timeline.ToMermaid(engagement, Noon12May, null!)).Should().Throw<ArgumentNullException>().WithParameterName("language");
    }

    [Fact]
    public void A_plan_of_another_agreement_is_refused_naming_both()
    {
        var other = TwoStages("One", "Two");

        var act = () => Timeline.ToSvg(other, PlanFromMarch2, Language.English);

        act.Should().Throw<ArgumentException>().WithParameterName("plan")
            .WithMessage("The plan dates acme-website version 1, not lab-work version 1: write each agreement with its own plan.*");
    }

    [Fact]
    public void An_engagement_that_is_not_scheduled_yet_is_refused_naming_it()
    {
        var proposed = new EngagementDriver().Do(new EngagementCommand.Propose(Agreement, Madrid("2026-02-16T10:00"))).State;

        var act = () => Timeline.ToMermaid(proposed, Noon12May, Language.English);

        act.Should().Throw<ArgumentException>().WithParameterName("engagement")
            .WithMessage("Engagement acme-website has no plan yet (it is Proposed): schedule it first.*");
        FluentActions.Invoking(() => Timeline.ToSvg(EngagementState.Initial, Noon12May, Language.English))
            .Should().Throw<ArgumentException>().WithParameterName("engagement")
            .WithMessage("The engagement has no agreement yet*");
    }

    [Theory]
    [InlineData("2026-03-24")] // the content is late: its successors are dated as if it were handed over today
    [InlineData("2026-04-15")] // on hold
    [InlineData("2026-05-05")] // the content is in; the studio's restart lead time runs until Thursday 7 May
    [InlineData("2026-05-12")] // the design is under way
    public void Timeline_bars_start_and_end_on_the_dates_the_status_report_and_the_plan_give(string day)
    {
        var state = Stories.FootDragging(D(day)).State;
        var at = Madrid(day + "T12:00");
        var report = StatusReport.Write(state, Assessor.Assess(state, at), Language.English, DocumentFormat.Markdown);
        var svg = XDocument.Parse(Timeline.ToSvg(state, at, Language.English)).Root!;
        var chart = Timeline.ToMermaid(state, at, Language.English);
        var nameOf = Agreement.Stages.ToDictionary(s => s.Key.Value, s => s.Name);

        // What comes next: every stage not done yet, from its start to its due date, exactly as the report dates it.
        var next = ReportTable(report, "## What comes next").Where(r => r["Start"].Length > 0).ToList();
        next.Should().NotBeEmpty();
        Expected(svg).Select(b => (nameOf[b.Item2!], b.Item3!, b.Item4!)).Should().Equal(
            next.Select(r => (r["What"], Iso(ReportDate(r["Start"])), Iso(ReportDate(r["Due"])))));

        // A stage the report lists as late and still open has no dates ahead; its stretch runs to today.
        var lateAndOpen = ReportTable(report, "## What is late").Where(r => r["State"] == "still open").Select(r => r["What"]).ToList();
        foreach (var stage in lateAndOpen)
        {
            Expected(svg).Should().NotContain(b => nameOf[b.Item2!] == stage);
            Actual(svg).Last(b => nameOf[b.Item2!] == stage).Item4.Should().Be(day);
        }

        // What happened: a stage done spans its first business day to the day it was handed off, as the plan says
        // (the "Happened" of the plan); the open stage starts where the report starts it.
        foreach (var planned in state.Plan!.Stages)
        {
            var bars = Actual(svg).Where(b => b.Item2 == planned.Key.Value).ToList();
            if (planned.IsFinished)
            {
                bars.Select(b => (b.Item3, b.Item4)).Should().Equal((Iso(planned.Start), Iso(planned.FinishedOn!.Value)));
            }
            else if (bars.Count > 0)
            {
                var row = next.SingleOrDefault(r => r["What"] == nameOf[planned.Key.Value]);
                bars.Single().Item3.Should().Be(row is null ? Iso(planned.Start) : Iso(ReportDate(row["Start"])));
            }
        }

        // The Mermaid chart draws the same bars.
        foreach (var (cls, stage, first, last) in Actual(svg))
        {
            chart.Should().Contain($". {nameOf[stage!]} :{(cls == "actual provider" ? "active" : "crit")}, {first}, {last}\n");
        }

        foreach (var (_, stage, first, last) in Expected(svg))
        {
            chart.Should().Contain($". {nameOf[stage!]} :{first}, {last}\n");
        }
    }

    [Fact]
    public void Timeline_starts_a_stage_handed_over_during_its_owners_closure_after_the_closure_and_draws_the_closure()
    {
        // The studio (Madrid) closes from Monday 3 to Friday 21 August 2026; the bakery (Madrid) does not. Planned from
        // Monday 13 July: discovery 13-14 July, content 15-21, design 22-28, feedback Wednesday 29 to Friday 31 July, and
        // the build from Monday 3 August, which the closure moves to Monday 24 August. The bakery hands its feedback over
        // two days late, on Tuesday 4 August at 16:00, in the middle of the closure.
        var state = InSummer()
            .Do(new EngagementCommand.StartStage(Stories.Feedback, Madrid("2026-07-29T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Feedback, Madrid("2026-08-04T16:00")))
            .Do(new EngagementCommand.StartStage(Stories.Build, Madrid("2026-08-24T09:05")))
            .State;
        var at = Madrid("2026-08-25T12:00");

        var svg = XDocument.Parse(Timeline.ToSvg(state, at, Language.English)).Root!;
        var chart = Timeline.ToMermaid(state, at, Language.English);

        // The build starts on the studio's first business day after the closure, not at the handoff: the ball reached
        // a closed studio. Ten business days from 24 August: 24-28 and 31 August, 1-4 September.
        Actual(svg).Last().Should().Be(("actual provider", "build", "2026-08-24", "2026-08-25"));
        Expected(svg).Should().Equal(("expected provider", "build", "2026-08-24", "2026-09-04"));

        // The closure is shaded behind the studio's rows (1, 3 and 5), from its first to its last day, and named.
        var bands = svg.Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "day-off provider").ToList();
        bands.Select(b => (string?)b.Attribute("data-first") + ".." + (string?)b.Attribute("data-last")).Should().OnlyContain(d => d == "2026-08-03..2026-08-21");
        var rows = Bars(svg, "plan").Select(b => (double)b.Attribute("y")! - 6).ToList();
        bands.Select(b => (double)b.Attribute("y")!).Should().Equal(rows[0], rows[2], rows[4]);
        bands[0].Element(Svg + "title")!.Value.Should().Be("Days off at Pixel & Pine Studio · Summer closure · 3 – 21 August 2026");
        (Width(bands[0]) / 19).Should().Be(Width(Bars(svg, "plan")[0]) / 2, "a band is as wide as its 19 days");
        svg.Elements(Svg + "rect").Should().NotContain(r => (string?)r.Attribute("class") == "day-off client", "15 August is a Saturday: the bakery loses no working day");
        Legend(svg).Should().Contain("Days off at Pixel & Pine Studio").And.NotContain("Days off at Acme Bakery");

        chart.Should().Contain("\n    section Days off at Pixel & Pine Studio\n    Closed – Summer closure :2026-08-03, 2026-08-21\n    section Today\n");
        chart.Should().Contain("\n    5. Build and launch :active, 2026-08-24, 2026-08-25\n");
    }

    [Fact]
    public void Days_off_next_to_each_other_across_a_weekend_make_one_band_naming_each_reason()
    {
        // A London studio and a Madrid bakery, planned from Monday 30 March 2026 to the build's due date, Tuesday 5 May
        // (London's early May bank holiday, Monday 4 May, moves it a day). London is off on Good Friday 3 April and
        // Easter Monday 6 April, with the weekend between: one run. Madrid is off on Good Friday and on Friday 1 May.
        var agreement = TestSupport.Agreements.Website(TestSupport.Calendars.London(), TestSupport.Calendars.Madrid()).Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-30")).Value;
        plan.End.Should().Be(D("2026-05-05"));

        var chart = Timeline.ToMermaid(agreement, plan, Language.English);
        var svg = XDocument.Parse(Timeline.ToSvg(agreement, plan, Language.Spanish)).Root!;

        chart.Should().EndWith(
            "    section Days off at Pixel & Pine Studio\n"
            + "    Closed – Good Friday, Easter Monday :2026-04-03, 2026-04-06\n"
            + "    Closed – Early May bank holiday :2026-05-04, 2026-05-04\n"
            + "    section Days off at Acme Bakery\n"
            + "    Closed – Viernes Santo :2026-04-03, 2026-04-03\n"
            + "    Closed – Fiesta del Trabajo :2026-05-01, 2026-05-01\n");
        svg.Elements(Svg + "rect").First(r => (string?)r.Attribute("class") == "day-off provider").Element(Svg + "title")!.Value
            .Should().Be("Días no laborables de Pixel & Pine Studio · Good Friday, Easter Monday · del 3 al 6 de abril de 2026");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Every_text_of_the_svg_lies_within_its_width_wherever_the_last_month_begins(string language)
    {
        // A plan of 30 and 25 business days started on each day of five weeks ends on every weekday of a month's start
        // and end, so the axis's last week holds the first days of a month (the month named there) in some of them.
        var lang = Language.FromName(language);
        var agreement = new AgreementBuilder(new AgreementId("lab-work"), "Lab: work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design", PartyRole.Provider, 30)
            .AddStage("review", "Review", PartyRole.Client, 25)
            .Build();
        for (var start = D("2026-06-01"); start < D("2026-07-06"); start = start.PlusDays(1))
        {
            var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, start).Value;
            AssertTextsFit(XDocument.Parse(Timeline.ToSvg(agreement, plan, lang)).Root!, start.ToString());
        }

        foreach (var day in new[] { "2026-03-31", "2026-04-30", "2026-05-12" })
        {
            AssertTextsFit(XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Madrid(day + "T12:00"), lang)).Root!, day);
        }
    }

    [Fact]
    public void Svg_of_a_plan_whose_axis_ends_in_the_first_days_of_a_month_names_that_month_in_full_inside_the_drawing()
    {
        // 30 + 25 business days from Tuesday 16 June 2026 (Madrid's 15 August is a Saturday): the design is due on Monday
        // 27 July, the review on Monday 31 August, so the axis runs from Monday 15 June to Sunday 6 September, 84 days at
        // 10 px, and September begins six days before its end: its name (98 px) runs past the axis, as far as it needs.
        var agreement = new AgreementBuilder(new AgreementId("lab-work"), "Lab: work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design", PartyRole.Provider, 30)
            .AddStage("review", "Review", PartyRole.Client, 25)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-06-16")).Value;
        plan.Stages[0].Due.Should().Be(D("2026-07-27"));
        plan.End.Should().Be(D("2026-08-31"));

        var svg = XDocument.Parse(Timeline.ToSvg(agreement, plan, Language.English)).Root!;

        Months(svg).Should().Equal("June 2026", "July 2026", "August 2026", "September 2026");
        var axis = svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "axis");
        ((double)axis.Attribute("x2")! - (double)axis.Attribute("x1")!).Should().Be(840);
        var september = svg.Elements(Svg + "text").Last(t => (string?)t.Attribute("class") == "month");
        ((double)september.Attribute("x")!).Should().Be((double)axis.Attribute("x2")! - 60 + 3);
        ((double)september.Attribute("x")! + (september.Value.Length * 7) + 16).Should().BeLessThanOrEqualTo((double)svg.Attribute("width")!);
    }

    /// <summary>
    /// The website in Madrid, every stage on time up to the design's handoff on Tuesday 17 March; on Thursday 19 March
    /// the client asks for a revision, which reopens the design; the studio hands it off again on Tuesday 24 March.
    /// </summary>
    private static EngagementDriver DesignReopened() =>
        ScheduledWebsite()
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-03-10T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-03-17T17:00")))
            .Do(new EngagementCommand.RequestRevision(Stories.Design, "Warmer colours", Madrid("2026-03-19T10:00")))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-03-24T17:00")));

    /// <summary>
    /// The website with the studio closed from Monday 3 to Friday 21 August 2026, scheduled from Monday 13 July, every
    /// stage on time up to the design's handoff on Tuesday 28 July at 17:00.
    /// </summary>
    private static EngagementDriver InSummer()
    {
        var studio = TestSupport.Calendars.Madrid().WithClosure(new ClientBoundaries.Calendars.Closure(D("2026-08-03"), D("2026-08-21"), "Summer closure"));
        var agreement = TestSupport.Agreements.Website(studio, TestSupport.Calendars.Madrid()).WithPaymentTerms(TestSupport.Agreements.StandardPayment()).Build();
        return new EngagementDriver()
            .Do(new EngagementCommand.Propose(agreement, Madrid("2026-07-01T10:00")))
            .Do(new EngagementCommand.Sign(Madrid("2026-07-02T10:00")))
            .Do(new EngagementCommand.ReceiveDeposit(new Money(1800m, "EUR"), Madrid("2026-07-03T10:00")))
            .Do(new EngagementCommand.Schedule(D("2026-07-13"), Madrid("2026-07-03T12:00")))
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-07-13T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-07-14T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-07-15T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-07-21T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-07-22T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-07-28T17:00")));
    }

    /// <summary>
    /// Every text inside the drawing: its x within the width, and its text (7 px a character at 12 px, a generous
    /// average for Arial; in proportion for the other sizes) ending before the right edge, or centred within it.
    /// </summary>
    private static void AssertTextsFit(XElement svg, string because)
    {
        var width = (double)svg.Attribute("width")!;
        ((string?)svg.Attribute("viewBox")).Should().Be($"0 0 {(string?)svg.Attribute("width")} {(string?)svg.Attribute("height")}");
        foreach (var text in svg.Descendants(Svg + "text"))
        {
            var x = (double)text.Attribute("x")!;
            var size = (double?)text.Attribute("font-size") ?? 12;
            var length = text.Nodes().OfType<XText>().Sum(t => t.Value.Length) * 7 * size / 12;
            var (left, right) = (string?)text.Attribute("text-anchor") == "middle" ? (x - (length / 2), x + (length / 2)) : (x, x + length);
            x.Should().BeInRange(0, width, $"'{text.Value}' ({because}) starts inside the drawing");
            left.Should().BeGreaterThanOrEqualTo(0, $"'{text.Value}' ({because}) is not cut on the left");
            right.Should().BeLessThanOrEqualTo(width, $"'{text.Value}' ({because}) is not cut on the right");
        }
    }

    /// <summary>The rows of the Markdown table under a heading of the status report, each cell by its column's header.</summary>
    private static System.Collections.Generic.List<System.Collections.Generic.Dictionary<string, string>> ReportTable(string report, string heading)
    {
        var lines = report.Split('\n');
        var table = lines.SkipWhile(l => l != heading).Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        if (table.Count == 0)
        {
            return new();
        }

        static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        var header = Cells(table[0]);
        return table.Skip(2).Select(Cells).Select(cells => header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }

    /// <summary>A date as the English status report writes it ("7 May 2026"), read back by writing every day of 2026.</summary>
    private static LocalDate ReportDate(string text)
    {
        var english = Phrasebook.Of(Language.English);
        for (var day = D("2026-01-01"); day.Year == 2026; day = day.PlusDays(1))
        {
            if (english.Date(day) == text)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"'{text}' is not a date of 2026 as the report writes it.");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static System.Collections.Generic.List<(string?, string?, string?, string?)> Actual(XElement svg) => Rects(svg, "actual ");

    private static System.Collections.Generic.List<(string?, string?, string?, string?)> Expected(XElement svg) => Rects(svg, "expected ");

    private static System.Collections.Generic.List<(string?, string?, string?, string?)> Rects(XElement svg, string classPrefix) =>
        svg.Descendants(Svg + "rect")
            .Where(r => ((string?)r.Attribute("class"))?.StartsWith(classPrefix, StringComparison.Ordinal) == true)
            .Select(b => ((string?)b.Attribute("class"), (string?)b.Attribute("data-stage"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last")))
            .ToList();

    /// <summary>The texts of the legend, in order: the texts after the last bar's row and the "today" label.</summary>
    private static string[] Legend(XElement svg)
    {
        var swatches = svg.Elements(Svg + "rect").Count(r => (string?)r.Attribute("class") == "legend")
            + svg.Elements(Svg + "line").Count(l => (string?)l.Attribute("class") == "legend");
        return svg.Elements(Svg + "text").Select(t => t.Value).TakeLast(swatches).ToArray();
    }

    /// <summary>Two stages in Madrid planned from Monday 27 December 9999: the second is due on Friday 31 December 9999.</summary>
    internal static (Agreement Agreement, Plan Plan) EndingOn31December9999()
    {
        var agreement = new AgreementBuilder(new AgreementId("lab-work"), "Lab: work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", "Lab design", PartyRole.Provider, 3, s => s.ProviderDoes("Design"))
            .AddStage("review", "Lab review", PartyRole.Client, 2)
            .Build();
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("9999-12-27")).Value;
        plan.End.Should().Be(D("9999-12-31"));
        return (agreement, plan);
    }

    private static Agreement TwoStages(string first, string second) =>
        new AgreementBuilder(new AgreementId("lab-work"), "Lab: work")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", TestSupport.Calendars.Madrid())
            .AddStage("design", first, PartyRole.Provider, 3)
            .AddStage("rnd", second, PartyRole.Client, 2)
            .Build();

    private static System.Collections.Generic.List<XElement> Bars(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == cssClass).ToList();

    private static double X(XElement bar) => (double)bar.Attribute("x")!;

    private static double Width(XElement bar) => (double)bar.Attribute("width")!;

    private static string[] Months(XElement svg) =>
        svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "month").Select(t => t.Value).ToArray();
}
