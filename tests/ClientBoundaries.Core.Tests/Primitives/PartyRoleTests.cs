using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class PartyRoleTests
{
    [Fact]
    public void Each_party_has_the_other_as_counterpart()
    {
        PartyRole.Provider.Counterpart.Should().Be(PartyRole.Client);
        PartyRole.Client.Counterpart.Should().Be(PartyRole.Provider);
    }

    [Fact]
    public void Values_are_a_persistence_contract()
    {
        PartyRole.FromValue(1).Should().Be(PartyRole.Provider);
        PartyRole.FromValue(2).Should().Be(PartyRole.Client);
        PartyRole.FromName("Client").Should().Be(PartyRole.Client);
    }
}
