using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of payments: the client's agreed payments, and what else is owed, paid or settled with a credit.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of payments: the client's agreed payments, and what else is owed, paid or settled with a credit.</summary>
    private static TypeTable<EngagementEvent>.Case[] PaymentCases => new[]
    {
        Case<DepositReceived>(
            DepositReceived.Name,
            (w, e) => w.Money("amount", e.Amount),
            (o, at) => o.Object("amount", MoneyJson.Read) is { } amount && at is { } a ? new DepositReceived(amount, a) : null),
        Case<PaymentReceived>(
            PaymentReceived.Name,
            (w, e) =>
            {
                w.WritePropertyName("payment");
                ObligationKeyJson.Write(w, e.Payment);
                w.Money("amount", e.Amount);
            },
            (o, at) =>
            {
                var payment = o.Object("payment", ObligationKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return payment is not null && amount is not null && at is { } a ? o.Construct(() => new PaymentReceived(payment, amount, a)) : null;
            }),
        Case<OwedPaid>(
            OwedPaid.Name,
            (w, e) =>
            {
                w.WritePropertyName("entry");
                OwedKeyJson.Write(w, e.Entry);
                w.Money("amount", e.Amount);
            },
            (o, at) =>
            {
                var entry = o.Object("entry", OwedKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return entry is not null && amount is not null && at is { } a ? o.Construct(() => new OwedPaid(entry, amount, a)) : null;
            }),
        Case<CreditSettled>(
            CreditSettled.Name,
            (w, e) =>
            {
                w.WritePropertyName("credit");
                OwedKeyJson.Write(w, e.Credit);
                w.WritePropertyName("against");
                OwedKeyJson.Write(w, e.Against);
                w.Money("amount", e.Amount);
            },
            (o, at) =>
            {
                var credit = o.Object("credit", OwedKeyJson.Read);
                var against = o.Object("against", OwedKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return credit is not null && against is not null && amount is not null && at is { } a ? o.Construct(() => new CreditSettled(credit, against, amount, a)) : null;
            }),
    };
}
