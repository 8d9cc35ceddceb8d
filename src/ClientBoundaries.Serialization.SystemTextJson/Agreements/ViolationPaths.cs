using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Where in an agreement's JSON a rule violation of <c>AgreementBuilder.Validate</c> belongs: the
/// milestone, stage override, stage, deliverable, preference or amount it names, found in the document
/// by the violation's code and subject.
/// </summary>
/// <remarks>
/// The violation's message is kept as it is; only its place is worked out here. A code this table does
/// not know goes to the document as a whole (<c>$</c>), so a new rule in the core is still reported.
/// </remarks>
internal static class ViolationPaths
{
    /// <summary>What could be read completely, so the rules that depend on it can be believed.</summary>
    /// <param name="StagesComplete">Every stage was read (so a stage a term names and cannot find is really missing).</param>
    /// <param name="CurrencyBaseKnown">The currency every amount must be in is the agreement's (the total price's, or the first amount's with every amount read).</param>
    public sealed record Trust(bool StagesComplete, bool CurrencyBaseKnown);

    /// <summary>Whether a violation is the agreement's, not an echo of a part that could not be read (which is already reported).</summary>
    public static bool Keep(RuleViolation violation, Trust trust) => violation.Code switch
    {
        "agreement.provider.missing" or "agreement.client.missing" => false,
        "agreement.stages.none" or "agreement.milestone.unknown-stage" or "agreement.consequences.unknown-stage" or "agreement.deliverable.unknown-stage" => trust.StagesComplete,
        "agreement.currency.mixed" => trust.CurrencyBaseKnown,
        _ => true,
    };

    /// <summary>The JSON path of what <paramref name="violation"/> names, in the agreement at <paramref name="agreement"/>.</summary>
    public static string PathOf(RuleViolation violation, JsonField agreement)
    {
        var root = agreement.Element;
        var at = agreement.Path;
        var subject = violation.Subject ?? string.Empty;
        switch (violation.Code)
        {
            case "agreement.provider.missing":
                return at + ".provider";
            case "agreement.client.missing":
                return at + ".client";
            case "agreement.stages.none":
                return at + ".stages";
            case "agreement.milestone.unknown-stage":
                return ItemWith(root, at + ".paymentTerms.milestones", "stage", subject, ".stage", "paymentTerms", "milestones");
            case "agreement.consequences.unknown-stage":
            case "agreement.consequences.stage-of-other-party":
            {
                var role = violation.Facts.FirstOrDefault(f => f.Name == "party")?.Value is PartyRole p && p == PartyRole.Provider ? "provider" : "client";
                return ItemWith(root, $"{at}.{role}.consequencePolicy.stageOverrides", "stage", subject, ".stage", role, "consequencePolicy", "stageOverrides");
            }

            case "agreement.consequences.credit-from-client":
                return RuleOfKind(root, $"{at}.client.consequencePolicy", "client", "Credit");
            case "agreement.consequences.fee-from-provider":
                return RuleOfKind(root, $"{at}.provider.consequencePolicy", "provider", "RestartFee", "LateFee");
            case "agreement.consequences.provider-pays-nothing":
                return at + ".provider.consequencePolicy.payments";
            case "agreement.consequences.credit-needs-price":
                return ItemWith(root, at + ".stages", "key", subject, string.Empty, "stages");
            case "agreement.deliverable.rounds-need-stage":
                return ItemWith(root, at + ".scope.deliverables", "key", subject, string.Empty, "scope", "deliverables");
            case "agreement.deliverable.unknown-stage":
            case "agreement.deliverable.stage-of-client":
                return ItemWith(root, at + ".scope.deliverables", "key", subject, ".stage", "scope", "deliverables");
            case "agreement.deliverable.rounds-twice":
                return ItemWith(root, at + ".scope.deliverables", "key", subject, ".allowance.revisionRounds", "scope", "deliverables");
            case "agreement.scope.rate-card-missing":
                return at + ".scope.rateCard";
            case "agreement.preferences.escalation-contact-missing" when subject is "provider" or "client":
                return $"{at}.{subject}.preferences.escalationContact";
            case "agreement.preferences.channel-not-accepted" when subject is "provider" or "client":
                return $"{at}.{subject}.preferences.preferredChannel";
            case "agreement.contact-windows.no-working-day" when subject is "provider" or "client":
                return $"{at}.{subject}.contactPolicy.contactWindows";
            case "agreement.currency.mixed":
                return AmountNamedBy(root, at, violation) ?? at;
            default:
                return at;
        }
    }

