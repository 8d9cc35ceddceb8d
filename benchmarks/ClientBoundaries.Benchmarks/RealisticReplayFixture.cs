using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Benchmarks;

/// <summary>
/// Realistic engagement streams for issue 21's replay target, made by the decider as a host would: a Madrid studio and a
/// New York client through seven stages under consequence policies on both sides (stages, payments and late replies),
/// with messages and replies (some late, a few never answered), meetings booked, held and recapped, weekly check-ins,
/// feedback, an incident owned and followed through, scope requests and change orders (proposed, accepted or declined),
/// a revision, acceptances, payments, and a morning sweep that records every reminder and consequence it finds due.
/// </summary>
/// <remarks>
/// <para>Three streams: <see cref="Large"/> (4,000 events, 1,000 messages, one meeting every second business day) and
/// <see cref="Medium"/> (400 events, 100 messages, one meeting every ten business days) each run the whole
/// engagement, from the proposal to the final payment and a few days of support after it; <see cref="Small"/> is the
/// first 40 events of a busy engagement (the proposal, the plan and its first days, about ten messages). How many messages and effort
/// logs fill each business day is worked out from a first pass without them, so each stream has its size exactly.</para>
/// <para>Building fails if the decider refuses any command: every event is one a host could have stored.</para>
/// </remarks>
public static class RealisticReplayFixture
{
    /// <summary>The sizes benchmarked.</summary>
    public static readonly int[] Sizes = { 40, 400, 4000 };

    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");
    private static readonly StageKey Feedback = new("feedback");
    private static readonly StageKey Build = new("build");
    private static readonly StageKey Review = new("review");
    private static readonly StageKey Launch = new("launch");
    private static readonly DeliverableKey Designs = new("designs");
    private static readonly DeliverableKey Pages = new("pages");
    private static readonly string[] Excluded = { "Online ordering" };
    private static readonly string[] Agenda = { "Progress", "Open questions", "Next steps" };
    private static readonly string[] Covered = { "Progress", "Open questions" };

    private static readonly Lazy<IReadOnlyList<EngagementEvent>> LazyLarge = new(() => Make(4000, 1000, meetingEvery: 2));
    private static readonly Lazy<IReadOnlyList<EngagementEvent>> LazyMedium = new(() => Make(400, 100, meetingEvery: 10));

    /// <summary>The agreement, with both consequence policies.</summary>
    public static Agreement Agreement { get; } = NewAgreement(withPolicies: true);

    /// <summary>4,000 events, 1,000 of them messages.</summary>
    public static IReadOnlyList<EngagementEvent> Large => LazyLarge.Value;

    /// <summary>400 events, about 100 of them messages.</summary>
    public static IReadOnlyList<EngagementEvent> Medium => LazyMedium.Value;

    /// <summary>The first 40 events of the engagement at 8 slots a working day, half of them messages.</summary>
    public static IReadOnlyList<EngagementEvent> Small { get; } = Opening(40, 8, 0.5);

