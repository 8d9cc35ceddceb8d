using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands of the client's payments.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands of the client's payments.</summary>
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
    };
}
