using System;
using System.Linq;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson;
using CrmPlugin;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Marten.Tests;

public sealed class CommandHandlerTests(MartenDatabase database) : IClassFixture<MartenDatabase>
{
    [PostgresFact]
    public async Task A_story_is_stored_as_the_events_the_decider_decides_in_the_JSON_packages_rows()
    {
        var handler = await database.HandlerAsync();
        var commands = Stories.Of(Studio.CobaltCycles);

        await MartenDatabase.TellAsync(handler, "cobalt-1", commands);

        // What the pure decider makes of the same commands, with no database.
        var expected = Fold(commands);
        var loaded = await handler.LoadAsync("cobalt-1");
        loaded.Version.Should().Be(expected.Count).And.Be(expected.Count);
        loaded.Events.Should().Equal(expected);
        loaded.State.Version.Should().Be(expected.Count);

        // Each row is the JSON package's row for its event (compared as jsonb, which orders keys its own way), under its stable name.
        for (var i = 0; i < expected.Count; i++)
        {
            var same = await database.ScalarAsync<bool>(
                "SELECT data = @json::jsonb AND type = @type FROM mt_events WHERE stream_id = 'cobalt-1' AND version = @version",
                ("json", EngagementEventJson.WriteEvent(expected[i])),
                ("type", EngagementEventJson.TypeNameOf(expected[i])),
                ("version", (long)(i + 1)));
            same.Should().BeTrue($"row {i + 1} ({expected[i].GetType().Name}) is the JSON package's row");
        }
    }

    [PostgresFact]
    public async Task An_accepted_command_writes_the_next_attention_instant_in_the_due_index()
    {
        var handler = await database.HandlerAsync();
        var commands = Stories.Of(Studio.BirchDental);
        await MartenDatabase.TellAsync(handler, "birch-due", commands);

        var next = Fold(commands).Aggregate(EngagementState.Initial, EngagementDecider.Evolve).NextAttentionAt;
        next.Should().NotBeNull("the content stage is running, so a reminder falls due");
        var stored = await database.ScalarAsync<DateTime>(
            $"SELECT next_attention_at FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id = 'birch-due'");
        stored.ToUniversalTime().Should().Be(next!.Value.ToDateTimeUtc());

        var due = await handler.ListDueAsync(next.Value, 10);
        due.Should().ContainEquivalentOf(new DueEngagement("birch-due", next.Value));
        (await handler.ListDueAsync(next.Value - NodaTime.Duration.FromSeconds(1), 10)).Select(d => d.EngagementId).Should().NotContain("birch-due");
    }

    [PostgresFact]
    public async Task A_refused_command_appends_nothing_and_leaves_no_due_row()
    {
        var handler = await database.HandlerAsync();

        // Nothing can be started before an agreement is proposed.
        var outcome = await handler.HandleAsync("never-proposed", new StartStage(Studio.Discovery, Studio.At("2026-03-09T09:00")));

        var decided = outcome.Should().BeOfType<CommandOutcome.Decided>().Subject;
        decided.Decision.IsAccepted.Should().BeFalse();
        decided.Version.Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM mt_events WHERE stream_id = 'never-proposed'")).Should().Be(0);
        (await database.ScalarAsync<long>($"SELECT count(*) FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id = 'never-proposed'")).Should().Be(0);

        // Refused on a stream that exists: its version stays.
        var commands = Stories.Of(Studio.AlderBooks);
        await MartenDatabase.TellAsync(handler, "alder-refused", commands);
        var again = await handler.HandleAsync("alder-refused", new AcceptStage(Studio.Build, Studio.At("2026-03-18T17:00")));
        again.Should().BeOfType<CommandOutcome.Decided>().Which.Decision.IsAccepted.Should().BeFalse();
        (await handler.LoadAsync("alder-refused")).Version.Should().Be(Fold(commands).Count);
    }

    [PostgresFact]
    public async Task Of_two_writers_on_one_version_exactly_one_wins_and_the_others_retry_on_the_new_state_succeeds()
    {
        var handler = await database.HandlerAsync();
        await MartenDatabase.TellAsync(handler, "alder-race", Stories.Of(Studio.AlderBooks));
        var seen = await handler.LoadAsync("alder-race");
        var accept = new AcceptStage(Studio.Content, Studio.At("2026-03-18T16:30"));
        // At the same minute, so whichever loses can be given again after the winner without coming out of order.
        var effort = new LogEffort(Studio.Content, PartyRole.Provider, 1.5m, Studio.At("2026-03-18T16:30"), "Answered questions about the photos");

        // Both decided on the version both loaded, given at once from two connections.
        var outcomes = await Task.WhenAll(
            Task.Run(() => handler.HandleAsync("alder-race", accept.ExpectingVersion(seen.Version))),
            Task.Run(() => handler.HandleAsync("alder-race", effort.ExpectingVersion(seen.Version))));

        outcomes.OfType<CommandOutcome.Decided>().Should().ContainSingle().Which.Decision.IsAccepted.Should().BeTrue();
        var conflict = outcomes.OfType<CommandOutcome.Conflict>().Should().ContainSingle().Subject;
        conflict.Expected.Should().Be(seen.Version);
        conflict.Actual.Should().Be(seen.Version + 1);
        conflict.EngagementId.Should().Be("alder-race");

        var loser = ReferenceEquals(outcomes[0], conflict) ? (EngagementCommand)accept : effort;
        var reloaded = await handler.LoadAsync("alder-race");
        var retry = await handler.HandleAsync("alder-race", loser.ExpectingVersion(reloaded.Version));
        retry.Should().BeOfType<CommandOutcome.Decided>().Which.Decision.IsAccepted.Should().BeTrue(retry.ToString() + " after " + outcomes[0] + " / " + outcomes[1]);

        // Both writes are there, once each.
        var final = await handler.LoadAsync("alder-race");
        final.Events.OfType<EngagementEvent.StageAccepted>().Where(e => e.Stage == Studio.Content).Should().ContainSingle();
        final.Events.OfType<EngagementEvent.EffortLogged>().Should().ContainSingle();
        final.Version.Should().Be(seen.Version + 2);
    }

