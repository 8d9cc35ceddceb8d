using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TimeEdges.TimeRules;

namespace ClientBoundaries.Tests.TimeEdges;

/// <summary>
/// A provider in Pacific/Kiritimati (UTC+14) and a client in Pacific/Pago_Pago (UTC-11), both Monday to Friday
/// 09:00-17:00, neither with daylight saving time: 25 hours apart, so at every instant their dates differ,
/// by one day for 23 hours of each day and by two for one hour (rules R6, R8, R9, R12-R14, R16 and R17 of
/// <see cref="TimeRules"/>).
/// Each party's dates, hours, lateness and ball time must be read in its own calendar. Kiritimati's Tuesday
/// 10:00-17:00 is Pago Pago's Monday 09:00-16:00: the only hours both are at work are Tuesday to Friday in
/// Kiritimati, Monday to Thursday in Pago Pago.
/// </summary>
public class FarApartZonesTests
{
    private static readonly BusinessCalendar Kiritimati = BusinessCalendar.MondayToFriday(Zone("Pacific/Kiritimati"));
    private static readonly BusinessCalendar PagoPago = BusinessCalendar.MondayToFriday(Zone("Pacific/Pago_Pago"));
    private static readonly ObligationKey TheAnswer = ObligationKey.ForStage(Answer);
    private static readonly MeetingId Review = new("review");
    private static readonly string[] ReviewAgenda = { "Review the brief" };

    private static Instant InKiritimati(string local) => At("Pacific/Kiritimati", local);

    private static Instant InPagoPago(string local) => At("Pacific/Pago_Pago", local);

