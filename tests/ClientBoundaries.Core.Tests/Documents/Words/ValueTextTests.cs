using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Documents.Words;

/// <summary>
/// The values' <c>ToString()</c> for logs is worded in <c>Documents/</c> like every other English text: the cases the
/// values' own tests leave out.
/// </summary>
public class ValueTextTests
{
    [Fact]
    public void Goodwill_of_nothing_says_so_and_a_budget_without_a_cap_names_none()
    {
        new Goodwill(0m).ToString().Should().Be("no goodwill");
        new Goodwill(1.5m).ToString().Should().Be("1.5 hours of goodwill");
    }

    [Fact]
    public void An_allowance_names_hours_and_one_revision_round_in_the_singular_and_nothing_when_nothing_is_counted()
    {
        new Allowance(revisionRounds: 1, hours: 6m).ToString().Should().Be("1 revision round, 6 hours");
        new Allowance(hours: 1m).ToString().Should().Be("1 hour");
        new Allowance().ToString().Should().Be("nothing counted");
    }

    [Fact]
    public void A_check_in_every_business_day_is_in_the_singular()
    {
        CheckInCadence.Every(1).ToString().Should().Be("every 1 business day");
    }

    [Fact]
    public void A_change_request_names_its_id_description_and_estimate()
    {
        var request = new ChangeRequest(new ChangeRequestId("team-page"), "Add a Team page", PartyRole.Client, 8m, Instant.FromUtc(2026, 3, 16, 9, 0));

        request.ToString().Should().Be("team-page: Add a Team page (8 hours)");
    }

    [Fact]
    public void An_incident_names_its_follow_through_day_and_whether_it_is_open()
    {
        var incident = new Incident(
            new IncidentId("wrong-logo"), "The old logo went to print", "Reprint", "Reprint at our cost",
            new LocalDate(2026, 3, 12), Instant.FromUtc(2026, 3, 12, 17, 0), Instant.FromUtc(2026, 3, 10, 9, 0));

        incident.ToString().Should().Be("wrong-logo: The old logo went to print (follow-through due 12 March 2026, open)");
        incident.FollowedThroughOn(Instant.FromUtc(2026, 3, 11, 9, 0), "Reprinted").ToString().Should()
            .Be("wrong-logo: The old logo went to print (follow-through due 12 March 2026, done)");
    }

    [Fact]
    public void A_ball_time_of_one_day_is_in_the_singular()
    {
        new BallTime(Duration.FromHours(30), 1).ToString().Should().Be("1 business day (1 day 06:00 elapsed)");
    }

    [Fact]
    public void An_allowance_standing_shows_used_of_included_and_a_dash_for_what_is_not_counted()
    {
        var pages = new Deliverable(new DeliverableKey("pages"), "Pages", allowance: new Allowance(revisionRounds: 2, units: 6, unitName: "pages"));

        new AllowanceStanding(pages, 2, 1.5m, 5).ToString().Should().Be("pages: rounds 2/2, hours 1.5/-, units 5/6");
    }
}
