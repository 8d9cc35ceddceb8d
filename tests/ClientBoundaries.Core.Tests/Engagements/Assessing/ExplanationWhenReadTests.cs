using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Assessing;

/// <summary>
/// A due item's explanation is true on the day the assessment is made, not the day its rule fell due: a sweep that
/// catches up on missed days says how late the party is now. The website engagement in Madrid: "Client sends content"
/// due Tuesday 10 March 2026, "Design draft" due Tuesday 17 March, the work planned to end on Monday 6 April
/// (Good Friday, 3 April, is a holiday).
/// </summary>
public class ExplanationWhenReadTests
{
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");

    [Fact]
    public void A_reminder_read_before_the_due_date_counts_the_business_days_left_from_that_day()
    {
        var state = ContentUnderWay().State;

        // The friendly reminder fell due on Friday 6 March (two business days before); read on Monday 9 March, one is left.
        Assessor.Assess(state, Madrid("2026-03-06T09:00")).Reminders.Single().Explanation.Should()
            .Be("Friendly reminder to Acme Bakery: stage \"Client sends content\" is due on 10 March 2026, in 2 business days.");
        Assessor.Assess(state, Madrid("2026-03-09T09:30")).Reminders.Single().Explanation.Should()
            .Be("Friendly reminder to Acme Bakery: stage \"Client sends content\" is due on 10 March 2026, in 1 business day.");
    }

    [Fact]
    public void A_sweep_that_catches_up_says_how_late_the_party_is_on_the_day_it_runs()
    {
        var state = ContentUnderWay().State;

        // Nobody swept from Tuesday 10 March to Thursday 19 March: 11, 12, 13, 16, 17, 18 and 19 March have begun by 10:00.
        var assessment = Assessor.Assess(state, Madrid("2026-03-19T10:00"));

        assessment.Reminders.Single().Explanation.Should()
            .Be("Firm reminder to Acme Bakery: stage \"Client sends content\" was due on 10 March 2026 and is 7 business days overdue.");
        var escalation = assessment.Consequences.Single();
        escalation.BusinessDaysLate.Should().Be(5, "the figure stays the rule's threshold; only the sentence is worded for the day read");
        escalation.Explanation.Should()
            .Be("Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 7 business days late: the matter goes to Acme Bakery's owner.");
    }

    [Fact]
    public void Read_before_the_days_working_hours_begin_the_day_does_not_count_yet()
    {
        var state = ContentUnderWay().State;

        // At 08:30 on Thursday 19 March the working day has not begun: 11, 12, 13, 16, 17 and 18 March.
        Assessor.Assess(state, Madrid("2026-03-19T08:30")).Consequences.Single().Explanation.Should()
            .Contain("Acme Bakery is 6 business days late");
    }

    [Fact]
    public void A_schedule_shift_read_late_says_where_the_work_ends_if_the_stage_is_delivered_that_day()
    {
        var state = ContentLateWithScheduleShiftAtThree();

        // Content delivered on Friday 13 March: design 16-20 March, feedback 23-25, build 26 March - 9 April (3 April off).
        Assessor.Assess(state, Madrid("2026-03-13T10:00")).Consequences.Single().Explanation.Should().Be(
            "Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 3 business days late: every later date moves with it; "
            + "delivered on 13 March 2026, the work would end on 9 April 2026 instead of 6 April 2026 as first planned.");

        // Delivered on Wednesday 18 March instead: design 19-25 March, feedback 26-30, build 31 March - 14 April.
        Assessor.Assess(state, Madrid("2026-03-18T10:00")).Consequences.Single().Explanation.Should().Be(
            "Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 6 business days late: every later date moves with it; "
            + "delivered on 18 March 2026, the work would end on 14 April 2026 instead of 6 April 2026 as first planned.");
    }

    [Fact]
    public void A_schedule_shift_read_on_a_weekend_counts_delivery_from_the_next_business_day()
    {
        var state = ContentLateWithScheduleShiftAtThree();

        // Saturday 14 March: the earliest delivery is Monday 16 March, so design 17-23 March, feedback 24-26, build 27 March - 10 April.
        Assessor.Assess(state, Madrid("2026-03-14T11:00")).Consequences.Single().Explanation.Should().Be(
            "Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 3 business days late: every later date moves with it; "
            + "delivered on 16 March 2026, the work would end on 10 April 2026 instead of 6 April 2026 as first planned.");
    }