    [PostgresFact]
    public async Task A_connection_killed_before_the_commit_leaves_the_stream_and_the_due_index_untouched()
    {
        var handler = await database.HandlerAsync();
        await MartenDatabase.TellAsync(handler, "alder-killed", Stories.Of(Studio.AlderBooks));
        var before = await handler.LoadAsync("alder-killed");
        var dueBefore = await database.ScalarAsync<DateTime>(
            $"SELECT next_attention_at FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id = 'alder-killed'");

        // The append and the due row are written; then another connection ends this one's backend, as a crash or a
        // network cut would, before the commit.
        var dying = new EngagementCommandHandler(await database.StoreAsync())
        {
            BeforeCommit = async (connection, _) => await database.ExecuteAsync("SELECT pg_terminate_backend(@pid)", ("pid", connection.ProcessID)),
        };
        var accept = new AcceptStage(Studio.Content, Studio.At("2026-03-18T16:30"));
        var act = () => dying.HandleAsync("alder-killed", accept);
        await act.Should().ThrowAsync<Exception>();

        var after = await handler.LoadAsync("alder-killed");
        after.Version.Should().Be(before.Version);
        after.Events.Should().Equal(before.Events);
        (await database.ScalarAsync<DateTime>($"SELECT next_attention_at FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id = 'alder-killed'"))
            .Should().Be(dueBefore);

        // A cancelled token at the same point: nothing either; and the command, given again, goes through whole.
        using var cancel = new System.Threading.CancellationTokenSource();
        var cancelled = new EngagementCommandHandler(await database.StoreAsync()) { BeforeCommit = (_, _) => { cancel.Cancel(); return Task.CompletedTask; } };
        var give = () => cancelled.HandleAsync("alder-killed", accept, cancel.Token);
        await give.Should().ThrowAsync<OperationCanceledException>();
        (await handler.LoadAsync("alder-killed")).Version.Should().Be(before.Version);

        var outcome = await handler.HandleAsync("alder-killed", accept);
        outcome.Should().BeOfType<CommandOutcome.Decided>().Which.Version.Should().Be(before.Version + 1);
    }

    [PostgresFact]
    public async Task A_row_of_a_newer_schema_version_is_refused_naming_the_stream_the_row_and_the_version()
    {
        var handler = await database.HandlerAsync();
        await MartenDatabase.TellAsync(handler, "dune-newer", Stories.Of(Studio.DuneBakery));

        // As a newer release of the JSON package would have written row 3.
        await database.ExecuteAsync("UPDATE mt_events SET data = jsonb_set(data, '{schemaVersion}', '2') WHERE stream_id = 'dune-newer' AND version = 3");

        var load = () => handler.LoadAsync("dune-newer");
        var thrown = (await load.Should().ThrowAsync<EngagementStreamException>()).Which;
        thrown.EngagementId.Should().Be("dune-newer");
        thrown.EventVersion.Should().Be(3);
        thrown.SchemaVersion.Should().Be(2);
        thrown.Message.Should().Contain("'dune-newer'").And.Contain("version 3").And.Contain("schema version 2").And.Contain("up to schema version 1")
            .And.Contain("\"deposit-received\"", "row 3 of the story is the deposit: proposed, signed, deposit received");

        // A command is refused the same way, and writes nothing.
        var handle = () => handler.HandleAsync("dune-newer", new AcceptStage(Studio.Design, Studio.At("2026-03-12T10:00")));
        await handle.Should().ThrowAsync<EngagementStreamException>();
        (await database.ScalarAsync<long>("SELECT count(*) FROM mt_events WHERE stream_id = 'dune-newer'")).Should().Be(Fold(Stories.Of(Studio.DuneBakery)).Count);
    }

    [PostgresFact]
    public async Task Bad_arguments_are_refused_naming_the_argument()
    {
        var handler = await database.HandlerAsync();
        var sign = new Sign(Studio.At("2026-03-09T09:00"));

        (await FluentActions.Awaiting(() => handler.HandleAsync("", sign)).Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("engagementId");
        (await FluentActions.Awaiting(() => handler.HandleAsync(null!, sign)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("engagementId");
        (await FluentActions.Awaiting(() => handler.HandleAsync("x", null!)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("command");
        (await FluentActions.Awaiting(() => handler.LoadAsync("")).Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("engagementId");
        var limit = (await FluentActions.Awaiting(() => handler.ListDueAsync(Studio.At("2026-03-09T09:00"), 0)).Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        limit.ParamName.Should().Be("limit");
        limit.Message.Should().Contain("0");
    }

    /// <summary>The events the decider makes of <paramref name="commands"/>, each decided on the state the ones before left.</summary>
    internal static System.Collections.Generic.List<EngagementEvent> Fold(System.Collections.Generic.IEnumerable<EngagementCommand> commands)
    {
        var state = EngagementState.Initial;
        var events = new System.Collections.Generic.List<EngagementEvent>();
        foreach (var command in commands)
        {
            foreach (var @event in EngagementDecider.Decide(state, command).Events)
            {
                events.Add(@event);
                state = EngagementDecider.Evolve(state, @event);
            }
        }

        return events;
    }
}
