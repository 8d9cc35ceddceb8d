using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// A payment's due date next to a midnight the clocks skip or repeat (rule R20 of <see cref="TimeRules"/>):
/// the deposit is due a number of calendar days after the client's own date of the signing, moved to its next
/// business day, and due at the end of that day's hours. The client works Monday to Friday 09:00-17:00 in
/// Santiago or Havana; the deposit is due 6 days after signing.
/// </summary>
public class PaymentDueDstTests
{
    private static ObligationStanding DepositSignedAt(BusinessCalendar client, Instant signed)
    {
        var agreement = ThreeStages(TestSupport.Calendars.Madrid(), client)
            .WithPaymentTerms(new PaymentTerms(new Money(1000m, "EUR"), Charge.PercentOfTotal(30m), depositDueDays: 6))
            .Build();
        var engagement = new EngagementDriver()
            .Do(new Propose(agreement, signed - Duration.FromDays(2)))
            .Do(new Sign(signed));
        return Assessor.Assess(engagement.State, signed).Obligations.Single(o => o.Obligation == ObligationKey.Deposit);
    }

    [Fact]
    public void Signed_just_before_or_after_santiagos_skipped_midnight_the_deposit_counts_from_the_clients_date()
    {
        // 6 September 2026, 04:00Z: Saturday 23:59 -04 a minute before, Sunday 01:00 -03 at it. Saturday 5 + 6 days is
        // Friday 11 September (due 17:00 -03, 20:00Z); Sunday 6 + 6 is Saturday 12, so Monday 14.
        var saturday = DepositSignedAt(Weekdays("America/Santiago"), I("2026-09-06T03:59:00Z"));
        (saturday.Due, saturday.DueAt).Should().Be((D("2026-09-11"), I("2026-09-11T20:00:00Z")));
        DepositSignedAt(Weekdays("America/Santiago"), I("2026-09-06T04:00:00Z")).Due.Should().Be(D("2026-09-14"));
    }

    [Fact]
    public void Signed_in_either_pass_of_havanas_repeated_sunday_midnight_hour_it_is_sunday_for_the_client()
    {
        // 2 November 2025: 03:30Z is Saturday 23:30 CDT; 04:30Z and 05:30Z are both Sunday 00:30 (CDT, then CST).
        // Saturday 1 + 6 days is Friday 7 November (due 17:00 CST, 22:00Z); Sunday 2 + 6 is Saturday 8, so Monday 10.
        var saturday = DepositSignedAt(Weekdays("America/Havana"), I("2025-11-02T03:30:00Z"));
        (saturday.Due, saturday.DueAt).Should().Be((D("2025-11-07"), I("2025-11-07T22:00:00Z")));
        DepositSignedAt(Weekdays("America/Havana"), I("2025-11-02T04:30:00Z")).Due.Should().Be(D("2025-11-10"));
        DepositSignedAt(Weekdays("America/Havana"), I("2025-11-02T05:30:00Z")).Due.Should().Be(D("2025-11-10"));
    }
}
