using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// What a CRM's nightly job holds in memory: a million typical engagements under consequence
/// policies, each an 8-stage agreement part-way through, about 1% of them with something due at
/// <see cref="Now"/> and the rest with nothing due until later.
/// </summary>
/// <remarks>
/// <para>The engagements come from <see cref="Streams"/> distinct event streams, each made by the
/// decider from its own start date. Every engagement replays its stream from the initial state on
/// its own (so it holds its own state objects, as one loaded from storage would) and then logs one
/// more effort of its own, at its own instant and hours, so no two states are equal. Engagement
/// <c>e</c> replays stream <c>e % Streams</c>, which spreads the due ones evenly through the array.</para>
/// <para>A stream is due by design, not by chance: its start date is moved until its current stage's
/// first reminder (its <see cref="EngagementState.NextAttentionAt"/>) falls in a window well before
/// <see cref="Now"/> (due) or well after it (nothing due), with the last event before <see cref="Now"/>.
/// <see cref="Verify"/> then checks the counts with the library's own sweep.</para>
/// </remarks>
public static class SweepFixture
{
    /// <summary>How many engagements the sweep goes over.</summary>
    public const int Engagements = 1_000_000;

    /// <summary>How many distinct event streams they are replayed from.</summary>
    public const int Streams = 1_000;

    /// <summary>One stream in this many is due at <see cref="Now"/>: 1%.</summary>
    public const int DueOneIn = 100;

    /// <summary>How many agreements the streams share.</summary>
    public const int Agreements = 16;

    /// <summary>How many events each engagement has: its stream's, and one effort of its own.</summary>
    public const int EventsPerEngagement = 40;

    /// <summary>How many engagements have something due at <see cref="Now"/>.</summary>
    public const int DueEngagements = Engagements / DueOneIn;

    /// <summary>The nightly job's instant: Wednesday 10 March 2027, 03:00 in Madrid.</summary>
    public static readonly Instant Now = Instant.FromUtc(2027, 3, 10, 2, 0);

    private const int StreamEvents = EventsPerEngagement - 1;

    private static readonly StageKey[] Keys =
    {
        new("discovery"), new("content"), new("design"), new("feedback"),
        new("build"), new("review"), new("launch"), new("sign-off"),
    };

    private static readonly string[] Names =
    {
        "Discovery workshop", "Client sends content", "Design draft", "Client feedback",
        "Build", "Client review", "Launch", "Client sign-off",
    };

    private static readonly Lazy<IReadOnlyList<EngagementEvent>[]> LazyStreams = new(MakeStreams);
    private static readonly Lazy<EngagementState[]> LazyStates = new(MakeStates);

