using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// How and when the client pays: the total price, the deposit that must arrive before any dates
/// are set, payments tied to stages, and when the final payment is due.
/// </summary>
/// <remarks>
/// <para>The deposit is due <see cref="DepositDueDays"/> calendar days after signing; a milestone
/// payment <see cref="MilestonePayment.DueDays"/> after its stage is accepted; the final payment,
/// whatever the deposit and the milestones leave of the total, <see cref="FinalPaymentDueDays"/>
/// calendar days after the engagement is completed. A due date that is not one of the client's
/// business days moves to the next one. Each is an obligation of the client, with the ladder of the
/// client's consequence policy for payments.</para>
/// <para>Immutable and thread-safe; equal when every figure, and the milestones in order, are equal.</para>
/// </remarks>
public sealed record PaymentTerms
{
    /// <summary>The longest payment period the library accepts, in calendar days.</summary>
    public const int MaxPaymentDueDays = MilestonePayment.MaxDueDays;

    private readonly ValueList<MilestonePayment> _milestones;
    private readonly ValueList<Money> _milestoneAmounts;

    /// <summary>Creates payment terms.</summary>
    /// <param name="total">The agreement's total price; more than zero.</param>
    /// <param name="deposit">The deposit, paid before dates are assigned to the stages: <see cref="Charge.FixedPayment"/> (zero when none is asked) or <see cref="Charge.PercentOfTotal"/>.</param>
    /// <param name="milestones">Payments due when particular stages are done; null for none. At most one per stage.</param>
    /// <param name="finalPaymentDueDays">Calendar days after completion by which the final payment is due, 0 to <see cref="MaxPaymentDueDays"/>.</param>
    /// <param name="depositDueDays">Calendar days after signing by which the deposit is due, 0 to <see cref="MaxPaymentDueDays"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> or <paramref name="deposit"/> is null.</exception>
    /// <exception cref="ArgumentException">A payment is in another currency than the total, the deposit or the deposit plus milestones exceed the total, or two milestones name the same stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is not positive, or <paramref name="finalPaymentDueDays"/> or <paramref name="depositDueDays"/> is out of range.</exception>
    public PaymentTerms(Money total, Charge deposit, IEnumerable<MilestonePayment>? milestones = null, int finalPaymentDueDays = 30, int depositDueDays = 7)
    {
        Preconditions.CheckNotNull(total, nameof(total));
        if (total.Amount <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(total), $"The total price must be more than zero, was {total}.");
        }

        Preconditions.CheckNotNull(deposit, nameof(deposit));
        var milestoneList = Preconditions.CheckElementsNotNull(milestones ?? Array.Empty<MilestonePayment>(), nameof(milestones));
        Preconditions.CheckArgumentRange(nameof(finalPaymentDueDays), finalPaymentDueDays, 0, MaxPaymentDueDays);
        Preconditions.CheckArgumentRange(nameof(depositDueDays), depositDueDays, 0, MaxPaymentDueDays);

        deposit.CheckPartOf(total, nameof(deposit));
        var depositAmount = deposit.OfTotal(total);
        Preconditions.CheckArgument(
            depositAmount <= total,
            nameof(deposit),
            $"The deposit ({depositAmount}) must not be more than the total price ({total}).");

        var scheduled = depositAmount;
        var seen = new HashSet<StageKey>();
        foreach (var milestone in milestoneList)
        {
            Preconditions.CheckArgument(
                seen.Add(milestone.Stage),
                nameof(milestones),
                $"Only one milestone payment may be tied to a stage, but stage '{milestone.Stage}' has more than one.");
            milestone.Amount.CheckPartOf(total, nameof(milestones));
            scheduled = AddUp(scheduled, milestone.Amount.OfTotal(total), total, nameof(milestones));
        }

        Preconditions.CheckArgument(
            scheduled <= total,
            nameof(milestones),
            $"The deposit and the milestone payments add up to {scheduled}, more than the total price ({total}).");

        Total = total;
        Deposit = deposit;
        _milestones = new ValueList<MilestonePayment>(milestoneList);

        // Worked out once: every assessment and every milestone of a replay reads them.
        DepositAmount = depositAmount;
        _milestoneAmounts = new ValueList<Money>(milestoneList.Select(m => m.Amount.OfTotal(total)));
        FinalPaymentAmount = _milestoneAmounts.Aggregate(total - depositAmount, (left, amount) => left - amount);
        FinalPaymentDueDays = finalPaymentDueDays;
        DepositDueDays = depositDueDays;
    }

    /// <summary>The agreement's total price.</summary>
    public Money Total { get; }

    /// <summary>The deposit, as written (fixed or a percentage).</summary>
    public Charge Deposit { get; }

    /// <summary>The deposit in money, unrounded: what must be received before dates are assigned.</summary>
    public Money DepositAmount { get; }

    /// <summary>Payments due when particular stages are done, in the order written.</summary>
    public IReadOnlyList<MilestonePayment> Milestones => _milestones;

    /// <summary>What a milestone or final payment comes to under these terms, or null when they have no such payment.</summary>
    internal Money? AmountOf(ObligationKey payment)
    {
        if (payment.Kind == ObligationKind.FinalPayment)
        {
            return FinalPaymentAmount.Amount > 0m ? FinalPaymentAmount : null;
        }

        if (payment.Kind == ObligationKind.MilestonePayment)
        {
            for (var i = 0; i < _milestones.Count; i++)
            {
                if (_milestones[i].Stage == payment.Stage)
                {
                    return _milestoneAmounts[i];
                }
            }
        }

        return null;
    }

    /// <summary>What is left to pay at the end: the total less the deposit and the milestones.</summary>
    public Money FinalPaymentAmount { get; }

    /// <summary>What the milestone payment at <paramref name="index"/> of <see cref="Milestones"/> comes to.</summary>
    internal Money MilestoneAmount(int index) => _milestoneAmounts[index];

    /// <summary>Calendar days after the engagement is completed by which the final payment is due.</summary>
    public int FinalPaymentDueDays { get; }

    /// <summary>Calendar days after signing by which the deposit is due.</summary>
    public int DepositDueDays { get; }

    /// <summary>A summary: <c>total 6000 EUR, deposit 30%, 1 milestone(s), final due 14 days after completion</c>.</summary>
    /// <returns>The terms as text.</returns>
    public override string ToString() =>
        $"total {Total}, deposit {Deposit}, {_milestones.Count} milestone(s), final due {FinalPaymentDueDays} days after completion";

    /// <summary>The payments so far and one more; a sum past <see cref="decimal.MaxValue"/> is more than any total, and refused as such.</summary>
    private static Money AddUp(Money scheduled, Money payment, Money total, string paramName)
    {
        try
        {
            return scheduled + payment;
        }
        catch (OverflowException)
        {
            throw new ArgumentException(
                $"The deposit and the milestone payments add up to more than {decimal.MaxValue.ToString(CultureInfo.InvariantCulture)} {total.Currency}, more than the total price ({total}).",
                paramName);
        }
    }
}
