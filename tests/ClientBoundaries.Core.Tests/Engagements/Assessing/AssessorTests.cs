using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Assessing;

public class AssessorTests
{
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly ObligationKey ContentDue = ObligationKey.ForStage(Content);

    [Fact]
    public void Stage_standings_follow_the_due_date_through_the_day()
    {
        // Content is due Tuesday 10 March; the Madrid working day runs 09:00-18:00; due soon means 2 business days ahead.
        var state = ContentUnderWay().State;

        Standing(state, "2026-03-05T12:00").Timeliness.Should().Be(Timeliness.OnTrack);
        Standing(state, "2026-03-06T08:59").Timeliness.Should().Be(Timeliness.OnTrack);
        Standing(state, "2026-03-06T09:00").Timeliness.Should().Be(Timeliness.DueSoon, "Friday is two business days before Tuesday");
        Standing(state, "2026-03-10T18:00").Timeliness.Should().Be(Timeliness.DueSoon, "due by the end of the working day, 18:00");
        var evening = Standing(state, "2026-03-10T18:01");
        evening.Timeliness.Should().Be(Timeliness.Overdue);
        evening.BusinessDaysLate.Should().Be(0, "no business day after the due date has begun yet");
        Standing(state, "2026-03-11T09:00").BusinessDaysLate.Should().Be(1);
        Standing(state, "2026-03-14T12:00").BusinessDaysLate.Should().Be(3, "Wednesday, Thursday and Friday; the weekend does not count");
        Assessor.Assess(state, Madrid("2026-03-05T12:00")).StandingOf(ObligationKey.ForStage(Design))!.Timeliness.Should().Be(Timeliness.NotStarted);
    }

    [Fact]
    public void Every_stage_and_payment_has_a_standing_in_order_those_not_started_with_their_due_dates()
    {
        // Discovery handed off on its due date (Tuesday 3 March); content under way, due Tuesday 10 March. Design (five
        // days from Wednesday 11 March) is due Tuesday 17 March, feedback (three) Friday 20 March, and the build (ten from
        // Monday 23 March, Good Friday 3 April a holiday) Monday 6 April. The deposit was invoiced at signing on Wednesday
        // 18 February, due seven days later and paid on the 20th; the design milestone and the final payment are not
        // invoiced yet, so they have no due date. Madrid's working day ends at 18:00.
        var standings = Assessor.Assess(ContentUnderWay().State, Madrid("2026-03-05T12:00")).Obligations;

        standings.Select(s => (s.Obligation, s.Timeliness, s.Due, s.DueAt, s.Round)).Should().Equal(
            (ObligationKey.ForStage(new StageKey("discovery")), Timeliness.Done, (LocalDate?)D("2026-03-03"), (Instant?)Madrid("2026-03-03T18:00"), 0),
            (ContentDue, Timeliness.OnTrack, D("2026-03-10"), Madrid("2026-03-10T18:00"), 0),
            (ObligationKey.ForStage(Design), Timeliness.NotStarted, D("2026-03-17"), Madrid("2026-03-17T18:00"), 0),
            (ObligationKey.ForStage(new StageKey("feedback")), Timeliness.NotStarted, D("2026-03-20"), Madrid("2026-03-20T18:00"), 0),
            (ObligationKey.ForStage(new StageKey("build")), Timeliness.NotStarted, D("2026-04-06"), Madrid("2026-04-06T18:00"), 0),
            (ObligationKey.Deposit, Timeliness.Done, D("2026-02-25"), Madrid("2026-02-25T18:00"), 0),
            (ObligationKey.MilestonePayment(Design), Timeliness.NotStarted, null, null, 0),
            (ObligationKey.FinalPayment, Timeliness.NotStarted, null, null, 0));
        standings.Select(s => s.Party).Should().Equal(
            PartyRole.Provider, PartyRole.Client, PartyRole.Provider, PartyRole.Client, PartyRole.Provider, PartyRole.Client, PartyRole.Client, PartyRole.Client);
    }

