// The shape of a CRM plugin that keeps its engagements in a real embedded database.
//
// A Lisbon web studio's CRM keeps each client's engagement as one event stream in SQLite
// (Microsoft.Data.Sqlite), one JSON row per event (EngagementEventJson.WriteEvent). Every command
// a user gives goes load -> replay -> decide -> append, expecting the version it loaded, and the
// table's key (stream, version) makes sure that when two users decide on the same version, exactly
// one append wins: the other gets a conflict, reloads and decides again. A nightly sweep loads
// every engagement, asks Assessor.Assess what is due at the sweep's moment (given, never read from
// a clock), records the stages whose acceptance window closed as deemed accepted, sends the
// reminders and applies the consequences, and appends what it did through the same command
// handler; run again at the same moment it does nothing, and a few days later it climbs to the
// next rung of each ladder. Four clients: one on time, one late with its content, one late with an
// invoice, and one that never answered the design it was sent, which counts as accepted when its
// five days run out, so its payment falls due. The one late with its content reads Spanish: what
// the sweep sends it is worded in Spanish, and the studio reads the same facts in English beside it.
//
// Run with:
//   dotnet run --project samples/CrmPlugin                          (a new database in a temp folder)
//   dotnet run --project samples/CrmPlugin -- --database artifacts/crm.db
//                                                                   (kept where git ignores it; run again, it is reused)
//   dotnet run --project samples/CrmPlugin -- --store postgres --connection "Host=localhost;Username=postgres;Database=crm"
//                                                                   (PostgreSQL through ClientBoundaries.Marten: Postgres.cs)
// The output is the same on every run but for the temp folder's name. On a terminal its sentences wrap at the terminal's
// width; redirected to a file or a pipe, each is one line.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
using CrmPlugin;
using Microsoft.Data.Sqlite;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

Console.OutputEncoding = Encoding.UTF8;

const string Option = "--database";
string database;
switch (args)
{
    case []:
        database = Path.Combine(Directory.CreateTempSubdirectory("crm-plugin-").FullName, "crm.db");
        break;
    case [Option, var path] when path.Length > 0:
        database = Path.GetFullPath(path);
        break;
    case [var option] when option.StartsWith(Option + "=", StringComparison.Ordinal) && option.Length > Option.Length + 1:
        database = Path.GetFullPath(option[(Option.Length + 1)..]);
        break;
    case ["--store", "postgres", "--connection", var connection] when connection.Length > 0:
        // The same CRM on PostgreSQL, through ClientBoundaries.Marten: see Postgres.cs.
        return Postgres.RunAsync(connection).GetAwaiter().GetResult();
    default:
        var help = args is ["--help"] or ["-h"];
        var output = help ? Console.Out : Console.Error;
        output.WriteLine("Usage: dotnet run --project samples/CrmPlugin [-- --database PATH | -- --store postgres --connection CONNECTION]");
        output.WriteLine("  --database PATH   the SQLite file that keeps the engagements; reused when it exists, its folder made");
        output.WriteLine("                    if missing (artifacts/crm.db: in the repository, where git ignores it). Without it:");
        output.WriteLine("                    a new database in a temp folder, so every run tells the same story");
        output.WriteLine("  --store postgres --connection CONNECTION");
        output.WriteLine("                    keep them in PostgreSQL instead, through Marten (an Npgsql connection string)");
        return help ? 0 : 2;
}

var existed = File.Exists(database);
EventStore store;
try
{
    Directory.CreateDirectory(Path.GetDirectoryName(database)!);
    store = new EventStore(database);
}
catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot keep the engagements in {database}: {e.Message}");
    return 1;
}

try
{
    Say("A CRM plugin: engagements in SQLite, one JSON row per event");
    var streams = store.Streams();
    if (existed && streams.Count > 0)
    {
        var events = streams.Sum(s => store.Load(s).Version);
        Say($"Database: {database}");
        Say($"It already holds {events} events in {streams.Count} engagements: reused. What was recorded before is not recorded again, and the sweeps do only what is new.");
    }
    else
    {
        Say($"Database: {database} (new{(args.Length == 0 ? "; name one with --database PATH to keep it, such as artifacts/crm.db" : string.Empty)})");
    }

    var handler = new CommandHandler(store);
    if (TellTheStories(store, handler))
    {
        TwoUsersAtOnce(database, handler);
    }
    else
    {
        Section("Two users, one engagement");
        Say($"Not again: it happened when this database was made ({Studio.AlderBooks.Stream} is at version {store.Load(Studio.AlderBooks.Stream).Version}).");
    }

    var sweep = new Sweep(store);
    var night = Studio.At("2026-03-19T02:00");
    RunSweep(sweep, store, night, "Nightly sweep", "first sweep");
    RunSweep(sweep, store, night, "The same sweep again, at the same moment (a retry after a crash, say)", "second sweep at the same instant");
    RunSweep(sweep, store, Studio.At("2026-03-25T02:00"), "Nightly sweep six days later", "sweep six days later");

    ShowRows(database, Studio.BirchDental.Stream);
}
catch (InvalidDataException e)
{
    // A row written by a newer release, or edited by hand: an engagement is never half-loaded.
    Console.Error.WriteLine(e.Message);
    return 1;
}
finally
{
    store.Dispose();
}

