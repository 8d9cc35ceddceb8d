using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.Engagements.Assessing;
using Xunit;

namespace ClientBoundaries.Tests.Engagements.Payments;

/// <summary>Laws of the ledger of what is owed over random engagements where the app sometimes acts on what is due.</summary>
public class OwedLedgerPropertyTests
{
    [Fact]
    public void What_is_outstanding_is_what_was_owed_less_what_was_paid_or_credited_and_never_below_zero()
    {
        PropertyCheck.Holds(AssessmentPropertyTests.Engagements(), input =>
        {
            var (state, _) = AssessmentPropertyTests.Run(input.Steps);
            var owed = OwedLedger.Of(state);
            return owed.Entries.All(e => e.Outstanding.Amount >= 0m && e.Outstanding == Max0(e.Amount - e.Paid - e.Credited))
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
            var (state, _) = AssessmentPropertyTests.Run(input.Steps);
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
            var (state, events) = AssessmentPropertyTests.Run(input.Steps);
            return OwedLedger.Of(EngagementDecider.Replay(events)).Equals(OwedLedger.Of(state));
        }, cases: 300);
    }

    private static Money Max0(Money money) => money.Amount < 0m ? Money.Zero(money.Currency) : money;
}
