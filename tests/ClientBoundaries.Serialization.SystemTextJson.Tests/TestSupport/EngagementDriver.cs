using System;
using System.Collections.Generic;
using ClientBoundaries.Engagements;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>
/// Drives an engagement through the core's decider, as a host would: <see cref="Do"/> decides a
/// command, requires it to be accepted and applies its events. The stream it keeps is what a host stores.
/// </summary>
internal sealed class EngagementDriver
{
    private readonly List<EngagementEvent> _events = new();

    public EngagementState State { get; private set; } = EngagementState.Initial;

    public IReadOnlyList<EngagementEvent> Events => _events;

    public EngagementDriver Do(EngagementCommand command)
    {
        var decision = EngagementDecider.Decide(State, command);
        if (!decision.IsAccepted)
        {
            throw new InvalidOperationException($"{command} should be accepted, but: {decision}");
        }

        foreach (var @event in decision.Events)
        {
            _events.Add(@event);
            State = EngagementDecider.Evolve(State, @event);
        }

        return this;
    }

    /// <summary>What the app does each time it looks: records every reminder due as sent and applies every consequence due.</summary>
    public EngagementDriver ActOnEverythingDue(Instant now)
    {
        var assessment = Assessor.Assess(State, now);
        foreach (var reminder in assessment.Reminders)
        {
            Do(new EngagementCommand.RecordReminderSent(reminder.Obligation, reminder.Rule, now));
        }

        foreach (var consequence in assessment.Consequences)
        {
            Do(new EngagementCommand.ApplyConsequence(consequence.Obligation, consequence.Rule, now));
        }

        return this;
    }

    /// <summary>
    /// The studio's mornings at 09:30 Madrid time, from <paramref name="first"/> through <paramref name="last"/>:
    /// records each check-in due as held and asks for each feedback due, then acts on every reminder and consequence due.
    /// </summary>
    public EngagementDriver EveryMorning(LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            var morning = day.At(new LocalTime(9, 30)).InZoneStrictly(Dates.Zone("Europe/Madrid")).ToInstant();
            if (State.LastEventAt is { } lastEvent && morning < lastEvent)
            {
                continue;
            }

            foreach (var due in Assessor.Assess(State, morning).Communication)
            {
                switch (due)
                {
                    case CommunicationDue.CheckInMissed checkIn:
                        Do(new EngagementCommand.RecordCheckIn(checkIn.Occurrence, morning));
                        break;
                    case CommunicationDue.FeedbackDue feedback:
                        Do(new EngagementCommand.RequestFeedback(feedback.Point, morning));
                        break;
                }
            }

            ActOnEverythingDue(morning);
        }

        return this;
    }
}
