using System.Linq;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Tests.Engagements.Consequences;

public class RecordedRulesTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 9, 9, 0);
    private static readonly ObligationKey Design = ObligationKey.ForStage(new StageKey("design"));
    private static readonly ObligationKey Content = ObligationKey.ForStage(new StageKey("content"));

    private static RecordedRules<ReminderSent> Record(RecordedRules<ReminderSent> recorded, ObligationKey obligation, int round, ConsequenceRule rule) =>
        recorded.Add(new ReminderSent(obligation, round, rule, PartyRole.Client, At), obligation, round, rule);

    [Fact]
    public void The_rules_of_an_obligation_and_round_are_found_in_the_order_recorded_and_no_others()
    {
        var reminder = ConsequenceRule.Reminder(-2);
        var firm = ConsequenceRule.FirmReminder(0);
        var recorded = Record(Record(Record(RecordedRules<ReminderSent>.Empty, Design, 0, reminder), Content, 0, reminder), Design, 0, firm);

        recorded.RulesOf(Design, 0).Should().Equal(reminder, firm);
        recorded.RulesOf(Content, 0).Should().Equal(reminder);
        recorded.RulesOf(Design, 1).Should().BeEmpty();
        recorded.Select(r => r.Obligation).Should().Equal(Design, Content, Design);
    }

    [Fact]
    public void Recording_more_leaves_every_earlier_version_as_it_was()
    {
        var versions = Enumerable.Range(0, 100).Aggregate(
            new[] { RecordedRules<ReminderSent>.Empty }.ToList(),
            (list, i) =>
            {
                list.Add(Record(list[list.Count - 1], ObligationKey.Reply(new MessageId($"m{i}")), 0, ConsequenceRule.Reminder(0)));
                return list;
            });

        versions.Select(v => v.Count).Should().Equal(Enumerable.Range(0, 101));
        versions[40].RulesOf(ObligationKey.Reply(new MessageId("m39")), 0).Should().HaveCount(1);
        versions[40].RulesOf(ObligationKey.Reply(new MessageId("m40")), 0).Should().BeEmpty();
        versions[100][99].Obligation.Should().Be(ObligationKey.Reply(new MessageId("m99")));
    }

    [Fact]
    public void Two_records_are_equal_when_their_records_are_equal_in_order()
    {
        var reminder = ConsequenceRule.Reminder(-2);
        var a = Record(Record(RecordedRules<ReminderSent>.Empty, Design, 0, reminder), Content, 0, reminder);
        var b = Record(Record(RecordedRules<ReminderSent>.Empty, Design, 0, reminder), Content, 0, reminder);
        var swapped = Record(Record(RecordedRules<ReminderSent>.Empty, Content, 0, reminder), Design, 0, reminder);

        a.Should().Equal(b);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(swapped).Should().BeFalse();
    }
}
