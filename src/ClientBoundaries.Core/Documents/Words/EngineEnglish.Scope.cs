using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The answers to "just one more thing", in the words the provider could send as they are: included, covered by an
/// allowance, goodwill, or out of scope with a priced change order; the notice that charging starts; the refusals.
/// </content>
internal static partial class EngineEnglish
{
    private static IEnumerable<(string, Func<FactReader, string>)> ScopeAnswers()
    {
        yield return ("scope.duplicate-request", f =>
            $"A change request with the id '{f.Text("request")}' was already recorded (\"{f.Text("description")}\"); give this one its own id.");
        yield return ("scope.unknown-deliverable", f =>
        {
            var known = f.Texts("deliverables");
            return $"The agreement has no deliverable '{f.Text("deliverable")}'; it has {(known.Count == 0 ? "none" : "'" + string.Join("', '", known) + "'")}.";
        });
        yield return ("scope.unknown-clause", f =>
            $"{f.Text("deliverable")} has no inclusion or exclusion written as \"{f.Text("clause")}\"; {Listed(f.Texts("inclusions"), "nothing is listed as included", " included")}, and {Listed(f.Texts("exclusions"), "nothing is listed as excluded", " excluded")}.");
        yield return ("scope.no-rate-card", f =>
            $"{Quoted(f)} falls outside the agreement ({Because(f)}), and the agreement has no rate card to quote it from: add one, or agree the price outside the library.");
        yield return ("scope.answer.included", f =>
            $"{Quoted(f)} is part of {f.Text("deliverable")} as agreed (\"{f.Text("clause")}\"), so there is no extra charge.");
        yield return ("scope.answer.units-covered", f =>
            $"{Quoted(f)} is covered by what we agreed: it uses {Number(f.Get<int>("units"))} {OfTheUnits(f)}, and {UnitsLeft(f.Get<int>("left"))} after it.");
        yield return ("scope.answer.hours-covered", f =>
        {
            var left = f.Get<decimal>("left");
            return $"{Quoted(f)} is covered by the {Hours(f.Get<decimal>("included"))} included in {f.Text("deliverable")}: it takes about {Hours(f.Get<decimal>("estimate"))}, and {Hours(left)} {IsAre(left)} left after it.";
        });
        yield return ("scope.answer.goodwill", f =>
        {
            if (!f.Has("estimate"))
            {
                return $"Happy to do {Quoted(f)} at no charge.";
            }

            var left = f.Get<decimal>("left");
            return $"Happy to do {Quoted(f)} at no charge, as goodwill: it takes about {Hours(f.Get<decimal>("estimate"))}, and {Number(left)} of the {Hours(f.Get<decimal>("goodwill"))} of goodwill {IsAre(left)} left after it.";
        });
        yield return ("scope.answer.out-of-scope", f =>
        {
            var hours = Hours(f.Get<decimal>("hours"));
            var rate = Amount(f.Get<Money>("rate"));
            var price = Amount(f.Get<Money>("price"));
            var byTheHour = f.Get<Money>("byTheHour");
            var minimum = f.Get<Money>("minimum");
            var pricing = byTheHour < minimum
                ? $"{hours} at {rate} an hour would be {Amount(byTheHour)}, and a change order costs at least {Amount(minimum)}, so it comes to {price}"
                : $"{hours} at {rate} an hour comes to {price}";
            var impact = f.Get<int>("impact");
            var schedule = f.Get<bool>("reopensStage") ? "the round is planned like any revision, from the day you ask for it"
                : impact == 0 ? "it does not move the schedule"
                : $"it adds {BusinessDays(impact)} to the schedule";
            return $"{Quoted(f)} is outside what we agreed: {Because(f)}. It needs a change order: {pricing}, and {schedule}. Shall I send it to you for approval?";
        });
        yield return ("scope.notice.charging-starts", f =>
        {
            var requests = f.Get<int>("requests");
            var left = f.Get<decimal>("left");
            return $"A word on charging: small extras have been on us so far ({Hours(f.Get<decimal>("used"))} of goodwill over {Plural(requests, "request")}), as our agreement sets aside {Hours(f.Get<decimal>("goodwill"))} for them. "
                + (left == 0m
                    ? $"That goodwill is now used up, so from this request on, extras are quoted from the rate card: {RateCardTerms(f.Get<RateCard>("rateCard"))}."
                    : $"What is left of it ({Hours(left)}) does not cover this request, so it is quoted from the rate card ({RateCardTerms(f.Get<RateCard>("rateCard"))}); a smaller extra may still fit in what is left.");
        });
    }

    /// <summary>Why a request is outside what was agreed, as a clause: "it goes beyond Design as we agreed it".</summary>
    private static string Because(FactReader f)
    {
        var reason = f.Get<OutOfScopeReason>("reason");
        if (reason == OutOfScopeReason.Excluded)
        {
            return $"the agreement lists \"{f.Text("exclusion")}\" as not included in {f.Text("deliverable")}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance && f.Has("unitName"))
        {
            return $"it needs {Number(f.Get<int>("units"))} {OfTheUnits(f)}, and {UnitsLeft(f.Get<int>("left"))}";
        }

        if (reason == OutOfScopeReason.BeyondAllowance)
        {
            var left = f.Get<decimal>("left");
            var included = f.Get<decimal>("included");
            return $"it takes about {Hours(f.Get<decimal>("estimate"))}, and " + (left == 0m
                ? $"all of the {Hours(included)} included in {f.Text("deliverable")} {IsAre(included)} used"
                : $"only {Hours(left)} of the {Hours(included)} included in {f.Text("deliverable")} {IsAre(left)} left");
        }

        if (reason == OutOfScopeReason.BeyondRevisionRounds)
        {
            var rounds = f.Get<int>("rounds");
            return $"the {Plural(rounds, "revision round")} included for {f.Text("deliverable")} {(rounds == 1 ? "is" : "are")} used";
        }

        if (reason == OutOfScopeReason.NoGoodwill)
        {
            return f.Has("deliverable") ? $"it goes beyond {f.Text("deliverable")} as we agreed it" : "it is not part of any deliverable we agreed on";
        }

        if (reason == OutOfScopeReason.TooLargeForGoodwill)
        {
            return $"at about {Hours(f.Get<decimal>("estimate"))} it is more than the {Hours(f.Get<decimal>("limit"))} we can take on as goodwill for one request";
        }

        var goodwill = f.Get<decimal>("goodwill");
        var goodwillLeft = f.Get<decimal>("left");
        return goodwillLeft == 0m
            ? $"the {Hours(goodwill)} of goodwill we set aside for small extras {IsAre(goodwill)} used up"
            : $"only {Hours(goodwillLeft)} of the goodwill we set aside for small extras is left";
    }

    /// <summary>The request as the client wrote it, in quotes.</summary>
    private static string Quoted(FactReader f) => "\"" + f.Text("description") + "\"";

    /// <summary>"of the 5 pages included in Website".</summary>
    private static string OfTheUnits(FactReader f) =>
        $"of the {Number(f.Get<int>("included"))} {f.Text("unitName")} included in {f.Text("deliverable")}";

    /// <summary>"1 is left", "3 are left", "none is left".</summary>
    private static string UnitsLeft(int count) => count == 0 ? "none is left" : count == 1 ? "1 is left" : $"{Number(count)} are left";

    private static string Listed(IReadOnlyList<string> clauses, string none, string how) =>
        clauses.Count == 0 ? none : "it has \"" + string.Join("\", \"", clauses) + "\"" + how;
}
