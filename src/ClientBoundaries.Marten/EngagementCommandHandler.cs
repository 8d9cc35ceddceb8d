using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Npgsql;
using NodaTime;

namespace ClientBoundaries.Marten;

/// <summary>
/// What a host does with a command a person gives an engagement, on PostgreSQL: load the engagement's stream, replay it,
/// <see cref="EngagementDecider.Decide"/> the command, and append what was decided together with the engagement's row in
/// the due index, in one transaction. A refused command appends nothing.
/// </summary>
/// <remarks>
/// <para>Writers of one engagement queue on its row in the due index (taken first, for the whole transaction), so two
/// commands given at once are decided one after the other, each on the engagement as the other left it; writers of
/// different engagements never wait on each other. A command that carries the version it was decided on
/// (<see cref="EngagementCommand.ExpectingVersion"/>) and finds the engagement moved on is a
/// <see cref="CommandOutcome.Conflict"/>: nothing is written, and the caller decides again on what is there now. An
/// append that races a writer outside this handler is stopped by Marten's own version check and is a conflict too,
/// never a lost write.</para>
/// <para>Thread-safe: each call opens its own connection from the store.</para>
/// </remarks>
public sealed class EngagementCommandHandler
{
    private readonly IDocumentStore _store;
    private readonly DueIndex _due;

    /// <summary>Creates a handler over <paramref name="store"/>, configured with <see cref="ClientBoundariesMarten.UseClientBoundaries"/>.</summary>
    /// <param name="store">The Marten store.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="ArgumentException">The store is not keyed by string streams: it was not configured with <see cref="ClientBoundariesMarten.UseClientBoundaries"/>.</exception>
    public EngagementCommandHandler(IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Options.Events.StreamIdentity != StreamIdentity.AsString)
        {
            throw new ArgumentException(
                $"The store keys its streams {store.Options.Events.StreamIdentity}, not by string: configure it with UseClientBoundaries().",
                nameof(store));
        }

