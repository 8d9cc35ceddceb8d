using System;
using ClientBoundaries.Engagements;
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
    public void A_violation_made_with_a_message_of_its_own_has_no_facts()
    {
        new RuleViolation("host.rule", "A host's own rule.").Facts.Should().BeEmpty();
    }

    [Fact]
    public void A_refusal_of_the_library_carries_the_facts_its_message_says()
    {
        var engagement = new EngagementDriver()
            .Do(new EngagementCommand.Propose(TestSupport.Agreements.WebsiteInMadrid(), EngagementDriver.Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(EngagementDriver.Madrid("2026-02-18T10:00")));

        var refused = engagement.Refuses(new EngagementCommand.ReceiveDeposit(new Money(1000m, "EUR"), EngagementDriver.Madrid("2026-02-19T10:00")));

        refused.Code.Should().Be("engagement.deposit.short");
        refused.Facts.Should().Equal(
            Fact.Of("required", new Money(1800m, "EUR")),
            Fact.Of("received", new Money(1000m, "EUR")),
            Fact.Of("missing", new Money(800m, "EUR")),
            Fact.Of("readerZone", NodaTime.DateTimeZoneProviders.Tzdb["Europe/Madrid"]));
        refused.Message.Should().Be("The deposit is 1,800.00 EUR, but only 1,000.00 EUR arrived; 800.00 EUR is still missing.");
    }

    [Fact]
    public void A_command_for_another_stage_than_the_current_one_is_refused_with_the_stages_and_the_holder_as_facts()
    {
        var engagement = EngagementDriver.ScheduledWebsite().Do(new EngagementCommand.StartStage(new StageKey("discovery"), EngagementDriver.Madrid("2026-03-02T09:30")));
        var handOff = new EngagementCommand.HandOff(new StageKey("content"), EngagementDriver.Madrid("2026-03-02T10:00"));

        var refused = engagement.Refuses(handOff);

        refused.Code.Should().Be("engagement.stage.not-current");
        refused.Subject.Should().Be("content");
        refused.Facts.Should().Equal(
            Fact.Of("command", handOff),
            Fact.Of("stage", new StageKey("content")),
            Fact.Of("current", new StageKey("discovery")),
            Fact.Of("holder", PartyRole.Provider),
            Fact.Of("stageName", "Client sends content"),
            Fact.Of("currentName", "Discovery call"),
            Fact.Of("holderName", "Pixel & Pine Studio"),
            Fact.Of("readerZone", NodaTime.DateTimeZoneProviders.Tzdb["Europe/Madrid"]));
        refused.Message.Should().Be("Cannot hand off a stage for \"Client sends content\": the current stage is \"Discovery call\", which Pixel & Pine Studio holds.");
    }

    [Fact]
    public void A_refusal_of_the_library_is_worded_in_any_language_from_its_facts_and_one_made_by_hand_keeps_its_message()
    {
        var refused = RuleViolation.Of("engagement.stage.already-started", "design", Fact.Of("stage", new StageKey("design")), Fact.Of("stageName", "Design draft"));
        var byHand = new RuleViolation("crm.quota", "The CRM's quota is used up.");

        refused.MessageIn(Language.English).Should().Be(refused.Message).And.Be("Stage \"Design draft\" has already started.");
        refused.MessageIn(Language.Spanish).Should().NotBe(refused.Message).And.Contain("Design draft");
        byHand.MessageIn(Language.Malay).Should().Be("The CRM's quota is used up.");
        var noLanguage = () => refused.MessageIn(null!);
        noLanguage.Should().Throw<ArgumentNullException>().WithParameterName("language");
    }

    [Fact]
    public void Refusals_with_other_facts_are_not_equal()
    {
        var first = RuleViolation.Of("engagement.stage.already-started", "design", Fact.Of("stage", new StageKey("design")));

        EqualityContract.Holds(
            first,
            RuleViolation.Of("engagement.stage.already-started", "design", Fact.Of("stage", new StageKey("design"))),
            RuleViolation.Of("engagement.stage.already-started", "design", Fact.Of("stage", new StageKey("build"))),
            new RuleViolation(first.Code, first.Message, first.Subject));
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
