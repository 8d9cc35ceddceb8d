using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClientBoundaries.Calendars;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.Engagements.Assessing;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements;

/// <summary>
/// What "immutable and thread-safe" promises, shown: the same agreements, calendars and states shared by many threads give
/// exactly what one thread gives, even while their lazily built holiday tables are still being built; and two people
/// acting at once on one engagement, both from the same version, can never both win.
/// </summary>
/// <remarks>
/// Each parallel run works on objects made fresh for it (their calendars' tables not built yet, so the threads race to
/// build and grow them), and is compared with a sequential run over a second, separately made copy. Threads start
/// together behind a barrier, and the work is spread so that neighbouring items ask for years far apart.
/// </remarks>
public class ConcurrencyTests
{
    private static readonly string[] FootDraggingDays = { "2026-03-12", "2026-04-01", "2026-05-12" };

    [Fact]
    public void A_calendar_shared_by_many_threads_while_its_holiday_table_grows_answers_as_one_thread_does()
    {
        // Dates in six centuries, so the table must grow many times while the threads use it.
        var questions = Enumerable.Range(0, 4000)
            .Select(i => (Date: new LocalDate(1700 + (i * 37 % 600), 1 + (i % 12), 1 + (i % 28)), Days: (i * 7919 % 4000) - 2000))
            .ToArray();
        (LocalDate, int, bool) Ask(BusinessCalendar calendar, (LocalDate Date, int Days) q) =>
            (calendar.AddBusinessDays(q.Date, q.Days), calendar.BusinessDaysBetween(q.Date, q.Date.PlusDays(q.Days)), calendar.IsBusinessDay(q.Date));

        for (var round = 0; round < 5; round++)
        {
            var alone = TestSupport.Calendars.NewYork();
            var expected = questions.Select(q => Ask(alone, q)).ToArray();

            var shared = TestSupport.Calendars.NewYork();
            ManyThreads.Run(questions.Length, i => Ask(shared, questions[i])).Should().Equal(expected, $"round {round} must agree with one thread");
        }
    }

    [Fact]
    public void A_parallel_sweep_over_shared_engagements_gives_the_sequential_sweep()
    {
        // Instants from 2026 to 2090: far-off ones grow the calendars' tables while other threads read them.
        var instants = Enumerable.Range(0, 40).Select(i => Madrid("2026-03-01T09:30") + Duration.FromDays(i * i * 15 + i)).ToArray();
        var expected = Sweep(Engagements(), instants, parallel: false);

        for (var round = 0; round < 3; round++)
        {
            Sweep(Engagements(), instants, parallel: true).Should().Equal(expected, $"round {round} must agree with the sequential sweep");
        }
    }

    [Fact]
    public void Next_attention_read_by_many_threads_at_once_on_fresh_states_is_what_one_thread_reads()
    {
        // A state works its next attention out the first time it is read: here every thread races to be first.
        var expected = Engagements().Select(s => s.NextAttentionAt).ToArray();

        for (var round = 0; round < 5; round++)
        {
            var shared = Engagements();
            ManyThreads.Run(shared.Count * 8, i => shared[i % shared.Count].NextAttentionAt)
                .Should().Equal(Enumerable.Range(0, shared.Count * 8).Select(i => expected[i % shared.Count]), $"round {round} must agree with one thread");
        }
    }

    [Fact]
    public void Standings_of_a_swept_assessment_read_by_many_threads_at_once_are_one_list_with_what_one_thread_reads()
    {
        // A swept assessment works its standings out the first time they are read: here every thread races to be first.
        // From when each engagement next needs attention, a day and a bit apart: something is due, and the lateness grows.
        var due = Engagements().Where(s => s.NextAttentionAt.HasValue)
            .SelectMany(s => Enumerable.Range(0, 12).Select(i => (State: s, At: s.NextAttentionAt!.Value + Duration.FromHours(i * 31))))
            .Where(e => Assessor.AssessMany(new[] { e.State }, e.At).Any())
            .ToArray();
        due.Should().HaveCountGreaterThan(100, "every engagement has something due from its next attention on");
        var expected = due.Select(e => Assessor.Assess(e.State, e.At).Obligations).ToArray();

        for (var round = 0; round < 5; round++)
        {
            var swept = due.Select(e => Assessor.AssessMany(new[] { e.State }, e.At).Single()).ToArray();
            var read = ManyThreads.Run(swept.Length * 8, i => swept[i % swept.Length].Obligations);

            for (var i = 0; i < read.Length; i++)
            {
                read[i].Should().BeSameAs(read[i % swept.Length], "every thread gets the one list kept").And.Equal(expected[i % swept.Length], $"round {round}");
            }
        }
    }

