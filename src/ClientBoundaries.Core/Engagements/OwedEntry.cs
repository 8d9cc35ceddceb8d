using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// One thing owed in an engagement, either way: who owes whom, how much (after caps), when it was invoiced and by
/// when it is payable, what has been paid and what credits have settled, and what is still outstanding.
/// </summary>
/// <remarks>
/// Found in <see cref="OwedLedger.Entries"/>. <see cref="Outstanding"/> is <see cref="Amount"/> less
/// <see cref="Paid"/> and <see cref="Credited"/>, never below zero. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record OwedEntry
{
    internal OwedEntry(OwedKey key, PartyRole debtor, Money amount, Instant invoicedAt, LocalDate? due, Instant? dueAt, Money paid, Money credited)
    {
        Key = key;
        Debtor = debtor;
        Amount = amount;
        InvoicedAt = invoicedAt;
        Due = due;
        DueAt = dueAt;
        Paid = paid;
        Credited = credited;
        var left = amount - paid - credited;
        Outstanding = left.Amount < 0m ? Money.Zero(amount.Currency) : left;
    }

    /// <summary>What is owed, and which entry it is.</summary>
    public OwedKey Key { get; }

    /// <summary>What it is: a payment, a change order, a fee, a credit or an overpayment.</summary>
    public OwedKind Kind => Key.Kind;

    /// <summary>Who owes it: the client for payments, change orders and its own fees; the late party for a fee or credit; the provider for an overpayment.</summary>
    public PartyRole Debtor { get; }

    /// <summary>Who it is owed to: the other party.</summary>
    public PartyRole Creditor => Debtor.Counterpart;

    /// <summary>How much is owed: the agreed payment, the change order's price, the fee or credit after caps, or the excess paid.</summary>
    public Money Amount { get; }

    /// <summary>When it became owed: the invoice of an agreed payment (signing, acceptance, completion), a change order's acceptance, a fee or credit's application, an overpayment's arrival.</summary>
    public Instant InvoicedAt { get; }

    /// <summary>The date by which it is payable, on a business day of the debtor; null when it falls beyond the calendar's range.</summary>
    public LocalDate? Due { get; }

    /// <summary>The end of the due date's working hours in the debtor's calendar; null with <see cref="Due"/>.</summary>
    public Instant? DueAt { get; }

    /// <summary>What the debtor has paid towards it (for an agreed payment, up to its amount: any excess is an <see cref="OwedKind.Overpayment"/> entry).</summary>
    public Money Paid { get; }

    /// <summary>What credits have settled of it: for an entry the client owes, credits set off against it; for a credit, what of it was set off against the client's entries.</summary>
    public Money Credited { get; }

    /// <summary>What is still owed: <see cref="Amount"/> less <see cref="Paid"/> and <see cref="Credited"/>, never below zero.</summary>
    public Money Outstanding { get; }

    /// <summary>Whether nothing of it is owed any more.</summary>
    public bool IsSettled => Outstanding.IsZero;

    /// <summary>Whether something of it is still owed after its due date's working hours ended.</summary>
    /// <param name="now">The moment to ask about.</param>
    /// <returns>True when overdue at <paramref name="now"/>.</returns>
    public bool IsOverdueAt(Instant now) => !IsSettled && DueAt is { } dueAt && now > dueAt;

    /// <summary>"restart fee for stage 'content' (round 0, at 15 business days): Client owes 250.00 EUR, 0.00 EUR outstanding".</summary>
    /// <returns>The entry as text, for logs.</returns>
    public override string ToString() => Sentences.English("value.owed-entry", new[] { Fact.Of("entry", this) });
}
