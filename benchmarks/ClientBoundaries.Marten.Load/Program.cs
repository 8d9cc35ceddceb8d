// Load on the Marten package, against a real PostgreSQL: a throwaway cluster of its own (as the tests start one), or the
// server --connection names (a database it may fill and empty).
//
//   dotnet run -c Release --project benchmarks/ClientBoundaries.Marten.Load [-- --connection "Host=...;Database=..."]
//       [--seconds 5] [--engagements 1000000] [--due-percent 1]
//
// 1. Commands per second through EngagementCommandHandler, with 1, 4 and 16 writers on streams of their own, and on one
//    hot stream (each writer loads, decides on the version it loaded, and retries on a conflict: the conflict rate).
// 2. The due query: ListDueAsync over the due index of N engagements of which 1% are due (median of 20).
// 3. A full sweep at that instant by 1 worker, then (the same state restored) by 2 workers at once.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using ClientBoundaries.Marten;
using ClientBoundaries.Marten.Tests;
using ClientBoundaries.Primitives;
using CrmPlugin;
using JasperFx;
using Marten;
using NodaTime;
using Npgsql;
using static ClientBoundaries.Engagements.EngagementCommand;

var options = ReadOptions(args);
string server;
if (options.TryGetValue("--connection", out var given))
{
    server = given;
}
else
{
    Console.WriteLine("No --connection: starting a throwaway PostgreSQL cluster (as the tests do).");
    server = PostgresCluster.Instance.ConnectionString("postgres");
}

var seconds = int.Parse(options.GetValueOrDefault("--seconds", "5"), CultureInfo.InvariantCulture);
var engagements = int.Parse(options.GetValueOrDefault("--engagements", "1000000"), CultureInfo.InvariantCulture);
var duePercent = int.Parse(options.GetValueOrDefault("--due-percent", "1"), CultureInfo.InvariantCulture);

var database = "cb_load";
await Sql(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
await Sql(server, $"CREATE DATABASE {database}");
var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 64 }.ConnectionString;
using var store = DocumentStore.For(o =>
{
    o.Connection(connection);
    o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    o.UseClientBoundaries();
});
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
var handler = new EngagementCommandHandler(store);
Console.WriteLine($"PostgreSQL {await Scalar<string>(connection, "SHOW server_version")}, {Environment.ProcessorCount} cores seen by .NET {Environment.Version}");

Console.WriteLine();
Console.WriteLine($"== Commands per second through the handler ({seconds} s each)");
Console.WriteLine("writers | streams  | commands/s | accepted | conflicts | conflict rate");
foreach (var writers in new[] { 1, 4, 16 })
{
    await Writers(writers, hot: false);
}

foreach (var writers in new[] { 1, 4, 16 })
{
    await Writers(writers, hot: true);
}

Console.WriteLine();
var night = Studio.At("2026-03-19T02:00");
var due = engagements * duePercent / 100;
Console.WriteLine($"== Seeding {engagements:N0} engagements, {due:N0} due at {night}");
var seed = Stopwatch.StartNew();
await Seed(engagements, due, night);
Console.WriteLine($"seeded in {seed.Elapsed.TotalSeconds:F1} s");

Console.WriteLine();
Console.WriteLine("== The due query: ListDueAsync(night, limit) over the due index");
var timings = new List<double>();
IReadOnlyList<DueEngagement> listed = [];
for (var i = 0; i < 21; i++)
{
    var watch = Stopwatch.StartNew();
    listed = await handler.ListDueAsync(night, due + 1000);
    watch.Stop();
    if (i > 0)
    {
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }
}

timings.Sort();
Console.WriteLine($"listed {listed.Count:N0} due engagements: median {timings[timings.Count / 2]:F1} ms, min {timings[0]:F1} ms, max {timings[^1]:F1} ms (20 runs after one warm-up)");
var plan = await Plan(connection, $"EXPLAIN (ANALYZE, FORMAT TEXT) SELECT engagement_id, next_attention_at FROM {ClientBoundariesMarten.DueTable} WHERE next_attention_at <= '{night.ToDateTimeUtc():O}' ORDER BY next_attention_at, engagement_id LIMIT {due + 1000}");
Console.WriteLine("plan:");
Console.WriteLine(plan);

