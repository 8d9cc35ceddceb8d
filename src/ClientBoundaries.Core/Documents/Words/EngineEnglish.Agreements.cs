using System;
using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// Why an agreement cannot be built, a plan cannot be made yet, or a meeting cannot be booked; and why a calendar's
/// day is off when no one named it.
/// </content>
internal static partial class EngineEnglish
{
    private static IEnumerable<(string, Func<FactReader, string>)> DaysOff()
    {
        yield return ("day-off.observed", f => $"{f.Text("holiday")} (observed)");
        yield return ("day-off.skipped", f => $"No such date in {f.Text("zone")}: its clocks skipped it");
    }

    private static IEnumerable<(string, Func<FactReader, string>)> AgreementRefusals()
    {
        yield return ("agreement.provider.missing", _ => "The agreement must name the provider (WithProvider).");
        yield return ("agreement.client.missing", _ => "The agreement must name the client (WithClient).");
        yield return ("agreement.stages.none", _ => "The agreement must have at least one stage (AddStage).");
        yield return ("agreement.milestone.unknown-stage", f =>
            $"The milestone payment of {MilestoneAmount(f.Get<Charge>("amount"))} is tied to stage '{f.Text("stage")}', which the agreement does not have.");
        yield return ("agreement.preferences.escalation-contact-missing", f =>
            $"The {Role(f, "party")}'s consequence policy escalates to its escalation contact, but the {Role(f, "party")}'s preferences name none: name one (WithPreferences) or give the rule a contact role.");
        yield return ("agreement.preferences.channel-not-accepted", f =>
            $"The {Role(f, "party")} prefers {ChannelName(f.Get<Channel>("channel"))}, but its contact policy does not accept it (it accepts {Channels(f, "accepted")}).");
        yield return ("agreement.contact-windows.no-working-day", f =>
            $"The {Role(f, "party")}'s contact windows fall only on days it does not work ({f.Words.Weekdays(f.Get<WorkingWeek>("windows"))}; it works {f.Words.Weekdays(f.Get<WorkingWeek>("workingWeek"))}), so it could never be contacted: give it windows on at least one of its working days.");
        yield return ("agreement.deliverable.rounds-need-stage", f =>
            $"Deliverable '{f.Text("deliverable")}' includes {Plural(f.Get<int>("rounds"), "revision round")}, which are counted on the stage it is made in: name that stage.");
        yield return ("agreement.deliverable.unknown-stage", f =>
            $"Deliverable '{f.Text("deliverable")}' is made in stage '{f.Text("stage")}', which the agreement does not have.");
        yield return ("agreement.deliverable.stage-of-client", f =>
            $"Deliverable '{f.Text("deliverable")}' is made in stage '{f.Text("stage")}', which the client owns; the provider delivers, so name one of its stages.");
        yield return ("agreement.acceptance-window.unknown-stage", f =>
            $"An acceptance window of {BusinessDays(f.Get<int>("days"))} is given to stage '{f.Text("stage")}', which the agreement does not have.");
        yield return ("agreement.acceptance-window.stage-of-client", f =>
            $"An acceptance window of {BusinessDays(f.Get<int>("days"))} is given to stage '{f.Text("stage")}', which the client owns; the client accepts the provider's work, so name one of the provider's stages.");
        yield return ("agreement.deliverable.rounds-twice", f =>
            $"Two deliverables count revision rounds on stage '{f.Text("stage")}'; a stage's revisions can be counted against one deliverable only.");
        yield return ("agreement.scope.rate-card-missing", _ =>
            "Extra revision rounds are recorded as change requests, which are quoted from the rate card, but the agreement has none (WithRateCard).");
        yield return ("agreement.consequences.unknown-stage", f =>
            $"The {Role(f, "party")}'s consequence policy has a ladder for stage '{f.Text("stage")}', which the agreement does not have.");
        yield return ("agreement.consequences.stage-of-other-party", f =>
            $"The {Role(f, "party")}'s consequence policy has a ladder for stage '{f.Text("stage")}', but the {Role(f, "owner")} owns that stage: put it in the {Role(f, "owner")}'s policy.");
        yield return ("agreement.consequences.credit-from-client", _ =>
            "A credit is what the provider owes the client when the provider is late; the client's policy cannot have one (a late client pays a fee).");
        yield return ("agreement.consequences.fee-from-provider", _ =>
            "Fees are what a late client pays; when the provider is late it owes the client a credit instead, so the provider's policy cannot have a fee.");
        yield return ("agreement.consequences.provider-pays-nothing", _ => "Only the client makes payments, so the provider's policy cannot have a payment ladder.");
        yield return ("agreement.consequences.credit-needs-price", f =>
            $"The {Role(f, "party")}'s policy gives a credit worth a percentage of the stage's price, but stage '{f.Text("stage")}' has no price (StageBuilder.Priced).");
        yield return ("agreement.currency.mixed", f =>
            $"Every amount of the agreement must be in {f.Text("currency")}, but {WhereTheAmountIs(f)} is {Amount(f.Get<Money>("amount"))}.");
        yield return ("plan.not-signed", f => f.Has("deposit")
            ? $"Dates are assigned once the agreement is signed and the deposit of {Amount(f.Get<Money>("deposit"))} is received; it is only proposed so far."
            : "Dates are assigned once the agreement is signed; it is only proposed so far.");
        yield return ("plan.deposit-not-received", f =>
            $"Dates are assigned once the deposit of {Amount(f.Get<Money>("deposit"))} is received; the agreement is signed but the deposit has not arrived.");
        yield return ("plan.finish-out-of-order", f =>
            $"Stage '{f.Text("stage")}' cannot have finished while the stage before it, '{f.Text("previous")}', has not: stages finish in order.");
        yield return ("plan.finish-before-previous", f =>
            $"Stage '{f.Text("stage")}' cannot have finished on {Day(f.Get<LocalDate>("finish"))}, before the stage before it, '{f.Text("previous")}', finished on {Day(f.Get<LocalDate>("previousFinish"))}.");
        yield return ("meeting.too-long", f =>
            $"A meeting of {Minutes(f.Get<Duration>("length"))} minutes is longer than the {Minutes(f.Get<Duration>("longest"))} the agreement allows; split the agenda over two meetings.");
    }

    /// <summary>"the price of stage 'design'", "the client's LateFee rule at 5 business days", "the client's cap per month".</summary>
    private static string WhereTheAmountIs(FactReader f)
    {
        if (f.Has("stagePrice"))
        {
            return $"the price of stage '{f.Text("stagePrice")}'";
        }

        if (f.Has("hourlyRate"))
        {
            return "the rate card's hourly rate";
        }

        if (f.Has("rule"))
        {
            var rule = f.Get<ConsequenceRule>("rule");
            return $"the {Role(f, "party")}'s {RuleName(rule)}";
        }

        var cap = f.Get<CapScope>("cap");
        return $"the {Role(f, "party")}'s cap " + (cap == CapScope.PerStage ? "per stage" : cap == CapScope.PerMonth ? "per month" : "per engagement");
    }

    /// <summary>A milestone's amount: "2,400.00 EUR", or "30% of the total price".</summary>
    private static string MilestoneAmount(Charge charge) => charge.FixedAmount is { } amount ? Amount(amount) : En.Percent(charge.Percent!.Value) + " of the total price";

    /// <summary>"provider" or "client".</summary>
    private static string Role(FactReader f, string name) => f.Get<PartyRole>(name).Name.ToLowerInvariant();

    private static string Minutes(Duration duration) => duration.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
}