    [Fact]
    public void A_threshold_falls_due_exactly_when_the_working_day_begins()
    {
        var state = ContentUnderWay().State;

        Assessor.Assess(state, Madrid("2026-03-17T08:59")).Consequences.Should().BeEmpty();
        Assessor.Assess(state, Madrid("2026-03-17T09:00")).Consequences.Should().ContainSingle()
            .Which.Kind.Should().Be(ConsequenceKind.Escalation);
        state.NextAttentionAt.Should().Be(Madrid("2026-03-06T09:00"), "the first thing to fall due is the friendly reminder");
    }

    [Fact]
    public void Only_the_latest_reminder_that_fell_due_is_listed()
    {
        var state = ContentUnderWay().State;

        var reminder = Assessor.Assess(state, Madrid("2026-03-11T10:00")).Reminders.Should().ContainSingle().Subject;

        reminder.Level.Should().Be(ReminderLevel.Firm, "the friendly reminder was never sent and its moment has passed");
        // Read on Wednesday 11 March at 10:00, the day after the due date, whose working hours began at 09:00.
        reminder.Explanation.Should().Be("Firm reminder to Acme Bakery: stage \"Client sends content\" was due on 10 March 2026 and is 1 business day overdue.");
        reminder.Party.Should().Be(PartyRole.Client);
    }

    [Fact]
    public void Assessing_twice_gives_the_same_answer_and_a_recorded_item_is_never_due_again()
    {
        var engagement = ContentUnderWay();
        var now = Madrid("2026-03-17T10:00");

        Assessor.Assess(engagement.State, now).Should().Be(Assessor.Assess(engagement.State, now));
        var escalation = Assessor.Assess(engagement.State, now).Consequences.Single();
        engagement.Do(new ApplyConsequence(escalation.Obligation, escalation.Rule, now));

        Assessor.Assess(engagement.State, now).Consequences.Should().BeEmpty();
        Assessor.Assess(engagement.State, Madrid("2026-03-30T10:00")).Consequences.Should().BeEmpty("the pause at +15 is not due until 31 March");
        engagement.Refuses(new ApplyConsequence(escalation.Obligation, escalation.Rule, now.Plus(Duration.FromHours(1))))
            .Code.Should().Be("consequence.already-recorded");
    }

    [Fact]
    public void A_due_date_on_a_weekend_counts_from_the_next_business_day()
    {
        // The discovery is handed off asking for the content by Saturday 7 March.
        var engagement = ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")))
            .Do(new HandOff(new StageKey("discovery"), Madrid("2026-03-03T17:00"), dueBy: D("2026-03-07")));

        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-07"));
        Assessor.Assess(engagement.State, Madrid("2026-03-09T09:00")).Reminders.Should().ContainSingle()
            .Which.Level.Should().Be(ReminderLevel.Firm, "the firm reminder comes on Monday, the first business day on or after the Saturday");
        Assessor.Assess(engagement.State, Madrid("2026-03-05T09:00")).Reminders.Should().ContainSingle()
            .Which.Level.Should().Be(ReminderLevel.Friendly, "two business days before Monday is Thursday");
        Assessor.Assess(engagement.State, Madrid("2026-03-16T09:00")).Consequences.Should().ContainSingle()
            .Which.Kind.Should().Be(ConsequenceKind.Escalation, "five business days after Monday 9 March");
    }

    [Fact]
    public void A_payment_due_on_a_holiday_moves_to_the_next_business_day()
    {
        // Completed Friday 17 April; 14 days later is Friday 1 May, a holiday in Madrid.
        var engagement = OnTimeToCompletionOn(Madrid("2026-04-17T10:00"));

        var standing = Assessor.Assess(engagement.State, Madrid("2026-04-20T10:00")).StandingOf(ObligationKey.FinalPayment)!;

        standing.Due.Should().Be(D("2026-05-04"));
        standing.DueAt.Should().Be(Madrid("2026-05-04T18:00"));
    }