        _store = store;
        _due = new DueIndex(store.Options.Events.DatabaseSchemaName);
    }

    internal DueIndex Due => _due;

    internal IDocumentStore Store => _store;

    /// <summary>Test hook: runs after the append and the due index are written, before the commit.</summary>
    internal Func<NpgsqlConnection, CancellationToken, Task>? BeforeCommit { get; set; }

    /// <summary>Loads the engagement <paramref name="engagementId"/> and replays it; an engagement never written is empty, at version 0.</summary>
    /// <param name="engagementId">The engagement's stream key; not empty.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>Its events, state and version.</returns>
    /// <exception cref="ArgumentException"><paramref name="engagementId"/> is null or empty.</exception>
    /// <exception cref="EngagementStreamException">A row cannot be read (written by a newer schema version, say); the message names the stream and the row.</exception>
    public async Task<StoredEngagement> LoadAsync(string engagementId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(engagementId);
        await using var session = _store.QuerySession();
        return await LoadAsync(session, engagementId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Decides <paramref name="command"/> on the engagement <paramref name="engagementId"/> as it is now and stores what was
    /// decided: the events in its stream and its next attention instant in the due index, in one transaction.
    /// </summary>
    /// <param name="engagementId">The engagement's stream key; not empty.</param>
    /// <param name="command">The command; when it carries an expected version, it is decided only on that version.</param>
    /// <param name="cancellationToken">Stops the command; cancelled before the commit, nothing is written.</param>
    /// <returns>
    /// <see cref="CommandOutcome.Decided"/> with the decision (a refusal is a decision: nothing is written), or
    /// <see cref="CommandOutcome.Conflict"/> when the engagement is not at the version the command expected.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="engagementId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="EngagementStreamException">The stream cannot be loaded; nothing is written.</exception>
    /// <exception cref="NpgsqlException">The connection failed; the transaction did not commit, so the stream and the due index are as they were.</exception>
    public async Task<CommandOutcome> HandleAsync(string engagementId, EngagementCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(engagementId);
        ArgumentNullException.ThrowIfNull(command);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await HandleInAsync(connection, transaction, engagementId, [command], cancellationToken).ConfigureAwait(false);
        if (outcome.Written)
        {
            await CommitAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcome.Conflict switch
        {
            null => new CommandOutcome.Decided(engagementId, outcome.Decisions[0], outcome.Version, outcome.State),

            // Marten's own version check stopped the append: read the version the other writer left.
            { Actual: < 0 } conflict => conflict with { Actual = await StreamVersionAsync(engagementId, cancellationToken).ConfigureAwait(false) },
            { } conflict => conflict,
        };
    }

    /// <summary>
    /// The engagements due at <paramref name="at"/>, soonest first: what the due index lists, read through its index
    /// without loading any stream.
    /// </summary>
    /// <param name="at">The instant; engagements whose next attention instant is at or before it are listed.</param>
    /// <param name="limit">At most this many; more than zero.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The engagements due, each with its next attention instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not more than zero.</exception>
    public async Task<IReadOnlyList<DueEngagement>> ListDueAsync(Instant at, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await _due.ListAsync(connection, at, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The version Marten holds for the stream: what its own version check compares with.</summary>
    private async Task<int> StreamVersionAsync(string engagementId, CancellationToken cancellationToken)
    {
        await using var session = _store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(engagementId, cancellationToken).ConfigureAwait(false);
        return checked((int)(state?.Version ?? 0));
    }

    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal async Task CommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (BeforeCommit is { } hook)
        {
            await hook(connection, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// In <paramref name="transaction"/>: locks the engagement's due row, loads and replays it, decides each command on the
    /// engagement as the ones before left it, and appends the events of all of them at once with the due row updated.
    /// Commits nothing: the caller does, when <see cref="Handled.Written"/>.
    /// </summary>
    internal async Task<Handled> HandleInAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string engagementId,
        IReadOnlyList<EngagementCommand> commands,
        CancellationToken cancellationToken) =>
        await HandleInAsync(connection, transaction, engagementId, _ => commands, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc cref="HandleInAsync(NpgsqlConnection, NpgsqlTransaction, string, IReadOnlyList{EngagementCommand}, CancellationToken)"/>
    internal async Task<Handled> HandleInAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string engagementId,
        Func<EngagementState, IReadOnlyList<EngagementCommand>> commandsFor,
        CancellationToken cancellationToken)
    {
        await _due.LockAsync(connection, transaction, engagementId, cancellationToken).ConfigureAwait(false);
        await using var session = _store.LightweightSession(SessionOptions.ForTransaction(transaction, false));
        var loaded = await LoadAsync(session, engagementId, cancellationToken).ConfigureAwait(false);
        var state = loaded.State;
        var decisions = new List<Decision>();
        var events = new List<EngagementEvent>();
        foreach (var command in commandsFor(loaded.State))
        {
            if (command.ExpectedVersion is { } expected && expected != state.Version)
            {
                return Handled.Conflicted(new CommandOutcome.Conflict(engagementId, expected, loaded.Version), loaded);
            }

            var decision = EngagementDecider.Decide(state, command);
            decisions.Add(decision);
            events.AddRange(decision.Events);
            state = EngagementDecider.Evolve(state, decision);
        }

        if (events.Count == 0)
        {
            return new Handled(decisions, loaded.Version, state, Written: false, Conflict: null);
        }

        var version = loaded.Version + events.Count;
        if (loaded.Version == 0)
        {
            session.Events.StartStream(engagementId, events.Cast<object>().ToArray());
        }
        else
        {
            // Marten's expected version is the stream's version once these events are in.
            session.Events.Append(engagementId, version, events.Cast<object>().ToArray());
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            // Someone appended outside this handler: the transaction is spoiled, the caller rolls it back.
            return Handled.Conflicted(new CommandOutcome.Conflict(engagementId, loaded.Version, -1), loaded);
        }

        await _due.SetAsync(connection, transaction, engagementId, state.NextAttentionAt, cancellationToken).ConfigureAwait(false);
        return new Handled(decisions, version, state, Written: true, Conflict: null);
    }

    private static async Task<StoredEngagement> LoadAsync(IQuerySession session, string engagementId, CancellationToken cancellationToken)
    {
        IReadOnlyList<IEvent> rows;
        try
        {
            rows = await session.Events.FetchStreamAsync(engagementId, token: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not NpgsqlException)
        {
            throw await UnreadableAsync(session, engagementId, e, cancellationToken).ConfigureAwait(false);
        }

        var events = new List<EngagementEvent>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Data is not EngagementEvent @event)
            {
                throw new EngagementStreamException(
                    engagementId,
                    row.Version,
                    null,
                    $"The engagement stream '{engagementId}' cannot be loaded: its event at version {row.Version.ToString(CultureInfo.InvariantCulture)} is a {row.Data?.GetType().Name ?? "null"}, not an engagement event.",
                    null);
            }

            events.Add(@event);
        }

        EngagementState state;
        try
        {
            state = EngagementDecider.Replay(events);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new EngagementStreamException(engagementId, null, null, $"The engagement stream '{engagementId}' cannot be loaded: its events do not replay: {e.Message}", e);
        }

        return new StoredEngagement(engagementId, events, state);
    }

    /// <summary>
    /// Why the stream could not be read, found by reading its rows' <c>schemaVersion</c> directly: a row of a newer schema
    /// version is named with its version, anything else with what Marten said.
    /// </summary>
    private static async Task<EngagementStreamException> UnreadableAsync(IQuerySession session, string engagementId, Exception cause, CancellationToken cancellationToken)
    {
        var newest = EngagementEventJson.SchemaVersion;
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<string>(
            $"SELECT json_build_object('version', version, 'schemaVersion', data->'schemaVersion', 'type', type)::text FROM \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".mt_events WHERE stream_id = ? ORDER BY version",
            cancellationToken,
            engagementId).ConfigureAwait(false);
        foreach (var json in rows)
        {
            using var row = JsonDocument.Parse(json);
            var version = row.RootElement.GetProperty("version").GetInt64();
            var written = row.RootElement.GetProperty("schemaVersion");
            if (written.ValueKind == JsonValueKind.Number && written.TryGetInt32(out var schemaVersion) && schemaVersion > newest)
            {
                return new EngagementStreamException(
                    engagementId,
                    version,
                    schemaVersion,
                    $"The engagement stream '{engagementId}' cannot be loaded: its event at version {version.ToString(CultureInfo.InvariantCulture)} "
                    + $"(\"{row.RootElement.GetProperty("type").GetString()}\") was written with schema version {schemaVersion.ToString(CultureInfo.InvariantCulture)}; "
                    + $"this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version {newest.ToString(CultureInfo.InvariantCulture)}: update the packages.",
                    cause);
            }
        }

        return new EngagementStreamException(engagementId, null, null, $"The engagement stream '{engagementId}' cannot be loaded: {cause.Message}", cause);
    }

    /// <summary>What <see cref="HandleInAsync(NpgsqlConnection, NpgsqlTransaction, string, Func{EngagementState, IReadOnlyList{EngagementCommand}}, CancellationToken)"/> did.</summary>
    internal sealed record Handled(IReadOnlyList<Decision> Decisions, int Version, EngagementState State, bool Written, CommandOutcome.Conflict? Conflict)
    {
        public static Handled Conflicted(CommandOutcome.Conflict conflict, StoredEngagement loaded) => new([], loaded.Version, loaded.State, Written: false, conflict);
    }
}
