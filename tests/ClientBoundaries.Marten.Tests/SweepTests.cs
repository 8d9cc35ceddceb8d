using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using CrmPlugin;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Marten.Tests;

/// <summary>The CRM sample's four engagements, swept on PostgreSQL: the same figures its SQLite store gives in CI.</summary>
public sealed class SweepTests(MartenDatabase database) : IClassFixture<MartenDatabase>
{
    private static readonly Instant Night = Studio.At("2026-03-19T02:00");

    [PostgresFact]
    public async Task The_sweep_does_to_the_CRM_samples_engagements_what_the_SQLite_sample_does()
    {
        var handler = await database.HandlerAsync();
        foreach (var client in Studio.Clients)
        {
            await MartenDatabase.TellAsync(handler, client.Stream, Stories.Of(client));
        }

        // What the sample's two users and Ana did to alder-books that evening.
        await MartenDatabase.TellAsync(handler, Studio.AlderBooks.Stream,
        [
            new AcceptStage(Studio.Content, Studio.At("2026-03-18T16:30")),
            new LogEffort(Studio.Content, PartyRole.Provider, 1.5m, Studio.At("2026-03-18T16:31"), "Answered questions about the photos"),
            new StartStage(Studio.Design, Studio.At("2026-03-18T17:00")),
        ]);

        var sweep = new EngagementSweep(handler);

        // The sample's CI checks: "first sweep: 4 actions on 3 of 4 engagements, 4 events appended".
        var first = await sweep.RunAsync(Night);
        first.Done.Should().HaveCount(4);
        first.Done.Select(a => a.EngagementId).Distinct().Should().HaveCount(3);
        first.EventsAppended.Should().Be(4);
        first.Done.Should().Contain(a => a.EngagementId == Studio.DuneBakery.Stream && a.Command is RecordDeemedAcceptance);
        first.Done.Should().Contain(a => a.EngagementId == Studio.BirchDental.Stream && a.Command is RecordReminderSent);

        // "second sweep at the same instant: nothing to do": not visited again ...
        var second = await sweep.RunAsync(Night);
        second.Engagements.Should().Be(0);
        second.Actions.Should().BeEmpty();

        // ... and visited again (its marks cleared, as after a restore), still nothing: the decider records nothing twice.
        await database.ExecuteAsync($"UPDATE {ClientBoundariesMarten.DueTable} SET swept_at = NULL");
        var revisited = await sweep.RunAsync(Night);
        revisited.Done.Should().BeEmpty();

        // "sweep six days later: 3 actions on 3 of 4 engagements, 3 events appended".
        var later = await sweep.RunAsync(Studio.At("2026-03-25T02:00"));
        later.Done.Should().HaveCount(3);
        later.Done.Select(a => a.EngagementId).Distinct().Should().HaveCount(3);
        later.EventsAppended.Should().Be(3);

        // Each engagement's row in the due index is its replayed state's next attention instant.
        foreach (var client in Studio.Clients)
        {
            var state = (await handler.LoadAsync(client.Stream)).State;
            var stored = await database.ScalarAsync<object>(
                $"SELECT next_attention_at FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id = @id", ("id", client.Stream));
            (stored is DBNull ? (Instant?)null : Instant.FromDateTimeUtc(((DateTime)stored).ToUniversalTime())).Should().Be(state.NextAttentionAt, client.Stream);
        }
    }

