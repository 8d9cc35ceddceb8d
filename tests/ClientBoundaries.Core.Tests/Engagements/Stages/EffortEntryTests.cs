using System;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Stages;

public class EffortEntryTests
{
    private static readonly StageKey Design = new("design");

    [Fact]
    public void Entries_with_the_same_fields_are_equal()
    {
        EqualityContract.Holds(
            new EffortEntry(Design, PartyRole.Provider, 2.25m, "Moodboard"),
            new EffortEntry(Design, PartyRole.Provider, 2.25m, "Moodboard"),
            new EffortEntry(Design, PartyRole.Provider, 2.25m),
            new EffortEntry(Design, PartyRole.Client, 2.25m, "Moodboard"),
            new EffortEntry(Design, PartyRole.Provider, 2.5m, "Moodboard"));
    }

    [Fact]
    public void The_command_carries_the_entry_its_flat_constructor_makes_and_the_event_carries_the_same()
    {
        var at = Madrid("2026-03-04T18:00");
        var entry = new EffortEntry(Design, PartyRole.Provider, 8m, "Moodboard");

        new EngagementCommand.LogEffort(Design, PartyRole.Provider, 8m, at, "Moodboard").Should().Be(new EngagementCommand.LogEffort(entry, at));
        new EngagementEvent.EffortLogged(entry, at).Entry.Should().Be(entry);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        var at = Madrid("2026-03-04T18:00");
        FluentActions.Invoking(() => new EffortEntry(null!, PartyRole.Provider, 1m)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("stage");
        FluentActions.Invoking(() => new EffortEntry(Design, PartyRole.Provider, 24.5m)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("hours");
        FluentActions.Invoking(() => new EngagementEvent.EffortLogged(new EffortEntry(Design, PartyRole.Provider, 1m, " "), at))
            .Should().Throw<ArgumentException>("the event holds the entry the command checked, blank notes included").Which.ParamName.Should().Be("note");
        FluentActions.Invoking(() => new EngagementEvent.EffortLogged(null!, at)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("entry");
        FluentActions.Invoking(() => new EngagementCommand.LogEffort(null!, at)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("entry");
    }
}
