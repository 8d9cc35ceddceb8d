using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Samples;
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
    private static readonly LocalDatePattern LongDayPattern = LocalDatePattern.Create("dddd d MMMM", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern MomentPattern = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string Day(LocalDate date) => DayPattern.Format(date);

    /// <summary>A moment on the studio's clock.</summary>
    public static string Moment(Instant instant) => MomentPattern.Format(instant.InZone(Scenario.StudioCalendar.Zone).LocalDateTime);

    public static string Amount(Money money) =>
        money.Round(2).Amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string Hours(decimal hours) => Number(hours) + (hours == 1m ? " hour" : " hours");

    /// <summary>What an allowance has left after a request used some: "5 pages left", "2 hours left".</summary>
    public static string Left(ScopeDecision.ConsumesAllowance decision) =>
        decision.InHours
            ? Hours(decision.Remaining) + " left"
            : $"{decision.Remaining.ToString("0", CultureInfo.InvariantCulture)} {Scenario.Agreement.Scope.FindDeliverable(decision.Deliverable)!.Allowance.UnitName} left";

    /// <summary>What each deliverable includes, and what it does not.</summary>
    public static Table Deliverables(Agreement agreement)
    {
        var table = Tables.New("Deliverable", "Made in", "Allowance", "Included", "Not included");
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

    /// <summary>How much of each allowance is used and left, read off the engagement: "1 of 6 pages", "5 of 6 pages".</summary>
    public static Table Allowances(EngagementState state)
    {
        var table = Tables.New("Deliverable", "Used", "Left");
        foreach (var deliverable in state.Agreement!.Scope.Deliverables)
        {
            var standing = state.AllowanceOf(deliverable.Key)!;
            var unit = deliverable.Allowance.UnitName ?? "units";
            var (used, left) =
                standing.RevisionRoundsIncluded is { } rounds ? ($"{standing.RevisionRoundsUsed} of {Rounds(rounds)}", $"{standing.RevisionRoundsLeft} of {Rounds(rounds)}")
                : standing.HoursIncluded is { } hours ? ($"{Number(standing.HoursUsed)} of {Hours(hours)}", $"{Number(standing.HoursLeft!.Value)} of {Hours(hours)}")
                : ($"{standing.UnitsUsed} of {standing.UnitsIncluded} {unit}", $"{standing.UnitsLeft} of {standing.UnitsIncluded} {unit}");
            table.AddRow(Markup.Escape(deliverable.Name), Markup.Escape(used), Markup.Escape(left));
        }

        return table;
    }

    /// <summary>Every change order with where it stands at <paramref name="now"/> (a proposal past its last day reads expired).</summary>
    public static Table ChangeOrders(ScopeLedger scope, Instant now)
    {
        var table = Tables.New("Change order", "Price", "Adds", "Proposed", "Status");
        table.Columns[1].RightAligned();
        foreach (var order in scope.ChangeOrders)
        {
            table.AddRow(
                Markup.Escape(order.Description),
                Amount(order.Price),
                order.ScheduleImpactBusinessDays == 1 ? "1 business day" : $"{order.ScheduleImpactBusinessDays} business days",
                order.ProposedAt is { } proposed ? Moment(proposed) : "-",
                Markup.Escape(Capitalised(InWords(order.StatusAt(now))) + (order.DeclineReason is { } reason ? $": \"{reason}\"" : string.Empty)));
        }

        return table;
    }

    /// <summary>The provider's stages in two plans: how a change order moved them.</summary>
    public static Table Moves(Agreement agreement, Plan before, Plan after)
    {
        var table = Tables.New("Stage", "Business days", "Due before", "Due now");
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

    /// <summary>Where a change order stands, in words: "proposed, awaiting an answer" for Proposed.</summary>
    public static string InWords(ChangeOrderStatus status) =>
        status == ChangeOrderStatus.Draft ? "a draft, not yet sent"
        : status == ChangeOrderStatus.Proposed ? "proposed, awaiting an answer"
        : status == ChangeOrderStatus.ProceedingWhilePriced ? "under way while the price is agreed"
        : status == ChangeOrderStatus.Accepted ? "accepted"
        : status == ChangeOrderStatus.Declined ? "declined"
        : status == ChangeOrderStatus.Expired ? "expired unanswered"
        : status == ChangeOrderStatus.NoCharge ? "given at no charge"
        : status.Name;

    /// <summary>The last day a proposal is open, on the studio's calendar: it expires at the end of that day.</summary>
    public static string LastDayOpen(ChangeOrder order) =>
        LongDayPattern.Format((order.ExpiresAt!.Value - Duration.Epsilon).InZone(Scenario.StudioCalendar.Zone).Date);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Rounds(int rounds) => rounds == 1 ? "1 revision round" : $"{rounds} revision rounds";

    private static string Allowance(Allowance allowance) =>
        allowance.RevisionRounds is { } rounds ? Rounds(rounds)
        : allowance.Hours is { } hours ? Hours(hours)
        : allowance.Units is { } units ? $"{units} {allowance.UnitName}"
        : "-";

    private static string Lines(System.Collections.Generic.IReadOnlyList<string> items) =>
        items.Count == 0 ? "-" : Markup.Escape(string.Join("\n", items));
}
