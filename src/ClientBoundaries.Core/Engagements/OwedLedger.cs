using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Everything owed in an engagement, both ways, read off its events: the deposit, the milestone payments and the
/// final payment once invoiced, accepted change orders, restart and late fees, credits owed to the client, and what
/// the client paid beyond an invoice; each with what was paid or settled by credits, and what is outstanding.
/// </summary>
/// <remarks>
/// <para>Get one from <see cref="Of"/>, as an <see cref="Assessment"/> from the <see cref="Assessor"/>. An entry appears once it is owed: an agreed payment when it is
/// invoiced (the deposit at signing, a milestone when its stage is accepted, the final payment at completion), a change
/// order when it is accepted, a fee or credit when its consequence is applied (at its amount after caps), an overpayment
/// when the payment arrives. A deposit never paid is no longer owed once the engagement is terminated.</para>
/// <para>Agreed payments are paid with <see cref="EngagementCommand.ReceiveDeposit"/> and
/// <see cref="EngagementCommand.ReceivePayment"/>: whole, less any credit set off against it (a short payment is
/// refused), and what arrives beyond the invoice is kept as an <see cref="OwedKind.Overpayment"/> the provider owes the
/// client. Change orders, fees and credits are owed from the moment they are recorded, and paid, in parts if need be,
/// with <see cref="EngagementCommand.PayOwed"/> (an overpayment or a credit is paid back the same way). A credit or an
/// overpayment is set off against what its holder owes with <see cref="EngagementCommand.SettleCredit"/>.</para>
/// <para>Immutable and thread-safe; equal when the entries are equal.</para>
/// </remarks>
public sealed record OwedLedger
{
    private readonly ValueList<OwedEntry> _entries;

    private OwedLedger(ValueList<OwedEntry> entries) => _entries = entries;

    /// <summary>The ledger of an engagement not yet signed: nothing owed.</summary>
    public static OwedLedger Empty { get; } = new(ValueList<OwedEntry>.Empty);

    /// <summary>Every entry, in the order they became owed (agreed payments, change orders, fees and credits, overpayments on the same instant).</summary>
    public IReadOnlyList<OwedEntry> Entries => _entries;

    /// <summary>The entry with the given key, or null when nothing is owed under it (yet).</summary>
    /// <param name="key">The entry's key.</param>
    /// <returns>The entry, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="key"/> is null.</exception>
    public OwedEntry? Find(OwedKey key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        return _entries.FirstOrDefault(e => e.Key == key);
    }

    /// <summary>What a party still owes the other, added up: "what does the client owe us" is <c>OutstandingFrom(PartyRole.Client)</c>.</summary>
    /// <param name="debtor">The party that owes.</param>
    /// <returns>The outstanding total, or null when the party owes nothing and never did.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="debtor"/> is null.</exception>
    public Money? OutstandingFrom(PartyRole debtor) => Sum(OwedBy(debtor), e => e.Outstanding);

    /// <summary>Everything a party was ever charged in the engagement, paid or not, added up.</summary>
    /// <param name="debtor">The party that owes.</param>
    /// <returns>The total, or null when the party was charged nothing.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="debtor"/> is null.</exception>
    public Money? OwedInAllBy(PartyRole debtor) => Sum(OwedBy(debtor), e => e.Amount);

    /// <summary>What is still owed after its due date, either way, at a moment.</summary>
    /// <param name="now">The moment to ask about.</param>
    /// <returns>The overdue entries, in ledger order.</returns>
    public IReadOnlyList<OwedEntry> OverdueAt(Instant now) => _entries.Where(e => e.IsOverdueAt(now)).ToList();

    /// <summary>"3 entries; Client owes 250.00 EUR; Provider owes nothing".</summary>
    /// <returns>The ledger as text, for logs.</returns>
    public override string ToString() => Sentences.English("value.owed-ledger", new[] { Fact.Of("ledger", this) });

    /// <summary>What is owed in an engagement, both ways, read off its events.</summary>
    /// <param name="state">The engagement.</param>
    /// <returns>Its ledger; <see cref="Empty"/> before the first event.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static OwedLedger Of(EngagementState state)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        if (state.Agreement is not { } agreement || state.AgreementForDates is not { } dated)
        {
            return Empty;
        }

