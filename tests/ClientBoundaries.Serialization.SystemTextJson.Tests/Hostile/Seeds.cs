using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using NodaTime;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// The valid documents the fuzz starts from: real values (the test stories' agreements, engagements driven
/// through the decider, their assessments and change orders, commands of every type) written by the package
/// itself, and the sample templates as a CRM admin wrote them.
/// </summary>
internal static class Seeds
{
    private static readonly Lazy<EngagementDriver> Life = new(Stories.WholeLife);
    private static readonly Lazy<EngagementDriver> Ended = new(Stories.Terminated);
    private static readonly Lazy<EngagementDriver> Started = new(Stories.Scheduled);

    public static IReadOnlyList<Agreement> Agreements() => new[]
    {
        Samples.Agreement(),
        AgreementStories.HowWeWorkTogether().Build(),
        AgreementStories.Rich(),
        AgreementStories.RichAmendedTwice(),
    };

    /// <summary>The agreements as the package writes them, and the sample templates as they were written by hand.</summary>
    public static IReadOnlyList<string> AgreementTexts() =>
        Agreements().Select(a => JsonSerializer.Serialize(a, ClientBoundariesJsonContext.Default.Agreement))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText))
            .ToList();

    public static IReadOnlyList<Money> Money() => new[]
    {
        new Money(1500.50m, "EUR"),
        new Money(0m, "JPY"),
        new Money(-150m, "USD"),
        new Money(0.0001m, "IDR"),
    };

    /// <summary>The plans the engagements were scheduled with, and the whole life's last plan, re-planned with finished stages.</summary>
    public static IReadOnlyList<Plan> Plans() =>
        Life.Value.Events.Concat(Ended.Value.Events).OfType<EngagementEvent.Scheduled>().Select(s => s.Plan).Append(Life.Value.State.Plan!).ToList();

    /// <summary>Events of every type (<see cref="EventSamples.All"/>).</summary>
    public static IReadOnlyList<EngagementEvent> Events() => EventSamples.All;

    /// <summary>Whole streams: a whole life, a terminated one, one just scheduled.</summary>
    public static IReadOnlyList<IReadOnlyList<EngagementEvent>> Streams() => new[] { Life.Value.Events, Ended.Value.Events, Started.Value.Events };

    /// <summary>Lists of events as <c>Decide</c> returns them: a few events each, cut from the whole life.</summary>
    public static IReadOnlyList<IReadOnlyList<EngagementEvent>> EventLists()
    {
        var events = Life.Value.Events;
        return Enumerable.Range(0, (events.Count + 4) / 5).Select(i => (IReadOnlyList<EngagementEvent>)events.Skip(i * 5).Take(5).ToList())
            .Append(Array.Empty<EngagementEvent>())
            .ToList();
    }

    /// <summary>Commands of every type (<see cref="CommandSamples.All"/>).</summary>
    public static IReadOnlyList<EngagementCommand> Commands() => CommandSamples.All;

    /// <summary>Assessments along the whole life, each a day after an event, with reminders, consequences and communication due, and one with a deemed acceptance due.</summary>
    public static IReadOnlyList<Assessment> Assessments()
    {
        var state = EngagementState.Initial;
        var assessments = new List<Assessment> { Assessor.Assess(state, Madrid("2026-02-01T10:00")) };
        var events = Life.Value.Events;
        for (var i = 0; i < events.Count; i++)
        {
            state = EngagementDecider.Evolve(state, events[i]);
            if (i % 6 == 5)
            {
                assessments.Add(Assessor.Assess(state, events[i].At + Duration.FromDays(1)));
            }
        }

        // The client sits on the content without anyone acting: every reminder and consequence of its ladder due at once.
        assessments.Add(Assessor.Assess(Started.Value.State, Madrid("2026-04-01T10:00")));

        // A one-day acceptance window that closed on the discovery handed to the client: a deemed acceptance due.
        var windowed = new EngagementDriver()
            .Do(new EngagementCommand.Propose(Samples.Website().WithAcceptanceWindows(AcceptanceWindows.Of(1, WindowClosingPolicy.DeemsAccepted)).Build(), Madrid("2026-02-16T10:00")))
            .Do(new EngagementCommand.Sign(Madrid("2026-02-18T10:00")))
            .Do(new EngagementCommand.ReceiveDeposit(new Money(1500m, "EUR"), Madrid("2026-02-20T10:00")))
            .Do(new EngagementCommand.Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")))
            .Do(new EngagementCommand.StartStage(Samples.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Samples.Discovery, Madrid("2026-03-03T17:00")));
        assessments.Add(Assessor.Assess(windowed.State, Madrid("2026-03-09T10:00")));
        return assessments;
    }

    /// <summary>The scope decisions of the whole life: included, consumes-allowance, goodwill and out-of-scope.</summary>
    public static IReadOnlyList<ScopeDecision> ScopeDecisions() =>
        Life.Value.Events.OfType<EngagementEvent.ChangeRequested>().Select(c => c.Decision).ToList();

    /// <summary>The change orders of the whole life (accepted, declined, absorbed, out of scope) and of an engagement with one proposed and one proceeding.</summary>
    public static IReadOnlyList<ChangeOrder> ChangeOrders()
    {
        var open = Stories.Scheduled()
            .Do(new EngagementCommand.RequestChange(new ChangeRequest(new ChangeRequestId("gallery"), "Add a gallery", PartyRole.Client, 6m, Madrid("2026-03-02T10:20"))))
            .Do(new EngagementCommand.ProposeChangeOrder(new ChangeRequestId("gallery"), Madrid("2026-03-02T10:40"), new Money(999.99m, "EUR"), 3))
            .Do(new EngagementCommand.RequestChange(new ChangeRequest(new ChangeRequestId("newsletter"), "Add a newsletter signup", PartyRole.Client, 4m, Madrid("2026-03-02T10:50"))))
            .Do(new EngagementCommand.ProceedWhilePriced(new ChangeRequestId("newsletter"), Madrid("2026-03-02T11:00")));
        return Life.Value.State.Scope.ChangeOrders.Concat(open.State.Scope.ChangeOrders).ToList();
    }

    public static IReadOnlyList<IReadOnlyList<ChangeOrder>> ChangeOrderLists()
    {
        var orders = ChangeOrders();
        return new[] { orders, orders.Take(1).ToList(), Array.Empty<ChangeOrder>() };
    }
}
