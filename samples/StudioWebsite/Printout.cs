using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace StudioWebsite;

/// <summary>Turns the agreement and its plans into tables. Every text is culture-invariant, so the output never varies.</summary>
internal static class Printout
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern ShortDayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern MomentPattern = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string Day(LocalDate date) => DayPattern.Format(date);

    public static string ShortDay(LocalDate date) => ShortDayPattern.Format(date);

    public static string Moment(Instant instant, DateTimeZone zone) => MomentPattern.Format(instant.InZone(zone).LocalDateTime);

    public static string Amount(Money money) =>
        money.Round(2).Amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string NameOf(Agreement agreement, StageKey key) => agreement.FindStage(key)?.Name ?? key.Value;

    /// <summary>Both parties: who they are, when they work, and the working days they take off in the given year.</summary>
    public static Table Parties(Agreement agreement, int year)
    {
        var table = NewTable("Party", "Time zone", "Working hours", $"Working days off in {year}");
        foreach (var party in new[] { agreement.Provider, agreement.Client })
        {
            var calendar = party.Calendar;
            var daysOff = Runs(calendar.DaysOff(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))))
                .Select(run => run.First == run.Last
                    ? $"{run.Reason}: {ShortDay(run.First)}"
                    : $"{run.Reason}: {ShortDay(run.First)} to {ShortDay(run.Last)}");
            table.AddRow(
                $"[bold]{Markup.Escape(party.Name)}[/]\n{party.Role}",
                calendar.Zone.Id,
                Markup.Escape(WorkingHours(calendar.WorkingWeek)),
                Markup.Escape(string.Join("\n", daysOff)));
        }

        return table;
    }

    /// <summary>The stages as the one-pager lists them: who owns each, how long it takes, who does what.</summary>
    public static Table Stages(Agreement agreement)
    {
        var table = NewTable("#", "Stage", "Owner", "Business days", "Studio does", "Client does", "Hands over");
        table.Columns[3].RightAligned();
        var number = 1;
        foreach (var stage in agreement.Stages)
        {
            table.AddRow(
                (number++).ToString(CultureInfo.InvariantCulture),
                $"[bold]{Markup.Escape(stage.Name)}[/]",
                Markup.Escape(agreement.PartyOf(stage.Owner).Name),
                stage.DurationBusinessDays.ToString(CultureInfo.InvariantCulture),
                Bullets(stage.TasksOf(PartyRole.Provider)),
                Bullets(stage.TasksOf(PartyRole.Client)),
                Markup.Escape(stage.Handover ?? "-"));
        }

        return table;
    }

    /// <summary>The payment terms; with a plan, the day each payment falls due.</summary>
    public static Table Payments(Agreement agreement, Plan? plan = null)
    {
        var terms = agreement.PaymentTerms!;
        var table = NewTable("Payment", "Amount", "When");
        table.Columns[1].RightAligned();
        table.AddRow("Deposit " + terms.Deposit, Amount(terms.DepositAmount), "Before any dates are set");
        foreach (var milestone in terms.Milestones)
        {
            var stage = NameOf(agreement, milestone.Stage);
            var due = plan?.FindStage(milestone.Stage)?.Due;
            table.AddRow(
                $"Milestone {milestone.Amount}",
                Amount(milestone.Amount.Of(terms.Total)),
                due is { } d ? $"When \"{stage}\" is done, due {Day(d)}" : $"When \"{stage}\" is done");
        }

        table.AddRow(
            "Final payment",
            Amount(terms.FinalPaymentAmount),
            plan is null
                ? $"{terms.FinalPaymentDueDays} days after launch"
                : $"{terms.FinalPaymentDueDays} days after launch, by {Day(plan.End.PlusDays(terms.FinalPaymentDueDays))}");
        table.AddRow("[bold]Total[/]", $"[bold]{Amount(terms.Total)}[/]", string.Empty);
        return table;
    }

    /// <summary>The dated stages, each in its owner's own calendar.</summary>
    public static Table DatedStages(Agreement agreement, Plan plan)
    {
        var table = NewTable("#", "Stage", "Owner", "Days", "Starts", "Due by end of", "Owner's zone");
        table.Columns[3].RightAligned();
        var number = 1;
        foreach (var stage in plan.Stages)
        {
            table.AddRow(
                (number++).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(NameOf(agreement, stage.Key)),
                Markup.Escape(agreement.PartyOf(stage.Owner).Name),
                stage.DurationBusinessDays.ToString(CultureInfo.InvariantCulture),
                Day(stage.Start),
                $"[bold]{Day(stage.Due)}[/]",
                agreement.CalendarOf(stage.Owner).Zone.Id);
        }

        return table;
    }

    /// <summary>Every moment the ball changes hands, on both parties' clocks.</summary>
    public static Table Handoffs(Agreement agreement, Plan plan)
    {
        var studio = agreement.Provider.Calendar.Zone;
        var bakery = agreement.Client.Calendar.Zone;
        var table = NewTable("After", "Ball passes", "What is handed over", $"{City(studio)} time", $"{City(bakery)} time", "Receiver starts");
        foreach (var handoff in plan.Handoffs)
        {
            var next = handoff.NextStage is { } key ? plan.FindStage(key) : null;
            table.AddRow(
                Markup.Escape(NameOf(agreement, handoff.AfterStage)),
                Markup.Escape($"{agreement.PartyOf(handoff.From).Name}\n-> {agreement.PartyOf(handoff.To).Name}"),
                Markup.Escape(handoff.Handover ?? "-"),
                Moment(handoff.At, studio),
                Moment(handoff.At, bakery),
                next is null ? "(final handover)" : Day(next.Start));
        }

        return table;
    }

    /// <summary>Every stage's old and new dates: the finished ones as they happened, the rest re-dated from the actual handoffs.</summary>
    public static Table Moves(Agreement agreement, Plan before, Plan after)
    {
        var table = NewTable("Stage", "Owner", "Was due", "Now starts", "Now due", "Moved");
        table.Columns[5].RightAligned();
        foreach (var (old, now) in before.Stages.Zip(after.Stages))
        {
            var newDue = now.FinishedOn ?? now.Due;
            var moved = Period.Between(old.Due, newDue, PeriodUnits.Days).Days;
            table.AddRow(
                Markup.Escape(NameOf(agreement, now.Key)),
                Markup.Escape(agreement.PartyOf(now.Owner).Name),
                Day(old.Due),
                Day(now.Start),
                now.IsFinished ? $"{Day(newDue)} (done)" : $"[bold]{Day(newDue)}[/]",
                moved == 0 ? "-" : $"+{moved} days");
        }

        return table;
    }

    /// <summary>How a holiday that falls on a day off is made up for; empty when it falls on a working day or is not.</summary>
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

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{header}[/]"));
        }

        return table;
    }

    private static string Bullets(IReadOnlyList<string> tasks) =>
        tasks.Count == 0 ? "-" : Markup.Escape(string.Join("\n", tasks.Select(t => "- " + t)));

    /// <summary>The week in short: <c>Mon-Thu 09:00-14:00 15:00-18:30</c>, one line per shape of day.</summary>
    private static string WorkingHours(WorkingWeek week) =>
        string.Join("\n", week.WorkingDays
            .GroupBy(day => string.Join(" ", week.HoursOn(day)))
            .Select(g => Days(g.ToList()) + " " + g.Key));

    private static string Days(List<IsoDayOfWeek> days) =>
        days.Count > 2 && days[^1] - days[0] == days.Count - 1
            ? $"{Short(days[0])}-{Short(days[^1])}"
            : string.Join(", ", days.Select(Short));

    /// <summary>The city of a zone id: <c>New York</c> for <c>America/New_York</c>.</summary>
    private static string City(DateTimeZone zone) => zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    private static string Short(IsoDayOfWeek day) => day.ToString()[..3];
}
