using System.Linq;
using ClientBoundaries.Communication;
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
/// Working days that end at 24:00 (rules R5, R18 and R19 of <see cref="TimeRules"/>): the end of such a day is
/// the first instant of the next date, so a date read back from a due instant must be read from the instant
/// just before it, or a follow-through and a reply owed at the end of Friday's hours would belong to Saturday.
/// The provider is a Madrid studio that works evenings, Monday to Friday 18:00-24:00.
/// </summary>
public class MidnightEndTests
{
    private static readonly IncidentId Outage = new("outage");

    private static EngagementDriver EveningStudio(ContactPolicy? providerContact = null)
    {
        var builder = ThreeStages(Weekdays("Europe/Madrid", Hours(18, 0, 0, 0)), TestSupport.Calendars.Madrid());
        if (providerContact is not null)
        {
            builder = builder.WithContactPolicy(PartyRole.Provider, providerContact);
        }

        return Scheduled(builder.Build(), D("2026-03-02"), I("2026-02-27T10:00:00Z"));
    }

    [Fact]
    public void A_follow_through_due_on_a_day_that_ends_at_24_00_is_listed_from_that_days_first_working_hour()
    {
        // Due on Wednesday 11 March 2026: by the end of Wednesday's hours, Thursday 00:00 CET (23:00Z on Wednesday). It is
        // listed from Wednesday's first working hour, 18:00 CET (17:00Z), as the docs say, not from Thursday's.
        var engagement = EveningStudio()
            .Do(new RecordIncident(Outage, "The site was down", "No orders for an hour", "A credit and a post-mortem", D("2026-03-11"), I("2026-03-09T18:00:00Z")));

        engagement.State.Communication.FindIncident(Outage)!.FollowThroughDueAt.Should().Be(I("2026-03-11T23:00:00Z"));
        Assessor.Assess(engagement.State, I("2026-03-11T16:59:00Z")).Communication.Should().BeEmpty();
        var due = Assessor.Assess(engagement.State, I("2026-03-11T17:00:00Z")).Communication.Should().ContainSingle().Subject
            .Should().BeOfType<CommunicationDue.FollowThroughDue>().Subject;
        due.Since.Should().Be(I("2026-03-11T17:00:00Z"));
        due.DueAt.Should().Be(I("2026-03-11T23:00:00Z"));
        due.IsOverdue.Should().BeFalse();
        engagement.State.NextAttentionAt.Should().Be(I("2026-03-11T17:00:00Z"));
    }

    [Fact]
    public void A_reply_owed_at_the_end_of_fridays_hours_to_24_00_is_due_on_friday_not_moved_past_the_weekend()
    {
        // Email within 2 business hours. The client writes on Friday 6 March 2026 at 22:00 CET (21:00Z): due at Friday
        // 24:00, Saturday 00:00 CET (23:00Z). Saturday is no business day, but the reply belongs to Friday's hours: it is
        // not moved to the end of Monday as a due date closed by force majeure would be.
        var message = new MessageId("menu-question");
        var engagement = EveningStudio(new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 2) }))
            .Do(new RecordMessage(message, PartyRole.Client, Channel.Email, I("2026-03-06T21:00:00Z")));

        var owed = Assessor.Assess(engagement.State, I("2026-03-07T12:00:00Z")).Obligations.Single(o => o.Obligation == ObligationKey.Reply(message));
        owed.Due.Should().Be(D("2026-03-06"));
        owed.DueAt.Should().Be(I("2026-03-06T23:00:00Z"));
        owed.Timeliness.Should().Be(Timeliness.Overdue);
        owed.BusinessDaysLate.Should().Be(0);
        Assessor.Assess(engagement.State, I("2026-03-09T17:00:00Z")).Obligations.Single(o => o.Obligation == ObligationKey.Reply(message))
            .BusinessDaysLate.Should().Be(1, "Monday's hours began at 18:00 CET");

        // Answered on Monday at 18:30 CET (17:30Z): 66.5 hours late on the clock, half an hour of the studio's hours.
        engagement.Do(new RecordReply(message, I("2026-03-09T17:30:00Z")));
        var reply = engagement.State.Communication.FindMessage(message)!.Reply!;
        reply.IsLate.Should().BeTrue();
        reply.LateBy.Should().Be(Duration.FromMinutes(66 * 60 + 30));
        reply.LateByBusinessTime.Should().Be(Duration.FromMinutes(30));
    }
}
