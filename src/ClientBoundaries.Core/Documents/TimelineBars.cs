using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// What a timeline shows, worked out once in dates: one row per stage with its planned bar and,
/// for an engagement, its actual bars and the dates it now has; the pauses; each party's days off
/// in the charted period; the "today" moment; the span of the axis. The Mermaid chart and the SVG
/// both draw this model and nothing else, so they can never disagree.
/// </summary>
/// <remarks>
/// <para>An engagement's dates come from one place, the plan the documents date it by
/// (<see cref="ProjectedPlan"/>): the status report's "what comes next" and the calendar export read
/// the same plan, so a bar starts and ends on the days they name. A stage's stretch starts on its
/// first business day in that plan, not at the moment the ball reached its owner: a ball handed over
/// in the evening, before a restart lead time or before a closure does not start the work.</para>
/// <para>Every bar's dates are inclusive local dates. Immutable and thread-safe.</para>
/// </remarks>
internal sealed class TimelineBars
{
    private static readonly PartyRole[] Parties = { PartyRole.Provider, PartyRole.Client };

    private TimelineBars(
        string title,
        Phrasebook words,
        Agreement agreement,
        Agreement forDates,
        IReadOnlyList<Row> rows,
        IReadOnlyList<Bar> pauses,
        LocalDateTime? today)
    {
        Title = title;
        Words = words;
        Provider = agreement.Provider;
        Client = agreement.Client;
        Rows = rows;
        Pauses = pauses;
        Today = today;

        var bars = rows.Select(r => r.Plan)
            .Concat(rows.SelectMany(r => r.Actuals))
            .Concat(rows.Where(r => r.Expected is not null).Select(r => r.Expected!))
            .Concat(pauses)
            .ToList();
        var first = bars.Min(b => b.First);
        var last = bars.Max(b => b.Last);
        if (today is { } now)
        {
            first = now.Date < first ? now.Date : first;
            last = now.Date > last ? now.Date : last;
        }

        First = first;
        Last = last;
        DaysOff = Parties
            .SelectMany(party => Runs(party, forDates.CalendarOf(party), first, last))
            .ToList();
    }

    /// <summary>What a bar stands for.</summary>
    public enum BarKind
    {
        /// <summary>The dates a stage was planned for (for an engagement, the original plan, its baseline).</summary>
        Plan,

        /// <summary>One stretch of a stage: from its first business day to the day it was handed off (or cut short by a revision), or to "today" while open.</summary>
        Actual,

        /// <summary>A time the engagement was on hold.</summary>
        Pause,

        /// <summary>The dates a stage not yet done has in the current plan: its start and due date, as the status report gives them.</summary>
        Expected,
    }

    /// <summary>The title: "{agreement title}: timeline" in the language.</summary>
    public string Title { get; }

    /// <summary>The wording and formats of the language.</summary>
    public Phrasebook Words { get; }

    /// <summary>The provider: its name labels the bars it held the ball for.</summary>
    public Party Provider { get; }

    /// <summary>The client: its name labels the bars it held the ball for.</summary>
    public Party Client { get; }

    /// <summary>One row per stage of the plan, in the plan's order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>One bar per pause that had begun by "today", in order; empty for a plan.</summary>
    public IReadOnlyList<Bar> Pauses { get; }

    /// <summary>Each party's days off between <see cref="First"/> and <see cref="Last"/>, provider's first, each run in date order.</summary>
    public IReadOnlyList<DaysOffRun> DaysOff { get; }

    /// <summary>For an engagement, the "as of" moment in the provider's zone; null for a plan.</summary>
    public LocalDateTime? Today { get; }

    /// <summary>Whether this is an engagement's plan against actual, rather than a plan alone.</summary>
    public bool IsEngagement => Today.HasValue;

    /// <summary>Whether any stage has dates in the current plan to show.</summary>
    public bool HasExpected => Rows.Any(r => r.Expected is not null);

    /// <summary>The earliest day any bar (or "today") covers.</summary>
    public LocalDate First { get; }

    /// <summary>The latest day any bar (or "today") covers.</summary>
    public LocalDate Last { get; }

    /// <summary>The actual bars, in stage order, each stage's in the order they began.</summary>
    public IEnumerable<Bar> ActualBars => Rows.SelectMany(r => r.Actuals);

    /// <summary>The name of the party with the given role.</summary>
    public string NameOf(PartyRole role) => role == PartyRole.Provider ? Provider.Name : Client.Name;

