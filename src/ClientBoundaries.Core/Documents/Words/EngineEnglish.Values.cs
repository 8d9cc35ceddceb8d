using System;
using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Documents.Words;

/// <content>
/// The English of the agreement's and the engagement's values: what a sentence says when it names a feedback policy, a
/// check-in cadence, a rate card or goodwill, and what those values (and a ball time, an incident, communication
/// preferences, acceptance windows, a deemed acceptance due, what is owed) write in <c>ToString()</c> for logs and
/// debuggers. Each value is its own fact, under the name the key says.
/// </content>
internal static partial class EngineEnglish
{
    /// <summary>The values' own text, asked for by their <c>ToString()</c>.</summary>
    private static IEnumerable<(string, Func<FactReader, string>)> Values()
    {
        yield return ("value.communication-preferences", f =>
        {
            var preferences = f.Get<CommunicationPreferences>("preferences");
            return $"{preferences.PreferredChannel}, {preferences.MessageLength}"
                + (preferences.EscalationContact is { } contact ? $", escalate to {contact}" : string.Empty)
                + (preferences.Language == Language.English ? string.Empty : ", " + preferences.Language.Name);
        });
        yield return ("value.obligation-key", f =>
        {
            var key = f.Get<ObligationKey>("key");
            return key.Kind == ObligationKind.Stage ? $"stage '{key.Stage}'"
                : key.Kind == ObligationKind.Reply ? $"reply to message '{key.Message}'"
                : key.Kind == ObligationKind.Acceptance ? $"acceptance of '{key.Stage}'"
                : key.Kind == ObligationKind.MilestonePayment ? $"milestone payment for '{key.Stage}'"
                : key.Kind == ObligationKind.Deposit ? "deposit"
                : "final payment";
        });
        yield return ("value.response-commitment", f =>
        {
            var commitment = f.Get<ResponseCommitment>("commitment");
            return $"{commitment.Channel} within {Hours(commitment.Within)} business hours";
        });
        yield return ("value.response-commitment-refused", f =>
        {
            // The length as given, exactly: in hours or minutes when it is whole minutes, else to the nanosecond.
            var within = f.Get<NodaTime.Duration>("within");
            var minutes = (within.Days * 1440L) + (within.NanosecondOfDay / NodaTime.NodaConstants.NanosecondsPerMinute);
            var was = within.NanosecondOfDay % NodaTime.NodaConstants.NanosecondsPerMinute != 0
                ? within.ToString("-D:hh:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture) + " (days:hours:minutes:seconds)"
                : minutes % 60 == 0 ? Counted(minutes / 60, "hour", "hours")
                : Counted(minutes, "minute", "minutes");
            return $"A response commitment must be a whole number of minutes, from 1 minute to {Hours(f.Get<NodaTime.Duration>("max"))} business hours, was {was}.";
        });
        yield return ("value.holiday-set", f =>
        {
            var set = f.Get<ClientBoundaries.Calendars.HolidaySet>("set");
            return $"Holiday set published at {set.Source} ({set.Count} rule(s))";
        });
        yield return ("value.acceptance-windows", f =>
        {
            var windows = f.Get<AcceptanceWindows>("windows");
            return windows.HasAny
                ? $"{(windows.DefaultBusinessDays is { } days ? days + " business day(s)" : "stages only")}, then {windows.WhenClosed} (+{windows.StageOverrides.Count} stage override(s))"
                : "none";
        });
        yield return ("value.deemed-acceptance-due", f =>
        {
            var due = f.Get<DeemedAcceptanceDue>("due");
            return $"{due.Stage} deemed accepted by {due.By} at {due.At} ({due.Reason})";
        });
        yield return ("value.owed-key", f =>
        {
            var key = f.Get<OwedKey>("key");
            return key.Kind.IsConsequence ? $"{key.Kind} for {key.Obligation} (round {key.Round}, at {key.Rule!.BusinessDaysOverdue} business days)"
                : key.Kind == OwedKind.ChangeOrder ? $"change order '{key.ChangeOrder}'"
                : key.Kind == OwedKind.Overpayment ? $"overpayment of {key.Obligation}"
                : key.Obligation!.ToString();
        });
        yield return ("value.owed-entry", f =>
        {
            var entry = f.Get<OwedEntry>("entry");
            return $"{entry.Key}: {entry.Debtor} owes {entry.Amount.ToAmountText()}, {entry.Outstanding.ToAmountText()} outstanding";
        });
        yield return ("value.owed-ledger", f =>
        {
            var ledger = f.Get<OwedLedger>("ledger");
            return $"{ledger.Entries.Count} entries; Client owes {ledger.OutstandingFrom(PartyRole.Client)?.ToAmountText() ?? "nothing"}; "
                + $"Provider owes {ledger.OutstandingFrom(PartyRole.Provider)?.ToAmountText() ?? "nothing"}";
        });
        yield return ("value.feedback-policy", f => FeedbackPoints(f.Get<FeedbackPolicy>("policy")));
        yield return ("value.check-in-cadence", f => Cadence(f.Get<CheckInCadence>("cadence")));
        yield return ("value.rate-card", f => RateCardTerms(f.Get<RateCard>("rateCard")));
        yield return ("value.goodwill", f => GoodwillTerms(f.Get<Goodwill>("goodwill")));
        yield return ("value.allowance", f =>
        {
            var allowance = f.Get<Allowance>("allowance");
            var parts = new List<string>(3);
            if (allowance.RevisionRounds is { } rounds)
            {
                parts.Add(Plural(rounds, "revision round"));
            }

            if (allowance.Hours is { } hours)
            {
                parts.Add(Hours(hours));
            }

            if (allowance.Units is { } units)
            {
                parts.Add($"{Number(units)} {allowance.UnitName}");
            }

            return parts.Count == 0 ? "nothing counted" : string.Join(", ", parts);
        });
        yield return ("value.allowance-standing", f =>
        {
            var standing = f.Get<AllowanceStanding>("standing");
            return $"{standing.Deliverable}: rounds {UsedOf(standing.RevisionRoundsUsed, standing.RevisionRoundsIncluded)}, "
                + $"hours {UsedOf(standing.HoursUsed, standing.HoursIncluded)}, units {UsedOf(standing.UnitsUsed, standing.UnitsIncluded)}";
        });
        yield return ("value.change-request", f =>
        {
            var request = f.Get<ChangeRequest>("request");
            return $"{request.Id}: {request.Description} ({Hours(request.EstimatedHours)})";
        });
        yield return ("value.ball-time", f =>
        {
            var held = f.Get<BallTime>("ballTime");
            return $"{BusinessDays(held.BusinessDays)} ({Days(held.Elapsed.Days)} {held.Elapsed.ToString("hh':'mm", CultureInfo.InvariantCulture)} elapsed)";
        });
        yield return ("value.incident", f =>
        {
            var incident = f.Get<Incident>("incident");
            return $"{incident.Id}: {incident.WhatHappened} (follow-through due {Day(incident.FollowThroughDue)}, {(incident.IsOpen ? "open" : "done")})";
        });
    }

    /// <summary>The points a feedback policy asks at: "after onboarding, at completion, 30 days after completion".</summary>
    private static string FeedbackPoints(FeedbackPolicy policy)
    {
        var points = new List<string>(policy.Points.Count);
        foreach (var point in policy.Points)
        {
            points.Add(point == FeedbackPoint.AfterOnboarding ? "after onboarding"
                : point == FeedbackPoint.AtCompletion ? "at completion"
                : Days(policy.FollowUpAfterDays) + " after completion");
        }

        return string.Join(", ", points);
    }

    /// <summary>A check-in cadence: "weekly on Monday", "every 3 business days".</summary>
    private static string Cadence(CheckInCadence cadence) =>
        cadence.Weekday is { } day ? $"weekly on {day}" : "every " + BusinessDays(cadence.EveryBusinessDays);

    /// <summary>A rate card: "90.00 EUR an hour, at least 150.00 EUR per change order".</summary>
    private static string RateCardTerms(RateCard card) => $"{Amount(card.HourlyRate)} an hour, at least {Amount(card.MinimumFee)} per change order";

    /// <summary>Goodwill: "3 hours of goodwill, at most 1 hour per request", "no goodwill".</summary>
    private static string GoodwillTerms(Goodwill goodwill) =>
        goodwill.TotalHours == 0m ? "no goodwill"
        : $"{Hours(goodwill.TotalHours)} of goodwill" + (goodwill.CapPerRequestHours is { } cap ? $", at most {Hours(cap)} per request" : string.Empty);

    /// <summary>"2/3" used of included, "2/-" when it is not counted.</summary>
    private static string UsedOf(decimal used, decimal? included) => Number(used) + "/" + (included is { } total ? Number(total) : "-");

    /// <summary>"1 day", "30 days".</summary>
    private static string Days(int count) => Number(count) + (count == 1 ? " day" : " days");

    private static string Hours(NodaTime.Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Counted(long count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count is 1 or -1 ? one : many);
}