    /// <summary>The path of the first item of the array at <paramref name="arrayPath"/> whose <paramref name="property"/> is <paramref name="value"/>, followed by <paramref name="suffix"/>; the array's path when none is.</summary>
    private static string ItemWith(JsonElement root, string arrayPath, string property, string value, string suffix, params string[] route)
    {
        if (Find(root, route) is { ValueKind: JsonValueKind.Array } array)
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (StringProperty(item, property) == value)
                {
                    return arrayPath + "[" + Number(index) + "]" + suffix;
                }

                index++;
            }
        }

        return arrayPath;
    }

    /// <summary>The kind of the first rule of one of <paramref name="kinds"/> in the party's ladders; the policy's path when none is found.</summary>
    private static string RuleOfKind(JsonElement root, string policyPath, string role, params string[] kinds)
    {
        foreach (var (path, ladder) in Ladders(root, policyPath, role))
        {
            var index = 0;
            foreach (var rule in Rules(ladder))
            {
                if (Array.IndexOf(kinds, StringProperty(rule, "kind")) >= 0)
                {
                    return $"{path}.rules[{Number(index)}].kind";
                }

                index++;
            }
        }

        return policyPath;
    }

    /// <summary>
    /// The amount a currency violation is about, found from its facts: a stage's price (<c>stagePrice</c>), the rate
    /// card's hourly rate, a party's rule (matched by kind and threshold) or a party's cap.
    /// </summary>
    private static string? AmountNamedBy(JsonElement root, string at, RuleViolation violation)
    {
        object? FactOf(string name) => violation.Facts.FirstOrDefault(f => f.Name == name)?.Value;

        if (FactOf("stagePrice") is StageKey stage)
        {
            return ItemWith(root, at + ".stages", "key", stage.Value, ".price", "stages");
        }

        if (FactOf("hourlyRate") is not null)
        {
            return at + ".scope.rateCard.hourlyRate";
        }

        if (FactOf("party") is not PartyRole party)
        {
            return null;
        }

        var role = party == PartyRole.Provider ? "provider" : "client";
        var policyPath = $"{at}.{role}.consequencePolicy";
        if (FactOf("cap") is CapScope cap)
        {
            return policyPath + ".caps." + (cap == CapScope.PerStage ? "perStage" : cap == CapScope.PerMonth ? "perMonth" : "perEngagement");
        }

        if (FactOf("rule") is ConsequenceRule rule)
        {
            foreach (var (path, ladder) in Ladders(root, policyPath, role))
            {
                var index = 0;
                foreach (var candidate in Rules(ladder))
                {
                    if (StringProperty(candidate, "kind") == rule.Kind.Name
                        && PropertyOf(candidate, "businessDaysOverdue") is { ValueKind: JsonValueKind.Number } days
                        && days.TryGetInt32(out var threshold) && threshold == rule.BusinessDaysOverdue)
                    {
                        return $"{path}.rules[{Number(index)}].charge.fixedAmount";
                    }

                    index++;
                }
            }
        }

        return null;
    }

    /// <summary>Every ladder of a party's consequence policy with its path: the stages', each override's, the payments'.</summary>
    private static IEnumerable<(string Path, JsonElement Ladder)> Ladders(JsonElement root, string policyPath, string role)
    {
        if (Find(root, role, "consequencePolicy", "stages") is { } stages)
        {
            yield return (policyPath + ".stages", stages);
        }

        if (Find(root, role, "consequencePolicy", "stageOverrides") is { ValueKind: JsonValueKind.Array } overrides)
        {
            var index = 0;
            foreach (var entry in overrides.EnumerateArray())
            {
                if (PropertyOf(entry, "ladder") is { } ladder)
                {
                    yield return ($"{policyPath}.stageOverrides[{Number(index)}].ladder", ladder);
                }

                index++;
            }
        }

        if (Find(root, role, "consequencePolicy", "payments") is { } payments)
        {
            yield return (policyPath + ".payments", payments);
        }
    }

    private static IEnumerable<JsonElement> Rules(JsonElement ladder) =>
        PropertyOf(ladder, "rules") is { ValueKind: JsonValueKind.Array } rules
            ? rules.EnumerateArray()
            : Array.Empty<JsonElement>();

    private static JsonElement? Find(JsonElement element, params string[] route)
    {
        foreach (var name in route)
        {
            if (PropertyOf(element, name) is not { } property)
            {
                return null;
            }

            element = property;
        }

        return element;
    }

    private static string? StringProperty(JsonElement item, string property) =>
        PropertyOf(item, property) is { ValueKind: JsonValueKind.String } value ? JsonField.TextOf(value) : null;

    /// <summary>
    /// The property <paramref name="name"/> of an object, or null when there is none or it is no object. The document
    /// may hold a name that is not Unicode text (the reader reported it), and TryGetProperty, which decodes the
    /// names it passes, throws on it: the path then falls back to the array or the agreement.
    /// </summary>
    private static JsonElement? PropertyOf(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return item.TryGetProperty(name, out var value) ? value : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
