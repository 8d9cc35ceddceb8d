using System;
using System.Collections.Generic;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a Dataverse plugin does when a user records a handoff: rebuild the engagement from its
    /// stored events, decide the command against the version the user saw, and append the new
    /// events or report the refusal. C# 7.3 only; compiled, never run.
    /// </summary>
    public sealed class EngagementPluginStyleUsage
    {
        /// <summary>Returns the events to store, or throws with the violations for the plugin to show.</summary>
        public IList<EngagementEvent> RecordHandoff(IEnumerable<EngagementEvent> storedEvents, int versionTheUserSaw, string stageKey, DateTime utcNow)
        {
            EngagementState state = EngagementDecider.Replay(storedEvents);
            Instant now = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
            EngagementCommand command = new EngagementCommand.HandOff(new StageKey(stageKey), now).ExpectingVersion(versionTheUserSaw);

            Decision decision = EngagementDecider.Decide(state, command);
            if (!decision.IsAccepted)
            {
                var messages = new List<string>();
                foreach (RuleViolation violation in decision.Violations)
                {
                    messages.Add(violation.Code + ": " + violation.Message);
                }

                throw new InvalidOperationException(string.Join(Environment.NewLine, messages));
            }

            var appended = new List<EngagementEvent>();
            foreach (EngagementEvent e in decision.Events)
            {
                appended.Add(e);
                state = EngagementDecider.Evolve(state, e);
                EngagementEvent.HandedOff handedOff = e as EngagementEvent.HandedOff;
                if (handedOff != null && handedOff.DueBy.HasValue)
                {
                    Console.WriteLine(handedOff.To.Name + " is expected to: " + handedOff.Expectation + ", by " + handedOff.DueBy.Value.ToString("yyyy-MM-dd", null));
                }
            }

            BallHolder ball = state.Ball;
            if (ball != null)
            {
                BallTime held = state.BallTimeOf(ball.Party, now);
                Console.WriteLine(ball.Party.Name + " holds the ball; it has held it " + held.BusinessDays + " business days in all.");
            }

            return appended;
        }
    }
}
