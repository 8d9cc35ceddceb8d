using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Communication;

/// <summary>Each party's communication preferences, carried by the agreement and checked against its contact policy.</summary>
public class PreferencesTests
{
    private static readonly Channel[] EmailOnly = { Channel.Email };

    private static AgreementBuilder Builder() =>
        new AgreementBuilder(new AgreementId("prefs"), "Preferences")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 5);

    [Fact]
    public void The_agreement_carries_each_partys_preferences()
    {
        var bakery = new CommunicationPreferences(Channel.Chat, MessageLength.Short, "owner");

        var agreement = Builder().WithPreferences(PartyRole.Client, bakery).Build();

        agreement.PreferencesOf(PartyRole.Client).Should().Be(bakery);
        agreement.PreferencesOf(PartyRole.Provider).Should().Be(CommunicationPreferences.Default);
        bakery.ToString().Should().Be("Chat, Short, escalate to owner");
    }

    [Fact]
    public void A_preferred_channel_the_party_does_not_accept_is_a_violation()
    {
        var builder = Builder()
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(EmailOnly))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Phone, MessageLength.Detailed));

        var violation = builder.Validate().Should().ContainSingle().Subject;

        violation.Code.Should().Be("agreement.preferences.channel-not-accepted");
        violation.Message.Should().Be("The client prefers phone, but its contact policy does not accept it (it accepts email).");
        builder.Invoking(b => b.Build()).Should().Throw<InvalidAgreementException>().Which.Violations.Select(v => v.Code)
            .Should().Equal("agreement.preferences.channel-not-accepted");
    }

    [Fact]
    public void A_blank_escalation_contact_is_an_argument_error()
    {
        ((Action)(() => _ = new CommunicationPreferences(Channel.Email, MessageLength.Short, "  ")))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "escalationContact");
    }
}
