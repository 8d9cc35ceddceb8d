using System;
using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The sentences of a running engagement that are not refusals: why a reminder or consequence is due, what is open in
/// how the two sides talk, what the holder of the ball is expected to do, and the texts the engine records.
/// </content>
internal static partial class EngineEnglish
{
    /// <summary>Why a reminder or a consequence is due: who is late with what, by how much, and what follows.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Explanations()
    {
        yield return ("consequence.explanation", Explanation);
    }

    /// <summary>What is open in how the two sides talk, as a to-do for the provider.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> CommunicationToDos()
    {
        yield return ("communication.recap-owed", f =>
        {
            var client = f.Text("client");
            var message = $"Send {client} the recap of the meeting of {Moment(f.Get<LocalDateTime>("startedAt"))} (\"{f.Text("topic")}\"){By(f, " ")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                var followUps = f.Texts("followUps");
                message += followUps.Count == 0
                    ? " Write down what was agreed; every agenda item was covered."
                    : $" Write down what was agreed, and carry the items not covered as follow-ups: {string.Join("; ", followUps)}.";
            }

            return message;
        });
        yield return ("communication.check-in-missed", f =>
        {
            var client = f.Text("client");
            var message = $"The check-in of {Day(f.Get<LocalDate>("occurrence"))} with {client} was not recorded: hold it late, or record it as missed.";
            return f.Get<bool>("detailed") ? message + $" Check-ins are {Cadence(f.Get<CheckInCadence>("cadence"))}; offer {client} a new time with an agenda." : message;
        });
        yield return ("communication.feedback-due", f =>
        {
            var point = f.Get<FeedbackPoint>("point");
            var days = f.Get<int>("followUpDays");
            var about = point == FeedbackPoint.AfterOnboarding ? "on how getting started went"
                : point == FeedbackPoint.AtCompletion ? "on the work as a whole, now that it is complete"
                : $"on how the work is doing, {Days(days)} after completion";
            var message = $"Ask {f.Text("client")} for feedback {about}{By(f, ", ")}." + Owed(f);
            return f.Get<bool>("detailed") ? message + " Ask what went well, what could have gone better, and whether anything is still open." : message;
        });
        yield return ("communication.follow-through-due", f =>
        {
            var client = f.Text("client");
            var message = $"Follow through on \"{f.Text("whatHappened")}\" for {client}{By(f, " ")}: {f.Text("remedy")}." + Owed(f);
            if (f.Get<bool>("detailed"))
            {
                message += $" What it meant for {client}: {f.Text("impact")}."
                    + (f.Has("credit") ? $" A credit of {Amount(f.Get<Money>("credit"))} is part of the remedy." : string.Empty);
            }

            return message;
        });
    }

    /// <summary>A to-do's deadline while it is still ahead: " by 2026-03-03 17:00" after <paramref name="lead"/>'s punctuation; nothing once it has passed (<see cref="Owed"/> says so).</summary>
    private static string By(FactReader f, string lead) => f.Has("late") ? string.Empty : $"{lead}by {Moment(f.Get<LocalDateTime>("by"))}";

    /// <summary>A to-do read after its deadline: " It was owed by 2026-03-03 17:00 and is 2 business days late."; nothing before.</summary>
    private static string Owed(FactReader f)
    {
        if (!f.Has("late"))
        {
            return string.Empty;
        }

        var late = f.Get<int>("late");
        var by = Moment(f.Get<LocalDateTime>("by"));
        return late > 0 ? $" It was owed by {by} and is {BusinessDays(late)} late." : $" It was owed by {by}.";
    }

    /// <summary>
    /// Why a reminder or consequence is due, true on the day it is read: "is due today" only on the due date, the
    /// lateness counted to that day (or to the day the count stopped), and the end a schedule shift leads to if the
    /// stage is delivered that day.
    /// </summary>
    private static string Explanation(FactReader f)
    {
        var rule = f.Get<ConsequenceRule>("rule");
        var party = f.Text("party");
        var other = f.Text("other");
        var what = ObligationName(f);
        if (rule.Kind.IsReminder)
        {
            var tone = rule.Kind == ConsequenceKind.Reminder ? "Friendly reminder" : "Firm reminder";
            return $"{tone} to {party}: {what} {DueWhen(f, party, reminder: true)}.";
        }

        var grace = f.Has("grace") ? $" (the grace period of {BusinessDays(f.Get<int>("grace"))} is over)" : string.Empty;
        var lateness = $"{Phrasebook.Capitalised(what)} {DueWhen(f, party, reminder: false)}{grace}";
        var comeBack = $"{party} came back on {Day(f.Get<LocalDate>("cameBack"))} after a pause while {BusinessDays(f.Get<int>("threshold"))} or more late on {what}";
        var sentence = rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Escalation) => $"{lateness}: the matter goes to {party}'s {f.Optional<string>("escalateTo")}.",
            nameof(ConsequenceKind.ScheduleShift) => $"{lateness}: {ShiftedDates(f)}.",
            nameof(ConsequenceKind.Pause) => $"{lateness}: as agreed, the engagement is on hold until {party} is ready to go on.",
            nameof(ConsequenceKind.RestartLeadTime) => $"{comeBack}: {other} needs {BusinessDays(f.Get<int>("leadTime"))} to pick the work up again"
                + (f.Has("nextStage") ? $", so \"{f.Text("nextStage")}\" starts on {Day(f.Get<LocalDate>("nextStart"))} at the earliest" : string.Empty) + ".",
            nameof(ConsequenceKind.RestartFee) => $"{comeBack}: a restart fee of {Amount(f.Optional<Money>("amountBeforeCap") ?? f.Optional<Money>("amount"))} is owed to {other}.",
            nameof(ConsequenceKind.LateFee) => $"{lateness}: a late fee of {Charged(rule.Charge!, "the payment", f.Optional<Money>("amountBeforeCap"))} is owed to {other}.",
            nameof(ConsequenceKind.Credit) => $"{lateness}: {other} is owed a credit of {Charged(rule.Charge!, "the stage's price", f.Optional<Money>("amountBeforeCap"))}.",
            _ => $"{lateness}: {other} may now give notice to end the engagement.",
        };
        return f.Has("cappedBy")
            ? sentence + $" The cap of {Amount(f.Get<Money>("cap"))} {CapName(f.Get<CapScope>("cappedBy"))} limits it to {Amount(f.Optional<Money>("amount"))}."
            : sentence;
    }

    /// <summary>
    /// When the obligation was or is due and how late the party is, seen from the day the sentence is read: "is due on
    /// 2026-03-10, in 3 business days", "is due today, 2026-03-10", "was due on 2026-03-10 and is 2 business days
    /// overdue" (a reminder), "was due on 2026-03-10 and Acme Bakery is 5 business days late", "... and was handed over
    /// 3 business days late", "... and Acme Bakery was 4 business days late when the engagement ended".
    /// </summary>
    private static string DueWhen(FactReader f, string party, bool reminder)
    {
        var due = f.Get<LocalDate>("due");
        var today = f.Get<LocalDate>("today");
        var late = f.Get<int>("late");
        if (f.Has("fulfilledOn"))
        {
            var kind = f.Get<ObligationKey>("obligation").Kind;
            var done = kind == ObligationKind.Stage ? "was handed over" : kind == ObligationKind.Reply ? "was sent" : kind == ObligationKind.Acceptance ? "was answered" : "was paid";
            return late > 0 ? $"was due on {Day(due)} and {done} {BusinessDays(late)} late" : $"was due on {Day(due)} and {done} on {Day(f.Get<LocalDate>("fulfilledOn"))}";
        }

        var stopped = f.Optional<string>("stopped");
        if (late > 0)
        {
            var days = BusinessDays(late);
            return stopped is null
                ? reminder ? $"was due on {Day(due)} and is {days} overdue" : $"was due on {Day(due)} and {party} is {days} late"
                : (reminder ? $"was due on {Day(due)} and was {days} overdue " : $"was due on {Day(due)} and {party} was {days} late ")
                    + (stopped == "hold" ? "when the engagement was put on hold"
                        : stopped == "sent-back" ? "when the stage went back to wait for the one before it"
                        : "when the engagement ended");
        }

        return today == due ? $"is due today, {Day(due)}"
            : today > due ? $"was due on {Day(due)}"
            : late < 0 && stopped is null ? $"is due on {Day(due)}, in {BusinessDays(-late)}"
            : $"is due on {Day(due)}";
    }

    /// <summary>What a schedule shift does: every later date moves, and where the work ends if the stage is delivered on the day read (or, delivered already, where it ends now).</summary>
    private static string ShiftedDates(FactReader f)
    {
        if (!f.Has("shiftedEnd"))
        {
            return f.Has("fulfilledOn") ? "every later date moved with it" : "every later date moves with it";
        }

        var end = Day(f.Get<LocalDate>("shiftedEnd"));
        var baseline = Day(f.Get<LocalDate>("baselineEnd"));
        return f.Has("deliveredOn")
            ? $"every later date moves with it; delivered on {Day(f.Get<LocalDate>("deliveredOn"))}, the work would end on {end} instead of {baseline} as first planned"
            : f.Has("fulfilledOn") ? $"every later date moved with it; the work now ends on {end} instead of {baseline} as first planned"
            : "every later date moves with it";
    }

    /// <summary>
    /// How sentences name an obligation: <c>stage "Client sends content"</c>, <c>the deposit of 1800.00 EUR</c>,
    /// <c>the reply to Acme Bakery's email of 2026-03-06 16:30</c>.
    /// </summary>
    private static string ObligationName(FactReader f)
    {
        var kind = f.Get<ObligationKey>("obligation").Kind;
        return kind == ObligationKind.Stage ? $"stage \"{f.Text("stage")}\""
            : kind == ObligationKind.Acceptance ? $"the acceptance of \"{f.Text("stage")}\""
            : kind == ObligationKind.Reply ? $"the reply to {f.Text("sender")}'s {ChannelName(f.Get<Channel>("channel"))} of {Moment(f.Get<LocalDateTime>("arrivedAt"))}"
            : kind == ObligationKind.MilestonePayment ? $"the payment of {Amount(f.Optional<Money>("basis"))} for \"{f.Text("stage")}\""
            : kind == ObligationKind.Deposit ? $"the deposit of {Amount(f.Optional<Money>("basis"))}"
            : $"the final payment of {Amount(f.Optional<Money>("basis"))}";
    }

    private static string Charged(Charge charge, string basis, Money? amount) =>
        charge.Percent is { } percent
            ? $"{En.Percent(percent)} of {basis} ({Amount(amount)})"
            : Amount(amount);

    private static string CapName(CapScope scope) =>
        scope == CapScope.PerStage ? "per stage" : scope == CapScope.PerMonth ? "per month" : "for the whole engagement";
}