    [Fact]
    public void A_grace_period_that_ends_on_a_closure_runs_on_past_it()
    {
        // Two business days of grace after Tuesday 10 March; the client's office is closed Thursday 12 and Friday 13.
        var client = TestSupport.Calendars.Madrid().WithClosure(new Closure(D("2026-03-12"), D("2026-03-13"), "Office move"));
        var ladder = new ConsequenceLadder(2, new[] { ConsequenceRule.Escalation(1, "owner") });
        var agreement = WebsiteWith(client, new ConsequencePolicy(ladder));
        var state = ContentUnderWay(agreement).State;

        Assessor.Assess(state, Madrid("2026-03-16T12:00")).Consequences.Should().BeEmpty("grace covers Wednesday 11 and Monday 16");
        var escalation = Assessor.Assess(state, Madrid("2026-03-17T09:00")).Consequences.Should().ContainSingle().Subject;
        escalation.BusinessDaysLate.Should().Be(3);
        escalation.Explanation.Should().Contain("3 business days late (the grace period of 2 business days is over)");
    }

    [Fact]
    public void The_other_sides_stage_is_on_hold_during_a_pause_and_its_thresholds_move_when_work_resumes()
    {
        // The design (the provider's) is due Tuesday 17 March. The client pauses on Monday 16 March and resumes on Monday 23 March.
        var engagement = ContentUnderWay()
            .Do(new HandOff(Content, Madrid("2026-03-10T16:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new PauseWork(PartyRole.Client, "Board review", Madrid("2026-03-16T09:00")));
        var design = ObligationKey.ForStage(Design);

        var paused = Assessor.Assess(engagement.State, Madrid("2026-03-20T10:00"));
        paused.StandingOf(design)!.Timeliness.Should().Be(Timeliness.OnHold);
        paused.Consequences.Should().BeEmpty("the credit at +3 would be Friday 20 March, but the studio is waiting on the client");

        engagement.Do(new ResumeWork(Madrid("2026-03-23T09:00")));

        // Lost: 16-20 March (5 days), plus the studio's restart lead time (5): the design is now due 10 business days later, 31 March.
        var resumed = Assessor.Assess(engagement.State, Madrid("2026-03-23T10:00"));
        resumed.StandingOf(design)!.Due.Should().Be(D("2026-03-31"));
        Assessor.Assess(engagement.State, Madrid("2026-04-02T18:00")).Consequences.Should().BeEmpty();
        Assessor.Assess(engagement.State, Madrid("2026-04-06T09:00")).Consequences.Should().ContainSingle()
            .Which.Kind.Should().Be(ConsequenceKind.Credit, "three business days after 31 March, with Good Friday a holiday");
    }

    [Fact]
    public void Force_majeure_moves_the_due_date_and_keeps_the_days_off_both_ledgers()
    {
        // Content due Tuesday 10 March; a flood closes Thursday 5 and Friday 6 March.
        var engagement = ContentUnderWay()
            .Do(new RecordForceMajeure(PartyRole.Client, "Flood in the building", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-06T12:00")));

        engagement.State.ForceMajeure.Should().ContainSingle().Which.DeclaredBy.Should().Be(PartyRole.Client);
        engagement.State.Ball!.DueBy.Should().Be(D("2026-03-12"), "two closed business days push the due date by two");
        Assessor.Assess(engagement.State, Madrid("2026-03-17T09:00")).Consequences.Should().BeEmpty();
        Assessor.Assess(engagement.State, Madrid("2026-03-19T09:00")).Consequences.Should().ContainSingle()
            .Which.Kind.Should().Be(ConsequenceKind.Escalation, "five business days after 12 March");

        // The client held the ball 4-13 March: 8 business days, of which 2 were force majeure.
        engagement.Do(new HandOff(Content, Madrid("2026-03-13T18:00")));
        engagement.State.ProgressOf(Content)!.ActualBusinessDays.Should().Be(6);
        engagement.State.ProgressOf(Content)!.OverrunBusinessDays.Should().Be(1);
    }

    [Fact]
    public void Caps_cut_fees_to_what_is_left_and_say_so()
    {
        // Two late fees on the final payment, 100 EUR at +10 and 100 EUR at +15, under a cap of 150 EUR per engagement.
        var payments = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.LateFee(10, Charge.Fixed(new Money(100m, "EUR"))),
            ConsequenceRule.LateFee(15, Charge.Fixed(new Money(100m, "EUR"))),
        });
        var caps = new ConsequenceCaps(perStage: null, perMonth: null, perEngagement: new Money(150m, "EUR"));
        var engagement = OnTimeToCompletion(Policies.Website(client: new ConsequencePolicy(Policies.ClientStages(), payments, caps)).Build());

        var first = Assessor.Assess(engagement.State, Madrid("2026-05-06T10:00")).Consequences.Should().ContainSingle().Subject;
        first.Amount.Should().Be(new Money(100m, "EUR"));
        first.CappedBy.Should().BeNull();
        engagement.Do(new ApplyConsequence(first.Obligation, first.Rule, Madrid("2026-05-06T10:00")));

        var second = Assessor.Assess(engagement.State, Madrid("2026-05-13T10:00")).Consequences.Should().ContainSingle().Subject;
        second.Amount.Should().Be(new Money(50m, "EUR"));
        second.AmountBeforeCap.Should().Be(new Money(100m, "EUR"));
        second.CappedBy.Should().Be(CapScope.PerEngagement);
        second.Explanation.Should().EndWith("The cap of 150.00 EUR for the whole engagement limits it to 50.00 EUR.");
    }

    [Fact]
    public void A_monthly_cap_counts_the_fees_that_fell_due_in_that_calendar_month()
    {
        var payments = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.LateFee(1, Charge.Fixed(new Money(80m, "EUR"))),
            ConsequenceRule.LateFee(5, Charge.Fixed(new Money(80m, "EUR"))),
            ConsequenceRule.LateFee(10, Charge.Fixed(new Money(80m, "EUR"))),
        });
        var caps = new ConsequenceCaps(perStage: null, perMonth: new Money(100m, "EUR"), perEngagement: null);
        var engagement = OnTimeToCompletion(Policies.Website(client: new ConsequencePolicy(Policies.ClientStages(), payments, caps)).Build());

        // Final payment due 21 April: +1 is 22 April, +5 is 28 April (both April), +10 is 6 May.
        var fees = Assessor.Assess(engagement.State, Madrid("2026-05-06T10:00")).Consequences;

        fees.Select(f => f.Amount!.Amount).Should().Equal(80m, 20m, 80m);
        fees.Select(f => f.CappedBy).Should().Equal(null, CapScope.PerMonth, null);
    }

    [Fact]
    public void The_sweep_yields_only_the_engagements_with_something_due_and_shards_add_up_to_the_whole()
    {
        var due = ContentUnderWay().State;
        var quiet = ScheduledWebsite().State;
        var now = Madrid("2026-03-06T10:00");
        quiet.NextAttentionAt.Should().BeNull("its agreement sets no consequences, so nothing ever falls due");

        Assessor.AssessMany(new[] { quiet, due, quiet }, now).Should().ContainSingle()
            .Which.Reminders.Should().ContainSingle().Which.Obligation.Should().Be(ContentDue);
        var keyed = new Dictionary<string, EngagementState> { ["quiet"] = quiet, ["due"] = due };
        Assessor.AssessMany(keyed, now).Select(p => p.Key).Should().Equal("due");
        Assessor.AssessMany(new[] { due }, now).Concat(Assessor.AssessMany(new[] { quiet }, now))
            .Should().Equal(Assessor.AssessMany(new[] { due, quiet }, now));
    }

    [Fact]
    public void The_sweep_gives_the_same_answers_whether_it_is_handed_an_array_a_list_or_any_sequence()
    {
        var due = ContentUnderWay().State;
        var quiet = ScheduledWebsite().State;
        var now = Madrid("2026-03-06T10:00");
        EngagementState[] array = { quiet, due, quiet, due };
        var expected = new[] { Assessor.Assess(due, now), Assessor.Assess(due, now) };

        Assessor.AssessMany(array, now).Should().Equal(expected);
        Assessor.AssessMany(new List<EngagementState>(array), now).Should().Equal(expected);
        Assessor.AssessMany(array.Select(s => s), now).Should().Equal(expected);

        var pairs = new[] { Pair("a", quiet), Pair("b", due), Pair("c", quiet), Pair("d", due) };
        var keyedExpected = new[] { Pair("b", expected[0]), Pair("d", expected[1]) };
        Assessor.AssessMany(pairs, now).Should().Equal(keyedExpected);
        Assessor.AssessMany(pairs.ToDictionary(p => p.Key, p => p.Value), now).Should().Equal(keyedExpected);
        Assessor.AssessMany(pairs.Select(p => p), now).Should().Equal(keyedExpected);

        static KeyValuePair<string, T> Pair<T>(string key, T value) => new(key, value);
    }

    [Fact]
    public void A_swept_assessment_works_out_the_standings_Assess_gives_when_they_are_first_read()
    {
        // Content is due Tuesday 10 March (Madrid, 09:00-18:00): on track on the 6th, overdue by 1 business day on the
        // 11th at 09:00, by 8 on Friday the 20th (11, 12, 13, 16, 17, 18, 19, 20). Each instant has something due.
        var state = ContentUnderWay().State;
        var cases = new[] { ("2026-03-06T10:00", Timeliness.DueSoon, 0), ("2026-03-11T09:00", Timeliness.Overdue, 1), ("2026-03-20T12:00", Timeliness.Overdue, 8) };
        foreach (var (local, timeliness, late) in cases)
        {
            var now = Madrid(local);
            var assessed = Assessor.Assess(state, now);

            // Compared before anything reads its standings: equality works them out.
            Assessor.AssessMany(new[] { state }, now).Single().Should().Be(assessed, $"at {local}");
            assessed.Equals(Assessor.AssessMany(new[] { state }, now).Single()).Should().BeTrue();
            Assessor.AssessMany(new[] { state }, now).Single().GetHashCode().Should().Be(assessed.GetHashCode());

            var swept = Assessor.AssessMany(new[] { state }, now).Single();
            swept.StandingOf(ContentDue).Should().BeEquivalentTo(new { Timeliness = timeliness, BusinessDaysLate = late }, $"at {local}");
            swept.Obligations.Should().Equal(assessed.Obligations).And.BeSameAs(swept.Obligations, "they are worked out once and kept");
            var keyed = Assessor.AssessMany(new Dictionary<int, EngagementState> { [1] = state }, now).Single().Value;
            keyed.Obligations.Should().Equal(assessed.Obligations);
        }
    }

    [Fact]
    public void A_list_or_a_dictionary_of_a_type_of_the_hosts_is_swept_as_it_enumerates_itself()
    {
        var due = ContentUnderWay().State;
        var now = Madrid("2026-03-06T10:00");
        var firstOnly = new FirstOnlyList { due, due };
        var keyedFirstOnly = new FirstOnlyDictionary { ["a"] = due, ["b"] = due };

        Assessor.AssessMany(firstOnly, now).Should().ContainSingle("the list enumerates only its first engagement");
        Assessor.AssessMany(keyedFirstOnly, now).Select(p => p.Key).Should().Equal("a");
    }

    [Fact]
    public void A_list_changed_while_it_is_swept_stops_the_sweep_as_its_own_enumerator_would()
    {
        var due = ContentUnderWay().State;
        var states = new List<EngagementState> { due, due };
        var sweepWhileAdding = () =>
        {
            foreach (var unused in Assessor.AssessMany(states, Madrid("2026-03-06T10:00")))
            {
                states.Add(due);
            }
        };

        sweepWhileAdding.Should().Throw<System.InvalidOperationException>();
    }

    [Fact]
    public void The_sweep_checks_its_arguments()
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var nullStates = () => Assessor.AssessMany((IEnumerable<EngagementState>)null!, at);
        var nullKeyed = () => Assessor.AssessMany((IEnumerable<KeyValuePair<int, EngagementState>>)null!, at);

        nullStates.Should().Throw<System.ArgumentNullException>().WithParameterName("states");
        nullKeyed.Should().Throw<System.ArgumentNullException>().WithParameterName("engagements");
        foreach (var holdingNull in new IEnumerable<EngagementState>[] { new EngagementState[] { null! }, new List<EngagementState> { null! }, Enumerable.Range(1, 1).Select(_ => (EngagementState)null!) })
        {
            var sweep = () => Assessor.AssessMany(holdingNull, at).ToList();
            sweep.Should().Throw<System.ArgumentNullException>().WithParameterName("states");
        }

        foreach (var holdingNull in new IEnumerable<KeyValuePair<int, EngagementState>>[]
        {
            new[] { new KeyValuePair<int, EngagementState>(1, null!) },
            new Dictionary<int, EngagementState> { [1] = null! },
            Enumerable.Range(1, 1).Select(k => new KeyValuePair<int, EngagementState>(k, null!)),
        })
        {
            var sweep = () => Assessor.AssessMany(holdingNull, at).ToList();
            sweep.Should().Throw<System.ArgumentNullException>().WithParameterName("engagements");
        }
    }