    /// <summary>The stream of <paramref name="size"/> events.</summary>
    /// <param name="size">40, 400 or 4,000.</param>
    /// <returns>The stream.</returns>
    public static IReadOnlyList<EngagementEvent> Stream(int size) => size switch
    {
        40 => Small,
        400 => Medium,
        4000 => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "40, 400 or 4,000."),
    };

    /// <summary>The same events with an agreement without consequence policies: reminders and consequences recorded under them then change nothing.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The stream, its first event proposing the policy-free agreement.</returns>
    public static IReadOnlyList<EngagementEvent> WithoutPolicies(IReadOnlyList<EngagementEvent> stream)
    {
        var copy = new List<EngagementEvent>(stream);
        copy[0] = new EngagementEvent.Proposed(NewAgreement(withPolicies: false), stream[0].At);
        return copy;
    }

    /// <summary>How many events of each kind a stream holds, by the event's type name.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The counts.</returns>
    public static SortedDictionary<string, int> Census(IReadOnlyList<EngagementEvent> stream)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var @event in stream)
        {
            var name = @event.GetType().Name;
            counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
        }

        return counts;
    }

    /// <summary>The studio's seven-stage agreement.</summary>
    /// <param name="withPolicies">False for the same agreement without consequence policies.</param>
    /// <returns>The agreement.</returns>
    public static Agreement NewAgreement(bool withPolicies)
    {
        var client = new BusinessCalendar(DateTimeZoneProviders.Tzdb["America/New_York"], WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);
        var builder = new AgreementBuilder(new AgreementId("realistic-website"), "A realistic website")
            .WithProvider("Studio", CalendarFixture.Madrid)
            .WithClient("Bakery", client)
            .AddStage(Discovery, "Discovery", PartyRole.Provider, 3, s => s.Priced(new Money(900m, "EUR")).BudgetsHours(16m))
            .AddStage(Content, "Client sends content", PartyRole.Client, 8)
            .AddStage(Design, "Design draft", PartyRole.Provider, 10, s => s.Priced(new Money(3300m, "EUR")).BudgetsHours(60m))
            .AddStage(Feedback, "Client feedback", PartyRole.Client, 5)
            .AddStage(Build, "Build", PartyRole.Provider, 15, s => s.Priced(new Money(3900m, "EUR")).BudgetsHours(120m))
            .AddStage(Review, "Client review", PartyRole.Client, 5)
            .AddStage(Launch, "Launch", PartyRole.Provider, 3, s => s.Priced(new Money(900m, "EUR")).BudgetsHours(16m))
            .WithPaymentTerms(new PaymentTerms(
                new Money(9000m, "EUR"),
                Charge.PercentOfTotal(30m),
                new[] { new MilestonePayment(Design, Charge.PercentOfTotal(30m), dueDays: 7) },
                finalPaymentDueDays: 14))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .AddDeliverable(new Deliverable(Designs, "Page designs", Design, new Allowance(revisionRounds: 2)))
            .AddDeliverable(new Deliverable(Pages, "Website pages", Build, new Allowance(units: 6, unitName: "pages"), exclusions: Excluded))
            .WithGoodwill(new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(85m, "EUR"), new Money(120m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 10))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.Email, Channel.Phone, Channel.VideoCall }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(new[] { Channel.Email, Channel.Phone }, new[] { ResponseCommitment.WithinHours(Channel.Email, 16) }))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(60)))
            .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday))
            .WithFeedback(new FeedbackPolicy())
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short));
        if (!withPolicies)
        {
            return builder.Build();
        }

        return builder
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(
                new ConsequenceLadder(0, new[]
                {
                    ConsequenceRule.Reminder(-2),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Escalation(5, "owner"),
                    ConsequenceRule.Pause(15),
                    ConsequenceRule.RestartFee(15, new Money(250m, "EUR")),
                }),
                new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(-3), ConsequenceRule.FirmReminder(1), ConsequenceRule.LateFee(10, Charge.PercentOf(2m)) }))
                .WithReplyLadder(new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(1), ConsequenceRule.Escalation(3, "owner") })))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(
                new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(-1), ConsequenceRule.FirmReminder(0), ConsequenceRule.Credit(3, Charge.PercentOf(10m)) }))
                .WithReplyLadder(new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(1) })))
            .Build();
    }

    private static List<EngagementEvent> Prefix(List<EngagementEvent> stream, int count)
    {
        var prefix = new List<EngagementEvent>(count);
        for (var i = 0; i < count; i++)
        {
            prefix.Add(stream[i]);
        }

        return prefix;
    }

    /// <summary>The first <paramref name="size"/> events of an engagement with <paramref name="slotsPerDay"/> slots a working day, a share <paramref name="messageShare"/> of them messages.</summary>
    private static List<EngagementEvent> Opening(int size, double slotsPerDay, double messageShare)
    {
        var run = new Run(Agreement, meetingEvery: 2, slotsPerDay, messageShare, maxMessages: size, size);
        run.Play();
        return run.Events;
    }

    /// <summary>
    /// A first pass without chatter finds the milestones and the working days; the second fills each working day with
    /// as many slots (a message, or an effort log) as make <paramref name="size"/> events with <paramref name="messages"/>
    /// messages, then support messages and meetings after the final payment if a few are missing; the stream is cut at
    /// <paramref name="size"/>.
    /// </summary>
    private static List<EngagementEvent> Make(int size, int messages, int meetingEvery)
    {
        var dry = new Run(Agreement, meetingEvery, slotsPerDay: 0, messageShare: 0, maxMessages: 0, size: int.MaxValue);
        dry.Play();

        // Each slot is one event, a message also brings its reply (all but one in twenty), and the reply ladder's
        // reminders for the late ones add a few: aim a little low, let the support days after the end fill the rest,
        // and aim again if the first try falls short.
        var slots = (size - dry.Events.Count - (0.95 * messages) - (0.08 * messages)) * 0.97;
        var perDay = Math.Max(1.0, slots / dry.WorkingDays);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var run = new Run(Agreement, meetingEvery, perDay, messages / slots, messages, size);
            run.Play();
            if (run.Events.Count >= size)
            {
                return Prefix(run.Events, size);
            }

            perDay *= 1.02 * (size - dry.Events.Count) / Math.Max(1.0, run.Events.Count - dry.Events.Count);
        }

        throw new InvalidOperationException($"The realistic stream of {size} events could not be filled.");
    }

    /// <summary>One engagement, played day by day as a studio's CRM would record it.</summary>
    private sealed class Run
    {
        private readonly Agreement _agreement;
        private readonly BusinessCalendar _madrid;
        private readonly BusinessCalendar _newYork;
        private readonly int _meetingEvery;
        private readonly double _slotsPerDay;
        private readonly double _messageShare;
        private readonly int _maxMessages;
        private readonly int _size;
        private readonly SortedList<(Instant At, int Order), EngagementCommand> _queue = new();
        private int _order;
        private double _slotDebt;
        private double _messageDebt;
        private int _messages;
        private int _meetings;
        private int _requests;
        private int _slot;
        private bool _revised;
        private Instant? _designAcceptedAt;
        private Instant? _completedAt;
        private bool _milestonePaid;
        private bool _finalPaid;
        private bool _incident;
        private int _supportDays;

        public Run(Agreement agreement, int meetingEvery, double slotsPerDay, double messageShare, int maxMessages, int size)
        {
            _agreement = agreement;
            _madrid = agreement.Provider.Calendar;
            _newYork = agreement.Client.Calendar;
            _meetingEvery = meetingEvery;
            _slotsPerDay = slotsPerDay;
            _messageShare = messageShare;
            _maxMessages = maxMessages;
            _size = size;
        }

        public List<EngagementEvent> Events { get; } = new();

        public EngagementState State { get; private set; } = EngagementState.Initial;

        public int WorkingDays { get; private set; }

        private bool Full => Events.Count >= _size;

        public void Play()
        {
            Do(new Propose(_agreement, Madrid(new LocalDate(2026, 5, 18), 10, 0)));
            Do(new Sign(NewYork(new LocalDate(2026, 5, 20), 11, 0)));
            Do(new ReceiveDeposit(_agreement.PaymentTerms!.DepositAmount, NewYork(new LocalDate(2026, 5, 22), 10, 0)));
            Do(new Schedule(new LocalDate(2026, 6, 1), Madrid(new LocalDate(2026, 5, 25), 10, 0)));
            for (var day = new LocalDate(2026, 6, 1); !Full; day = day.PlusDays(1))
            {
                if (_finalPaid && ++_supportDays > 40)
                {
                    return;
                }

                if (!_madrid.IsBusinessDay(day))
                {
                    continue;
                }

                WorkingDays++;
                var slots = DaySlots();
                var actions = new List<(Instant At, int Order, Action Act)>
                {
                    (Madrid(day, 9, 0), 0, () => Sweep(Madrid(day, 9, 0))),
                    (Madrid(day, 9, 30), 1, () => ProviderMorning(day)),
                    (NewYork(day, 9, 40), 2, () => ClientMorning(day)),
                    (Madrid(day, 17, 0), 3, () => ProviderAfternoon(day)),
                    (Madrid(day, 20, 50), 4, () => DayMeetings(day)),
                    (NewYork(day, 16, 0), 5, () => ClientAfternoon(day)),
                };
                var step = Duration.FromMinutes(700) / Math.Max(1, slots);
                for (var s = 0; s < slots; s++)
                {
                    var at = Madrid(day, 9, 10) + (step * s);
                    actions.Add((at, 10 + s, () => Slot(at)));
                }

                actions.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
                foreach (var (at, _, act) in actions)
                {
                    Flush(at);
                    if (!Full)
                    {
                        act();
                    }
                }

                Flush(Madrid(day, 23, 59));
            }
        }

        /// <summary>How many slots today: the day's share, carried over so that the fractions add up.</summary>
        private int DaySlots()
        {
            if (_finalPaid)
            {
                // Support after the end: a few messages a day until the stream is full.
                return 6;
            }

            _slotDebt += _slotsPerDay;
            var slots = (int)_slotDebt;
            _slotDebt -= slots;
            return slots;
        }

        /// <summary>The morning sweep: every reminder and consequence due is recorded, a check-in listed as missed is recorded as held, feedback due is asked for.</summary>
        private void Sweep(Instant morning)
        {
            Flush(morning);
            if (Full)
            {
                return;
            }

            var assessment = Assessor.Assess(State, morning);
            foreach (var reminder in assessment.Reminders)
            {
                Do(new RecordReminderSent(reminder.Obligation, reminder.Rule, morning));
            }

            foreach (var consequence in assessment.Consequences)
            {
                Do(new ApplyConsequence(consequence.Obligation, consequence.Rule, morning));
            }

            foreach (var item in assessment.Communication)
            {
                switch (item)
                {
                    case CommunicationDue.CheckInMissed missed:
                        Do(new RecordCheckIn(missed.Occurrence, morning));
                        break;
                    case CommunicationDue.FeedbackDue feedback:
                        Do(new RequestFeedback(feedback.Point, morning));
                        Later(morning + Duration.FromDays(3), new ReceiveFeedback(feedback.Point, "Happy so far", morning + Duration.FromDays(3)));
                        break;
                }
            }
        }

        /// <summary>The studio starts its stage when the plan says, and answers the client's work by moving on.</summary>
        private void ProviderMorning(LocalDate day)
        {
            var at = Madrid(day, 9, 30);
            Flush(at);
            if (State.CurrentStage is { Owner: var owner, Status: var status } current && owner == PartyRole.Provider && status == StageStatus.Pending
                && State.Plan!.FindStage(current.Key)!.Start <= day)
            {
                Do(new StartStage(current.Key, at));
            }
        }

        /// <summary>The studio submits and hands off its stage the business day before it is due (the design twice: a revision comes back).</summary>
        private void ProviderAfternoon(LocalDate day)
        {
            if (State.CurrentStage is not { Owner: var owner, Status: var status } current || owner != PartyRole.Provider || status != StageStatus.InProgress)
            {
                return;
            }

            var due = State.Plan!.FindStage(current.Key)!.Due;
            var handOffOn = current.Key == Design && _revised ? _madrid.AddBusinessDays(_revisedOn, 2) : _madrid.AddBusinessDays(due, -1);
            if (day >= handOffOn)
            {
                Do(new SubmitWork(current.Key, "Ready for review", Madrid(day, 17, 0)));
                Do(new HandOff(current.Key, Madrid(day, 17, 1)));
            }
        }

        private LocalDate _revisedOn;

        /// <summary>The client answers a handoff (a revision of the first design, an acceptance otherwise), starts its stage, and pays.</summary>
        private void ClientMorning(LocalDate day)
        {
            var at = NewYork(day, 9, 40);
            Flush(at);
            if (Full)
            {
                return;
            }

            var stages = State.Stages;
            for (var i = 0; i < stages.Count; i++)
            {
                var progress = stages[i];
                if (progress.Owner == PartyRole.Provider && progress.Status == StageStatus.Done && progress.AcceptedAt is null && progress.FinishedAt < at
                    && (i + 1 == stages.Count || stages[i + 1].Status == StageStatus.Pending))
                {
                    if (progress.Key == Design && !_revised)
                    {
                        _revised = true;
                        _revisedOn = day;
                        Do(new RequestRevision(Design, "Warmer colours", at));
                    }
                    else
                    {
                        Do(new AcceptStage(progress.Key, at));
                        _designAcceptedAt ??= progress.Key == Design ? at : null;
                        _completedAt ??= State.CompletedAt;
                    }

                    break;
                }
            }

            if (State.CurrentStage is { Owner: var owner, Status: var status } current && owner == PartyRole.Client && status == StageStatus.Pending
                && State.Plan!.FindStage(current.Key)!.Start <= day)
            {
                Do(new StartStage(current.Key, at + Duration.FromMinutes(1)));
            }

            var terms = _agreement.PaymentTerms!;
            if (!_milestonePaid && _designAcceptedAt is { } accepted && at - accepted >= Duration.FromDays(5))
            {
                _milestonePaid = true;
                Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), terms.Milestones[0].Amount.OfTotal(terms.Total), at + Duration.FromMinutes(2)));
            }

            if (!_finalPaid && _completedAt is { } completed && at - completed >= Duration.FromDays(10))
            {
                _finalPaid = true;
                Do(new ReceivePayment(ObligationKey.FinalPayment, terms.FinalPaymentAmount, at + Duration.FromMinutes(2)));
            }
        }

        /// <summary>The client hands off its stage: the content two business days late (the reminders go out), the rest on the day.</summary>
        private void ClientAfternoon(LocalDate day)
        {
            if (State.CurrentStage is not { Owner: var owner, Status: var status } current || owner != PartyRole.Client || status != StageStatus.InProgress)
            {
                return;
            }

            var due = State.Plan!.FindStage(current.Key)!.Due;
            var handOffOn = current.Key == Content ? _newYork.AddBusinessDays(due, 2) : due;
            if (day >= handOffOn)
            {
                Do(new HandOff(current.Key, NewYork(day, 16, 0)));
            }
        }

        /// <summary>A meeting every few business days: booked for the next business day, held, recapped; a scope request every fifth day; one incident.</summary>
        private void DayMeetings(LocalDate day)
        {
            var at = Madrid(day, 20, 50);
            Flush(at);
            if (WorkingDays % _meetingEvery == 0 && !Full && !IsOver)
            {
                BookCall(at);
            }

            if (WorkingDays % 5 == 3 && !Full && !_finalPaid && State.CompletedAt is null)
            {
                Request(day);
            }

            if (!_incident && WorkingDays == 12 && !Full)
            {
                _incident = true;
                var incident = new IncidentId("wrong-palette");
                Do(new RecordIncident(incident, "Sent the draft with last year's palette", "Half a day of review lost", "Resend with the agreed palette", _madrid.AddBusinessDays(day, 2), Madrid(day, 20, 55)));
                Later(Madrid(_madrid.AddBusinessDays(day, 1), 12, 0), new RecordFollowThrough(incident, "Resent with the agreed palette", Madrid(_madrid.AddBusinessDays(day, 1), 12, 0)));
            }
        }

        private bool IsOver => _finalPaid && _supportDays > 30;

        /// <summary>Books a call for the next business day at 11:00, and queues it held (now and then running over) and its recap.</summary>
        private void BookCall(Instant at)
        {
            var id = new MeetingId($"meeting-{++_meetings}");
            var on = _madrid.AddBusinessDays(_madrid.ToLocalDate(at), 1);
            var start = Madrid(on, 11, 0);
            var agenda = Agenda;
            Do(new BookMeeting(id, start, agenda, Duration.FromMinutes(45), _meetings % 2 == 0, at));
            var overran = _meetings % 3 == 0;
            var ended = start + Duration.FromMinutes(overran ? 52 : 40);
            Later(ended + Duration.FromMinutes(5), new RecordMeetingHeld(id, start, ended, overran ? Covered : agenda, ended + Duration.FromMinutes(5)));
            Later(ended + Duration.FromMinutes(90), new RecordRecapSent(id, ended + Duration.FromMinutes(90)));
        }

        /// <summary>A scope request: goodwill, a page within the allowance, or a priced change order (proposed next day, then accepted or declined).</summary>
        private void Request(LocalDate day)
        {
            var n = ++_requests;
            var id = new ChangeRequestId($"request-{n}");
            var at = Madrid(day, 20, 52);
            switch (n % 3)
            {
                case 1:
                    Do(new RequestChange(new ChangeRequest(id, "Swap a photo", PartyRole.Client, 0.5m, at)));
                    break;
                case 2:
                    Do(new RequestChange(new ChangeRequest(id, "Add a page", PartyRole.Client, 3m, at, Pages, units: 1)));
                    break;
                default:
                    Do(new RequestChange(new ChangeRequest(id, "Take orders online", PartyRole.Client, 12m, at, Pages, clause: "Online ordering")));
                    if (State.Scope.FindChangeOrder(id) is not null)
                    {
                        var proposeAt = Madrid(_madrid.AddBusinessDays(day, 1), 10, 15);
                        Later(proposeAt, new ProposeChangeOrder(id, proposeAt));
                        var answerAt = NewYork(_madrid.AddBusinessDays(day, 3), 11, 0);
                        Later(answerAt, n % 2 == 0 ? new AcceptChangeOrder(id, answerAt) : new DeclineChangeOrder(id, answerAt, "Not now"));
                    }

                    break;
            }
        }

        /// <summary>One slot of chatter: a message (its reply queued: on time, late, or never), or an effort log on the stage under way.</summary>
        private void Slot(Instant at)
        {
            // An action just before may have taken a minute or two.
            at = State.LastEventAt is { } last && last >= at ? last + Duration.FromMinutes(1) : at;
            Flush(at);
            if (Full)
            {
                return;
            }

            _slot++;
            _messageDebt += _messageShare;
            var current = State.CurrentStage;
            var effortFits = !_finalPaid && current is { Status: var status } && status == StageStatus.InProgress;
            if (_messages >= _maxMessages && _finalPaid)
            {
                // Support after the end, the messages all sent: calls.
                BookCall(at);
                return;
            }

            if ((_messageDebt >= 1 || _finalPaid || (!effortFits && _messageDebt >= 0.5)) && _messages < _maxMessages)
            {
                _messageDebt = Math.Max(0, _messageDebt - 1);
                var n = ++_messages;
                var id = new MessageId($"message-{n}");
                var from = n % 3 == 0 ? PartyRole.Provider : PartyRole.Client;
                var decision = Do(new RecordMessage(id, from, Channel.Email, at));
                var received = (EngagementEvent.MessageReceived)decision.Events[0];

                // One in twenty is never answered, one in eight is answered after the commitment, the rest well within it.
                if (n % 20 != 7)
                {
                    var repliedAt = n % 8 == 5 ? received.ReplyDueBy + Duration.FromHours(2) : Min(at + Duration.FromMinutes(25 + (n % 4 * 20)), received.ReplyDueBy);
                    Later(repliedAt, new RecordReply(id, repliedAt));
                }

                return;
            }

            if (effortFits)
            {
                var party = current!.Owner == PartyRole.Client || _slot % 5 == 0 ? PartyRole.Client : PartyRole.Provider;
                Do(new LogEffort(current.Key, party, 0.25m * (1 + (_slot % 6)), at));
            }
        }

        private static Instant Min(Instant a, Instant b) => a < b ? a : b;

        private void Later(Instant at, EngagementCommand command) => _queue.Add((at, _order++), command);

        /// <summary>Decides every queued command due by <paramref name="until"/>, in order.</summary>
        private void Flush(Instant until)
        {
            while (_queue.Count > 0 && _queue.Keys[0].At <= until && !Full)
            {
                var command = _queue.Values[0];
                _queue.RemoveAt(0);
                Decide(command);
            }
        }

        /// <summary>Decides a command, after every queued one due before it.</summary>
        private Decision Do(EngagementCommand command)
        {
            Flush(command.At);
            return Decide(command);
        }

        private Decision Decide(EngagementCommand command)
        {
            if (State.LastEventAt is { } last && command.At < last)
            {
                throw new InvalidOperationException($"The realistic fixture's command {command} comes before the last event ({last}).");
            }

            var decision = EngagementDecider.Decide(State, command);
            if (!decision.IsAccepted)
            {
                throw new InvalidOperationException($"The realistic fixture's command {command} was refused: {decision}");
            }

            foreach (var @event in decision.Events)
            {
                Events.Add(@event);
                State = EngagementDecider.Evolve(State, @event);
            }

            return decision;
        }

        private Instant Madrid(LocalDate day, int hour, int minute) => day.At(new LocalTime(hour, minute)).InZoneLeniently(_madrid.Zone).ToInstant();

        private Instant NewYork(LocalDate day, int hour, int minute) => day.At(new LocalTime(hour, minute)).InZoneLeniently(_newYork.Zone).ToInstant();
    }
}
