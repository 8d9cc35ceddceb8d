using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// A realistic engagement stream of exactly <see cref="StreamLength"/> events, made by the decider
/// itself: a Madrid studio and a New York client through five stages, with a pause, a revision
/// loop back to the studio, submissions, and mostly effort logged day after day.
/// </summary>
public static class EngagementFixture
{
    /// <summary>How many events the stream holds.</summary>
    public const int StreamLength = 1000;

    private static readonly StageKey[] Stages =
    {
        new("discovery"), new("content"), new("design"), new("feedback"), new("build"),
    };

    /// <summary>The agreement every event stream here starts from.</summary>
    public static Agreement Agreement { get; } = NewAgreement();

    /// <summary>The 1,000-event stream.</summary>
    public static IReadOnlyList<EngagementEvent> Stream { get; } = Build(Agreement, out _);

    /// <summary>The state halfway through the design stage, where the per-command benchmarks act.</summary>
    public static EngagementState DesignUnderWay { get; } = HalfwayThroughDesign();

    /// <summary>A fresh copy of the agreement, with calendars of its own (for measuring what one engagement holds).</summary>
    /// <returns>The agreement.</returns>
    public static Agreement NewAgreement()
    {
        var bakery = new BusinessCalendar(DateTimeZoneProviders.Tzdb["America/New_York"], WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);
        return new AgreementBuilder(new AgreementId("bench-website"), "Benchmark website")
            .WithProvider("Studio", CalendarFixture.Madrid)
            .WithClient("Bakery", bakery)
            .AddStage(Stages[0], "Discovery call", PartyRole.Provider, 2)
            .AddStage(Stages[1], "Client sends content", PartyRole.Client, 10)
            .AddStage(Stages[2], "Design draft", PartyRole.Provider, 10, s => s.BudgetsHours(40m))
            .AddStage(Stages[3], "Client feedback", PartyRole.Client, 5)
            .AddStage(Stages[4], "Build and launch", PartyRole.Provider, 15, s => s.BudgetsHours(80m))
            .WithPaymentTerms(new PaymentTerms(new Money(8400m, "EUR"), Charge.PercentOfTotal(30m)))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .Build();
    }

    /// <summary>Makes the stream by deciding commands one after another, as a host would.</summary>
    /// <param name="agreement">The agreement to start from.</param>
    /// <param name="state">The state after the last event.</param>
    /// <returns>The events, exactly <see cref="StreamLength"/> of them.</returns>
    public static IReadOnlyList<EngagementEvent> Build(Agreement agreement, out EngagementState state)
    {
        var script = new Script(agreement);
        script.Do(new Sign(script.Tick()));
        script.Do(new ReceiveDeposit(new Money(2520m, "EUR"), script.Tick()));
        script.Do(new Schedule(new LocalDate(2026, 6, 1), script.Tick()));

        // Effort logs fill the stream to its length; the other events are the work's milestones.
        // 4 lifecycle, 3 per stage (start, submission, handoff), a pause and a resumption, a revision and
        // its second handoff, the final acceptance and the completion it brings, and an acceptance deemed each time a
        // party starts its stage after the other's (moving on accepts what was handed to it).
        var movesOn = 0;
        for (var i = 1; i < Stages.Length; i++)
        {
            movesOn += agreement.Stages[i].Owner != agreement.Stages[i - 1].Owner ? 1 : 0;
        }

        var milestones = 25 + movesOn;
        var effortPerStage = (StreamLength - milestones) / Stages.Length;
        for (var i = 0; i < Stages.Length; i++)
        {
            var stage = Stages[i];
            script.Do(new StartStage(stage, script.Tick()));
            var effort = i == Stages.Length - 1 ? StreamLength - milestones - (effortPerStage * (Stages.Length - 1)) : effortPerStage;
            for (var e = 0; e < effort; e++)
            {
                script.Do(new LogEffort(stage, e % 4 == 0 ? PartyRole.Client : PartyRole.Provider, 0.5m, script.Tick()));
                if (e == effort / 2)
                {
                    script.Do(new SubmitWork(stage, "Draft", script.Tick()));
                }
            }

            if (i == 1)
            {
                script.Do(new PauseWork(PartyRole.Client, "Waiting for photos", script.Tick()));
                script.Do(new ResumeWork(script.Tick()));
            }

            script.Do(new HandOff(stage, script.Tick()));
            if (i == 2)
            {
                script.Do(new RequestRevision(stage, "Warmer colours", script.Tick()));
                script.Do(new HandOff(stage, script.Tick()));
            }
        }

        script.Do(new AcceptStage(Stages[Stages.Length - 1], script.Tick()));
        if (script.Events.Count != StreamLength)
        {
            throw new InvalidOperationException($"The fixture stream has {script.Events.Count} events, not {StreamLength}.");
        }

        state = script.State;
        return script.Events;
    }

    private static EngagementState HalfwayThroughDesign()
    {
        var state = EngagementState.Initial;
        foreach (var @event in Stream)
        {
            state = EngagementDecider.Evolve(state, @event);
            if (state.ProgressOf(Stages[2])!.ProviderHours >= 40m)
            {
                return state;
            }
        }

        throw new InvalidOperationException("The stream never reaches the middle of the design stage.");
    }

    private sealed class Script
    {
        private Instant _now = Instant.FromUtc(2026, 5, 20, 9, 0);

        public Script(Agreement agreement) => Do(new Propose(agreement, Tick()));

        public List<EngagementEvent> Events { get; } = new();

        public EngagementState State { get; private set; } = EngagementState.Initial;

        // Events a working hour apart, so the work spreads over months as real work does.
        public Instant Tick() => _now += Duration.FromHours(1);

        public void Do(EngagementCommand command)
        {
            var decision = EngagementDecider.Decide(State, command);
            if (!decision.IsAccepted)
            {
                throw new InvalidOperationException($"The fixture's command {command} was refused: {decision}");
            }

            foreach (var @event in decision.Events)
            {
                Events.Add(@event);
                State = EngagementDecider.Evolve(State, @event);
            }
        }
    }
}