    /// <summary>The plan alone: each stage from its start to its due date.</summary>
    public static TimelineBars OfPlan(Agreement agreement, Plan plan, Language language)
    {
        var rows = plan.Stages
            .Select(stage => new Row(stage.Key, Wording.StageName(agreement, stage.Key), stage.Owner, new Bar(BarKind.Plan, stage.Key, stage.Owner, stage.Start, stage.Due), new List<Bar>(), null))
            .ToList();
        return new TimelineBars(Phrasebook.Of(language).Say(TextKey.TimelineTitle, agreement.Title), Phrasebook.Of(language), agreement, agreement, rows, new List<Bar>(), null);
    }

    /// <summary>
    /// An engagement as of a moment: each stage's baseline, each stretch a begun stage was open in
    /// its owner's dates, the dates each stage not yet done has now, and each pause in the dates of
    /// the party that caused it. What happened after <paramref name="asOf"/> is cut at it.
    /// </summary>
    /// <remarks>
    /// <para>The current stretch of a stage runs from its first business day in the plan the documents
    /// date the engagement by (<see cref="ProjectedPlan"/>) to the day it was handed off. A stage's
    /// progress keeps only its current stretch: a revision that reopens a stage (or sends the next one
    /// back to wait) starts it afresh. The stretches it ended are kept by the engagement as closed
    /// rounds, each with the moment the ball reached the owner and the moment the revision closed it;
    /// such a stretch starts on the owner's first business day that began once it had the ball.</para>
    /// <para>The dates a stage not yet done has now are those the status report gives it: none for an
    /// open stage already past its due date (the report lists it as late), none once the engagement
    /// has ended, and none when <paramref name="asOf"/> is earlier than the engagement's last event
    /// (its plan already holds what came later).</para>
    /// </remarks>
    public static TimelineBars OfEngagement(Agreement agreement, EngagementState engagement, Instant asOf, Language language)
    {
        var forDates = engagement.AgreementForDates ?? agreement;
        var (plan, late) = ProjectedPlan.Of(engagement, asOf);
        var showExpected = !engagement.Phase.IsFinal && !(engagement.LastEventAt > asOf);

        // Nothing stays open past the end of an engagement that was ended early: it ends then, not at asOf.
        var openUntil = engagement.TerminatedAt is { } terminated && terminated < asOf ? terminated : asOf;
        var rows = new List<Row>();
        foreach (var stage in plan.Stages)
        {
            var planned = new Bar(BarKind.Plan, stage.Key, stage.Owner, stage.BaselineStart, stage.BaselineDue);
            var index = engagement.IndexOf(stage.Key);
            var calendar = forDates.CalendarOf(stage.Owner);
            var actuals = new List<Bar>();
            if (index >= 0)
            {
                var progress = engagement.Stages[index];
                foreach (var round in engagement.ClosedRounds.Where(r => r.StageIndex == index))
                {
                    var first = Scheduler.FirstBusinessDayStartingAtOrAfter(calendar, round.OpenedAt);
                    AddStretch(actuals, BarKind.Actual, stage.Key, stage.Owner, calendar, first, round.ClosedAt, asOf, openUntil);
                }

                if (progress.BallArrivedAt.HasValue || progress.StartedAt.HasValue)
                {
                    AddStretch(actuals, BarKind.Actual, stage.Key, stage.Owner, calendar, stage.Start, progress.FinishedAt, asOf, openUntil);
                }
            }

            var expected = showExpected && !stage.IsFinished && stage.Key != late?.Key
                ? new Bar(BarKind.Expected, stage.Key, stage.Owner, stage.Start, stage.Due)
                : null;
            rows.Add(new Row(stage.Key, Wording.StageName(agreement, stage.Key), stage.Owner, planned, actuals, expected));
        }

        var pauses = new List<Bar>();
        foreach (var pause in engagement.Pauses)
        {
            if (pause.From <= asOf)
            {
                var zone = forDates.CalendarOf(pause.CausedBy).Zone;
                var end = pause.Until is { } until ? (until <= asOf ? until : asOf) : openUntil;
                var first = pause.From.InZone(zone).Date;
                var last = (end < pause.From ? pause.From : end).InZone(zone).Date;
                pauses.Add(new Bar(BarKind.Pause, null, pause.CausedBy, first, last < first ? first : last));
            }
        }

        var today = asOf.InZone(agreement.Provider.Calendar.Zone).LocalDateTime;
        return new TimelineBars(Phrasebook.Of(language).Say(TextKey.TimelineTitle, agreement.Title), Phrasebook.Of(language), agreement, forDates, rows, pauses, today);
    }