Console.WriteLine();
Console.WriteLine($"== A full sweep at {night}: {due:N0} due engagements among {engagements:N0}");
foreach (var workers in new[] { 1, 2 })
{
    await Restore(due, night);
    var watch = Stopwatch.StartNew();
    var reports = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => new EngagementSweep(handler).RunAsync(night))));
    watch.Stop();
    var swept = reports.Sum(r => r.Engagements);
    var events = reports.Sum(r => r.EventsAppended);
    Console.WriteLine(
        $"{workers} worker(s): {swept:N0} engagements swept ({string.Join(" + ", reports.Select(r => r.Engagements.ToString("N0", CultureInfo.InvariantCulture)))}), "
        + $"{events:N0} events appended, in {watch.Elapsed.TotalSeconds:F1} s: {swept / watch.Elapsed.TotalSeconds:F0} engagements/s");
    var version = (await handler.LoadAsync("template")).Version;
    var counts = await Scalar<string>(connection, $"SELECT string_agg(n || ' event(s): ' || c || ' engagements', ', ') FROM (SELECT n, count(*) c FROM (SELECT s.id, count(e.seq_id) n FROM mt_streams s LEFT JOIN mt_events e ON e.stream_id = s.id AND e.version > {version} WHERE s.id LIKE 'e-%' GROUP BY s.id) x GROUP BY n ORDER BY n) y");
    Console.WriteLine($"   sweep events per seeded engagement: {counts}; left to the next sweep: {reports.Sum(r => r.Conflicted.Count)}");
}

await Sql(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
return 0;

// Writers give LogEffort commands for `seconds`: each to a stream of its own, or all to one.
async Task Writers(int writers, bool hot)
{
    var prefix = hot ? $"hot-{writers}" : $"cold-{writers}";
    var streams = Enumerable.Range(0, hot ? 1 : writers).Select(i => $"{prefix}-{i}").ToList();
    foreach (var stream in streams)
    {
        await Tell(stream, Stories.Of(Studio.AlderBooks).Take(5));
    }

    var start = Studio.At("2026-03-11T10:00");
    long accepted = 0, conflicts = 0;
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        var stream = streams[hot ? 0 : w];
        while (!stop.IsCancellationRequested)
        {
            var loaded = await handler.LoadAsync(stream);

            // A minute per version: later than every event before it, the same for writers that loaded the same version.
            var command = new LogEffort(Studio.Content, PartyRole.Provider, 0.25m, start + Duration.FromMinutes(loaded.Version), "Load")
                .ExpectingVersion(loaded.Version);
            switch (await handler.HandleAsync(stream, command))
            {
                case CommandOutcome.Decided { Decision.IsAccepted: true }:
                    Interlocked.Increment(ref accepted);
                    break;
                case CommandOutcome.Conflict:
                    Interlocked.Increment(ref conflicts);
                    break;
                case var other:
                    throw new InvalidOperationException($"Refused: {other}");
            }
        }
    })));
    watch.Stop();
    Console.WriteLine(
        $"{writers,7} | {(hot ? "one hot" : "distinct"),-8} | {accepted / watch.Elapsed.TotalSeconds,10:F0} | {accepted,8} | {conflicts,9} | {(double)conflicts / Math.Max(1, accepted + conflicts),12:P1}");
}

async Task Tell(string stream, IEnumerable<EngagementCommand> commands)
{
    foreach (var command in commands)
    {
        if (await handler.HandleAsync(stream, command) is not CommandOutcome.Decided { Decision.IsAccepted: true } )
        {
            throw new InvalidOperationException($"{stream}: {command} was not accepted");
        }
    }
}