    /// <summary>The client calendars the agreements cycle through: four countries, one of them working Sunday to Thursday.</summary>
    private static readonly BusinessCalendar[] ClientCalendars =
    {
        new BusinessCalendar(DateTimeZoneProviders.Tzdb["America/New_York"], WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal),
        new BusinessCalendar(DateTimeZoneProviders.Tzdb["Europe/London"], WorkingWeek.MondayToFriday(), HolidaySet.EnglandAndWales),
        BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb["Europe/Berlin"])
            .WithHoliday(HolidayRule.Fixed(1, 1, "Neujahr"))
            .WithHoliday(HolidayRule.EasterRelative(-2, "Karfreitag"))
            .WithHoliday(HolidayRule.EasterRelative(1, "Ostermontag"))
            .WithHoliday(HolidayRule.Fixed(5, 1, "Tag der Arbeit"))
            .WithHoliday(HolidayRule.EasterRelative(39, "Christi Himmelfahrt"))
            .WithHoliday(HolidayRule.EasterRelative(50, "Pfingstmontag"))
            .WithHoliday(HolidayRule.Fixed(10, 3, "Tag der Deutschen Einheit"))
            .WithHoliday(HolidayRule.Fixed(12, 25, "1. Weihnachtstag"))
            .WithHoliday(HolidayRule.Fixed(12, 26, "2. Weihnachtstag")),
        CalendarFixture.Riyadh,
    };

    /// <summary>The client's policy: reminders before and on the due date, escalation, a pause and a restart fee; a reminder and a late fee on payments.</summary>
    private static readonly ConsequencePolicy ClientPolicy = new(
        new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Escalation(5, "account director"),
            ConsequenceRule.Pause(15),
            ConsequenceRule.RestartFee(15, new Money(250m, "EUR")),
        }),
        new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.LateFee(10, Charge.PercentOf(2m)),
        }));

    /// <summary>The provider's policy: reminders before and on the due date, and a 10% credit on a stage 3 business days late.</summary>
    private static readonly ConsequencePolicy ProviderPolicy = new(
        new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
        }));

    /// <summary>The distinct event streams, <see cref="Streams"/> of them, each exactly <see cref="EventsPerEngagement"/> - 1 events long.</summary>
    public static IReadOnlyList<EngagementEvent>[] StreamList => LazyStreams.Value;

    /// <summary>The million engagement states, each replayed on its own.</summary>
    public static EngagementState[] States => LazyStates.Value;

    /// <summary>Whether stream <paramref name="stream"/> is meant to have something due at <see cref="Now"/>.</summary>
    /// <param name="stream">The stream's index.</param>
    /// <returns>True for 1 stream in each block of <see cref="DueOneIn"/>, at a different place in each block so the due streams differ in agreement and progress.</returns>
    public static bool IsDue(int stream) => stream % DueOneIn == (((stream / DueOneIn) * 7) + 3) % DueOneIn;

    /// <summary>One engagement: stream <c>e % Streams</c> replayed, then one effort logged at its own instant.</summary>
    /// <param name="e">The engagement's index.</param>
    /// <returns>Its state.</returns>
    public static EngagementState Engagement(int e)
    {
        var stream = StreamList[e % Streams];
        var state = EngagementDecider.Replay(stream);
        var round = e / Streams;
        var current = state.CurrentStage!;
        var effort = new LogEffort(
            current.Key,
            round % 3 == 0 ? PartyRole.Client : PartyRole.Provider,
            0.25m * (1 + (round % 8)),
            state.LastEventAt!.Value + Duration.FromMinutes(1) + Duration.FromSeconds(round));
        var decision = EngagementDecider.Decide(state, effort);
        if (!decision.IsAccepted)
        {
            throw new InvalidOperationException($"Engagement {e}'s own effort was refused: {decision}");
        }

        return EngagementDecider.Evolve(state, decision.Events[0]);
    }

    /// <summary>
    /// Checks that the fixture is what it claims, with the library's own sweep: exactly
    /// <see cref="DueEngagements"/> engagements yielded, each of a due stream, and none among the
    /// rest; and that engagements replayed from the same stream are different states.
    /// </summary>
    /// <param name="states">The states.</param>
    /// <exception cref="InvalidOperationException">A count is not what the fixture intends.</exception>
    public static void Verify(EngagementState[] states)
    {
        var intended = 0;
        var misplaced = 0;
        for (var e = 0; e < states.Length; e++)
        {
            var due = IsDue(e % Streams);
            intended += due ? 1 : 0;
            if (states[e].NextAttentionAt is not { } next || (next <= Now) != due)
            {
                misplaced++;
            }
        }

        if (misplaced > 0)
        {
            throw new InvalidOperationException($"{misplaced} engagements have a next attention instant on the wrong side of {Now}.");
        }

        var yielded = 0;
        foreach (var assessment in Assessor.AssessMany(states, Now))
        {
            yielded += assessment.HasAnythingDue ? 1 : 0;
        }

        if (yielded != intended)
        {
            throw new InvalidOperationException($"The sweep yielded {yielded} engagements with something due; the fixture intends {intended}.");
        }

        if (states.Length > Streams && states[0].Equals(states[Streams]))
        {
            throw new InvalidOperationException("Two engagements replayed from the same stream are equal states; each should differ.");
        }
    }

    /// <summary>The engagements with nothing due at <see cref="Now"/>, in order: the sweep over them allocates only its iterator.</summary>
    /// <param name="states">The states.</param>
    /// <param name="count">How many to take.</param>
    /// <returns>The first <paramref name="count"/> engagements not meant to be due.</returns>
    public static EngagementState[] NothingDue(EngagementState[] states, int count)
    {
        var quiet = new List<EngagementState>(count);
        for (var e = 0; e < states.Length && quiet.Count < count; e++)
        {
            if (!IsDue(e % Streams))
            {
                quiet.Add(states[e]);
            }
        }

        return quiet.ToArray();
    }

    /// <summary>The first stream with four stages handed off and the build stage under way, due or not.</summary>
    /// <param name="due">Whether to take a stream with something due.</param>
    /// <returns>The stream's index.</returns>
    public static int TypicalStream(bool due)
    {
        for (var s = 0; s < Streams; s++)
        {
            if (IsDue(s) == due && DoneIn(s) == 4)
            {
                return s;
            }
        }

        throw new InvalidOperationException("No stream fits.");
    }

    /// <summary>The engagement of <see cref="TypicalStream"/>, for the single-engagement benchmarks.</summary>
    /// <param name="due">Whether to take one with something due.</param>
    /// <returns>Its state.</returns>
    public static EngagementState Typical(bool due) => Engagement(TypicalStream(due));

    /// <summary>
    /// A stream with the same events but an agreement without consequence policies: what a replay
    /// costs when there is nothing that can fall due to work out.
    /// </summary>
    /// <param name="s">The stream's index.</param>
    /// <returns>The stream, its first event proposing the policy-free agreement.</returns>
    public static IReadOnlyList<EngagementEvent> WithoutPolicies(int s)
    {
        var stream = new List<EngagementEvent>(StreamList[s]);
        stream[0] = new EngagementEvent.Proposed(NewAgreement(s % Agreements, withPolicies: false), stream[0].At);
        return stream;
    }

    /// <summary>An 8-stage agreement, stages alternating between provider and client, with both policies, a deposit and a milestone payment.</summary>
    /// <param name="index">Which of the <see cref="Agreements"/> agreements.</param>
    /// <param name="withPolicies">False for the same agreement without consequence policies.</param>
    /// <returns>The agreement.</returns>
    public static Agreement NewAgreement(int index, bool withPolicies = true)
    {
        var price = new Money(2400m + (300m * index), "EUR");
        var builder = new AgreementBuilder(new AgreementId($"sweep-{index:00}"), $"Website, variant {index}")
            .WithProvider("Studio", CalendarFixture.Madrid)
            .WithClient($"Client {index}", ClientCalendars[index % ClientCalendars.Length]);
        for (var s = 0; s < Keys.Length; s++)
        {
            if (s % 2 == 0)
            {
                builder.AddStage(Keys[s], Names[s], PartyRole.Provider, 8 + ((index + s) % 5), b => b.Priced(price).BudgetsHours(40m));
            }
            else
            {
                builder.AddStage(Keys[s], Names[s], PartyRole.Client, 6 + (((3 * index) + s) % 4));
            }
        }

        builder
            .WithPaymentTerms(new PaymentTerms(
                price * 4m,
                Charge.PercentOfTotal(30m),
                new[] { new MilestonePayment(Keys[4], Charge.PercentOfTotal(30m)) }))
            .WithRestartLeadTime(PartyRole.Provider, 5);
        return withPolicies
            ? builder.WithConsequencePolicy(PartyRole.Client, ClientPolicy).WithConsequencePolicy(PartyRole.Provider, ProviderPolicy).Build()
            : builder.Build();
    }

    private static IReadOnlyList<EngagementEvent>[] MakeStreams()
    {
        var agreements = new Agreement[Agreements];
        for (var i = 0; i < Agreements; i++)
        {
            agreements[i] = NewAgreement(i);
        }

        var streams = new IReadOnlyList<EngagementEvent>[Streams];
        for (var s = 0; s < Streams; s++)
        {
            streams[s] = Land(s, agreements[s % Agreements]);
        }

        return streams;
    }

    private static EngagementState[] MakeStates()
    {
        var states = new EngagementState[Engagements];
        for (var e = 0; e < Engagements; e++)
        {
            states[e] = Engagement(e);
        }

        return states;
    }

    /// <summary>
    /// Moves a stream's start date until its next attention instant falls in the window it is meant
    /// for, with the last event at least two hours before <see cref="Now"/>.
    /// </summary>
    private static List<EngagementEvent> Land(int s, Agreement agreement)
    {
        var due = IsDue(s);
        var spread = (s * 7919) % 1000 / 1000.0;

        // How early each stage is handed off varies with the salt: when one rhythm cannot land in the
        // window (a weekend on one side and a working week on the other can make every shift of a day
        // jump over it), another can.
        for (var salt = 0; salt < 4; salt++)
        {
            var start = CalendarFixture.Madrid.ToLocalDate(Now).PlusDays(-120);
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var events = Make(s, salt, agreement, start, out var state);
                var next = state.NextAttentionAt ?? throw new InvalidOperationException($"Stream {s} has nothing that can fall due.");
                var last = state.LastEventAt!.Value;

                // Due: the first reminder fell due 1 to 10 days ago. Nothing due: it comes after now,
                // and the stage has been under way for at least a day, so the last event is past.
                var currentFrom = state.CurrentStage!.BallArrivedAt!.Value;
                var (low, high) = due
                    ? (Now - Duration.FromDays(10), Now - Duration.FromDays(1))
                    : (Now + Duration.FromHours(1), Now + (next - currentFrom) - Duration.FromDays(1));
                if (next >= low && next <= high && last <= Now - Duration.FromHours(2))
                {
                    return events;
                }

                // Jump towards a point in the window; near it, weekends can make jumps overshoot both
                // ways, so step a day at a time after a few tries.
                var target = low + ((high - low) * spread);
                var days = (int)Math.Round((target - next).TotalDays);
                start = start.PlusDays(attempt < 4 && days != 0 ? days : next < low ? 1 : -1);
            }
        }

        throw new InvalidOperationException($"Stream {s} could not be placed {(due ? "before" : "after")} {Now}.");
    }

    /// <summary>
    /// Makes one stream with the decider: proposed, signed, deposit, scheduled; some stages started,
    /// worked on, submitted and handed off a day or two early (the build stage also accepted and its
    /// milestone paid); the current stage started with effort logged.
    /// </summary>
    private static List<EngagementEvent> Make(int s, int salt, Agreement agreement, LocalDate start, out EngagementState state)
    {
        var madrid = agreement.Provider.Calendar;
        var client = agreement.Client.Calendar;
        var done = DoneIn(s);
        var script = new Script(agreement, At(madrid, start, 9, 30));
        script.Do(new Sign(script.Next(At(madrid, start, 12, 0))));
        script.Do(new ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, script.Next(At(client, client.AddBusinessDays(client.ToLocalDate(script.Last), 1), 11, 0))));
        var scheduledAt = script.Next(At(madrid, madrid.AddBusinessDays(madrid.ToLocalDate(script.Last), 1), 10, 0));
        script.Do(new Schedule(madrid.AddBusinessDays(madrid.ToLocalDate(scheduledAt), 1), scheduledAt));

        // 4 lifecycle events, 3 per stage done (start, submit, hand off), the build's acceptance and
        // payment, the current stage's start, an acceptance deemed each time a party starts its stage after the other's
        // (unless the stage before was accepted: the build); the rest is effort.
        var movesOn = 0;
        for (var i = 1; i <= done; i++)
        {
            movesOn += agreement.Stages[i].Owner != agreement.Stages[i - 1].Owner && i - 1 != 4 ? 1 : 0;
        }

        var milestones = 4 + (3 * done) + 1 + (done > 4 ? 2 : 0) + movesOn;
        var efforts = StreamEvents - milestones;
        for (var i = 0; i <= done; i++)
        {
            var key = Keys[i];
            var stage = agreement.Stages[i];
            var calendar = agreement.CalendarOf(stage.Owner);
            var plannedStart = script.State.Plan!.Stages[i].Start;
            script.Do(new StartStage(key, script.Next(At(calendar, plannedStart, 10, 0))));
            if (i == 5 && done > 4)
            {
                script.Do(new ReceivePayment(ObligationKey.MilestonePayment(Keys[4]), agreement.PaymentTerms.Milestones[0].Amount.OfTotal(agreement.PaymentTerms.Total), script.Next(script.Last)));
            }

            var share = i == done ? efforts : Math.Min(efforts, 2 + ((s + i) % 4));
            efforts -= share;
            for (var e = 0; e < share; e++)
            {
                script.Do(new LogEffort(key, (s + e) % 4 == 0 ? PartyRole.Client : PartyRole.Provider, 0.5m + (0.25m * ((s + e) % 6)), script.Next(script.Last)));
            }

            if (i == done)
            {
                break;
            }

            // Handed off one or two business days before the due date: on time, nothing owed.
            var early = 1 + ((s + i + salt) % 2);
            var handOffOn = calendar.AddBusinessDays(plannedStart, stage.DurationBusinessDays - 1 - early);
            script.Do(new SubmitWork(key, "Ready for review", script.Next(At(calendar, handOffOn, 15, 0))));
            script.Do(new HandOff(key, script.Next(At(calendar, handOffOn, 16, 30))));
            if (i == 4)
            {
                script.Do(new AcceptStage(key, script.Next(script.Last)));
            }
        }

        if (script.Events.Count != StreamEvents)
        {
            throw new InvalidOperationException($"Stream {s} has {script.Events.Count} events, not {StreamEvents}.");
        }

        state = script.State;
        return script.Events;
    }

    /// <summary>How many stages stream <paramref name="s"/> has handed off: 1 to 6.</summary>
    private static int DoneIn(int s) => 1 + ((s / Agreements) % 6);

    private static Instant At(BusinessCalendar calendar, LocalDate date, int hour, int minute) =>
        date.At(new LocalTime(hour, minute)).InZoneLeniently(calendar.Zone).ToInstant();

    private sealed class Script
    {
        public Script(Agreement agreement, Instant at)
        {
            Last = at;
            Do(new Propose(agreement, at));
        }

        public List<EngagementEvent> Events { get; } = new(StreamEvents);

        public EngagementState State { get; private set; } = EngagementState.Initial;

        public Instant Last { get; private set; }

        /// <summary>The instant asked for, or 17 minutes after the last event when that is later: events stay in order.</summary>
        public Instant Next(Instant wanted) => Last = wanted > Last ? wanted : Last + Duration.FromMinutes(17);

        public void Do(EngagementCommand command)
        {
            var decision = EngagementDecider.Decide(State, command);
            if (!decision.IsAccepted)
            {
                throw new InvalidOperationException($"The sweep fixture's command {command} was refused: {decision}");
            }

            foreach (var @event in decision.Events)
            {
                Events.Add(@event);
                State = EngagementDecider.Evolve(State, @event);
            }
        }
    }
}