    private static Agreement Job() =>
        ThreeStages(Kiritimati, PagoPago)
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }))
            .Build();

    /// <summary>Scheduled from Monday 2 March 2026 on Thursday 26 February (Kiritimati), the brief started at 09:00 on the Monday.</summary>
    private static EngagementDriver Started() =>
        Scheduled(Job(), D("2026-03-02"), InKiritimati("2026-02-26T10:00"))
            .Do(new StartStage(Brief, InKiritimati("2026-03-02T09:00")));

    [Fact]
    public void Each_stage_is_dated_in_its_owners_calendar_and_starts_when_the_receivers_day_begins()
    {
        // The brief: Monday 2 March in Kiritimati, handed over at 17:00 +14, 03:00Z, which is still Sunday 1 March 16:00 in
        // Pago Pago. The client's first day beginning after that is its own Monday 2 March, 09:00 -11 (20:00Z), 25 hours after
        // Kiritimati's Monday began; it answers by 17:00 -11, 04:00Z on the 3rd, Tuesday 18:00 in Kiritimati, so the studio
        // delivers on Wednesday 4 March, by 17:00 +14 (03:00Z).
        var plan = Scheduler.Plan(Job(), AgreementStatus.Signed, D("2026-03-02")).Value;

        plan.Stages.Select(s => (s.Key, s.Start, s.Due, s.DueAt)).Should().Equal(
            (Brief, D("2026-03-02"), D("2026-03-02"), I("2026-03-02T03:00:00Z")),
            (Answer, D("2026-03-02"), D("2026-03-02"), I("2026-03-03T04:00:00Z")),
            (Deliver, D("2026-03-04"), D("2026-03-04"), I("2026-03-04T03:00:00Z")));
        plan.Handoffs.Select(h => h.At).Should().Equal(I("2026-03-02T03:00:00Z"), I("2026-03-03T04:00:00Z"), I("2026-03-04T03:00:00Z"));
    }

    [Fact]
    public void A_plan_cannot_start_on_a_date_already_gone_for_the_first_stages_owner_though_it_is_today_for_the_other()
    {
        // 2026-03-01T12:00Z is Monday 2 March 02:00 in Kiritimati and Sunday 1 March 01:00 in Pago Pago.
        var proposed = new EngagementDriver().Do(new Propose(Job(), I("2026-03-01T11:00:00Z"))).Do(new Sign(I("2026-03-01T11:30:00Z")));

        var refused = proposed.Refuses(new Schedule(D("2026-03-01"), I("2026-03-01T12:00:00Z")));

        refused.Code.Should().Be("plan.start-in-the-past");
        refused.Message.Should().Be("The work cannot be planned to start on 1 March 2026, before the day it is scheduled (2 March 2026).");
    }

    [Fact]
    public void A_handoffs_due_date_is_judged_and_timed_in_the_receivers_calendar()
    {
        // The studio hands over on Monday 2 March at 16:00 in Kiritimati (02:00Z): Sunday 1 March 15:00 for the client, so a
        // due date of Sunday 1 March is not yet past for it, Saturday 28 February is. Due Monday 2 March means by the client's
        // 17:00 that Monday: 04:00Z on the 3rd, Tuesday 18:00 in Kiritimati.
        var engagement = Started();

        engagement.Refuses(new HandOff(Brief, InKiritimati("2026-03-02T16:00"), dueBy: D("2026-02-28"))).Message
            .Should().Be("The due date 28 February 2026 is before the day of the handoff (1 March 2026 for Client).");
        engagement.Do(new HandOff(Brief, InKiritimati("2026-03-02T16:00"), dueBy: D("2026-03-02")));

        engagement.State.Ball!.DueAt.Should().Be(I("2026-03-03T04:00:00Z"));
        engagement.State.Ball.DueAt.Should().Be(InKiritimati("2026-03-03T18:00"));

        // And back: the client answers on its Monday at 16:00 (03:00Z on the 3rd), which is Tuesday 17:00 for the studio: a
        // due date of Monday 2 March for the studio is already past.
        engagement.Do(new StartStage(Answer, InPagoPago("2026-03-02T09:00")));
        engagement.Refuses(new HandOff(Answer, InPagoPago("2026-03-02T16:00"), dueBy: D("2026-03-02"))).Message
            .Should().Be("The due date 2 March 2026 is before the day of the handoff (3 March 2026 for Studio).");
    }

    [Fact]
    public void Lateness_and_ball_time_are_counted_in_the_late_partys_own_days()
    {
        // The client's answer is due on its Monday 2 March, by 17:00 -11 (04:00Z on the 3rd). The firm reminder comes when
        // that Monday begins, 09:00 -11 (20:00Z on the 2nd, Tuesday 10:00 in Kiritimati); the escalation (5) when the fifth
        // business day after begins, Monday 9 March 09:00 -11 (20:00Z on the 9th). The client has held the ball from 20:00Z
        // on the 2nd; by 20:00Z on the 9th that is its Monday to Friday: 5 business days, 7 days on the clock.
        var engagement = Started().Do(new HandOff(Brief, InKiritimati("2026-03-02T17:00")));

        Assessor.Assess(engagement.State, I("2026-03-02T20:00:00Z")).Reminders.Single().Should()
            .Match<DueConsequence>(r => r.Rule == ConsequenceRule.FirmReminder(0) && r.FallsDueAt == InPagoPago("2026-03-02T09:00"));
        var late = Assessor.Assess(engagement.State, I("2026-03-03T20:00:00Z")).Obligations.Single(o => o.Obligation == TheAnswer);
        (late.Timeliness, late.BusinessDaysLate).Should().Be((Timeliness.Overdue, 1), "the client's Tuesday began at 20:00Z");
        Assessor.Assess(engagement.State, I("2026-03-09T19:59:00Z")).Consequences.Should().BeEmpty();
        Assessor.Assess(engagement.State, I("2026-03-09T20:00:00Z")).Consequences.Single().Kind.Should().Be(ConsequenceKind.Escalation);

        engagement.State.Ball!.Since.Should().Be(InPagoPago("2026-03-02T09:00"));
        engagement.State.BallTimeOf(PartyRole.Client, I("2026-03-09T20:00:00Z")).Should()
            .Match<BallTime>(b => b.BusinessDays == 5 && b.Elapsed == Duration.FromDays(7));

        // The studio held it on its own Monday only: from 09:00 +14 (19:00Z on 1 March) to the handoff at 17:00 (03:00Z).
        engagement.State.BallTimeOf(PartyRole.Provider, I("2026-03-09T20:00:00Z")).Should()
            .Match<BallTime>(b => b.BusinessDays == 1 && b.Elapsed == Duration.FromHours(8));
    }

    [Fact]
    public void Contact_hours_and_reply_commitments_run_in_each_partys_own_week()
    {
        var agreement = Job();
        var studio = agreement.ContactHoursOf(PartyRole.Provider);
        var client = agreement.ContactHoursOf(PartyRole.Client);

        // Monday 2 March 20:00Z: Tuesday 10:00 in Kiritimati, Monday 09:00 in Pago Pago: both open.
        (studio.IsOpen(I("2026-03-02T20:00:00Z")), client.IsOpen(I("2026-03-02T20:00:00Z"))).Should().Be((true, true));

        // 1 March 19:30Z: Monday 09:30 in Kiritimati, Sunday 08:30 in Pago Pago. 6 March 20:00Z: Saturday 10:00, Friday 09:00.
        (studio.IsOpen(I("2026-03-01T19:30:00Z")), client.IsOpen(I("2026-03-01T19:30:00Z"))).Should().Be((true, false));
        (studio.IsOpen(I("2026-03-06T20:00:00Z")), client.IsOpen(I("2026-03-06T20:00:00Z"))).Should().Be((false, true));

        // The client writes on its Friday 6 March at 15:00 (02:00Z on the 7th, Saturday 16:00 for the studio): the studio's
        // 8 hours are its Monday 9 March, 09:00-17:00 +14, so the reply is due at 03:00Z on the 9th, Sunday 16:00 for the client.
        studio.ReplyDueBy(Channel.Email, InPagoPago("2026-03-06T15:00")).Should().Be(I("2026-03-09T03:00:00Z"));

        // The studio writes on its Monday 9 March at 10:00 (20:00Z on the 8th, the client's Sunday 09:00): the client's 8 hours
        // are its Monday 9 March, so the reply is due at 17:00 -11, 04:00Z on the 10th, Tuesday 18:00 for the studio.
        client.ReplyDueBy(Channel.Email, InKiritimati("2026-03-09T10:00")).Should().Be(I("2026-03-10T04:00:00Z"));
    }

    [Fact]
    public void A_meeting_booked_for_both_is_in_both_partys_hours_owes_the_recap_in_the_studios_and_exports_in_its_zone()
    {
        // Booked for Tuesday 3 March 10:00 in Kiritimati, an hour: 20:00Z-21:00Z on the 2nd, Monday 09:00-10:00 in Pago Pago.
        var engagement = Started()
            .Do(new BookMeeting(Review, InKiritimati("2026-03-03T10:00"), ReviewAgenda, Duration.FromHours(1), false, InKiritimati("2026-03-02T11:00")));
        var meeting = engagement.State.Communication.FindMeeting(Review)!.Booked;
        var agreement = engagement.State.Agreement!;
        foreach (var party in new[] { PartyRole.Provider, PartyRole.Client })
        {
            agreement.ContactHoursOf(party).IsOpen(meeting.Start).Should().BeTrue();
            agreement.ContactHoursOf(party).IsOpen(meeting.End - Duration.FromMinutes(1)).Should().BeTrue();
        }

        // Held as booked, the recap is due 1 business day after the studio's Tuesday: Wednesday 4 March, 17:00 +14 (03:00Z).
        engagement.Do(new RecordMeetingHeld(Review, meeting.Start, meeting.End, ReviewAgenda, meeting.End));
        engagement.State.Communication.FindMeeting(Review)!.Held!.RecapDueAt.Should().Be(I("2026-03-04T03:00:00Z"));

        // The export writes it in Kiritimati time, with a VTIMEZONE whose one observance began when the island jumped from
        // UTC-10 to UTC+14 at 00:00 on 31 December 1994, a date that never happened there.
        var calendar = ExportedCalendar.Load(CalendarExport.ToICalendar(engagement.State, Language.English, InKiritimati("2026-03-02T12:00")));
        var review = calendar.Events.Single(e => e.Uid == "edge-job/meeting/review@clientboundaries");
        (ExportedCalendar.Timed(review.Start), ExportedCalendar.Timed(review.DtEnd)).Should().Be(
            (("Pacific/Kiritimati", new LocalDateTime(2026, 3, 3, 10, 0)), ("Pacific/Kiritimati", new LocalDateTime(2026, 3, 3, 11, 0))));
        (ExportedCalendar.Moment(review.Start), ExportedCalendar.Moment(review.DtEnd)).Should().Be((meeting.Start, meeting.End), "a calendar places it when it was booked");
        var zone = calendar.TimeZones.Single(z => z.TzId == "Pacific/Kiritimati");
        ExportedCalendar.Observances(zone).Select(o => (o.Kind, o.Start, o.From, o.To))
            .Should().Equal(("STANDARD", new LocalDateTime(1994, 12, 31, 0, 0), Offset.FromHours(-10), Offset.FromHours(14)));
    }
}
