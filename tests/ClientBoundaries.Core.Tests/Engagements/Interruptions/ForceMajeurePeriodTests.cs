using System;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Interruptions;

public class ForceMajeurePeriodTests
{
    private static ForceMajeurePeriod Flood(string until = "2026-03-06") => new(PartyRole.Client, "Flood", D("2026-03-05"), D(until));

    [Fact]
    public void Periods_with_the_same_fields_are_equal()
    {
        EqualityContract.Holds(Flood(), Flood(), Flood("2026-03-07"), new ForceMajeurePeriod(PartyRole.Provider, "Flood", D("2026-03-05"), D("2026-03-06")));
    }

    [Fact]
    public void The_command_carries_the_period_its_flat_constructor_makes_and_the_event_carries_the_same()
    {
        var at = Madrid("2026-03-06T12:00");

        new EngagementCommand.RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-05"), D("2026-03-06"), at)
            .Should().Be(new EngagementCommand.RecordForceMajeure(Flood(), at));
        new EngagementEvent.ForceMajeureRecorded(Flood(), at).Period.Should().Be(Flood());
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => new ForceMajeurePeriod(null!, "Flood", D("2026-03-05"), D("2026-03-06"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("declaredBy");
        FluentActions.Invoking(() => new ForceMajeurePeriod(PartyRole.Client, " ", D("2026-03-05"), D("2026-03-06"))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reason");
        FluentActions.Invoking(() => Flood("2026-03-04")).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("until");
        FluentActions.Invoking(() => Flood("2027-03-06")).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A force majeure period runs from its first day to its last, at most 366 days, but 2026-03-05..2027-03-06 is 367 days.*");
        FluentActions.Invoking(() => new EngagementCommand.RecordForceMajeure(null!, Madrid("2026-03-06T12:00"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }
}