    [Fact]
    public void Nothing_is_due_before_an_agreement_is_signed()
    {
        var assessment = Assessor.Assess(EngagementState.Initial, Madrid("2026-03-06T10:00"));

        assessment.HasAnythingDue.Should().BeFalse();
        assessment.Obligations.Should().BeEmpty();
        EngagementState.Initial.NextAttentionAt.Should().BeNull();
    }

    private static ObligationStanding Standing(EngagementState state, string madridLocal) =>
        Assessor.Assess(state, Madrid(madridLocal)).StandingOf(ContentDue)!;

    private static Agreement WebsiteWith(BusinessCalendar clientCalendar, ConsequencePolicy clientPolicy) =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", TestSupport.Calendars.Madrid())
            .WithClient("Acme Bakery", clientCalendar)
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2)
            .AddStage("content", "Client sends content", PartyRole.Client, 5)
            .AddStage("design", "Design draft", PartyRole.Provider, 5)
            .WithPaymentTerms(TestSupport.Agreements.StandardPayment())
            .WithConsequencePolicy(PartyRole.Client, clientPolicy)
            .Build();

    /// <summary>A host's list that enumerates only its first item through <see cref="IEnumerable{T}"/>.</summary>
    private sealed class FirstOnlyList : List<EngagementState>, IEnumerable<EngagementState>
    {
        IEnumerator<EngagementState> IEnumerable<EngagementState>.GetEnumerator()
        {
            yield return this[0];
        }
    }

    /// <summary>A host's dictionary that enumerates only its first entry through <see cref="IEnumerable{T}"/>.</summary>
    private sealed class FirstOnlyDictionary : Dictionary<string, EngagementState>, IEnumerable<KeyValuePair<string, EngagementState>>
    {
        IEnumerator<KeyValuePair<string, EngagementState>> IEnumerable<KeyValuePair<string, EngagementState>>.GetEnumerator()
        {
            foreach (var entry in (Dictionary<string, EngagementState>)this)
            {
                yield return entry;
                yield break;
            }
        }
    }
}
