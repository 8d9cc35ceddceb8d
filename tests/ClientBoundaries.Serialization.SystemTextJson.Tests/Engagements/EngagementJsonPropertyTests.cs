using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using ClientBoundaries.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Engagements;

/// <summary>
/// Streams made by driving the sample engagement with random commands through the core's decider:
/// written and read back, they are equal, and replay to the same state; every command tried reads back equal.
/// Over a few thousand runs every event type comes up (checked by hand when the generator was written).
/// </summary>
/// <remarks>
/// Run by <see cref="PropertyCheck"/>: on failure the message gives the seed and the command that replays it, and the
/// label says what differed.
/// </remarks>
public class EngagementJsonPropertyTests
{
    private static readonly EngagementDriver Scheduled = Stories.Scheduled();
    private static readonly string[] Agenda = { "Goals", "Sitemap", "Next steps" };
    private static readonly string[] Reasons = { "Waiting for the photos", "Año nuevo, «vida» nueva", "Line\nbreak and \"quotes\"" };

    /// <summary>Up to 80 steps, each a choice and a wait of up to two days.</summary>
    internal static Arbitrary<(int Choice, int Minutes)[]> Steps() =>
        (from count in Gen.Choose(0, 80)
         from steps in Gen.ArrayOf(Gen.Choose(0, 100_000).Zip(Gen.Choose(1, 2 * 24 * 60)), count)
         select steps).ToArbitrary();

    /// <summary>Turns a random choice into a command of any type that fits the state often enough to be accepted now and then.</summary>
    internal static EngagementCommand CommandFor(EngagementState state, int choice, Instant at, int step)
    {
        var stages = state.Stages;
        var current = state.CurrentStage?.Key ?? stages[stages.Count - 1].Key;
        var index = 0;
        while (index < stages.Count && stages[index].Key != current)
        {
            index++;
        }

        var previous = index > 0 && state.CurrentStage is not null ? stages[index - 1].Key : current;
        var any = stages[choice % stages.Count].Key;
        var party = choice % 2 == 0 ? PartyRole.Provider : PartyRole.Client;
        var reason = Reasons[choice % Reasons.Length];
        var day = at.InZone(Dates.Zone("Europe/Madrid")).Date;
        var order = state.Scope.ChangeOrders.Count > 0 ? state.Scope.ChangeOrders[choice % state.Scope.ChangeOrders.Count].Id : new ChangeRequestId("none");
        var meeting = state.Communication.Meetings.Count > 0 ? state.Communication.Meetings[choice % state.Communication.Meetings.Count] : null;
        var message = state.Communication.Messages.Count > 0 ? state.Communication.Messages[choice % state.Communication.Messages.Count].Id : new MessageId("none");
        var incident = state.Communication.Incidents.Count > 0 ? state.Communication.Incidents[choice % state.Communication.Incidents.Count].Id : new IncidentId("none");
        // Nudges that keep an engagement moving, so its later events (completion, payments) come up too.
        if (choice % 7 == 0)
        {
            if (state.Phase == EngagementPhase.Paused)
            {
                return new ResumeWork(at);
            }

            if (state.CurrentStage is { Status: var status } && status == StageStatus.InProgress)
            {
                return new HandOff(current, at);
            }

            if (state.CurrentStage is null && state.Phase == EngagementPhase.Active)
            {
                return stages[stages.Count - 1].IsAccepted ? new Complete(at) : new AcceptStage(current, at);
            }

            if (state.Phase == EngagementPhase.Completed)
            {
                return new ReceivePayment(ObligationKey.FinalPayment, new Money(1500m, "EUR"), at);
            }
        }

        switch (choice % 30)
        {
            case 0 or 1 or 2:
                return new StartStage(current, at);
            case 3 or 4:
                return new HandOff(current, at);
            case 5:
                return new HandOff(current, at, reason, choice % 3 == 0 ? null : day.PlusDays(choice % 9));
            case 6:
                return new SubmitWork(current, reason, at);
            case 7:
                return new AcceptStage(previous, at);
            case 8:
                return new RequestRevision(choice % 4 == 0 ? previous : current, reason, at);
            case 9:
                return new LogEffort(any, party, 0.25m * (1 + (choice % 40)), at, choice % 3 == 0 ? reason : null);
            case 10:
                return new PauseWork(party, reason, at);
            case 11:
                return new ResumeWork(at);
            case 12:
                return new Complete(at);
            case 13:
                return choice % 7 == 0 ? new Terminate(party, reason, at) : new StartStage(current, at);
            case 14 or 15:
                var assessment = Assessor.Assess(state, at);
                var due = assessment.Communication.Count > 0 ? assessment.Communication[0] : null;
                return assessment.Reminders.Count > 0 ? new RecordReminderSent(assessment.Reminders[0].Obligation, assessment.Reminders[0].Rule, at)
                    : assessment.Consequences.Count > 0 ? new ApplyConsequence(assessment.Consequences[0].Obligation, assessment.Consequences[0].Rule, at)
                    : due is CommunicationDue.CheckInMissed checkIn ? new RecordCheckIn(checkIn.Occurrence, at, choice % 2 == 0 ? null : reason)
                    : due is CommunicationDue.FeedbackDue feedback ? new RequestFeedback(feedback.Point, at)
                    : new ReceiveFeedback(FeedbackPoint.AfterOnboarding, reason, at);
            case 16:
                var deliverable = (choice / 30 % 4) switch { 0 => null, 1 => Samples.Pages, 2 => Samples.Designs, _ => Samples.Support };
                return new RequestChange(new ChangeRequest(
                    new ChangeRequestId("cr-" + step),
                    reason,
                    party,
                    0.5m * (choice % 30),
                    at,
                    deliverable,
                    deliverable == Samples.Pages ? choice % 4 : 0,
                    deliverable == Samples.Designs && choice % 3 == 0 ? "Logo design" : null));
            case 17:
                return choice % 2 == 0 ? new ProposeChangeOrder(order, at) : new ProposeChangeOrder(order, at, new Money(150m + (choice % 1000), "EUR"), choice % 5);
            case 18:
                return (choice / 30 % 4) switch
                {
                    0 => new AcceptChangeOrder(order, at),
                    1 => new DeclineChangeOrder(order, at, choice % 2 == 0 ? null : reason),
                    2 => new ProceedWhilePriced(order, at),
                    _ => new AbsorbChangeOrder(order, at),
                };
            case 19:
                return new BookMeeting(new MeetingId("m-" + step), at + Duration.FromHours(1 + (choice % 48)), Agenda, choice % 2 == 0 ? null : Duration.FromMinutes(15 + (choice % 50)), choice % 3 == 0, at);
            case 20 when meeting is not null && meeting.Booked.End <= at:
                return new RecordMeetingHeld(meeting.Id, meeting.Booked.Start, meeting.Booked.End + Duration.FromMinutes(choice % 3 == 0 ? 5 : 0), Agenda.Take(choice % 4), at + Duration.FromMinutes(10));
            case 20 when meeting is not null:
                return new CancelMeeting(meeting.Id, reason, at);
            case 21 when meeting is not null && meeting.Held is null && meeting.CancelledAt is null && meeting.Booked.Start > at:
                return new CancelMeeting(meeting.Id, reason, at);
            case 21 when meeting is not null:
                return new RecordRecapSent(meeting.Id, at);
            case 22:
                return new RecordMessage(new MessageId("msg-" + step), party, choice % 3 == 0 ? Channel.Phone : Channel.Email, at);
            case 23:
                return new RecordReply(message, at);
            case 24:
                return new RecordIncident(new IncidentId("inc-" + step), reason, "The launch moves", "A credit", day.PlusDays(choice % 10), at);
            case 25:
                return new RecordFollowThrough(incident, reason, at);
            case 26:
                var credit = state.ConsequencesApplied.FirstOrDefault(c => c.Rule.Kind == Consequences.ConsequenceKind.Credit);
                return credit is null ? new StartStage(current, at) : new LinkCreditToIncident(incident, credit.Obligation, credit.Rule, at);
            case 27:
                return new ReceivePayment(state.Phase == EngagementPhase.Completed ? ObligationKey.FinalPayment : ObligationKey.MilestonePayment(Samples.Design), new Money(100m * (1 + (choice % 20)), "EUR"), at);
            case 28:
                return new RecordForceMajeure(party, reason, day.PlusDays(-(choice % 5)), day.PlusDays(choice % 3), at);
            default:
                return new AcceptStage(previous, at).ExpectingVersion(choice % 5 == 0 ? state.Version + 1 : state.Version);
        }
    }

