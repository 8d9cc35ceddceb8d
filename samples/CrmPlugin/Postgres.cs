using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using ClientBoundaries.Marten;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
using JasperFx;
using Marten;
using NodaTime;
using Npgsql;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace CrmPlugin;

/// <summary>
/// The same CRM on PostgreSQL, through the ClientBoundaries.Marten package (<c>--store postgres --connection ...</c>):
/// the four clients' stories through <see cref="EngagementCommandHandler"/>, two users deciding on one version, and the
/// nightly sweeps through <see cref="EngagementSweep"/>, which reads only what the due index lists as due.
/// </summary>
internal static class Postgres
{
    /// <summary>Tells the stories in the database <paramref name="connection"/> names, or reuses what it holds.</summary>
    public static async Task<int> RunAsync(string connection)
    {
        DocumentStore store;
        try
        {
            store = DocumentStore.For(options =>
            {
                options.Connection(connection);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseClientBoundaries();
            });
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            Console.Error.WriteLine($"Cannot keep the engagements in PostgreSQL ({e.GetType().Name}): {e.Message}");
            return 1;
        }

        using (store)
        {
            Say("A CRM plugin: engagements in PostgreSQL through Marten, one stream per engagement");
            var handler = new EngagementCommandHandler(store);
            Section($"{Studio.Name}'s clients, recorded through the command handler");
            var told = false;
            foreach (var client in Studio.Clients)
            {
                var before = (await handler.LoadAsync(client.Stream)).Version;
                if (before > 0)
                {
                    Terminal.Row($"{client.Stream,-14} ", $"already in the database at version {before}: not recorded again");
                    continue;
                }

                var events = 0;
                foreach (var command in Stories.Of(client))
                {
                    var outcome = (CommandOutcome.Decided)await handler.HandleAsync(client.Stream, command);
                    events += outcome.Decision.Events.Count;
                }

                Terminal.Row($"{client.Stream,-14} ", $"{Stories.Of(client).Count} commands, {events} events appended, now at version {(await handler.LoadAsync(client.Stream)).Version}");
                told |= client == Studio.AlderBooks;
            }

            if (told)
            {
                await TwoUsersAtOnceAsync(handler);
            }

            var night = Studio.At("2026-03-19T02:00");
            Section($"Due at {Moments.Show(night, Studio.Calendar.Zone)}, from the due index");
            foreach (var due in await handler.ListDueAsync(night, 100))
            {
                Terminal.Row($"{due.EngagementId,-14} ", $"needs attention since {Moments.Show(due.NextAttentionAt, Studio.Calendar.Zone)}");
            }

            await SweepAsync(handler, night, "first sweep");
            await SweepAsync(handler, night, "second sweep at the same instant");
            await SweepAsync(handler, Studio.At("2026-03-25T02:00"), "sweep six days later");
        }

        return 0;
    }

    private static async Task TwoUsersAtOnceAsync(EngagementCommandHandler handler)
    {
        var stream = Studio.AlderBooks.Stream;
        var seen = await handler.LoadAsync(stream);
        Section($"Two users, one engagement: {stream} at version {seen.Version}");
        var accept = new AcceptStage(Studio.Content, Studio.At("2026-03-18T16:30")).ExpectingVersion(seen.Version);
        var effort = new LogEffort(Studio.Content, PartyRole.Provider, 1.5m, Studio.At("2026-03-18T16:31"), "Answered questions about the photos");
        Say($"Ana and Ben both load version {seen.Version}; Ana accepts the content, Ben logs 1.5 hours on it.");
        Say($"Ana: {Describe(await handler.HandleAsync(stream, accept))}");
        Say($"Ben: {Describe(await handler.HandleAsync(stream, effort.ExpectingVersion(seen.Version)))}");
        var reloaded = await handler.LoadAsync(stream);
        Say($"Ben reloads version {reloaded.Version} and gives it again: {Describe(await handler.HandleAsync(stream, effort.ExpectingVersion(reloaded.Version)))}");
        Say($"Ana starts the design: {Describe(await handler.HandleAsync(stream, new StartStage(Studio.Design, Studio.At("2026-03-18T17:00"))))}");
    }

    private static async Task SweepAsync(EngagementCommandHandler handler, Instant at, string label)
    {
        Section($"Sweep at {Moments.Show(at, Studio.Calendar.Zone)}");
        var report = await new EngagementSweep(handler).RunAsync(at);
        foreach (var action in report.Actions)
        {
            var outcome = action.Decision.IsAccepted ? string.Empty : $" REFUSED: {action.Decision.Violations[0].Message}";
            Terminal.Row($"{action.EngagementId,-14} ", $"{action.Command.GetType().Name}{outcome}");
        }

        var done = report.Done;
        var summary = done.Count == 0
            ? "nothing to do"
            : $"{Count(done.Count, "action")} on {done.Select(a => a.EngagementId).Distinct().Count().ToString(CultureInfo.InvariantCulture)} engagements, "
              + $"{Count(report.EventsAppended, "event")} appended";
        Say($"{label}: {summary}");
    }

    private static string Describe(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Decided { Decision.IsAccepted: true } done => $"stored, {done.EngagementId} is at version {done.Version}",
        CommandOutcome.Decided refused => $"refused: {refused.Decision.Violations[0].Message}",
        CommandOutcome.Conflict conflict => $"conflict, {conflict.EngagementId} is at version {conflict.Actual}, not {conflict.Expected}; nothing was written",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    // A sentence from the margin, wrapped at the terminal's width (whole when redirected).
    private static void Say(string text) => Terminal.Say(text, indent: 0);

    private static string Count(int count, string what) => $"{count.ToString(CultureInfo.InvariantCulture)} {what}{(count == 1 ? string.Empty : "s")}";

    private static void Section(string title) => Terminal.Heading(title);
}
