using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Hostile;

/// <summary>
/// Replies recorded thousands of years after their message (issue 21): a stored reply-sent of 31 December 9999 to a
/// message of 5 January 2026 used to take about a second to read back, because lateness in working time was counted one
/// business day at a time. Each test checks only that the engagement is read or decided with the right lateness.
/// </summary>
/// <remarks>
/// The provider is the Jakarta office (no clock change since 1964; Monday to Friday; 1 January, 1 May, 1 June,
/// 17 August and 25 December, Good Friday, and Nyepi and Idul Fitri in 2026, none moved when they fall at a weekend)
/// with contact windows of 10:00-12:00 and 13:00-16:00, five hours a business day, and email answered within 8 of them.
/// So the lateness is five hours times the business days counted below, by weekdays and holidays year by year, plus
/// the part of the due day left after the due instant.
/// </remarks>
public class FarReplyTests
{
    private static readonly WorkingWeek Windows = WorkingWeek.MondayToFriday(TimeOfDayRange.Of(10, 0, 12, 0), TimeOfDayRange.Of(13, 0, 16, 0));

    private static readonly ContactPolicy AnswersEmailInWindows = new(new[] { Channel.Email, Channel.Chat }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }, Windows);

    // 07:00 in Jakarta on Friday 31 December 9999, before the windows open: nothing of that day counts.
    private static readonly Instant LastMorning = I("9999-12-31T00:00:00Z");

    [Fact]
    public void A_stored_reply_of_the_year_9999_to_a_message_of_2026_reads_back_with_its_lateness()
    {
        // Monday 5 January 2026, 09:00 WIB: 5 hours that day from 10:00, 3 on Tuesday, so due Tuesday 14:00 WIB (07:00Z).
        var message = new MessageId("q-0");
        var engagement = Engagement().Do(new RecordMessage(message, PartyRole.Client, Channel.Email, I("2026-01-05T02:00:00Z")));
        engagement.State.Communication.FindMessage(message)!.ReplyDueBy.Should().Be(I("2026-01-06T07:00:00Z"));
        engagement.Stored(new EngagementEvent.ReplySent(message, LastMorning));

        var reply = EngagementDecider.Replay(engagement.Events).Communication.FindMessage(message)!.Reply!;

        reply.LateBy.Should().Be(LastMorning - I("2026-01-06T07:00:00Z"));
        reply.LateByBusinessTime.Should().Be(Duration.FromHours(2) + (Duration.FromHours(5) * BusinessDays(D("2026-01-06"), D("9999-12-30"))));
    }

    [Fact]
    public void A_reply_recorded_in_the_year_5000_is_decided_with_its_lateness()
    {
        var message = new MessageId("q-0");
        var engagement = Engagement().Do(new RecordMessage(message, PartyRole.Client, Channel.Email, I("2026-01-05T02:00:00Z")));

        // 07:00 WIB on 2 June 5000: the windows of that day have not opened.
        engagement.Do(new RecordReply(message, I("5000-06-02T00:00:00Z")));

        engagement.State.Communication.FindMessage(message)!.Reply!.LateByBusinessTime
            .Should().Be(Duration.FromHours(2) + (Duration.FromHours(5) * BusinessDays(D("2026-01-06"), D("5000-06-01"))));
    }

    [Fact]
    public void Eight_replies_of_the_year_9999_in_one_stream_read_back_with_their_lateness()
    {
        // A message at 09:00 WIB on each business day from Monday 5 to Wednesday 14 January 2026: each is due at 14:00 WIB
        // on the next business day, the Friday's on Monday 12.
        var sent = new[] { "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14" };
        var due = new[] { "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15" };
        var engagement = Engagement();
        for (var i = 0; i < sent.Length; i++)
        {
            engagement.Do(new RecordMessage(new MessageId($"q-{i}"), PartyRole.Client, Channel.Email, I($"{sent[i]}T02:00:00Z")));
        }

        for (var i = 0; i < sent.Length; i++)
        {
            engagement.Stored(new EngagementEvent.ReplySent(new MessageId($"q-{i}"), LastMorning));
        }

        var log = EngagementDecider.Replay(engagement.Events).Communication;

        for (var i = 0; i < sent.Length; i++)
        {
            var message = log.FindMessage(new MessageId($"q-{i}"))!;
            message.ReplyDueBy.Should().Be(I($"{due[i]}T07:00:00Z"));
            message.Reply!.LateByBusinessTime.Should().Be(
                Duration.FromHours(2) + (Duration.FromHours(5) * BusinessDays(D(due[i]), D("9999-12-30"))),
                $"the reply to q-{i} is late from {due[i]}");
        }
    }

    [Fact]
    public void The_independent_count_of_business_days_agrees_with_the_calendar_over_a_few_years()
    {
        // The count the tests above rely on, against the calendar's own business-day maths where both are cheap.
        var calendar = TestSupport.Calendars.JakartaOffice();
        foreach (var (after, through) in new[] { ("2026-01-06", "2026-12-31"), ("2026-01-06", "2031-07-15"), ("2027-03-01", "2040-01-01") })
        {
            BusinessDays(D(after), D(through)).Should().Be(calendar.BusinessDaysBetween(D(after), D(through)), $"from {after} to {through}");
        }
    }

    /// <summary>The provider in Jakarta with contact windows; the client in Madrid; proposed in December 2025.</summary>
    private static EngagementDriver Engagement()
    {
        var agreement = Talks.JakartaAndMadrid().WithContactPolicy(PartyRole.Provider, AnswersEmailInWindows).Build();
        return new EngagementDriver()
            .Do(new Propose(agreement, I("2025-12-01T09:00:00Z")))
            .Do(new Sign(I("2025-12-02T09:00:00Z")))
            .Do(new ReceiveDeposit(new Money(1800m, "EUR"), I("2025-12-03T09:00:00Z")))
            .Do(new Schedule(D("2026-01-05"), I("2025-12-04T09:00:00Z")));
    }

    /// <summary>
    /// The Jakarta office's business days in (<paramref name="after"/>, <paramref name="through"/>]: the weekdays (whole weeks
    /// hold five), less the holidays that fall on one. Good Friday is a weekday and never meets a fixed holiday.
    /// </summary>
    private static long BusinessDays(LocalDate after, LocalDate through)
    {
        var days = Period.DaysBetween(after, through);
        long count = 5L * (days / 7);
        for (var date = after.PlusDays(7 * (days / 7) + 1); date <= through; date = date.PlusDays(1))
        {
            count += IsWeekday(date) ? 1 : 0;
        }

        for (var year = after.Year; year <= through.Year; year++)
        {
            foreach (var (month, day) in new[] { (1, 1), (5, 1), (6, 1), (8, 17), (12, 25) })
            {
                count -= Holiday(new LocalDate(year, month, day));
            }

            count -= Holiday(HolidayRule.EasterSunday(year).PlusDays(-2));
        }

        return count - Holiday(D("2026-03-19")) - Holiday(D("2026-03-20"));

        int Holiday(LocalDate date) => date > after && date <= through && IsWeekday(date) ? 1 : 0;
    }

    private static bool IsWeekday(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
}
