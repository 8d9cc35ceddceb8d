using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Stages;

/// <summary>
/// <see cref="StageProgress"/>'s milestones: each optional value is there or not whatever it holds, and one taken back is
/// as if it had never been given, so progress reached by different paths compares equal.
/// </summary>
public class StageProgressTests
{
    private static readonly Stage Design = new(new StageKey("design"), "Design", PartyRole.Provider, 5);

    [Fact]
    public void A_due_date_given_and_taken_back_leaves_the_progress_equal_to_one_never_given_one()
    {
        var never = StageProgress.PendingFor(Design);

        var takenBack = never.DueOn(D("2026-03-10"), Madrid("2026-03-10T18:00")).DueOn(null, null);

        takenBack.Should().Be(never);
        takenBack.GetHashCode().Should().Be(never.GetHashCode());
        takenBack.DueBy.Should().BeNull();
        takenBack.DueAt.Should().BeNull();
    }

    [Fact]
    public void A_reopened_stage_forgets_its_handoff_and_keeps_its_start()
    {
        var started = Madrid("2026-03-02T09:00");
        var handedOff = Madrid("2026-03-06T17:00");
        var reopened = Madrid("2026-03-09T10:00");
        var done = StageProgress.PendingFor(Design).BallArrived(started).Started(started).Finished(handedOff, D("2026-03-06"), Madrid("2026-03-06T18:00"), 5);

        var again = done.Reopened(reopened);

        again.Status.Should().Be(StageStatus.InProgress);
        again.StartedAt.Should().Be(started);
        again.BallArrivedAt.Should().Be(reopened);
        again.FinishedAt.Should().BeNull();
        again.ActualBusinessDays.Should().BeNull();
        again.DueBy.Should().BeNull();
        again.Reopenings.Should().Be(1);
        done.ActualBusinessDays.Should().Be(5, "the progress it was reopened from is left as it was");
        done.FinishedAt.Should().Be(handedOff);
    }

    [Fact]
    public void An_instant_or_a_count_that_holds_the_default_value_is_there_not_absent()
    {
        // The epoch is Instant's default value, and 0 an int's: presence is kept apart from the value.
        var progress = StageProgress.PendingFor(Design).BallArrived(Instant.FromUnixTimeTicks(0)).Finished(Instant.FromUnixTimeTicks(0), new LocalDate(1970, 1, 1), Instant.FromUnixTimeTicks(0), 0);

        progress.BallArrivedAt.Should().Be(Instant.FromUnixTimeTicks(0));
        progress.FinishedAt.Should().Be(Instant.FromUnixTimeTicks(0));
        progress.DueAt.Should().Be(Instant.FromUnixTimeTicks(0));
        progress.ActualBusinessDays.Should().Be(0);
        progress.StartedAt.Should().BeNull();
        progress.Should().NotBe(StageProgress.PendingFor(Design).Finished(Instant.FromUnixTimeTicks(0), new LocalDate(1970, 1, 1), Instant.FromUnixTimeTicks(0), 0));
    }
}
