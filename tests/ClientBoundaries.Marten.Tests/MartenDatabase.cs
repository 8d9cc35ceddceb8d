using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using JasperFx;
using Marten;
using Npgsql;
using Xunit;

namespace ClientBoundaries.Marten.Tests;

/// <summary>
/// A database of one test class's own in the run's <see cref="PostgresCluster"/>, with a Marten store configured by
/// <see cref="ClientBoundariesMarten.UseClientBoundaries"/> and its tables created; dropped when the class is done. Made
/// only when a test asks for it, so a skipped class starts nothing.
/// </summary>
public sealed class MartenDatabase : IAsyncLifetime
{
    private static int _count;
    private readonly string _name = $"cb_test_{Environment.ProcessId}_{Interlocked.Increment(ref _count)}";
    private readonly Lazy<Task<DocumentStore>> _store;

    public MartenDatabase()
    {
        _store = new Lazy<Task<DocumentStore>>(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The class's store, its database made on first use.</summary>
    public Task<DocumentStore> StoreAsync() => _store.Value;

    private async Task<DocumentStore> CreateAsync()
    {
        var cluster = PostgresCluster.Instance;
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = cluster.ConnectionString(_name);
        var store = DocumentStore.For(options =>
        {
            options.Connection(ConnectionString);
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseClientBoundaries();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A handler over the class's store.</summary>
    public async Task<EngagementCommandHandler> HandlerAsync() => new(await StoreAsync());

    /// <summary>Gives each command to the handler in turn, and checks each is accepted: an engagement's story, stored.</summary>
    public static async Task TellAsync(EngagementCommandHandler handler, string engagementId, IEnumerable<EngagementCommand> commands)
    {
        foreach (var command in commands)
        {
            var outcome = await handler.HandleAsync(engagementId, command);
            if (outcome is not CommandOutcome.Decided { Decision.IsAccepted: true })
            {
                throw new InvalidOperationException($"{engagementId}: {command.GetType().Name} was not accepted: {outcome}");
            }
        }
    }

    /// <summary>One value read with SQL in the class's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        var result = await RunAsync(sql, parameters, command => command.ExecuteScalarAsync());
        return (T)Convert.ChangeType(result!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs SQL in the class's database.</summary>
    public Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters) =>
        RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync());

    private async Task<TResult> RunAsync<TResult>(string sql, (string Name, object Value)[] parameters, Func<NpgsqlCommand, Task<TResult>> run)
    {
        await StoreAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await run(command);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (!_store.IsValueCreated)
        {
            return;
        }

        (await _store.Value).Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresCluster.Instance.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
