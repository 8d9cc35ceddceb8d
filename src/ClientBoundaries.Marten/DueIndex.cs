using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClientBoundaries.Marten;

/// <summary>
/// The due index: <c>cb_engagement_due(engagement_id, next_attention_at, swept_at)</c>, one row per engagement, written
/// in the transaction that appends to its stream, so it never disagrees with the stream. The sweep reads only the rows
/// whose next attention instant has come, through the index on that column.
/// </summary>
internal sealed class DueIndex
{
    private readonly string _table;

    public DueIndex(string schema)
    {
        _table = Qualified(schema);
    }

    /// <summary>The table as Marten's schema tooling creates and migrates it.</summary>
    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, ClientBoundariesMarten.DueTable, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("engagement_id").AsPrimaryKey();

        // Null: nothing will ever fall due (the engagement is complete or terminated, or not yet scheduled).
        table.AddColumn("next_attention_at", "timestamptz").AllowNulls();

        // The sweep instant that last visited the row: a sweep does not visit it twice at one instant.
        table.AddColumn("swept_at", "timestamptz").AllowNulls();
        table.Indexes.Add(new IndexDefinition("ix_" + ClientBoundariesMarten.DueTable + "_next_attention_at") { Columns = ["next_attention_at"] });
        return table;
    }

    /// <summary>The table's name, schema-qualified and quoted.</summary>
    public string Name => _table;

    /// <summary>
    /// Takes the engagement's row lock for the rest of <paramref name="transaction"/>, creating the row if there is none:
    /// every writer of one engagement queues here, in one order (due row, then stream), so two never deadlock.
    /// </summary>
    public async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string engagementId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_table} (engagement_id) VALUES (@id) ON CONFLICT (engagement_id) DO UPDATE SET engagement_id = EXCLUDED.engagement_id",
            connection,
            transaction);
        command.Parameters.AddWithValue("id", engagementId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the engagement's next attention instant, in the transaction of the append that changed it.</summary>
    public async Task SetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string engagementId, Instant? nextAttentionAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"UPDATE {_table} SET next_attention_at = @next WHERE engagement_id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", engagementId);
        command.Parameters.Add(new NpgsqlParameter("next", NpgsqlDbType.TimestampTz) { Value = ToDatabase(nextAttentionAt) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the next engagement due at <paramref name="at"/> that no sweep at <paramref name="at"/> has visited and no
    /// other transaction holds (<c>FOR UPDATE SKIP LOCKED</c>), locked until <paramref name="transaction"/> ends.
    /// </summary>
    public async Task<string?> TakeNextAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Instant at, IReadOnlyList<string> except, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT engagement_id FROM {_table}
            WHERE next_attention_at <= @at AND (swept_at IS NULL OR swept_at < @at) AND NOT (engagement_id = ANY(@except))
            ORDER BY next_attention_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """,
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at.ToDateTimeUtc() });
        command.Parameters.Add(new NpgsqlParameter("except", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = except.ToArray() });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Marks the engagement visited by the sweep at <paramref name="at"/>.</summary>
    public async Task MarkSweptAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string engagementId, Instant at, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"UPDATE {_table} SET swept_at = @at WHERE engagement_id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", engagementId);
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at.ToDateTimeUtc() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The engagements due at <paramref name="at"/>, soonest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<DueEngagement>> ListAsync(NpgsqlConnection connection, Instant at, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT engagement_id, next_attention_at FROM {_table} WHERE next_attention_at <= @at ORDER BY next_attention_at, engagement_id LIMIT @limit",
            connection);
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at.ToDateTimeUtc() });
        command.Parameters.AddWithValue("limit", limit);
        var due = new List<DueEngagement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            due.Add(new DueEngagement(reader.GetString(0), Instant.FromDateTimeUtc(reader.GetDateTime(1))));
        }

        return due;
    }

    /// <summary>The engagement's row: null when it has none, else its next attention instant (itself null when nothing will fall due).</summary>
    public async Task<(bool Found, Instant? NextAttentionAt)> FindAsync(NpgsqlConnection connection, string engagementId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT next_attention_at FROM {_table} WHERE engagement_id = @id", connection);
        command.Parameters.AddWithValue("id", engagementId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return (false, null);
        }

        return (true, reader.IsDBNull(0) ? null : Instant.FromDateTimeUtc(reader.GetDateTime(0)));
    }

    private static object ToDatabase(Instant? at) => at is { } a ? a.ToDateTimeUtc() : DBNull.Value;

    private static string Qualified(string schema) => Quote(schema) + "." + Quote(ClientBoundariesMarten.DueTable);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
