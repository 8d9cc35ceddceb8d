using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace JustOneMoreThing;

/// <summary>Turns the scope terms and the scope ledger into tables. Every text is culture-invariant, so the output never varies.</summary>
internal static class Printout
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern MomentPattern = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string Day(LocalDate date) => DayPattern.Format(date);

    /// <summary>A moment on the studio's clock.</summary>
    public static string Moment(Instant instant) => MomentPattern.Format(instant.InZone(Scenario.StudioCalendar.Zone).LocalDateTime);

    public static string Amount(Money money) =>
        money.Round(2).Amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string Hours(decimal hours) =>
        hours.ToString("0.##", CultureInfo.InvariantCulture) + (hours == 1m ? " hour" : " hours");

    /// <summary>What an allowance has left after a request used some: "5 pages left", "2 hours left".</summary>
    public static string Left(ScopeDecision.ConsumesAllowance decision) =>
        decision.InHours
            ? Hours(decision.Remaining) + " left"
            : $"{decision.Remaining.ToString("0", CultureInfo.InvariantCulture)} {Scenario.Agreement.Scope.FindDeliverable(decision.Deliverable)!.Allowance.UnitName} left";

    /// <summary>What each deliverable includes, and what it does not.</summary>
    public static Table Deliverables(Agreement agreement)
    {
        var table = NewTable("Deliverable", "Made in", "Allowance", "Included", "Not included");
        foreach (var deliverable in agreement.Scope.Deliverables)
        {
            table.AddRow(
                $"[bold]{Markup.Escape(deliverable.Name)}[/]",
                Markup.Escape(deliverable.Stage is { } stage ? agreement.FindStage(stage)!.Name : "-"),
                Markup.Escape(Allowance(deliverable.Allowance)),
                Lines(deliverable.Inclusions),
                Lines(deliverable.Exclusions));
        }

        return table;
    }

    /// <summary>How much of each allowance is used and left, read off the engagement.</summary>
    public static Table Allowances(EngagementState state)
    {
        var table = NewTable("Deliverable", "Included", "Used", "Left");
        foreach (var deliverable in state.Agreement!.Scope.Deliverables)
        {
            var standing = state.AllowanceOf(deliverable.Key)!;
            var unit = deliverable.Allowance.UnitName ?? "units";
            var (included, used, left) =
                standing.RevisionRoundsIncluded is { } rounds ? ($"{rounds} revision rounds", $"{standing.RevisionRoundsUsed}", $"{standing.RevisionRoundsLeft}")
                : standing.HoursIncluded is { } hours ? (Hours(hours), Hours(standing.HoursUsed), Hours(standing.HoursLeft!.Value))
                : ($"{standing.UnitsIncluded} {unit}", $"{standing.UnitsUsed}", $"{standing.UnitsLeft}");
            table.AddRow(Markup.Escape(deliverable.Name), Markup.Escape(included), used, left);
        }

        return table;
    }

    /// <summary>Every change order with where it stands at <paramref name="now"/> (a proposal past its day reads Expired).</summary>
    public static Table ChangeOrders(ScopeLedger scope, Instant now)
    {
        var table = NewTable("Change order", "Price", "Adds", "Proposed", "Stands at " + Moment(now));
        table.Columns[1].RightAligned();
        foreach (var order in scope.ChangeOrders)
        {
            table.AddRow(
                Markup.Escape(order.Description),
                Amount(order.Price),
                order.ScheduleImpactBusinessDays == 1 ? "1 business day" : $"{order.ScheduleImpactBusinessDays} business days",
                order.ProposedAt is { } proposed ? Moment(proposed) : "-",
                Markup.Escape(order.StatusAt(now).Name + (order.DeclineReason is { } reason ? $": \"{reason}\"" : string.Empty)));
        }

        return table;
    }

    /// <summary>The provider's stages in two plans: how a change order moved them.</summary>
    public static Table Moves(Agreement agreement, Plan before, Plan after)
    {
        var table = NewTable("Stage", "Business days", "Due before", "Due now");
        foreach (var (old, now) in before.Stages.Zip(after.Stages).Where(s => !s.Second.IsFinished))
        {
            table.AddRow(
                Markup.Escape(agreement.FindStage(now.Key)!.Name),
                old.DurationBusinessDays == now.DurationBusinessDays ? $"{now.DurationBusinessDays}" : $"{old.DurationBusinessDays} -> {now.DurationBusinessDays}",
                Day(old.Due),
                old.Due == now.Due ? Day(now.Due) : $"[bold]{Day(now.Due)}[/]");
        }

        return table;
    }

    public static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{header}[/]"));
        }

        return table;
    }

    private static string Allowance(Allowance allowance) =>
        allowance.RevisionRounds is { } rounds ? $"{rounds} revision rounds"
        : allowance.Hours is { } hours ? Hours(hours)
        : allowance.Units is { } units ? $"{units} {allowance.UnitName}"
        : "-";

    private static string Lines(System.Collections.Generic.IReadOnlyList<string> items) =>
        items.Count == 0 ? "-" : Markup.Escape(string.Join("\n", items));
}
