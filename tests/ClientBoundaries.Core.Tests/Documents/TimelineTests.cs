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
        @"^    (\d+)\. [^:;#\n]+ :done, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Plan PlanFromMarch2 = Scheduler.Plan(Agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

    // The foot-dragging story, built once: every test reads the same state.
    private static readonly Lazy<EngagementState> FootDragging = new(() => Stories.FootDragging(D("2026-05-12")).State);

    private static readonly Instant Noon12May = Madrid("2026-05-12T12:00");

    [Fact]
    public void Mermaid_chart_of_the_foot_dragging_engagement_matches_its_approved_version()
    {
        Golden.Matches(Timeline.ToMermaid(FootDragging.Value, Noon12May, Language.English), "foot-dragging.timeline.en.mmd");
    }

    [Fact]
    public void Mermaid_chart_of_the_plan_alone_in_Spanish_matches_its_approved_version()
    {
        Golden.Matches(Timeline.ToMermaid(Agreement, PlanFromMarch2, Language.Spanish), "plan.timeline.es.mmd");
    }

    [Fact]
    public void Mermaid_chart_writes_each_bar_from_its_first_through_its_last_day_with_inclusive_end_dates()
    {
        var chart = Timeline.ToMermaid(Agreement, PlanFromMarch2, Language.English);

        // Discovery is planned for 2-3 March, build for 23 March - 6 April (both days included).
        chart.Should().Contain("\n    dateFormat YYYY-MM-DD\n    inclusiveEndDates\n");
        chart.Should().Contain("\n    1. Discovery call :done, 2026-03-02, 2026-03-03\n");
        chart.Should().Contain("\n    5. Build and launch :done, 2026-03-23, 2026-04-06\n");
    }

    [Fact]
    public void Mermaid_chart_of_a_plan_that_ends_on_the_last_day_of_year_9999_ends_its_bar_there()
    {
        var (agreement, plan) = EndingOn31December9999();

        var chart = Timeline.ToMermaid(agreement, plan, Language.English);

        // 3 business days from Monday 27 December 9999, then 2: Thursday 30 and Friday 31 December, the last day there is.
        chart.Should().Contain("\n    1. Lab design :done, 9999-12-27, 9999-12-29\n");
        chart.Should().EndWith("\n    2. Lab review :done, 9999-12-30, 9999-12-31\n");
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
    [InlineData("Malay", "Rancangan", "Giliran Pixel & Pine Studio", "Giliran Acme Bakery", "Ditangguhkan", "Hari ini")]
    [InlineData("Indonesian", "Rencana", "Giliran Pixel & Pine Studio", "Giliran Acme Bakery", "Ditunda", "Hari ini")]
    public void Mermaid_chart_names_its_sections_in_the_language(string language, string plan, string provider, string client, string onHold, string today)
    {
        var chart = Timeline.ToMermaid(FootDragging.Value, Noon12May, Language.FromName(language));

        var sections = chart.Split('\n').Where(l => l.StartsWith("    section ", StringComparison.Ordinal)).Select(l => l.Substring(12));
        sections.Should().Equal(plan, provider, client, onHold, today);
    }

    [Fact]
    public void Mermaid_chart_of_a_plan_has_only_the_plan_section_and_no_today()
    {
        var chart = Timeline.ToMermaid(Agreement, PlanFromMarch2, Language.English);

        chart.Split('\n').Where(l => l.TrimStart().StartsWith("section ", StringComparison.Ordinal)).Should().Equal("    section Plan");
        chart.Should().NotContain("milestone");
    }

    [Fact]
    public void Mermaid_chart_keeps_colons_hashes_and_semicolons_of_stage_names_out_of_its_syntax()
    {
        var agreement = TwoStages("Design: phase #1; desktop", "R&D <draft>");
        var plan = Scheduler.Plan(agreement, AgreementStatus.DepositReceived, D("2026-03-02")).Value;

        var chart = Timeline.ToMermaid(agreement, plan, Language.English);

        // 3 business days from Monday 2 March: 2-4 March; then 2 days: 5-6 March.
        chart.Should().Contain("\n    1. Design, phase 1, desktop :done, 2026-03-02, 2026-03-04\n");
        chart.Should().Contain("\n    2. R&D <draft> :done, 2026-03-05, 2026-03-06\n");
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

        // After "section Plan" come the tasks and nothing else: one per stage, numbered in order, each on one line.
        var tasks = lines.SkipWhile(l => l != "    section Plan").Skip(1).Where(l => l.Length > 0).ToList();
        tasks.Should().HaveCount(HostileStageNames.Length);
        tasks.Select(t => TaskLine.Match(t)).Should().OnlyContain(m => m.Success, "every task is '<number>. <name> :done, <start>, <end>'");
        tasks.Select(t => TaskLine.Match(t).Groups[1].Value).Should().Equal(Enumerable.Range(1, HostileStageNames.Length).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        tasks[0].Should().StartWith("    1. title Oops :done, ");
        tasks[^1].Should().StartWith($"    {HostileStageNames.Length}. Design, phase 1, desktop second line :done, ");
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
    public void Svg_of_a_plan_has_one_grey_bar_per_stage_in_the_order_of_the_plan()
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
        bars.Select(b => (string?)b.Attribute("fill")).Should().OnlyContain(f => f == "#bdbdbd");
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
        // client at that handoff and it handed the content over on 29 April at noon. Design: the ball came back then;
        // still open at noon on 12 May. Feedback and build have not begun.
        var actual = svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("actual ", StringComparison.Ordinal) == true).ToList();
        actual.Select(b => ((string?)b.Attribute("class"), (string?)b.Attribute("data-stage"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last"))).Should().Equal(
            ("actual provider", "discovery", "2026-03-02", "2026-03-03"),
            ("actual client", "content", "2026-03-03", "2026-04-29"),
            ("actual provider", "design", "2026-04-29", "2026-05-12"));
        actual.Select(b => (string?)b.Attribute("fill")).Should().Equal("#1f77b4", "#ff7f0e", "#1f77b4");
        actual[2].Element(Svg + "title")!.Value.Should().Be("Design draft · Actual: 29 April 2026 – 12 May 2026 · Pixel & Pine Studio holds the ball");

        // The pause rule stopped the work on the morning of Tuesday 31 March; the client came back on 29 April.
        Bars(svg, "pause").Select(b => ((string?)b.Attribute("data-caused-by"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last")))
            .Should().Equal(("client", "2026-03-31", "2026-04-29"));
    }

    [Fact]
    public void Svg_of_an_engagement_draws_today_at_the_moment_it_is_drawn_as_of()
    {
        var svg = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English)).Root!;

        // The axis runs from Monday 2 March to Sunday 17 May: 77 days at 10.5 px. Noon on 12 May is 71.5 days in.
        var discovery = Bars(svg, "plan")[0];
        var today = svg.Descendants(Svg + "line").Should().ContainSingle(l => (string?)l.Attribute("class") == "today").Subject;
        ((double)today.Attribute("x1")! - X(discovery)).Should().BeApproximately(71.5 * 10.5, 0.01);
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
    }

    [Fact]
    public void Svg_of_a_stage_reopened_for_a_revision_draws_every_stretch_it_was_open()
    {
        var engagement = DesignReopened();

        var svg = XDocument.Parse(Timeline.ToSvg(engagement.State, Madrid("2026-03-26T12:00"), Language.English)).Root!;

        // Design: the ball came at the content's handoff (10 March), it was handed off on the 17th and reopened on the 19th,
        // then handed off again on the 24th. Feedback: the client had the ball from the 17th until the revision cut it
        // short on the 19th, and again from the 24th (still open on the 26th).
        Actual(svg).Should().Equal(
            ("actual provider", "discovery", "2026-03-02", "2026-03-03"),
            ("actual client", "content", "2026-03-03", "2026-03-10"),
            ("actual provider", "design", "2026-03-10", "2026-03-17"),
            ("actual provider", "design", "2026-03-19", "2026-03-24"),
            ("actual client", "feedback", "2026-03-17", "2026-03-19"),
            ("actual client", "feedback", "2026-03-24", "2026-03-26"));
    }

    [Fact]
    public void Mermaid_chart_of_a_stage_reopened_for_a_revision_has_a_task_for_every_stretch_it_was_open()
    {
        var chart = Timeline.ToMermaid(DesignReopened().State, Madrid("2026-03-26T12:00"), Language.English);

        chart.Should().Contain(
            "\n    section Pixel & Pine Studio holds the ball\n"
            + "    1. Discovery call :active, 2026-03-02, 2026-03-03\n"
            + "    3. Design draft :active, 2026-03-10, 2026-03-17\n"
            + "    3. Design draft :active, 2026-03-19, 2026-03-24\n"
            + "    section Acme Bakery holds the ball\n"
            + "    2. Client sends content :crit, 2026-03-03, 2026-03-10\n"
            + "    4. Client feedback :crit, 2026-03-17, 2026-03-19\n"
            + "    4. Client feedback :crit, 2026-03-24, 2026-03-26\n");
    }

    [Fact]
    public void Timeline_of_a_terminated_engagement_ends_the_open_stage_at_the_termination_not_at_as_of()
    {
        // The client had the content from Tuesday 3 March at 17:00 and ended the engagement on Friday 6 March at 10:00.
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
            ("actual client", "content", "2026-03-03", "2026-03-06"));
        chart.Should().Contain("\n    2. Client sends content :crit, 2026-03-03, 2026-03-06\n");
        chart.Should().Contain("\n    Today, 20 March 2026 :milestone, 2026-03-20, 0d\n", "today is still the moment it is drawn as of");
    }

    [Fact]
    public void Svg_names_the_months_of_its_axis_in_the_language()
    {
        var english = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.English)).Root!;
        var spanish = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.Spanish)).Root!;
        var malay = XDocument.Parse(Timeline.ToSvg(FootDragging.Value, Noon12May, Language.Malay)).Root!;

        // The axis starts on 2 March, so March is named at its start; April and May where they begin.
        Months(english).Should().Equal("March 2026", "April 2026", "May 2026");
        Months(spanish).Should().Equal("marzo de 2026", "abril de 2026", "mayo de 2026");
        Months(malay).Should().Equal("Mac 2026", "April 2026", "Mei 2026");
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

        var legend = svg.Elements(Svg + "text").Select(t => t.Value).TakeLast(5);
        legend.Should().Equal("Previsto", "Le toca a Pixel & Pine Studio", "Le toca a Acme Bakery", "En pausa", "Hoy");
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
            "Design: phase #1; desktop · Plan: 2 March 2026 – 4 March 2026",
            "R&D <draft> · Plan: 5 March 2026 – 6 March 2026");
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

    private static System.Collections.Generic.List<(string?, string?, string?, string?)> Actual(XElement svg) =>
        svg.Descendants(Svg + "rect")
            .Where(r => ((string?)r.Attribute("class"))?.StartsWith("actual ", StringComparison.Ordinal) == true)
            .Select(b => ((string?)b.Attribute("class"), (string?)b.Attribute("data-stage"), (string?)b.Attribute("data-first"), (string?)b.Attribute("data-last")))
            .ToList();

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
