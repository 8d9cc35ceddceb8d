using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.Engagements.Assessing;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Engagements.Payments;

/// <summary>
/// Laws of the ledger of what is owed over random engagements where the app sometimes acts on what is due, and
/// sometimes records a payment or a set-off of a random part of an open entry (now and then more than is left).
/// </summary>
public class OwedLedgerPropertyTests
{
    [Fact]
    public void What_is_outstanding_is_what_was_owed_less_what_was_paid_or_credited_and_never_below_zero()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            var owed = OwedLedger.Of(state);
            return owed.Entries.All(e => e.Outstanding.Amount >= 0m && e.Outstanding == Max0(e.Amount - e.Paid - e.Credited) && e.Paid + e.Credited <= e.Amount)
                && new[] { PartyRole.Client, PartyRole.Provider }.All(party =>
                {
                    var entries = owed.Entries.Where(e => e.Debtor == party).ToList();
                    var expected = entries.Count == 0 ? 0m : entries.Sum(e => e.Amount.Amount) - entries.Sum(e => e.Paid.Amount + e.Credited.Amount);
                    return (owed.OutstandingFrom(party)?.Amount ?? 0m) == expected;
                });
        }, cases: 300);
    }

    [Fact]
    public void Every_fee_and_credit_applied_is_owed_at_its_amount_after_caps()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = Run(input.Steps);
            var charged = state.ConsequencesApplied.Where(c => c.Amount is { Amount: > 0m }).ToList();
            var entries = OwedLedger.Of(state).Entries.Where(e => e.Kind.IsConsequence).ToList();
            return entries.Count == charged.Count
                && charged.All(c => OwedLedger.Of(state).Find(OwedKey.Consequence(c.Obligation, c.Round, c.Rule)) is { } e && e.Amount == c.Amount && e.Debtor == c.Party);
        }, cases: 300);
    }

    [Fact]
    public void The_replayed_ledger_equals_the_one_built_step_by_step()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, events) = Run(input.Steps);
            var replayed = EngagementDecider.Replay(events);
            return replayed.Equals(state) && OwedLedger.Of(replayed).Equals(OwedLedger.Of(state));
        }, cases: 300);
    }

    [Fact]
    public void Payments_and_set_offs_are_accepted_exactly_up_to_what_is_outstanding_on_both_sides()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (_, _, decided) = RunDeciding(input.Steps);
            return decided.All(d => d.Accepted == d.Fits);
        }, cases: 300);
    }

    [Fact]
    public void Random_payments_and_set_offs_happen_in_the_random_engagements()
    {
        // Guards the laws above against testing nothing: over many engagements some payments and set-offs are accepted.
        var accepted = 0;
        var settled = 0;
        for (var seed = 0; seed < 200 && (accepted == 0 || settled == 0); seed++)
        {
            var random = new Random(seed);
            var steps = Enumerable.Range(0, 60).Select(_ => (random.Next(0, 3000), random.Next(0, 3 * 24 * 60))).ToArray();
            var (_, events, _) = RunDeciding(steps);
            accepted += events.Count(e => e is EngagementEvent.OwedPaid);
            settled += events.Count(e => e is EngagementEvent.CreditSettled);
        }

        Xunit.Assert.True(accepted > 0 && settled > 0, $"{accepted} payments and {settled} set-offs accepted");
    }

    /// <summary>As <see cref="AssessmentPropertyTests.Run"/>, and one step in four pays or sets off part of an open entry.</summary>
    private static (EngagementState State, List<EngagementEvent> Events) Run(IReadOnlyList<(int Choice, int Minutes)> steps)
    {
        var (state, events, _) = RunDeciding(steps);
        return (state, events);
    }

    private static (EngagementState State, List<EngagementEvent> Events, List<(bool Accepted, bool Fits)> Decided) RunDeciding(IReadOnlyList<(int Choice, int Minutes)> steps)
    {
        var state = AssessmentPropertyTests.Scheduled.State;
        var events = AssessmentPropertyTests.Scheduled.Events.ToList();
        var decided = new List<(bool Accepted, bool Fits)>();
        var at = state.LastEventAt!.Value;
        foreach (var (choice, minutes) in steps)
        {
            at += Duration.FromMinutes(minutes);
            var paying = choice % 4 == 3 ? Paying(state, choice, at) : null;
            var commands = paying is { } p ? new[] { p.Command } : AssessmentPropertyTests.CommandsFor(state, choice, at);
            foreach (var command in commands)
            {
                var decision = EngagementDecider.Decide(state, command);
                if (paying is { } q)
                {
                    decided.Add((decision.IsAccepted, q.Fits));
                }

                foreach (var @event in decision.Events)
                {
                    events.Add(@event);
                    state = EngagementDecider.Evolve(state, @event);
                }
            }
        }

        return (state, events, decided);
    }

    /// <summary>
    /// A payment of part of an open entry, or a set-off of part of a credit against an open entry owed the other way,
    /// with whether it fits (no more than is outstanding on either side); null when nothing but agreed payments is open.
    /// </summary>
    private static (EngagementCommand Command, bool Fits)? Paying(EngagementState state, int choice, Instant at)
    {
        var open = OwedLedger.Of(state).Entries.Where(e => !e.IsSettled && !e.Kind.IsAgreedPayment).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var entry = open[choice / 4 % open.Count];
        var part = choice / 16 % 5;
        var amount = part == 4 ? entry.Outstanding + new Money(1m, entry.Outstanding.Currency) : Cents(entry.Outstanding * ((part + 1) / 4m));
        if (entry.Kind.IsCreditNote && choice / 80 % 2 == 0)
        {
            var against = OwedLedger.Of(state).Entries.FirstOrDefault(e => !e.IsSettled && e.Debtor == entry.Creditor && !e.Kind.IsCreditNote && e.Kind != OwedKind.Deposit);
            if (against is not null)
            {
                return (new SettleCredit(entry.Key, against.Key, amount, at), amount <= entry.Outstanding && amount <= against.Outstanding);
            }
        }

        return (new PayOwed(entry.Key, amount, at), amount <= entry.Outstanding);
    }

    private static Money Cents(Money money)
    {
        var rounded = new Money(Math.Round(money.Amount, 2, MidpointRounding.AwayFromZero), money.Currency);
        return rounded.Amount > 0m ? rounded : new Money(0.01m, money.Currency);
    }

    private static Money Max0(Money money) => money.Amount < 0m ? Money.Zero(money.Currency) : money;
}