    [PostgresFact]
    public void Constructors_NullArguments_NameTheArgument()
    {
        FluentActions.Invoking(() => new EngagementSweep(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("handler");
        FluentActions.Invoking(() => new EngagementCommandHandler(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("store");
        FluentActions.Invoking(() => SweepCommands.DueAt(null!, Night)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("state");
        FluentActions.Invoking(() => ClientBoundariesMarten.UseClientBoundaries(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options");
    }

    [PostgresFact]
    public void Constructor_AStoreNotKeyedByString_IsRefusedWithWhatToDo()
    {
        using var store = global::Marten.DocumentStore.For(options => options.Connection("Host=127.0.0.1;Database=unused"));
        FluentActions.Invoking(() => new EngagementCommandHandler(store)).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("UseClientBoundaries");
    }
}

/// <summary>Several copies of one late engagement, for the sweeps that race and die.</summary>
internal static class LateEngagements
{
    public static readonly Instant Night = Studio.At("2026-03-19T02:00");

    public static async Task<IReadOnlyList<string>> StoreAsync(EngagementCommandHandler handler, Client client, string prefix, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i:00}").ToList();
        await Task.WhenAll(ids.Select(id => MartenDatabase.TellAsync(handler, id, Stories.Of(client))));
        return ids;
    }

    /// <summary>How many events each copy holds once swept once at <see cref="Night"/>: worked out without a database.</summary>
    public static (int Events, int SweepEvents) Expected(Client client)
    {
        var story = CommandHandlerTests.Fold(Stories.Of(client));
        var state = story.Aggregate(EngagementState.Initial, EngagementDecider.Evolve);
        var swept = 0;
        foreach (var command in SweepCommands.DueAt(state, Night))
        {
            foreach (var @event in EngagementDecider.Decide(state, command).Events)
            {
                state = EngagementDecider.Evolve(state, @event);
                swept++;
            }
        }

        return (story.Count + swept, swept);
    }

    public static async Task ShouldEachBeSweptOnceAsync(EngagementCommandHandler handler, Client client, IEnumerable<string> ids)
    {
        var (events, sweepEvents) = Expected(client);
        sweepEvents.Should().BeGreaterThan(0, "the copies are late: the sweep has something to record");
        foreach (var id in ids)
        {
            var loaded = await handler.LoadAsync(id);
            loaded.Version.Should().Be(events, $"{id} holds its story and one sweep's events, none lost and none twice");
            loaded.Events.Where(e => e.At == Night).Should().HaveCount(sweepEvents, id);
        }
    }
}

public sealed class SweepKilledTests(MartenDatabase database) : IClassFixture<MartenDatabase>
{
    [PostgresFact]
    public async Task A_worker_killed_mid_sweep_and_restarted_finishes_with_nothing_lost_or_doubled()
    {
        var handler = await database.HandlerAsync();
        var ids = await LateEngagements.StoreAsync(handler, Studio.BirchDental, "birch", 10);

        // The worker's backend is ended while it holds its fourth engagement, appended but not committed: as a crash would.
        var taken = 0;
        var dying = new EngagementSweep(handler)
        {
            BeforeCommit = async (connection, _, _) =>
            {
                if (++taken == 4)
                {
                    await database.ExecuteAsync("SELECT pg_terminate_backend(@pid)", ("pid", connection.ProcessID));
                }
            },
        };
        var run = () => dying.RunAsync(LateEngagements.Night);
        await run.Should().ThrowAsync<Exception>();
        taken.Should().Be(4);
        (await database.ScalarAsync<long>($"SELECT count(*) FROM {ClientBoundariesMarten.DueTable} WHERE swept_at IS NOT NULL")).Should().Be(3);

        var restarted = await new EngagementSweep(handler).RunAsync(LateEngagements.Night);
        restarted.Engagements.Should().Be(7);
        await LateEngagements.ShouldEachBeSweptOnceAsync(handler, Studio.BirchDental, ids);
    }
}

public sealed class SweepWorkersTests(MartenDatabase database) : IClassFixture<MartenDatabase>
{
    [PostgresFact]
    public async Task Two_workers_at_once_take_each_engagement_once()
    {
        var handler = await database.HandlerAsync();
        var ids = await LateEngagements.StoreAsync(handler, Studio.CobaltCycles, "cobalt", 12);

        var reports = await Task.WhenAll(
            Task.Run(() => new EngagementSweep(handler).RunAsync(LateEngagements.Night)),
            Task.Run(() => new EngagementSweep(handler).RunAsync(LateEngagements.Night)));

        reports.Sum(r => r.Engagements).Should().Be(12);
        var swept = reports.SelectMany(r => r.Actions.Select(a => a.EngagementId).Distinct()).ToList();
        swept.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ids);
        await LateEngagements.ShouldEachBeSweptOnceAsync(handler, Studio.CobaltCycles, ids);
    }
}

public sealed class SweepOutsideWriterTests(MartenDatabase database) : IClassFixture<MartenDatabase>
{
    [PostgresFact]
    public async Task A_stream_moved_on_outside_the_handler_is_left_named_and_the_rest_are_swept()
    {
        var handler = await database.HandlerAsync();
        var ids = await LateEngagements.StoreAsync(handler, Studio.BirchDental, "birch", 3);

        // Marten's own record of the stream says a writer outside the handler appended one event more than was loaded:
        // every append the sweep tries there fails Marten's version check.
        await database.ExecuteAsync("UPDATE mt_streams SET version = version + 1 WHERE id = @id", ("id", ids[1]));
        var marten = await handler.LoadAsync(ids[1]);

        var report = await new EngagementSweep(handler).RunAsync(LateEngagements.Night);

        report.Conflicted.Should().Equal(ids[1]);
        report.Engagements.Should().Be(2);
        await LateEngagements.ShouldEachBeSweptOnceAsync(handler, Studio.BirchDental, [ids[0], ids[2]]);
        (await handler.LoadAsync(ids[1])).Version.Should().Be(marten.Version, "nothing of the sweep's was written there");

        // A command given there is a conflict too, with the version Marten holds.
        var outcome = await handler.HandleAsync(ids[1], new EngagementCommand.HandOff(Studio.Content, LateEngagements.Night));
        var conflict = outcome.Should().BeOfType<CommandOutcome.Conflict>().Subject;
        conflict.Expected.Should().Be(marten.Version);
        conflict.Actual.Should().Be(marten.Version + 1);
    }
}
