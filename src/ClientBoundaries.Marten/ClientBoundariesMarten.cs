using System;
using ClientBoundaries.Serialization.SystemTextJson;
using JasperFx.Events;
using Marten;

namespace ClientBoundaries.Marten;

/// <summary>Sets up a Marten store for engagements: what <see cref="EngagementCommandHandler"/> and <see cref="EngagementSweep"/> need.</summary>
public static class ClientBoundariesMarten
{
    /// <summary>The due index's table, in the event store's schema: one row per engagement, with its next attention instant.</summary>
    public const string DueTable = "cb_engagement_due";

    /// <summary>
    /// Configures <paramref name="options"/> for engagements: streams keyed by string (one per engagement), every
    /// engagement event registered under its stable name (<c>"handed-off"</c>), serialized with
    /// ClientBoundaries.Serialization.SystemTextJson (so a row's <c>data</c> is the same versioned JSON as
    /// <see cref="EngagementEventJson.WriteEvent"/> writes), and the due index table with its index on the next attention
    /// instant, created with Marten's own tables.
    /// </summary>
    /// <remarks>
    /// Call it after setting the connection and <see cref="StoreOptions.DatabaseSchemaName"/> (the due table goes in the
    /// event store's schema), then create the tables at start-up as with any Marten store
    /// (<c>store.Storage.ApplyAllConfiguredChangesToDatabaseAsync()</c>). It replaces the store's serializer with
    /// System.Text.Json configured with this package's converters; your own documents keep System.Text.Json's defaults.
    /// </remarks>
    /// <param name="options">The store's options.</param>
    /// <returns>The same options, to chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static StoreOptions UseClientBoundaries(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSystemTextJsonForSerialization(configure: json => json.ConfigureForClientBoundaries());
        options.Events.StreamIdentity = StreamIdentity.AsString;
        foreach (var (type, name) in EventNames.All)
        {
            options.Events.MapEventType(type, name);
        }

        options.Storage.ExtendedSchemaObjects.Add(DueIndex.Table(options.Events.DatabaseSchemaName));
        return options;
    }
}
