using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// The client's payments: the deposit that must arrive before any dates are set, milestone payments invoiced when
/// their stage is accepted, and the final payment invoiced at completion; and the other entries of the ledger of what
/// is owed (change orders, fees, credits, overpayments), paid in parts or settled with a credit.
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
        var amount = terms?.AmountOf(key);
        if (amount is null)
        {
            return Decision.Refuse("payment.unknown", key.Stage?.Value, Fact.Of("payment", key));
        }

        var invoicedAt = key.Kind == ObligationKind.FinalPayment ? state.CompletedAt : state.ProgressOf(key.Stage!)?.AcceptedAt;
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

        // A credit set off against the payment leaves the remainder to pay, and a refusal says so: the invoice, what the
        // credit settled, and what was left to pay.
        var credited = state.CreditedAgainst(OwedKey.Payment(key), amount.Currency);
        var required = amount - credited;
        if (command.Amount >= required)
        {
            return Decision.Accept(new PaymentReceived(key, command.Amount, command.At));
        }

        var facts = new System.Collections.Generic.List<Fact> { Fact.Of("payment", key), Fact.Of("required", required), Fact.Of("received", command.Amount), Fact.Of("missing", required - command.Amount) };
        if (!credited.IsZero)
        {
            facts.Add(Fact.Of("invoiced", amount));
            facts.Add(Fact.Of("credited", credited));
        }

        return Decision.Refuse("payment.short", key.Stage?.Value, facts.ToArray());
    }

    private static Decision DecidePayOwed(Agreed engagement, PayOwed command)
    {
        var ledger = OwedLedger.Of(engagement.State);
        var key = command.Entry;
        if (ledger.Find(key) is not { } entry)
        {
            return Decision.Refuse("owed.unknown", key.Obligation?.Stage?.Value, EntryFacts("entry", key));
        }

        if (key.Kind.IsAgreedPayment)
        {
            return Decision.Refuse("owed.agreed-payment", key.Obligation?.Stage?.Value, EntryFacts("entry", key));
        }

        return Checked(entry, command.Amount, asCredit: false)
            ?? Decision.Accept(new OwedPaid(key, command.Amount, command.At));
    }

    private static Decision DecideSettleCredit(Agreed engagement, SettleCredit command)
    {
        var ledger = OwedLedger.Of(engagement.State);
        if (ledger.Find(command.Credit) is not { } credit)
        {
            return Decision.Refuse("owed.unknown", command.Credit.Obligation?.Stage?.Value, EntryFacts("entry", command.Credit));
        }

        if (ledger.Find(command.Against) is not { } against)
        {
            return Decision.Refuse("owed.unknown", command.Against.Obligation?.Stage?.Value, EntryFacts("entry", command.Against));
        }

        if (!credit.Kind.IsCreditNote)
        {
            return Decision.Refuse("owed.not-a-credit", command.Credit.Obligation?.Stage?.Value, EntryFacts("credit", command.Credit));
        }

        if (against.Kind.IsCreditNote || against.Kind == OwedKind.Deposit || against.Debtor != credit.Creditor)
        {
            return Decision.Refuse(
                "owed.not-settleable",
                command.Against.Obligation?.Stage?.Value,
                EntryFacts("credit", command.Credit, EntryFacts("against", command.Against, new[] { Fact.Of("creditor", credit.Creditor), Fact.Of("debtor", against.Debtor) })));
        }

        return Checked(credit, command.Amount, asCredit: true)
            ?? Checked(against, command.Amount, asCredit: false)
            ?? Decision.Accept(new CreditSettled(command.Credit, command.Against, command.Amount, command.At));
    }

    /// <summary>A refusal when an amount cannot go towards an entry (another currency, more than is outstanding), or null when it can.</summary>
    private static Decision? Checked(OwedEntry entry, Money amount, bool asCredit)
    {
        if (amount.Currency != entry.Amount.Currency)
        {
            return Decision.Refuse("owed.wrong-currency", entry.Key.Obligation?.Stage?.Value, EntryFacts("entry", entry.Key, new[] { Fact.Of("required", entry.Amount), Fact.Of("received", amount) }));
        }

        if (amount <= entry.Outstanding)
        {
            return null;
        }

        var facts = new[] { Fact.Of("outstanding", entry.Outstanding), Fact.Of("amount", amount) };
        return asCredit
            ? Decision.Refuse("owed.credit-exceeded", entry.Key.Obligation?.Stage?.Value, EntryFacts("credit", entry.Key, facts))
            : Decision.Refuse("owed.overpaid", entry.Key.Obligation?.Stage?.Value, EntryFacts("entry", entry.Key, facts));
    }

    /// <summary>The facts naming a ledger entry: its key and, beside it, the obligation it is about (so the refusal can name its stage).</summary>
    private static Fact[] EntryFacts(string name, OwedKey key, Fact[]? more = null)
    {
        var facts = new System.Collections.Generic.List<Fact> { Fact.Of(name, key) };
        if (key.Obligation is { } obligation)
        {
            facts.Add(Fact.Of(name + "Obligation", obligation));
        }

        if (more is not null)
        {
            facts.AddRange(more);
        }

        return facts.ToArray();
    }

    /// <summary>A payment or set-off recorded when it still fits the ledger (the entries exist, the amount is no more than outstanding); otherwise the state as it was.</summary>
    private static EngagementState EvolveSettlement(Agreed engagement, EngagementEvent @event)
    {
        var state = engagement.State;
        var ledger = OwedLedger.Of(state);
        var (entry, against, amount) = @event switch
        {
            OwedPaid paid => (paid.Entry, (OwedKey?)null, paid.Amount),
            CreditSettled settled => (settled.Credit, settled.Against, settled.Amount),
            _ => throw new System.ArgumentException("A payment or set-off was expected.", nameof(@event)),
        };
        var first = ledger.Find(entry);
        var second = against is null ? null : ledger.Find(against);
        bool Fits(OwedEntry? e) => e is not null && e.Amount.Currency == amount.Currency && amount <= e.Outstanding;
        var fits = against is null
            ? Fits(first) && !entry.Kind.IsAgreedPayment
            : Fits(first) && Fits(second) && entry.Kind.IsCreditNote && !against.Kind.IsCreditNote && against.Kind != OwedKind.Deposit && second!.Debtor == first!.Creditor;
        return fits ? state.WithSettlement(new Settlement(entry, against, amount, @event.At)) : state;
    }

    private static EngagementState EvolvePayment(Agreed engagement, PaymentReceived payment) =>
        engagement.State.PaidAt(payment.Payment) is null ? engagement.State.WithPayment(payment) : engagement.State;
}
