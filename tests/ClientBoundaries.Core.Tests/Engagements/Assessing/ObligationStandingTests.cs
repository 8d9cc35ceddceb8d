using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Engagements.Assessing;

public class ObligationStandingTests
{
    private static readonly ObligationKey Content = ObligationKey.ForStage(new StageKey("content"));
    private static readonly LocalDate Tuesday = new(2026, 3, 10);
    private static readonly Instant TuesdayEvening = Instant.FromUtc(2026, 3, 10, 17, 0);

    [Fact]
    public void Gives_back_every_party_and_timeliness_it_was_made_with()
    {
        foreach (var party in PartyRole.List)
        {
            foreach (var timeliness in Timeliness.List)
            {
                var late = timeliness.IsLate ? 3 : 0;
                var standing = new ObligationStanding(Content, party, timeliness, Tuesday, TuesdayEvening, late, 1);

                standing.Party.Should().BeSameAs(party);
                standing.Timeliness.Should().BeSameAs(timeliness);
                standing.Obligation.Should().Be(Content);
                standing.Due.Should().Be(Tuesday);
                standing.DueAt.Should().Be(TuesdayEvening);
                standing.BusinessDaysLate.Should().Be(late);
                standing.Round.Should().Be(1);
            }
        }
    }

    [Fact]
    public void Without_a_due_date_has_no_due_instant_either()
    {
        var standing = new ObligationStanding(ObligationKey.FinalPayment, PartyRole.Client, Timeliness.NotStarted, null, null, 0, 0);

        standing.Due.Should().BeNull();
        standing.DueAt.Should().BeNull();
        standing.ToString().Should().EndWith(" (Client): NotStarted", "no lateness and no due date to name");
    }

    [Fact]
    public void Is_equal_only_to_a_standing_with_every_field_equal()
    {
        var standing = Make();

        standing.Should().Be(Make()).And.NotBeSameAs(Make());
        standing.GetHashCode().Should().Be(Make().GetHashCode());
        var others = new[]
        {
            Make(obligation: ObligationKey.ForStage(new StageKey("design"))),
            Make(party: PartyRole.Provider),
            Make(timeliness: Timeliness.DoneLate),
            Make(due: Tuesday.PlusDays(1)),
            Make(dueAt: TuesdayEvening + Duration.FromHours(1)),
            Make(late: 4),
            Make(round: 2),
            new ObligationStanding(Content, PartyRole.Client, Timeliness.Overdue, null, null, 3, 1),
        };
        others.Should().OnlyContain(other => !other.Equals(standing));
        others.Distinct().Should().HaveCount(others.Length);
    }

    private static ObligationStanding Make(
        ObligationKey? obligation = null, PartyRole? party = null, Timeliness? timeliness = null, LocalDate? due = null, Instant? dueAt = null, int late = 3, int round = 1) =>
        new(obligation ?? Content, party ?? PartyRole.Client, timeliness ?? Timeliness.Overdue, due ?? Tuesday, dueAt ?? TuesdayEvening, late, round);
}
