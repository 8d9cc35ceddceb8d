using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// When the agreed payments a plan dates fall due if the work keeps to it: each stage handed over and accepted at the
/// moment it is due (<see cref="PlannedStage.DueAt"/>), the engagement completed when the last stage is. A milestone
/// payment is then invoiced on that moment's date in the client's calendar and due its <see cref="MilestonePayment.DueDays"/>
/// calendar days later, the final payment <see cref="PaymentTerms.FinalPaymentDueDays"/> days after the last stage's, each
/// moved to the client's next business day; an engagement that keeps to its plan invoices them on those very dates.
/// </summary>
/// <remarks>The deposit is not among them: a plan exists only once it is received. Shared by the calendar export and the one-pager.</remarks>
internal static class PaymentSchedule
{
    /// <summary>
    /// The milestone payments, then the final payment, with the day the plan invoices each and the day it is due; a
    /// payment whose dates fall beyond the calendar's range, or a final payment of nothing, is left out.
    /// </summary>
    /// <param name="agreement">The agreement whose calendars date the plan (an engagement's, with its force majeure closures).</param>
    /// <param name="plan">The plan.</param>
    /// <param name="terms">The agreement's payment terms.</param>
    public static IEnumerable<PlannedPayment> Planned(Agreement agreement, Plan plan, PaymentTerms terms)
    {
        foreach (var milestone in terms.Milestones)
        {
            if (plan.FindStage(milestone.Stage) is { } stage && Dated(agreement, stage.DueAt, milestone.DueDays) is { } dates)
            {
                yield return new PlannedPayment(ObligationKey.MilestonePayment(milestone.Stage), milestone.Amount.OfTotal(terms.Total), dates.InvoicedOn, dates.Due);
            }
        }

        var final = terms.FinalPaymentAmount;
        if (final.Amount > 0m && Dated(agreement, plan.Stages[plan.Stages.Count - 1].DueAt, terms.FinalPaymentDueDays) is { } finalDates)
        {
            yield return new PlannedPayment(ObligationKey.FinalPayment, final, finalDates.InvoicedOn, finalDates.Due);
        }
    }

    private static (LocalDate InvoicedOn, LocalDate Due)? Dated(Agreement agreement, Instant invoicedAt, int days)
    {
        var client = agreement.Client.Calendar;
        var invoicedOn = client.ToLocalDate(invoicedAt);
        return invoicedOn.Year > 9997 || client.BusinessDayOnOrAfter(invoicedOn.PlusDays(days)) is not { } due ? null : (invoicedOn, due);
    }
}
