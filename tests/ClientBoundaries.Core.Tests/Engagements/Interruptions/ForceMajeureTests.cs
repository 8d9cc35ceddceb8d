using System;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.Engagements.OverdueScenarioTests;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Interruptions;

/// <summary>Force majeure as a command: checked when made, refused after termination, recorded once.</summary>
public class ForceMajeureTests
{
    [Fact]
    public void Force_majeure_is_checked_when_recorded_and_refused_after_termination()
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var backwards = () => new RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-06"), D("2026-03-05"), at);
        var tooLong = () => new RecordForceMajeure(PartyRole.Client, "War", D("2026-01-01"), D("2027-01-02"), at);
        var blank = () => new RecordForceMajeure(PartyRole.Client, " ", D("2026-03-05"), D("2026-03-06"), at);

        backwards.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("until").WithMessage("*2026-03-06..2026-03-05 is 0 days*");
        tooLong.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("until").WithMessage("*at most 366 days*367 days*");
        blank.Should().Throw<ArgumentException>().WithParameterName("reason");

        var engagement = ContentUnderWay().Do(new Terminate(PartyRole.Provider, "No content", Madrid("2026-03-20T10:00")));
        engagement.Refuses(new RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-20T11:00")))
            .Code.Should().Be("engagement.not-allowed-in-phase");
    }

    [Fact]
    public void Recording_the_same_force_majeure_twice_changes_nothing()
    {
        var engagement = ContentUnderWay()
            .Do(new RecordForceMajeure(PartyRole.Client, "Flood", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-06T12:00")));

        EngagementDecider.Decide(engagement.State, new RecordForceMajeure(PartyRole.Provider, "Flood (again)", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-06T13:00")))
            .Events.Should().BeEmpty();
    }

    [Fact]
    public void A_force_majeure_closure_is_named_in_each_partys_own_language()
    {
        var agreement = TestSupport.Policies.Website()
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, language: Language.Spanish))
            .Build();

        var state = ContentUnderWay(agreement)
            .Do(new RecordForceMajeure(PartyRole.Client, "Inundación en la clínica", D("2026-03-05"), D("2026-03-06"), Madrid("2026-03-06T12:00")))
            .State;

        state.AgreementForDates!.Client.Calendar.Closures.Should().ContainSingle(c => c.Reason == "Fuerza mayor: Inundación en la clínica");
        state.AgreementForDates.Provider.Calendar.Closures.Should().ContainSingle(c => c.Reason == "Force majeure: Inundación en la clínica");
    }
}
