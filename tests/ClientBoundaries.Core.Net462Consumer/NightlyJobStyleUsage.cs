using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a CRM's nightly job does, in C# 7.3 against net462: sets both parties' consequence
    /// policies from CRM fields, sweeps the engagements it holds, and records what it acted on.
    /// Never run; it only has to compile.
    /// </summary>
    public sealed class NightlyJobStyleUsage
    {
        /// <summary>The client's policy from CRM fields: a reminder, a firm reminder, escalation, pause and a restart fee.</summary>
        public ConsequencePolicy ClientPolicy(int graceDays, int escalateAfter, string escalateTo, decimal restartFee, string currency)
        {
            var stages = new ConsequenceLadder(graceDays, new List<ConsequenceRule>
            {
                ConsequenceRule.Reminder(-2),
                ConsequenceRule.FirmReminder(0),
                ConsequenceRule.Escalation(escalateAfter, escalateTo),
                ConsequenceRule.Pause(15),
                ConsequenceRule.RestartFee(15, new Money(restartFee, currency)),
            });
            var payments = new ConsequenceLadder(0, new[] { ConsequenceRule.LateFee(10, Charge.PercentOf(2m)) });
            var caps = new ConsequenceCaps(null, null, new Money(restartFee * 4, currency));
            return new ConsequencePolicy(stages, payments, caps, 3);
        }

        /// <summary>The provider's mirror policy: a credit of a percentage of the stage's price.</summary>
        public ConsequencePolicy ProviderPolicy(decimal creditPercent) =>
            new ConsequencePolicy(new ConsequenceLadder(0, new[] { ConsequenceRule.FirmReminder(0), ConsequenceRule.Credit(3, Charge.PercentOf(creditPercent)) }));

        /// <summary>Sweeps the engagements, sends what is due (here: collects the sentences) and records it.</summary>
        public IList<string> Sweep(IDictionary<Guid, EngagementState> engagements, DateTime utcNow, IDictionary<Guid, IList<EngagementEvent>> appended)
        {
            Instant now = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
            var messages = new List<string>();
            foreach (KeyValuePair<Guid, Assessment> due in Assessor.AssessMany(engagements, now))
            {
                EngagementState state = engagements[due.Key];
                var events = new List<EngagementEvent>();
                foreach (DueConsequence reminder in due.Value.Reminders)
                {
                    messages.Add((reminder.Level == ReminderLevel.Firm ? "[firm] " : "[friendly] ") + reminder.Explanation);
                    state = Record(state, new EngagementCommand.RecordReminderSent(reminder.Obligation, reminder.Rule, now), events);
                }

                foreach (DueConsequence consequence in due.Value.Consequences)
                {
                    messages.Add(consequence.Explanation + (consequence.Amount != null ? " (" + consequence.Amount + ")" : string.Empty));
                    state = Record(state, new EngagementCommand.ApplyConsequence(consequence.Obligation, consequence.Rule, now), events);
                }

                appended[due.Key] = events;
                Instant? wakeUp = state.NextAttentionAt;
                messages.Add("Next look: " + (wakeUp.HasValue ? wakeUp.Value.ToString() : "never"));
            }

            return messages;
        }

        /// <summary>What if the client delivers its stage ten business days late?</summary>
        public string WhatIf(EngagementState state, string stageKey)
        {
            Simulation simulation = Assessor.Simulate(state.Agreement, state.Plan, new StageKey(stageKey), 10);
            return simulation.Consequences.Count + " consequence(s); the end moves to " + simulation.ShiftedEnd.ToString("uuuu-MM-dd", null);
        }

        private static EngagementState Record(EngagementState state, EngagementCommand command, List<EngagementEvent> events)
        {
            Decision decision = EngagementDecider.Decide(state, command.ExpectingVersion(state.Version));
            foreach (EngagementEvent @event in decision.Events)
            {
                events.Add(@event);
                state = EngagementDecider.Evolve(state, @event);
            }

            return state;
        }
    }
}
