using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Communication;

/// <summary>Contact hours and response commitments, for a provider in Jakarta and a client in Madrid.</summary>
public class ContactHoursTests
{
    private static readonly Channel[] EmailAndChat = { Channel.Email, Channel.Chat };
    private static readonly IsoDayOfWeek[] MondayWednesdayFriday = { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday };

    private static readonly ContactPolicy Studio = new(
        EmailAndChat,
        new[] { ResponseCommitment.WithinHours(Channel.Email, 8), ResponseCommitment.WithinHours(Channel.Chat, 2) });

    private static readonly ContactPolicy Bakery = new(
        EmailAndChat,
        new[] { ResponseCommitment.WithinHours(Channel.Email, 16), ResponseCommitment.WithinHours(Channel.Chat, 2) });

    /// <summary>A studio in Jakarta (09:00-17:00, Indonesian holidays) working for a bakery in Madrid.</summary>
    private static Agreement Agreement() =>
        new AgreementBuilder(new AgreementId("bakery-app"), "An ordering app for a Madrid bakery")
            .WithProvider("Studio Kopi", TestSupport.Calendars.JakartaOffice())
            .WithClient("Panadería Sol", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 10)
            .WithContactPolicy(PartyRole.Provider, Studio)
            .WithContactPolicy(PartyRole.Client, Bakery)
            .Build();

    private static Instant Jakarta(string local) => At("Asia/Jakarta", local);

    private static Instant Madrid(string local) => At("Europe/Madrid", local);

    [Fact]
    public void Email_on_Friday_afternoon_in_Jakarta_is_owed_a_reply_on_Monday_afternoon()
    {
        var studio = Agreement().ContactHoursOf(PartyRole.Provider);

        // The bakery writes at 10:30 in Madrid, 16:30 in Jakarta: half an hour on Friday, seven and a half on Monday.
        var due = studio.ReplyDueBy(Channel.Email, Madrid("2026-03-06T10:30"));

        due.Should().Be(Jakarta("2026-03-09T16:30"));
        due.Should().Be(Madrid("2026-03-09T10:30"), "the same instant is Monday 10:30 for the bakery");
    }

    [Fact]
    public void A_public_holiday_of_the_party_that_owes_the_reply_does_not_count()
    {
        var studio = Agreement().ContactHoursOf(PartyRole.Provider);

        // Monday 17 August is Indonesia's Independence Day: the reply is owed on Tuesday.
        studio.ReplyDueBy(Channel.Email, Jakarta("2026-08-14T16:30")).Should().Be(Jakarta("2026-08-18T16:30"));
        studio.IsOpen(Jakarta("2026-08-17T10:00")).Should().BeFalse();
    }

    [Fact]
    public void Contact_hours_are_the_working_hours_in_the_partys_zone_end_excluded()
    {
        var studio = Agreement().ContactHoursOf(PartyRole.Provider);

        studio.IsOpen(Jakarta("2026-03-06T16:30")).Should().BeTrue();
        studio.IsOpen(Jakarta("2026-03-06T17:00")).Should().BeFalse("17:00 is the end of the working day");
        studio.IsOpen(Jakarta("2026-03-07T10:00")).Should().BeFalse("a Saturday");
        studio.IsOpen(Madrid("2026-03-06T08:59")).Should().BeTrue("08:59 in Madrid is 14:59 in Jakarta");
    }

    [Fact]
    public void Chat_across_the_Spanish_clock_change_is_owed_in_the_clients_working_hours()
    {
        var bakery = Agreement().ContactHoursOf(PartyRole.Client);

        // Friday 27 March, 17:30 in Madrid (UTC+1): half an hour left that day. The clocks go forward on
        // Sunday 29 March, so the other hour and a half runs from 09:00 on Monday in summer time (UTC+2).
        var due = bakery.ReplyDueBy(Channel.Chat, Jakarta("2026-03-27T23:30"));

        due.Should().Be(Madrid("2026-03-30T10:30"));
        due.Should().Be(I("2026-03-30T08:30:00Z"));
    }

    [Fact]
    public void A_late_reply_says_by_how_much_on_the_clock_and_in_business_time()
    {
        var studio = Agreement().ContactHoursOf(PartyRole.Provider);

        var late = studio.TimingOf(Channel.Email, Jakarta("2026-03-06T16:30"), Jakarta("2026-03-10T10:00"))!;
        var onTime = studio.TimingOf(Channel.Email, Jakarta("2026-03-06T16:30"), Jakarta("2026-03-09T16:30"))!;

        // Due Monday 16:30; sent Tuesday 10:00: 17.5 hours on the clock, of which 0.5 (Monday) + 1 (Tuesday) were working time.
        late.IsLate.Should().BeTrue();
        late.DueBy.Should().Be(Jakarta("2026-03-09T16:30"));
        late.LateBy.Should().Be(Duration.FromMinutes(17 * 60 + 30));
        late.LateByBusinessTime.Should().Be(Duration.FromMinutes(90));
        onTime.IsLate.Should().BeFalse("a reply at the due instant is on time");
        (onTime.LateBy, onTime.LateByBusinessTime).Should().Be((Duration.Zero, Duration.Zero));
    }