        var settlements = state.Settlements;
        var entries = new List<OwedEntry>();
        var overpayments = new List<OwedEntry>();
        foreach (var obligation in Obligation.Of(state))
        {
            if (!obligation.Key.Kind.IsPayment || !obligation.IsOpen || obligation.Basis is not { } amount)
            {
                continue;
            }

            var key = OwedKey.Payment(obligation.Key);
            var received = obligation.Key.Kind == ObligationKind.Deposit ? state.Deposit : state.PaymentOf(obligation.Key)?.Amount;
            if (obligation.Key.Kind == ObligationKind.Deposit && received is null && state.TerminatedAt is not null)
            {
                continue;
            }

            var credited = Settled(settlements, amount.Currency, s => s.Against == key);
            var invoice = amount - credited;
            var paid = received is null ? Money.Zero(amount.Currency) : Min(received, invoice);
            entries.Add(new OwedEntry(key, PartyRole.Client, amount, obligation.OpenedAt, obligation.Due, obligation.DueAt, paid, credited));
            if (received is not null && received > invoice)
            {
                var excess = OwedKey.Overpayment(obligation.Key);
                var arrived = obligation.Key.Kind == ObligationKind.Deposit ? state.DepositReceivedAt!.Value : state.PaymentOf(obligation.Key)!.At;
                overpayments.Add(Recorded(state, dated, excess, PartyRole.Provider, received - invoice, arrived, settlements));
            }
        }

        foreach (var order in state.Scope.ChangeOrders)
        {
            if (order.Status == ChangeOrderStatus.Accepted && order.ClosedAt is { } acceptedAt && !order.Price.IsZero)
            {
                entries.Add(Recorded(state, dated, OwedKey.ForChangeOrder(order.Id), PartyRole.Client, order.Price, acceptedAt, settlements));
            }
        }

        foreach (var applied in state.ConsequencesApplied)
        {
            if (applied.Amount is { Amount: > 0m } amount)
            {
                var key = OwedKey.Consequence(applied.Obligation, applied.Round, applied.Rule);
                entries.Add(Recorded(state, dated, key, applied.Party, amount, applied.At, settlements));
            }
        }

        entries.AddRange(overpayments);
        return new OwedLedger(new ValueList<OwedEntry>(entries.OrderBy(e => e.InvoicedAt)));
    }

    /// <summary>
    /// An entry the engagement added to the agreed payments: payable on the agreement's final-payment terms (that many
    /// calendar days after it was recorded, on the debtor's next business day), or the same day without payment terms.
    /// </summary>
    private static OwedEntry Recorded(EngagementState state, Agreement dated, OwedKey key, PartyRole debtor, Money amount, Instant at, IReadOnlyList<Settlement> settlements)
    {
        var calendar = dated.CalendarOf(debtor);
        var days = state.Agreement!.PaymentTerms?.FinalPaymentDueDays ?? 0;
        var on = calendar.ToLocalDate(at);
        var due = on.Year > 9997 ? null : calendar.BusinessDayOnOrAfter(on.PlusDays(days));
        var paid = Settled(settlements, amount.Currency, s => s.Entry == key && s.Against is null);
        var credited = Settled(settlements, amount.Currency, s => (s.Entry == key && s.Against is not null) || s.Against == key);
        return new OwedEntry(key, debtor, amount, at, due, due is { } d ? calendar.EndOfWorkingDay(d) : null, paid, credited);
    }

    private static Money Settled(IReadOnlyList<Settlement> settlements, string currency, System.Func<Settlement, bool> which)
    {
        var total = Money.Zero(currency);
        foreach (var settlement in settlements)
        {
            if (which(settlement) && settlement.Amount.Currency == currency)
            {
                total += settlement.Amount;
            }
        }

        return total;
    }

    private static Money Min(Money a, Money b) => a < b ? a : b;

    private IEnumerable<OwedEntry> OwedBy(PartyRole debtor)
    {
        Preconditions.CheckNotNull(debtor, nameof(debtor));
        return _entries.Where(e => e.Debtor == debtor);
    }

    private static Money? Sum(IEnumerable<OwedEntry> entries, System.Func<OwedEntry, Money> what)
    {
        Money? total = null;
        foreach (var entry in entries)
        {
            total = total is null ? what(entry) : total.Currency == what(entry).Currency ? total + what(entry) : total;
        }

        return total;
    }
}
