using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The events of the client's payments.</content>
internal static partial class EngagementEventTypes
{
    /// <summary>The events of the client's payments.</summary>
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
    };
}
