using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands of payments: the client's agreed payments, and what else is owed, paid or settled with a credit.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands of payments: the client's agreed payments, and what else is owed, paid or settled with a credit.</summary>
    private static TypeTable<EngagementCommand>.Case[] PaymentCases => new[]
    {
        Case<ReceiveDeposit>(
            ReceiveDeposit.Name,
            (w, c) => w.Money("amount", c.Amount),
            (o, at) => o.Object("amount", MoneyJson.Read) is { } amount && at is { } a ? new ReceiveDeposit(amount, a) : null),
        Case<ReceivePayment>(
            ReceivePayment.Name,
            (w, c) =>
            {
                w.WritePropertyName("payment");
                ObligationKeyJson.Write(w, c.Payment);
                w.Money("amount", c.Amount);
            },
            (o, at) =>
            {
                var payment = o.Object("payment", ObligationKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return payment is not null && amount is not null && at is { } a ? o.Construct(() => new ReceivePayment(payment, amount, a)) : null;
            }),
        Case<PayOwed>(
            PayOwed.Name,
            (w, c) =>
            {
                w.WritePropertyName("entry");
                OwedKeyJson.Write(w, c.Entry);
                w.Money("amount", c.Amount);
            },
            (o, at) =>
            {
                var entry = o.Object("entry", OwedKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return entry is not null && amount is not null && at is { } a ? o.Construct(() => new PayOwed(entry, amount, a)) : null;
            }),
        Case<SettleCredit>(
            SettleCredit.Name,
            (w, c) =>
            {
                w.WritePropertyName("credit");
                OwedKeyJson.Write(w, c.Credit);
                w.WritePropertyName("against");
                OwedKeyJson.Write(w, c.Against);
                w.Money("amount", c.Amount);
            },
            (o, at) =>
            {
                var credit = o.Object("credit", OwedKeyJson.Read);
                var against = o.Object("against", OwedKeyJson.Read);
                var amount = o.Object("amount", MoneyJson.Read);
                return credit is not null && against is not null && amount is not null && at is { } a ? o.Construct(() => new SettleCredit(credit, against, amount, a)) : null;
            }),
    };
}
