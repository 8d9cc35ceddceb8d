using System;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Communication;

public class IncidentReportTests
{
    private static readonly IncidentId LateBrief = new("late-brief");

    private static IncidentReport Report(string remedy = "A credit") => new(LateBrief, "The brief was late", "Content starts later", remedy, D("2026-03-09"));

    [Fact]
    public void Reports_with_the_same_fields_are_equal()
    {
        EqualityContract.Holds(Report(), Report(), Report("An apology"), new IncidentReport(new IncidentId("typo"), "The brief was late", "Content starts later", "A credit", D("2026-03-09")));
    }

    [Fact]
    public void The_command_carries_the_report_its_flat_constructor_makes_and_the_event_carries_the_same()
    {
        var at = Madrid("2026-03-04T10:00");

        new EngagementCommand.RecordIncident(LateBrief, "The brief was late", "Content starts later", "A credit", D("2026-03-09"), at)
            .Should().Be(new EngagementCommand.RecordIncident(Report(), at));
        new EngagementEvent.IncidentRecorded(Report(), at).Report.Should().Be(Report());
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => new IncidentReport(null!, "What", "Impact", "Remedy", D("2026-03-09"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("incidentId");
        FluentActions.Invoking(() => new IncidentReport(LateBrief, "What", "Impact", "  ", D("2026-03-09"))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("remedy");
        FluentActions.Invoking(() => new IncidentReport(LateBrief, "What", "Impact", "Remedy", new NodaTime.LocalDate(9999, 6, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("followThroughDue");
        FluentActions.Invoking(() => new EngagementEvent.IncidentRecorded(null!, Madrid("2026-03-04T10:00"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
    }
}
