using System;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class OutcomeTests
{
    [Fact]
    public void An_accepted_outcome_holds_its_value_and_no_violations()
    {
        var outcome = Outcome.Accepted("plan");

        outcome.IsAccepted.Should().BeTrue();
        outcome.Value.Should().Be("plan");
        outcome.Violations.Should().BeEmpty();
        outcome.TryGetValue(out var value).Should().BeTrue();
        value.Should().Be("plan");
    }

    [Fact]
    public void A_refused_outcome_explains_itself_when_its_value_is_read()
    {
        var outcome = Outcome.Rejected<string>(new[] { new RuleViolation("plan.not-signed", "Not signed yet.", "acme") });

        outcome.IsAccepted.Should().BeFalse();
        outcome.TryGetValue(out _).Should().BeFalse();
        var read = () => outcome.Value;
        read.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "No String: the request was refused (plan.not-signed (acme): Not signed yet). "
            + "Check IsAccepted, or call TryGetValue, before reading Value; Violations says why, to show to a person.");
        outcome.ToString().Should().StartWith("Rejected: plan.not-signed");
    }

    [Fact]
    public void A_refusal_needs_a_reason()
    {
        var refuse = () => Outcome.Rejected<string>(Array.Empty<RuleViolation>());

        refuse.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("violations");
    }
}
