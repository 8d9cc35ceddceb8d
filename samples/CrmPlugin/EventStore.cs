using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace CrmPlugin;

/// <summary>
/// Engagement streams in one SQLite table, one JSON row per event:
/// <c>events(stream, version, type, at, json)</c>, keyed by <c>(stream, version)</c>.
/// </summary>
/// <remarks>
/// <para>Optimistic concurrency is the key's job: an append writes versions
/// <c>expectedVersion + 1, + 2 ...</c>, so two writers that loaded the same version both try to
/// write the same first row, and the database lets exactly one of them. The loser gets
/// <see cref="AppendResult.Conflict"/>, never an exception, and nothing of its batch is written:
/// a batch is one transaction.</para>
/// <para><c>type</c> and <c>at</c> are copies of the JSON's own fields, for people and queries
/// reading the table; <c>json</c> is what is read back.</para>
/// <para>One instance is one connection; it is not thread-safe. Each user or worker opens its own.</para>
/// </remarks>
internal sealed class EventStore : IDisposable
{
    // SQLITE_CONSTRAINT_PRIMARYKEY: the row (stream, version) is already there, someone appended first.
    private const int DuplicateVersion = 1555;

    // SQLITE_CONSTRAINT_TRIGGER: the version would leave a gap, the stream is shorter than expected.
    private const int VersionPastTheEnd = 1811;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS events (
            stream  TEXT    NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            type    TEXT    NOT NULL,
            at      TEXT    NOT NULL,
            json    TEXT    NOT NULL,
            PRIMARY KEY (stream, version)
        ) WITHOUT ROWID;

        -- The key stops two writers at the same version; this stops one that expects a version the
        -- stream has not reached, so every stream is 1, 2, 3 ... with no gap.
        CREATE TRIGGER IF NOT EXISTS events_follow_on BEFORE INSERT ON events
        WHEN NEW.version > 1 AND NOT EXISTS (SELECT 1 FROM events WHERE stream = NEW.stream AND version = NEW.version - 1)
        BEGIN
            SELECT RAISE(ABORT, 'an event must follow the one before it in its stream');
        END;
        """;

    private readonly SqliteConnection _connection;

    /// <summary>Opens the database at <paramref name="path"/>, creating the file and the table if they are not there.</summary>
    /// <exception cref="SqliteException">The file cannot be opened or created, or is not a SQLite database.</exception>
    public EventStore(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // Closed on Dispose, not kept in a pool: the file is free once the store is.
            Pooling = false,
        }.ToString();
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            using var create = _connection.CreateCommand();
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }
        catch
        {
            // Not a database, or not one this store can use: let the file go before saying so.
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>The streams in the store, by name.</summary>
    public IReadOnlyList<string> Streams()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT DISTINCT stream FROM events ORDER BY stream";
        using var reader = select.ExecuteReader();
        var streams = new List<string>();
        while (reader.Read())
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }

    /// <summary>A stream's events in order; an unknown stream is empty, at version 0.</summary>
    /// <exception cref="InvalidDataException">A row is not an event this version of the JSON package can read (written by a newer one, or edited by hand).</exception>
    public StoredStream Load(string stream)
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT version, json FROM events WHERE stream = $stream ORDER BY version";
        select.Parameters.AddWithValue("$stream", stream);
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(1));
        }

        try
        {
            // Each row read, and the rows replayed together: a row edited by hand, or one that does not fit
            // the rows before it, is refused here instead of loading a corrupt engagement.
            var events = EngagementEventJson.ReadEvents(rows);
            return new StoredStream(stream, events);
        }
        catch (ClientBoundariesJsonException e)
        {
            throw new InvalidDataException($"The events of '{stream}' cannot be loaded (row $[i] is version i + 1): {e.Message}", e);
        }
    }

    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="stream"/> if it is still at
    /// <paramref name="expectedVersion"/>: all of them, or none.
    /// </summary>
    /// <returns>
    /// <see cref="AppendResult.Appended"/> with the stream's new version, or
    /// <see cref="AppendResult.Conflict"/> with the version it is really at.
    /// </returns>
    public AppendResult Append(string stream, int expectedVersion, IReadOnlyList<EngagementEvent> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            // A command that changes nothing decides no event: there is nothing to write or to conflict with.
            return new AppendResult.Appended(expectedVersion);
        }

        var rows = new List<(string Type, string At, string Json)>(events.Count);
        foreach (var @event in events)
        {
            rows.Add(Row(@event));
        }

        // BeginTransaction is BEGIN IMMEDIATE: the write lock is taken first, so the batch goes in whole or not at all.
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO events (stream, version, type, at, json) VALUES ($stream, $version, $type, $at, $json)";
        var streamParameter = insert.Parameters.Add("$stream", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var json = insert.Parameters.Add("$json", SqliteType.Text);
        streamParameter.Value = stream;
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                version.Value = expectedVersion + 1 + i;
                (type.Value, at.Value, json.Value) = rows[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return new AppendResult.Appended(expectedVersion + rows.Count);
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode is DuplicateVersion or VersionPastTheEnd)
        {
            transaction.Rollback();
            return new AppendResult.Conflict(expectedVersion, VersionOf(stream));
        }
    }

    public void Dispose() => _connection.Dispose();

    private int VersionOf(string stream)
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = $stream";
        select.Parameters.AddWithValue("$stream", stream);
        return Convert.ToInt32(select.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The event's row: its JSON, and the type and instant the JSON itself names.</summary>
    private static (string Type, string At, string Json) Row(EngagementEvent @event)
    {
        var json = EngagementEventJson.WriteEvent(@event);
        return (EngagementEventJson.TypeNameOf(@event), InstantPattern.ExtendedIso.Format(@event.At), json);
    }
}
