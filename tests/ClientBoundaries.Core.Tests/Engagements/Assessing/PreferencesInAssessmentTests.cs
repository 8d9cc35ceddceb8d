using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Assessing;

/// <summary>The assessment uses each party's preferences: the channel to reach it on, and the contact an escalation goes to.</summary>
public class PreferencesInAssessmentTests
{
    private static readonly StageKey Discovery = new("discovery");

    private static readonly ConsequencePolicy EscalateToTheNamedContact =
        new(new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(-2), ConsequenceRule.Escalation(5) }));

    [Fact]
    public void An_escalation_without_a_contact_role_goes_to_the_late_party_escalation_contact_on_its_preferred_channel()
    {
        // The content stage (the client's) is due Tuesday 10 March; +5 business days is Tuesday 17 March.
        var agreement = Policies.Website(client: EscalateToTheNamedContact)
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Phone, MessageLength.Short, "managing director"))
            .Build();
        var engagement = ScheduledWebsite(agreement)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var escalation = Assessor.Assess(engagement.State, Madrid("2026-03-17T10:00")).Consequences.Should().ContainSingle().Subject;
        escalation.Kind.Should().Be(ConsequenceKind.Escalation);
        escalation.FallsDueAt.Should().Be(Madrid("2026-03-17T09:00"));
        escalation.EscalateTo.Should().Be("managing director");
        escalation.Channel.Should().Be(Channel.Phone);
        escalation.Explanation.Should().Be("Stage \"Client sends content\" was due on 10 March 2026 and Acme Bakery is 5 business days late: the matter goes to Acme Bakery's managing director.");
    }

    [Fact]
    public void A_rule_that_names_its_contact_role_keeps_it_and_reminders_go_on_the_preferred_channel()
    {
        var agreement = Policies.Website()
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Chat, MessageLength.Short, "managing director"))
            .Build();
        var engagement = ScheduledWebsite(agreement)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")));

        var assessment = Assessor.Assess(engagement.State, Madrid("2026-03-17T10:00"));
        assessment.Consequences.Single(c => c.Kind == ConsequenceKind.Escalation).EscalateTo.Should().Be("owner", "the rule names the owner");
        assessment.Reminders.Should().NotBeEmpty().And.OnlyContain(r => r.Channel == Channel.Chat && r.EscalateTo == null);
    }

    [Fact]
    public void An_escalation_to_the_named_contact_needs_the_party_to_name_one()
    {
        var violations = Policies.Website(client: EscalateToTheNamedContact).Validate();

        var missing = violations.Should().ContainSingle().Subject;
        missing.Code.Should().Be("agreement.preferences.escalation-contact-missing");
        missing.Message.Should().Be("The client's consequence policy escalates to its escalation contact, but the client's preferences name none: name one (WithPreferences) or give the rule a contact role.");
        ConsequenceRule.Escalation(5).ToString().Should().Be("+5 business days: Escalation to the escalation contact");
    }
}
