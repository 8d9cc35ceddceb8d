using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Stories;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>Effort logged per party against a stage's budget.</summary>
public class EffortTests
{
    [Fact]
    public void Effort_is_logged_per_party_against_the_stage_budget()
    {
        var engagement = DiscoveryStarted()
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 8m, Madrid("2026-03-04T18:00"), "Moodboard"))
            .Do(new LogEffort(Design, PartyRole.Client, 1m, Madrid("2026-03-04T18:00")));

        var design = engagement.State.ProgressOf(Design)!;
        design.HoursOf(PartyRole.Provider).Should().Be(8m);
        design.HoursOf(PartyRole.Client).Should().Be(1m);
        design.HoursOverBudget.Should().Be(-12m, "8 of the 20 budgeted hours are used");
        engagement.Refuses(new LogEffort(new StageKey("nope"), PartyRole.Provider, 1m, Madrid("2026-03-04T19:00"))).Code.Should().Be("engagement.stage.unknown");
    }
}
