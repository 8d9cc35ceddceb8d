using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
using ClientBoundaries.Scheduling;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace StudioWebsite;

/// <summary>Turns the agreement and its plans into tables. Every text is culture-invariant, so the output never varies.</summary>
internal static class Printout
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern ShortDayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayOfMonthPattern = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern MomentPattern = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(LocalDate date) => DayPattern.Format(date);

    public static string ShortDay(LocalDate date) => ShortDayPattern.Format(date);

    public static string Moment(Instant instant, DateTimeZone zone) => MomentPattern.Format(instant.InZone(zone).LocalDateTime);

    public static string Time(Instant instant, DateTimeZone zone) => TimePattern.Format(instant.InZone(zone).TimeOfDay);

    public static string Amount(Money money) =>
        money.Round(2).Amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string NameOf(Agreement agreement, StageKey key) => agreement.FindStage(key)?.Name ?? key.Value;

    /// <summary>A consequence's kind in words: "restart lead time" for RestartLeadTime.</summary>
    public static string InWords(ConsequenceKind kind) =>
        string.Concat(kind.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The text with its first letter a capital, to start a sentence.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>An obligation as a person names it: a stage by its title, a payment by what it pays for.</summary>
    public static string NameOf(Agreement agreement, ObligationKey obligation) =>
        obligation == ObligationKey.Deposit ? "the deposit"
        : obligation == ObligationKey.FinalPayment ? "the final payment"
        : obligation.Kind == ObligationKind.MilestonePayment ? $"the payment after \"{NameOf(agreement, obligation.Stage!)}\""
        : obligation.Stage is { } stage ? $"\"{NameOf(agreement, stage)}\""
        : obligation.ToString();

    /// <summary>Both parties: who they are, where, and when they work.</summary>
    public static Table Parties(Agreement agreement)
    {
        var table = Tables.New("Party", "Time zone", "Working hours");
        foreach (var party in new[] { agreement.Provider, agreement.Client })
        {
            table.AddRow(
                $"[bold]{Markup.Escape(party.Name)}[/]\n{(party.Role == PartyRole.Provider ? "the provider" : "the client")}",
                party.Calendar.Zone.Id,
                Markup.Escape(WorkingHours(party.Calendar.WorkingWeek)));
        }

        return table;
    }

    /// <summary>The working days a party takes off in the given year, one line each: "Thu 1 Jan: Año Nuevo"; a closure is one line.</summary>
    public static IEnumerable<string> DaysOff(Party party, int year) =>
        Runs(party.Calendar.DaysOff(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))))
            .Select(run => run.First == run.Last
                ? $"{ShortDay(run.First)}: {run.Reason}"
                : $"{ShortDay(run.First)} to {ShortDay(run.Last)}: {run.Reason}");

    /// <summary>Every stage as first planned and as it happened, with the business days its owner ran over.</summary>
    public static Table Outcome(EngagementState state)
    {
        var agreement = state.Agreement!;
        var table = Tables.New("Stage", "Owner", "Planned", "Happened", "Moved", "Owner ran over by");
        table.Columns[4].RightAligned();

        // The dates and the days moved keep to one line; the names and the overrun wrap between words.
        table.Columns[2].NoWrap();
        table.Columns[3].NoWrap();
        table.Columns[4].NoWrap();
        foreach (var stage in state.Plan!.Stages)
        {
            var done = stage.FinishedOn ?? stage.Due;
            var moved = Period.Between(stage.BaselineDue, done, PeriodUnits.Days).Days;
            var overrun = state.ProgressOf(stage.Key)!.OverrunBusinessDays;
            table.AddRow(
                Markup.Escape(NameOf(agreement, stage.Key)),
                Markup.Escape(agreement.PartyOf(stage.Owner).Name),
                Span(stage.BaselineStart, stage.BaselineDue),
                Span(stage.Start, done),
                moved == 0 ? "-" : $"+{moved} days",
                overrun == 0 ? "-" : $"{overrun} business days");
        }

        return table;
    }

    /// <summary>Two days as short as they read: "1-2 Jun" in one month, "24 Aug-11 Sep" across two.</summary>
    private static string Span(LocalDate first, LocalDate last) =>
        first.Month == last.Month && first.Year == last.Year
            ? $"{first.Day}-{DayOfMonthPattern.Format(last)}"
            : $"{DayOfMonthPattern.Format(first)}-{DayOfMonthPattern.Format(last)}";

    /// <summary>Days off in a row with the same reason (a closure) become one line.</summary>
    private static List<(string Reason, LocalDate First, LocalDate Last)> Runs(IReadOnlyList<DayOff> daysOff)
    {
        var runs = new List<(string Reason, LocalDate First, LocalDate Last)>();
        foreach (var dayOff in daysOff)
        {
            if (runs.Count > 0 && runs[^1].Reason == dayOff.Reason)
            {
                runs[^1] = (dayOff.Reason, runs[^1].First, dayOff.Date);
            }
            else
            {
                runs.Add((dayOff.Reason, dayOff.Date, dayOff.Date));
            }
        }

        return runs;
    }

    /// <summary>The week in short: <c>Mon-Thu 09:00-14:00 15:00-18:30</c>, one line per shape of day.</summary>
    private static string WorkingHours(WorkingWeek week) =>
        string.Join("\n", week.WorkingDays
            .GroupBy(day => string.Join(" ", week.HoursOn(day)))
            .Select(g => Days(g.ToList()) + " " + g.Key));

    private static string Days(List<IsoDayOfWeek> days) =>
        days.Count > 2 && days[^1] - days[0] == days.Count - 1
            ? $"{Short(days[0])}-{Short(days[^1])}"
            : string.Join(", ", days.Select(Short));

    private static string Short(IsoDayOfWeek day) => day.ToString()[..3];
}
