using System;
using System.Collections.Generic;
using ClientBoundaries.Engagements;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Marten;

/// <summary>What a sweep records by default: what <see cref="Assessor.Assess"/> lists as due, as the commands that record it.</summary>
public static class SweepCommands
{
    /// <summary>
    /// The commands that record what is due in <paramref name="state"/> at <paramref name="at"/>: each stage whose
    /// acceptance window closed as deemed accepted, each reminder due as sent, each consequence due as applied, in that
    /// order. What the assessment lists about how the two sides talk (a recap owed, a reply) is for a person to do, not
    /// recorded by a sweep.
    /// </summary>
    /// <param name="state">The engagement.</param>
    /// <param name="at">The sweep's instant: the commands happen then.</param>
    /// <returns>The commands, empty when nothing is due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static IReadOnlyList<EngagementCommand> DueAt(EngagementState state, Instant at)
    {
        ArgumentNullException.ThrowIfNull(state);
        var assessment = Assessor.Assess(state, at);
        var commands = new List<EngagementCommand>();
        foreach (var deemed in assessment.DeemedAcceptances)
        {
            commands.Add(new RecordDeemedAcceptance(deemed.Stage, at));
        }

        foreach (var reminder in assessment.Reminders)
        {
            commands.Add(new RecordReminderSent(reminder.Obligation, reminder.Rule, at));
        }

        foreach (var consequence in assessment.Consequences)
        {
            commands.Add(new ApplyConsequence(consequence.Obligation, consequence.Rule, at));
        }

        return commands;
    }
}
