using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Engagements.Assessing;

/// <summary>Laws of the assessment over random engagements with both parties' policies, where the app sometimes acts on what is due.</summary>
public class AssessmentPropertyTests
{
    internal static readonly EngagementDriver Scheduled = EngagementDriver.ScheduledWebsite(Policies.Website().Build());

    /// <summary>
    /// Runs random steps on the website engagement with both parties' consequence policies (or on <paramref name="from"/>),
    /// acting on what is due one step in five.
    /// </summary>
    internal static (EngagementState State, List<EngagementEvent> Events) Run(IReadOnlyList<(int Choice, int Minutes)> steps, EngagementDriver? from = null)
    {
        var state = (from ?? Scheduled).State;
        var events = (from ?? Scheduled).Events.ToList();
        var at = state.LastEventAt!.Value;
        foreach (var (choice, minutes) in steps)
        {
            at += Duration.FromMinutes(minutes);
            foreach (var command in CommandsFor(state, choice, at))
            {
                foreach (var @event in EngagementDecider.Decide(state, command).Events)
                {
                    events.Add(@event);
                    state = EngagementDecider.Evolve(state, @event);
                }
            }
        }

        return (state, events);
    }

    internal static IEnumerable<EngagementCommand> CommandsFor(EngagementState state, int choice, Instant at)
    {
        if (choice % 5 == 0)
        {
            // The app acts on everything due now.
            var assessment = Assessor.Assess(state, at);
            // Deemed acceptances first: they date from a window's close, before anything due now.
            return assessment.DeemedAcceptances.Select(d => (EngagementCommand)new RecordDeemedAcceptance(d.Stage, at))
                .Concat(assessment.Reminders.Select(r => new RecordReminderSent(r.Obligation, r.Rule, at)))
                .Concat(assessment.Consequences.Select(c => new ApplyConsequence(c.Obligation, c.Rule, at)))
                .ToList();
        }

        if (choice % 97 == 1)
        {
            var day = state.Agreement!.Client.Calendar.ToLocalDate(at);
            return new[] { new RecordForceMajeure(PartyRole.Provider, "Outage", day.PlusDays(choice % 7 - 3), day.PlusDays(choice % 7), at) };
        }

        return new[] { EngagementPropertyTests.CommandFor(state, choice, at) };
    }

    internal static Arbitrary<((int Choice, int Minutes)[] Steps, int[] Probes)> Engagements() =>
        (from count in Gen.Choose(0, 60)
         from steps in Gen.ArrayOf(Gen.Choose(0, 3000).Zip(Gen.Choose(0, 3 * 24 * 60)), count)
         from probes in Gen.ArrayOf(Gen.Choose(0, 200 * 24 * 60), 6)
         select (steps, probes)).ToArbitrary();

    [Fact]
    public void Something_is_due_exactly_from_the_precomputed_next_attention_instant()
    {
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            var start = state.LastEventAt!.Value;
            var next = state.NextAttentionAt;
            return input.Probes.All(minutes =>
            {
                var now = start + Duration.FromMinutes(minutes);
                return Assessor.Assess(state, now).HasAnythingDue == (next is { } at && now >= at);
            })
            && (next is null || Assessor.Assess(state, next.Value).HasAnythingDue)
            && (next is null || !Assessor.Assess(state, next.Value - Duration.Epsilon).HasAnythingDue);
        }, cases: 300);
    }

    [Fact]
    /// <summary>
    /// The invariant a handoff's re-plan relies on to keep the dates of the stages before it: after every event the plan
    /// is what re-planning the state from scratch gives (policies, pauses, force majeure and scope changes included).
    /// </summary>
    public void After_every_event_the_plan_is_what_re_planning_the_whole_state_gives()
    {
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (_, events) = Run(input.Steps);
            return EngagementPropertyTests.PlanIsAlwaysWhatReplanningGives(events);
        }, cases: 200);
    }

    [Fact]
    public void Every_stage_is_due_at_the_end_of_its_due_dates_working_day()
    {
        // A stage's obligation takes the end of the day from the plan when its due date is the plan's: the same instant.
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            return Obligation.Of(state).Where(o => o.StageIndex >= 0 && o.Due is not null)
                .All(o => o.DueAt == o.Calendar.EndOfWorkingDay(o.Due!.Value));
        }, cases: 200);
    }

    [Fact]
    public void Assessing_is_idempotent_and_never_lists_what_was_recorded()
    {
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            return input.Probes.All(minutes =>
            {
                var now = state.LastEventAt!.Value + Duration.FromMinutes(minutes);
                var assessment = Assessor.Assess(state, now);
                var listed = assessment.Reminders.Concat(assessment.Consequences).ToList();
                return assessment.Equals(Assessor.Assess(state, now))
                    && !listed.Any(due => state.RemindersSent.Any(r => r.Obligation == due.Obligation && r.Round == due.Round && r.Rule == due.Rule))
                    && !listed.Any(due => state.ConsequencesApplied.Any(c => c.Obligation == due.Obligation && c.Round == due.Round && c.Rule == due.Rule))
                    && listed.All(due => due.FallsDueAt <= now && (due.Amount is null || due.Amount.Amount >= 0m));
            });
        }, cases: 300);
    }

    [Fact]
    public void Replaying_a_stream_with_consequences_gives_the_state_built_step_by_step()
    {
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (state, events) = Run(input.Steps);
            return EngagementDecider.Replay(events).Equals(state) && EngagementDecider.Replay(events).NextAttentionAt == state.NextAttentionAt;
        }, cases: 300);
    }

    [Fact]
    public void Acting_on_everything_due_leaves_nothing_due_at_that_instant()
    {
        PropertyCheck.Holds(Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            var now = state.LastEventAt!.Value + Duration.FromMinutes(input.Probes[0]);
            foreach (var command in CommandsFor(state, 0, now))
            {
                var decision = EngagementDecider.Decide(state, command);
                if (!decision.IsAccepted)
                {
                    return false;
                }

                state = decision.Events.Aggregate(state, EngagementDecider.Evolve);
            }

            return !Assessor.Assess(state, now).HasAnythingDue;
        }, cases: 300);
    }
}
