using System.Linq;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using ClientBoundaries.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>
/// Assessments of engagements driven by random commands (the generator of <see cref="EngagementJsonPropertyTests"/>),
/// taken now and then along the way and at a random instant after the end, read back equal; so do the engagement's change orders.
/// </summary>
/// <remarks>Run by <see cref="PropertyCheck"/>: on failure the message gives the seed and the command that replays it.</remarks>
public class AssessmentJsonPropertyTests
{
    private static readonly EngagementDriver Scheduled = Stories.Scheduled();

    private static bool ReadsBackEqual(Assessment assessment) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(assessment, ClientBoundariesJsonContext.Default.Assessment), ClientBoundariesJsonContext.Default.Assessment)!.Equals(assessment);

    [Fact]
    public void Assessments_of_random_engagements_at_random_instants_read_back_equal()
    {
        var cases =
            from steps in EngagementJsonPropertyTests.Steps().Generator
            from minutesAfter in Gen.Choose(0, 40 * 24 * 60)
            select (Steps: steps, MinutesAfter: minutesAfter);
        PropertyCheck.Holds(cases.ToArbitrary(), c =>
        {
            var (steps, minutesAfter) = c;
            var state = Scheduled.State;
            var at = state.LastEventAt!.Value;
            var different = (Assessment?)null;
            for (var i = 0; i < steps.Length; i++)
            {
                at += Duration.FromMinutes(steps[i].Minutes);
                foreach (var @event in EngagementDecider.Decide(state, EngagementJsonPropertyTests.CommandFor(state, steps[i].Choice, at, i)).Events)
                {
                    state = EngagementDecider.Evolve(state, @event);
                }

                at = state.LastEventAt!.Value > at ? state.LastEventAt!.Value : at;
                if (i % 8 == 7 && different is null)
                {
                    var now = at + Duration.FromMinutes(steps[i].Choice % (3 * 24 * 60));
                    var assessment = Assessor.Assess(state, now);
                    different = ReadsBackEqual(assessment) ? null : assessment;
                }
            }

            var last = Assessor.Assess(state, at + Duration.FromMinutes(minutesAfter));
            different ??= ReadsBackEqual(last) ? null : last;
            var order = state.Scope.ChangeOrders.FirstOrDefault(o =>
                !JsonSerializer.Deserialize(JsonSerializer.Serialize(o, ClientBoundariesJsonContext.Default.ChangeOrder), ClientBoundariesJsonContext.Default.ChangeOrder)!.Equals(o));

            return (different is null).Label($"an assessment read back different: {(different is null ? "" : JsonSerializer.Serialize(different, ClientBoundariesJsonContext.Default.Assessment))}")
                .And(order is null).Label($"a change order read back different: {(order is null ? "" : JsonSerializer.Serialize(order, ClientBoundariesJsonContext.Default.ChangeOrder))}");
        });
    }
}