    [Fact]
    public void Own_contact_windows_replace_the_working_hours_for_both_questions()
    {
        var windows = WorkingWeek.Of(MondayWednesdayFriday, TimeOfDayRange.Of(10, 0, 12, 0));
        var hours = new ContactHours(TestSupport.Calendars.JakartaOffice(), new ContactPolicy(EmailAndChat, new[] { ResponseCommitment.WithinHours(Channel.Email, 4) }, windows));

        hours.IsOpen(Jakarta("2026-03-10T10:30")).Should().BeFalse("Tuesday is not a contact day, though it is a working day");
        hours.IsOpen(Jakarta("2026-03-09T11:59")).Should().BeTrue();

        // Monday 11:00: one hour on Monday, two on Wednesday, the last from 10:00 on Friday.
        hours.ReplyDueBy(Channel.Email, Jakarta("2026-03-09T11:00")).Should().Be(Jakarta("2026-03-13T11:00"));
    }

    /// <summary>Monday to Friday, 09:00-17:00 in Madrid, with Labour Day (1 May) observed on the nearest working day when it falls on a weekend.</summary>
    private static BusinessCalendar MadridWithLabourDay() =>
        new BusinessCalendar(Zone("Europe/Madrid"), WorkingWeek.MondayToFriday())
            .WithHoliday(HolidayRule.Fixed(5, 1, "Labour Day").ObservedOn(HolidayObservance.NearestWorkingDay));

    private static ContactPolicy EmailWithin(int hours, WorkingWeek windows) =>
        new(new[] { Channel.Email }, new[] { ResponseCommitment.WithinHours(Channel.Email, hours) }, windows);

    [Fact]
    public void Windows_that_leave_out_Friday_do_not_move_a_holiday_the_calendar_observes_on_Friday()
    {
        // 1 May 2027 is a Saturday (python3: date(2027, 5, 1).strftime("%A")), so the calendar observes Labour Day on
        // Friday 30 April. Windows of Monday to Thursday must not move it to Monday 3 May, which stays a business day.
        var calendar = MadridWithLabourDay();
        var mondayToThursday = WorkingWeek.Of(
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday },
            TimeOfDayRange.Of(9, 0, 17, 0));
        var hours = new ContactHours(calendar, EmailWithin(2, mondayToThursday));

        calendar.IsBusinessDay(D("2027-04-30")).Should().BeFalse("Labour Day is observed on Friday 30 April");
        calendar.IsBusinessDay(D("2027-05-03")).Should().BeTrue();
        hours.IsOpen(Madrid("2027-05-03T10:30")).Should().BeTrue("Monday 3 May is a business day inside the windows");

        // Thursday 29 April 16:00: one hour on Thursday, Friday is outside the windows (and a holiday), the second hour on Monday 3 May.
        hours.ReplyDueBy(Channel.Email, Madrid("2027-04-29T16:00")).Should().Be(Madrid("2027-05-03T10:00"));

