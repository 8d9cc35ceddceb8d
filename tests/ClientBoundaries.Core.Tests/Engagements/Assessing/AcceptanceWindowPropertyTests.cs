using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Engagements.Assessing;

/// <summary>
/// The assessment's laws hold with acceptance windows on every stage the studio hands over, whether a closed window
/// deems the stage accepted or chases the client: what is due starts exactly at the precomputed next attention, acting
/// on it (again for what a deemed acceptance invoices) leaves nothing due, replay equals the state built step by step,
/// every stage handed over is answered or still pending, and a swept assessment works out the standings Assess gives.
/// </summary>
public class AcceptanceWindowPropertyTests
{
    private static EngagementDriver Scheduled(string whenClosed) =>
        EngagementDriver.ScheduledWebsite(Policies.Website()
            .WithAcceptanceWindows(AcceptanceWindows.Of(2, WindowClosingPolicy.FromName(whenClosed)))
            .Build());

    [Theory]
    [InlineData(nameof(WindowClosingPolicy.DeemsAccepted))]
    [InlineData(nameof(WindowClosingPolicy.Chases))]
    public void Something_is_due_exactly_from_the_precomputed_next_attention_instant(string whenClosed)
    {
        var from = Scheduled(whenClosed);
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps, from);
            var next = state.NextAttentionAt;
            return input.Probes.All(minutes =>
            {
                var now = state.LastEventAt!.Value + Duration.FromMinutes(minutes);
                return Assessor.Assess(state, now).HasAnythingDue == (next is { } at && now >= at);
            })
            && (next is null || !Assessor.Assess(state, next.Value - Duration.Epsilon).HasAnythingDue);
        }, cases: 120);
    }

    [Theory]
    [InlineData(nameof(WindowClosingPolicy.DeemsAccepted))]
    [InlineData(nameof(WindowClosingPolicy.Chases))]
    public void A_swept_assessment_works_out_the_standings_Assess_gives(string whenClosed)
    {
        // Revisions (past rounds), messages (replies owed), chased acceptances answered and pending: the standings a swept
        // assessment works out from the obligations it found are those Assess works out at once.
        var from = Scheduled(whenClosed);
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps, from);
            return input.Probes.All(minutes =>
            {
                var now = state.LastEventAt!.Value + Duration.FromMinutes(minutes);
                var assessed = Assessor.Assess(state, now);
                var swept = Assessor.AssessMany(new[] { state }, now).SingleOrDefault();
                return swept is null ? !assessed.HasAnythingDue : swept.Obligations.SequenceEqual(assessed.Obligations) && swept.Equals(assessed);
            });
        }, cases: 120);
    }

    [Theory]
    [InlineData(nameof(WindowClosingPolicy.DeemsAccepted))]
    [InlineData(nameof(WindowClosingPolicy.Chases))]
    public void Acting_on_everything_due_leaves_nothing_due_and_replay_equals_the_steps(string whenClosed)
    {
        var from = Scheduled(whenClosed);
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, events) = AssessmentPropertyTests.Run(input.Steps, from);
            var replayed = EngagementDecider.Replay(events);
            var now = state.LastEventAt!.Value + Duration.FromMinutes(input.Probes[0]);

            // A deemed acceptance dates from its window's close and can invoice a payment already late by now: acting
            // again lists what that brings, and a few rounds leave nothing.
            for (var round = 0; round < 4; round++)
            {
                foreach (var command in AssessmentPropertyTests.CommandsFor(state, 0, now))
                {
                    var decision = EngagementDecider.Decide(state, command);
                    if (!decision.IsAccepted)
                    {
                        return false;
                    }

                    state = decision.Events.Aggregate(state, EngagementDecider.Evolve);
                }
            }

            return replayed.Equals(AssessmentPropertyTests.Run(input.Steps, from).State) && !Assessor.Assess(state, now).HasAnythingDue;
        }, cases: 120);
    }

    [Theory]
    [InlineData(nameof(WindowClosingPolicy.DeemsAccepted))]
    [InlineData(nameof(WindowClosingPolicy.Chases))]
    public void Every_stage_handed_over_is_accepted_or_still_waiting_for_an_answer(string whenClosed)
    {
        var from = Scheduled(whenClosed);
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps, from);
            var last = (state.CurrentStage is null ? state.Stages.Count : state.Stages.ToList().IndexOf(state.CurrentStage)) - 1;
            // Every stage before the one handed off last was answered: none is left where nothing can accept it.
            return state.Stages.Take(System.Math.Max(0, last)).All(s => s.IsAccepted || s.Status != StageStatus.Done)
                && (state.Phase != EngagementPhase.Completed || state.Stages.All(s => s.IsAccepted));
        }, cases: 120);
    }
}