    [Fact]
    public void A_fee_read_after_delivery_states_the_lateness_at_delivery_in_the_past()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-23T11:00")));

        // Read two weeks later, the lateness is still the one at delivery: 18, 19, 20 and 23 March.
        var credit = Assessor.Assess(engagement.State, Madrid("2026-04-08T10:00")).Consequences.Single(c => c.Kind == ConsequenceKind.Credit);

        credit.Explanation.Should().Be(
            "Stage \"Design draft\" was due on 17 March 2026 and was handed over 4 business days late: Acme Bakery is owed a credit of 10% of the stage's price (150.00 EUR).");
    }

    [Fact]
    public void A_fee_read_after_the_engagement_ended_states_the_lateness_when_it_ended()
    {
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new Terminate(PartyRole.Client, "Found another studio", Madrid("2026-03-24T12:00")));

        // Ended on Tuesday 24 March at noon: 18, 19, 20, 23 and 24 March had begun.
        var credit = Assessor.Assess(engagement.State, Madrid("2026-04-08T10:00")).Consequences.Single(c => c.Kind == ConsequenceKind.Credit);

        credit.Explanation.Should().Be(
            "Stage \"Design draft\" was due on 17 March 2026 and Pixel & Pine Studio was 5 business days late when the engagement ended: "
            + "Acme Bakery is owed a credit of 10% of the stage's price (150.00 EUR).");
    }

    [Fact]
    public void A_restart_keeps_the_threshold_the_pause_began_at_because_that_is_its_point()
    {
        var engagement = ContentUnderWay()
            .EveryMorning(D("2026-03-04"), D("2026-04-28"))
            .Do(new ResumeWork(Madrid("2026-04-29T10:00")));

        // Read a week after the client came back: the day it came back and the threshold stay as they were.
        var fee = Assessor.Assess(engagement.State, Madrid("2026-05-06T10:00")).Consequences.Single(c => c.Kind == ConsequenceKind.RestartFee);

        fee.Explanation.Should().Be(
            "Acme Bakery came back on 29 April 2026 after a pause while 15 business days or more late on stage \"Client sends content\": a restart fee of 250.00 EUR is owed to Pixel & Pine Studio.");
    }

    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Over_random_engagements_every_explanation_is_true_on_the_day_it_is_read(string name)
    {
        var claims = Claims.Of(Language.FromName(name));
        var checkedCounts = 0;
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps);
            var start = state.LastEventAt!.Value;
            return input.Probes.All(minutes =>
            {
                var now = start + Duration.FromMinutes(minutes);
                var assessment = Assessor.Assess(state, now);
                return assessment.Reminders.Concat(assessment.Consequences).All(item =>
                {
                    var text = item.ExplanationIn(claims.Language);
                    checkedCounts += claims.Late.IsMatch(text) ? 1 : 0;
                    return IsTrueAt(state, assessment, item, text, claims, now) ? true : throw new InvalidOperationException($"Read at {now}: {text}");
                });
            });
        });

        checkedCounts.Should().BeGreaterThan(100, "the law is only as good as the sentences it recognises: running lateness is stated often over random engagements");
    }

    /// <summary>The content stage under way, the client's stage ladder a single schedule shift at 3 business days late.</summary>
    private static EngagementState ContentLateWithScheduleShiftAtThree()
    {
        var shiftAtThree = new ConsequencePolicy(new ConsequenceLadder(0, new[] { ConsequenceRule.ScheduleShift(3) }), Policies.ClientPayments());
        return ContentUnderWay(Policies.Website(client: shiftAtThree).Build()).State;
    }

    /// <summary>
    /// What an explanation says of dates and lateness holds at <paramref name="now"/> in the late party's calendar:
    /// "today" is that day, a date said to have passed has, the business days left or late are the calendar's count.
    /// </summary>
    private static bool IsTrueAt(EngagementState state, Assessment assessment, DueConsequence item, string text, Claims claims, Instant now)
    {
        // The party's calendar as the engagement counts with it: force majeure days closed.
        var calendar = state.AgreementForDates!.CalendarOf(item.Party);
        var today = calendar.ToLocalDate(now);
        if (claims.DueToday.Match(text) is { Success: true } dueToday && claims.Date(dueToday) != today)
        {
            return false;
        }

        if (claims.WasDue.Match(text) is { Success: true } wasDue && claims.Date(wasDue) > today)
        {
            return false;
        }

        if (claims.DueIn.Match(text) is { Success: true } dueIn
            && !(claims.Date(dueIn) > today && Count(dueIn) == calendar.BusinessDaysBetween(today, claims.Date(dueIn))))
        {
            return false;
        }

        if (claims.Late.Match(text) is { Success: true } lateNow)
        {
            // A running count: the obligation is still open, and every business day after the due date whose working hours have begun counts.
            var standing = assessment.StandingOf(item.Obligation);
            var lastBegun = calendar.StartOfWorkingDay(today) <= now ? today : today.PlusDays(-1);
            if (standing is null || standing.Timeliness != Timeliness.Overdue
                || Count(lateNow) != calendar.BusinessDaysBetween(claims.Date(lateNow), lastBegun))
            {
                return false;
            }
        }

        return true;
    }

    private static int Count(Match match) => int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// How a language states the four claims the law checks, each with the date it names ("d") and a count ("n"): due today;
    /// was due (a date passed); due in so many business days; and, running, so many business days late now (a lateness
    /// frozen at delivery, payment, pause or the end is a past fact, not a claim about now).
    /// </summary>
    private sealed record Claims(Language Language, Regex DueToday, Regex WasDue, Regex DueIn, Regex Late)
    {
        // A date as the phrasebooks write it: 10 March 2026, 10 de marzo de 2026, 10 Maret 2026, 10 Mac 2026.
        private const string D = @"(?<d>\d{1,2}(?: de)? \p{L}+(?: de)? \d{4})";

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Language, System.Collections.Generic.Dictionary<string, LocalDate>> DatesByLanguage = new();

        public static Claims Of(Language language)
        {
            var options = RegexOptions.CultureInvariant;
            var timeout = TimeSpan.FromSeconds(1);
            Regex R(string pattern) => new(pattern, options, timeout);
            return language.Name switch
            {
                "English" => new Claims(language, R($"is due today, {D}"), R($"was due on {D}"), R($"is due on {D}, in (?<n>\\d+) business days?"),
                    R($"was due on {D} and (?:[^:]+ )?is (?<n>\\d+) business days? (?:late|overdue)")),
                "Spanish" => new Claims(language, R($"vence hoy, {D}"), R($"(?:venció|vencía) el {D}"), R($"vence el {D}, dentro de (?<n>\\d+) días? hábil(?:es)?"),
                    R($"venció el {D} y (?:[^:]+ )?lleva (?<n>\\d+) días? hábil(?:es)? de retraso")),
                "Indonesian" => new Claims(language, R($"hari ini, {D}"), R($"seharusnya \\w+ paling lambat {D}"), R($"paling lambat {D}, tinggal (?<n>\\d+) hari kerja lagi"),
                    R($"seharusnya \\w+ paling lambat {D},? dan (?:[^:.]+ )?sudah terlambat (?<n>\\d+) hari kerja(?! saat)")),
                _ => new Claims(language, R($"hari ini, {D}"), R($"sepatutnya \\w+ pada {D}"), R($"selewat-lewatnya pada {D}, iaitu dalam tempoh (?<n>\\d+) hari bekerja lagi"),
                    R($"sepatutnya \\w+ pada {D}, dan (?:[^:.]+ )?kini sudah lewat (?<n>\\d+) hari bekerja")),
            };
        }

        /// <summary>The date a match names, read back through the language's own phrasebook (every day from 2020 to 2035).</summary>
        public LocalDate Date(Match match)
        {
            var dates = DatesByLanguage.GetOrAdd(Language, language =>
            {
                var words = ClientBoundaries.Documents.Phrasebook.Of(language);
                var byText = new System.Collections.Generic.Dictionary<string, LocalDate>(StringComparer.Ordinal);
                for (var day = new LocalDate(2020, 1, 1); day.Year < 2036; day = day.PlusDays(1))
                {
                    byText[words.Date(day)] = day;
                }

                return byText;
            });
            return dates.TryGetValue(match.Groups["d"].Value, out var date)
                ? date
                : throw new InvalidOperationException($"'{match.Groups["d"].Value}' is not a {Language.Name} date between 2020 and 2035");
        }
    }
}
