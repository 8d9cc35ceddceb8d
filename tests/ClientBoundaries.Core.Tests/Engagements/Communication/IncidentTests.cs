using System;
using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Communication;

/// <summary>
/// The provider owns a mistake: the discovery stage (due Tuesday 3 March, priced 500 EUR) runs late,
/// the 10% credit at +3 business days falls due on Friday 6 March, and the provider records an
/// incident whose remedy includes that credit, following through by Monday 9 March.
/// </summary>
public class IncidentTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly IncidentId LateBrief = new("late-brief");
    private static readonly ObligationKey DiscoveryStage = ObligationKey.ForStage(Discovery);

    private static EngagementDriver LateBriefRecorded(MessageLength clientLikes)
    {
        var agreement = Policies.Website().WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Phone, clientLikes)).Build();
        var engagement = ScheduledWebsite(agreement);
        var credit = Assessor.Assess(engagement.State, Madrid("2026-03-06T10:00")).Consequences.Single(c => c.Kind == ConsequenceKind.Credit);
        credit.Amount.Should().Be(new Money(50m, "EUR"));
        return engagement
            .Do(new ApplyConsequence(credit.Obligation, credit.Rule, Madrid("2026-03-06T10:00")))
            .Do(new RecordIncident(
                LateBrief,
                "The brief was three days late",
                "The content stage starts later than planned",
                "a credit of 10% of the discovery price, and the brief on Monday",
                D("2026-03-09"),
                Madrid("2026-03-06T10:05")))
            .Do(new LinkCreditToIncident(LateBrief, DiscoveryStage, ConsequenceRule.Credit(3, Charge.PercentOf(10m)), Madrid("2026-03-06T10:06")));
    }

    [Fact]
    public void A_linked_credit_says_which_obligation_and_round_it_was_for_and_when_it_was_applied()
    {
        var engagement = LateBriefRecorded(MessageLength.Short);

        var credit = engagement.State.Communication.FindIncident(LateBrief)!.Credit!;

        credit.Obligation.Should().Be(DiscoveryStage);
        credit.Round.Should().Be(0);
        credit.Amount.Should().Be(new Money(50m, "EUR"));
        credit.AppliedAt.Should().Be(Madrid("2026-03-06T10:00"));
        credit.ToString().Should().Be("50.00 EUR for stage 'discovery' (round 0)");
    }

    [Fact]
    public void An_incident_linked_to_one_credit_is_not_linked_to_another()
    {
        // Two credits on the provider's stage ladder: 10% of the discovery's 500 EUR at +3, another 5% at +4.
        var tenPercent = ConsequenceRule.Credit(3, Charge.PercentOf(10m));
        var fivePercent = ConsequenceRule.Credit(4, Charge.PercentOf(5m));
        var provider = new ConsequencePolicy(new ConsequenceLadder(0, new[] { tenPercent, fivePercent }));
        var engagement = ScheduledWebsite(Policies.Website(provider: provider).Build())
            .Do(new ApplyConsequence(DiscoveryStage, tenPercent, Madrid("2026-03-09T10:00")))
            .Do(new ApplyConsequence(DiscoveryStage, fivePercent, Madrid("2026-03-09T10:00")))
            .Do(new RecordIncident(LateBrief, "The brief was late", "Content starts later", "a credit", D("2026-03-10"), Madrid("2026-03-09T10:05")))
            .Do(new LinkCreditToIncident(LateBrief, DiscoveryStage, tenPercent, Madrid("2026-03-09T10:06")));

        var refused = engagement.Refuses(new LinkCreditToIncident(LateBrief, DiscoveryStage, fivePercent, Madrid("2026-03-09T10:07")));

        refused.Code.Should().Be("incident.credit-already-linked");
        refused.Message.Should().Be("The incident 'late-brief' is already linked to a credit (the credit at 3 business days late, for stage \"Discovery call\").");
        engagement.State.Communication.FindIncident(LateBrief)!.Credit!.Amount.Should().Be(new Money(50m, "EUR"));
        engagement.Do(new LinkCreditToIncident(LateBrief, DiscoveryStage, tenPercent, Madrid("2026-03-09T10:08")));
        engagement.Events.Should().HaveCount(8, "linking the same credit again records nothing");
    }

    [Fact]
    public void An_incident_shows_from_its_follow_through_day_until_the_follow_through_is_recorded()
    {
        var engagement = LateBriefRecorded(MessageLength.Detailed);

        var incident = engagement.State.Communication.FindIncident(LateBrief)!;
        incident.Credit!.Amount.Should().Be(new Money(50m, "EUR"));
        incident.FollowThroughDueAt.Should().Be(Madrid("2026-03-09T18:00"));
        incident.IsOpen.Should().BeTrue();
        Assessor.Assess(engagement.State, Madrid("2026-03-08T12:00")).Communication.Should().BeEmpty("the follow-through is due on Monday");

        var due = Assessor.Assess(engagement.State, Madrid("2026-03-09T09:00")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.FollowThroughDue>().Subject;
        due.Incident.Should().Be(LateBrief);
        due.Since.Should().Be(Madrid("2026-03-09T09:00"));
        due.DueAt.Should().Be(Madrid("2026-03-09T18:00"));
        due.IsOverdue.Should().BeFalse();
        due.Channel.Should().Be(Channel.Phone);
        due.Message.Should().Be(
            "Follow through on \"The brief was three days late\" for Acme Bakery by 9 March 2026 at 18:00: a credit of 10% of the discovery price, and the brief on Monday."
            + " What it meant for Acme Bakery: The content stage starts later than planned. A credit of 50.00 EUR is part of the remedy.");
        Assessor.Assess(engagement.State, Madrid("2026-03-09T18:01")).Communication.Single().IsOverdue.Should().BeTrue();

        engagement.Do(new RecordFollowThrough(LateBrief, "Credit note sent; brief delivered", Madrid("2026-03-10T10:00")));

        incident = engagement.State.Communication.FindIncident(LateBrief)!;
        incident.IsOpen.Should().BeFalse();
        incident.WasFollowThroughLate.Should().BeTrue();
        incident.FollowThrough.Should().Be("Credit note sent; brief delivered");
        Assessor.Assess(engagement.State, Madrid("2026-03-10T10:00")).Communication.Should().BeEmpty();
        EngagementDecider.Replay(engagement.Events).Should().Be(engagement.State);
    }

    [Fact]
    public void A_short_message_names_the_remedy_only()
    {
        var engagement = LateBriefRecorded(MessageLength.Short);

        Assessor.Assess(engagement.State, Madrid("2026-03-09T09:00")).Communication.Single().Message.Should().Be(
            "Follow through on \"The brief was three days late\" for Acme Bakery by 9 March 2026 at 18:00: a credit of 10% of the discovery price, and the brief on Monday.");
    }

    [Fact]
    public void Incidents_are_refused_when_they_repeat_promise_the_past_or_are_unknown()
    {
        var engagement = LateBriefRecorded(MessageLength.Short);
        var at = Madrid("2026-03-06T11:00");

        engagement.Refuses(new RecordIncident(LateBrief, "Again", "None", "Sorry", D("2026-03-09"), at)).Code.Should().Be("incident.duplicate");
        var past = engagement.Refuses(new RecordIncident(new IncidentId("typo"), "A typo on the sitemap", "None", "Fixed", D("2026-03-05"), at));
        past.Code.Should().Be("incident.follow-through-in-past");
        past.Message.Should().Be("The follow-through is due on 5 March 2026, before the day the incident is recorded (6 March 2026 for Pixel & Pine Studio): promise a date still to come.");
        var unknown = engagement.Refuses(new RecordFollowThrough(new IncidentId("typo"), "Fixed", at));
        unknown.Code.Should().Be("incident.unknown");
        unknown.Message.Should().Be("No incident 'typo' is recorded in this engagement; the incidents are late-brief.");

        engagement.Do(new RecordFollowThrough(LateBrief, "Credit note sent", at));
        engagement.Refuses(new RecordFollowThrough(LateBrief, "Credit note sent", at)).Code.Should().Be("incident.already-followed-through");
    }

    [Fact]
    public void Only_a_credit_already_applied_to_the_provider_can_be_linked()
    {
        var engagement = ScheduledWebsite(Policies.Website().Build())
            .Do(new RecordIncident(LateBrief, "The brief was late", "Content starts later", "A credit", D("2026-03-09"), Madrid("2026-03-04T10:00")));

        var refused = engagement.Refuses(new LinkCreditToIncident(LateBrief, DiscoveryStage, ConsequenceRule.Credit(3, Charge.PercentOf(10m)), Madrid("2026-03-04T10:00")));
        refused.Code.Should().Be("incident.credit-not-applied");
        refused.Message.Should().Be("The credit at 3 business days late has not been applied to Pixel & Pine Studio for stage \"Discovery call\": apply it first (ApplyConsequence), then link it.");
        FluentActions.Invoking(() => new EngagementEvent.IncidentCreditLinked(LateBrief, DiscoveryStage, 0, ConsequenceRule.Escalation(5, "owner"), Madrid("2026-03-04T10:00")))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rule");
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        var at = Madrid("2026-03-04T10:00");
        FluentActions.Invoking(() => new RecordIncident(LateBrief, " ", "Impact", "Remedy", D("2026-03-09"), at)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("whatHappened");
        FluentActions.Invoking(() => new RecordIncident(LateBrief, "What", "", "Remedy", D("2026-03-09"), at)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("impact");
        FluentActions.Invoking(() => new RecordIncident(LateBrief, "What", "Impact", "Remedy", new NodaTime.LocalDate(9999, 6, 1), at))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("followThroughDue");
        FluentActions.Invoking(() => new RecordFollowThrough(null!, "Done", at)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("incidentId");
    }

    [Fact]
    public void A_follow_through_read_after_its_deadline_says_how_late_it_is()
    {
        var engagement = LateBriefRecorded(MessageLength.Short);

        // Owed by 18:00 on Monday 9 March; at 08:00 on Wednesday 11 March only Tuesday 10 has begun.
        Assessor.Assess(engagement.State, Madrid("2026-03-11T08:00")).Communication.Single().Message.Should().Be(
            "Follow through on \"The brief was three days late\" for Acme Bakery: a credit of 10% of the discovery price, and the brief on Monday."
            + " It was owed by 9 March 2026 at 18:00 and is 1 business day late.");
    }
}