    /// <summary>
    /// A stretch from <paramref name="first"/> (a business day of the owner's) to the day it ended. As a plan does, a
    /// stretch that ended before its first day began starts on the day it ended. One whose first working moment came
    /// after <paramref name="asOf"/> is not drawn; one closed only after asOf ends at asOf; one still open ends at
    /// <paramref name="openUntil"/> (asOf, or the termination before it).
    /// </summary>
    private static void AddStretch(List<Bar> bars, BarKind kind, StageKey stage, PartyRole owner, BusinessCalendar calendar, LocalDate first, Instant? until, Instant asOf, Instant openUntil)
    {
        var from = calendar.StartOfWorkingDay(first);
        if (until is { } ended && ended < from)
        {
            from = ended;
            first = calendar.ToLocalDate(ended);
        }

        if (from > asOf)
        {
            return;
        }

        var end = until is { } u ? (u <= asOf ? u : asOf) : openUntil;
        var last = calendar.ToLocalDate(end < from ? from : end);
        bars.Add(new Bar(kind, stage, owner, first, last < first ? first : last));
    }

    /// <summary>
    /// The days off of a party between two dates, as runs: days off with no business day between them (a closure
    /// over a weekend, a holiday next to it) make one run, which names each reason once.
    /// </summary>
    private static List<DaysOffRun> Runs(PartyRole party, BusinessCalendar calendar, LocalDate first, LocalDate last)
    {
        var runs = new List<DaysOffRun>();
        LocalDate? runFirst = null;
        var runLast = first;
        var reasons = new List<string>();
        foreach (var dayOff in calendar.DaysOff(new DateInterval(first, last)))
        {
            if (runFirst is not null && AnyBusinessDayBetween(calendar, runLast, dayOff.Date))
            {
                runs.Add(new DaysOffRun(party, runFirst.Value, runLast, reasons));
                runFirst = null;
                reasons = new List<string>();
            }

            runFirst ??= dayOff.Date;
            runLast = dayOff.Date;
            if (!reasons.Contains(dayOff.Reason))
            {
                reasons.Add(dayOff.Reason);
            }
        }

        if (runFirst is not null)
        {
            runs.Add(new DaysOffRun(party, runFirst.Value, runLast, reasons));
        }

        return runs;
    }

    // Days off are listed in date order, so the dates strictly between two of them are business days or days the party
    // never works; the gap is short unless a business day lies in it, which ends the look at once.
    private static bool AnyBusinessDayBetween(BusinessCalendar calendar, LocalDate after, LocalDate before)
    {
        for (var day = after.PlusDays(1); day < before; day = day.PlusDays(1))
        {
            if (calendar.IsBusinessDay(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One stage: its key and name, its owner, its planned bar, and for an engagement its actual bars (one per stretch it was open) and the dates it has now while not done.</summary>
    public sealed class Row
    {
        public Row(StageKey key, string name, PartyRole owner, Bar plan, IReadOnlyList<Bar> actuals, Bar? expected)
        {
            Key = key;
            Name = name;
            Owner = owner;
            Plan = plan;
            Actuals = actuals;
            Expected = expected;
        }

        public StageKey Key { get; }

        public string Name { get; }

        public PartyRole Owner { get; }

        public Bar Plan { get; }

        /// <summary>The stretches the stage was open, in the order they began; empty for a plan or a stage not begun.</summary>
        public IReadOnlyList<Bar> Actuals { get; }

        /// <summary>For an engagement, the start and due date the stage has now while it is not done; null otherwise.</summary>
        public Bar? Expected { get; }
    }

    /// <summary>One bar: what it stands for, its stage (none for a pause), the party it belongs to (the owner, the ball holder or who caused the pause), and its inclusive dates.</summary>
    public sealed class Bar
    {
        public Bar(BarKind kind, StageKey? stage, PartyRole party, LocalDate first, LocalDate last)
        {
            Kind = kind;
            Stage = stage;
            Party = party;
            First = first;
            Last = last;
        }

        public BarKind Kind { get; }

        public StageKey? Stage { get; }

        public PartyRole Party { get; }

        public LocalDate First { get; }

        public LocalDate Last { get; }
    }

    /// <summary>Days a party did not work, in a row: its first and last day (inclusive) and why, each reason once.</summary>
    public sealed class DaysOffRun
    {
        public DaysOffRun(PartyRole party, LocalDate first, LocalDate last, IReadOnlyList<string> reasons)
        {
            Party = party;
            First = first;
            Last = last;
            Reasons = reasons;
        }

        public PartyRole Party { get; }

        public LocalDate First { get; }

        public LocalDate Last { get; }

        public IReadOnlyList<string> Reasons { get; }
    }
}
