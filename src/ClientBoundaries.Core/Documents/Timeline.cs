using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The timeline of an agreement: a Mermaid <c>gantt</c> chart to paste into Markdown (GitHub, Azure
/// DevOps, Notion ...) and a standalone SVG picture that opens in any browser, of a plan alone or of a
/// running engagement's plan against what actually happened, coloured by which party held the ball.
/// </summary>
/// <remarks>
/// <para>Both drawings come from the same bars, so they always agree. A planned bar runs from a
/// stage's first business day to its due date, both included; an actual bar runs from the moment the
/// ball reached the stage's owner to the moment the owner handed it off (or, while the stage is open,
/// to "as of", or to the termination of an engagement that was ended early), in the owner's local
/// dates. A stage reopened for a revision has an actual bar for every stretch it was open, and so has
/// the stage after it when the revision cut its stretch short. A pause runs in the local dates of the
/// party that caused it.
/// Bars the provider held the ball for are blue, those the client held it for orange, planned bars
/// grey: a pair that stays apart for colour-blind readers.</para>
/// <para>The output is deterministic: the same arguments give the same text, character for character,
/// on every machine, with "\n" line endings. The library reads no clock: "today" is the moment you
/// pass. Stateless and thread-safe.</para>
/// </remarks>
public static class Timeline
{
    /// <summary>
    /// A Mermaid <c>gantt</c> chart of a plan: one grey bar per stage, from its start to its due
    /// date, labelled with the stage's number and name ("1. Discovery call").
    /// </summary>
    /// <param name="agreement">The agreement the plan dates; its title and stage names label the chart.</param>
    /// <param name="plan">The plan, from <see cref="Scheduler.Plan"/> or <see cref="Scheduler.Replan"/>.</param>
    /// <param name="language">The language of the title and the section names.</param>
    /// <returns>The chart's Mermaid source, starting with an <c>%%{init}%%</c> directive that sets its colours; deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="plan"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> dates another agreement than <paramref name="agreement"/>.</exception>
    public static string ToMermaid(Agreement agreement, Plan plan, Language language) =>
        TimelineMermaid.Draw(BarsOf(agreement, plan, language));

    /// <summary>
    /// A Mermaid <c>gantt</c> chart of an engagement as of a moment: the original plan (its baseline)
    /// in grey, then what actually happened, in sections named after the party that held the ball
    /// (provider's bars blue, client's orange), the pauses, and a "today" milestone.
    /// </summary>
    /// <param name="engagement">The engagement's state, once it is scheduled.</param>
    /// <param name="asOf">"Today": open stages and pauses end here (or at the termination, for an engagement ended before it), and anything that began after it is left out.</param>
    /// <param name="language">The language of the title and the section names.</param>
    /// <returns>The chart's Mermaid source, starting with an <c>%%{init}%%</c> directive that sets its colours; deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no agreement or no plan yet (it is not scheduled).</exception>
    public static string ToMermaid(EngagementState engagement, Instant asOf, Language language) =>
        TimelineMermaid.Draw(BarsOf(engagement, asOf, language));

    /// <summary>
    /// A standalone SVG picture of a plan: a date axis with month names and week ticks, one row per
    /// stage with its grey planned bar, and a legend. It needs no script, stylesheet or font.
    /// </summary>
    /// <param name="agreement">The agreement the plan dates; its title and stage names label the picture.</param>
    /// <param name="plan">The plan, from <see cref="Scheduler.Plan"/> or <see cref="Scheduler.Replan"/>.</param>
    /// <param name="language">The language of the texts and the month names.</param>
    /// <returns>The SVG document (an <c>&lt;svg&gt;</c> element in the SVG namespace, with its size set); deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="plan"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> dates another agreement than <paramref name="agreement"/>.</exception>
    public static string ToSvg(Agreement agreement, Plan plan, Language language) =>
        TimelineSvg.Draw(BarsOf(agreement, plan, language));

    /// <summary>
    /// A standalone SVG picture of an engagement as of a moment: per stage, the baseline bar in grey
    /// and below it the actual bar coloured by the party that held the ball; a row of pauses; a dashed
    /// "today" line; a legend. It needs no script, stylesheet or font.
    /// </summary>
    /// <param name="engagement">The engagement's state, once it is scheduled.</param>
    /// <param name="asOf">"Today": open stages and pauses end here (or at the termination, for an engagement ended before it), and anything that began after it is left out.</param>
    /// <param name="language">The language of the texts and the month names.</param>
    /// <returns>The SVG document (an <c>&lt;svg&gt;</c> element in the SVG namespace, with its size set); deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no agreement or no plan yet (it is not scheduled).</exception>
    public static string ToSvg(EngagementState engagement, Instant asOf, Language language) =>
        TimelineSvg.Draw(BarsOf(engagement, asOf, language));

    private static TimelineBars BarsOf(Agreement agreement, Plan plan, Language language)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(language, nameof(language));
        DocumentPreconditions.CheckPlanOf(agreement, plan);
        return TimelineBars.OfPlan(agreement, plan, language);
    }

    private static TimelineBars BarsOf(EngagementState engagement, Instant asOf, Language language)
    {
        Preconditions.CheckNotNull(engagement, nameof(engagement));
        Preconditions.CheckNotNull(language, nameof(language));
        var (agreement, plan) = DocumentPreconditions.Scheduled(engagement);
        return TimelineBars.OfEngagement(agreement, plan, engagement, asOf, language);
    }
}
