using System;
using System.Linq;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class KeyTests
{
    [Theory]
    [InlineData("discovery")]
    [InlineData("client-feedback_2")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("urn:crm.account:42")]
    public void Slugs_and_crm_ids_are_valid_keys(string text)
    {
        new StageKey(text).Value.Should().Be(text);
        new AgreementId(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ümlaut")]
    [InlineData("slash/no")]
    public void Other_text_is_refused_with_the_value_named(string text)
    {
        var create = () => new StageKey(text);

        create.Should().Throw<ArgumentException>().WithMessage($"*'{text}'*").Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void A_key_longer_than_the_maximum_is_refused()
    {
        var create = () => new AgreementId(new string('a', Key<AgreementId>.MaxLength + 1));

        create.Should().Throw<ArgumentException>().WithMessage("*1 to 100 characters*was 101*");
    }

    [Fact]
    public void Null_is_refused()
    {
        var create = () => new StageKey(null!);

        create.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Keys_compare_by_text_and_case_matters()
    {
        EqualityContract.Holds(new StageKey("design"), new StageKey("design"), new StageKey("Design"), new StageKey("build"));
        (new StageKey("a") == new StageKey("a")).Should().BeTrue();
        (new StageKey("a") != new StageKey("b")).Should().BeTrue();
    }

    [Fact]
    public void Keys_of_different_kinds_never_compare_equal()
    {
        new StageKey("x").Equals((object)new AgreementId("x")).Should().BeFalse();
    }

    [Fact]
    public void Keys_sort_ordinally()
    {
        var keys = new[] { new StageKey("b"), new StageKey("B"), new StageKey("a") };

        keys.OrderBy(k => k).Select(k => k.Value).Should().Equal("B", "a", "b");
        (new StageKey("a") < new StageKey("b")).Should().BeTrue();
        (new StageKey("b") >= new StageKey("b")).Should().BeTrue();
        (null < new StageKey("a")).Should().BeTrue();
    }
}
