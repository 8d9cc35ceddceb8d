using ClientBoundaries.Engagements;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// An engagement's plan as a document shows it at a moment. The engagement re-plans only at a handoff, so
/// while the open stage is past its due date its plan still dates the later stages from a day already gone;
/// a document dates them instead as if the late stage were handed over at the end of today's working day in
/// its owner's calendar (the assumption the assessor makes for a schedule shift), and says so. While the engagement
/// is on hold, it dates them as if the side that caused the hold came back at that moment, as the engine would apply
/// it (the other side's restart lead time included), so every document of one moment shows the same dates.
/// </summary>
internal static class ProjectedPlan
{
    /// <summary>The plan of <paramref name="engagement"/> at <paramref name="at"/>, and the open stage it had to assume handed over (null when none is late).</summary>
    /// <param name="engagement">A scheduled engagement.</param>
    /// <param name="at">The document's moment.</param>
    public static (Plan Plan, PlannedStage? Late) Of(EngagementState engagement, Instant at)
    {
        if (engagement.Phase == EngagementPhase.Paused && ComingBackAt(engagement, at) is { } comingBack)
        {
            engagement = comingBack;
        }

        var plan = engagement.Plan!;
        if (engagement.Phase.IsFinal)
        {
            return (plan, null);
        }

        for (var i = 0; i < plan.Stages.Count; i++)
        {
            var open = plan.Stages[i];
            if (open.IsFinished)
            {
                continue;
            }

            var calendar = engagement.AgreementForDates!.CalendarOf(open.Owner);
            var today = calendar.ToLocalDate(at);
            return open.Due < today
                ? (Replanning.Replanned(engagement, i, new StageFinish(today, calendar.EndOfWorkingDay(today))), open)
                : (plan, null);
        }

        return (plan, null);
    }

    /// <summary>The state a resumption at <paramref name="at"/> would lead to, as the engine decides and applies it; null when it would refuse one.</summary>
    public static EngagementState? ComingBackAt(EngagementState engagement, Instant at)
    {
        var decision = EngagementDecider.Decide(engagement, new EngagementCommand.ResumeWork(at));
        if (!decision.IsAccepted)
        {
            return null;
        }

        foreach (var @event in decision.Events)
        {
            engagement = EngagementDecider.Evolve(engagement, @event);
        }

        return engagement;
    }
}