    [Fact]
    public void Documents_rendered_by_many_threads_from_one_engagement_are_the_ones_one_thread_renders()
    {
        var stamp = Madrid("2026-05-12T12:00");
        var languages = new[] { Language.English, Language.Spanish, Language.Indonesian, Language.Malay };
        var formats = new[] { DocumentFormat.Markdown, DocumentFormat.PlainText };
        string Render(EngagementState state, int i)
        {
            var language = languages[i % languages.Length];
            var format = formats[i / languages.Length % formats.Length];
            var at = stamp + Duration.FromDays(i % 11);
            return (i % 4) switch
            {
                0 => OnePager.Write(state.Agreement!, state.Plan, language, format),
                1 => StatusReport.Write(state, Assessor.Assess(state, at), language, format),
                2 => Timeline.ToSvg(state, at, language) + Timeline.ToMermaid(state, at, language),
                _ => CalendarExport.ToICalendar(state, language, stamp),
            };
        }

        var alone = Stories.FootDragging(D("2026-05-12")).State;
        var expected = Enumerable.Range(0, 64).Select(i => Render(alone, i)).ToArray();

        var shared = Stories.FootDragging(D("2026-05-12")).State;
        ManyThreads.Run(64, i => Render(shared, i)).Should().Equal(expected);
    }

    [Fact]
    public void Commands_decided_and_applied_on_one_shared_state_by_many_threads_give_what_one_thread_gives()
    {
        // Every thread decides its own command on the same state and applies what is accepted: none sees another's work,
        // and every decision and every next state equals the one a single thread makes from a separately made copy.
        var at = Madrid("2026-05-12T10:00");
        var alone = Stories.FootDragging(D("2026-05-12")).State;
        var commands = Enumerable.Range(0, 400).Select(i => EngagementPropertyTests.CommandFor(alone, i * 7, at + Duration.FromMinutes(i))).ToArray();
        (IReadOnlyList<EngagementEvent> Events, IReadOnlyList<RuleViolation> Violations, EngagementState Next) Work(EngagementState state, int i)
        {
            var decision = EngagementDecider.Decide(state, commands[i]);
            return (decision.Events, decision.Violations, decision.Events.Aggregate(state, EngagementDecider.Evolve));
        }

        var expected = Enumerable.Range(0, commands.Length).Select(i => Work(alone, i)).ToArray();
        expected.Count(e => e.Events.Count > 0).Should().BeGreaterThan(20, "enough of the commands are accepted to matter");

        var shared = Stories.FootDragging(D("2026-05-12")).State;
        ManyThreads.Run(commands.Length, i => Work(shared, i)).Should().Equal(expected);
    }

    [Fact]
    public void A_decided_handoff_asked_for_its_state_by_many_threads_at_once_finishes_it_once_for_all_of_them()
    {
        // The decision finishes the handoff's state from the stages it worked out while deciding, changing them as it goes:
        // every thread must get the one state finished once, equal to applying the event, never a second one made from
        // stages the first has already changed.
        var state = DiscoveryStarted().State;
        var handOff = new HandOff(new StageKey("discovery"), Madrid("2026-03-03T17:00"));
        var expected = EngagementDecider.Evolve(state, EngagementDecider.Decide(state, handOff).Events[0]);

        for (var round = 0; round < 50; round++)
        {
            var decision = EngagementDecider.Decide(state, handOff);
            var applied = ManyThreads.Run(8, _ => EngagementDecider.Evolve(state, decision));

            applied.Should().AllSatisfy(a => a.Should().BeSameAs(applied[0], $"the state is finished once (round {round})"));
            applied[0].Should().Be(expected);
        }
    }

    [Fact]
    public void Two_conflicting_commands_decided_on_the_same_version_never_both_win()
    {
        var start = ContentUnderWay();
        var version = start.State.Version;
        var at = Madrid("2026-03-05T10:00");
        var handOff = new HandOff(new StageKey("content"), at).ExpectingVersion(version);
        var pause = new PauseWork(PartyRole.Client, "Waiting for the photographer", at).ExpectingVersion(version);

        for (var round = 0; round < 200; round++)
        {
            var host = new Host(start.State);
            var outcomes = ManyThreads.Run(2, i => host.Act(i == 0 ? handOff : pause));

            outcomes.Count(o => o.Won).Should().Be(1, $"exactly one of the two wins (round {round})");
            outcomes.Single(o => !o.Won).Refusal!.Code.Should().Be("engagement.version-conflict");
            host.Current.Should().Be(EngagementDecider.Replay(start.Events.Concat(host.Appended)), "the store holds exactly the winner's events");
            host.Current.Version.Should().Be(version + host.Appended.Count);
        }
    }