        // A reply on Tuesday 4 May at 10:00 is late by Monday 10:00-17:00 and Tuesday 09:00-10:00 of the windows.
        var timing = hours.TimingOf(Channel.Email, Madrid("2027-04-29T16:00"), Madrid("2027-05-04T10:00"))!;
        timing.DueBy.Should().Be(Madrid("2027-05-03T10:00"));
        timing.LateByBusinessTime.Should().Be(Duration.FromHours(8));
    }

    [Fact]
    public void Windows_on_Saturday_do_not_open_a_Saturday_the_party_does_not_work()
    {
        var mondayToSaturday = WorkingWeek.Of(
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday },
            TimeOfDayRange.Of(10, 0, 14, 0));
        var hours = new ContactHours(MadridWithLabourDay(), EmailWithin(4, mondayToSaturday));

        // Friday 7, Saturday 8 and Monday 10 May 2027 (python3: date(2027, 5, 8).strftime("%A") is 'Saturday').
        hours.IsOpen(Madrid("2027-05-08T11:00")).Should().BeFalse("Saturday is not one of the party's business days");
        hours.IsOpen(Madrid("2027-05-07T11:00")).Should().BeTrue();
        hours.IsOpen(Madrid("2027-05-07T09:30")).Should().BeFalse("the windows, not the working hours, say when it opens");

        // Friday 13:00: one hour on Friday, none on Saturday or Sunday, three from 10:00 on Monday.
        hours.ReplyDueBy(Channel.Email, Madrid("2027-05-07T13:00")).Should().Be(Madrid("2027-05-10T13:00"));
        hours.Windows.Should().Be(WorkingWeek.MondayToFriday(TimeOfDayRange.Of(10, 0, 14, 0)), "the windows on Saturday never open");
    }

    [Fact]
    public void Windows_that_keep_to_the_working_days_are_used_as_they_are()
    {
        var windows = WorkingWeek.Of(MondayWednesdayFriday, TimeOfDayRange.Of(10, 0, 12, 0));
        var calendar = TestSupport.Calendars.JakartaOffice();

        new ContactHours(calendar, EmailWithin(2, windows)).Windows.Should().BeSameAs(windows);
        new ContactHours(calendar, ContactPolicy.WorkingHours).Windows.Should().BeSameAs(calendar.WorkingWeek);
    }

    [Fact]
    public void Windows_on_none_of_the_working_days_are_refused_since_the_party_could_never_be_contacted()
    {
        var weekends = WorkingWeek.Of(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, TimeOfDayRange.Of(10, 0, 12, 0));
        var policy = EmailWithin(2, weekends);

        var direct = () => new ContactHours(MadridWithLabourDay(), policy);
        var violations = new AgreementBuilder(new AgreementId("weekend"), "Weekend calls")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Client", MadridWithLabourDay())
            .AddStage("build", "Build", PartyRole.Provider, 5)
            .WithContactPolicy(PartyRole.Client, policy)
            .Validate();

        direct.Should().Throw<ArgumentException>().Where(e => e.ParamName == "policy" && e.Message.Contains("could never be contacted"));
        violations.Should().ContainSingle().Which.Code.Should().Be("agreement.contact-windows.no-working-day");
        violations[0].Subject.Should().Be("client");
        violations[0].Message.Should().Be(
            "The client's contact windows fall only on days it does not work (Saturday and Sunday; it works Monday to Friday), "
            + "so it could never be contacted: give it windows on at least one of its working days.");
    }

    [Fact]
    public void No_reply_time_is_promised_on_a_channel_without_a_commitment()
    {
        var agreement = Agreement();

        agreement.ContactHoursOf(PartyRole.Provider).ReplyDueBy(Channel.Portal, Jakarta("2026-03-09T10:00")).Should().BeNull();
        agreement.ContactHoursOf(PartyRole.Provider).TimingOf(Channel.Phone, Jakarta("2026-03-09T10:00"), Jakarta("2026-03-09T11:00")).Should().BeNull();
        Studio.Accepts(Channel.Chat).Should().BeTrue();
        Studio.Accepts(Channel.Phone).Should().BeFalse();
        new AgreementBuilder(new AgreementId("plain"), "Plain").WithProvider("P", TestSupport.Calendars.Madrid()).WithClient("C", TestSupport.Calendars.Madrid())
            .AddStage("s", "S", PartyRole.Provider, 1).Build().ClientContactPolicy.Should().Be(ContactPolicy.WorkingHours);
    }

    [Fact]
    public void Windows_that_overlap_or_end_before_they_start_are_refused()
    {
        var overlapping = () => WorkingWeek.Of(MondayWednesdayFriday, TimeOfDayRange.Of(9, 0, 12, 0), TimeOfDayRange.Of(11, 0, 14, 0));
        var backwards = () => TimeOfDayRange.Of(17, 0, 9, 0);

        overlapping.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hours");
        backwards.Should().Throw<ArgumentException>().Where(e => e.ParamName == "end" && e.Message.Contains("17:00:00-09:00:00"));
    }

    [Fact]
    public void Zero_or_negative_commitments_are_refused_with_the_value()
    {
        var zero = () => new ResponseCommitment(Channel.Email, Duration.Zero);
        var negative = () => new ResponseCommitment(Channel.Chat, Duration.FromHours(-2));

        zero.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "within" && e.Message.Contains("was 0 hours"));
        negative.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "within" && e.Message.Contains("was -2 hours"));
        ((Action)(() => ResponseCommitment.WithinHours(Channel.Email, 0))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "hours");
    }

    [Fact]
    public void Policy_refuses_commitments_on_channels_it_does_not_accept_and_repeats()
    {
        var emailOnly = new[] { Channel.Email };

        ((Action)(() => _ = new ContactPolicy(emailOnly, new[] { ResponseCommitment.WithinHours(Channel.Chat, 2) })))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "commitments" && e.Message.Contains("Chat, which the party does not accept"));
        ((Action)(() => _ = new ContactPolicy(new[] { Channel.Email, Channel.Email })))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "channels");
        ((Action)(() => _ = new ContactPolicy(emailOnly, new[] { ResponseCommitment.WithinHours(Channel.Email, 2), ResponseCommitment.WithinHours(Channel.Email, 4) })))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "commitments");
        ((Action)(() => _ = new ContactPolicy(Array.Empty<Channel>()))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "channels");
    }

    [Fact]
    public void A_reply_before_the_message_is_an_argument_error()
    {
        var studio = Agreement().ContactHoursOf(PartyRole.Provider);

        var act = () => studio.TimingOf(Channel.Email, Jakarta("2026-03-09T10:00"), Jakarta("2026-03-09T09:00"));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "repliedAt");
    }

    [Fact]
    public void The_policy_of_an_agreement_that_states_none_accepts_every_channel_in_the_order_of_Channel_List()
    {
        // WorkingHours lists the channels by hand, so a trimmed app never runs SmartEnum's reflection: it must stay complete.
        ContactPolicy.WorkingHours.Channels.Should().Equal(Channel.List);
        ContactPolicy.WorkingHours.Commitments.Should().BeEmpty();
    }
}
