using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Tests.Engagements.Communication;

/// <summary>
/// Laws of the engagement's communication over random sequences that mix the work (start, hand off,
/// pause, complete ...) with meetings, check-ins, feedback, incidents and messages, accepted or not.
/// </summary>
public class CommunicationPropertyTests
{
    private static readonly string[] Agenda = { "Goals", "Sitemap" };
    private static readonly string[] FirstItem = { "Goals" };

    internal static readonly EngagementDriver Scheduled = Talks.Scheduled(Talks.JakartaAndMadrid()
        .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Friday))
        .WithFeedback(new FeedbackPolicy(followUpAfterDays: 3))
        .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.Email, Channel.Chat }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }))
        .WithContactPolicy(PartyRole.Client, new ContactPolicy(new[] { Channel.Email, Channel.Chat }, new[] { ResponseCommitment.WithinHours(Channel.Chat, 2) }))
        .WithConsequencePolicy(PartyRole.Provider, ConsequencePolicy.None.WithReplyLadder(
            new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(0), ConsequenceRule.Escalation(2, "studio director") })))
        .Build());

    /// <summary>The work's commands most of the time, and the conversation's the rest.</summary>
    internal static EngagementCommand CommandFor(EngagementState state, int choice, Instant at)
    {
        if (choice % 3 == 0)
        {
            return EngagementPropertyTests.CommandFor(state, choice / 3, at);
        }

        var meeting = new MeetingId($"m{choice % 4}");
        var message = new MessageId($"q{choice % 5}");
        var incident = new IncidentId($"i{choice % 3}");
        var provider = state.Agreement!.Provider.Calendar;
        var today = provider.ToLocalDate(at);
        return (choice / 3 % 12) switch
        {
            0 => new BookMeeting(meeting, at + Duration.FromHours(choice % 48), Agenda, choice % 7 == 0 ? Duration.FromMinutes(120) : null, choice % 2 == 0, at),
            1 => new RecordMeetingHeld(meeting, at - Duration.FromMinutes(80), at - Duration.FromMinutes(choice % 30), choice % 2 == 0 ? Agenda : FirstItem, at),
            2 => new RecordRecapSent(meeting, at),
            3 => choice % 5 == 0 ? new CancelMeeting(meeting, "Ill", at) : new RecordRecapSent(meeting, at),
            4 => new RecordCheckIn(today.PlusDays(-(choice % 12)), at, choice % 4 == 0 ? "Missed" : null),
            5 => new RequestFeedback(FeedbackPoint.FromValue(1 + (choice % 3)), at),
            6 => new ReceiveFeedback(FeedbackPoint.FromValue(1 + (choice % 3)), "Fine", at),
            7 => new RecordIncident(incident, "A slip", "Some delay", "Fix it", today.PlusDays(choice % 6), at),
            8 => new RecordFollowThrough(incident, "Fixed", at),
            9 or 10 => new RecordMessage(message, choice % 2 == 0 ? PartyRole.Client : PartyRole.Provider, choice % 2 == 0 ? Channel.Email : Channel.Chat, at),
            _ => new RecordReply(message, at),
        };
    }

    private static Arbitrary<((int Choice, int Minutes)[] Steps, int LaterMinutes)> Runs() =>
        (from steps in EngagementPropertyTests.Steps(3 * 24 * 60).Generator
         from later in Gen.Choose(0, 60 * 24 * 40)
         select (steps, later)).ToArbitrary();

    [Fact]
    public void Replay_equals_the_state_and_nothing_listed_is_already_recorded()
    {
        PropertyCheck.Holds(Runs(), run =>
        {
            var (state, events) = EngagementPropertyTests.Run(Scheduled, run.Steps, CommandFor);
            var now = state.LastEventAt!.Value + Duration.FromMinutes(run.LaterMinutes);
            var assessment = Assessor.Assess(state, now);
            var log = state.Communication;
            var nothingRecordedListed = assessment.Communication.All(item => item switch
            {
                CommunicationDue.RecapOwed recap => log.FindMeeting(recap.Meeting)!.IsRecapOwed,
                CommunicationDue.CheckInMissed missed => log.CheckInOn(missed.Occurrence) is null,
                CommunicationDue.FeedbackDue feedback => log.FeedbackAt(feedback.Point) is null,
                CommunicationDue.FollowThroughDue followThrough => log.FindIncident(followThrough.Incident)!.IsOpen,
                _ => false,
            });

            return EngagementDecider.Replay(events).Equals(state)
                && nothingRecordedListed
                && assessment.Equals(Assessor.Assess(state, now))
                && assessment.Communication.All(item => item.Since <= now && item.IsOverdue == (now > item.DueAt));
        }, cases: 300);
    }

    [Fact]
    public void The_sweep_never_skips_an_engagement_with_something_due()
    {
        PropertyCheck.Holds(Runs(), run =>
        {
            var (state, _) = EngagementPropertyTests.Run(Scheduled, run.Steps, CommandFor);
            var now = state.LastEventAt!.Value + Duration.FromMinutes(run.LaterMinutes);
            var due = Assessor.Assess(state, now).HasAnythingDue;
            return !due || (state.NextAttentionAt is { } next && next <= now);
        }, cases: 300);
    }

    [Fact]
    public void Recording_what_is_due_clears_the_communication_list()
    {
        PropertyCheck.Holds(Runs(), run =>
        {
            var driver = Scheduled;
            var (state, _) = EngagementPropertyTests.Run(driver, run.Steps, CommandFor);
            var now = state.LastEventAt!.Value + Duration.FromMinutes(run.LaterMinutes);
            foreach (var item in Assessor.Assess(state, now).Communication)
            {
                EngagementCommand command = item switch
                {
                    CommunicationDue.RecapOwed recap => new RecordRecapSent(recap.Meeting, now),
                    CommunicationDue.CheckInMissed missed => new RecordCheckIn(missed.Occurrence, now, "Skipped"),
                    CommunicationDue.FeedbackDue feedback => new RequestFeedback(feedback.Point, now),
                    _ => new RecordFollowThrough(((CommunicationDue.FollowThroughDue)item).Incident, "Done", now),
                };
                var decision = EngagementDecider.Decide(state, command);
                if (!decision.IsAccepted)
                {
                    return false;
                }

                state = decision.Events.Aggregate(state, EngagementDecider.Evolve);
            }

            return Assessor.Assess(state, now).Communication.Count == 0;
        }, cases: 300);
    }
}
