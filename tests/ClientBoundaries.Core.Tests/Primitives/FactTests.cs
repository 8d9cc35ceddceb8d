using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class FactTests
{
    [Fact]
    public void A_fact_is_a_name_and_a_value_of_the_library()
    {
        var fact = Fact.Of("stage", new StageKey("design"));

        fact.Name.Should().Be("stage");
        fact.Value.Should().Be(new StageKey("design"));
        fact.ToString().Should().Be("stage: design");
    }

    [Fact]
    public void Facts_compare_by_name_and_value()
    {
        EqualityContract.Holds(
            Fact.Of("missing", new Money(120m, "EUR")),
            Fact.Of("missing", new Money(120m, "EUR")),
            Fact.Of("missing", new Money(121m, "EUR")),
            Fact.Of("required", new Money(120m, "EUR")));
    }

    [Fact]
    public void A_fact_needs_a_name_and_a_value()
    {
        var noName = () => Fact.Of(" ", 3);
        var noValue = () => Fact.Of("due", null!);

        noName.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        noValue.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }
}
