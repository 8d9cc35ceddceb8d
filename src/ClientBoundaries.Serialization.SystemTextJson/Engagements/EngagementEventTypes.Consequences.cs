using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of a reminder sent and a consequence applied.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of a reminder sent and a consequence applied.</summary>
    private static TypeTable<EngagementEvent>.Case[] ConsequenceCases => new[]
    {
        Case<ReminderSent>(
            ReminderSent.Name,
            (w, e) =>
            {
                WriteObligation(w, e.Obligation, e.Round, e.Rule);
                w.WriteString("to", e.To.Name);
            },
            (o, at) =>
            {
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var round = o.Int32("round", 0);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                var to = Names.PartyRoles.Read(o, "to");
                return obligation is not null && round is { } r && rule is not null && to is not null && at is { } a
                    ? o.Construct(() => new ReminderSent(obligation, r, rule, to, a))
                    : null;
            }),
        Case<ConsequenceApplied>(
            ConsequenceApplied.Name,
            (w, e) =>
            {
                WriteObligation(w, e.Obligation, e.Round, e.Rule);
                w.WriteString("party", e.Party.Name);
                if (e.Amount is { } amount)
                {
                    w.Money("amount", amount);
                }

                w.Instant("dueSince", e.DueSince);
            },
            (o, at) =>
            {
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var round = o.Int32("round", 0);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                var party = Names.PartyRoles.Read(o, "party");
                var amount = o.OptionalObject("amount", MoneyJson.Read, out var amountFailed);
                var dueSince = o.Instant("dueSince");
                return obligation is not null && round is { } r && rule is not null && party is not null && !amountFailed && dueSince is { } due && at is { } a
                    ? o.Construct(() => new ConsequenceApplied(obligation, r, rule, party, amount, due, a))
                    : null;
            }),
    };
}
