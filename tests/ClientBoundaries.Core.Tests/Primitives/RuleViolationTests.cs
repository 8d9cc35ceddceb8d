using System;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class RuleViolationTests
{
    [Fact]
    public void A_violation_reads_as_code_subject_and_message()
    {
        new RuleViolation("agreement.stages.none", "Add a stage.", "stages").ToString()
            .Should().Be("agreement.stages.none (stages): Add a stage.");
        new RuleViolation("x.y", "Whole thing.").ToString().Should().Be("x.y: Whole thing.");
    }

    [Fact]
    public void Violations_compare_by_value()
    {
        EqualityContract.Holds(
            new RuleViolation("a.b", "Message.", "s"),
            new RuleViolation("a.b", "Message.", "s"),
            new RuleViolation("a.b", "Message.", "t"),
            new RuleViolation("a.c", "Message.", "s"));
    }

    [Fact]
    public void Code_and_message_are_required()
    {
        var noCode = () => new RuleViolation(" ", "Message.");
        var noMessage = () => new RuleViolation("a.b", null!);

        noCode.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
        noMessage.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("message");
    }
}
