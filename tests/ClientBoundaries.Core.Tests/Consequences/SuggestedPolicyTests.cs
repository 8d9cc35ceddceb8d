using System;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Consequences;

/// <summary>
/// The suggested default policy set is exactly the one docs/consequences.md writes out: the ladders below are that
/// page's code block, character for character (a test of the README's code checks it), and each suggestion must equal them.
/// </summary>
public class SuggestedPolicyTests
{
    private static readonly Money Cap = new(1000m, "EUR");

    [Fact]
    public void The_suggested_policies_are_the_ladders_the_consequences_guide_writes_out()
    {
        // The client: a friendly nudge two business days before, a firm one on the due date, its owner
        // after a week, the work goes dormant after three weeks, and coming back costs a restart fee and
        // the studio's restart lead time.
        var clientStages = new ConsequenceLadder(graceBusinessDays: 0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Escalation(5, "owner"),
            ConsequenceRule.Pause(15),
            ConsequenceRule.RestartLeadTime(15),
            ConsequenceRule.RestartFee(15, new Money(250m, "EUR")),
        });

        // The client's payments (deposit, milestones, final invoice): reminders, then 2% after two weeks,
        // and its owner after four.
        var clientPayments = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-3),
            ConsequenceRule.FirmReminder(1),
            ConsequenceRule.LateFee(10, Charge.PercentOf(2m)),
            ConsequenceRule.Escalation(20, "owner"),
        });

        // The provider, the mirror: reminded, and 10% of the stage's price back to the client after
        // three business days; its director hears of it after five.
        var providerStages = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-1),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
            ConsequenceRule.Escalation(5, "director"),
        });

        var caps = new ConsequenceCaps(perStage: null, perMonth: null, perEngagement: Cap);
        ConsequencePolicy.SuggestedForClient(new Money(250m, "EUR"), Cap, "owner").Should().Be(new ConsequencePolicy(clientStages, clientPayments, caps));
        ConsequencePolicy.SuggestedForProvider(Cap, "director").Should().Be(new ConsequencePolicy(providerStages, caps: caps));
    }

    [Fact]
    public void The_suggested_client_policy_charges_the_restart_fee_it_is_given_and_escalates_to_the_preferred_contact_unless_told()
    {
        var policy = ConsequencePolicy.SuggestedForClient(new Money(300m, "USD"), capPerEngagement: null);

        policy.Stages.Rules.Should().Contain(ConsequenceRule.RestartFee(15, new Money(300m, "USD")));
        policy.Stages.Rules.Should().Contain(ConsequenceRule.Escalation(5), "without a contact, the one the client's preferences name");
        policy.Payments.Rules.Should().Contain(ConsequenceRule.Escalation(20));
        policy.Stages.GraceBusinessDays.Should().Be(0);
        policy.Payments.Rules.Should().HaveCount(4);
        policy.Caps.Should().Be(ConsequenceCaps.None);
        policy.DueSoonBusinessDays.Should().Be(2);
    }

    [Fact]
    public void The_suggested_provider_policy_without_a_cap_has_none()
    {
        ConsequencePolicy.SuggestedForProvider(capPerEngagement: null).Caps.Should().Be(ConsequenceCaps.None);
        ConsequencePolicy.SuggestedForProvider(capPerEngagement: null).Payments.Should().Be(ConsequenceLadder.None);
    }

    [Fact]
    public void A_suggested_client_policy_with_a_cap_in_another_currency_than_its_fee_is_refused_naming_both()
    {
        var make = () => ConsequencePolicy.SuggestedForClient(new Money(250m, "EUR"), new Money(1000m, "USD"));

        make.Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("The cap must be in the restart fee's currency (EUR), was 1000 USD.");
    }
}
