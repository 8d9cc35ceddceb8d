using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// The client's payments: the deposit that must arrive before any dates are set, milestone payments invoiced when
/// their stage is accepted, and the final payment invoiced at completion.
/// </content>
public static partial class EngagementDecider
{
    private static Decision DecideDeposit(Agreed engagement, ReceiveDeposit command)
    {
        if (engagement.Phase != EngagementPhase.Signed)
        {
            return NotAllowed(engagement.State, command);
        }

        var required = engagement.Agreement.PaymentTerms?.DepositAmount;
        if (required is null || required.IsZero)
        {
            return Decision.Refuse("engagement.deposit.not-required", null);
        }

        if (command.Amount.Currency != required.Currency)
        {
            return Decision.Refuse("engagement.deposit.wrong-currency", null, Fact.Of("required", required), Fact.Of("received", command.Amount));
        }

        return command.Amount < required
            ? Decision.Refuse("engagement.deposit.short", null, Fact.Of("required", required), Fact.Of("received", command.Amount), Fact.Of("missing", required - command.Amount))
            : Decision.Accept(new DepositReceived(command.Amount, command.At));
    }

    private static Decision DecidePayment(Agreed engagement, ReceivePayment command)
    {
        var state = engagement.State;
        var terms = engagement.Agreement.PaymentTerms;
        var key = command.Payment;
        Money? amount = null;
        Instant? invoicedAt = null;
        if (terms is not null && key.Kind == ObligationKind.FinalPayment && terms.FinalPaymentAmount.Amount > 0m)
        {
            amount = terms.FinalPaymentAmount;
            invoicedAt = state.CompletedAt;
        }
        else if (terms is not null && MilestoneOf(terms, key.Stage) is { } milestone)
        {
            amount = milestone.Amount.OfTotal(terms.Total);
            invoicedAt = state.ProgressOf(milestone.Stage)?.AcceptedAt;
        }

        if (amount is null)
        {
            return Decision.Refuse("payment.unknown", key.Stage?.Value, Fact.Of("payment", key));
        }

        if (invoicedAt is null)
        {
            return Decision.Refuse("payment.not-invoiced", key.Stage?.Value, Fact.Of("payment", key));
        }

        if (state.PaidAt(key) is not null)
        {
            return Decision.Refuse("payment.already-received", key.Stage?.Value, Fact.Of("payment", key));
        }

        if (command.Amount.Currency != amount.Currency)
        {
            return Decision.Refuse("payment.wrong-currency", key.Stage?.Value, Fact.Of("payment", key), Fact.Of("required", amount), Fact.Of("received", command.Amount));
        }

        return command.Amount < amount
            ? Decision.Refuse("payment.short", key.Stage?.Value, Fact.Of("payment", key), Fact.Of("required", amount), Fact.Of("received", command.Amount), Fact.Of("missing", amount - command.Amount))
            : Decision.Accept(new PaymentReceived(key, command.Amount, command.At));
    }

    private static EngagementState EvolvePayment(Agreed engagement, PaymentReceived payment) =>
        engagement.State.PaidAt(payment.Payment) is null ? engagement.State.WithPayment(payment) : engagement.State;

    /// <summary>The milestone payment tied to a stage, or null.</summary>
    private static MilestonePayment? MilestoneOf(PaymentTerms terms, StageKey? stage)
    {
        foreach (var milestone in terms.Milestones)
        {
            if (milestone.Stage == stage)
            {
                return milestone;
            }
        }

        return null;
    }
}