    [Fact]
    public void Streams_of_random_commands_read_back_equal_and_replay_to_the_same_state()
    {
        PropertyCheck.Holds(Steps(), steps =>
        {
            var state = Scheduled.State;
            var events = Scheduled.Events.ToList();
            var tried = new List<EngagementCommand>();
            var at = state.LastEventAt!.Value;
            for (var i = 0; i < steps.Length; i++)
            {
                at += Duration.FromMinutes(steps[i].Minutes);
                var command = CommandFor(state, steps[i].Choice, at, i);
                tried.Add(command);
                foreach (var @event in EngagementDecider.Decide(state, command).Events)
                {
                    events.Add(@event);
                    state = EngagementDecider.Evolve(state, @event);
                }

                at = state.LastEventAt!.Value > at ? state.LastEventAt!.Value : at;
            }

            var read = EngagementEventJson.Read(EngagementEventJson.Write(events));
            var firstDifferent = Enumerable.Range(0, Math.Min(read.Count, events.Count)).FirstOrDefault(i => !read[i].Equals(events[i]), -1);
            var commandDifferent = tried.FirstOrDefault(c => !EngagementCommandJson.Read(EngagementCommandJson.Write(c)).Equals(c));

            return (read.Count == events.Count && firstDifferent < 0).Label($"event {firstDifferent} of {events.Count} read back different: {(firstDifferent < 0 ? "" : EngagementEventJson.WriteEvent(events[firstDifferent]))}")
                .And(EngagementDecider.Replay(read).Equals(state)).Label("the stream read back replays to another state")
                .And(commandDifferent is null).Label($"a command read back different: {(commandDifferent is null ? "" : EngagementCommandJson.Write(commandDifferent))}");
        });
    }
}