return 0;

// Each client's engagement, one command at a time through the store; a client already in the database is left as it is.
static bool TellTheStories(EventStore store, CommandHandler handler)
{
    Section($"{Studio.Name}'s clients, recorded through the event store");
    var told = new List<Client>();
    foreach (var client in Studio.Clients)
    {
        var before = store.Load(client.Stream).Version;
        if (before > 0)
        {
            Terminal.Row($"{client.Stream,-14} ", $"already in the database at version {before}: not recorded again");
            continue;
        }

        var commands = Stories.Of(client);
        var events = 0;
        foreach (var command in commands)
        {
            var decision = handler.Handle(client.Stream, command);
            events += decision.Events.Count;
            if (!decision.IsAccepted)
            {
                Terminal.Row($"{client.Stream,-14} ", $"refused {command.GetType().Name}: {decision.Violations[0].Message}");
            }
        }

        Terminal.Row($"{client.Stream,-14} ", $"{commands.Count} commands, {events} events appended, now at version {store.Load(client.Stream).Version}");
        told.Add(client);
    }

    if (told.Count > 0)
    {
        Terminal.Blank();
        Say($"On the evening of {Moments.Show(Stories.Evening, Studio.Calendar.Zone)}:");
        foreach (var client in told)
        {
            Terminal.Row($"{client.Stream,-14} ", $"{client.Name}: {Standing(store.Load(client.Stream).Replay(), Stories.Evening)}");
        }
    }

    return told.Contains(Studio.AlderBooks);
}

