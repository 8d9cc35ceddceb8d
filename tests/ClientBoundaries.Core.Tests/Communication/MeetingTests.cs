using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.Communication;

/// <summary>Time-boxed meetings: booking under the policy, the wrap-up cue, and what a held meeting leaves to do.</summary>
public class MeetingTests
{
    private static readonly string[] Agenda = { "Review the prototype", "Agree the page list", "Plan the photo shoot" };

    private static readonly string[] FirstTwoItems = { "review the prototype", "Agree the page list" };
    private static readonly string[] OffTheAgenda = { "Talk about the weather" };

    private static readonly MeetingPolicy Policy = new(Duration.FromMinutes(30), Duration.FromMinutes(90));

    private static Instant Madrid(string local) => At("Europe/Madrid", local);

    private static Meeting SixtyMinuteCall() =>
        Meeting.Book(Policy, Madrid("2026-03-09T10:00"), Agenda, Duration.FromMinutes(60), anotherAppointmentFollows: true).Value;

    [Fact]
    public void A_sixty_minute_call_cues_the_wrap_up_at_minute_fifty()
    {
        var call = SixtyMinuteCall();

        call.WrapUpCueAt.Should().Be(Madrid("2026-03-09T10:50"));
        call.End.Should().Be(Madrid("2026-03-09T11:00"));
        call.AnotherAppointmentFollows.Should().BeTrue();
        call.CueAt(Madrid("2026-03-09T09:59")).Should().Be(MeetingCue.NotStarted);
        call.CueAt(Madrid("2026-03-09T10:49")).Should().Be(MeetingCue.Running);
        call.CueAt(Madrid("2026-03-09T10:50")).Should().Be(MeetingCue.WrapUp);
        call.CueAt(Madrid("2026-03-09T10:59")).Should().Be(MeetingCue.WrapUp);
        call.CueAt(Madrid("2026-03-09T11:00")).Should().Be(MeetingCue.Over);
    }

    [Fact]
    public void A_meeting_booked_without_a_length_takes_the_policys_default()
    {
        var meeting = Meeting.Book(Policy, Madrid("2026-03-09T10:00"), Agenda).Value;

        meeting.Length.Should().Be(Duration.FromMinutes(30));
        meeting.WrapUpCueAt.Should().Be(Madrid("2026-03-09T10:20"));
    }

    [Fact]
    public void A_meeting_longer_than_the_policy_allows_is_a_violation_not_a_crash()
    {
        var outcome = Meeting.Book(Policy, Madrid("2026-03-09T10:00"), Agenda, Duration.FromMinutes(120));

        var violation = outcome.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be("meeting.too-long");
        violation.Message.Should().Be("A meeting of 120 minutes is longer than the 90 the agreement allows; split the agenda over two meetings.");
    }

    [Fact]
    public void Items_not_covered_become_follow_ups_and_the_recap_is_due_the_next_business_day()
    {
        var held = HeldMeeting.Record(SixtyMinuteCall(), Policy, TestSupport.Calendars.Madrid(), Madrid("2026-03-09T10:02"), Madrid("2026-03-09T11:07"), FirstTwoItems);

        held.Covered.Should().Equal("Review the prototype", "Agree the page list");
        held.FollowUps.Should().Equal("Plan the photo shoot");
        held.Overran.Should().BeTrue();
        held.OverranBy.Should().Be(Duration.FromMinutes(7));
        held.RecapDueAt.Should().Be(Madrid("2026-03-10T18:00"), "one business day after Monday, at the end of the studio's Tuesday");
    }

    [Fact]
    public void A_recap_after_a_Friday_meeting_is_due_on_Monday()
    {
        var friday = Meeting.Book(Policy, Madrid("2026-03-13T16:00"), Agenda).Value;

        var held = HeldMeeting.Record(friday, Policy, TestSupport.Calendars.Madrid(), Madrid("2026-03-13T16:00"), Madrid("2026-03-13T16:25"), Agenda);

        held.FollowUps.Should().BeEmpty();
        held.Overran.Should().BeFalse();
        held.OverranBy.Should().Be(Duration.Zero);
        held.RecapDueAt.Should().Be(Madrid("2026-03-16T18:00"));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        var call = SixtyMinuteCall();

        ((Action)(() => HeldMeeting.Record(call, Policy, TestSupport.Calendars.Madrid(), Madrid("2026-03-09T10:00"), Madrid("2026-03-09T11:00"), OffTheAgenda)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "covered" && e.Message.Contains("\"Talk about the weather\" is not on the agenda"));
        ((Action)(() => HeldMeeting.Record(call, Policy, TestSupport.Calendars.Madrid(), Madrid("2026-03-09T11:00"), Madrid("2026-03-09T10:00"), Agenda)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "endedAt");
        ((Action)(() => Meeting.Book(Policy, Madrid("2026-03-09T10:00"), Array.Empty<string>())))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "agenda");
        ((Action)(() => _ = new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(20))))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "defaultLength");
        ((Action)(() => _ = new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(90), Duration.FromMinutes(30))))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "wrapUpCueLead");
    }

    [Fact]
    public void The_agreement_carries_its_meeting_policy_and_check_in_cadence()
    {
        var builder = new AgreementBuilder(new AgreementId("calls"), "Calls")
            .WithProvider("Studio", TestSupport.Calendars.Madrid())
            .WithClient("Bakery", TestSupport.Calendars.Madrid())
            .AddStage("build", "Build", PartyRole.Provider, 5);

        builder.Build().MeetingPolicy.Should().Be(MeetingPolicy.Default);
        builder.Build().CheckIns.Should().BeNull();
        builder.WithCheckIns(CheckInCadence.Weekly(NodaTime.IsoDayOfWeek.Monday)).Build().CheckIns.Should().Be(CheckInCadence.Weekly(NodaTime.IsoDayOfWeek.Monday));
        builder.WithMeetingPolicy(Policy).Build().MeetingPolicy.Should().Be(Policy);
        MeetingPolicy.Default.WrapUpCueLead.Should().Be(Duration.FromMinutes(10));
        MeetingPolicy.Default.RecapWithinBusinessDays.Should().Be(1);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(5)]
    public void Restore_gives_back_the_meeting_Book_made_wrap_up_cue_and_all(int minutes)
    {
        var booked = Meeting.Book(Policy, Madrid("2026-03-09T10:00"), Agenda, Duration.FromMinutes(minutes), anotherAppointmentFollows: true).Value;

        var restored = Meeting.Restore(booked.Start, booked.Length, booked.Agenda, booked.AnotherAppointmentFollows, booked.WrapUpCueAt);

        restored.Should().Be(booked);
    }

    [Fact]
    public void Restore_refuses_a_wrap_up_cue_outside_the_meeting_and_a_length_Book_would_refuse()
    {
        var start = Madrid("2026-03-09T10:00");

        FluentActions.Invoking(() => Meeting.Restore(start, Duration.FromMinutes(30), Agenda, false, start + Duration.FromMinutes(30)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("wrapUpCueAt");
        FluentActions.Invoking(() => Meeting.Restore(start, Duration.FromHours(9), Agenda, false, start))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => Meeting.Restore(Instant.MaxValue - Duration.FromMinutes(10), Duration.FromMinutes(30), Agenda, false, Instant.MaxValue - Duration.FromMinutes(10)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => Meeting.Restore(start, Duration.FromMinutes(30), System.Array.Empty<string>(), false, start))
            .Should().Throw<ArgumentException>().WithParameterName("agenda");
    }
}
