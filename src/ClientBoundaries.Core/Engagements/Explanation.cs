using System.Globalization;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>The plain-English sentence of a due reminder or consequence, built from its figures.</summary>
internal static class Explanation
{
    public static string Of(
        Agreement agreement,
        Plan? plan,
        Obligation obligation,
        ConsequenceRule rule,
        int businessDaysLate,
        Instant at,
        Money? amount,
        Money? amountBeforeCap,
        CapScope? cappedBy,
        Money? cap,
        LocalDate? shiftedEnd,
        string? escalateTo)
    {
        var party = agreement.PartyOf(obligation.Party).Name;
        var other = agreement.PartyOf(obligation.Party.Counterpart).Name;
        var due = Day(obligation.Due!.Value);
        var what = obligation.NameIn(agreement);
        if (rule.Kind.IsReminder)
        {
            var tone = rule.Kind == ConsequenceKind.Reminder ? "Friendly reminder" : "Firm reminder";
            return businessDaysLate < 0 ? $"{tone} to {party}: {what} is due on {due}, in {Days(-businessDaysLate)}."
                : businessDaysLate == 0 ? $"{tone} to {party}: {what} is due today, {due}."
                : $"{tone} to {party}: {what} was due on {due} and is {Days(businessDaysLate)} overdue.";
        }

        var grace = obligation.Ladder.GraceBusinessDays > 0 && businessDaysLate > rule.BusinessDaysOverdue
            ? $" (the grace period of {Days(obligation.Ladder.GraceBusinessDays)} is over)"
            : string.Empty;
        var late = $"{Capitalised(what)} was due on {due} and {party} is {Days(businessDaysLate)} late{grace}";
        var comeBack = $"{party} came back on {Day(obligation.Calendar.ToLocalDate(at))} after a pause while {Days(businessDaysLate)} or more late on {what}";
        var sentence = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Escalation) => $"{late}: the matter goes to {party}'s {escalateTo}.",
            nameof(ConsequenceKind.ScheduleShift) => shiftedEnd is { } end && plan is not null
                ? $"{late}: every later date moves with it; delivered on {Day(obligation.Calendar.ToLocalDate(at))}, the work would end on {Day(end)} instead of {Day(plan.Stages[plan.Stages.Count - 1].BaselineDue)} as first planned."
                : $"{late}: every later date moves with it.",
            nameof(ConsequenceKind.Pause) => $"{late}: as agreed, the engagement is on hold until {party} is ready to go on.",
            nameof(ConsequenceKind.RestartLeadTime) => $"{comeBack}: {other} needs {Days(agreement.RestartLeadTimeOf(obligation.Party.Counterpart))} to pick the work up again{NextStart(agreement, plan, obligation)}.",
            nameof(ConsequenceKind.RestartFee) => $"{comeBack}: a restart fee of {Amount(amount)} is owed to {other}.",
            nameof(ConsequenceKind.LateFee) => $"{late}: a late fee of {Charged(rule.Charge!, "the payment", amountBeforeCap)} is owed to {other}.",
            nameof(ConsequenceKind.Credit) => $"{late}: {other} is owed a credit of {Charged(rule.Charge!, "the stage's price", amountBeforeCap)}.",
            _ => $"{late}: {other} may now give notice to end the engagement.",
        };
        return cappedBy is null
            ? sentence
            : sentence + $" The cap of {Amount(cap)} {CapName(cappedBy)} limits it to {Amount(amount)}.";
    }

    private static string NextStart(Agreement agreement, Plan? plan, Obligation obligation)
    {
        if (plan is null || obligation.StageIndex < 0)
        {
            return string.Empty;
        }

        for (var i = obligation.StageIndex + 1; i < agreement.Stages.Count; i++)
        {
            if (agreement.Stages[i].Owner == obligation.Party.Counterpart)
            {
                return $", so \"{agreement.Stages[i].Name}\" starts on {Day(plan.Stages[i].Start)} at the earliest";
            }
        }

        return string.Empty;
    }

    private static string Charged(Charge charge, string basis, Money? amount) =>
        charge.Percent is { } percent
            ? $"{percent.ToString(CultureInfo.InvariantCulture)}% of {basis} ({Amount(amount)})"
            : Amount(amount);

    private static string CapName(CapScope? scope) =>
        scope == CapScope.PerStage ? "per stage" : scope == CapScope.PerMonth ? "per month" : "for the whole engagement";

    /// <summary>An amount as sentences show it: "1800.00 EUR".</summary>
    internal static string Amount(Money? money) =>
        money is null ? "nothing" : money.ToAmountText();

    private static string Days(int businessDays) =>
        businessDays.ToString(CultureInfo.InvariantCulture) + (businessDays == 1 ? " business day" : " business days");

    internal static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as a party's local date and time: "2026-03-10 17:00".</summary>
    internal static string Moment(Calendars.BusinessCalendar calendar, Instant instant) =>
        instant.InZone(calendar.Zone).LocalDateTime.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