// Two users of the CRM, each with a connection of their own, decide on the same version of one engagement.
static void TwoUsersAtOnce(string database, CommandHandler handler)
{
    var stream = Studio.AlderBooks.Stream;
    using var ana = new EventStore(database);
    using var ben = new EventStore(database);
    var seenByAna = ana.Load(stream);
    var seenByBen = ben.Load(stream);
    var version = seenByAna.Version;
    Section($"Two users, one engagement: {stream} at version {version}");

    var accept = new AcceptStage(Studio.Content, Studio.At("2026-03-18T16:30"));
    var effort = new LogEffort(Studio.Content, PartyRole.Provider, 1.5m, Studio.At("2026-03-18T16:31"), "Answered questions about the photos");
    Say($"Ana loads version {seenByAna.Version} and accepts the content; Ben loads version {seenByBen.Version} and logs 1.5 hours on it.");
    var anaDecides = EngagementDecider.Decide(seenByAna.Replay(), accept.ExpectingVersion(seenByAna.Version));
    var benDecides = EngagementDecider.Decide(seenByBen.Replay(), effort.ExpectingVersion(seenByBen.Version));

    var anaFirst = ana.Append(stream, seenByAna.Version, anaDecides.Events);
    Say($"Ana appends at version {version}: {Describe(anaFirst)}");
    var benFirst = ben.Append(stream, seenByBen.Version, benDecides.Events);
    Say($"Ben appends at version {version}: {Describe(benFirst)}");
    var won = new[] { anaFirst, benFirst }.Count(result => result is AppendResult.Appended);
    Say($"{(won == 1 ? "exactly one" : won.ToString(CultureInfo.InvariantCulture))} of the two appends at version {version} won");

    // Ben's CRM reloads and decides again: the engagement has moved on, and his command still makes sense on it.
    var reloaded = ben.Load(stream);
    var stale = EngagementDecider.Decide(reloaded.Replay(), effort.ExpectingVersion(seenByBen.Version));
    Say($"Ben's old decision is refused by the decider too: {stale.Violations[0].Message}");
    var again = EngagementDecider.Decide(reloaded.Replay(), effort.ExpectingVersion(reloaded.Version));
    Say($"Ben reloads version {reloaded.Version}, decides again and appends: {Describe(ben.Append(stream, reloaded.Version, again.Events))}");

    // The design starts, through the same load -> replay -> decide -> append as any other command.
    handler.Handle(stream, new StartStage(Studio.Design, Studio.At("2026-03-18T17:00")));
    Say($"Ana starts the design: {stream} is at version {ana.Load(stream).Version}");

    string Describe(AppendResult result) => result switch
    {
        AppendResult.Appended appended => $"appended, {stream} is at version {appended.Version}",
        AppendResult.Conflict conflict => $"conflict, {stream} is at version {conflict.Actual}, not {conflict.Expected}; nothing was written",
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}

static void RunSweep(Sweep sweep, EventStore store, Instant at, string title, string label)
{
    Section($"{title}: {Moments.Show(at, Studio.Calendar.Zone)}");
    var report = sweep.Run(at);
    foreach (var action in report.Actions)
    {
        var outcome = action.Decision.IsAccepted ? string.Empty : $" REFUSED: {action.Decision.Violations[0].Message}";
        var language = action.Language == Language.English ? string.Empty : $", sent in {action.Language.Name}";
        Terminal.Row($"{action.Stream,-14} ", $"{action.What}{language}{outcome}");
        Terminal.Row($"{string.Empty,-14} ", $"{action.Words}");
        if (action.Language != Language.English)
        {
            // What was sent, in the words the studio reads: the same facts, worded in English.
            Terminal.Row($"{string.Empty,-14} ", $"In English, for the studio: {action.InEnglish}");
        }

        if (action.Decision.Events is [EngagementEvent.StageDeemedAccepted deemed])
        {
            // The acceptance invoices what an explicit one would have, from the window's close: the CRM bills it.
            var state = store.Load(action.Stream).Replay();
            foreach (var entry in OwedLedger.Of(state).Entries.Where(e => e.InvoicedAt == deemed.At && e.Key.Obligation is not null))
            {
                var due = entry.Due is { } date ? $", due {Moments.Show(date)}" : string.Empty;
                Terminal.Row($"{string.Empty,-14} ", $"Now owed: {NameOf(entry.Key.Obligation!, state.Agreement!)}, {Amount(entry.Amount)}{due}");
            }
        }
    }

    Say($"{label}: {report.Summary()}");
}

// The rows of one stream as the table holds them, and the JSON of its last row.
static void ShowRows(string database, string stream)
{
    Section($"What the table holds for {stream}");
    using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
    connection.Open();
    using var select = connection.CreateCommand();
    select.CommandText = "SELECT version, type, at, json FROM events WHERE stream = $stream ORDER BY version";
    select.Parameters.AddWithValue("$stream", stream);
    using var reader = select.ExecuteReader();
    var json = string.Empty;
    Say($"{"version",-8} {"type",-20} at");
    while (reader.Read())
    {
        Say($"{reader.GetInt64(0).ToString(CultureInfo.InvariantCulture),-8} {reader.GetString(1),-20} {reader.GetString(2)}");
        json = reader.GetString(3);
    }

    Say($"json of the last row: {json}");
}

// Where an engagement stands: whose move, what is expected, by when, and what is late.
static string Standing(EngagementState state, Instant at)
{
    var agreement = state.Agreement!;
    var ball = state.Ball!;
    var who = agreement.PartyOf(ball.Party).Name;
    var due = ball.DueBy is { } date ? $", due {Moments.Show(date)}" : string.Empty;
    var late = Assessor.Assess(state, at).Obligations.Where(o => o.BusinessDaysLate > 0)
        .Select(o => $"; {NameOf(o.Obligation, agreement)} is {o.BusinessDaysLate} business day{(o.BusinessDaysLate == 1 ? string.Empty : "s")} late");
    return $"{who}'s move, \"{ball.Expectation}\"{due}{string.Concat(late)}";
}

// An obligation as a person names it: the stage by its title, a payment by what it pays for.
static string NameOf(ObligationKey obligation, Agreement agreement) =>
    obligation == ObligationKey.Deposit ? "the deposit"
    : obligation == ObligationKey.FinalPayment ? "the final payment"
    : obligation.Kind == ObligationKind.MilestonePayment ? $"the payment after \"{agreement.FindStage(obligation.Stage!)!.Name}\""
    : obligation.Stage is { } stage ? $"\"{agreement.FindStage(stage)!.Name}\""
    : obligation.ToString();

// "2,400.00 EUR", the same on every machine.
static string Amount(Money money) => $"{money.Amount.ToString("#,0.00", CultureInfo.InvariantCulture)} {money.Currency}";

static void Section(string title) => Terminal.Heading(title);

// A sentence from the margin, wrapped at the terminal's width (whole when redirected).
static void Say(string text) => Terminal.Say(text, indent: 0);
