using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson;
using NodaTime;

// Every value goes out and comes back through the context only (written by hand, with no reflection).
var context = ClientBoundariesJsonContext.Default;
var failures = 0;

void Check<T>(string what, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
{
    var json = JsonSerializer.Serialize(value, type);
    var back = JsonSerializer.Deserialize(json, type);
    var same = Equals(value, back);
    failures += same ? 0 : 1;
    Console.WriteLine($"{(same ? "ok  " : "FAIL")} {what}: {json.Length} characters");
}

Check("money", new Money(1500.50m, "EUR"), context.Money);

// The sample templates: loaded with every check, then through the context and back.
var agreements = new List<Agreement>();
foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
{
    var agreement = AgreementTemplate.Load(File.ReadAllText(file));
    agreements.Add(agreement);
    Check($"agreement {agreement.Id} v{agreement.Version}, {agreement.Stages.Count} stages", agreement, context.Agreement);
}

// A small engagement on the first template, decided and evolved as a host would, then its stream,
// its change order and its assessment (a week after the last event, with things due) through the context.
var start = Instant.FromUtc(2026, 3, 2, 8, 0);
var first = agreements[0];
var state = EngagementState.Initial;
var events = new List<EngagementEvent>();
void Do(EngagementCommand command)
{
    var decision = EngagementDecider.Decide(state, command);
    if (!decision.IsAccepted)
    {
        throw new InvalidOperationException($"{command} was refused: {decision}");
    }

    foreach (var @event in decision.Events)
    {
        events.Add(@event);
        state = EngagementDecider.Evolve(state, @event);
    }
}

Do(new EngagementCommand.Propose(first, start - Duration.FromDays(10)));
Do(new EngagementCommand.Sign(start - Duration.FromDays(9)));
Do(new EngagementCommand.ReceiveDeposit(first.PaymentTerms!.DepositAmount, start - Duration.FromDays(8)));
Do(new EngagementCommand.Schedule(new LocalDate(2026, 3, 2), start - Duration.FromDays(7)));
Do(new EngagementCommand.StartStage(first.Stages[0].Key, start + Duration.FromHours(1)));
Do(new EngagementCommand.RequestChange(new ChangeRequest(new ChangeRequestId("extra"), "Something more than agreed", PartyRole.Client, 400m, start + Duration.FromHours(2))));
var streamJson = JsonSerializer.Serialize<IReadOnlyList<EngagementEvent>>(events, context.IReadOnlyListEngagementEvent);
var streamBack = JsonSerializer.Deserialize(streamJson, context.IReadOnlyListEngagementEvent)!;
var sameStream = streamBack.SequenceEqual(events) && EngagementDecider.Replay(streamBack).Equals(state);
failures += sameStream ? 0 : 1;
Console.WriteLine($"{(sameStream ? "ok  " : "FAIL")} event stream of {events.Count} events: {streamJson.Length} characters");
foreach (var order in state.Scope.ChangeOrders)
{
    Check($"change order {order.Id} ({order.Status})", order, context.ChangeOrder);
}

var assessment = Assessor.Assess(state, start + Duration.FromDays(14));
Check($"assessment {assessment}", assessment, context.Assessment);

try
{
    JsonSerializer.Deserialize("""{"amount":1}""", context.Money);
    failures++;
    Console.WriteLine("FAIL bad money was accepted");
}
catch (ClientBoundariesJsonException e)
{
    Console.WriteLine($"ok   bad money refused: {e.Problems[0]}");
}

Console.WriteLine(failures == 0 ? "Trimmed round trips: all ok" : $"Trimmed round trips: {failures} failed");
return failures == 0 ? 0 : 1;
