using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// What a timeline shows, worked out once in dates: one row per stage with its planned bar and,
/// for an engagement, its actual bar; the pauses; the "today" moment; the span of the axis. The
/// Mermaid chart and the SVG both draw this model and nothing else, so they can never disagree.
/// </summary>
/// <remarks>Every bar's dates are inclusive local dates. Immutable and thread-safe.</remarks>
internal sealed class TimelineBars
{
    private TimelineBars(
        string title,
        Phrasebook words,
        Agreement agreement,
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

        var firsts = rows.Select(r => r.Plan.First).Concat(rows.SelectMany(r => r.Actuals).Select(a => a.First)).Concat(pauses.Select(p => p.First));
        var lasts = rows.Select(r => r.Plan.Last).Concat(rows.SelectMany(r => r.Actuals).Select(a => a.Last)).Concat(pauses.Select(p => p.Last));
        if (today is { } now)
        {
            firsts = firsts.Append(now.Date);
            lasts = lasts.Append(now.Date);
        }

        First = firsts.Min();
        Last = lasts.Max();
    }

    /// <summary>What a bar stands for.</summary>
    public enum BarKind
    {
        /// <summary>The dates a stage was planned for (for an engagement, the baseline).</summary>
        Plan,

        /// <summary>One stretch of a stage: from when the ball reached its owner to when it was handed off (or cut short by a revision), or to "today" while open.</summary>
        Actual,

        /// <summary>A time the engagement was on hold.</summary>
        Pause,
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

    /// <summary>For an engagement, the "as of" moment in the provider's zone; null for a plan.</summary>
    public LocalDateTime? Today { get; }

    /// <summary>Whether this is an engagement's plan against actual, rather than a plan alone.</summary>
    public bool IsEngagement => Today.HasValue;

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
            .Select(stage => new Row(stage.Key, Wording.StageName(agreement, stage.Key), stage.Owner, new Bar(BarKind.Plan, stage.Key, stage.Owner, stage.Start, stage.Due), new List<Bar>()))
            .ToList();
        return new TimelineBars(Phrasebook.Of(language).Say(TextKey.TimelineTitle, agreement.Title), Phrasebook.Of(language), agreement, rows, new List<Bar>(), null);
    }

    /// <summary>
    /// An engagement as of a moment: each stage's baseline, each stretch a begun stage was open in
    /// its owner's dates, and each pause in the dates of the party that caused it. What happened
    /// after <paramref name="asOf"/> is cut at it.
    /// </summary>
    /// <remarks>
    /// A stage's progress keeps only its current stretch: a revision that reopens a stage (or sends
    /// the next one back to wait) starts it afresh. The stretches it ended are kept by the engagement
    /// as closed rounds, each with the moment it opened and the moment the revision closed it.
    /// </remarks>
    public static TimelineBars OfEngagement(Agreement agreement, Plan plan, EngagementState engagement, Instant asOf, Language language)
    {
        // Nothing stays open past the end of an engagement that was ended early: it ends then, not at asOf.
        var openUntil = engagement.TerminatedAt is { } terminated && terminated < asOf ? terminated : asOf;
        var rows = new List<Row>();
        foreach (var stage in plan.Stages)
        {
            var planned = new Bar(BarKind.Plan, stage.Key, stage.Owner, stage.BaselineStart, stage.BaselineDue);
            var index = engagement.IndexOf(stage.Key);
            var actuals = new List<Bar?>();
            if (index >= 0)
            {
                var progress = engagement.Stages[index];
                var zone = agreement.CalendarOf(progress.Owner).Zone;
                foreach (var round in engagement.ClosedRounds.Where(r => r.StageIndex == index))
                {
                    actuals.Add(Stretch(BarKind.Actual, stage.Key, progress.Owner, zone, round.OpenedAt, round.ClosedAt, asOf, openUntil));
                }

                if ((progress.BallArrivedAt ?? progress.StartedAt) is { } from)
                {
                    actuals.Add(Stretch(BarKind.Actual, stage.Key, progress.Owner, zone, from, progress.FinishedAt, asOf, openUntil));
                }
            }

            rows.Add(new Row(stage.Key, Wording.StageName(agreement, stage.Key), stage.Owner, planned, actuals.Where(a => a is not null).Select(a => a!).ToList()));
        }

        var pauses = engagement.Pauses
            .Select(pause => Stretch(BarKind.Pause, null, pause.CausedBy, agreement.CalendarOf(pause.CausedBy).Zone, pause.From, pause.Until, asOf, openUntil))
            .Where(bar => bar is not null)
            .Select(bar => bar!)
            .ToList();
        var today = asOf.InZone(agreement.Provider.Calendar.Zone).LocalDateTime;
        return new TimelineBars(Phrasebook.Of(language).Say(TextKey.TimelineTitle, agreement.Title), Phrasebook.Of(language), agreement, rows, pauses, today);
    }

    // A stretch that had not begun by asOf is not drawn; one closed only after asOf ends at asOf; one
    // still open ends at openUntil (asOf, or the termination before it).
    private static Bar? Stretch(BarKind kind, StageKey? stage, PartyRole party, DateTimeZone zone, Instant from, Instant? until, Instant asOf, Instant openUntil)
    {
        if (from > asOf)
        {
            return null;
        }

        var end = until is { } u ? (u <= asOf ? u : asOf) : openUntil;
        end = end < from ? from : end;
        var first = from.InZone(zone).Date;
        var last = end.InZone(zone).Date;
        return new Bar(kind, stage, party, first, last < first ? first : last);
    }

    /// <summary>One stage: its key and name, its owner, its planned bar and, for a begun stage of an engagement, its actual bars, one per stretch it was open.</summary>
    public sealed class Row
    {
        public Row(StageKey key, string name, PartyRole owner, Bar plan, IReadOnlyList<Bar> actuals)
        {
            Key = key;
            Name = name;
            Owner = owner;
            Plan = plan;
            Actuals = actuals;
        }

        public StageKey Key { get; }

        public string Name { get; }

        public PartyRole Owner { get; }

        public Bar Plan { get; }

        /// <summary>The stretches the stage was open, in the order they began; empty for a plan or a stage not begun.</summary>
        public IReadOnlyList<Bar> Actuals { get; }
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
}
