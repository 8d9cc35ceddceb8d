using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A reminder or consequence due, in an assessment:
/// <c>{"obligation": {"kind": "Deposit"}, "party": "Client", "round": 0, "rule": {rule}, "fallsDueAt": "...",
/// "businessDaysLate": 5, "amount": {money}, "amountBeforeCap": {money}, "cappedBy": "PerEngagement",
/// "explanation": "...", "channel": "Chat", "escalateTo": "owner"}</c>.
/// </summary>
/// <remarks>
/// <c>amount</c> and <c>amountBeforeCap</c> are given exactly for a rule that carries money (a restart fee,
/// a late fee, a credit), in one currency, the amount not negative and not above the amount before the cap;
/// <c>cappedBy</c> only when a cap cut it, and then it must; <c>escalateTo</c> only for an escalation
/// (left out when neither the rule nor the party named a contact). The kind and level come from the rule.
/// </remarks>
internal static class DueConsequenceJson
{
    public static void Write(Utf8JsonWriter writer, DueConsequence due)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, due.Obligation);
        writer.WriteString("party", due.Party.Name);
        writer.WriteNumber("round", due.Round);
        writer.WritePropertyName("rule");
        ConsequenceRuleJson.Write(writer, due.Rule);
        writer.Instant("fallsDueAt", due.FallsDueAt);
        writer.WriteNumber("businessDaysLate", due.BusinessDaysLate);
        if (due.Amount is { } amount)
        {
            writer.Money("amount", amount);
        }

        if (due.AmountBeforeCap is { } before)
        {
            writer.Money("amountBeforeCap", before);
        }

        writer.OptionalString("cappedBy", due.CappedBy?.Name);
        writer.WriteString("explanation", due.Explanation);
        writer.WriteString("channel", due.Channel.Name);
        writer.OptionalString("escalateTo", due.EscalateTo);
        writer.WriteEndObject();
    }

    /// <summary>Reads one item of an assessment's reminders (<paramref name="reminder"/>) or consequences.</summary>
    public static DueConsequence? Read(JsonField field, bool reminder)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var obligation = o.Object("obligation", ObligationKeyJson.Read);
        var party = Names.PartyRoles.Read(o, "party");
        var round = o.Int32("round", 0);
        var rule = o.Object("rule", ConsequenceRuleJson.Read);
        var fallsDueAt = o.Instant("fallsDueAt");
        var late = o.Int32("businessDaysLate");
        var amount = o.OptionalObject("amount", MoneyJson.Read, out var amountFailed);
        var before = o.OptionalObject("amountBeforeCap", MoneyJson.Read, out var beforeFailed);
        var cappedBy = Names.CapScopes.ReadOptional(o, "cappedBy");
        var explanation = o.String("explanation");
        var channel = Names.Channels.Read(o, "channel");
        var escalateTo = o.OptionalString("escalateTo");
        o.End();
        if (obligation is null || party is null || round is not { } r || rule is null || fallsDueAt is not { } at || late is not { } days
            || amountFailed || beforeFailed || (o.Has("cappedBy") && cappedBy is null) || explanation is null || channel is null
            || (o.Has("escalateTo") && escalateTo is null))
        {
            return null;
        }

        var fits = FitsList(o, rule, reminder) & FitsAmounts(o, rule, amount, before, cappedBy);
        if (rule.Kind != ConsequenceKind.Escalation && escalateTo is not null)
        {
            Problem(o, "escalateTo", $"is only for an Escalation, not a {rule.Kind.Name}");
            fits = false;
        }

        return fits ? new DueConsequence(obligation, party, r, rule, at, days, amount, before, cappedBy, new Sentence(explanation), channel, escalateTo) : null;
    }

    private static bool FitsList(ObjectReader o, ConsequenceRule rule, bool reminder)
    {
        if (rule.Kind.IsReminder == reminder)
        {
            return true;
        }

        Problem(o, "rule", reminder
            ? $"must be a Reminder or a FirmReminder in reminders, was a {rule.Kind.Name}"
            : $"must not be a {rule.Kind.Name} in consequences: reminders are listed in reminders");
        return false;
    }

    private static bool FitsAmounts(ObjectReader o, ConsequenceRule rule, Money? amount, Money? before, CapScope? cappedBy)
    {
        if (!rule.Kind.CarriesAmount)
        {
            var fits = true;
            foreach (var name in new[] { "amount", "amountBeforeCap", "cappedBy" })
            {
                if (o.Has(name))
                {
                    Problem(o, name, $"is only for a RestartFee, a LateFee or a Credit, not a {rule.Kind.Name}");
                    fits = false;
                }
            }

            return fits;
        }

        if (amount is null || before is null)
        {
            Problem(o, amount is null ? "amount" : "amountBeforeCap", $"is required for a {rule.Kind.Name}");
            return false;
        }

        if (amount.Currency != before.Currency)
        {
            Problem(o, "amount", $"must be in the currency of amountBeforeCap ({before.Currency}), was {amount.Currency}");
            return false;
        }

        if (amount.Amount < 0m || amount.Amount > before.Amount)
        {
            Problem(o, "amount", $"must be from 0 to amountBeforeCap ({before.ToAmountText()}), was {amount.ToAmountText()}");
            return false;
        }

        if (cappedBy is null && amount.Amount != before.Amount)
        {
            Problem(o, "cappedBy", "is required when amount is less than amountBeforeCap: name the cap that cut it");
            return false;
        }

        return true;
    }

    private static void Problem(ObjectReader o, string property, string message) =>
        o.Field.Session.Add(JsonPath.Property(o.Field.Path, property), message);
}
