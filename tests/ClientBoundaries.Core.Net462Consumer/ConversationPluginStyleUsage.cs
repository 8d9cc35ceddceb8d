using System;
using System.Collections.Generic;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a CRM plugin does with the conversation of an engagement: record an incoming email and a
    /// held meeting as commands, and turn the assessment's communication items into CRM tasks.
    /// C# 7.3; compiled, never run.
    /// </summary>
    public sealed class ConversationPluginStyleUsage
    {
        /// <summary>An email from the client arrived: the provider owes a reply under its commitment.</summary>
        public Decision EmailArrived(EngagementState state, string activityId, DateTime receivedUtc)
        {
            var command = new EngagementCommand.RecordMessage(
                new MessageId(activityId), PartyRole.Client, Channel.Email, Instant.FromDateTimeUtc(DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc)));
            return EngagementDecider.Decide(state, command.ExpectingVersion(state.Version));
        }

        /// <summary>A meeting ended: record which agenda items were covered.</summary>
        public Decision MeetingEnded(EngagementState state, string meetingId, DateTime startedUtc, DateTime endedUtc, string[] covered)
        {
            var started = Instant.FromDateTimeUtc(DateTime.SpecifyKind(startedUtc, DateTimeKind.Utc));
            var ended = Instant.FromDateTimeUtc(DateTime.SpecifyKind(endedUtc, DateTimeKind.Utc));
            return EngagementDecider.Decide(state, new EngagementCommand.RecordMeetingHeld(new MeetingId(meetingId), started, ended, covered, ended));
        }

        /// <summary>One CRM task per communication item due, with its subject, channel and due time.</summary>
        public List<string> Tasks(EngagementState state, DateTime nowUtc)
        {
            var tasks = new List<string>();
            var assessment = Assessor.Assess(state, Instant.FromDateTimeUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));
            foreach (CommunicationDue item in assessment.Communication)
            {
                var recap = item as CommunicationDue.RecapOwed;
                var subject = recap != null ? "Recap " + recap.Meeting
                    : item is CommunicationDue.FeedbackDue ? "Feedback request"
                    : item is CommunicationDue.CheckInMissed ? "Missed check-in"
                    : "Follow-through";
                tasks.Add(subject + " via " + item.Channel.Name + " by " + item.DueAt.ToDateTimeUtc().ToString("u") + (item.IsOverdue ? " (overdue)" : string.Empty) + ": " + item.Message);
            }

            return tasks;
        }
    }
}