    [Fact]
    public void Of_many_people_acting_at_once_on_one_version_exactly_one_wins_and_the_rest_are_told_to_reload()
    {
        var start = ContentUnderWay();
        var version = start.State.Version;
        var at = Madrid("2026-03-05T10:00");
        var content = new StageKey("content");
        var commands = new EngagementCommand[]
        {
            new HandOff(content, at),
            new PauseWork(PartyRole.Client, "Holidays", at),
            new PauseWork(PartyRole.Provider, "Illness", at),
            new SubmitWork(content, "Half the copy", at),
            new LogEffort(content, PartyRole.Client, 2m, at),
            new Terminate(PartyRole.Client, "Budget cut", at),
            new LogEffort(content, PartyRole.Provider, 1m, at),
            new SubmitWork(content, "All the copy", at),
        }.Select(c => c.ExpectingVersion(version)).ToArray();

        for (var round = 0; round < 100; round++)
        {
            var host = new Host(start.State);
            var outcomes = ManyThreads.Run(commands.Length, i => host.Act(commands[i]));

            outcomes.Count(o => o.Won).Should().Be(1, $"round {round}");
            outcomes.Where(o => !o.Won).Should().OnlyContain(o => o.Refusal!.Code == "engagement.version-conflict");
            host.Current.Should().Be(EngagementDecider.Replay(start.Events.Concat(host.Appended)));
        }
    }

    /// <summary>The client's content stage under way: the ball with the client since the discovery handoff.</summary>
    private static EngagementDriver ContentUnderWay() =>
        ScheduledWebsite(Policies.Website().Build())
            .Do(new StartStage(new StageKey("discovery"), Madrid("2026-03-02T09:00")))
            .Do(new HandOff(new StageKey("discovery"), Madrid("2026-03-03T17:00")))
            .Do(new StartStage(new StageKey("content"), Madrid("2026-03-04T09:00")));

    /// <summary>
    /// Engagements in many shapes, made afresh each call: the foot-dragging client at several points of its life and
    /// random engagements of the assessment laws (fixed seeds), some with far-apart calendars.
    /// </summary>
    private static List<EngagementState> Engagements()
    {
        var states = FootDraggingDays.Select(d => Stories.FootDragging(D(d)).State).ToList();
        var random = new Random(20261205);
        for (var i = 0; i < 12; i++)
        {
            var steps = Enumerable.Range(0, 40).Select(_ => (random.Next(0, 3000), random.Next(0, 3 * 24 * 60))).ToArray();
            states.Add(AssessmentPropertyTests.Run(steps).State);
        }

        return states;
    }

    private static Assessment[] Sweep(List<EngagementState> states, Instant[] instants, bool parallel)
    {
        // Item k pairs every state with every instant, in an order that jumps between far-apart years.
        var count = states.Count * instants.Length;
        Assessment At(int k) => Assessor.Assess(states[k % states.Count], instants[k * 7 % instants.Length]);
        return parallel ? ManyThreads.Run(count, At) : Enumerable.Range(0, count).Select(At).ToArray();
    }

    /// <summary>
    /// A host's store of one engagement with optimistic concurrency, as small as it gets: the current state swapped
    /// atomically, so an append wins only if nobody appended since the state it was decided on.
    /// </summary>
    private sealed class Host
    {
        private readonly List<EngagementEvent> _appended = new();
        private EngagementState _current;

        public Host(EngagementState current)
        {
            _current = current;
        }

        public EngagementState Current => Volatile.Read(ref _current);

        public List<EngagementEvent> Appended
        {
            get
            {
                lock (_appended)
                {
                    return _appended.ToList();
                }
            }
        }

        /// <summary>Decides the command on the latest state and tries to append; on a lost race, reloads and decides again.</summary>
        public (bool Won, RuleViolation? Refusal) Act(EngagementCommand command)
        {
            while (true)
            {
                var seen = Current;
                var decision = EngagementDecider.Decide(seen, command);
                if (!decision.IsAccepted)
                {
                    return (false, decision.Violations[0]);
                }

                var next = decision.Events.Aggregate(seen, EngagementDecider.Evolve);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _current, next, seen), seen))
                {
                    lock (_appended)
                    {
                        _appended.AddRange(decision.Events);
                    }

                    return (true, null);
                }
            }
        }
    }
}