// The due index gets `count` rows by INSERT ... SELECT generate_series; the `due` of them that are due also get a whole
// stream (Birchwood Dental's late story, 8 events, copied row for row in mt_streams and mt_events), so the sweep loads,
// decides and appends on real engagements. The others are due-index rows only: the due query and the sweep never read
// their streams, since they are not due.
async Task Seed(int count, int dueCount, Instant at)
{
    await Tell("template", Stories.Of(Studio.BirchDental));
    var template = await handler.LoadAsync("template");
    var templateNext = template.State.NextAttentionAt!.Value;
    Console.WriteLine($"template: {Studio.BirchDental.Name}'s story, {template.Version} events, next attention {templateNext} (due at the sweep's instant: {templateNext <= at})");

    // Only the seeded engagements in the due index: the writers' streams above and the template are not part of it.
    await Sql(connection, $"DELETE FROM {ClientBoundariesMarten.DueTable}");
    var nextUtc = templateNext.ToDateTimeUtc().ToString("O", CultureInfo.InvariantCulture);
    var atUtc = at.ToDateTimeUtc().ToString("O", CultureInfo.InvariantCulture);

    // Every 100th (for 1%) is due, at the template's instant; the rest fall due over the next year, after the sweep.
    var every = count / Math.Max(1, dueCount);
    await Sql(connection, $"""
        INSERT INTO {ClientBoundariesMarten.DueTable} (engagement_id, next_attention_at)
        SELECT 'e-' || lpad(n::text, 7, '0'),
               CASE WHEN n % {every} = 0 THEN '{nextUtc}'::timestamptz
                    ELSE '{atUtc}'::timestamptz + make_interval(secs => 1 + (hashint4(n)::bigint & 2147483647) % 31536000) END
        FROM generate_series(1, {count}) AS n
        """);
    var streamColumns = await Columns("mt_streams", "id");
    var eventColumns = await Columns("mt_events", "seq_id", "id", "stream_id");
    await Sql(connection, $"""
        INSERT INTO mt_streams (id, {string.Join(", ", streamColumns)})
        SELECT 'e-' || lpad(n::text, 7, '0'), {string.Join(", ", streamColumns.Select(c => "s." + c))}
        FROM mt_streams s, generate_series(1, {count}) AS n WHERE s.id = 'template' AND n % {every} = 0
        """);
    await Sql(connection, $"""
        INSERT INTO mt_events (seq_id, id, stream_id, {string.Join(", ", eventColumns)})
        SELECT nextval('mt_events_sequence'), gen_random_uuid(), 'e-' || lpad(n::text, 7, '0'), {string.Join(", ", eventColumns.Select(c => "e." + c))}
        FROM mt_events e, generate_series(1, {count}) AS n WHERE e.stream_id = 'template' AND n % {every} = 0
        ORDER BY n, e.version
        """);
    await Sql(connection, "VACUUM ANALYZE");
    Console.WriteLine(
        $"due index: {await Scalar<long>(connection, $"SELECT count(*) FROM {ClientBoundariesMarten.DueTable} WHERE engagement_id LIKE 'e-%'"):N0} rows, "
        + $"{await Scalar<long>(connection, $"SELECT count(*) FROM {ClientBoundariesMarten.DueTable} WHERE next_attention_at <= '{atUtc}'"):N0} due; "
        + $"streams: {await Scalar<long>(connection, "SELECT count(*) FROM mt_streams WHERE id LIKE 'e-%'"):N0}, "
        + $"events: {await Scalar<long>(connection, "SELECT count(*) FROM mt_events WHERE stream_id LIKE 'e-%'"):N0}");

    async Task<List<string>> Columns(string table, params string[] except)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = @t AND table_schema = 'public' AND is_generated = 'NEVER' ORDER BY ordinal_position", c);
        command.Parameters.AddWithValue("t", table);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names.Where(n => !except.Contains(n)).ToList();
    }
}

// Back to the seeded state: the sweep's events removed, the streams at the template's version, the due rows due and unvisited.
async Task Restore(int dueCount, Instant at)
{
    var template = await handler.LoadAsync("template");
    var templateNext = template.State.NextAttentionAt!.Value.ToDateTimeUtc().ToString("O", CultureInfo.InvariantCulture);
    await Sql(connection, $"DELETE FROM mt_events WHERE stream_id LIKE 'e-%' AND version > {template.Version}");
    await Sql(connection, $"UPDATE mt_streams SET version = {template.Version} WHERE id LIKE 'e-%' AND version <> {template.Version}");
    await Sql(connection, $"UPDATE {ClientBoundariesMarten.DueTable} SET next_attention_at = '{templateNext}'::timestamptz, swept_at = NULL WHERE engagement_id IN (SELECT id FROM mt_streams WHERE id LIKE 'e-%')");
    await Sql(connection, "VACUUM ANALYZE");
}

static async Task Sql(string connectionString, string sql)
{
    await using var c = new NpgsqlConnection(connectionString);
    await c.OpenAsync();
    await using var command = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
    await command.ExecuteNonQueryAsync();
}

static async Task<T> Scalar<T>(string connectionString, string sql)
{
    await using var c = new NpgsqlConnection(connectionString);
    await c.OpenAsync();
    await using var command = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
    var result = await command.ExecuteScalarAsync();
    if (typeof(T) == typeof(string) && result is not string)
    {
        // EXPLAIN: one row per line of the plan; the first is enough.
        return (T)(object)(result?.ToString() ?? string.Empty);
    }

    return (T)result!;
}

static async Task<string> Plan(string connectionString, string sql)
{
    await using var c = new NpgsqlConnection(connectionString);
    await c.OpenAsync();
    await using var command = new NpgsqlCommand(sql, c);
    await using var reader = await command.ExecuteReaderAsync();
    var lines = new List<string>();
    while (await reader.ReadAsync())
    {
        lines.Add("   " + reader.GetString(0));
    }

    return string.Join(Environment.NewLine, lines);
}

static Dictionary<string, string> ReadOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i]] = args[i + 1];
    }

    return options;
}
