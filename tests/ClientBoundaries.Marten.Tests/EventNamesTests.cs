using System.Linq;
using System.Reflection;
using ClientBoundaries.Engagements;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Marten.Tests;

public sealed class EventNamesTests
{
    [Fact]
    public void Every_event_type_is_registered_under_the_name_its_case_declares()
    {
        // Each case states its stable name once, as an internal Name constant that the JSON package writes as "type".
        var declared = typeof(EngagementEvent).GetNestedTypes()
            .Where(t => typeof(EngagementEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .ToDictionary(t => t, t => (string)t.GetField("Name", BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!);

        declared.Should().HaveCountGreaterThan(30);
        EventNames.All.Should().BeEquivalentTo(declared);
        EventNames.All.Select(p => p.Value).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("HandedOff", "handed-off")]
    [InlineData("CheckInRecorded", "check-in-recorded")]
    [InlineData("Signed", "signed")]
    public void A_case_name_in_kebab_case_is_its_stable_name(string name, string expected) =>
        EventNames.KebabCase(name).Should().Be(expected);
}
